import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { RecentEntry } from '../../../shared/protocol/http';
import { writeFileAtomic } from './atomicWrite';
import { KeyedLock } from './lock';

const RecentFile = z.object({ recent: z.array(RecentEntry).max(100) });
const MAX_RECENT = 12;

/** Recently opened or saved documents: `<dataDir>/recent.json`, newest first. */
export class RecentList {
  private readonly path: string;
  private readonly lock = new KeyedLock();

  constructor(readonly dataDir: string) {
    this.path = join(dataDir, 'recent.json');
  }

  async list(): Promise<RecentEntry[]> {
    try {
      const r = RecentFile.safeParse(JSON.parse(await readFile(this.path, 'utf8')));
      return r.success ? r.data.recent : [];
    } catch {
      return [];
    }
  }

  touch(name: string, title: string, now = Date.now()): Promise<void> {
    return this.lock.run('recent', async () => {
      const list = (await this.list()).filter((e) => e.name !== name);
      list.unshift({ name, title, openedAt: now });
      await mkdir(this.dataDir, { recursive: true });
      await writeFileAtomic(this.path, `${JSON.stringify({ recent: list.slice(0, MAX_RECENT) }, null, 2)}\n`);
    });
  }
}
