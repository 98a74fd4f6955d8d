/**
 * The words for 灵活就业人员 at step 3: when the figures apply, what a chosen
 * base costs or why it cannot be used, the wait, and where to pay instead.
 */
import { formatChineseDate } from '../../../domain/chinese-date'
import {
  ratePercentText,
  type BaseProblem,
  type FlexibleEmploymentRules,
  type FlexibleScheme,
} from '../../../domain/flexible-employment'
import { formatYuan, parseYuan, type Fen } from '../../../domain/money'

export function periodText(rules: FlexibleEmploymentRules): string {
  return rules.to
    ? `${formatChineseDate(rules.from)}至${formatChineseDate(rules.to)}执行`
    : `${formatChineseDate(rules.from)}起执行`
}

/** Bases are whole 元, so they read best without the 分. */
export const wholeYuan = (amount: Fen): string => formatYuan(amount).replace(/\.00$/, '')

export function schemeSummary(scheme: FlexibleScheme): string {
  switch (scheme.kind) {
    case 'base-range':
      return `在 ${wholeYuan(scheme.minBaseFen)} 元至 ${wholeYuan(scheme.maxBaseFen)} 元之间自选月缴费基数，按基数的 ${ratePercentText(scheme)}% 按月缴纳。`
    case 'fixed-monthly':
      return '每月缴纳固定金额。'
    case 'yearly-tiers':
      return '按年度缴纳，分档自选。'
  }
}

export type BaseEntry = { ok: true; baseFen: Fen } | { ok: false; message: string }

/** A typed base: empty and malformed input get a sentence that says what to type. */
export function readBase(text: string): BaseEntry | undefined {
  if (text.trim() === '') return undefined
  const baseFen = parseYuan(text)
  return baseFen === null || baseFen <= 0
    ? { ok: false, message: '请填写整数金额，例如 8000。' }
    : { ok: true, baseFen }
}

export function baseProblemText(
  problem: BaseProblem,
  scheme: Extract<FlexibleScheme, { kind: 'base-range' }>,
): string {
  const range = `请填写 ${wholeYuan(scheme.minBaseFen)} 至 ${wholeYuan(scheme.maxBaseFen)} 之间的整数。`
  switch (problem) {
    case 'not-whole-yuan':
      return `缴费基数请填写整数元，不带角分。${range}`
    case 'below-min':
      return `低于缴费基数下限 ${wholeYuan(scheme.minBaseFen)} 元。${range}`
    case 'above-max':
      return `高于缴费基数上限 ${wholeYuan(scheme.maxBaseFen)} 元。${range}`
    case 'no-rounding-rule':
      return '当地未公布该费率的舍入规则，暂无法计算金额，请以医保或税务部门核定的金额为准。'
  }
}

export function waitingText(rules: FlexibleEmploymentRules): string | undefined {
  if (!rules.waitingMonths) return undefined
  const exemption = rules.waitingExemption ? `${rules.waitingExemption}。` : ''
  return `以灵活就业人员身份参保后，需连续缴费满 ${rules.waitingMonths} 个月才能享受职工医保待遇；${exemption}`
}

export function whereToPay(regionName: string): string {
  return `本程序目前只办理城乡居民医保缴费。如需以灵活就业人员身份参加职工医保，请通过${regionName}医保或税务部门的办事渠道办理，也可拨打 12393 咨询。`
}
