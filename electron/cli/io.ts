/** What a CLI command may touch, so tests can run commands in-process with captured output. */
export interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** Resolves when the command should stop (SIGINT/SIGTERM for long-running commands). */
  stopSignal: Promise<void>;
}

export type CommandRunner = (args: string[], io: CliIo) => Promise<number>;

export class UsageError extends Error {}

/** Minimal flag parser: `--name value`, `--name=value`, `--flag`; the rest are positionals. */
export function parseFlags(args: string[], booleans: readonly string[] = []) {
  const flags: Record<string, string | true> = {};
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') { positionals.push(...args.slice(i + 1)); break; }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
      if (eq > 0) flags[name] = a.slice(eq + 1);
      else if (booleans.includes(name)) flags[name] = true;
      else {
        const v = args[i + 1];
        if (v === undefined || v.startsWith('--')) throw new UsageError(`--${name} needs a value`);
        flags[name] = v;
        i++;
      }
    } else positionals.push(a);
  }
  return { flags, positionals };
}

export function intFlag(flags: Record<string, string | true>, name: string, dflt: number, min = -Infinity, max = Infinity): number {
  const v = flags[name];
  if (v === undefined) return dflt;
  const n = Number(v);
  if (v === true || !Number.isInteger(n) || n < min || n > max) throw new UsageError(`--${name} must be an integer between ${min} and ${max}`);
  return n;
}
