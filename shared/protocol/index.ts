export * from './common';
export * from './events';
export * from './runOfShow';
export * from './metrics';
export * from './room';
export * from './commands';
export * from './socket';
export * from './settings';
