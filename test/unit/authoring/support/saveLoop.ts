/**
 * Child process for the crash test: saves the document "crash" over and over with increasing
 * versions, printing `start N` before and `saved N` after each save, until it is SIGKILLed.
 *   node saveLoop.cjs <dataDir> <firstVersion>
 */
import { DocumentStore } from '../../../../electron/hub/documents/documentStore';
import { crashDoc } from './crashDoc';

async function main() {
  const [dataDir, first] = process.argv.slice(2);
  const store = new DocumentStore(dataDir!);
  for (let v = Number(first); ; v++) {
    process.stdout.write(`start ${v}\n`);
    const r = await store.save('crash', crashDoc(v));
    if (!r.ok) { process.stderr.write(`save failed: ${r.message}\n`); process.exit(3); }
    process.stdout.write(`saved ${v}\n`);
  }
}
void main();
