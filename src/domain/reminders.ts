/**
 * Reminders a resident may ask for (opt-in only): before the collection
 * window closes, and on the day a waiting period ends. Pure dates: which day
 * to be reminded of what. Nothing personal is in a reminder (no name, no ID,
 * no amount), so one can go into a calendar file or a WeChat message as it is.
 */
import { addDays } from './iso-date'

export const REMINDER_KINDS = ['window-closing', 'waiting-ends'] as const
export type ReminderKind = (typeof REMINDER_KINDS)[number]

/** How many days before the window's last day the reminder comes. */
export const WINDOW_REMINDER_DAYS_BEFORE = 7

export interface Reminder {
  kind: ReminderKind
  benefitYear: number
  /** The day to be reminded (YYYY-MM-DD). */
  on: string
  /** The day it is about: the window's last day, or the first day of cover. */
  about: string
}

/**
 * A reminder WINDOW_REMINDER_DAYS_BEFORE days before the window's last day
 * (today, if that day has passed); none once the window has ended.
 */
export function windowClosingReminder(
  benefitYear: number,
  lastDay: string,
  today: string,
): Reminder | undefined {
  if (today > lastDay) return undefined
  const on = addDays(lastDay, -WINDOW_REMINDER_DAYS_BEFORE)
  return { kind: 'window-closing', benefitYear, on: on < today ? today : on, about: lastDay }
}

/**
 * A reminder on the first day of cover, when cover starts after the year's
 * first day (a waiting period) and that day is still to come.
 */
export function waitingEndsReminder(
  benefitYear: number,
  coverageStart: string,
  today: string,
): Reminder | undefined {
  if (coverageStart <= `${benefitYear}-01-01` || coverageStart <= today) return undefined
  return { kind: 'waiting-ends', benefitYear, on: coverageStart, about: coverageStart }
}
