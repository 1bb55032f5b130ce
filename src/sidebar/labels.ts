/** The sidebar's words. Chinese is the UI language: the readers of these pages read it. */
import type { Role } from "../extractor/types";

export const ROLE_LABELS: Record<Role, string> = {
  chair: "主持",
  speaker: "讲话",
  attendee: "出席",
  mentioned: "提及",
};

export const T = {
  product: "Govlens 政务透镜",
  summary: "摘要",
  open: (officials: number, directives: number) =>
    `打开 Govlens 摘要:${officials} 位领导,${directives} 条工作要求`,
  close: "关闭侧栏",
  copyAll: "复制全部摘要",
  copyMarkdown: "复制 Markdown",
  copyJson: "复制 JSON",
  copyCsv: "复制 CSV",
  copy: "复制",
  copied: "已复制",
  copyFailed: "复制失败",
  copyItem: (what: string) => `复制:${what}`,
  meeting: "会议",
  headline: "标题",
  date: "日期",
  meetingName: "会议名称",
  chair: "主持人",
  officials: "领导",
  directives: "工作要求",
  slogans: "提法",
  documents: "文件",
  none: "无",
  unknown: "—",
  noSpeaker: "未署名",
  mentions: (n: number) => `${n} 处`,
  items: (n: number) => `${n} 条`,
  locate: (what: string) => `在页面中定位:${what}`,
  located: (what: string, position: number, total: number) =>
    total > 1 ? `${what}:第 ${position} 处,共 ${total} 处` : `已定位:${what}`,
  notFound: (what: string) => `页面中已找不到:${what}`,
} as const;
