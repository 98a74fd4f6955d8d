/** The words step 3 uses for a tier or an age band and what it costs this resident. */
import { formatYuan } from '../../../domain/money'
import type { PlanOption } from '../../../domain/plan-options'

/** What the resident would pay with this option, where assistance (资助参保) makes it differ from the standard. */
export function planOptionCost(option: PlanOption): string | undefined {
  return option.payableFen === option.individualFen ? undefined : `您应缴 ${formatYuan(option.payableFen)} 元`
}

/** An age band as a screen reader reads the list item: its label, its amount, and whether it is the resident's. */
export function planOptionSpoken(option: PlanOption): string {
  const cost = planOptionCost(option)
  return [
    `${option.label}：${formatYuan(option.individualFen)} 元/年`,
    cost,
    option.chosen ? '适用于您' : undefined,
  ]
    .filter(Boolean)
    .join('，')
}
