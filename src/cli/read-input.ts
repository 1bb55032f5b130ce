/**
 * The input file's bytes, or a CliError that says in one line why there are none: missing,
 * a directory, unreadable, too large, or empty. Decoding is charset.ts's job.
 */
import { readFileSync, statSync } from "node:fs";
import { CliError } from "./cli-error";

/** Government reports are tens of KB; a file this large is not one and would only stall. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

export interface InputFile {
  /** As the user named it; `-` is standard input. */
  name: string;
  bytes: Uint8Array;
}

export function readInput(path: string): InputFile {
  if (path === "-") return { name: "-", bytes: checked("standard input", readStdin()) };
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new CliError(`${path}: is a directory, not a file`);
    if (!stat.isFile()) throw new CliError(`${path}: not a regular file`);
    size = stat.size;
  } catch (err) {
    throw asCliError(path, err);
  }
  if (size > MAX_INPUT_BYTES) {
    throw new CliError(`${path}: too large (${megabytes(size)} MB; the limit is ${megabytes(MAX_INPUT_BYTES)} MB)`);
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw asCliError(path, err);
  }
  return { name: path, bytes: checked(path, bytes) };
}

function readStdin(): Uint8Array {
  try {
    return readFileSync(0);
  } catch (err) {
    throw asCliError("standard input", err);
  }
}

function checked(name: string, bytes: Uint8Array): Uint8Array {
  if (bytes.length === 0) throw new CliError(`${name}: the file is empty`);
  if (bytes.length > MAX_INPUT_BYTES) throw new CliError(`${name}: too large (the limit is ${megabytes(MAX_INPUT_BYTES)} MB)`);
  return bytes;
}

const megabytes = (n: number) => Math.round((n / (1024 * 1024)) * 10) / 10;

function asCliError(path: string, err: unknown): CliError {
  if (err instanceof CliError) return err;
  const code = (err as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return new CliError(`${path}: no such file`);
    case "EACCES":
    case "EPERM":
      return new CliError(`${path}: permission denied`);
    case "EISDIR":
      return new CliError(`${path}: is a directory, not a file`);
    default:
      return new CliError(`${path}: cannot read (${code ?? (err instanceof Error ? err.message : String(err))})`);
  }
}
