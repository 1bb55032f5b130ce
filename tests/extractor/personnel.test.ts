import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { extract } from "../../src/extractor/index";
import { closesFormula } from "../../src/extractor/personnel";

const titles = (text: string) => Object.fromEntries(extract(text).officials.map((o) => [o.name, o.titles]));

describe("personnel formulae", () => {
  test("the offices a decision gives or takes: X同志任…, 任命X为…, 免去X的…职务, X不再担任…职务", () => {
    const t = titles(
      "根据省委决定：晏书恒同志任岑阳市委委员、常委、副书记；凌子墨同志不再担任岑阳市委副书记、常委、委员职务。" +
        "会议决定任命骆茗为市财政局局长，免去祝海澄同志的市财政局局长职务，选举柴立军为市人大常委会副主任。",
    );
    assert.deepEqual(t, {
      晏书恒: ["岑阳市委委员", "常委", "副书记"],
      凌子墨: ["岑阳市委副书记", "常委", "委员"],
      骆茗: ["市财政局局长"],
      祝海澄: ["市财政局局长"],
      柴立军: ["市人大常委会副主任"],
    });
  });

  test("bare 任 after a name the text knows; 由X担任 gives the office too", () => {
    const t = titles("副市长晏书恒出席会议。晏书恒任市政府党组书记。领导小组由蒲国栋担任组长。");
    assert.deepEqual(t["晏书恒"], ["副市长", "市政府党组书记"]);
    assert.deepEqual(t["蒲国栋"], ["组长"]);
  });

  test("no office where the formula names none: a candidate, 作为, 以…为, a verb before an unknown name", () => {
    assert.deepEqual(titles("提名晏书恒为岑阳市人民政府市长候选人。"), {});
    assert.deepEqual(titles("作为市委书记，我要带头落实。成立以县长为组长的领导小组。"), {});
    assert.deepEqual(titles("他现任市委书记。李明离任县委书记。"), {});
  });

  test("a chain closes a formula at a clause break or before 职务, not before 、 or a noun", () => {
    const s = "副书记，常委、副市长职务市长候选人";
    assert.equal(closesFormula(s, 3), true);
    assert.equal(closesFormula(s, 6), false);
    assert.equal(closesFormula(s, 10), true);
    assert.equal(closesFormula(s, 14), false);
  });

  test("任 before a title is a verb, not part of its organ; 主任 stays whole", () => {
    const o = extract("县人大常委会副主任兼秘书长耿志远，现任县委书记饶正楷出席。").officials;
    assert.deepEqual(o.map((x) => [x.name, x.titles]), [["耿志远", ["县人大常委会副主任兼秘书长"]], ["饶正楷", ["县委书记"]]]);
  });
});
