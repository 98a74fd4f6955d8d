/**
 * The shape of a region's contribution rules for one benefit year (待遇年度).
 * Data lives in src/config/regions and is validated against this shape by zod;
 * the rules here only read it.
 */
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

export const SUBSIDY_GROUPS = ['none', 'extreme-poverty', 'orphan', 'minimum-living', 'monitored'] as const
export type SubsidyGroup = (typeof SUBSIDY_GROUPS)[number]

export const SUBSIDY_GROUP_LABELS: Record<SubsidyGroup, string> = {
  none: '无',
  'extreme-poverty': '特困人员',
  orphan: '孤儿',
  'minimum-living': '低保对象',
  monitored: '防止返贫监测对象',
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

export interface BenefitYearRules {
  benefitYear: number
  individualStandardFen: Partial<Record<Category, Fen>>
  /** True when the region adopts the national individual floor rather than its own figure. */
  individualFromNationalFloor: boolean
  /** Per-capita fiscal subsidy: information for the resident, never billed. */
  governmentSubsidyFen: Fen
  window: CollectionWindow
  subsidyRules: SubsidyRule[]
  sources: PolicySource[]
}

export interface RegionRules {
  adcode: string
  name: string
  capabilities: { wechatPay: boolean }
  years: BenefitYearRules[]
}

export function rulesForYear(region: RegionRules, benefitYear: number): BenefitYearRules | undefined {
  return region.years.find((year) => year.benefitYear === benefitYear)
}
