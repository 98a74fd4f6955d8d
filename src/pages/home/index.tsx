import { View, Text } from '@tarojs/components'
import { ActionButton, PageShell } from '../../ui'
import { CareModeSwitch, useCareMode } from '../../features/care-mode'
import { NowPanel } from '../../features/help'
import { OtherPayerNotice, usePaymentStore } from '../../features/payment'
import { goTo } from '../../platform/navigation'

export default function HomePage() {
  const identity = usePaymentStore((state) => state.identity)
  const startForSelf = usePaymentStore((state) => state.startForSelf)
  const signOut = usePaymentStore((state) => state.signOut)
  const { careMode, setCareMode } = useCareMode()

  return (
    <PageShell title='城乡居民医保缴费'>
      <Text className='paragraph'>足不出户缴纳城乡居民基本医疗保险费，缴费结果以医保部门确认为准。</Text>
      <OtherPayerNotice />
      {identity && (
        <View className='card'>
          <Text className='paragraph'>
            {identity.openedFromShareCard ? '正在为家人代缴' : '已认证'}：{identity.maskedName}（
            {identity.maskedIdNumber}）
          </Text>
          <ActionButton label='换一个人缴费' kind='secondary' onTap={signOut} />
        </View>
      )}
      <ActionButton
        label='为本人缴费'
        onTap={() => {
          startForSelf()
          goTo(identity ? 'enrolment' : 'verify')
        }}
      />
      <ActionButton
        label='为家人缴费'
        kind='secondary'
        onTap={() => (identity ? goTo('familyMembers') : goTo('verify', { next: 'family' }))}
      />
      <ActionButton label='缴费记录' kind='secondary' onTap={() => goTo('records')} />
      <NowPanel />
      <CareModeSwitch on={careMode} onToggle={() => setCareMode(!careMode)} />
      <ActionButton label='个人信息保护' kind='secondary' onTap={() => goTo('privacy')} />
    </PageShell>
  )
}
