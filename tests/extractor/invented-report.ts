/**
 * A meeting report written for these tests (invented city, people and outlet), in the
 * genre's usual shape: headline, header line, lead, attendance, directives by speaker,
 * a pronoun, the meeting speaking, quoted watchwords, a cited document, a byline.
 */
export const INVENTED_REPORT = [
  "青禾市召开防汛工作专题会",
  "2026-06-18 08:30 来源:青禾日报",
  "6月17日下午,市委书记、市防汛抗旱指挥部总指挥林书远主持召开全市防汛工作专题会暨市防汛抗旱指挥部会议,研究部署当前防汛工作。市委副书记、市长顾晓岚出席并讲话。市领导孟长川、沈知秋参加会议。",
  "林书远强调,要坚持“人民至上、生命至上”,严格落实《青禾市防汛应急预案》,确保安全度汛。他指出,各级各部门务必压紧压实责任,严禁擅离职守。",
  "顾晓岚要求,要加强雨情水情监测预警,切实做好人员转移避险工作;对重点部位要逐一排查,不得留有死角。",
  "会议强调,要全力做好物资储备,确保关键时刻“拉得出、用得上”。",
  "今年入汛以来,全市降雨量较常年偏多三成,部分河道水位持续上涨。",
  "会议以视频会议方式召开。(记者 白露微)",
].join("\n");
