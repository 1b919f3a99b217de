import { parseArgs } from 'node:util';

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

export type Flags = Record<string, string | boolean | undefined>;

/**
 * Parses a command's flags with `node:util` parseArgs (strict): `--name value`, `--name=value`,
 * `--flag` (for names in `booleans`); the rest are positionals (`--` ends the flags). Unknown
 * flags and missing values become UsageErrors (exit code 2) with the messages the CLI always gave.
 */
export function parseFlags(args: string[], strings: readonly string[], booleans: readonly string[] = []): { flags: Flags; positionals: string[] } {
  const options: Record<string, { type: 'string' | 'boolean' }> = {};
  for (const name of strings) options[name] = { type: 'string' };
  for (const name of booleans) options[name] = { type: 'boolean' };
  try {
    const { values, positionals } = parseArgs({ args, options, strict: true, allowPositionals: true });
    return { flags: values as Flags, positionals };
  } catch (err) {
    throw usageErrorOf(err);
  }
}

function usageErrorOf(err: unknown): unknown {
  const code = (err as { code?: unknown } | null)?.code;
  const message = err instanceof Error ? err.message : '';
  const flag = /'(-{1,2}[^' <]+)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new UsageError(`unknown flag ${flag}`);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (message.includes('does not take an argument')) return new UsageError(`${flag} takes no value`);
    if (message.includes('ambiguous')) return new UsageError(`${flag} needs a value (write ${flag}=-… for a value starting with "-")`);
    return new UsageError(`${flag} needs a value`);
  }
  return err;
}

export function intFlag(flags: Flags, name: string, dflt: number, min = -Infinity, max = Infinity): number {
  const v = flags[name];
  if (v === undefined) return dflt;
  const n = Number(v);
  if (typeof v !== 'string' || !Number.isInteger(n) || n < min || n > max) throw new UsageError(`--${name} must be an integer between ${min} and ${max}`);
  return n;
}
