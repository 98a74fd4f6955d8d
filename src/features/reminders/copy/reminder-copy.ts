/** The words of each reminder (in a calendar file or a WeChat message): dates only, nothing personal. */
import { formatChineseDate } from '../../../domain/chinese-date'
import type { Reminder } from '../../../domain/reminders'
import type { ReminderEntry, ReminderOutcome } from '../../../platform/reminder-types'

export function reminderEntry(reminder: Reminder): ReminderEntry {
  const day = formatChineseDate(reminder.about)
  const year = `${reminder.benefitYear}年度`
  return reminder.kind === 'window-closing'
    ? {
        reminder,
        summary: `医保缴费提醒：${year}缴费期${day}结束`,
        description: `${year}城乡居民医保缴费期将于${day}结束。尚未缴费的，请在截止前缴费；逾期缴费将有待遇等待期。`,
      }
    : {
        reminder,
        summary: `医保等待期结束：${day}起享受待遇`,
        description: `${year}居民医保的等待期已结束，自${day}起可按规定享受医保待遇。`,
      }
}

/** What the list says of each reminder: what, and on which day it comes. */
export const reminderLine = (reminder: Reminder): string =>
  `${reminderEntry(reminder).summary}（${formatChineseDate(reminder.on)}提醒）`

export const REMINDER_OUTCOME_TEXT: Record<ReminderOutcome, string> = {
  subscribed: '已开启提醒：到时微信将通过“服务通知”提醒您。',
  declined: '您未允许提醒，需要时可再次点击开启。',
  downloaded:
    '日历文件已下载：请用手机日历打开并添加，到时日历会提醒您。文件中没有姓名、身份证号等个人信息。',
  unavailable: '本版本暂未开通微信提醒，请记下以上日期。',
  failed: '未能设置提醒，请稍后再试，或记下以上日期。',
}
