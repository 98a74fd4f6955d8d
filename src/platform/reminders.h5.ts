/**
 * H5 reminders: a calendar file (.ics, RFC 5545: src/domain/calendar-file.ts)
 * the browser downloads, for the phone's own calendar to add with its alarms.
 * It holds the reminders' words and dates only. weapp: reminders.ts.
 */
import { calendarFile } from '../domain/calendar-file'
import type { ReminderKind } from '../domain/reminders'
import type { ReminderEntry, ReminderOutcome } from './reminder-types'

export type { ReminderEntry, ReminderOutcome } from './reminder-types'

/** How this platform reminds: a calendar file. */
export const REMINDER_CHANNEL = 'calendar' as const

export const remindersAvailable = (_kinds: readonly ReminderKind[]): boolean => true

/** An ASCII name: some phones' download managers mangle others. */
const FILE_NAME = 'yibao-reminders.ics'

export async function requestReminders(entries: readonly ReminderEntry[]): Promise<ReminderOutcome> {
  if (entries.length === 0 || typeof URL.createObjectURL !== 'function') return 'failed'
  const text = calendarFile(
    entries.map(({ reminder, summary, description }) => ({
      uid: `${reminder.kind}-${reminder.about}`,
      on: reminder.on,
      summary,
      description,
    })),
    Date.now(),
  )
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }))
  const link = document.createElement('a')
  link.href = url
  link.download = FILE_NAME
  document.body.appendChild(link)
  link.click()
  link.remove()
  // After the click the browser holds the file; the address is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 1000)
  return 'downloaded'
}
