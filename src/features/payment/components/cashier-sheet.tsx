/**
 * The simulated WeChat cashier shown with the mock gateway. It stands where
 * WeChat's own sheet would: 支付 moves the money in the mock ledger, 取消 does not.
 */
import { View, Text } from '@tarojs/components'
import { useSyncExternalStore } from 'react'
import { formatYuan, fen } from '../../../domain/money'
import type { MockCashier } from '../../../gateway/mock/mock-cashier'
import { ActionButton } from './action-button'

export function CashierSheet({ cashier }: { cashier: MockCashier }) {
  const request = useSyncExternalStore(cashier.subscribe, cashier.current, cashier.current)
  if (!request) return null
  return (
    <View className='sheet-backdrop'>
      <View className='sheet' ariaRole='dialog' ariaLabel='微信支付收银台（模拟）'>
        <Text className='sheet-title'>微信支付（模拟收银台）</Text>
        <Text className='sheet-merchant'>城乡居民医保缴费</Text>
        <View className='amount-total'>
          <Text className='amount-unit'>¥</Text>
          <Text className='amount-figure'>{formatYuan(fen(request.amountFen))}</Text>
        </View>
        <ActionButton label='支付' onTap={() => cashier.pay()} />
        <ActionButton label='取消' kind='secondary' onTap={() => cashier.cancel()} />
      </View>
    </View>
  )
}
