/** Why a record cannot be paid here, and what the resident can do instead. */
import type { QuoteProblem } from '../../../services/rules'

export function quoteProblemText(problem: QuoteProblem): string {
  if (problem.kind === 'no-rules') return '暂未收录该参保地的缴费标准，请通过当地医保或税务渠道缴费。'
  switch (problem.error) {
    case 'not-open':
      return '本年度缴费期尚未开始，请在缴费期开始后再来。'
    case 'year-over':
      return '本年度已无法缴费，请关注下一年度集中缴费期。'
    case 'category-not-offered':
      return '当地未公布您所属人员类别的缴费标准，请拨打 12393 咨询。'
    case 'window-unknown':
      return '暂未核实当地的集中缴费期，无法确认待遇起始日期。请通过当地医保或税务渠道缴费，或拨打 12393 咨询。'
    case 'back-years-out-of-range':
      return '所选补缴年数不在可选范围内，请返回重新选择。'
  }
}
