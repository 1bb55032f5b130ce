/**
 * The CLI on hostile and broken files beyond main.test.ts's errors: a 50 MB report, a page
 * with 5 MB of text, pages whose bytes contradict their declared charset, truncated and
 * invalid UTF-8 in pages, binary without a telling name, a device, a symlink loop. Each
 * run must end, within the bound in its name, in either contract JSON (a best-effort
 * answer, exit 0) or one line `govlens: …` on stderr (exit 1): never a stack trace.
 * Generated files live in a temporary directory and are removed afterwards.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli, type CliRun } from "./run-cli";
import { contractProblems } from "../helpers/contract";
import { INVENTED_REPORT } from "../extractor/invented-report";

/** One of the two outcomes the CLI may give, and nothing that looks like a crash. */
function assertCleanOutcome(run: CliRun): "json" | "error" {
  assert.doesNotMatch(run.stderr, /\n\s+at |internal error|Error:/, `no trace or internal error: ${run.stderr.slice(0, 400)}`);
  if (run.status === 0) return "json";
  assert.equal(run.status, 1, `exit status (stderr: ${run.stderr.slice(0, 200)})`);
  assert.equal(run.stdout, "");
  const lines = run.stderr.split("\n").filter((l) => l.length > 0 && !/nodedir/.test(l));
  assert.equal(lines.length, 1, `one line: ${run.stderr}`);
  assert.match(lines[0], /^govlens: /);
  return "error";
}

/** Runs the CLI with `--json` and fails the test if it takes longer than `seconds`. */
async function timed(args: string[], seconds: number): Promise<CliRun> {
  const t0 = performance.now();
  const run = await runCli([...args, "--json"]);
  const took = (performance.now() - t0) / 1000;
  assert.ok(took < seconds, `took ${took.toFixed(1)} s, bound ${seconds} s`);
  return run;
}

const ascii = (s: string) => Buffer.from(s, "latin1");
const REPORT_HTML = (body: string) => `<article><h1>青禾市召开防汛工作专题会</h1>${body}</article>`;
const paragraphs = (text: string) => text.split("\n").map((l) => `<p>${l}</p>`).join("");

describe("the CLI on hostile files", { concurrency: 2 }, () => {
  let dir = "";
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "govlens-hostile-"));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, content: string | Buffer) => {
    const p = join(dir, name);
    writeFileSync(p, content);
    return p;
  };

  test("a 50 MB report just under the limit: an answer within 90 s", async () => {
    const unit = Buffer.from(`${INVENTED_REPORT}\n`);
    const copies = Math.floor((50 * 1024 * 1024) / unit.length);
    const p = file("fifty.txt", Buffer.concat(Array.from({ length: copies }, () => unit)));
    const run = await timed([p], 90);
    assert.equal(assertCleanOutcome(run), "json");
    const x = JSON.parse(run.stdout);
    assert.equal(x.meta.title, "青禾市召开防汛工作专题会");
    // The same four people however often the report repeats.
    assert.ok(x.officials.length >= 3 && x.officials.length <= 8, `${x.officials.length} officials`);
  });

  test("a 50 MB file cut inside a character: the offset named, within 30 s", async () => {
    const unit = Buffer.from(`${INVENTED_REPORT}\n`);
    const copies = Math.ceil((50 * 1024 * 1024) / unit.length);
    const whole = Buffer.concat(Array.from({ length: copies }, () => unit)).subarray(0, 50 * 1024 * 1024 - 1);
    const cut = whole.length - 1; // the report's last line ends in `)` + `\n`: back up into a Han character
    const bytes = whole.subarray(0, whole.lastIndexOf(Buffer.from("微"), cut) + 2);
    const run = await timed([file("cut.txt", bytes)], 30);
    assert.equal(assertCleanOutcome(run), "error");
    assert.match(run.stderr, /not valid UTF-8.*offset \d+/);
  });

  test("a page with 5 MB of article text: contract JSON whose texts are in the page, within 60 s", async () => {
    let body = "";
    while (body.length < 5 * 1024 * 1024 / 3) body += paragraphs(INVENTED_REPORT.split("\n").slice(2).join("\n"));
    const run = await timed([file("long.html", `<html><head><meta charset="utf-8"></head><body>${REPORT_HTML(body)}</body></html>`)], 60);
    assert.equal(assertCleanOutcome(run), "json");
    const x = JSON.parse(run.stdout);
    assert.ok(x.directives.length > 1000, `${x.directives.length} directives`);
    for (const d of x.directives.slice(0, 50)) assert.ok(INVENTED_REPORT.includes(d.text), d.text);
  });

  const contradictions: { name: string; head: string; body: Buffer }[] = [
    { name: "declares GBK, holds UTF-8", head: '<meta charset="gbk">', body: Buffer.from(paragraphs(INVENTED_REPORT), "utf8") },
    { name: "declares Big5, holds UTF-8", head: '<meta http-equiv="Content-Type" content="text/html; charset=big5">', body: Buffer.from(paragraphs(INVENTED_REPORT), "utf8") },
    { name: "declares ISO-8859-1, holds UTF-8", head: '<meta charset="iso-8859-1">', body: Buffer.from(paragraphs(INVENTED_REPORT), "utf8") },
    { name: "declares UTF-16, holds UTF-8", head: '<meta charset="utf-16">', body: Buffer.from(paragraphs(INVENTED_REPORT), "utf8") },
    { name: "declares a charset that does not exist", head: '<meta charset="x-govlens-none">', body: Buffer.from(paragraphs(INVENTED_REPORT), "utf8") },
  ];
  for (const c of contradictions) {
    test(`a page that ${c.name}: best effort, within 20 s`, async () => {
      const page = Buffer.concat([ascii(`<html><head>${c.head}<title>t</title></head><body><article><h1>`), Buffer.from("青禾市召开防汛工作专题会"), ascii("</h1>"), c.body, ascii("</article></body></html>")]);
      const run = await timed([file(`${c.name.replace(/\W+/g, "-")}.html`, page)], 20);
      if (assertCleanOutcome(run) === "error") return;
      const x = JSON.parse(run.stdout);
      // Offsets index the page's article text, which this test does not hold: check the rest.
      assert.deepEqual(contractProblems(x, "").filter((p) => !/span|slice/.test(p)), []);
      // UTF-8 bytes read as GBK or Big5 would be mojibake: the CLI must see through the label.
      assert.equal(x.meta.title, "青禾市召开防汛工作专题会");
    });
  }

  test("a page of invalid UTF-8 sequences among its text: best effort or one line, within 20 s", async () => {
    const junk = Buffer.from([0xc0, 0xaf, 0xed, 0xa0, 0x80, 0xf8, 0x88, 0x80, 0x80, 0x80, 0xff, 0xfe, 0xe4, 0xbd]);
    const body = Buffer.concat(INVENTED_REPORT.split("\n").flatMap((l) => [ascii("<p>"), Buffer.from(l), junk, ascii("</p>")]));
    const page = Buffer.concat([ascii('<html><head><meta charset="utf-8"></head><body><article>'), body, ascii("</article></body></html>")]);
    const run = await timed([file("mixed-bad.html", page)], 20);
    if (assertCleanOutcome(run) === "json") assert.deepEqual(Object.keys(JSON.parse(run.stdout).meta).length, 6);
  });

  test("binary files without a telling name: one line, within 20 s", async () => {
    // A gzip member and an ELF header: what a mistaken download or a program looks like.
    const gzip = Buffer.from("1f8b0800000000000003cb48cdc9c95728cf2fca49e102002d3b08af0c000000", "hex");
    const elf = Buffer.concat([Buffer.from("7f454c46020101000000000000000000", "hex"), Buffer.alloc(4096, 0x90)]);
    for (const [name, bytes] of [["download", gzip], ["report", elf], ["page.html", elf], ["notes.txt", gzip]] as const) {
      const run = await timed([file(name, bytes)], 20);
      assert.equal(assertCleanOutcome(run), "error", name);
      assert.match(run.stderr, /binary|not valid UTF-8|no article/, name);
    }
  });

  test("a megabyte of NUL bytes, and bytes 0x80-0xFF with no NUL: one line, within 20 s", async () => {
    const nul = await timed([file("zeros.txt", Buffer.alloc(1024 * 1024))], 20);
    assert.equal(assertCleanOutcome(nul), "error");
    const high = Buffer.from(Array.from({ length: 1024 * 1024 }, (_, i) => 0x80 + (i % 128)));
    const run = await timed([file("high.txt", high)], 20);
    assert.equal(assertCleanOutcome(run), "error");
  });

  test("a device and a symlink loop: one line, within 20 s", async () => {
    assert.equal(assertCleanOutcome(await timed(["/dev/null"], 20)), "error");
    const loop = join(dir, "loop.txt");
    symlinkSync(loop, loop);
    const run = await timed([loop], 20);
    assert.equal(assertCleanOutcome(run), "error");
    assert.match(run.stderr, /loop\.txt/);
  });
});
