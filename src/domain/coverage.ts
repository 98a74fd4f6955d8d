/**
 * When cover starts, from the payment date and the region's collection window.
 * 国办发〔2024〕38号: paid inside the window with continuous enrolment → no waiting
 * period; paid outside it → a fixed waiting period of 3 months.
 * (Breaks, back-years and exempt groups extend this in the rules issue.)
 */
import dayjs from 'dayjs'
import type { CollectionWindow } from './region-rules'

export const FIXED_WAITING_MONTHS = 3

export type CoverageReason = 'in-window' | 'extended-period' | 'outside-window'

export interface Coverage {
  /** First covered day, YYYY-MM-DD. */
  start: string
  waitingMonths: number
  reason: CoverageReason
}

export type CoverageResult = { ok: true; coverage: Coverage } | { ok: false; error: 'not-open' | 'year-over' }

export function coverageFor(window: CollectionWindow, benefitYear: number, paymentDate: string): CoverageResult {
  const yearStart = `${benefitYear}-01-01`
  const yearEnd = `${benefitYear}-12-31`
  if (paymentDate < window.start) return { ok: false, error: 'not-open' }
  if (paymentDate <= window.end) {
    const start = paymentDate < yearStart ? yearStart : paymentDate
    return { ok: true, coverage: { start, waitingMonths: 0, reason: 'in-window' } }
  }
  if (window.extendedEnd && paymentDate <= window.extendedEnd) {
    return { ok: true, coverage: { start: paymentDate, waitingMonths: 0, reason: 'extended-period' } }
  }
  const start = dayjs(paymentDate).add(FIXED_WAITING_MONTHS, 'month').format('YYYY-MM-DD')
  if (start > yearEnd) return { ok: false, error: 'year-over' }
  return { ok: true, coverage: { start, waitingMonths: FIXED_WAITING_MONTHS, reason: 'outside-window' } }
}
