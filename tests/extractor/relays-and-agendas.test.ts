import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { extract } from "../../src/extractor/index";

const directives = (text: string) => extract(text).directives.map((d) => [d.speaker, d.text]);
const titles = (text: string) => Object.fromEntries(extract(text).officials.map((o) => [o.name, o.titles]));

describe("a superior's instruction relayed, and the meeting's view of the situation", () => {
  test("an instruction reported as a deed hands no floor: 市委书记X对开好这次会议作出批示,我们要…", () => {
    const text = "在全市疫情防控工作会议上的讲话\n市长　申屠志远\n同志们：\n　　市委书记宗政明德同志对开好这次会议作出批示，我们要认真学习领会、抓好贯彻落实。";
    assert.deepEqual(directives(text), [["申屠志远", "市委书记宗政明德同志对开好这次会议作出批示，我们要认真学习领会、抓好贯彻落实。"]]);
    const cited = extract(text).officials.find((o) => o.name === "宗政明德");
    assert.deepEqual(cited?.roles, ["mentioned"]);
    // Without 同志 or 开好, the meeting is still only the object of 对.
    assert.equal(directives(text.replace("同志对开好这次会议", "对这次会议"))[0][0], "申屠志远");
  });

  test("the meeting speaks when 本次会议 opens the clause, and an instruction's own words are the superior's", () => {
    assert.deepEqual(directives("　　本次会议强调，要严格落实各项防控措施。"), [["会议", "本次会议强调，要严格落实各项防控措施。"]]);
    assert.equal(directives("　　县委书记聂正阳作出批示，要求各乡镇严格落实防控措施。")[0][0], "聂正阳");
  });

  test("但也要(清醒)看到 turns an assessment to its shortcomings; it orders no one", () => {
    const text = "　　会议认为，今年以来，全县上下坚决落实“动态清零”总方针；但也要清醒看到，个别乡镇排查管控还有盲区，防控形势依然复杂严峻。";
    assert.deepEqual(directives(text), []);
    assert.deepEqual(directives("　　会议认为，成绩来之不易，但也要看到，部分群众防护意识有所松懈。"), []);
    // A modal of its own after it still orders.
    assert.equal(directives("　　会议指出，但也要清醒看到，问题依然存在，必须引起高度重视。").length, 1);
  });

  test("实践证明, … is the lesson drawn, not an order; with a modal of its own it orders", () => {
    const speech = "在全市疫情防控工作会议上的讲话\n市长　申屠志远\n同志们：\n";
    assert.deepEqual(directives(speech + "　　实践证明，只有坚持人民至上、生命至上，才能打赢疫情防控硬仗。"), []);
    assert.equal(directives(speech + "　　实践证明，“落地检”行之有效，各地要继续坚持。").length, 1);
  });

  test("one task equated with another (X就是Y) is a maxim, not an order; 就是要 orders", () => {
    assert.deepEqual(directives("　　会议指出，优化营商环境就是解放生产力、提高竞争力。"), []);
    assert.equal(directives("　　会议指出，优化营商环境就是要加强服务，提高办事效率。").length, 1);
    // The order in the next clause is read as before.
    assert.equal(directives("　　会议指出，抓项目就是抓发展，各部门要加快项目建设进度。").length, 1);
  });
});

describe("portal furniture and township assignments", () => {
  test("a portal's banner naming the body that runs it is no headline (X区人民政府 over 时间:… 来源:…)", () => {
    const text = "江屿市临澜区人民政府\n首页 >> 新闻动态 >> 政务要闻\n\n区政府召开第四十三次常务会议\n\n时间：2022-09-15 17:20:06　　来源：临澜区人民政府办公室\n\n　　9月14日下午，区长欧阳晓岚主持召开区政府第四十三次常务会议。";
    assert.equal(extract(text).meta.title, "区政府召开第四十三次常务会议");
  });

  test("a bare 时间: bar follows a short headline as 发布时间: does", () => {
    const text = "县长接访群众\n时间：2022-09-15　来源：县信访局\n\n　　9月14日，县长王立新接待来访群众。";
    assert.equal(extract(text).meta.title, "县长接访群众");
  });

  test("the organ the body makes the subject of 召开 is the name's, where the headline writes it whole", () => {
    const body = "\n2022年09月28日　来源：区政府办\n\n　　9月27日，区政府召开第四十四次常务会议。区长欧阳晓岚主持会议。";
    assert.equal(extract("区政府第四十四次常务会议召开" + body).meta.meeting, "区政府第四十四次常务会议");
    // A headline that writes it as the body does names no more.
    assert.equal(extract("区政府召开第四十四次常务会议" + body).meta.meeting, "第四十四次常务会议");
    // A place before a meeting's noun is no organ that holds it.
    assert.equal(extract("白鹭镇疫情防控工作调度会召开\n2022-12-02\n　　12月1日，白鹭镇召开疫情防控工作调度会。").meta.meeting, "疫情防控工作调度会");
  });

  test("包村干部 after a post is an assignment: the posts are the person's, and it alone makes no official", () => {
    assert.deepEqual(titles("镇党委委员、副镇长、包村干部尤振国通报了各村排查情况。"), { 尤振国: ["镇党委委员", "副镇长"] });
    assert.deepEqual(titles("　　会上，包村干部章小龙介绍了石桥村排查情况。"), {});
    assert.deepEqual(titles("　　乡党委副书记、包片领导钱文博表示，将带领包片干部深入一线。"), { 钱文博: ["乡党委副书记"] });
  });
});
