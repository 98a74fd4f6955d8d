/**
 * Where a region's collection stands today, for home's "what to do now": the
 * benefit year being collected, the last day of its period and how many days
 * are left, or when the next one opens, or that the last one ended. Only the
 * windows the region files source are used: a year without a sourced window
 * says so instead of guessing dates.
 */
import { daysBetween } from '../../domain/iso-date'
import type { YearCalendar } from '../../domain/region-calendar'

export type CollectionStatus =
  /** Inside the concentrated period (集中缴费期) or its extension (延长缴费期). `daysLeft` counts days after today. */
  | { kind: 'open'; benefitYear: number; period: 'window' | 'extended'; end: string; daysLeft: number }
  | { kind: 'upcoming'; benefitYear: number; start: string; daysUntil: number }
  /** Every sourced period is over: paying now means a waiting period (国办发〔2024〕38号). */
  | { kind: 'ended'; benefitYear: number; end: string }
  /** The region's figures carry no sourced window: no dates can be said. */
  | { kind: 'window-unknown'; benefitYear: number }
  | { kind: 'no-years' }

type WindowedYear = YearCalendar & { window: NonNullable<YearCalendar['window']> }

const hasWindow = (year: YearCalendar): year is WindowedYear => year.window !== undefined
const lastDayOf = (year: WindowedYear): string => year.window.extendedEnd ?? year.window.end

export function collectionStatus(
  region: { years: readonly YearCalendar[] },
  today: string,
): CollectionStatus {
  const windowed = region.years.filter(hasWindow).sort((a, b) => a.window.start.localeCompare(b.window.start))
  const open = windowed.find((year) => year.window.start <= today && today <= lastDayOf(year))
  if (open) {
    const period = today <= open.window.end ? 'window' : 'extended'
    const end = period === 'window' ? open.window.end : lastDayOf(open)
    return { kind: 'open', benefitYear: open.benefitYear, period, end, daysLeft: daysBetween(today, end) }
  }
  const upcoming = windowed.find((year) => year.window.start > today)
  if (upcoming) {
    const { start } = upcoming.window
    return {
      kind: 'upcoming',
      benefitYear: upcoming.benefitYear,
      start,
      daysUntil: daysBetween(today, start),
    }
  }
  const latest = windowed[windowed.length - 1]
  const newestYear = [...region.years].sort((a, b) => b.benefitYear - a.benefitYear)[0]
  if (newestYear && !hasWindow(newestYear) && (!latest || newestYear.benefitYear > latest.benefitYear))
    return { kind: 'window-unknown', benefitYear: newestYear.benefitYear }
  if (latest) return { kind: 'ended', benefitYear: latest.benefitYear, end: lastDayOf(latest) }
  return { kind: 'no-years' }
}
