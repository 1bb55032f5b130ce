/**
 * The errors the CLI reports to its user: one line on stderr and an exit code, never a
 * stack trace. 2 is a usage mistake (wrong arguments), 1 is input the CLI cannot read.
 */
export const EXIT_INPUT = 1;
export const EXIT_USAGE = 2;

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_INPUT,
  ) {
    super(message);
    this.name = "CliError";
  }
}
