import { test } from "node:test";
import assert from "node:assert/strict";
import { parseHTML } from "linkedom";
import { shouldRun } from "../../src/content/should-run";

const doc = (html: string) => parseHTML(html).document as unknown as Document;

test("runs on a Chinese page, with or without a lang attribute", () => {
  assert.equal(shouldRun(doc("<html><body><p>市委书记主持召开专题会议，研究部署疫情防控工作。会议强调，要坚决落实各项措施。</p></body></html>")), true);
  assert.equal(shouldRun(doc('<html lang="zh-CN"><body><div id="app">加载中</div></body></html>')), true);
});

test("stops on a page that is not Chinese, even with a few Chinese words in it", () => {
  assert.equal(shouldRun(doc("<html><body><p>The council met on Tuesday and approved the plan.</p></body></html>")), false);
  const english = "The exhibition shows old maps of the river and the town, labelled in several languages. ".repeat(5);
  assert.equal(shouldRun(doc(`<html lang="en"><body><p>${english} 河流 地图 </p></body></html>`)), false);
  assert.equal(shouldRun(doc("<html><body></body></html>")), false);
  const japanese = "市議会は火曜日に河川清掃計画を承認しました。市長は夏の雨の前に作業を始める必要があると述べました。";
  assert.equal(shouldRun(doc(`<html><body><p>${japanese}</p></body></html>`)), false, "Japanese");
});

test("script and style text does not count", () => {
  const html = "<html><body><script>var s = '市委书记主持召开专题会议研究部署疫情防控工作';</script><p>Hello world, nothing here.</p></body></html>";
  assert.equal(shouldRun(doc(html)), false);
});

test("letters of any script count against the Han share; punctuation and digits do not", () => {
  const russian = "Городской совет одобрил план очистки реки и набережной во вторник. ".repeat(4);
  assert.equal(shouldRun(doc(`<html><body><p>${russian} 河流地图 城市规划展览馆</p></body></html>`)), false, "Cyrillic");
  const korean = "시의회는 화요일에 하천 정화 계획을 승인했습니다. ".repeat(4);
  assert.equal(shouldRun(doc(`<html><body><p>${korean} 河流地图 城市规划展览馆</p></body></html>`)), false, "Hangul");
  const menu = "Home | News | Services | Contact | English | Search ";
  const article = "2024年5月20日，市委书记主持召开会议，研究部署防汛工作。会议强调：要切实落实责任！";
  assert.equal(shouldRun(doc(`<html><body><nav>${menu}</nav><p>${article}</p></body></html>`)), true, "an article under a Latin menu");
});
