import { CliIo, CommandRunner, UsageError } from './io';

const HELP = `livedeck — LiveDeck 直播中控台

Usage:
  livedeck serve [--port N] [--host H] [--seed S] [--preset small|medium|top]
                 [--data-dir DIR] [--fresh] [--no-journal]
                 [--source sim|ingest] [--record FILE.jsonl | --no-record]
                                        start the hub, a simulated room and the web console;
                                        resumes the journaled session in DIR unless --fresh;
                                        --source ingest: no simulator, prints the ingest URL
  livedeck replay FILE.jsonl [--speed X] [--port N] [--host H]
                                        serve a recorded event stream as a room
  livedeck simulate --preset P --seed S --minutes M --out FILE.jsonl
                                        write a simulated event stream
  livedeck classify                     classify comments from stdin (one per line) to JSON lines
  livedeck import FILE                  read a product catalog (CSV/XLSX) and print it as JSON
  livedeck lint FILE                    lint talking points for advertising-law and platform rules
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
