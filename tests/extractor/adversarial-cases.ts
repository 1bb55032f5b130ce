/**
 * The adversarial inputs of adversarial.test.ts and the checks on each, kept apart from the
 * test file so a worker thread can import them without registering the tests again.
 */
import { extract } from "../../src/extractor/index";
import { contractProblems } from "../helpers/contract";

const MB = 1 << 20;
const fill = (piece: string, size = MB) => piece.repeat(Math.ceil(size / piece.length)).slice(0, size);

const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
const GIVEN = "明德华伟红军平国建文";

export interface Case {
  name: string;
  input: () => string;
  /** Wall-time bound in seconds, stated in the test's name. */
  seconds: number;
  /** At most this many officials may come out. */
  maxOfficials: number;
  /** Set while the extractor is too slow on this input (see /tmp/notes-hostile.md). */
  todo?: string;
}

export const cases: Case[] = [
  { name: "no sentence end at all", input: () => fill("会议强调各级各部门要切实落实责任确保各项措施落地见效"), seconds: 10, maxOfficials: 0 },
  { name: "要 repeated a million times", input: () => "要".repeat(1_000_000), seconds: 10, maxOfficials: 0 },
  { name: "thousands of unclosed 《", input: () => fill("《关于进一步"), seconds: 10, maxOfficials: 0 },
  { name: "thousands of unclosed “", input: () => fill("“动态清零"), seconds: 10, maxOfficials: 0 },
  { name: "unclosed 《 “ 「 ( interleaved", input: () => fill("《“「(关于要"), seconds: 10, maxOfficials: 0 },
  { name: "surnames and no names", input: () => fill(SURNAMES), seconds: 10, maxOfficials: 0 },
  {
    name: "titles and no names",
    input: () => fill("市委书记市长副市长省长"),
    // Linear, but the title walk costs ~2-3 µs a character (1.7-3.2 s alone, 11 s on a loaded machine).
    seconds: 20,
    maxOfficials: 0,
  },
  {
    name: "surnames and titles alternating, no names",
    input: () => fill("王市长李书记张"),
    seconds: 20,
    maxOfficials: 10,
  },
  {
    name: "a title followed by 10,000 candidate names separated by 、",
    input: () => "市委书记" + Array.from({ length: 10_000 }, (_, i) => SURNAMES[i % 20] + GIVEN[Math.floor(i / 20) % 10] + GIVEN[Math.floor(i / 200) % 10]).join("、") + "出席会议。",
    seconds: 10,
    maxOfficials: 10_000,
  },
  { name: "a title and name list repeated over a single line", input: () => fill("市委副书记、市长王大明、"), seconds: 10, maxOfficials: 10 },
  {
    // Each 区委X副书记 is a person whose title's chain ran back over every one before it:
    // quadratic once (80,000 characters took 22 s), bounded now.
    name: "thousands of organ-name-post items joined by 、",
    input: () => Array.from({ length: 150_000 }, (_, i) => "区委" + SURNAMES[i % 20] + GIVEN[i % 10] + "副书记").join("、"),
    seconds: 10,
    maxOfficials: 200,
  },
  {
    name: "mixed scripts and control characters",
    input: () => {
      const parts = ["abc", "\u0000", "\u0007", "会议", "\u200b", "ру", "ع", "\r", "\t", "🙂", "要", "。", "\u202e", "\u001b[31m", "書記"];
      let s = "";
      for (let i = 0; s.length < MB; i = (i * 7 + 3) % parts.length) s += parts[i];
      return s;
    },
    seconds: 10,
    maxOfficials: 0,
  },
  { name: "lone surrogates", input: () => fill("\ud800王\udc00要\ud83d。市长\udfff"), seconds: 10, maxOfficials: 0 },
  { name: "50,000 ( after Han characters (unclosed romanisation glosses)", input: () => "會(".repeat(50_000) + fill("议", MB - 100_000), seconds: 10, maxOfficials: 0 },
  { name: "romanisation glosses throughout", input: () => fill("會(huì)議(yì)國(guo)务院(yuan)"), seconds: 10, maxOfficials: 0 },
  { name: "deep runs of 、", input: () => fill("、"), seconds: 10, maxOfficials: 0 },
  { name: "、 after every surname", input: () => fill("王、李、"), seconds: 10, maxOfficials: 0 },
  { name: "one line, no line break, many `在` before a meeting noun", input: () => fill("在全市工作会议"), seconds: 10, maxOfficials: 0 },
  { name: "one line of `主持召开…会议` after names", input: () => fill("王大明主持召开全市工作会议"), seconds: 10, maxOfficials: 10 },
  {
    name: "thousands of distinct slogans in both quote styles",
    input: () => {
      let s = "";
      for (let i = 0; s.length < MB; i++) s += `「口号${i}」“标语${i}”`;
      return s;
    },
    seconds: 10,
    maxOfficials: 0,
  },
  { name: "pronoun-attributed directives, a hundred thousand of them", input: () => fill("市长王大明强调,要落实。他指出,要加强。"), seconds: 10, maxOfficials: 5 },
  { name: "transcript addressing 同志们 with a sentence every few characters", input: () => "王大明同志在全市工作会议上的讲话\n" + fill("同志们:要落实。"), seconds: 10, maxOfficials: 5 },
  { name: "`在…上的` headlines in a row", input: () => fill("王在"), seconds: 10, maxOfficials: 0 },
  // Every line a new name first met: a first-mention test per name that searched the text
  // from its start was quadratic here (17-19 s for a megabyte).
  {
    name: "a hundred thousand lines, each a new bare name laying down requirements",
    input: () => distinctNameLines((n) => `${n}强调,要抓好落实。\n`),
    seconds: 20,
    maxOfficials: 100_000,
  },
  {
    name: "a hundred thousand lines, each a new bare list of names attending",
    input: () => distinctNameLines((n) => `${n}、${n}出席会议。\n`),
    seconds: 20,
    maxOfficials: 100_000,
  },
];

/** A megabyte of lines, each made by `line` from a three-character name not used before. */
function distinctNameLines(line: (name: string) => string): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < MB; i++) {
    const name = SURNAMES[i % 20] + GIVEN[Math.floor(i / 20) % 10] + GIVEN[Math.floor(i / 200) % 10] + (i >= 2000 ? GIVEN[Math.floor(i / 2000) % 10] : "");
    const l = line(name);
    parts.push(l);
    size += l.length;
  }
  return parts.join("");
}

/** What a worker reports: how long extract() took and whether its answer was sane. */
export interface Verdict {
  seconds: number;
  problems: string[];
}

/** The checks, run where the input was made (a worker, so a runaway case can be stopped). */
export function judge(c: Case): Verdict {
  const input = c.input();
  const problems: string[] = input.length >= 40_000 ? [] : [`the input is small (${input.length})`];
  const t0 = performance.now();
  const x = extract(input);
  const seconds = (performance.now() - t0) / 1000;
  problems.push(...contractProblems(x, input));
  if (x.officials.length > c.maxOfficials) problems.push(`${x.officials.length} officials`);
  for (const t of [...x.slogans, ...x.documents]) if (t.length > 100) problems.push(`a quoted phrase of ${t.length} characters`);
  return { seconds, problems };
}

