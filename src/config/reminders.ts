/**
 * 订阅消息 template ids for the weapp reminders, one per kind, set at build
 * (TARO_APP_REMINDER_TEMPLATE_WINDOW, TARO_APP_REMINDER_TEMPLATE_WAITING: the
 * ids configured at mp.weixin.qq.com → 订阅消息). A build without them (the
 * demo) has no WeChat reminders, and the screen says so. The H5 app needs none:
 * it offers a calendar file instead.
 */
import type { ReminderKind } from '../domain/reminders'

export type ReminderTemplates = Record<ReminderKind, string>

/** WeChat's template ids are letters, digits, `-` and `_`; anything else is treated as not set. */
const TEMPLATE_ID = /^[A-Za-z0-9_-]{16,64}$/

export function parseReminderTemplates(raw: { window?: string; waiting?: string }): ReminderTemplates {
  const id = (value: string | undefined): string => (value && TEMPLATE_ID.test(value) ? value : '')
  return { 'window-closing': id(raw.window), 'waiting-ends': id(raw.waiting) }
}

// Each name is written out so that webpack's DefinePlugin can replace it.
export const reminderTemplates: ReminderTemplates = parseReminderTemplates({
  window: process.env.TARO_APP_REMINDER_TEMPLATE_WINDOW,
  waiting: process.env.TARO_APP_REMINDER_TEMPLATE_WAITING,
})
