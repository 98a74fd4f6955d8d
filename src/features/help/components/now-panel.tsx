/**
 * Home's "what to do now": the collection period of the resident's region
 * with the days left, then what is still open on this phone (an order being
 * confirmed, links waiting for a relative, a waiting period, maintenance).
 * The region is the record chosen at step 2, else the one step 2 found, else
 * one the resident picks here (not saved: home keeps it while the app runs).
 * The regions' calendars load only once a region is known or asked for:
 * on weapp a generated copy, not the region files (load-calendars.ts); on H5
 * after the first paint (load-calendars.h5.ts), so home's first load stays light.
 */
import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { paymentDayStatus } from '../../../domain/payment-calendar'
import { windowClosingReminder } from '../../../domain/reminders'
import type { RegionCalendar } from '../../../domain/region-calendar'
import { ActionButton } from '../../../ui/action-button'
import { ariaBoolean } from '../../../ui/aria'
import { KeepTogether } from '../../../ui/keep-together'
import { goTo } from '../../../platform/navigation'
import { membersNotPaidHere, useFamilyDeps } from '../../family'
import { usePaymentStore } from '../../payment'
import { ReminderOffer } from '../../reminders'
import { collectionStatus } from '../collection-status'
import { collectionText, paymentDayText } from '../copy/now-copy'
import { loadRegionCalendars } from '../load-calendars'
import { knownRegion } from '../known-region'
import { openItems } from '../open-items'
import type { RegionCalendars } from '../region-calendars'

/** The period and its days left; then whether today is a day money is taken, while the year is collected. */
function windowLines(region: RegionCalendar, today: string): string[] {
  const status = collectionStatus(region, today)
  const collecting = status.kind === 'open' || status.kind === 'ended'
  const day = collecting ? paymentDayText(paymentDayStatus(region, status.benefitYear, today)) : undefined
  return [collectionText(status), ...(day ? [day] : [])]
}

export function NowPanel() {
  const known = usePaymentStore(knownRegion)
  const today = usePaymentStore((state) => state.today)()
  const identity = usePaymentStore((state) => state.identity)
  // The family store is built in its subpackage: its saved list is read on each show of home instead.
  // (Not the family feature's useShowEffect: H5 would then load the shared family chunk with home.)
  const familyDeps = useFamilyDeps()
  const [familyNotPaid, setFamilyNotPaid] = useState<number>()
  useDidShow(() => setFamilyNotPaid(membersNotPaidHere(familyDeps)))
  useEffect(() => setFamilyNotPaid(membersNotPaidHere(familyDeps)), [familyDeps, identity])
  const items = openItems(
    {
      identity,
      payment: usePaymentStore((state) => state.payment),
      quote: usePaymentStore((state) => state.quote),
      familyShare: usePaymentStore((state) => state.familyShare),
      openShares: usePaymentStore((state) => state.openShares),
      maintenanceUntil: usePaymentStore((state) => state.maintenanceUntil),
    },
    today,
    Date.now(),
    familyNotPaid,
  )
  const [chosen, setChosen] = useState<string>()
  const adcode = known ?? chosen
  const [files, setFiles] = useState<RegionCalendars>()
  const [choosing, setChoosing] = useState(false)
  const wanted = adcode !== undefined || choosing
  useEffect(() => {
    if (!wanted || files) return undefined
    let live = true
    void loadRegionCalendars().then((loaded) => live && setFiles(loaded))
    return () => {
      live = false
    }
  }, [wanted, files])

  const region = adcode && files ? files.calendarFor(adcode) : undefined
  // 到期提醒 (opt-in): 7 days before the open period's last day.
  const status = region && collectionStatus(region, today)
  const closing =
    status?.kind === 'open' ? windowClosingReminder(status.benefitYear, status.end, today) : undefined
  return (
    <View className='card now-panel' ariaRole='region' ariaLabel='现在可以办理'>
      <View className='card-title' ariaRole='heading' aria-level={2}>
        <Text>现在可以办理</Text>
      </View>
      {adcode && !files && <Text className='hint now-placeholder'>正在读取本地缴费期…</Text>}
      {region && (
        <View className='now-region'>
          <Text className='paragraph'>参保地：{region.name}</Text>
          {windowLines(region, today).map((line) => (
            <Text key={line} className='paragraph now-window'>
              <KeepTogether text={line} />
            </Text>
          ))}
          {closing && <ReminderOffer reminders={[closing]} framed={false} />}
        </View>
      )}
      {!known && (
        <View
          className='fold-toggle'
          ariaRole='button'
          aria-expanded={ariaBoolean(choosing)}
          tabIndex={0}
          onClick={() => setChoosing(!choosing)}
        >
          <Text>{adcode ? '更换参保地' : '选择参保地，查看缴费期'}</Text>
        </View>
      )}
      {choosing && !files && <Text className='hint'>正在读取地区列表…</Text>}
      {choosing && files && (
        <View className='now-choices' ariaRole='group' ariaLabel='参保地'>
          {files.choices.map((choice) => (
            <ActionButton
              key={choice.adcode}
              kind='secondary'
              label={choice.name}
              onTap={() => {
                setChosen(choice.adcode)
                setChoosing(false)
              }}
            />
          ))}
        </View>
      )}
      {items.map((item) => (
        <View key={item.key} className='now-item' ariaRole={item.key === 'maintenance' ? 'alert' : undefined}>
          <Text className='paragraph'>{item.text}</Text>
          {item.action === 'pay' && (
            <ActionButton kind='secondary' label='查看缴费结果' onTap={() => goTo('pay')} />
          )}
          {item.action === 'family' && (
            <ActionButton kind='secondary' label='查看常用缴费人' onTap={() => goTo('familyMembers')} />
          )}
        </View>
      ))}
      {!adcode && items.length === 0 && !choosing && (
        <Text className='hint'>选择参保地后，这里会显示本年度缴费期还剩几天。</Text>
      )}
      {identity && items.length === 0 && <Text className='paragraph'>目前没有需要您处理的事项。</Text>}
      <ActionButton
        kind='secondary'
        label='常见问题与咨询电话'
        onTap={() => goTo('help', adcode ? { adcode } : {})}
      />
      <ActionButton kind='secondary' label='查验凭证' onTap={() => goTo('receiptCheck')} />
    </View>
  )
}
