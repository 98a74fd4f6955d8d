/**
 * The shape of a region's contribution rules for one benefit year (待遇年度).
 * Data lives in src/config/regions and is validated against this shape by zod;
 * the rules here only read it.
 */
import type { FlexibleEmploymentRules } from './flexible-employment'
import type { Fen } from './money'

export const CATEGORIES = ['elderly', 'child-student', 'working-age', 'college-student', 'newborn'] as const
export type Category = (typeof CATEGORIES)[number]

export const CATEGORY_LABELS: Record<Category, string> = {
  elderly: '老年人',
  'child-student': '学生儿童',
  'working-age': '劳动年龄内居民',
  'college-student': '大学生',
  newborn: '新生儿',
}

export const SUBSIDY_GROUPS = [
  'none',
  'extreme-poverty',
  'orphan',
  'minimum-living',
  'returned-to-poverty',
  'monitored',
  'stable-ex-poverty',
  'near-minimum-living',
  'severe-disability',
  'distressed-child',
  'de-facto-orphan',
  'medical-assistance',
  'low-income',
] as const
export type SubsidyGroup = (typeof SUBSIDY_GROUPS)[number]

export const SUBSIDY_GROUP_LABELS: Record<SubsidyGroup, string> = {
  none: '无',
  'extreme-poverty': '特困人员',
  orphan: '孤儿',
  'minimum-living': '低保对象',
  'returned-to-poverty': '返贫致贫人口',
  monitored: '防止返贫监测对象',
  'stable-ex-poverty': '稳定脱贫人口',
  'near-minimum-living': '低保边缘对象',
  'severe-disability': '重度残疾人',
  'distressed-child': '困境儿童',
  'de-facto-orphan': '事实无人抚养儿童',
  'medical-assistance': '医疗救助对象',
  'low-income': '低收入人口',
}

/** How the government pays part or all of a group's individual share (资助参保). */
export type SubsidyRule =
  | { group: SubsidyGroup; mode: 'full' }
  | { group: SubsidyGroup; mode: 'fixed'; assistanceFen: Fen }
  | { group: SubsidyGroup; mode: 'percent'; percent: number }

export interface PolicySource {
  document: string
  url: string
  /**
   * A: official text; B: platform docs or reputable media quoting it; C: seen
   * only in third-party text, allowed only in a year marked `gradeC` (shown on screen).
   */
  grade: 'A' | 'B' | 'C'
}

export interface CollectionWindow {
  /** Concentrated period (集中参保期): cover starts on 1 January of the benefit year. */
  start: string
  end: string
  /** Extended period, if any: cover starts on the payment date. */
  extendedEnd?: string
}

/**
 * Newborns enrolled within `fromBirthWithinDays` of birth are covered from birth;
 * later ones as `afterThat` says (newborns never wait: 国办发〔2024〕38号).
 */
export interface NewbornRule {
  fromBirthWithinDays: number
  /**
   * Enrolled later: from the payment date, the day after, the 1st of the next
   * month, after the region's waiting period, or not covered this benefit year.
   */
  afterThat: 'payment-date' | 'day-after-payment' | 'next-month' | 'waiting' | 'no-cover'
  /** Age in days up to which the newborn exemption lasts; older, the child waits like others. Default 365. */
  exemptUntilAgeDays?: number
  /** The benefit year of the birth is free (湖南: parent insured; 江西: three natural years, see `freeYears`). */
  birthYearFree?: boolean
  /** With `birthYearFree`: how many benefit years from the birth year are free (default 1). */
  freeYears?: number
}

/**
 * The waiting period as the region sets it (国办发〔2024〕38号 leaves the figures
 * to the provinces). Every field defaults to the national text: see
 * NATIONAL_WAITING in waiting-period.ts.
 */
export interface WaitingRule {
  /** 'days': the fixed part is `fixedDays` days (a 60-day wait); the variable part stays in months. */
  unit?: 'months' | 'days'
  fixedMonths?: number
  fixedDays?: number
  /** Months added per year of break beyond `freeBreakYears`. */
  perBreakYearMonths?: number
  /** Break years that add nothing (national reading: the first). */
  freeBreakYears?: number
  /** A break of this many years or more keeps fixed + variable at `longBreakFloorMonths` after repair. */
  longBreakYears?: number
  longBreakFloorMonths?: number
}

/**
 * The first covered day after a wait or in the extended period: the day the
 * count reaches (缴费之日), the next day (缴费次日: 安徽, 江西), the day the money
 * reaches the fund (缴费到账之日: 河北; the engine takes the payment date and
 * the screen says 到账), or the 1st of the next month.
 */
export type FirstCoveredDay = 'same-day' | 'next-day' | 'funds-arrival' | 'next-month'

/** One rule for both, or apart: 安徽 says 次日 for the extended period and nothing for the end of a wait. */
export type FirstCoveredDayRule =
  FirstCoveredDay | { extended?: FirstCoveredDay; afterWait?: FirstCoveredDay }

/**
 * From `from` a late payer pays more: the individual standard plus the
 * per-capita subsidy (云南, 龙陵: 1070 元), or the notice's own figures.
 */
export type LatePrice =
  | { from: string; mode: 'plus-subsidy' }
  | { from: string; mode: 'fixed'; standardFen: Partial<Record<Category, Fen>> }

/** Students are covered from the school-year day, or from their own enrolment date when the region says so. */
export interface SchoolYearRule {
  /** MM-DD of the school year's first day (福建: 09-01). */
  coverFrom: string
  from: 'school-year-day' | 'enrolment-date'
}

/** A choice of contribution levels (一档 / 二档, 低档 / 高档): the resident picks one at step 3. */
export interface ContributionTier {
  id: string
  label: string
  individualFen: Partial<Record<Category, Fen>>
  note?: string
}

/** A standard by age on the benefit year's first day (上海 70+ / 60–69 / 19–59): not a choice. */
export interface AgeBand {
  id: string
  label: string
  minAge: number
  /** Inclusive; absent for the oldest band. */
  maxAge?: number
  individualFen: Fen
  /** The categories the band applies to; default elderly and working-age. */
  categories?: Category[]
}

/** Days of the month a channel accepts, in the months given (1–12, inclusive); no months: every month. */
export interface AcceptedDays {
  fromMonth?: number
  toMonth?: number
  firstDay: number
  lastDay: number
}

export interface PaymentChannel {
  id: string
  label: string
  acceptedDays: AcceptedDays[]
}

/** Days (inclusive) on which collection is closed for maintenance. */
export interface MaintenanceWindow {
  from: string
  to: string
  note?: string
}

/**
 * When money is accepted (北京: the 5th to the 20th; 河北: 1st–25th in
 * September–November, 1st–28th in December). `acceptedDays` applies to any
 * channel not listed; a month no entry names is open all month.
 */
export interface PaymentCalendar {
  acceptedDays?: AcceptedDays[]
  channels?: PaymentChannel[]
  maintenance?: MaintenanceWindow[]
}

/** 大病保险 incentive (国办发〔2024〕38号): the original cap and what one step adds. */
export interface IncentiveRule {
  criticalIllnessCapFen: Fen
  stepFen: Fen
  /** Continuous years before the first step (national: 4). */
  afterYears?: number
  /** The total increase at most this share of the cap, in basis points (national: 2000, i.e. 20 %). */
  maxIncreaseBasisPoints?: number
  /** And at most this absolute amount, where the region sets one. */
  maxIncreaseFen?: Fen
  /** Claim-free years add a step each while they last, rather than only the last one. */
  claimFreeBuildsUp?: boolean
  /** Using the raised cap clears the claim-free credit. */
  resetAfterUse?: boolean
  /** After a break the cap is lowered by this amount (山东: 3000 元). */
  breakPenaltyFen?: Fen
  /** A break keeps the steps earned before it instead of resetting them (廊坊). */
  keepCreditAfterBreak?: boolean
}

export interface BenefitYearRules {
  benefitYear: number
  individualStandardFen: Partial<Record<Category, Fen>>
  /** True when the region adopts the national individual floor rather than its own figure. */
  individualFromNationalFloor: boolean
  /** Per-capita fiscal subsidy: information for the resident, never billed. Absent: not sourced. */
  governmentSubsidyFen?: Fen
  /** The same by category where the notice gives one each (北京 4380 / 1755 / 2355); wins over the above. */
  subsidyByCategory?: Partial<Record<Category, Fen>>
  /** Absent when the region's window is not sourced: then no quote gives dates. */
  window?: CollectionWindow
  /** After this day nothing is collected for the year, whatever the wait would allow. */
  collectionCutoff?: string
  /** From a date a late payer pays more (云南). */
  latePrice?: LatePrice
  subsidyRules: SubsidyRule[]
  /**
   * Groups the region exempts from the waiting period, besides newborns. The
   * fully subsidised (`mode: 'full'`) never wait wherever they are listed or not:
   * the government enrols them and they cannot repair.
   */
  waitingExemptGroups?: SubsidyGroup[]
  waiting?: WaitingRule
  firstCoveredDay?: FirstCoveredDayRule
  newborn?: NewbornRule
  /** Students paying in the window are covered from this day (MM-DD): shorthand for `schoolYear` from that day. */
  schoolYearCoverFrom?: string
  schoolYear?: SchoolYearRule
  incentive?: IncentiveRule
  /** Contribution levels to choose from; the first that lists the category is the default. */
  tiers?: ContributionTier[]
  /** Standards by age; the resident's band applies. */
  ageBands?: AgeBand[]
  /** The long-term-care (长护险) part included in the individual standard, itemised on the bill. */
  longTermCareFen?: Partial<Record<Category, Fen>>
  paymentCalendar?: PaymentCalendar
  /** Some figure of this year rests on a grade-C source: the screen marks it. */
  gradeC?: boolean
  sources: PolicySource[]
}

/** What the region lets a payer use; an absent field means not sourced, not "no". */
export interface RegionCapabilities {
  wechatPay?: boolean
  /** 家庭共济: the employee personal account pays for near relatives insured where. */
  personalAccount?: 'same-province' | 'nationwide' | 'none'
  /** 家庭共济: what the balance does not cover may be paid by WeChat Pay. */
  personalAccountTopUp?: boolean
  instalments?: boolean
  /** The resident must confirm enrolment offline before paying online. */
  offlineConfirmationFirst?: boolean
}

export interface RegionRules {
  adcode: string
  name: string
  capabilities: RegionCapabilities
  /** Resident insurance by benefit year; empty when no year's figures were sourced. */
  years: BenefitYearRules[]
  /** 灵活就业人员 in employee insurance, by period; absent when not sourced. */
  flexibleEmployment?: FlexibleEmploymentRules[]
}

export function rulesForYear<Year extends { benefitYear: number }>(
  region: { years: readonly Year[] },
  benefitYear: number,
): Year | undefined {
  return region.years.find((year) => year.benefitYear === benefitYear)
}
