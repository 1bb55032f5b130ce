/**
 * An invented meeting report (our own text: the city of 青岚, officials 林远航 and 苏明哲)
 * for the hostile-page tests, as HTML paragraphs. Each test wraps it in the page it needs.
 */
export const REPORT_TITLE = "林远航主持召开市政府专题会议 研究部署城市更新工作";

export const REPORT_PARAGRAPHS = [
  "11月20日,市委副书记、市长林远航主持召开市政府专题会议,研究部署城市更新工作。副市长苏明哲出席会议。",
  "林远航指出,城市更新是一项系统工程,各区各部门要提高政治站位,切实增强责任感和紧迫感。",
  "林远航强调,要坚持规划引领,统筹推进老旧小区改造和公共设施建设;要强化资金保障,确保年度任务按期完成。",
  "苏明哲要求,有关部门要加强协调配合,严格落实《青岚市城市更新管理办法》,及时解决群众反映的突出问题。",
  "会议还研究了其他事项。",
];

/** The report as `<h1>` + `<p>`s inside an `<article>`, with optional extra paragraphs. */
export function reportArticle(extraParagraphs: string[] = [], title = REPORT_TITLE): string {
  const ps = [...REPORT_PARAGRAPHS.slice(0, 4), ...extraParagraphs, REPORT_PARAGRAPHS[4]];
  return `<article><h1>${title}</h1>${ps.map((p) => `<p>${p}</p>`).join("")}</article>`;
}

/** A whole page: `head` goes into <head>, `before`/`after` around the article in <body>. */
export function reportPage(parts: { head?: string; before?: string; after?: string; paragraphs?: string[]; title?: string } = {}): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${REPORT_TITLE}</title>${parts.head ?? ""}</head>` +
    `<body>${parts.before ?? ""}${reportArticle(parts.paragraphs, parts.title)}${parts.after ?? ""}</body></html>`;
}
