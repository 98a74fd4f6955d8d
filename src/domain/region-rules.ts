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
}

/** How the government pays part or all of a group's individual share (资助参保). */
export type SubsidyRule =
  | { group: SubsidyGroup; mode: 'full' }
  | { group: SubsidyGroup; mode: 'fixed'; assistanceFen: Fen }
  | { group: SubsidyGroup; mode: 'percent'; percent: number }

export interface PolicySource {
  document: string
  url: string
  /** A: official text; B: platform docs or reputable media quoting it. */
  grade: 'A' | 'B'
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
  afterThat: 'payment-date' | 'day-after-payment'
}

/** 大病保险 incentive (国办发〔2024〕38号): the original cap and what one step adds. */
export interface IncentiveRule {
  criticalIllnessCapFen: Fen
  stepFen: Fen
}

export interface BenefitYearRules {
  benefitYear: number
  individualStandardFen: Partial<Record<Category, Fen>>
  /** True when the region adopts the national individual floor rather than its own figure. */
  individualFromNationalFloor: boolean
  /** Per-capita fiscal subsidy: information for the resident, never billed. Absent: not sourced. */
  governmentSubsidyFen?: Fen
  /** Absent when the region's window is not sourced: then no quote gives dates. */
  window?: CollectionWindow
  subsidyRules: SubsidyRule[]
  /** Groups the region exempts from the waiting period, besides newborns. */
  waitingExemptGroups?: SubsidyGroup[]
  newborn?: NewbornRule
  /** Students paying in the window are covered from this day (MM-DD) of the window's first year. */
  schoolYearCoverFrom?: string
  incentive?: IncentiveRule
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

export function rulesForYear(region: RegionRules, benefitYear: number): BenefitYearRules | undefined {
  return region.years.find((year) => year.benefitYear === benefitYear)
}
