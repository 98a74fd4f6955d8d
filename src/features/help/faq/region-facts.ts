/**
 * The figures an answer takes from the resident's region file rather than
 * writing them into the text: each function gives the paragraph for one
 * kind of figure, or says plainly that the region's file has none sourced.
 */
import { formatChineseDate } from '../../../domain/chinese-date'
import { formatYuan, type Fen } from '../../../domain/money'
import {
  CATEGORIES,
  CATEGORY_LABELS,
  SUBSIDY_GROUP_LABELS,
  type BenefitYearRules,
  type RegionRules,
  type SubsidyRule,
} from '../../../domain/region-rules'
import { collectionStatus } from '../collection-status'
import type { FaqSource } from './faq-sources'

/** The year a resident would pay for now: the one being collected or about to be, else the newest. */
export function yearInFocus(region: RegionRules, today: string): BenefitYearRules | undefined {
  const status = collectionStatus(region, today)
  const year = 'benefitYear' in status ? status.benefitYear : undefined
  return (
    region.years.find((rules) => rules.benefitYear === year) ??
    [...region.years].sort((a, b) => b.benefitYear - a.benefitYear)[0]
  )
}

const yuan = (amount: Fen) => `${formatYuan(amount)}元`

const notSourced = (region: RegionRules, what: string) =>
  `${region.name}的${what}，本程序尚未找到可靠来源，请以当地通知为准，或拨打12393咨询。`

export function standardFacts(region: RegionRules, rules: BenefitYearRules): string[] {
  const byCategory = CATEGORIES.flatMap((category) => {
    const amount = rules.individualStandardFen[category]
    return amount === undefined ? [] : [`${CATEGORY_LABELS[category]}${yuan(amount)}`]
  })
  const tiers = (rules.tiers ?? []).map(
    (tier) =>
      `${tier.label}：${CATEGORIES.flatMap((category) => {
        const amount = tier.individualFen[category]
        return amount === undefined ? [] : [`${CATEGORY_LABELS[category]}${yuan(amount)}`]
      }).join('，')}`,
  )
  const bands = (rules.ageBands ?? []).map((band) => `${band.label}${yuan(band.individualFen)}`)
  const lines = [
    `${region.name}${rules.benefitYear}年度个人缴费标准（每人每年）：${[...byCategory, ...bands].join('，')}。`,
    ...(tiers.length > 0 ? [`可选档次：${tiers.join('；')}。`] : []),
  ]
  if (rules.governmentSubsidyFen !== undefined)
    lines.push(`财政补助标准（人均，不向个人收取）：每人每年${yuan(rules.governmentSubsidyFen)}。`)
  if (rules.gradeC) lines.push('注意：其中部分数字只见于非官方转载，请以当地正式通知为准。')
  return lines
}

export function windowFacts(region: RegionRules, rules: BenefitYearRules): string[] {
  const { window } = rules
  if (!window) return [notSourced(region, `${rules.benefitYear}年度缴费期`)]
  const lines = [
    `${region.name}${rules.benefitYear}年度集中缴费期：${formatChineseDate(window.start)}至${formatChineseDate(window.end)}；连续参保的人员在此期间缴费，从${rules.benefitYear}年1月1日起享受待遇。`,
  ]
  if (window.extendedEnd)
    lines.push(
      `延长缴费期至${formatChineseDate(window.extendedEnd)}：期间缴费的，从缴费后开始享受待遇（具体从哪一天起，以第4步显示为准）。`,
    )
  return lines
}

function assistanceText(rule: SubsidyRule): string {
  const group = SUBSIDY_GROUP_LABELS[rule.group]
  if (rule.mode === 'full') return `${group}：个人缴费部分由政府全额资助`
  if (rule.mode === 'fixed') return `${group}：政府资助${yuan(rule.assistanceFen)}`
  return `${group}：政府资助个人缴费的${rule.percent}%`
}

export function assistanceFacts(region: RegionRules, rules: BenefitYearRules): string[] {
  if (rules.subsidyRules.length === 0) return [notSourced(region, '资助参保规定')]
  return [`${region.name}${rules.benefitYear}年度：${rules.subsidyRules.map(assistanceText).join('；')}。`]
}

export function newbornFacts(region: RegionRules, rules: BenefitYearRules): string[] {
  const lines: string[] = []
  if (rules.newborn)
    lines.push(
      `${region.name}：新生儿出生后${rules.newborn.fromBirthWithinDays}天内参保缴费的，从出生之日起享受待遇。`,
    )
  else lines.push(notSourced(region, '新生儿参保时限'))
  const amount = rules.individualStandardFen['child-student']
  if (amount !== undefined) lines.push(`学生儿童个人缴费标准：每人每年${yuan(amount)}。`)
  const college = rules.individualStandardFen['college-student']
  if (college !== undefined) lines.push(`大学生个人缴费标准：每人每年${yuan(college)}。`)
  const schoolDay = rules.schoolYear?.coverFrom ?? rules.schoolYearCoverFrom
  if (schoolDay) {
    const [month, day] = schoolDay.split('-').map(Number)
    lines.push(`学生在集中缴费期内缴费的，从缴费当年${month}月${day}日起享受待遇。`)
  }
  return lines
}

export function familyAidFacts(region: RegionRules): string[] {
  const scope = region.capabilities.personalAccount
  if (scope === undefined) return [notSourced(region, '家庭共济（个人账户为家人缴费）规定')]
  if (scope === 'none') return [`${region.name}：本程序不支持用职工医保个人账户为家人缴费。`]
  return [
    scope === 'same-province'
      ? `${region.name}：可以用职工医保个人账户为在本省参保的近亲属缴费，需先绑定家庭成员。`
      : `${region.name}：可以用职工医保个人账户为近亲属缴费，需先绑定家庭成员。`,
  ]
}

export function incentiveFacts(region: RegionRules, rules: BenefitYearRules): string[] {
  if (!rules.incentive) return [notSourced(region, '大病保险限额提高的具体金额')]
  return [
    `${region.name}：大病保险原最高支付限额${yuan(rules.incentive.criticalIllnessCapFen)}，每次提高${yuan(rules.incentive.stepFen)}。`,
  ]
}

/** The region year's own documents: cited under every answer that took a figure from it. */
export function regionSources(rules: BenefitYearRules): FaqSource[] {
  return rules.sources.map((source) => ({ document: source.document, url: source.url }))
}
