/** What the reminder adapters (reminders.ts on weapp, reminders.h5.ts) take and answer. */
import type { Reminder } from '../domain/reminders'

/** A reminder with the words it carries (nothing personal: no name, ID or amount). */
export interface ReminderEntry {
  reminder: Reminder
  summary: string
  description: string
}

/**
 * `subscribed`: WeChat will let the bureau send the message; `declined`: the
 * resident said no (or turned subscription messages off); `downloaded`: the
 * calendar file was handed to the browser; `unavailable`: this build has no
 * reminders; `failed`: the platform could not ask.
 */
export type ReminderOutcome = 'subscribed' | 'declined' | 'downloaded' | 'unavailable' | 'failed'
