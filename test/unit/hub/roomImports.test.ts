import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOM_DIR = join(__dirname, '../../../electron/hub/room');

describe('the room along the data path', () => {
  it('never imports the simulator: sources read it through shared/protocol/source RoomView', () => {
    const offenders = readdirSync(ROOM_DIR)
      .filter((f) => f.endsWith('.ts'))
      .filter((f) => /from '[^']*shared\/sim\//.test(readFileSync(join(ROOM_DIR, f), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('keeps room.ts a coordinator (at most 250 lines, the bound of issue 10)', () => {
    expect(readFileSync(join(ROOM_DIR, 'room.ts'), 'utf8').split('\n').length).toBeLessThanOrEqual(251);
  });

  it('keeps the journal free of the Room class (it reads and writes RoomInputs)', () => {
    const dir = join(ROOM_DIR, '../journal');
    const offenders = readdirSync(dir).filter((f) => /from '\.\.\/room\/room'/.test(readFileSync(join(dir, f), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
