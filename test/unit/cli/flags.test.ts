import { describe, expect, it } from 'vitest';
import { intFlag, parseFlags, UsageError } from '../../../electron/cli/io';
import { main } from '../../../electron/cli/main';
import { memoryIo } from '../../support/memoryIo';

describe('parseFlags (node:util parseArgs)', () => {
  it('reads --name value, --name=value, booleans and positionals; -- ends the flags', () => {
    expect(parseFlags(['a', '--port', '80', '--host=h', '--fresh', '--', '--x'], ['port', 'host'], ['fresh']))
      .toEqual({ flags: { port: '80', host: 'h', fresh: true }, positionals: ['a', '--x'] });
    expect(parseFlags(['--out', '-'], ['out']).flags.out).toBe('-');
  });

  it.each([
    [['--loop', 'yes'], 'unknown flag --loop'],
    [['-x'], 'unknown flag -x'],
    [['--port'], '--port needs a value'],
    [['--port', '--host', 'h'], '--port needs a value'],
    [['--fresh=1'], '--fresh takes no value'],
  ])('%j → UsageError "%s"', (args, message) => {
    let caught: unknown;
    try { parseFlags(args, ['port', 'host'], ['fresh']); } catch (err) { caught = err; }
    expect(caught).toBeInstanceOf(UsageError);
    expect((caught as Error).message).toContain(message);
  });

  it('intFlag checks the range and keeps the default', () => {
    expect(intFlag({}, 'port', 7)).toBe(7);
    expect(intFlag({ port: '80' }, 'port', 0, 0, 65535)).toBe(80);
    expect(() => intFlag({ port: '70000' }, 'port', 0, 0, 65535)).toThrow('--port must be an integer between 0 and 65535');
  });

  it.each(['serve', 'import', 'lint', 'classify'])('livedeck %s with an unknown flag exits 2 with a clear message', async (cmd) => {
    const c = memoryIo();
    expect(await main([cmd, 'FILE', '--nope'], c.io)).toBe(2);
    expect(c.stderr()).toContain(`livedeck ${cmd}: unknown flag --nope`);
  });
});
