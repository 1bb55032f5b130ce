import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { chmodSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { runCli, type CliRun } from "./run-cli";
import {
  CORPUS_DIR, corpusText, fixturePages, haveShared, proseLines, squeeze,
} from "../shared/fixture-pages";

const NOBODY = 65534;
const ROOT = new URL("../../", import.meta.url).pathname;

/** Whether that user can read the CLI's sources (a checkout under /root cannot). */
function canRunAs(uid: number): boolean {
  const probe = spawnSync(process.execPath, ["-e", `require("fs").accessSync(${JSON.stringify(ROOT + "src/cli/main.ts")})`], { uid, gid: uid });
  return probe.status === 0;
}
const CONTRACT_KEYS = ["meta", "officials", "directives", "slogans", "documents"];
const META_KEYS = ["title", "eventDate", "publishedDate", "source", "meeting", "chair"];

function parseContract(run: CliRun) {
  assert.equal(run.status, 0, run.stderr);
  const x = JSON.parse(run.stdout);
  assert.deepEqual(Object.keys(x), CONTRACT_KEYS);
  assert.deepEqual(Object.keys(x.meta), META_KEYS);
  for (const key of CONTRACT_KEYS.slice(1)) assert.ok(Array.isArray(x[key]), `${key} is a list`);
  return x;
}

/** One line on stderr, `govlens: …`, no stack trace, nothing on stdout, the given status. */
function assertOneLineError(run: CliRun, status: number, pattern: RegExp) {
  assert.equal(run.status, status, `exit status (stderr: ${run.stderr})`);
  assert.equal(run.stdout, "");
  const lines = run.stderr.split("\n").filter((l) => l.length > 0 && !/nodedir/.test(l));
  assert.equal(lines.length, 1, `one line: ${run.stderr}`);
  assert.match(lines[0], /^govlens: /);
  assert.match(lines[0], pattern);
  assert.doesNotMatch(run.stderr, /\n\s+at /, "no stack trace");
}

describe("the CLI on text files", { skip: !haveShared && "../shared is missing" }, () => {
  test("a corpus .txt: contract JSON whose offsets index the file's text", async () => {
    const file = join(CORPUS_DIR, "seed-000.txt");
    const text = corpusText("seed-000");
    const x = parseContract(await runCli([file, "--json"]));
    for (const d of x.directives) assert.equal(text.slice(d.start, d.end), d.text);
    for (const o of x.officials) for (const m of o.mentions) assert.ok(text.slice(m.start, m.end).length > 0);
  });

  test("--text on a .txt prints it unchanged", async () => {
    const run = await runCli([join(CORPUS_DIR, "seed-003.txt"), "--text"]);
    assert.equal(run.stdout, `${corpusText("seed-003")}\n`);
  });

  test("markdown and csv formats", async () => {
    const file = join(CORPUS_DIR, "seed-004.txt");
    const md = await runCli([file, "--format", "markdown"]);
    assert.equal(md.status, 0, md.stderr);
    assert.match(md.stdout, /^# .+\n/);
    assert.match(md.stdout, /## 领导同志（\d+）/);
    const csv = await runCli([file, "--format=csv"]);
    assert.equal(csv.status, 0, csv.stderr);
    assert.match(csv.stdout, /^kind,name,titles,roles,mentions,speaker,text,start,end\r\n/);
  });
});

describe("the CLI on the fixture pages", { skip: !haveShared && "../shared is missing", concurrency: 2 }, () => {
  for (const page of fixturePages()) {
    if (page.html.includes("setTimeout(")) {
      test(`${page.file}: its article needs a script, so no article is found`, async () => {
        assertOneLineError(await runCli([page.path, "--json"]), 1, /no article found.*scripts may fill the text in/);
      });
      continue;
    }
    test(`${page.file}: the article's text, and JSON drawn from it`, async () => {
      const textRun = await runCli([page.path, "--text"]);
      assert.equal(textRun.status, 0, textRun.stderr);
      const article = squeeze(textRun.stdout);
      for (const line of proseLines(corpusText(page.id))) assert.ok(article.includes(squeeze(line)), line.slice(0, 30));
      // The side column's headlines name other leaders; not one of them is in the article.
      for (const m of page.html.matchAll(/<li><a [^>]*>([^<]+)<\/a>/g)) assert.ok(!article.includes(squeeze(m[1])), m[1]);
      const x = parseContract(await runCli([page.path, "--json"]));
      for (const d of x.directives) assert.ok(article.includes(squeeze(d.text)), `directive in article: ${d.text}`);
      for (const o of x.officials) assert.ok(article.includes(squeeze(o.name)), `official in article: ${o.name}`);
    });
  }

  test("the GBK page reads exactly as its UTF-8 twin", async () => {
    const pages = fixturePages();
    const gbk = pages.find((p) => p.file.includes(".gbk."));
    const twin = pages.find((p) => gbk && p.file === `${gbk.id}.html`);
    assert.ok(gbk && twin, "both twins exist");
    const [a, b] = await Promise.all([runCli([gbk.path, "--text"]), runCli([twin.path, "--text"])]);
    assert.equal(a.status, 0, a.stderr);
    assert.ok(a.stdout.length > 1000);
    assert.equal(a.stdout, b.stdout);
  });

  test("a page without an <h1> in its article gets its headline in front", async () => {
    const pages = fixturePages().filter((p) => !p.html.includes("setTimeout("));
    for (const page of pages) {
      const h1 = /<h1[^>]*>([^<]+)<\/h1>/.exec(page.html)?.[1];
      if (!h1) continue;
      const run = await runCli([page.path, "--text"]);
      const top = run.stdout.split("\n").slice(0, 6).map(squeeze);
      assert.ok(top.includes(squeeze(h1)), `${page.file}: headline near the top`);
    }
  });
});

describe("the CLI on the bundled sample pages", () => {
  test("a portal that prints the date under a headline outside the article: both dates come from that line", async () => {
    const sample = new URL("../../samples/portal-meeting.html", import.meta.url).pathname;
    const text = await runCli([sample, "--text"]);
    assert.equal(text.status, 0, text.stderr);
    const [headline, dateline] = text.stdout.split("\n");
    assert.match(headline, /主持召开市委常委会会议/);
    assert.match(dateline, /发布时间:2025-05-21/);
    const x = parseContract(await runCli([sample, "--json"]));
    assert.equal(x.meta.publishedDate, "2025-05-21");
    // The body says only `5月20日`: the year is the publication's.
    assert.equal(x.meta.eventDate, "2025-05-20");
  });
});

describe("the CLI's errors", { concurrency: 2 }, () => {
  let dir = "";
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "govlens-cli-"));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, content: string | Buffer) => {
    const p = join(dir, name);
    writeFileSync(p, content);
    return p;
  };

  test("a missing file", async () => {
    assertOneLineError(await runCli([join(dir, "nope.txt"), "--json"]), 1, /no such file/);
  });
  test("a directory", async () => {
    assertOneLineError(await runCli([dir, "--json"]), 1, /is a directory/);
  });
  test("an empty file", async () => {
    assertOneLineError(await runCli([file("empty.txt", ""), "--json"]), 1, /empty/);
  });
  test("a file of whitespace", async () => {
    assertOneLineError(await runCli([file("blank.txt", " \n\t\n"), "--json"]), 1, /whitespace/);
  });
  test("a binary file", async () => {
    const png = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489", "hex");
    assertOneLineError(await runCli([file("image.txt", png), "--json"]), 1, /binary/);
    assertOneLineError(await runCli([file("image.html", png), "--json"]), 1, /binary/);
  });
  test("invalid UTF-8", async () => {
    const bytes = Buffer.concat([Buffer.from("会议强调,要", "utf8"), Buffer.from([0xc4, 0xe3, 0xba, 0xc3, 0xff])]);
    assertOneLineError(await runCli([file("bad.txt", bytes), "--json"]), 1, /not valid UTF-8/);
  });
  test("a page with no article", async () => {
    const links = Array.from({ length: 12 }, (_, i) => `<li><a href="/${i}">某某调研督导安全生产工作${i}</a></li>`).join("");
    assertOneLineError(await runCli([file("list.html", `<html><body><ul>${links}</ul></body></html>`), "--json"]), 1, /no article found.*a list of links/);
  });
  test("a file over the size limit", async () => {
    const p = file("huge.txt", "");
    truncateSync(p, 51 * 1024 * 1024);
    assertOneLineError(await runCli([p, "--json"]), 1, /too large/);
  });
  test("a file without read permission", async (t) => {
    const p = file("secret.txt", "会议强调,要落实。");
    chmodSync(p, 0o000);
    // Root reads any file, so as root the CLI runs as `nobody`, for whom the file is closed.
    const asUser = process.getuid?.() === 0 ? NOBODY : undefined;
    if (asUser !== undefined) {
      chmodSync(dir, 0o755);
      if (!canRunAs(asUser)) return t.skip("the checkout is not readable by nobody");
    }
    assertOneLineError(await runCli([p, "--json"], undefined, asUser), 1, /permission denied/);
  });
  test("usage mistakes exit 2", async () => {
    assertOneLineError(await runCli([]), 2, /no input file/);
    assertOneLineError(await runCli(["a.txt", "--frobnicate"]), 2, /unknown option/);
    assertOneLineError(await runCli(["a.txt", "--format", "xml"]), 2, /unknown format/);
    assertOneLineError(await runCli(["a.txt", "b.txt"]), 2, /one input file/);
  });
  test("--help prints usage and exits 0", async () => {
    const run = await runCli(["--help"]);
    assert.equal(run.status, 0);
    assert.match(run.stdout, /^usage: /);
  });
  test("standard input, as `-`", async () => {
    const run = await runCli(["-", "--text"], Buffer.from("<html><body><div><p>市委书记李明远主持召开会议,要求各级各部门要切实落实责任,确保各项措施落地见效。</p><p>会议强调,要严格落实。要加强领导,确保安全,务必做好工作。</p></div></body></html>"));
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /李明远主持召开会议/);
  });
});
