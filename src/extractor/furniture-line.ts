/**
 * Lines of page furniture (breadcrumbs, info and share bars, a bare page number or date):
 * never the headline, and no byline either, however near the headline they stand.
 */
const FURNITURE_RE = /(?:位置|首页|欢迎|来源|发布时间|发布日期|浏览|字体|字号|打印|关闭|分享|编辑|责任编辑|版权|copyright|登录|注册|当前位置|主办|网站|^\d+$|^[\d\s:\-\/年月日]+$)/i;

export function isFurnitureLine(text: string): boolean {
  return FURNITURE_RE.test(text);
}
