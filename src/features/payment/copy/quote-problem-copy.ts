/** Why a record cannot be paid here, and what the resident can do instead. */
import { formatChineseDate } from '../../../domain/chinese-date'
import type { ClosedReason } from '../../../domain/payment-calendar'
import type { QuoteProblem } from '../../../services/rules'

/** The notice's title: a day without collection is a wait, not a refusal. */
export function quoteProblemTitle(problem: QuoteProblem): string {
  return problem.kind === 'closed' ? CLOSED_TITLES[problem.reason] : '城乡居民医保暂不能在本程序缴费'
}

const CLOSED_TITLES: Record<ClosedReason, string> = {
  calendar: '今天不在缴费日',
  maintenance: '缴费系统维护中',
  'before-window': '缴费期尚未开始',
  'after-cutoff': '本年度缴费已截止',
}

export function quoteProblemText(problem: QuoteProblem): string {
  if (problem.kind === 'no-rules') return '暂未收录该参保地的缴费标准，请通过当地医保或税务渠道缴费。'
  if (problem.kind === 'closed') return closedDayText(problem.reason, problem.reopensOn)
  switch (problem.error) {
    case 'not-open':
      return '本年度缴费期尚未开始，请在缴费期开始后再来。'
    case 'year-over':
      return '本年度已无法缴费，请关注下一年度集中缴费期。'
    case 'after-cutoff':
      return '当地本年度的缴费已截止，请关注下一年度集中缴费期，或拨打 12393 咨询。'
    case 'newborn-no-cover':
      return '新生儿超过当地规定的参保时限，本年度无法享受待遇，请拨打 12393 咨询下一年度如何参保。'
    case 'category-not-offered':
      return '当地未公布您所属人员类别的缴费标准，请拨打 12393 咨询。'
    case 'tier-unknown':
      return '所选缴费档次当地未公布，请返回重新选择，或拨打 12393 咨询。'
    case 'age-unknown':
      return '当地按年龄段确定缴费标准，医保部门未提供您的年龄段，请拨打 12393 咨询。'
    case 'window-unknown':
      return '暂未核实当地的集中缴费期，无法确认待遇起始日期。请通过当地医保或税务渠道缴费，或拨打 12393 咨询。'
    case 'back-years-out-of-range':
      return '所选补缴年数不在可选范围内，请返回重新选择。'
  }
}

const CLOSED_BECAUSE: Record<ClosedReason, string> = {
  calendar: '当地缴费渠道只在每月规定的日期受理缴费。',
  maintenance: '当地缴费系统维护，暂停受理缴费。',
  'before-window': '本年度集中缴费期尚未开始。',
  'after-cutoff': '当地本年度的缴费已截止。',
}

/** The day to come back first, where the calendar gives one; then why no money is taken today. */
function closedDayText(reason: ClosedReason, reopensOn: string | undefined): string {
  return reopensOn
    ? `请于${formatChineseDate(reopensOn)}起缴费。${CLOSED_BECAUSE[reason]}`
    : `${CLOSED_BECAUSE[reason]}请关注下一年度集中缴费期，或拨打 12393 咨询。`
}
