// R12 labelled test corpus: realistic snippets of government documents
// (行政处罚决定书, 公示名单, 采购公告, 办事指南, 依申请公开答复 …) with the
// exact personal information a careful 复审 reviewer would mark. Names,
// numbers and addresses are invented; identifiers are built with valid (or
// deliberately invalid) check characters by ./identifiers.
//
// Labels follow R12, not the detector: every 18/15-digit resident ID with a
// right check character and plausible date, every mobile, every landline
// (unless the editor marked it official), every Luhn-valid bank card, every
// e-mail address. A few entries are known hard cases the detector is not
// expected to get (marked "hard:" in the title); they count in the metrics.
import type { FindingKind } from '../types';
import { breakLuhn, fullWidth, groupFours, makeCard, makeCreditCode, makeId, withWrongCheck } from './identifiers';

export interface CorpusEntry {
  id: string;
  title: string;
  text: string;
  /** Scan as rich text (HTML) instead of plain text. */
  html?: boolean;
  officialNumbers?: string[];
  expected: { kind: FindingKind; value: string }[];
}

/** Fixed "today" for the corpus, so birth-date plausibility is stable. */
export const CORPUS_NOW = new Date('2024-06-30T04:00:00Z');

// People (invented). Regions: 445202 揭阳榕城, 445281 普宁, 350505 泉州泉港,
// 430223 株洲攸县, 440106 广州天河, 110101 北京东城.
const ID_ZHANG = makeId('445202', '19850312', '271');
const ID_LI = makeId('445281', '19920707', '134');
const ID_WANG = makeId('350505', '19680101', '552');
const ID_CHEN = makeId('430223', '20010228', '063');
const ID_ZHAO = makeId('440106', '19760915', '387');
const ID_X = ((): string => {
  // Find a sequence whose check character is X (exercise the X path).
  for (let s = 100; s < 1000; s++) {
    const id = makeId('445221', '19900101', String(s));
    if (id.endsWith('X')) return id;
  }
  throw new Error('no X');
})();
const ID_OLD15 = '445202' + '630415' + '021'; // 15-digit form, born 1963-04-15
const ID_FOREIGN = makeId('944840', '19880520', '101'); // 永居证: 9 + 44 (广东) + nationality 840
const ID_HK_PERMIT = makeId('810000', '19950808', '201'); // 港澳居民居住证
const ID_BAD_CHECK = withWrongCheck(makeId('445202', '19790506', '118'));
const ID_BAD_DATE = makeId('445202', '19900230', '123'); // 2月30日 does not exist
const ID_FUTURE = makeId('445202', '20250101', '123'); // after CORPUS_NOW
const ID_BAD_REGION = makeId('995202', '19900101', '123'); // no province 99
const ID_OLD15_BAD_DATE = '445202' + '631315' + '021'; // month 13

const CARD_UNIONPAY_19 = makeCard('621700', 19);
const CARD_UNIONPAY_16 = makeCard('622202', 16, '8800123456789012');
const CARD_VISA = makeCard('4367', 16, '421234567890123');
const CARD_BAD_LUHN = breakLuhn(makeCard('622848', 19, '0012345678901234'));
const CARD_ABC_OLD = makeCard('95599', 19, '80012345678901');
const SERIAL_LUHN_VALID = makeCard('4405', 16, '002018000123456'); // 项目编号 that happens to pass Luhn

const CC_COMPANY = makeCreditCode('91445200MA4UQ7K3X'); // 企业
const CC_AGENCY = makeCreditCode('11445200007263041'); // 机关, all digits
const CC_SOCIAL = makeCreditCode('52445200MJL123456'); // 民办非企业单位
const CC_INDIVIDUAL = makeCreditCode('92445202MA52XY6P0'); // 个体工商户


// 残疾人证号: the holder's ID number + disability category (1–7) + level (1–4).
const DISABILITY_CERT = makeId('350505', '19580803', '031') + '41';

const HOUSEHOLDS = [
  { name: '许某某', id: makeId('445281', '19560611', '173'), phone: '13502661234', amount: '20,000' },
  { name: '方某', id: makeId('445281', '19630227', '219'), phone: '13790321456', amount: '20,000' },
  { name: '吴某某', id: makeId('445222', '19491008', '041'), phone: '15918234567', amount: '35,000' },
  { name: '杨某', id: makeId('445224', '19721130', '286'), phone: '18319765432', amount: '20,000' },
  { name: '郭某某', id: makeId('445202', '19580505', '312'), phone: '13826512345', amount: '15,000' },
  { name: '罗某', id: makeId('445221', '19800816', '027'), phone: '17722334455', amount: '20,000' },
];

export const CORPUS: CorpusEntry[] = [
  {
    id: 'punish-individual',
    title: '行政处罚决定书（个人）',
    text: `揭市监罚〔2018〕127号\n当事人：张某某，性别：男，身份证号码：${ID_ZHANG}，住址：揭阳市榕城区某路18号，联系电话：13926381234。\n经查，当事人于2018年5月12日在榕城区销售过期食品，货值金额1,280元，违法所得360元。\n依据《中华人民共和国食品安全法》第一百二十四条第一款第（三）项，决定罚款人民币50000元。`,
    expected: [{ kind: 'id-card', value: ID_ZHANG }, { kind: 'mobile', value: '13926381234' }],
  },
  {
    id: 'punish-company',
    title: '行政处罚决定书（企业，办公电话未标记）',
    text: `当事人：揭阳市某某贸易有限公司\n统一社会信用代码：${CC_COMPANY}\n法定代表人：李某\n住所：揭阳市空港经济区某大道\n联系电话：0663-8221234\n处罚依据：《中华人民共和国产品质量法》第四十九条。罚款12,345,678元。`,
    expected: [{ kind: 'landline', value: '0663-8221234' }],
  },
  {
    id: 'punish-company-official',
    title: '行政处罚决定书（企业，办公电话已标记为官方）',
    text: `当事人：揭阳市某某贸易有限公司，统一社会信用代码${CC_COMPANY}，联系电话（0663）8221234。`,
    officialNumbers: ['0663-8221234'],
    expected: [],
  },
  {
    id: 'dibao-list-masked',
    title: '最低生活保障对象公示（已去标识化）',
    text: `序号\t姓名\t身份证号\t保障人数\t月保障金（元）\n1\t张某\t445202********2718\t3\t1,260\n2\t李某\t4452811992****1342\t1\t420\n3\t王某\t350505*****5521\t2\t840`,
    expected: [],
  },
  {
    id: 'dibao-list-leak',
    title: '最低生活保障对象公示（一处漏遮）',
    text: `序号\t姓名\t身份证号\t保障人数\n1\t张某\t445202********2718\t3\n2\t李某某\t${ID_LI}\t1\n3\t王某\t350505********5521\t2`,
    expected: [{ kind: 'id-card', value: ID_LI }],
  },
  {
    id: 'procurement',
    title: '采购公告（统一社会信用代码、金额、联系人）',
    text: `项目编号：${SERIAL_LUHN_VALID}\n采购项目名称：揭阳市政务公开专区设备采购\n预算金额：1234567.89元（人民币壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分）\n采购人：揭阳市人民政府办公室（统一社会信用代码：${CC_AGENCY}）\n代理机构：广东某某招标代理有限公司，统一社会信用代码 ${CC_SOCIAL}\n项目联系人：陈工，电话：0663-8765432，手机 139 2638 5678，邮箱 chengong_zb@126.com`,
    expected: [
      { kind: 'landline', value: '0663-8765432' },
      { kind: 'mobile', value: '139 2638 5678' },
      { kind: 'email', value: 'chengong_zb@126.com' },
    ],
  },
  {
    id: 'guide-official-phone',
    title: '办事指南（咨询电话已标记，监督电话12345）',
    text: `事项名称：最低生活保障审批\n办理时限：承诺时限20个工作日\n咨询电话：0663-8224567\n监督电话：12345\n办理地点：揭阳市榕城区政务服务中心一楼3号窗口\n网上办理：https://www.gdzwfw.gov.cn/portal/guide/11445200007263041X4442111822000`,
    officialNumbers: ['0663-8224567'],
    expected: [],
  },
  {
    id: 'guide-unmarked-phone',
    title: '办事指南（咨询电话未标记）',
    text: '咨询电话：（0663）8224567；投诉电话：12315；受理时间：工作日上午8:30-12:00，下午14:30-17:30。',
    expected: [{ kind: 'landline', value: '（0663）8224567' }],
  },
  {
    id: 'notice-metadata',
    title: '通知元数据（文号、索引号、日期）',
    text: '索引号：11440500007263041X/2018-00123\n发文机关：揭阳市人民政府办公室\n文号：揭府办函〔2018〕40号\n成文日期：2018年6月29日\n发布日期：20180629\n主题分类：政务公开',
    expected: [],
  },
  {
    id: 'notice-index-short',
    title: '索引号（组织机构代码形式）',
    text: '索引号 000014349/2018-00064，分类：综合政务\\通知；发布机构：国务院办公厅；生成日期：2018-05-31。',
    expected: [],
  },
  {
    id: 'application-reply',
    title: '政府信息公开申请答复书',
    text: `揭府信复〔2018〕15号\n申请人：赵某某（身份证号${ID_ZHAO}）\n联系方式：18607631234，电子邮箱 zhaomoumou1976@qq.com\n你于2018年7月2日通过信函方式提出的政府信息公开申请收悉。根据《中华人民共和国政府信息公开条例》第十三条……`,
    expected: [
      { kind: 'id-card', value: ID_ZHAO },
      { kind: 'mobile', value: '18607631234' },
      { kind: 'email', value: 'zhaomoumou1976@qq.com' },
    ],
  },
  {
    id: 'recruit-near-miss',
    title: '招聘拟聘用人员公示（准考证号、错误校验位）',
    text: `序号\t姓名\t准考证号\t身份证号（系统导出，校验位有误）\t总成绩\n1\t陈某\t201844520012\t${ID_BAD_CHECK}\t83.50\n2\t林某\t201844520013\t—\t81.25`,
    expected: [],
  },
  {
    id: 'impossible-birth',
    title: '不存在的出生日期（2月30日，校验位正确）',
    text: `经核查，登记表所填号码${ID_BAD_DATE}不是有效身份证号码。`,
    expected: [],
  },
  {
    id: 'future-birth',
    title: '出生日期在未来（校验位正确）',
    text: `录入错误的号码：${ID_FUTURE}。`,
    expected: [],
  },
  {
    id: 'bad-region',
    title: '不存在的地区码（校验位正确）',
    text: `编号${ID_BAD_REGION}为测试数据。`,
    expected: [],
  },
  {
    id: 'old-15-digit',
    title: '旧版15位身份证号',
    text: `1998年颁发的土地使用证所载权利人身份证号为${ID_OLD15}；另一号码${ID_OLD15_BAD_DATE}月份无效。`,
    expected: [{ kind: 'id-card', value: ID_OLD15 }],
  },
  {
    id: 'x-check',
    title: '末位为X的身份证号（小写x）',
    text: `申请人黄某，身份证：${ID_X.toLowerCase()}。`,
    expected: [{ kind: 'id-card', value: ID_X.toLowerCase() }],
  },
  {
    id: 'subsidy-bank',
    title: '补贴发放名单（银行卡号）',
    text: `姓名\t开户行\t银行卡号\t补贴金额（元）\n王某某\t农村信用社\t${CARD_UNIONPAY_19}\t2,400.00\n陈某\t工商银行\t${groupFours(CARD_UNIONPAY_16)}\t1,200.00\n林某\t建设银行\t${CARD_BAD_LUHN}\t1,200.00`,
    expected: [
      { kind: 'bank-card', value: CARD_UNIONPAY_19 },
      { kind: 'bank-card', value: groupFours(CARD_UNIONPAY_16) },
    ],
  },
  {
    id: 'visa-and-old-abc',
    title: '退款账户（信用卡、旧农行卡）',
    text: `退款至信用卡 ${groupFours(CARD_VISA, '-')}，或农行借记卡${CARD_ABC_OLD}。`,
    expected: [
      { kind: 'bank-card', value: groupFours(CARD_VISA, '-') },
      { kind: 'bank-card', value: CARD_ABC_OLD },
    ],
  },
  {
    id: 'fullwidth-mobile',
    title: '全角数字手机号',
    text: `联系人：林某，手机：${fullWidth('13512345678')}。`,
    expected: [{ kind: 'mobile', value: fullWidth('13512345678') }],
  },
  {
    id: 'intl-mobile',
    title: '带国际区号的手机号',
    text: '境外来电请拨 +86 135-1234-5678 或 0086 13612345678，或 8613712345678。',
    expected: [
      { kind: 'mobile', value: '+86 135-1234-5678' },
      { kind: 'mobile', value: '0086 13612345678' },
      { kind: 'mobile', value: '8613712345678' },
    ],
  },
  {
    id: 'qq-mail-mobile',
    title: '以手机号为用户名的邮箱',
    text: '材料请发送至13800138000@139.com。',
    expected: [{ kind: 'email', value: '13800138000@139.com' }],
  },
  {
    id: 'official-email',
    title: '政务公开监督邮箱（已标记）与个人邮箱',
    text: '政务公开监督邮箱：jyszwgk@jieyang.gov.cn；经办人邮箱：liuxiaoming88@163.com。',
    officialNumbers: ['JYSZWGK@jieyang.gov.cn'],
    expected: [{ kind: 'email', value: 'liuxiaoming88@163.com' }],
  },
  {
    id: 'gov-email-unmarked',
    title: '政府域名邮箱（未标记）',
    text: '来信请寄：xxgk@quangang.gov.cn。',
    expected: [{ kind: 'email', value: 'xxgk@quangang.gov.cn' }],
  },
  {
    id: 'hotlines',
    title: '服务热线与企业号码',
    text: '政务服务便民热线12345，消费者投诉举报专线12315，纳税服务热线12366，报警110，急救120，火警119，交通事故122；中国银行客服95566，工商银行95588；国家电网95598；客服电话400-820-8820、4008208820、800-830-8300；本地热线0663-12345。',
    expected: [],
  },
  {
    id: 'amounts',
    title: '金额与数量',
    text: '全市一般公共预算收入13800000000元，同比增长8.6%；安排专项资金12345678901.50元；累计服务13912345678人次；合计 ¥ 15912345678。',
    expected: [],
  },
  {
    id: 'statutes',
    title: '法条、标准号、条款',
    text: '依据《中华人民共和国政府信息公开条例》（国务院令第711号）第十五条、第二十七条，GB 11643-1999《公民身份号码》，GB/T 37668-2019，国办发〔2018〕23号，粤府办〔2018〕19号第（十二）项。',
    expected: [],
  },
  {
    id: 'postcodes',
    title: '邮政编码与地址',
    text: '通信地址：揭阳市榕城区临江北路1号，邮政编码：522000；泉州市泉港区，邮编362801；攸县，邮编412300。',
    expected: [],
  },
  {
    id: 'credit-codes-table',
    title: '中标供应商名单（统一社会信用代码，无标签）',
    text: `供应商名称\t统一社会信用代码\t中标金额（元）\n揭阳市某某科技有限公司\t${CC_COMPANY}\t386,000.00\n普宁市某某商行\t${CC_INDIVIDUAL}\t52,800.00\n揭阳市某某协会\t${CC_SOCIAL}\t18,000.00`,
    expected: [],
  },
  {
    id: 'labelled-serials',
    title: '编号、订单号、流水号（部分恰好通过Luhn）',
    text: `合同编号：${makeCard('6217', 19, '000201800012345')}\n订单号：${makeCard('4405', 18, '0020180629000123')}\n流水号 ${makeCard('5212', 16, '20180629123456')}\n批次号 2018062912345678901`,
    expected: [],
  },
  {
    id: 'landline-forms',
    title: '各种写法的固定电话',
    text: '市政府办：（0663）8221234；市信访局：0663—8263456；北京联络处：010-12345678；广州办事处：020 8765 4321；泉港区：0595-87981234；攸县：0731—24221234；传真06638229876。',
    expected: [
      { kind: 'landline', value: '（0663）8221234' },
      { kind: 'landline', value: '0663—8263456' },
      { kind: 'landline', value: '010-12345678' },
      { kind: 'landline', value: '020 8765 4321' },
      { kind: 'landline', value: '0595-87981234' },
      { kind: 'landline', value: '0731—24221234' },
      { kind: 'landline', value: '06638229876' },
    ],
  },
  {
    id: 'dates',
    title: '各种日期写法',
    text: '2018年6月29日、2018-06-29、2018.06.29、2018/6/29、20180629、二〇一八年六月二十九日、2018年7月底前、12月底前。',
    expected: [],
  },
  {
    id: 'public-table-html',
    title: '公示表格（富文本）',
    html: true,
    text: `<table><thead><tr><th>姓名</th><th>身份证号</th><th>联系电话</th></tr></thead><tbody><tr><td>张某某</td><td>${ID_ZHANG}</td><td>13926381234</td></tr><tr><td>王某</td><td>${ID_WANG}</td><td>0663-8221234</td></tr></tbody></table>`,
    expected: [
      { kind: 'id-card', value: ID_ZHANG },
      { kind: 'mobile', value: '13926381234' },
      { kind: 'id-card', value: ID_WANG },
      { kind: 'landline', value: '0663-8221234' },
    ],
  },
  {
    id: 'html-split-and-mailto',
    title: '富文本：号码被标签拆开、mailto 链接',
    html: true,
    text: '<p>联系人手机：<strong>139</strong>2638<em>1234</em>，来信请<a href="mailto:wangxiaohong@163.com">点击此处</a>。</p><p>相邻单元格不得拼接：</p><table><tr><td>0663</td><td>8221234</td></tr></table>',
    expected: [
      { kind: 'mobile', value: '13926381234' },
      { kind: 'email', value: 'wangxiaohong@163.com' },
    ],
  },
  {
    id: 'mobile-near-misses',
    title: '形似手机号的数字',
    text: '登记号138001380001，编码1380013800，代码12800138000，序列号213800138000，版本2018-13800138000-01。',
    expected: [],
  },
  {
    id: 'grouped-id',
    title: '分段书写的身份证号',
    text: `身份证号：${ID_CHEN.slice(0, 6)} ${ID_CHEN.slice(6, 14)} ${ID_CHEN.slice(14)}`,
    expected: [{ kind: 'id-card', value: `${ID_CHEN.slice(0, 6)} ${ID_CHEN.slice(6, 14)} ${ID_CHEN.slice(14)}` }],
  },
  {
    id: 'permits',
    title: '外国人永久居留身份证、港澳居民居住证',
    text: `外籍人员Smith（永居证号${ID_FOREIGN}）与港澳居民梁某（居住证号${ID_HK_PERMIT}）。`,
    expected: [
      { kind: 'id-card', value: ID_FOREIGN },
      { kind: 'id-card', value: ID_HK_PERMIT },
    ],
  },
  {
    id: 'urls',
    title: '链接中的数字',
    text: '详见 http://www.jieyang.gov.cn/jyzwgk/zcfg/content/post_13800138000.html 和 www.gd.gov.cn/zwgk/wjk/qbwj/yfb/content/post_0663822123.html 。',
    expected: [],
  },
  {
    id: 'name-after-mobile',
    title: '手机号后紧跟姓名、顿号分隔的多个号码',
    text: '联系人：13800138000张先生、13912345678李女士、0663-8221234 0663-8221235（传真）。',
    expected: [
      { kind: 'mobile', value: '13800138000' },
      { kind: 'mobile', value: '13912345678' },
      { kind: 'landline', value: '0663-8221234' },
      { kind: 'landline', value: '0663-8221235' },
    ],
  },
  {
    id: 'traffic-punish',
    title: '交通违法处罚（驾驶证号即身份证号）',
    text: `当事人：吴某，驾驶证号${ID_WANG}，准驾车型C1，机动车号牌粤V·12345，违法时间2018年06月12日08时30分，罚款200元，记3分。`,
    expected: [{ kind: 'id-card', value: ID_WANG }],
  },
  {
    id: 'wechat-same',
    title: '联系人（微信同号）',
    text: '项目负责人：王五，15012345678（微信同号），办公电话0663-3281234转801。',
    expected: [
      { kind: 'mobile', value: '15012345678' },
      { kind: 'landline', value: '0663-3281234' },
    ],
  },
  {
    id: 'retiree-account',
    title: '养老金发放账户（分组书写的银行卡号）',
    text: `银行账号：${groupFours(makeCard('621700', 19, '287000123456789'))}；开户行：中国建设银行揭阳分行。`,
    expected: [{ kind: 'bank-card', value: groupFours(makeCard('621700', 19, '287000123456789')) }],
  },
  {
    id: 'seed-like-task-table',
    title: '任务分解表（种子文件风格）',
    text: '（一）推进决策公开。\t<p>市政府办</p>\t<p>各县（市、区）政府</p>\t<p>2018年7月底前</p>\n3.加强政策解读回应，12345热线7×24小时受理，办理时限不超过5个工作日（牵头单位：市政务服务数据管理局；责任单位：各县（市、区）政府（管委会））。',
    expected: [],
  },
  {
    id: 'budget-table',
    title: '财政预算表（大额数字）',
    text: '科目编码\t科目名称\t预算数（万元）\n2010301\t行政运行\t12,345.67\n2080201\t城市最低生活保障金支出\t13800.00\n合计\t\t138001380.00',
    expected: [],
  },
  {
    id: 'credit-code-labelled-digits',
    title: '全数字统一社会信用代码（有标签）',
    text: `统一社会信用代码：${CC_AGENCY}；组织机构代码：00726304-1。`,
    expected: [],
  },
  {
    id: 'housing-subsidy-leak',
    title: '农村危房改造补助对象公示（未去标识化）',
    text: [
      '序号\t户主姓名\t身份证号\t联系电话\t补助金额（元）',
      ...HOUSEHOLDS.map((h, i) => `${i + 1}\t${h.name}\t${h.id}\t${h.phone}\t${h.amount}`),
    ].join('\n'),
    expected: HOUSEHOLDS.flatMap((h) => [{ kind: 'id-card' as const, value: h.id }, { kind: 'mobile' as const, value: h.phone }]),
  },
  {
    id: 'petition-reply',
    title: '信访事项处理意见书',
    text: '信访人：郑某某，住揭阳市揭东区某村，联系电话13719856342。你于2018年8月6日反映的问题，经调查……如不服本处理意见，可自收到之日起30日内向揭阳市人民政府信访局申请复查（地址：揭阳市榕城区，电话：0663-8227788）。',
    expected: [
      { kind: 'mobile', value: '13719856342' },
      { kind: 'landline', value: '0663-8227788' },
    ],
  },
  {
    id: 'hearing-notice',
    title: '行政处罚听证告知书',
    text: `当事人：蔡某某（公民身份号码${makeId('445224', '19830419', '215')}）\n如要求听证，请于收到本告知书之日起3日内提出。联系人：黄某，电话（0663）6612345，手机188 2345 6789。`,
    expected: [
      { kind: 'id-card', value: makeId('445224', '19830419', '215') },
      { kind: 'landline', value: '（0663）6612345' },
      { kind: 'mobile', value: '188 2345 6789' },
    ],
  },
  {
    id: 'lost-certificate',
    title: '遗失声明（残疾人证号＝身份证号＋类别＋等级）',
    text: `遗失声明：林某某不慎遗失残疾人证，证号${DISABILITY_CERT}，声明作废。`,
    expected: [{ kind: 'id-card', value: DISABILITY_CERT }],
  },
  {
    id: 'lost-certificate-plain',
    title: '遗失声明（身份证号）',
    text: `林某某遗失居民身份证，号码：${makeId('350505', '19580803', '031')}，特此声明。`,
    expected: [{ kind: 'id-card', value: makeId('350505', '19580803', '031') }],
  },
  {
    id: 'invoice-and-property',
    title: '发票代码、不动产权证号、ISBN、坐标、单位账户',
    text: '验收凭证：发票代码：044031900111，发票号码：08812345；粤（2018）揭阳市不动产权第0012345号；ISBN 978-7-01-012345-6；项目位于东经116.372831°、北纬23.550123°；收款单位账号：2019002109024801234（工商银行揭阳分行）。',
    expected: [],
  },
  {
    id: 'hard-obfuscated-email',
    title: 'hard: 变形书写的邮箱',
    text: '举报邮箱：zhangsan#163.com（请将#替换为@）。',
    expected: [{ kind: 'email', value: 'zhangsan#163.com' }],
  },
  {
    id: 'id-with-hyphens',
    title: '用短横线分段的身份证号',
    text: `身份证号：${ID_LI.slice(0, 6)}-${ID_LI.slice(6, 14)}-${ID_LI.slice(14)}`,
    expected: [{ kind: 'id-card', value: `${ID_LI.slice(0, 6)}-${ID_LI.slice(6, 14)}-${ID_LI.slice(14)}` }],
  },
];
