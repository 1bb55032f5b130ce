/**
 * `npm run extract -- <file> [--json | --format markdown|csv]`: reads a report (text or a
 * saved page), runs the extractor and prints the result. Every failure the user can cause
 * ends as one line on stderr, `govlens: …`, and a non-zero exit status (see args.ts).
 */
import { extract } from "../extractor/index";
import { toCsv, toJson, toMarkdown } from "../shared/format";
import { parseArgs, USAGE, type CliArgs } from "./args";
import { isBatchInvocation, runBatch } from "./batch";
import { CliError, EXIT_INPUT } from "./cli-error";
import { inputText } from "./input-text";
import { readInput } from "./read-input";
import type { Extraction } from "../extractor/types";

function render(result: Extraction, args: CliArgs): string {
  switch (args.format) {
    case "markdown":
      return toMarkdown(result);
    case "csv":
      return toCsv(result, { bom: args.bom });
    case "json":
      return `${toJson(result, args.compact ? 0 : 2)}\n`;
  }
}

function run(argv: readonly string[]): number {
  const args = parseArgs(argv);
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const input = readInput(args.file as string);
  const text = inputText(input);
  if (args.textOnly) {
    process.stdout.write(`${text}\n`);
    return 0;
  }
  process.stdout.write(render(extract(text), args));
  return 0;
}

function fail(err: unknown): number {
  if (err instanceof CliError) {
    process.stderr.write(`govlens: ${err.message}\n`);
    return err.exitCode;
  }
  // A bug of ours, still reported in one line; GOVLENS_DEBUG=1 shows where.
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(`govlens: internal error: ${message.split("\n")[0]}\n`);
  if (process.env.GOVLENS_DEBUG && err instanceof Error) process.stderr.write(`${err.stack}\n`);
  return EXIT_INPUT;
}

// A reader that closes the pipe early (`| head`) is not an error worth a trace.
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE") process.exit(0);
});

const argv = process.argv.slice(2);
if (isBatchInvocation(argv)) {
  // Many files, `--jsonl`: worker threads, see batch.ts.
  runBatch(argv).then(
    (status) => (process.exitCode = status),
    (err) => (process.exitCode = fail(err)),
  );
} else {
  let status: number;
  try {
    status = run(argv);
  } catch (err) {
    status = fail(err);
  }
  process.exitCode = status;
}
