/**
 * Content farms copy government reports and "rewrite" them so that search engines take them
 * for new pages: a tool swaps words for near-synonyms (seed-003 holds 注重 for 强调, 举办 for
 * 召开, 批复规定 for 批示要求, 搞好 for 做好, 严苛 for 严格). Readers meet these copies, and the
 * people and orders in them are the original's. Every report with an answer (ours, and the
 * dev corpus when ../shared is beside this clone), rewritten by such a tool at random with a
 * fixed seed, must give what the original gives: the same sentences as directives, with the
 * same speakers, the same people with the same titles and roles, the same meeting facts.
 *
 * The swaps are the kind that keep a sentence's sense (a modal for a modal, an action verb
 * for an action verb); a tool that writes 标准 for 规范 or 坚持不懈 for 持续 (`持续时间长`)
 * changes what the sentence says, and the check would then be about the tool, not the reader.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { DEV, HAS_DEV, OURS, reportTexts } from "./report-texts";
import { extract } from "../../src/extractor/index";
import { buildView } from "../../src/extractor/normalize";


/** Each word, and what a rewriting tool may write for it. */
const SWAPS: Record<string, string[]> = {
  强调: ["注重", "着重强调", "特别强调", "突出强调"],
  要求: ["规定"],
  召开: ["举办"],
  做好: ["搞好"],
  确保: ["保证"],
  加强: ["提升", "增强"],
  严格: ["严苛"],
  全面: ["全方位"],
  及时: ["第一时间"],
  迅速: ["快速"],
  问题: ["难题"],
  必须: ["务必", "一定要", "必需"],
  切实: ["真正"],
  扎实: ["踏实"],
  提供: ["给予"],
  举措: ["措施"],
  群众: ["人民群众"],
};
const WORDS = new RegExp(Object.keys(SWAPS).sort((a, b) => b.length - a.length).join("|"), "g");
/** Every rewritten form back to its word, longest first: strings compare once both are read back. */
const BACK = Object.entries(SWAPS)
  .flatMap(([word, forms]) => forms.map((form) => [form, word] as const))
  .sort((a, b) => b[0].length - a[0].length);
const BACK_RE = new RegExp(BACK.map(([form]) => form).join("|"), "g");
const backOf = new Map<string, string>(BACK);
const readBack = (s: string | null): string | null => (s === null ? null : s.replace(BACK_RE, (f) => backOf.get(f) ?? f));

/** A small seeded generator (the same rewrite on every run). */
function generator(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    return (state >>> 4) % n;
  };
}

interface Rewrite {
  text: string;
  /** Where an index of the original text stands in the rewrite. */
  at(original: number): number;
}

/** The text with each swappable word rewritten in `share` tenths of its places. */
function rewrite(text: string, seed: number, share: number): Rewrite {
  const random = generator(seed);
  const shifts: { after: number; delta: number }[] = [];
  let delta = 0;
  const out = text.replace(WORDS, (word: string, at: number) => {
    if (random(10) >= share) return word;
    const forms = SWAPS[word];
    const form = forms[random(forms.length)];
    delta += form.length - word.length;
    shifts.push({ after: at + word.length, delta });
    return form;
  });
  return {
    text: out,
    at: (original) => {
      let d = 0;
      for (const s of shifts) {
        if (s.after > original) break;
        d = s.delta;
      }
      return original + d;
    },
  };
}


/** What a reader compares, with the original's offsets carried into the rewrite. */
function summary(text: string, at: (i: number) => number = (i) => i) {
  const x = extract(text);
  return {
    meta: { eventDate: x.meta.eventDate, meeting: readBack(x.meta.meeting), chair: x.meta.chair },
    officials: x.officials.map((o) => ({ name: o.name, titles: o.titles.map(readBack), roles: o.roles })),
    directives: x.directives.map((d) => ({ start: at(d.start), speaker: readBack(d.speaker) })),
  };
}

function checkRewrites(file: string, text: string, seeds: number[], share: number): void {
  const original = summary(text);
  for (const seed of seeds) {
    const r = rewrite(text, seed, share);
    assert.deepEqual(summary(r.text), { ...original, directives: original.directives.map((d) => ({ ...d, start: r.at(d.start) })) }, `${file} rewritten (seed ${seed})`);
  }
}

describe("reports rewritten by a content farm's synonym tool", () => {
  test("our reports read the same rewritten", () => {
    const ours = reportTexts(OURS);
    assert.ok(ours.length > 0);
    for (const { file, text } of ours) checkRewrites(file, text, [1, 2, 3], 6);
  });

  test("our reports read the same with every swappable word rewritten", () => {
    for (const { file, text } of reportTexts(OURS)) checkRewrites(file, text, [4], 10);
  });

  test("the dev corpus reads the same rewritten", { skip: !HAS_DEV && "../shared is not beside this clone" }, () => {
    for (const { file, text } of reportTexts(DEV)) checkRewrites(file, text, [1, 2, 3, 4], 6);
  });

  test("the rewrite changes the text (the check is not of the originals against themselves)", () => {
    const { text } = reportTexts(OURS)[0];
    assert.notEqual(rewrite(text, 1, 6).text, text);
  });
});

describe("the swaps folded back in the view the rules read", () => {
  test("举办 is 举行, and the report's meeting is named", () => {
    assert.equal(buildView("县委举办专题会").norm, "县委举行专题会");
    const x = extract("全县安全生产工作专题会举办\n\n3月2日，县委书记钟离昊主持举办全县安全生产工作专题会。他注重，各乡镇要压实责任。");
    assert.equal(x.meta.meeting, "全县安全生产工作专题会");
    assert.equal(x.meta.chair, "钟离昊");
  });

  test("规定 is 要求 where it is said, not where it names a rule", () => {
    assert.equal(buildView("他规定,各村要").norm, "他要求,各村要");
    assert.equal(buildView("会议规定:").norm, "会议要求:");
    assert.equal(buildView("提出具体规定。").norm, "提出具体要求。");
    assert.equal(buildView("按照有关规定执行,中央八项规定精神").norm, "按照有关规定执行,中央八项规定精神");
  });

  test("注重 is 强调 where what is said follows, not in 注重实效", () => {
    assert.equal(buildView("宋乐伟注重,要").norm, "宋乐伟强调,要");
    assert.equal(buildView("注重实效").norm, "注重实效");
  });

  test("the view keeps the page's words and offsets", () => {
    const text = "市长王立军规定，各区要举办培训。";
    const v = buildView(text);
    assert.equal(v.kept, text);
    assert.equal(v.norm.length, text.length);
    const x = extract(`副市长王立军主持召开会议。${text}`);
    assert.equal(x.directives.length, 1);
    assert.equal(x.directives[0].text, text);
    assert.equal(x.directives[0].speaker, "王立军");
  });

  test("a name then 规定 orders, as 要求 does; 必需品 is no modal", () => {
    const x = extract("副市长韦韬主持召开会议。韦韬规定企业认真落实主体责任。会议指出，当前生活必需品供应充足。");
    assert.deepEqual(x.directives.map((d) => d.speaker), ["韦韬"]);
  });

  test("他明确要求 orders as 他要求 does", () => {
    const x = extract("副市长韦韬主持召开会议。他明确要求各乡镇在一周内召开村民代表大会，逐户核对补偿清单。");
    assert.equal(x.directives.length, 1);
    assert.equal(x.directives[0].speaker, "韦韬");
  });
});
