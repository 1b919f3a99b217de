import { CliIo, CommandRunner, UsageError } from './io';

const HELP = `livedeck — LiveDeck 直播中控台

Usage:
  livedeck serve [--port N] [--host H] [--seed S] [--preset small|medium|top]
                 [--data-dir DIR] [--fresh] [--no-journal]
                 [--source sim|ingest] [--record FILE.jsonl | --no-record]
                 [--risk-weights FILE]    (default: <data dir>/risk-weights.json if present)
                                        start the hub, a simulated room and the web console;
                                        resumes the journaled session in DIR unless --fresh;
                                        --source ingest: no simulator, prints the ingest URL
                                        prints the overlay and control API URLs (docs/integrations.md)
  livedeck replay FILE.jsonl[.gz]|FILE.har [--speed X] [--port N] [--host H] [--show SHOW.json]
                                        serve a recorded event stream (or a Douyin console HAR) as a room
  livedeck review FILE [--json] [--out report.html|report.pdf|report.csv] [--show SHOW.json]
                                        复盘 of a recording (LiveDeck JSONL or a Douyin console HAR)
  livedeck simulate --preset P --seed S --minutes M --out FILE.jsonl [--tail-days N] [--pressure]
                                        write a simulated event stream (--tail-days: the refund
                                        requests of N days after the show follow stream.end)
  livedeck classify                     classify comments from stdin (one per line) to JSON lines
  livedeck import FILE                  read a product catalog (CSV/XLSX) and print it as JSON
  livedeck lint FILE                    lint talking points for advertising-law and platform rules
  livedeck calibrate FILE.jsonl[.gz]… [--refit OUT.json] [--weights W.json] [--show SHOW.json]
                                        refund risk: predicted (stream end) vs realised (with the
                                        refund tail) per room and product; --refit fits the weights
  livedeck connect douyin --ingest URL [--profile DIR] [--console buyin|compass|URL]
                 [--headless] [--rules FILE] [--chromium PATH]
                                        read your own Douyin console (巨量百应/罗盘) in Chromium into
                                        the hub at URL (from serve --source ingest); 讲解/reply from LiveDeck
  livedeck help                         this text
`;

const COMMANDS: Record<string, () => Promise<{ run: CommandRunner }>> = {
  serve: () => import('./commands/serve'),
  replay: () => import('./commands/replay'),
  simulate: () => import('./commands/simulate'),
  classify: () => import('./commands/classify'),
  import: () => import('./commands/import'),
  lint: () => import('./commands/lint'),
  review: () => import('./commands/review'),
  calibrate: () => import('./commands/calibrate'),
  connect: () => import('./commands/connect'),
};

function processIo(): CliIo {
  const stopSignal = new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, stopSignal };
}

/** Runs one CLI command; resolves to the exit code. */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.stdout.write(HELP);
    return name ? 0 : 2;
  }
  const load = COMMANDS[name];
  if (!load) {
    io.stderr.write(`livedeck: unknown command "${name}"\n\n${HELP}`);
    return 2;
  }
  try {
    const { run } = await load();
    return await run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`livedeck ${name}: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
}
