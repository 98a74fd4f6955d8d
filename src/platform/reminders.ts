/**
 * weapp reminders: WeChat's 订阅消息 (wx.requestSubscribeMessage), with the
 * template ids of this build (src/config/reminders.ts). Call it straight from
 * the resident's tap: WeChat shows its consent sheet only within one. Accepting
 * lets the bureau send one message per template; a build without ids has none
 * to ask for (`unavailable`). H5: reminders.h5.ts offers a calendar file.
 */
import Taro from '@tarojs/taro'
import { reminderTemplates } from '../config/reminders'
import type { ReminderKind } from '../domain/reminders'
import type { ReminderEntry, ReminderOutcome } from './reminder-types'

export type { ReminderEntry, ReminderOutcome } from './reminder-types'

/** How this platform reminds: WeChat's service notifications. */
export const REMINDER_CHANNEL = 'subscribe' as const

const templatesFor = (kinds: readonly ReminderKind[]): string[] => [
  ...new Set(kinds.map((kind) => reminderTemplates[kind]).filter((id) => id !== '')),
]

export const remindersAvailable = (kinds: readonly ReminderKind[]): boolean => templatesFor(kinds).length > 0

/** WeChat's code for "the resident turned subscription messages off" (订阅消息总开关已关闭). */
const SWITCHED_OFF = 20004

export async function requestReminders(entries: readonly ReminderEntry[]): Promise<ReminderOutcome> {
  const tmplIds = templatesFor(entries.map((entry) => entry.reminder.kind))
  if (tmplIds.length === 0) return 'unavailable'
  try {
    const answer = (await Taro.requestSubscribeMessage({ tmplIds, entityIds: [] })) as Record<string, unknown>
    return tmplIds.some((id) => answer[id] === 'accept') ? 'subscribed' : 'declined'
  } catch (error) {
    const code = (error as { errCode?: unknown } | undefined)?.errCode
    return code === SWITCHED_OFF ? 'declined' : 'failed'
  }
}
