/**
 * Arguments of the batch mode (`--jsonl`): files and directories to read, and how many
 * worker threads to use. Kept apart from args.ts so the single-file interface is unchanged.
 */
import { availableParallelism } from "node:os";
import { CliError, EXIT_USAGE } from "./cli-error";

export interface BatchArgs {
  /** Files and directories as the user named them. */
  inputs: string[];
  /** Worker threads; by default one per core. */
  jobs: number;
  /** A progress bar on stderr; by default when stderr is a terminal. */
  progress: boolean;
}

export const BATCH_USAGE = `usage: npm run --silent extract -- <file-or-dir>... --jsonl [--jobs N] [--progress | --no-progress]

Reads many saved pages or text reports in parallel worker threads and prints one JSON object
per line: {"file": <path>, ...the extraction}. Directories are read recursively
(.html .htm .xhtml .shtml .txt). Lines come in the order files finish, not in input order.

  --jsonl           batch mode (this help)
  --jobs N          worker threads (default: one per core, ${availableParallelism()} here)
  --progress        force the progress bar on stderr (default: only when stderr is a terminal)
  --no-progress     never draw it

stderr: one line "govlens: <file>: <reason>" for each file that cannot be read (the rest go
on), then a summary line: files, ok, failed, seconds.
Exit status: 0 when at least one file was read, 1 when none could be (or none was found),
2 on a usage error.`;

export function isBatchInvocation(argv: readonly string[]): boolean {
  const end = argv.indexOf("--");
  return (end === -1 ? argv : argv.slice(0, end)).includes("--jsonl");
}

export function parseBatchArgs(argv: readonly string[], stderrIsTty: boolean): BatchArgs & { help: boolean } {
  const args = { inputs: [] as string[], jobs: availableParallelism(), progress: stderrIsTty, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--jsonl") continue;
    if (arg === "-h" || arg === "--help") args.help = true;
    else if (arg === "--progress") args.progress = true;
    else if (arg === "--no-progress") args.progress = false;
    else if (arg === "--jobs" || arg.startsWith("--jobs=")) {
      const value = arg === "--jobs" ? argv[++i] : arg.slice("--jobs=".length);
      const jobs = Number(value);
      if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) throw new CliError(`--jobs needs a whole number from 1 to 256`, EXIT_USAGE);
      args.jobs = jobs;
    } else if (arg === "--") {
      args.inputs.push(...argv.slice(i + 1));
      break;
    } else if (arg === "-") throw new CliError("--jsonl reads files, not standard input", EXIT_USAGE);
    else if (arg.startsWith("-")) throw new CliError(`unknown option ${arg} with --jsonl (see --jsonl --help)`, EXIT_USAGE);
    else args.inputs.push(arg);
  }
  if (!args.help && args.inputs.length === 0) throw new CliError("no input files or directories given (see --jsonl --help)", EXIT_USAGE);
  return args;
}
