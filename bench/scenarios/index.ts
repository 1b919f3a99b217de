import type { Row } from '../lib/table';
import { heavyFiles } from './heavyFiles';
import { hubFanout } from './hubFanout';
import { connectionStorm, snapshotFlood } from './flood';
import { renderer } from './renderer';
import { restart } from './restart';
import { soak } from './soak';
import { startup } from './startup';
import { throughput } from './throughput';
import type { ScenarioContext } from './types';

export interface Scenario {
  name: string;
  run(ctx: ScenarioContext): Promise<Row[]>;
}

/** Every scenario, in the order a full run takes them. */
export const SCENARIOS: Scenario[] = [
  { name: 'hub-fanout', run: hubFanout },
  { name: 'throughput', run: throughput },
  { name: 'renderer', run: renderer },
  { name: 'soak', run: soak },
  { name: 'startup', run: startup },
  { name: 'restart', run: restart },
  { name: 'heavy-files', run: heavyFiles },
  { name: 'snapshot-flood', run: snapshotFlood },
  { name: 'connection-storm', run: connectionStorm },
];
