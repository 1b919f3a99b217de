import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { RoomEventType } from '../../../../shared/protocol/roomEvents';
import { MAX_WEBHOOKS } from '../../../../shared/protocol/webhooks';
import { writeFileAtomic } from '../../documents/atomicWrite';

/** One webhook as the producer set it up (the secret signs its deliveries). */
export const WebhookConfig = z.object({
  id: z.string().min(1).max(64),
  url: z.string().max(2000),
  events: z.array(RoomEventType).min(1),
  secret: z.string().min(8).max(200),
  createdAt: z.number().int(),
});
export type WebhookConfig = z.infer<typeof WebhookConfig>;

const FileShape = z.object({ v: z.literal(1), webhooks: z.array(WebhookConfig).max(MAX_WEBHOOKS) });

/** `<dataDir>/webhooks.json` (it holds the secrets: the data folder is the producer's). */
export const webhooksFile = (dataDir: string) => join(dataDir, 'webhooks.json');

/** The saved webhooks; none when the file is missing, and none (said on stderr) when it cannot be read. */
export function loadWebhooks(dataDir: string): WebhookConfig[] {
  const file = webhooksFile(dataDir);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') console.error(`[hub] cannot read ${file}:`, (err as Error).message);
    return [];
  }
  try {
    return FileShape.parse(JSON.parse(text)).webhooks;
  } catch (err) {
    console.error(`[hub] ignoring ${file}: not a webhooks file (${err instanceof Error ? err.message.slice(0, 200) : String(err)})`);
    return [];
  }
}

/** Saves the list atomically (a crash leaves the old file or the new one). */
export async function saveWebhooks(dataDir: string, webhooks: readonly WebhookConfig[]): Promise<void> {
  await mkdir(dataDir, { recursive: true });
  await writeFileAtomic(webhooksFile(dataDir), `${JSON.stringify({ v: 1, webhooks }, null, 2)}\n`);
}
