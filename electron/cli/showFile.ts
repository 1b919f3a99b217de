import { readFile } from 'node:fs/promises';
import { RunOfShow } from '../../shared/protocol/runOfShow';
import { UsageError } from './io';

/** `--show FILE`: a run-of-show JSON file (UsageError when it cannot be read or is not one). */
export async function readShowFile(file: string): Promise<RunOfShow> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    throw new UsageError(`--show ${file}: cannot read JSON (${(err as Error).message})`);
  }
  const parsed = RunOfShow.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new UsageError(`--show ${file}: not a valid run-of-show (${first ? `${first.path.join('.')}: ${first.message}` : 'invalid'})`);
  }
  return parsed.data;
}
