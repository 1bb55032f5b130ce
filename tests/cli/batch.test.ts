/**
 * The batch command (`--jsonl`) as users run it: a directory of saved pages and reports with
 * some unreadable files among them. Lines come in the order files finish, so every check
 * here is by file name, never by position.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { extract } from "../../src/extractor";
import { inputText } from "../../src/cli/input-text";
import { readInput } from "../../src/cli/read-input";
import { toJson } from "../../src/shared/format";
import { progressLine } from "../../src/cli/batch-progress";
import { listFiles } from "../../src/cli/batch-files";
import { isBatchInvocation, parseBatchArgs } from "../../src/cli/batch-args";
import { runCli } from "./run-cli";

const PAGES = new URL("../../../shared/fixtures/pages/", import.meta.url).pathname;
const CORPUS = new URL("../../../shared/corpus/dev/", import.meta.url).pathname;
const CONTRACT_KEYS = ["file", "meta", "officials", "directives", "slogans", "documents"];

let dir: string;
const good: string[] = [];
const bad: Record<string, RegExp> = {};

before(() => {
  dir = mkdtempSync(join(tmpdir(), "govlens-batch-"));
  mkdirSync(join(dir, "sub", "deeper"), { recursive: true });
  const pages = readdirSync(PAGES).filter((f) => f.endsWith(".html") && f !== "seed-002.html");
  for (const [i, page] of pages.entries()) {
    // The same page several times over, in the top directory and below it.
    for (const where of [dir, join(dir, "sub"), join(dir, "sub", "deeper")]) {
      const to = join(where, `${i}-${page}`);
      copyFileSync(join(PAGES, page), to);
      good.push(to);
    }
  }
  const report = readdirSync(CORPUS).find((f) => f.endsWith(".txt")) as string;
  copyFileSync(join(CORPUS, report), join(dir, "sub", "report.txt"));
  good.push(join(dir, "sub", "report.txt"));

  writeFileSync(join(dir, "empty.html"), "");
  bad[join(dir, "empty.html")] = /empty/;
  writeFileSync(join(dir, "binary.txt"), Buffer.from([0, 1, 2, 3, 0, 0, 255, 0, 7, 0]));
  bad[join(dir, "binary.txt")] = /binary/;
  copyFileSync(join(PAGES, "seed-002.html"), join(dir, "sub", "script-filled.html"));
  bad[join(dir, "sub", "script-filled.html")] = /no article/;
  // Not a page or report by its name: skipped when a directory is walked.
  writeFileSync(join(dir, "notes.md"), "# notes");
  writeFileSync(join(dir, ".hidden.html"), "<p>x</p>");
});
after(() => rmSync(dir, { recursive: true, force: true }));

function parseLines(stdout: string): Map<string, Record<string, unknown>> {
  const byFile = new Map<string, Record<string, unknown>>();
  for (const line of stdout.split("\n").filter(Boolean)) {
    const value = JSON.parse(line) as Record<string, unknown>;
    assert.deepEqual(Object.keys(value), CONTRACT_KEYS);
    assert.ok(!byFile.has(value.file as string), `one line per file: ${value.file}`);
    byFile.set(value.file as string, value);
  }
  return byFile;
}

describe("extract --jsonl", () => {
  test("walks directories, prints one line per readable file, the same extraction as the single-file command", { timeout: 120_000 }, async () => {
    const missing = join(dir, "missing.html");
    const run = await runCli([dir, missing, "--jsonl", "--jobs", "2"]);
    assert.equal(run.status, 0, run.stderr);
    const byFile = parseLines(run.stdout);
    assert.deepEqual([...byFile.keys()].sort(), [...good].sort());
    for (const file of good) {
      const { file: _, ...extraction } = byFile.get(file) as Record<string, unknown>;
      const expected = JSON.parse(toJson(extract(inputText(readInput(file))), 0));
      assert.deepEqual(extraction, expected, file);
    }

    // One line on stderr per file that could not be read, naming it, then the summary.
    const lines = run.stderr.trimEnd().split("\n");
    const failures = { ...bad, [missing]: /no such file/ };
    for (const [file, reason] of Object.entries(failures)) {
      const line = lines.find((l) => l.startsWith(`govlens: ${file}:`));
      assert.ok(line, `an error line for ${file} in:\n${run.stderr}`);
      assert.match(line, reason);
    }
    assert.equal(lines.length, Object.keys(failures).length + 1, run.stderr);
    const total = good.length + Object.keys(failures).length;
    assert.match(lines.at(-1) as string, new RegExp(`^govlens: ${total} files, ${good.length} ok, ${Object.keys(failures).length} failed, [0-9.]+ s`));
    // Not a terminal: no progress bar drawn in place.
    assert.ok(!run.stderr.includes("\r"));
  });

  test("named files are read whatever their extension; --progress draws the bar on stderr", { timeout: 60_000 }, async () => {
    const named = join(dir, "notes.md");
    const run = await runCli([good[0], named, "--jsonl", "--progress", "--jobs=1"]);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual([...parseLines(run.stdout).keys()].sort(), [good[0], named].sort());
    assert.match(run.stderr, /\r\x1b\[K\[#{30}\] 2\/2 100%/);
    assert.match(run.stderr, /govlens: 2 files, 2 ok, 0 failed/);
  });

  test("exit status 1 only when nothing could be read; 2 on a usage error", { timeout: 90_000 }, async () => {
    const empty = mkdtempSync(join(tmpdir(), "govlens-batch-empty-"));
    const usages = [["--jsonl"], [dir, "--jsonl", "--jobs", "0"], [dir, "--jsonl", "--frobnicate"], ["-", "--jsonl"]];
    // Independent runs, started together: each is mostly tsx start-up.
    const [none, nothing, ...usageRuns] = await Promise.all([
      runCli([join(dir, "empty.html"), join(dir, "nope.txt"), "--jsonl"]),
      runCli([empty, "--jsonl"]),
      ...usages.map((args) => runCli(args)),
    ]);
    rmSync(empty, { recursive: true });

    assert.equal(none.status, 1);
    assert.equal(none.stdout, "");
    assert.match(none.stderr, /empty\.html: .*empty/);
    assert.match(none.stderr, /govlens: 2 files, 0 ok, 2 failed/);

    assert.equal(nothing.status, 1);
    assert.match(nothing.stderr, /govlens: 0 files, 0 ok, 0 failed/);

    usageRuns.forEach((usage, i) => {
      assert.equal(usage.status, 2, usages[i].join(" "));
      assert.match(usage.stderr, /^govlens: /);
      assert.equal(usage.stderr.trimEnd().split("\n").length, 1);
    });
  });
});

describe("batch helpers", () => {
  test("directories are listed recursively in name order, hidden and other files left out", () => {
    const { files, problems } = listFiles([dir]);
    assert.deepEqual(problems, []);
    assert.ok(files.every((f) => /\.(html|txt)$/.test(f) && !f.includes("/.")));
    assert.equal(files.length, good.length + Object.keys(bad).length);
  });

  test("arguments: --jsonl anywhere before --, --jobs, progress only on a terminal unless asked", () => {
    assert.equal(isBatchInvocation(["a.html", "--json"]), false);
    assert.equal(isBatchInvocation(["a", "--jsonl", "b"]), true);
    assert.equal(isBatchInvocation(["--", "--jsonl"]), false, "a file named --jsonl");
    assert.deepEqual(parseBatchArgs(["--jsonl", "a", "--jobs=3", "--", "-b", "--c"], false), {
      inputs: ["a", "-b", "--c"],
      jobs: 3,
      progress: false,
      help: false,
    });
    assert.equal(parseBatchArgs(["a", "--jsonl"], true).progress, true);
    assert.equal(parseBatchArgs(["a", "--jsonl", "--no-progress"], true).progress, false);
    assert.equal(parseBatchArgs(["--jsonl", "--help"], false).help, true);
  });

  test("the progress line", () => {
    assert.equal(progressLine({ done: 0, total: 4, failed: 0, startedAt: 0 }, 0), `[${".".repeat(30)}] 0/4 0% 0 files/s`);
    assert.equal(progressLine({ done: 2, total: 4, failed: 1, startedAt: 0 }, 1000), `[${"#".repeat(15)}${".".repeat(15)}] 2/4 50% 2 files/s, 1 failed`);
  });
});
