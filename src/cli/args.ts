/** The command line's arguments, checked: one input file and how to print the result. */
import { CliError, EXIT_USAGE } from "./cli-error";

export type OutputFormat = "json" | "markdown" | "csv";

export interface CliArgs {
  help: boolean;
  file: string | null;
  format: OutputFormat;
  /** JSON on one line instead of indented. */
  compact: boolean;
  /** Start CSV with a UTF-8 byte-order mark, for spreadsheet programs that need one. */
  bom: boolean;
  /** Print the text the extractor reads (the article of a page) instead of the result. */
  textOnly: boolean;
}

export const USAGE = `usage: npm run --silent extract -- <file.txt|file.html|-> [--json | --format json|markdown|csv] [--compact] [--bom] [--text]

Finds the officials, directives, meeting facts, slogans and documents in a Chinese
government news report and prints them.

  <file>            a plain-text report (.txt, UTF-8 or UTF-16 with BOM) or a saved web page
                    (.html/.htm; its charset is honoured: UTF-8, GBK/GB2312/GB18030, Big5…);
                    - reads standard input
  --json            print the extraction as JSON (the default)
  --format FORMAT   json, markdown (a summary to paste into a report) or csv
  --compact         JSON on one line
  --bom             start CSV output with a UTF-8 byte-order mark (for Excel)
  --text            print the text the extractor reads (for a page: its article) and stop
  -h, --help        print this help

Many files or whole directories at once, one JSON line per file: add --jsonl (see --jsonl --help).

Exit status: 0 on success, 1 when the input cannot be read or holds no article, 2 on a usage error.`;

const FORMATS: Record<string, OutputFormat> = { json: "json", markdown: "markdown", md: "markdown", csv: "csv" };

export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { help: false, file: null, format: "json", compact: false, bom: false, textOnly: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "-h" || arg === "--help") args.help = true;
    else if (arg === "--json") args.format = "json";
    else if (arg === "--compact") args.compact = true;
    else if (arg === "--bom") args.bom = true;
    else if (arg === "--text") args.textOnly = true;
    else if (arg === "--format" || arg.startsWith("--format=")) {
      const value = arg === "--format" ? argv[++i] : arg.slice("--format=".length);
      if (value === undefined) throw new CliError("--format needs a value: json, markdown or csv", EXIT_USAGE);
      const format = FORMATS[value.toLowerCase()];
      if (!format) throw new CliError(`unknown format "${value}" (json, markdown or csv)`, EXIT_USAGE);
      args.format = format;
    } else if (arg === "--") {
      for (const rest of argv.slice(i + 1)) setFile(args, rest);
      break;
    } else if (arg.startsWith("-") && arg !== "-") {
      throw new CliError(`unknown option ${arg} (see --help)`, EXIT_USAGE);
    } else {
      setFile(args, arg);
    }
  }
  if (!args.help && args.file === null) throw new CliError("no input file given (see --help)", EXIT_USAGE);
  return args;
}

function setFile(args: CliArgs, file: string): void {
  if (args.file !== null) throw new CliError(`one input file at a time (got ${args.file} and ${file})`, EXIT_USAGE);
  args.file = file;
}
