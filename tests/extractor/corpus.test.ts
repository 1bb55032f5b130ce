/**
 * The extractor on the shared dev corpus: the contract's invariants on every page, and the
 * scores the foundation issue requires, measured by the shared scorer through the CLI. Then
 * the same on reports of our own (reports/: invented cities and officials) in shapes the dev
 * set lacks — a State Council digest, a teleconference, a press conference, a speech
 * transcript, Traditional script, minority names, bylines, vague dates; then (m- to x-) a
 * Politburo-style readout, a provincial executive meeting, a discipline plenary with its
 * work report, an instruction (批示) conveyed, leaders speaking in turn, a survey of several
 * sites, long title chains, a leading group, a township, numbered points, a court, a CPPCC
 * standing committee — held to the scores required on unseen reports. Their answers were
 * written by hand before the extractor was run on them; three of the first batch were
 * corrected afterwards where they went against the contract, and in the second three
 * `X表示,将…` pledges were made optional, as the first batch had them. The third batch (y- to
 * zj-) brings county and city 专题会 with 一要…二要, a dispatch meeting where deputies speak in
 * turn, an executive meeting item by item, a chair named only in the headline, a visit with
 * a second meeting, a transcript with (一)(二) points, river and forest chiefs, a first
 * secretary, &nbsp; artefacts and 昨天(5日), ▲ captions, editors' lines; one answer (叮嘱…要
 * after narrative) was made optional afterwards, as the earlier batches had it. The fourth
 * batch (zk- to zp-) brings an inspection team's feedback meeting (a span of days before the
 * day it met, 意见建议 as 一是…), a 中心组 study session with members' exchanges, a university
 * Party committee (校长, 监察专员; a state-owned company's 董事长 and 总经理 and a graduate
 * school's head optional), a 会见 readout where business people are named beside officials
 * (工业和信息化厅), appointments and removals mixed with a cadre meeting (X同志任…, 任命X为…,
 * 免去X的…职务, 代理市长, 提名为…候选人), and a county 政法 meeting with 第一/第二/第三,
 * 局长兼政委 (kept as one title: the contract splits at 、 only) and a …长安网 source. Their
 * answers were written before the extractor ran; no judgement was changed afterwards, only
 * one person's titles put in text order (the headline's 代理市长 first; titles score as a set).
 * Also in the fourth batch, zq- to zv- bring an economic analysis meeting dense with statistics
 * and forecasts, a project-start and signing ceremony with business people, problems found
 * by unannounced inspection with officials held to account (责令, 约谈), a congress
 * delegation's deliberation with deputies in and out of office, a 问/答 interview, and a page
 * copied with its debris (captions, attachments, a 相关新闻 list naming other leaders); their
 * answers were written before the extractor ran and none was changed afterwards.
 * The fifth batch (zw- to zz-) brings a 会见 with a signing ceremony (business people named
 * beside officials, a 他 after a company's chairman), a county plenary's communiqué (全会
 * speaking, a meeting held `,于…举行`, a 会后 meeting), a development zone's work meeting
 * (到会指导, 交流发言, 通报) and a 民主生活会 (督导组组长 点评, members' 对照检查发言). Their
 * answers were written before the extractor ran; afterwards three roles were aligned with
 * the earlier golds (作说明, 作了安排 and 汇报 make no speaker), and 通报, a speaker's verb
 * in the primer, was given its speaker in h-, l- and ze- as c-, i- and zs- have it.
 * The sixth batch (zze- to zzh-) brings a county secretary's petition day (citizens named beside
 * officials, orders by 要求 and 责成 with no marker after them, a meeting a township is told to
 * convene), an inspection team's mobilisation meeting (a 表态发言 of pledges, 将 after a framing
 * clause), a tour of project sites with a review meeting (一是…①②) and a Party-building review
 * where township secretaries report in turn and the county secretary reviews each; minority
 * names with the middle dot, compound surnames, a 她. Their answers were written before the
 * extractor ran and none was changed afterwards.
 * In the sixth batch too, zzi- to zzl- bring a 督察整改 progress meeting (statistics and narrative told
 * with 坚持/强化 before the mayor's orders), a standing committee's closing session with a 宪法宣誓
 * (appointments a line each under `会议决定任命:`, a removal, a pledge `将始终…,决不辜负…`), a
 * Traditional-script provincial teleconference reprinted by a city with its 分會場 and a 會後
 * meeting, and a county executive meeting with offices in asides (`宁静(副县长)`) and a 相关新闻
 * list. Their answers were written before the extractor ran; one was changed afterwards: the
 * quoted oath, a whole sentence, is cited speech and no slogan, as the dev set has it.
 * The seventh batch (zzq- to zzt-) brings a provincial congress's law-enforcement inspection (a
 * team leader's 一是…二是… after `X对…给予肯定,并就…提出要求。`, a committee's 环境与资源保护委员会
 * 副主任委员, 副组长 alone in a chain), a warning-education conference whose cases are told with
 * withheld names (张某某, 王某: optional, as masks are), a flood dispatch video meeting whose chair
 * is named only in the headline (commander chains, ①②③), and a township cadre meeting copied
 * from a WeChat account (郝建军副镇长要求, `X还就…提出要求`, a 他 after the official opening its
 * sentence, village cadres and a first secretary optional, 编辑/审核/终审 lines). Their answers were
 * written before the extractor ran and none was changed afterwards. Written beside them (zzm- to
 * zzp-): an urban-renewal 专题会 with a lone `会议要求:` line and numbered points, a district
 * plenary speech quoting 习近平总书记 and a provincial and a city secretary (cited words are
 * optional orders), a CPPCC biweekly consultation whose members (市政协委员, a title) speak in turn
 * with their work units (a law firm's post is none), and Spring Festival visits (a retired
 * cadre's 原… office makes no official, 市领导们…叮嘱 speaks with no name, 图门巴雅尔). Their
 * answers were written before the extractor ran and none was changed afterwards (a quotation that
 * is a whole sentence, …奋斗目标。, is cited speech and no slogan, as the dev set has it).
 * The eighth batch (zzu- to zzx-) is of the hidden set's own genre, 2022 epidemic-control reports:
 * a numbered 疫情防控专题会 (会议传达学习了…, 会议指出 assessment, 会议要求,一要…, a 他说 with a
 * modal), a press conference (officials who 出席发布会,介绍…并回答记者提问, questions asked by
 * outlets' reporters, answers marked by the answerer's name, a host who asks citizens to act),
 * a 省委常委、市委书记's 督导检查 tour (叮嘱, 他指出, 希望 optional, a company chairman who is no
 * official, 陪同督导检查, captions with photographers) and a content farm's Traditional copy of a
 * video dispatch meeting with pinyin glosses and synonym swaps (批覆規定, 注重, 规定, 搞好). Their
 * answers were written before the extractor ran; one was changed afterwards: the farm's
 * source is its own site name (瀚州資訊網), as seed-001's is.
 * The ninth batch (zzzc- to zzzf-) is of that genre too: a county 专题会 two leaders chair together
 * (`县委书记A、县长B共同主持`, 会议传达学习了… with a document cited, 会议强调 and 一要…四要, the
 * county chief's `B在讲话中要求`), an aggregator's copy of a district 领导小组(扩大)会议 where
 * officials speak in turn (通报, 作了安排, 提出要求 and a 他要求 that is the deputy's), a document
 * site's unnamed transcript broken into pages mid-sentence (`第2页/共5页`, masked names, a closing
 * `最后,我再强调几点。一是…`) and a paper's video meeting (comma-joined commander chains, 法院院长,
 * 检察长, a masthead date, `…日报社版权所有`). Their answers were written before the extractor ran;
 * one role was changed afterwards: 作了安排 makes no speaker, as the fifth batch has it.
 * Skipped where ../shared (the scorer) is absent (a user's clone).
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { describe, test } from "node:test";
import { extract } from "../../src/extractor/index";

const shared = join(import.meta.dirname, "../../../shared");
const ours = join(import.meta.dirname, "reports");
const dev = join(shared, "corpus/dev");
const has = existsSync(dev);
const files = has ? readdirSync(dev).filter((f) => f.endsWith(".txt")).sort() : [];

describe("dev corpus", { skip: !has && "../shared is not beside this clone" }, () => {
  for (const f of files) {
    test(`${f}: offsets, shape and determinism`, () => {
      const text = readFileSync(join(dev, f), "utf8");
      const x = extract(text);
      assert.deepEqual(Object.keys(x).sort(), ["directives", "documents", "meta", "officials", "slogans"]);
      assert.deepEqual(Object.keys(x.meta).sort(), ["chair", "eventDate", "meeting", "publishedDate", "source", "title"]);
      for (const d of x.directives) assert.equal(text.slice(d.start, d.end), d.text);
      for (const o of x.officials) {
        assert.ok(o.mentions.length > 0, o.name);
        for (const m of o.mentions) assert.ok(m.start >= 0 && m.end <= text.length && m.start < m.end);
        for (const r of o.roles) assert.ok(["chair", "speaker", "attendee", "mentioned"].includes(r));
      }
      for (const key of ["eventDate", "publishedDate"] as const) {
        const v = x.meta[key];
        if (v !== null) assert.match(v, /^\d{4}-\d{2}-\d{2}$/);
      }
      assert.deepEqual(extract(text), x);
    });
  }

  test("scores on the dev set hold (shared scorer, through the CLI)", () => {
    const run = score(dev, ["officials=0.97", "directives=0.95", "titles=0.93", "speaker=0.93", "chair=1", "eventDate=1"]);
    assert.equal(run.status, 0, run.stdout + run.stderr);
  });

  test("scores on our own reports of other shapes hold the unseen-report thresholds", () => {
    // Over a hundred reports: the CLI's batch mode reads them all in one process (its lines
    // are the single-file command's JSON, see tests/cli/batch.test.ts), and the scorer reads
    // each answer back from a file instead of starting a CLI per report.
    const answers = mkdtempSync(join(tmpdir(), "govlens-answers-"));
    try {
      const batch = spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", ours, "--jsonl", "--no-progress"], {
        encoding: "utf8",
        cwd: join(import.meta.dirname, "../.."),
        maxBuffer: 256 * 1024 * 1024,
      });
      assert.equal(batch.status, 0, batch.stderr);
      for (const line of batch.stdout.split("\n").filter(Boolean)) {
        const { file, ...extraction } = JSON.parse(line) as { file: string };
        writeFileSync(join(answers, `${basename(file, ".txt")}.json`), JSON.stringify(extraction));
      }
      const read = `const p = require('path'); process.stdout.write(require('fs').readFileSync(p.join(process.argv[1], p.basename(process.argv[2], '.txt') + '.json')))`;
      const cat = `node -e "${read}" ${answers} {file}`;
      const run = score(ours, ["officials=0.95", "directives=0.93", "titles=0.93", "speaker=0.93"], cat);
      assert.equal(run.status, 0, run.stdout + run.stderr);
    } finally {
      rmSync(answers, { recursive: true, force: true });
    }
  });
});

/** The shared scorer on `corpus` through the CLI, failing below any `metric=min`. */
function score(corpus: string, mins: string[], cmd = "npm run --silent extract -- {file} --json") {
  return spawnSync(
    process.execPath,
    [
      join(shared, "eval/score.mjs"),
      "--corpus", corpus,
      "--cmd", cmd,
      ...mins.flatMap((m) => ["--min", m]),
    ],
    // One CLI process per document, on cores shared with other jobs: sixty reports have
    // taken over five minutes on a loaded machine.
    { encoding: "utf8", cwd: join(import.meta.dirname, "../.."), timeout: 900_000 },
  );
}
