/**
 * The words a resident reads about when cover starts and why they wait, from
 * a quote. Plain sentences with the dates and months filled in; the policy is
 * named so the resident can ask about it (国办发〔2024〕38号).
 */
import { formatChineseDate } from '../../../domain/chinese-date'
import type { Coverage, CoverageReason } from '../../../domain/coverage'
import { formatYuan } from '../../../domain/money'
import type { FirstCoveredDay, PolicySource } from '../../../domain/region-rules'
import type { BackYearOption, Quote } from '../../../domain/quote'
import { LONG_BREAK_FLOOR_MONTHS, LONG_BREAK_YEARS } from '../../../domain/waiting-period'

/** How the region words the first covered day after a payment (缴费次日: 安徽; 缴费到账之日: 河北). */
const FROM_PAYMENT: Record<FirstCoveredDay, string> = {
  'same-day': '自缴费当日起',
  'next-day': '自缴费次日起',
  'funds-arrival': '自缴费到账之日起',
  'next-month': '自缴费次月1日起',
}

/** A wait's length as the region counts it: months, or a fixed part in days (a 60-day wait). */
export const waitLength = (coverage: Coverage): string =>
  [
    coverage.waitingDays ? `${coverage.waitingDays} 天` : '',
    coverage.waitingMonths > 0 ? `${coverage.waitingMonths} 个月` : '',
  ]
    .filter(Boolean)
    .join(' ')

const BASIS: Record<CoverageReason, (coverage: Coverage) => string> = {
  'in-window': () => '集中缴费期内连续参保，无等待期',
  'extended-period': (coverage) =>
    `延长缴费期内缴费，${FROM_PAYMENT[coverage.firstCoveredDay ?? 'same-day']}享受待遇`,
  'outside-window': (coverage) => `集中缴费期外缴费，设 ${waitLength(coverage)}等待期`,
  break: (coverage) => `断保后再参保，设 ${waitLength(coverage)}等待期`,
  'newborn-from-birth': () => '新生儿在规定时限内参保，自出生之日起享受待遇',
  'newborn-later': () => '新生儿超过规定时限参保，按当地规定起算，不设等待期',
  'exempt-group': () => '属于当地免设等待期的人群',
  'school-year': (coverage) => `在校学生集中缴费期内参保，自${formatChineseDate(coverage.start)}起享受待遇`,
  'carried-wait': (coverage) =>
    `上一年度逾期缴费的等待期延续到本年度，${formatChineseDate(coverage.start)}等待期满后享受待遇`,
}

export function coverageBasis(coverage: Coverage): string {
  return BASIS[coverage.reason](coverage)
}

/**
 * The wait's headline: its length (months, or days where the region counts
 * days), or for a wait carried over from last year's late payment, its end.
 */
export const waitingTitle = (coverage: Coverage): string =>
  coverage.reason === 'carried-wait'
    ? `待遇自${formatChineseDate(coverage.start)}起享受`
    : `现在缴费需等待 ${waitLength(coverage)}`

/** From which day a resident who waits is covered: what care mode keeps on screen of the wait. */
export const waitingFrom = (coverage: Coverage): string =>
  `${formatChineseDate(coverage.start)}起才能享受医保待遇。`

/**
 * A wait that a late payment for the previous year started and that runs into
 * this year (the 阜新 case): paid on time now, cover still starts when it ends.
 */
export const carriedWaitDetail = (coverage: Coverage): string =>
  `您上一年度的医保费是在缴费期后缴纳的，按规定设有等待期，到${formatChineseDate(coverage.start)}才期满。本年度按时缴费，待遇也从这一天起享受。`

/** Why this resident waits, and from which day cover starts; undefined when nobody waits. */
export function waitingDetail(coverage: Coverage, breakYears: number): string | undefined {
  if (coverage.reason === 'carried-wait') return carriedWaitDetail(coverage)
  if (coverage.waitingMonths === 0 && !coverage.waitingDays) return undefined
  const from = waitingFrom(coverage)
  if (coverage.reason === 'outside-window') {
    return `已过集中缴费期，按规定设置 ${waitLength(coverage)}等待期，${from}`
  }
  const variable =
    coverage.variableMonths > 0
      ? `断保超过 1 年的，每多断保 1 年增加 1 个月变动等待期，您的变动等待期为 ${coverage.variableMonths} 个月。`
      : '断保 1 年或补缴后，不设变动等待期。'
  const floor =
    breakYears >= LONG_BREAK_YEARS
      ? `断保 ${LONG_BREAK_YEARS} 年及以上的，补缴后等待期仍不少于 ${LONG_BREAK_FLOOR_MONTHS} 个月。`
      : ''
  return `您此前连续 ${breakYears} 年未参保。按国办发〔2024〕38号，断保后再参保设 ${coverage.fixedMonths} 个月固定等待期；${variable}${floor}${from}`
}

export function backYearLabel(option: BackYearOption): string {
  return option.backYears === 0
    ? '不补缴'
    : `补缴 ${option.backYears} 年（${formatYuan(option.extraFen)} 元）`
}

export function backYearDetail(option: BackYearOption): string {
  const wait = option.waitingMonths > 0 ? `等待 ${option.waitingMonths} 个月` : '无等待期'
  return `${wait} · ${formatChineseDate(option.start)}起享受待遇 · 合计 ${formatYuan(option.payableFen)} 元`
}

const GRADE_LABELS: Record<PolicySource['grade'], string> = {
  A: '官方原文',
  B: '官方平台或权威媒体转述',
  C: 'C级：第三方转载，未经官方核实，仅供参考',
}

/**
 * A figure from a grade-C source (third-party text) is shown only marked as
 * such: at step 3, and on step 2's undated bill.
 */
export const GRADE_C_NOTE =
  '当地缴费标准部分来自第三方转载的资料，尚未经官方原文核实，仅供参考，请以医保部门核定的金额为准。'

export function sourceLine(source: PolicySource): string {
  return `${source.document}（${GRADE_LABELS[source.grade]}）`
}

export function floorNote(quote: Quote): string | undefined {
  return quote.warnings.includes('national-floor')
    ? '当地按国家规定的最低个人缴费标准执行，此处按该标准列示；如当地另有规定，以医保部门核定的金额为准。'
    : undefined
}

/**
 * A late bill that only a repair makes worth paying this year: why the
 * back-years were chosen for the resident, what they cost and from when they
 * cover. Undefined when the quote was not raised to a repair.
 */
export function repairNotice(quote: Quote): { title: string; detail: string } | undefined {
  const repair = quote.needsRepair
  const option =
    repair && quote.backYearOptions.find((candidate) => candidate.backYears === repair.minBackYears)
  if (!repair || !option) return undefined
  const years = repair.minBackYears
  return {
    title: `补缴 ${years} 年后，本年度可以享受待遇`,
    detail:
      `您此前连续 ${quote.breakYears} 年未参保，现在缴费的等待期会超过本年度年底，不补缴则本年度无法享受待遇。` +
      `补缴 ${years} 年（${formatYuan(option.extraFen)} 元）后等待期为 ${option.waitingMonths} 个月，` +
      `自${formatChineseDate(option.start)}起享受待遇。已为您预选补缴 ${years} 年。` +
      (quote.backYearOptions.some((candidate) => candidate.backYears > years)
        ? '多补缴可以更早享受待遇。'
        : ''),
  }
}
