/**
 * 到期提醒, opt-in only: the reminders that apply, each with its day, and one
 * button that asks for them (weapp: WeChat's 订阅消息 consent sheet; H5: a
 * calendar file to download). Nothing is asked before the tap. A build without
 * WeChat template ids says reminders are not available instead of a button.
 */
import { View, Text } from '@tarojs/components'
import { useState } from 'react'
import type { Reminder } from '../../domain/reminders'
import {
  REMINDER_CHANNEL,
  remindersAvailable,
  requestReminders,
  type ReminderOutcome,
} from '../../platform/reminders'
import { ActionButton } from '../../ui/action-button'
import { KeepTogether } from '../../ui/keep-together'
import { REMINDER_OUTCOME_TEXT, reminderEntry, reminderLine } from './copy/reminder-copy'

interface ReminderOfferProps {
  reminders: readonly Reminder[]
  /** Inside another card (home's "what to do now"): no card of its own. */
  framed?: boolean
}

export function ReminderOffer({ reminders, framed = true }: ReminderOfferProps) {
  const [outcome, setOutcome] = useState<ReminderOutcome | undefined>(undefined)
  const [asking, setAsking] = useState(false)
  if (reminders.length === 0) return null
  const available = remindersAvailable(reminders.map((reminder) => reminder.kind))

  async function ask() {
    setAsking(true)
    try {
      setOutcome(await requestReminders(reminders.map(reminderEntry)))
    } finally {
      setAsking(false)
    }
  }

  return (
    <View className={framed ? 'card' : 'reminder-offer'}>
      <Text className='card-title'>到期提醒</Text>
      {reminders.map((reminder) => (
        <Text key={`${reminder.kind}-${reminder.about}`} className='paragraph'>
          <KeepTogether text={reminderLine(reminder)} />
        </Text>
      ))}
      {available ? (
        <ActionButton
          label={REMINDER_CHANNEL === 'subscribe' ? '开启微信提醒' : '下载日历提醒（.ics）'}
          kind='secondary'
          busy={asking}
          busyLabel='正在设置提醒…'
          onTap={() => void ask()}
        />
      ) : (
        <Text className='hint'>{REMINDER_OUTCOME_TEXT.unavailable}</Text>
      )}
      {outcome && (
        <Text className='hint' ariaRole='status'>
          {REMINDER_OUTCOME_TEXT[outcome]}
        </Text>
      )}
    </View>
  )
}
