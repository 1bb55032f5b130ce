/**
 * The history page's words, in one place. Each is looked up through `browser.i18n` under
 * `history<Key>` (public/_locales/<lang>/messages.json, where named placeholders stand for
 * `$1`, `$2`…), falling back to the Chinese here, the default language of Govlens.
 */
import browser from "webextension-polyfill";

const ZH = {
  title: "Govlens 阅读历史",
  intro: "Govlens 标注过的页面都保存在本机（不上传），可搜索、筛选、导出。",
  search: "搜索",
  searchPlaceholder: "领导姓名、职务、提法或任意词语",
  site: "网站",
  allSites: "全部网站",
  from: "起始日期",
  to: "截止日期",
  clearFilters: "清除筛选",
  count: "共 $1 条记录",
  shown: "显示 $1 / $2 条",
  exportJsonl: "导出 JSONL（$1 条）",
  exportCsv: "导出 CSV（$1 条）",
  exportHint: "导出的是当前列出的记录；不筛选即为全部。",
  import: "导入 JSONL",
  deleteAll: "删除全部记录",
  confirmDeleteAll: "确定删除全部 $1 条历史记录？此操作不能撤销。",
  delete: "删除",
  confirmDelete: "确定删除这条记录？\n$1",
  deleted: "已删除 1 条记录。",
  deletedAll: "已删除全部记录。",
  open: "打开原网页",
  untitled: "（无标题）",
  savedAt: "保存于 $1",
  meeting: "会议",
  officials: "领导",
  directives: "工作要求 $1 条",
  slogans: "提法",
  documents: "文件",
  noSpeaker: "未署名",
  empty: "还没有历史记录。打开政务新闻页面，Govlens 标注后会自动保存在这里。",
  noMatch: "没有符合条件的记录。",
  more: "再显示 $1 条",
  full: "本机存储空间已满：自 $1 起新读的页面没有保存。请导出后删除一些旧记录。",
  imported: "已导入：新增 $1 条，更新 $2 条，已有 $3 条未变。",
  importBadLines: "$1 行无法读取，已跳过：$2",
  importFailed: "导入失败：$1",
  importFull: "存储空间已满，未能导入。请先删除一些记录。",
  lineProblem: "第 $1 行（$2）",
  "problem-not-json": "不是 JSON",
  "problem-not-object": "不是一条记录",
  "problem-bad-id": "缺少或错误的 id/textHash",
  "problem-bad-url": "网址无效",
  "problem-bad-date": "保存时间无效",
  "problem-bad-extraction": "摘要内容不完整",
  loadFailed: "无法读取历史记录：$1",
  sidebarLink: "历史记录",
  sidebarLinkHint: "在新标签页中打开 Govlens 阅读历史",
  sidebarLinkFull: "历史记录已满",
  sidebarLinkFullHint: "本机存储空间已满，新页面不再保存。点此打开阅读历史，导出后删除旧记录。",
} as const;

export type StringKey = keyof typeof ZH;

function fill(text: string, subs: readonly (string | number)[]): string {
  return text.replace(/\$(\d)/g, (m, i: string) => (subs[Number(i) - 1] !== undefined ? String(subs[Number(i) - 1]) : m));
}

/** `problem-not-json` → `historyProblemNotJson`: the locale files' names. */
export function localeKey(key: StringKey): string {
  return `history${key
    .split("-")
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join("")}`;
}

export function t(key: StringKey, ...subs: (string | number)[]): string {
  let localized = "";
  try {
    localized = browser.i18n.getMessage(localeKey(key), subs.map(String));
  } catch {
    // Outside the extension (a test page): the Chinese below.
  }
  return localized || fill(ZH[key], subs);
}
