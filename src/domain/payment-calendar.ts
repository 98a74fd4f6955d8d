/**
 * Whether a region takes money on a given day, and if not, when it does again.
 * Collection runs through the tax bureau's channels, some of which accept
 * payments only on certain days of the month (北京: the 5th to the 20th; 河北:
 * the 1st to the 25th in September–November and to the 28th in December) and
 * close for maintenance. A year also closes before its window opens and after
 * its collection cut-off. The days come from the region file's `paymentCalendar`.
 */
import { addDays } from './iso-date'
import type { YearCalendar } from './region-calendar'
import { rulesForYear, type AcceptedDays, type PaymentCalendar } from './region-rules'

export type ClosedReason = 'calendar' | 'maintenance' | 'after-cutoff' | 'before-window'

export type PaymentDayStatus = { open: true } | { open: false; reason: ClosedReason; reopensOn?: string }

/** How far ahead to look for the next open day: a calendar that never opens within a year says no date. */
const SEARCH_DAYS = 366

const monthOf = (date: string) => Number(date.slice(5, 7))
const dayOf = (date: string) => Number(date.slice(8, 10))

/** A month range may run over the new year (November to February). */
function inMonths(entry: AcceptedDays, month: number): boolean {
  const from = entry.fromMonth ?? 1
  const to = entry.toMonth ?? 12
  return from <= to ? from <= month && month <= to : month >= from || month <= to
}

/** A month that no entry names is open all month: the calendar lists only the limits notices state. */
function acceptedOn(days: readonly AcceptedDays[] | undefined, date: string): boolean {
  const entries = (days ?? []).filter((entry) => inMonths(entry, monthOf(date)))
  const day = dayOf(date)
  return entries.length === 0 || entries.some((entry) => entry.firstDay <= day && day <= entry.lastDay)
}

function acceptedDaysFor(calendar: PaymentCalendar, channel: string | undefined) {
  const own = channel ? calendar.channels?.find((candidate) => candidate.id === channel) : undefined
  return own?.acceptedDays ?? calendar.acceptedDays
}

function inMaintenance(calendar: PaymentCalendar, date: string): boolean {
  return (calendar.maintenance ?? []).some((window) => window.from <= date && date <= window.to)
}

function closedBy(rules: YearCalendar, date: string, channel: string | undefined): PaymentDayStatus {
  if (rules.window && date < rules.window.start) {
    return { open: false, reason: 'before-window', reopensOn: rules.window.start }
  }
  if (rules.collectionCutoff && date > rules.collectionCutoff) return { open: false, reason: 'after-cutoff' }
  const calendar = rules.paymentCalendar
  if (!calendar) return { open: true }
  if (inMaintenance(calendar, date)) return { open: false, reason: 'maintenance' }
  if (!acceptedOn(acceptedDaysFor(calendar, channel), date)) return { open: false, reason: 'calendar' }
  return { open: true }
}

/** The first open day after `date`, unless the year closes (cut-off) or nothing opens within a year. */
function nextOpenDay(rules: YearCalendar, date: string, channel: string | undefined): string | undefined {
  let day = date
  for (let step = 0; step < SEARCH_DAYS; step += 1) {
    day = addDays(day, 1)
    const status = closedBy(rules, day, channel)
    if (status.open) return day
    if (status.reason === 'after-cutoff') return undefined
  }
  return undefined
}

/**
 * Whether money for `benefitYear` is taken on `today` through `channel` (the
 * region's default days when the channel has none of its own). A year the
 * region has no rules for is not refused here: the quote says why it cannot be paid.
 */
export function paymentDayStatus(
  region: { years: readonly YearCalendar[] },
  benefitYear: number,
  today: string,
  channel?: string,
): PaymentDayStatus {
  const rules = rulesForYear(region, benefitYear)
  if (!rules) return { open: true }
  const status = closedBy(rules, today, channel)
  if (status.open || status.reason === 'after-cutoff') return status
  // Before the window, the first day it opens may itself be a day the channel takes no money.
  const from = status.reason === 'before-window' && status.reopensOn ? addDays(status.reopensOn, -1) : today
  const reopensOn = nextOpenDay(rules, from, channel)
  return reopensOn ? { ...status, reopensOn } : status
}
