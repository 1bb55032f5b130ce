/**
 * Chinese surnames, in Simplified script (the normalised view is Simplified).
 * A name is only accepted where a surname starts it, which keeps title-shaped phrases
 * such as `组长单位` or `书记在…` from being read as names. The list is broad on purpose:
 * rare surnames (呼, 米, 郇, 蒯 …) do lead officials' names.
 */

/** The commonest surnames, none of them a common word as well (as 由 and 向 are). */
const COMMONEST =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔";

const SINGLE =
  "习" + COMMONEST + "向汤" +
  "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝" +
  "官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由" +
  "郇蒯璩濮钮糜鄂怀晏操訾焉况乜竺逄蔚佀寿充称殳隗仉亚扶步候畅双汝邴续蓟贲钭阎暴佴宇随占铁冒买茆粘酒承郦台钦晃种渠佐闾东英郏暨戚厍夔桓谯匙邗豫菅臧薄" +
  "傅萧洪赖贝郗言荀滑宓韶庾" +
  "汲酆羿弓蓬仰咸莘苍宦鱼弘禄沃巢毋沐" +
  // Rarer still, each found leading an official's name on real pages (`籍`, `禚`, `庹`).
  "籍禚隽靖郄眭雒蹇甯麴税撖芈缑綦仵郤凤旷庹翦苌郅寸远" +
  // 老 leads names too (`市长老X`); the words it opens are kept out in names.ts (NOT_NAMES).
  "老";

const COMPOUND = [
  "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "轩辕", "令狐",
  "钟离", "独孤", "南宫", "西门", "百里", "呼延", "端木", "万俟", "申屠", "太史", "闻人", "澹台", "公冶", "宗政", "濮阳",
  "淳于", "单于", "仲孙", "赫连", "乐正", "司空", "亓官", "司寇", "子车", "颛孙", "巫马", "公西", "漆雕", "壤驷", "公良",
  "拓跋", "夹谷", "宰父", "谷梁", "段干", "东郭", "南门", "羊舌", "梁丘", "左丘", "东门", "西门", "第五", "爱新觉罗",
];

const singles = new Set<number>();
for (let i = 0; i < SINGLE.length; i++) singles.add(SINGLE.charCodeAt(i));

/** 1 for a single surname, 2 where a compound surname starts (it may also be single). */
const FIRST = new Uint8Array(0x10000);
for (const c of singles) FIRST[c] = 1;
for (const cs of COMPOUND) FIRST[cs.charCodeAt(0)] |= 2;

const commonest = new Uint8Array(0x10000);
for (let i = 0; i < COMMONEST.length; i++) commonest[COMMONEST.charCodeAt(i)] = 1;

/** Whether the UTF-16 unit `c` (Simplified) is one of the commonest surnames. */
export function isCommonestSurname(c: number): boolean {
  return commonest[c & 0xffff] === 1;
}

/** Whether the UTF-16 unit `c` (Simplified) is a surname of one character. */
export function isSingleSurname(c: number): boolean {
  return (FIRST[c] & 1) === 1;
}

/** Length of the surname starting at `i` in `s` (2 for a compound surname, 1, or 0). */
export function surnameAt(s: string, i: number): number {
  const f = FIRST[s.charCodeAt(i) & 0xffff];
  if (f & 2) for (const cs of COMPOUND) if (s.startsWith(cs, i)) return cs.length;
  return f & 1;
}
