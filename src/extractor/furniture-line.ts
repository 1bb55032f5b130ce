/**
 * Lines of page furniture (breadcrumbs, info and share bars, a bare page number or date):
 * never the headline, and no byline either, however near the headline they stand. A
 * breadcrumb may name no home page (`常用范文 > 领导讲话 > …`): its arrows give it away, as
 * no headline uses them. A paper's list of its pages (`02版:要闻`, `第A03版:评论`) is
 * furniture too, and so is a photo's caption (`图为县长X在甲镇检查…`, `上图:…`), which
 * names the leader and the visit as a headline would.
 */
const FURNITURE_RE = /(?:位置|首页|欢迎|来源|发布时间|发布日期|浏览|字体|字号|打印|关闭|分享|编辑|责任编辑|责编|审核|校对|不良信息|版权|copyright|登录|注册|当前位置|主办|网站|\s>\s|[»›]|^\d+$|^[\d\s:\-\/年月日]+$|^(?:第\s*)?[A-Z]?\d{1,3}\s*版\s*[::]|^\(?[上下左右组]?图(?:为|片为|\d{0,2}\s*:))/i;

export function isFurnitureLine(text: string): boolean {
  return FURNITURE_RE.test(text);
}

/**
 * A site's notice opening a sentence (`免责声明:本站…,请联系我们删除`): it asks, on the site's
 * behalf. A reprint's `原标题:` line is the site's too: the source's headline, whose
 * `X强调 要…` heads the report and orders nothing itself.
 */
const NOTICE_RE = /^(?:免责声明|版权声明|特别声明|声明|原标题|原题)\s*:/;

export function isSiteNotice(sentence: string): boolean {
  return NOTICE_RE.test(sentence);
}
