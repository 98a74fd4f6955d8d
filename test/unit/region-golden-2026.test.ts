/**
 * Golden rows for benefit year 2026, one region at a time: a resident, a
 * payment date and what the region's notice says they pay and from when. Each
 * row carries the address it was read at and a short quote (the page's words
 * where they were kept, else its figure as the page states it), so a wrong figure
 * in a region file, or an engine that reads it wrongly, fails with its citation.
 * A row asserts only what its quote states: an amount-only notice gets no date.
 */
import { paymentDayStatus } from '../../src/domain/payment-calendar'
import { familyAidLookup } from '../../src/config/regions/family-aid'
import { quote, undatedBill, type Person, type QuoteError } from '../../src/domain/quote'
import { rulesForYear, type Category } from '../../src/domain/region-rules'
import { regionRulesFor } from '../../src/config/regions'

interface Citation {
  url: string
  quote: string
}

interface Expected {
  payableFen?: number
  start?: string
  waitingMonths?: number
  governmentSubsidyFen?: number
  /** The 长护险 part itemised on the bill. */
  longTermCareFen?: number
  /** The year rests partly on a grade-C source, and the quote says so. */
  gradeC?: boolean
  error?: QuoteError
}

interface Row {
  adcode: string
  person: Partial<Person> & { category: Category }
  today: string
  backYears?: number
  tierId?: string
  expected: Expected
  cite: Citation
}

const BEIJING = 'https://mip.alkdhj.cn/article/3027021.html'
const HEBEI_A = 'https://www.renqiu.gov.cn/renqiu/ybjbmwj/202510/6d90754638a248cba655e94ea518a3bb.shtml'
const HEBEI_B = 'http://zhlife.eeju.com/zh/2025/1022/55886.html'
const XIAMEN_A = 'https://ylbz.xm.gov.cn/zwgk/tpxw/202510/t20251023_2962144.htm'
const XIAMEN_B = 'http://m.8037eee.com/news/xmnews/ldjj/2025-11-08/2846714.html'
const SHISHI = 'http://m.413629.com/shishi/news/3061205.html'
const NANTONG = 'https://www.ntrb.com.cn/content/2025-11/20/content_36776826.htm'
const SHAANXI = 'http://www.zbvacp.com/info/1072/53601.htm'
const DAZHOU = 'https://www.dazhou.gov.cn/news-show-267015.html'
const JIANGXI_B = 'https://jx.ifeng.com/c/8ol7g3WKgy9'
const JIANGXI_C = 'https://qunfachuanzhen.com/new/734427723505606656'
const CHUZHOU = 'http://m.shikeamc.com/2025/1014/517230.shtml'
const ANHUI_C = 'https://www.ruicenter.com/?p=4313'
const HUNAN_C = 'https://m.163.com/dy/article/KBFUH9V10556D0DR.html'
const HANGZHOU_C = 'http://bm.manmankan.com/hangzhou/202510/28188.shtml'

const ROWS: Row[] = [
  {
    adcode: '110105',
    person: { category: 'working-age' },
    today: '2025-12-10',
    expected: { payableFen: 79500, start: '2026-01-01' },
    cite: { url: BEIJING, quote: '劳动年龄内居民每人每年795元' },
  },
  {
    adcode: '110105',
    person: { category: 'working-age' },
    today: '2025-12-10',
    expected: { governmentSubsidyFen: 235500, gradeC: true },
    cite: { url: BEIJING, quote: '财政补助 劳动年龄内居民2355元' },
  },
  {
    adcode: '110105',
    person: { category: 'elderly' },
    today: '2025-12-10',
    expected: { payableFen: 46000, governmentSubsidyFen: 438000 },
    cite: { url: BEIJING, quote: '城乡老年人每人每年460元；财政补助4380元' },
  },
  {
    adcode: '110105',
    person: { category: 'child-student' },
    today: '2025-12-10',
    expected: { payableFen: 43500, governmentSubsidyFen: 175500 },
    cite: { url: BEIJING, quote: '学生儿童每人每年435元；财政补助1755元' },
  },
  {
    adcode: '110105',
    person: { category: 'working-age' },
    today: '2025-11-29',
    expected: { error: 'not-open' },
    cite: { url: BEIJING, quote: '集中参保期 2025年11月30日至2026年2月28日' },
  },
  {
    adcode: '110105',
    person: { category: 'working-age' },
    today: '2026-03-10',
    expected: { payableFen: 79500, waitingMonths: 3 },
    cite: { url: BEIJING, quote: '3个月等待期满后才可享受' },
  },
  {
    adcode: '130102',
    person: { category: 'working-age' },
    today: '2025-11-10',
    expected: { payableFen: 40000, start: '2026-01-01', governmentSubsidyFen: 70000 },
    cite: { url: HEBEI_A, quote: '可维持每人每年不低于400元；达到每人每年不低于700元' },
  },
  {
    adcode: '130102',
    person: { category: 'working-age' },
    today: '2026-01-15',
    expected: { start: '2026-01-15', waitingMonths: 0 },
    cite: { url: HEBEI_B, quote: '2026年1月1日至2026年2月底缴费的,自缴费到账之日起享受医保待遇' },
  },
  {
    adcode: '130102',
    person: { category: 'working-age' },
    today: '2026-03-05',
    expected: { waitingMonths: 3, gradeC: false },
    cite: { url: HEBEI_B, quote: '2026年3月1日起缴费的,自规定的待遇等待期结束后享受' },
  },
  {
    adcode: '130102',
    person: { category: 'working-age', breakYears: 1 },
    today: '2026-01-15',
    expected: { waitingMonths: 3 },
    cite: { url: HEBEI_B, quote: '2025年没有缴费参保的…自规定的待遇等待期结束后享受' },
  },
  {
    adcode: '130102',
    person: { category: 'working-age', subsidyGroup: 'minimum-living' },
    today: '2025-11-10',
    expected: { payableFen: 16000 },
    cite: { url: HEBEI_A, quote: '对最低生活保障对象…按不低于60%的标准定额资助' },
  },
  {
    adcode: '130102',
    person: { category: 'working-age', subsidyGroup: 'monitored' },
    today: '2025-11-10',
    expected: { payableFen: 16000 },
    cite: { url: HEBEI_A, quote: '纳入监测范围且未消除风险的防止返贫监测对象按不低于60%的标准定额资助' },
  },
  {
    adcode: '130102',
    person: { category: 'elderly', subsidyGroup: 'orphan' },
    today: '2025-11-10',
    expected: { payableFen: 0 },
    cite: { url: HEBEI_A, quote: '特困人员、孤儿 全额资助' },
  },
  {
    adcode: '350203',
    person: { category: 'working-age' },
    today: '2025-11-20',
    expected: { payableFen: 45000, start: '2026-01-01', governmentSubsidyFen: 83000 },
    cite: { url: XIAMEN_A, quote: '个人缴费标准维持每人每年450元不变' },
  },
  {
    adcode: '350206',
    person: { category: 'college-student', inSchool: true },
    today: '2025-11-20',
    expected: { payableFen: 45000, start: '2025-09-01' },
    cite: {
      url: XIAMEN_A,
      quote: '连续参保的高校新生 在集中缴费期缴纳2026年度医保费 自2025年9月1日起享受待遇',
    },
  },
  {
    adcode: '350206',
    person: { category: 'child-student' },
    today: '2025-10-21',
    expected: { error: 'not-open' },
    cite: { url: XIAMEN_B, quote: '2025年10月22日至12月26日' },
  },
  {
    adcode: '350581',
    person: { category: 'working-age' },
    today: '2026-02-10',
    expected: { payableFen: 40000, start: '2026-02-10', waitingMonths: 0 },
    cite: { url: SHISHI, quote: '2026年1月1日至2月28日…從繳費之日開始享受' },
  },
  {
    adcode: '350581',
    person: { category: 'working-age' },
    today: '2026-03-10',
    expected: { waitingMonths: 3 },
    cite: { url: SHISHI, quote: '补缴期 3月1日至12月31日 固定待遇等待期3个月' },
  },
  {
    adcode: '350581',
    person: { category: 'working-age', subsidyGroup: 'minimum-living' },
    today: '2026-03-10',
    expected: { waitingMonths: 0 },
    cite: { url: SHISHI, quote: '新生儿、医疗救助对象、当年退役军人 不设等待期' },
  },
  {
    adcode: '320602',
    person: { category: 'elderly' },
    today: '2025-11-25',
    expected: { payableFen: 62000, start: '2026-01-01' },
    cite: { url: NANTONG, quote: '老年居民、成年居民个人缴费仍为620元' },
  },
  {
    adcode: '320602',
    person: { category: 'working-age' },
    today: '2025-11-25',
    expected: { payableFen: 62000, governmentSubsidyFen: 114000 },
    cite: { url: NANTONG, quote: '老年居民、成年居民个人缴费仍为620元,财政补助1140元' },
  },
  {
    adcode: '320602',
    person: { category: 'child-student' },
    today: '2025-11-25',
    expected: { payableFen: 53000, governmentSubsidyFen: 115000 },
    cite: { url: NANTONG, quote: '18岁以下未成年人 530元' },
  },
  {
    adcode: '320602',
    person: { category: 'college-student' },
    today: '2025-11-25',
    expected: { payableFen: 33000, governmentSubsidyFen: 135000 },
    cite: { url: NANTONG, quote: '大中专(含中职)学生 330元' },
  },
  {
    adcode: '320602',
    person: { category: 'working-age', subsidyGroup: 'severe-disability' },
    today: '2025-11-25',
    expected: { payableFen: 0 },
    cite: { url: NANTONG, quote: '重残1–2级 个人缴费由政府全额补助' },
  },
  {
    adcode: '610113',
    person: { category: 'working-age' },
    today: '2025-11-20',
    expected: { payableFen: 40000, start: '2026-01-01', governmentSubsidyFen: 70000 },
    cite: { url: SHAANXI, quote: '財政補助每人每年700元,個人繳費每人每年400元' },
  },
  {
    adcode: '610113',
    person: { category: 'working-age', breakYears: 1 },
    today: '2025-11-20',
    expected: { start: '2026-04-01', waitingMonths: 3 },
    cite: { url: SHAANXI, quote: '設置固定待遇等待期3個月,待遇享受期為2026年4月1日至2026年12月31日' },
  },
  {
    adcode: '610113',
    person: { category: 'elderly', subsidyGroup: 'minimum-living' },
    today: '2025-11-20',
    expected: { payableFen: 11000 },
    cite: { url: SHAANXI, quote: '低保對象…個人繳費110元' },
  },
  {
    adcode: '610113',
    person: { category: 'newborn', birthDate: '2026-03-01' },
    today: '2026-04-15',
    expected: { start: '2026-03-01' },
    cite: { url: SHAANXI, quote: '新生兒出生90天內…待遇享受期為出生之日起' },
  },
  {
    adcode: '610113',
    person: { category: 'newborn', birthDate: '2026-01-10' },
    today: '2026-06-15',
    expected: { start: '2026-07-01' },
    cite: { url: SHAANXI, quote: '超過90天繳納出生當年醫療保險費,待遇享受期為出生當年繳費的次月起' },
  },
  {
    adcode: '511702',
    person: { category: 'working-age' },
    today: '2025-11-20',
    expected: { payableFen: 40000, start: '2026-01-01', governmentSubsidyFen: 70000 },
    cite: { url: DAZHOU, quote: '每人每年400元;财政补助标准提高30元,达到每人每年700元' },
  },
  {
    adcode: '511702',
    person: { category: 'working-age', subsidyGroup: 'minimum-living' },
    today: '2025-11-20',
    expected: { payableFen: 10000 },
    cite: { url: DAZHOU, quote: '低保对象…个人缴费部分资助标准为300元/人/年' },
  },
  {
    adcode: '511702',
    person: { category: 'elderly', subsidyGroup: 'severe-disability' },
    today: '2025-11-20',
    expected: { payableFen: 0 },
    cite: { url: DAZHOU, quote: '特困/孤儿/重度残疾 全额资助' },
  },
  {
    adcode: '360281',
    person: { category: 'working-age' },
    today: '2026-02-28',
    expected: { payableFen: 40000, waitingMonths: 0 },
    cite: { url: JIANGXI_B, quote: '集中征缴期将持续至2026年2月28日；2025年度未断保的…不设待遇等待期' },
  },
  {
    adcode: '360102',
    person: { category: 'working-age' },
    today: '2026-02-10',
    expected: { start: '2026-02-11', gradeC: true },
    cite: { url: JIANGXI_C, quote: '2026年1月1日至2月28日缴费的,自缴费次日起享受待遇' },
  },
  {
    adcode: '360102',
    person: { category: 'college-student' },
    today: '2025-11-20',
    expected: { payableFen: 20000, start: '2026-01-01' },
    cite: { url: JIANGXI_C, quote: '省内就读大学生 个人缴费200元' },
  },
  {
    adcode: '340102',
    person: { category: 'working-age' },
    today: '2026-01-10',
    expected: { payableFen: 40000, start: '2026-01-11', gradeC: true },
    cite: { url: CHUZHOU, quote: '2026年1月1日至2月底参保缴费的,自参保缴费次日起享受待遇' },
  },
  {
    adcode: '340102',
    person: { category: 'working-age' },
    today: '2026-03-05',
    expected: { waitingMonths: 3 },
    cite: { url: ANHUI_C, quote: '3月1日起缴费的,设3个月待遇等待期' },
  },
  {
    adcode: '430102',
    person: { category: 'working-age' },
    today: '2025-11-20',
    expected: { payableFen: 40000, start: '2026-01-01', governmentSubsidyFen: 70000, gradeC: true },
    cite: { url: HUNAN_C, quote: '2026年湖南居民医保个人缴400元' },
  },
  {
    adcode: '430102',
    person: { category: 'elderly', subsidyGroup: 'minimum-living' },
    today: '2025-11-20',
    expected: { payableFen: 20000 },
    cite: { url: HUNAN_C, quote: '低保等 个人缴费200元（政府补一半）' },
  },
  {
    adcode: '430102',
    person: { category: 'working-age' },
    today: '2026-02-10',
    expected: { payableFen: 110000, waitingMonths: 3 },
    cite: { url: HUNAN_C, quote: '集中缴费期后参保 按全额（个人+财政）缴费，等待期3个月' },
  },
  {
    adcode: '330102',
    person: { category: 'working-age' },
    today: '2025-11-20',
    expected: { payableFen: 80000, longTermCareFen: 3000, start: '2026-01-01', gradeC: true },
    cite: { url: HANGZHOU_C, quote: '其他居民 一档800元（含长护险30元）' },
  },
  {
    adcode: '330102',
    person: { category: 'elderly' },
    today: '2025-11-20',
    tierId: 'tier-2',
    expected: { payableFen: 70000, longTermCareFen: 3000 },
    cite: { url: HANGZHOU_C, quote: '其他居民 二档700元（含长护险30元）' },
  },
  {
    adcode: '330102',
    person: { category: 'child-student' },
    today: '2025-11-20',
    expected: { payableFen: 34000, governmentSubsidyFen: 75000 },
    cite: { url: HANGZHOU_C, quote: '少儿医保:个人每年缴纳340元,政府补助750元' },
  },
  {
    adcode: '330102',
    person: { category: 'college-student', ageOnFirstDay: 20 },
    today: '2025-11-20',
    expected: { payableFen: 13000 },
    cite: { url: HANGZHOU_C, quote: '大学生 2008年1月1日前出生 130元' },
  },
  {
    adcode: '330102',
    person: { category: 'college-student', ageOnFirstDay: 17 },
    today: '2025-11-20',
    expected: { payableFen: 10000 },
    cite: { url: HANGZHOU_C, quote: '大学生 2008年1月1日及以后出生 100元' },
  },
  {
    adcode: '330102',
    person: { category: 'working-age', subsidyGroup: 'near-minimum-living' },
    today: '2025-11-20',
    expected: { payableFen: 0 },
    cite: { url: HANGZHOU_C, quote: '持证人员（低保边缘）个人应缴由政府全额补助' },
  },
  {
    adcode: '330102',
    person: { category: 'working-age' },
    today: '2025-10-19',
    expected: { error: 'not-open' },
    cite: { url: 'http://www.infqj.cn/dy/article/KCD238LP051492LM.html', quote: '2025年10月20日起' },
  },
]

/** Notices that give amounts but no window: the bill without dates. */
interface UndatedRow {
  adcode: string
  person: Partial<Person> & { category: Category }
  tierId?: string
  payableFen: number
  cite: Citation
}

const ZHENGZHOU = 'https://www.163.com/dy/article/KCG6D52S0550B6IS.html'
const HUANGSHAN = 'http://www.001380.com/web/news/hs/content_100965.shtml'
const CHENGDU = 'http://m.admirer.cn/dy/article/KCLES0LI0514DUSA.html'
const SHANGHAI_C = 'https://www.maigoo.com/news/652372.html'

const UNDATED_ROWS: UndatedRow[] = [
  {
    adcode: '410102',
    person: { category: 'working-age' },
    payableFen: 40000,
    cite: { url: ZHENGZHOU, quote: '普通居民(含新生儿、居住证持有人员)个人缴费标准为每人一年400元' },
  },
  {
    adcode: '410102',
    person: { category: 'college-student' },
    payableFen: 39000,
    cite: { url: ZHENGZHOU, quote: '全日制大中专学生为每人一年390元' },
  },
  {
    adcode: '410102',
    person: { category: 'elderly', subsidyGroup: 'minimum-living' },
    payableFen: 2000,
    cite: { url: ZHENGZHOU, quote: '低保对象…个人缴费20元' },
  },
  {
    adcode: '410102',
    person: { category: 'working-age', subsidyGroup: 'near-minimum-living' },
    payableFen: 8000,
    cite: { url: ZHENGZHOU, quote: '低保边缘…个人缴费80元' },
  },
  {
    adcode: '410102',
    person: { category: 'child-student', subsidyGroup: 'distressed-child' },
    payableFen: 8000,
    cite: { url: ZHENGZHOU, quote: '困境儿童…个人缴费80元' },
  },
  {
    adcode: '410102',
    person: { category: 'child-student', subsidyGroup: 'orphan' },
    payableFen: 0,
    cite: { url: ZHENGZHOU, quote: '特困人员、孤儿 个人不缴费' },
  },
  {
    adcode: '341002',
    person: { category: 'working-age', subsidyGroup: 'minimum-living' },
    payableFen: 5500,
    cite: { url: HUANGSHAN, quote: '對低保對象給予定額資助345元,個人繳費55元' },
  },
  {
    adcode: '341002',
    person: { category: 'working-age', subsidyGroup: 'monitored' },
    payableFen: 20000,
    cite: { url: HUANGSHAN, quote: '防止返贫监测对象 资助200元' },
  },
  {
    adcode: '510104',
    person: { category: 'child-student' },
    payableFen: 40000,
    cite: { url: CHENGDU, quote: '学生儿童(含大学生) 每人每年400元' },
  },
  {
    adcode: '510104',
    person: { category: 'working-age' },
    payableFen: 40000,
    cite: { url: CHENGDU, quote: '个人缴费标准分为每人每年400元和每人每年550元两档' },
  },
  {
    adcode: '510104',
    person: { category: 'elderly' },
    tierId: 'yuan-550',
    payableFen: 55000,
    cite: { url: CHENGDU, quote: '个人缴费标准分为每人每年400元和每人每年550元两档' },
  },
  {
    adcode: '310104',
    person: { category: 'elderly', ageOnFirstDay: 72 },
    payableFen: 70000,
    cite: { url: SHANGHAI_C, quote: '70周岁以上人员,个人缴费标准从每人每年655元调整为700元' },
  },
  {
    adcode: '310104',
    person: { category: 'elderly', ageOnFirstDay: 65 },
    payableFen: 87000,
    cite: { url: SHANGHAI_C, quote: '60–69周岁 870元' },
  },
  {
    adcode: '310104',
    person: { category: 'working-age', ageOnFirstDay: 30 },
    payableFen: 104000,
    cite: { url: SHANGHAI_C, quote: '19–59周岁 1040元' },
  },
  {
    adcode: '310104',
    person: { category: 'child-student' },
    payableFen: 40000,
    cite: { url: SHANGHAI_C, quote: '中小学生和婴幼儿 400元' },
  },
]

const titleOf = (row: { adcode: string; person: object; cite: Citation }, today = '') =>
  `${row.adcode} ${JSON.stringify(row.person)} ${today} — "${row.cite.quote}" ${row.cite.url}`

describe('benefit year 2026: quotes as the notices state them', () => {
  test.each(ROWS.map((row) => [titleOf(row, row.today), row] as const))('%s', (_title, row) => {
    const region = regionRulesFor(row.adcode)
    if (!region) throw new Error(`no rules for ${row.adcode}`)
    const person: Person = { subsidyGroup: 'none', breakYears: 0, ...row.person }
    const choice = { benefitYear: 2026, backYears: row.backYears ?? 0, tierId: row.tierId }
    const result = quote(person, region, choice, row.today)
    const { error, ...figures } = row.expected
    if (error) {
      expect(result).toEqual({ ok: false, error })
      return
    }
    if (!result.ok) throw new Error(`no quote: ${result.error}`)
    const actual: Expected = {
      payableFen: result.quote.payableFen,
      start: result.quote.coverage.start,
      waitingMonths: result.quote.coverage.waitingMonths,
      governmentSubsidyFen: result.quote.governmentSubsidyFen,
      longTermCareFen: result.quote.lines.find((line) => line.kind === 'long-term-care')?.amountFen,
      gradeC: result.quote.gradeC === true,
    }
    const stated = Object.fromEntries(Object.keys(figures).map((key) => [key, actual[key as keyof Expected]]))
    expect(stated).toEqual(figures)
  })
})

describe('benefit year 2026: amounts of regions whose window is not sourced', () => {
  test.each(UNDATED_ROWS.map((row) => [titleOf(row), row] as const))('%s', (_title, row) => {
    const region = regionRulesFor(row.adcode)
    const rules = region && rulesForYear(region, 2026)
    if (!rules) throw new Error(`no 2026 rules for ${row.adcode}`)
    expect(rules.window).toBeUndefined()
    const person: Person = { subsidyGroup: 'none', breakYears: 0, ...row.person }
    expect(undatedBill(person, rules, row.tierId)?.payableFen).toBe(row.payableFen)
  })
})

describe('benefit year 2026: days a channel takes money', () => {
  const beijing = regionRulesFor('110105')
  const cite = '每月5至20日期间的工作日15:00前 http://caolvse.com/d/1543583.html (grade C)'

  test.each([
    ['2025-12-05', { open: true }],
    ['2025-12-20', { open: true }],
    ['2025-12-21', { open: false, reason: 'calendar', reopensOn: '2026-01-05' }],
    ['2026-01-04', { open: false, reason: 'calendar', reopensOn: '2026-01-05' }],
    // The window opens on 2025-11-30, a day the channel does not take money: the first day is 12-05.
    ['2025-11-20', { open: false, reason: 'before-window', reopensOn: '2025-12-05' }],
  ])(`北京 on %s (${cite})`, (today, status) => {
    if (!beijing) throw new Error('no rules for Beijing')
    expect(paymentDayStatus(beijing, 2026, today)).toEqual(status)
  })
})

describe('benefit year 2026: 家庭共济 where a notice states it', () => {
  test(`达州 accounts pay for near relatives insured in Sichuan ("可为本省范围内参保的近亲属代缴" ${DAZHOU})`, () => {
    // Whether WeChat Pay may top up a short balance is not stated, so it stays unsourced.
    expect(familyAidLookup()('511702')).toEqual({
      scope: 'same-province',
      topUpByWechat: undefined,
      demo: false,
    })
  })
})
