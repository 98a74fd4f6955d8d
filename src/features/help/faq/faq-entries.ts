/**
 * 常见问题: each answer as fixed text with its sources, and where regions
 * differ, a paragraph built from the resident's region file (region-facts.ts)
 * instead of figures written into the text. `keywords` are the words a
 * resident may search for; their pinyin is generated at build time
 * (scripts/make-help-index.ts), so pinyin-pro never ships in the app.
 */
import type { BenefitYearRules, RegionRules } from '../../../domain/region-rules'
import type { FaqGroup } from './faq-groups'
import { SOURCES, type FaqSource } from './faq-sources'
import {
  assistanceFacts,
  familyAidFacts,
  incentiveFacts,
  newbornFacts,
  standardFacts,
  windowFacts,
} from './region-facts'

/** Which figures of the region file an answer shows. */
export type RegionalFacts = 'standard' | 'window' | 'assistance' | 'newborn' | 'family-aid' | 'incentive'

export interface FaqEntry {
  id: string
  group: FaqGroup
  question: string
  answer: readonly string[]
  regional?: RegionalFacts
  keywords: readonly string[]
  sources: readonly FaqSource[]
}

export const REGIONAL_FACTS: Record<
  RegionalFacts,
  (region: RegionRules, rules: BenefitYearRules) => string[]
> = {
  standard: standardFacts,
  window: windowFacts,
  assistance: assistanceFacts,
  newborn: newbornFacts,
  'family-aid': (region) => familyAidFacts(region),
  incentive: incentiveFacts,
}

export const FAQ_ENTRIES: readonly FaqEntry[] = [
  {
    id: 'standard-amount',
    group: 'standard',
    question: '今年个人要交多少钱？',
    answer: [
      '城乡居民医保按年缴费。个人缴费标准由各地每年公布，不低于国家规定的最低标准：2026年度个人缴费每人每年不低于400元，财政补助每人每年不低于700元。',
    ],
    regional: 'standard',
    keywords: ['缴费标准', '多少钱', '个人缴费', '金额'],
    sources: [SOURCES.residentNotice2025],
  },
  {
    id: 'standard-subsidy',
    group: 'standard',
    question: '财政补助的钱也要我交吗？',
    answer: [
      '不用。财政补助是政府按参保人数补助给医保基金的钱，不向个人收取。本程序显示的“应缴金额”只是您个人要交的部分。',
    ],
    keywords: ['财政补助', '政府补助', '应缴金额'],
    sources: [SOURCES.residentNotice2025, SOURCES.residentNotice2024],
  },
  {
    id: 'standard-assisted',
    group: 'standard',
    question: '特困人员、低保对象也要自己交吗？',
    answer: [
      '国家规定：特困人员的个人缴费部分由政府全额资助；低保对象、返贫致贫人口由政府给予定额资助，其余部分由个人缴纳。',
      '全额资助的人员由当地统一办理参保，不需要自己缴费，本程序也不会向其收费。',
    ],
    regional: 'assistance',
    keywords: ['特困', '低保', '资助参保', '全额资助', '免缴'],
    sources: [SOURCES.assistedEnrolment],
  },
  {
    id: 'standard-differ',
    group: 'standard',
    question: '为什么各地、各人的金额不一样？',
    answer: [
      '个人缴费标准由各省（有的由市）在国家最低标准之上确定，所以各地不同。同一地区，老年人、学生儿童、劳动年龄内居民的标准也可能不同；有的地区还分档次，由您选择。',
    ],
    regional: 'standard',
    keywords: ['各地不同', '老年人', '劳动年龄', '档次'],
    sources: [SOURCES.residentNotice2025],
  },
  {
    id: 'window-when',
    group: 'window',
    question: '什么时候可以缴费？',
    answer: [
      '每年的集中缴费期由各省确定，一般在享受待遇的上一年。集中缴费期内缴费、且连续参保的，从次年1月1日起享受待遇。',
    ],
    regional: 'window',
    keywords: ['集中缴费期', '缴费时间', '截止', '什么时候'],
    sources: [SOURCES.longTermMechanism],
  },
  {
    id: 'window-late',
    group: 'window',
    question: '过了集中缴费期还能缴费吗？',
    answer: [
      '能缴费，但在集中缴费期外参保缴费的，要经过3个月的固定待遇等待期，满了才能享受医保待遇。',
      '有的地区设有延长缴费期，期间缴费的从缴费后开始享受待遇，各地写法不同（缴费之日、缴费次日或缴费到账之日起）。',
    ],
    regional: 'window',
    keywords: ['过期', '延长缴费期', '补交', '晚了'],
    sources: [SOURCES.longTermMechanism],
  },
  {
    id: 'waiting-what',
    group: 'window',
    question: '什么是待遇等待期？',
    answer: [
      '等待期是从参保缴费到开始享受医保待遇之间的一段时间，等待期满后才能享受医保待遇。',
      '集中缴费期内缴费且连续参保的人员，以及新生儿等特殊群体，不设等待期。',
    ],
    keywords: ['等待期', '待遇等待期', '不能报销'],
    sources: [SOURCES.longTermMechanism],
  },
  {
    id: 'waiting-length',
    group: 'window',
    question: '等待期有多长？',
    answer: [
      '国家规定：集中缴费期外参保或未连续参保的，固定待遇等待期为3个月；未连续参保的，每多断保1年，原则上再增加1个月的变动待遇等待期。',
      '连续断缴4年及以上的，补缴修复后，固定和变动等待期合计原则上不少于6个月。具体标准由各省确定，缴费前第4步会写明您从哪天起享受待遇。',
    ],
    keywords: ['等待期', '多长', '3个月', '变动等待期', '固定等待期'],
    sources: [SOURCES.longTermMechanism],
  },
  {
    id: 'waiting-in-window',
    group: 'window',
    question: '断保后在集中缴费期内缴费，也有等待期吗？',
    answer: [
      '有的地区有。例如陕西省规定：不符合连续参保条件的人员，在集中缴费期内缴纳2026年度居民医保，设置固定待遇等待期3个月，待遇享受期为2026年4月1日至12月31日。',
      '您所在地区的规定，以第4步显示的待遇开始日期为准。',
    ],
    keywords: ['断保', '等待期', '集中缴费期', '连续参保'],
    sources: [SOURCES.shaanxi2026, SOURCES.longTermMechanism],
  },
  {
    id: 'waiting-my-date',
    group: 'window',
    question: '怎么知道我的等待期到哪一天？',
    answer: [
      '缴费前，第4步“金额核对”会写明从哪一天起享受待遇以及原因；缴费后，首页会显示“等待期至某年某月某日”。',
    ],
    keywords: ['等待期', '哪一天', '享受待遇', '开始日期'],
    sources: [SOURCES.app],
  },
  {
    id: 'gap-what',
    group: 'gap',
    question: '什么算断缴（断保）？',
    answer: [
      '没有连续参加基本医疗保险的年份算断保，以医保部门的参保记录为准。本程序第2步显示的断保年数来自医保部门。',
    ],
    keywords: ['断缴', '断保', '没交', '漏交'],
    sources: [SOURCES.longTermMechanism, SOURCES.app],
  },
  {
    id: 'gap-repair',
    group: 'gap',
    question: '补缴以前的年份有什么用？',
    answer: [
      '补缴可以缩短变动待遇等待期：每多补缴1年，减少1个月变动待遇等待期。补缴按当年参保地的个人缴费标准计算。',
      '第4步“金额核对”可以选择补缴几年，页面会显示补缴后等待期缩短多少、要多交多少钱。',
    ],
    keywords: ['补缴', '修复', '缩短等待期', '补交以前'],
    sources: [SOURCES.longTermMechanism, SOURCES.app],
  },
  {
    id: 'gap-continuous',
    group: 'gap',
    question: '连续参保有什么好处？',
    answer: [
      '连续参保满4年后，每再连续参保1年，大病保险最高支付限额提高；当年没有报销的，下一年也提高。每次提高不低于1000元，累计不超过原最高限额的20%。断保后，连续参保年数重新计算。',
    ],
    regional: 'incentive',
    keywords: ['连续参保', '大病保险', '奖励', '限额提高'],
    sources: [SOURCES.longTermMechanism],
  },
  {
    id: 'newborn-when',
    group: 'newborn-student',
    question: '新生儿什么时候参保？有等待期吗？',
    answer: ['新生儿参保不设待遇等待期。出生后多少天内参保可以从出生之日起享受待遇，由各地规定。'],
    regional: 'newborn',
    keywords: ['新生儿', '宝宝', '出生', '小孩'],
    sources: [SOURCES.longTermMechanism],
  },
  {
    id: 'student',
    group: 'newborn-student',
    question: '学生、儿童按什么标准缴费？',
    answer: [
      '中小学生和儿童按当地“学生儿童”标准缴费，大学生可能另有标准。本程序按医保部门登记的人员类别计算金额。',
    ],
    regional: 'newborn',
    keywords: ['学生', '儿童', '大学生', '学校'],
    sources: [SOURCES.residentNotice2025, SOURCES.app],
  },
  {
    id: 'family-others',
    group: 'family',
    question: '可以帮家人缴费吗？',
    answer: [
      '可以。用自己的钱为别人缴费（代他人缴费），只需要对方的姓名和身份证号，不需要亲属关系证明。请在首页点“为家人缴费”。',
    ],
    keywords: ['代缴', '帮家人', '为家人缴费', '代他人缴费'],
    sources: [SOURCES.payForOthers],
  },
  {
    id: 'family-account',
    group: 'family',
    question: '能用职工医保个人账户给家人交吗？',
    answer: [
      '国家规定，职工医保个人账户可以用于支付参保人员近亲属参加城乡居民医保的个人缴费，这叫“家庭共济”。用个人账户缴费，需要先绑定家庭成员关系。',
    ],
    regional: 'family-aid',
    keywords: ['个人账户', '家庭共济', '职工医保', '共济'],
    sources: [SOURCES.longTermMechanism, SOURCES.sichuanNearRelatives],
  },
  {
    id: 'family-relatives',
    group: 'family',
    question: '哪些人算近亲属？',
    answer: ['配偶、父母、子女、兄弟姐妹、祖父母、外祖父母、孙子女、外孙子女，共八类。'],
    keywords: ['近亲属', '亲属', '配偶', '父母', '子女'],
    sources: [SOURCES.sichuanNearRelatives],
  },
  {
    id: 'family-limit',
    group: 'family',
    question: '最多能绑定几位家人？',
    answer: ['国家医保服务平台的亲情账户最多可以绑定5位家庭成员。'],
    keywords: ['绑定', '几位', '亲情账户', '上限'],
    sources: [SOURCES.nationalPlatformFamily],
  },
  {
    id: 'family-share',
    group: 'family',
    question: '我不会操作，能让子女帮我付吗？',
    answer: [
      '能。在第3步点“请家人代缴”，把卡片发给家人，家人打开后用自己的微信支付。卡片上没有您的姓名和身份证号；链接过期或被您撤回后就不能再付。',
    ],
    keywords: ['请家人代缴', '子女', '分享', '链接'],
    sources: [SOURCES.app],
  },
  {
    id: 'payment-confirming',
    group: 'payment',
    question: '付款后一直显示“确认中”怎么办？',
    answer: [
      '缴费结果以医保部门确认为准，确认可能需要一些时间。请不要重复支付：本程序会自动查询结果，回到首页或重新打开程序时也会再查询。',
    ],
    keywords: ['确认中', '没到账', '查询结果', '处理中'],
    sources: [SOURCES.app],
  },
  {
    id: 'payment-failed',
    group: 'payment',
    question: '支付失败了，钱会被扣吗？',
    answer: [
      '微信支付提示失败的，没有扣款，可以重新支付。如果微信已扣款但本程序没有显示成功，请先等待确认结果，不要再付一次。',
    ],
    keywords: ['支付失败', '扣款', '失败', '没成功'],
    sources: [SOURCES.app],
  },
  {
    id: 'payment-duplicate',
    group: 'payment',
    question: '会不会重复缴费？',
    answer: [
      '同一人同一年度只能有一笔未完成的订单；已经缴费的，再缴费时会提示“已缴费”。如果确实重复缴费，可以申请退费。',
    ],
    keywords: ['重复缴费', '交了两次', '多交', '已缴费'],
    sources: [SOURCES.app],
  },
  {
    id: 'payment-locked',
    group: 'payment',
    question: '提示该年度已有订单在处理，怎么办？',
    answer: [
      '说明这一年度已有一笔未完成的订单，可能是在其他手机或其他渠道发起的。可以点“查询该订单”看结果，等它结束后再缴费。',
    ],
    keywords: ['订单锁定', '交易被锁定', '已有订单', '处理中'],
    sources: [SOURCES.app],
  },
  {
    id: 'payment-maintenance',
    group: 'payment',
    question: '提示系统维护，什么时候能缴费？',
    answer: ['维护期间不能缴费。页面会显示预计结束的时间，到时再缴费即可，之前填写的内容不用重新填。'],
    keywords: ['系统维护', '维护', '暂停', '不能缴费'],
    sources: [SOURCES.app],
  },
  {
    id: 'receipt-where',
    group: 'receipt',
    question: '缴费后在哪里看电子凭证？',
    answer: ['在首页点“缴费记录”，选择对应的记录即可查看电子凭证，上面有凭证号和校验码。'],
    keywords: ['电子凭证', '凭证', '收据', '发票'],
    sources: [SOURCES.app],
  },
  {
    id: 'receipt-pending',
    group: 'receipt',
    question: '电子凭证为什么显示“生成中”？',
    answer: ['医保部门出具电子凭证可能有延迟，不影响缴费结果。请稍后在“缴费记录”中再看。'],
    keywords: ['生成中', '凭证', '延迟'],
    sources: [SOURCES.app],
  },
  {
    id: 'receipt-check',
    group: 'receipt',
    question: '怎么查验电子凭证是不是真的？',
    answer: [
      '在首页点“查验凭证”，扫描凭证上的二维码，或输入凭证号和校验码，不需要登录。查验结果中的姓名已隐去部分。',
    ],
    keywords: ['查验', '真假', '二维码', '校验码'],
    sources: [SOURCES.app],
  },
  {
    id: 'refund-when',
    group: 'refund',
    question: '什么情况可以申请退费？',
    answer: [
      '重复缴费、缴错参保地、为已经参保的人又缴了费，可以在“缴费记录”中对这笔缴费申请退费。每笔缴费只能申请一次退费。',
    ],
    keywords: ['退费', '退款', '退钱', '缴错'],
    sources: [SOURCES.app],
  },
  {
    id: 'refund-where',
    group: 'refund',
    question: '退的钱会退到哪里？',
    answer: [
      '原路退回：用微信支付的退回微信支付。退费进度（已受理、审核中、已退款、未通过）在“缴费记录”中查看。',
    ],
    keywords: ['退费', '原路退回', '退到哪', '进度'],
    sources: [SOURCES.app],
  },
  {
    id: 'move-two-places',
    group: 'move',
    question: '我在两个地方都有参保记录，该在哪里交？',
    answer: [
      '同一年度只需要在一个地方参保缴费。第2步会列出可以缴费的参保地，请选择您实际参保的地方；已经在一个地方缴费的，本程序不会再让您在另一个地方缴费。',
    ],
    keywords: ['两个地方', '异地', '参保地', '重复参保'],
    sources: [SOURCES.app],
  },
  {
    id: 'move-transfer',
    group: 'move',
    question: '搬到外地了，医保怎么转？',
    answer: ['本程序不办理居民医保的转移接续。请向新参保地的医保经办机构咨询，或拨打12393。'],
    keywords: ['转移', '搬家', '外地', '异地', '转出'],
    sources: [SOURCES.app, SOURCES.hotlines],
  },
  {
    id: 'care-what',
    group: 'care',
    question: '什么是关怀模式？',
    answer: [
      '关怀模式字更大、颜色对比更强，每屏只有一个主要按钮，次要内容可以收起。在首页可以随时打开或关闭。',
    ],
    keywords: ['关怀模式', '大字', '老年人', '字太小'],
    sources: [SOURCES.app],
  },
  {
    id: 'care-read-aloud',
    group: 'care',
    question: '看不清字，能读给我听吗？',
    answer: [
      '能。每一步都有“朗读本页”按钮；打开关怀模式后，常见问题的每条回答也可以朗读。也可以打开手机自带的读屏功能。',
    ],
    keywords: ['朗读', '读给我听', '看不清', '语音'],
    sources: [SOURCES.app],
  },
  {
    id: 'contact-hotline',
    group: 'contact',
    question: '有问题打什么电话？',
    answer: [
      '参保、待遇、等待期等医保问题，请拨打医保服务热线12393；缴费扣款等税务缴费问题，请拨打纳税缴费服务热线12366。',
    ],
    keywords: ['电话', '热线', '咨询', '客服', '12393', '12366'],
    sources: [SOURCES.hotlines],
  },
]
