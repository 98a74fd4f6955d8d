/**
 * 撤回同意并清除本机数据: asked to confirm, then every key the app saved on
 * this phone is removed, care mode's choice with it, and the app starts again
 * from home. Refused while a payment may be moving money: the bureau must
 * still be asked about it, and a cleared phone could not.
 */
import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { useCareMode } from '../care-mode'
import { usePaymentStoreApi, type WithdrawOutcome } from '../payment'
import { ActionButton, NoticePanel } from '../../ui'

export function WithdrawPanel({ onWithdrawn }: { onWithdrawn(): void }) {
  const payment = usePaymentStoreApi()
  const forgetCareMode = useCareMode((state) => state.forget)
  const [confirming, setConfirming] = useState(false)
  const [refused, setRefused] = useState<WithdrawOutcome>()

  const withdraw = () => {
    const outcome = payment.getState().withdrawConsent()
    setConfirming(false)
    if (!outcome.ok) {
      setRefused(outcome)
      return
    }
    forgetCareMode()
    onWithdrawn()
  }

  return (
    <View className='card' ariaRole='region' ariaLabel='撤回同意'>
      <View className='card-title' ariaRole='heading' aria-level={2}>
        <Text>撤回同意</Text>
      </View>
      <Text className='paragraph'>
        撤回后，本机保存的认证信息、缴费进度、常用缴费人和关怀模式设置将全部删除，并回到首页。已完成的缴费由医保部门保存，不受影响。
      </Text>
      {refused && (
        <NoticePanel
          tone='warn'
          title='有一笔缴费正在确认中，暂不能撤回'
          detail='请等缴费结果确认后再撤回，以免这笔缴费无法在本机查询。'
        />
      )}
      {confirming ? (
        <View ariaRole='group' ariaLabel='确认撤回'>
          <Text className='paragraph'>确定撤回同意并清除本机数据吗？</Text>
          <ActionButton label='确定撤回并清除' onTap={withdraw} />
          <ActionButton label='取消' kind='secondary' onTap={() => setConfirming(false)} />
        </View>
      ) : (
        <ActionButton label='撤回同意并清除本机数据' kind='secondary' onTap={() => setConfirming(true)} />
      )}
    </View>
  )
}
