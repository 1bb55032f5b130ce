/** Runs the CLI as users do (a child process through tsx) and hands back what it printed. */
import { spawn } from "node:child_process";
import { tmpdir } from "node:os";

const ROOT = new URL("../../", import.meta.url).pathname;

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `asUser`: run under that uid and gid (root can, and must, to meet a permission error). */
export function runCli(args: string[], input?: Buffer, asUser?: number): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const as = asUser === undefined ? {} : { uid: asUser, gid: asUser, env: { ...process.env, HOME: tmpdir() } };
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], { cwd: ROOT, ...as });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(input);
  });
}
