/**
 * A batch worker thread: reads the file it is sent, extracts, and answers with the output
 * line or the one-line reason the file could not be read. The same steps as the single-file
 * command (readInput, inputText, extract), so both give the same answer for a file.
 */
import { parentPort } from "node:worker_threads";
import { extract } from "../extractor/index";
import { toJson } from "../shared/format";
import { CliError } from "./cli-error";
import { inputText } from "./input-text";
import { readInput } from "./read-input";

export interface BatchJob {
  file: string;
}

export type BatchAnswer = { file: string; ok: true; line: string } | { file: string; ok: false; error: string };

/** `{"file": …, ` followed by the contract's fields in its order. */
export function jsonLine(file: string, json: string): string {
  return `{"file":${JSON.stringify(file)},${json.slice(1)}`;
}

export function processFile(file: string): BatchAnswer {
  try {
    const text = inputText(readInput(file));
    return { file, ok: true, line: jsonLine(file, toJson(extract(text), 0)) };
  } catch (err) {
    if (err instanceof CliError) return { file, ok: false, error: err.message };
    const message = err instanceof Error ? err.message.split("\n")[0] : String(err);
    return { file, ok: false, error: `${file}: internal error: ${message}` };
  }
}

parentPort?.on("message", (job: BatchJob) => parentPort?.postMessage(processFile(job.file) satisfies BatchAnswer));
