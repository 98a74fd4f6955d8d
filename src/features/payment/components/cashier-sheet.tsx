/**
 * The simulated WeChat cashier shown with the mock gateway and in the H5 sandbox
 * build (the sandbox bureau's /cashier endpoints, src/gateway/http/sandbox-cashier.ts).
 * It stands where WeChat's own sheet would: 支付 moves the money in the ledger, 取消 does
 * not, and 模拟支付失败 has WeChat Pay report a failed payment (PAYERROR), so
 * a demo can show what the resident is told then. It says it is simulated.
 * The composition root binds it to its cashier (src/root/simulated-cashier-sheet.ts);
 * pages show it through SimulatedCashierSheet.
 */
import { View, Text } from '@tarojs/components'
import { useSyncExternalStore } from 'react'
import { formatYuan } from '../../../domain/money'
import type { SimulatedCashier } from '../../../services/ports'
import { ActionButton } from '../../../ui/action-button'

export function CashierSheet({ cashier }: { cashier: SimulatedCashier }) {
  const request = useSyncExternalStore(cashier.subscribe, cashier.current, cashier.current)
  if (!request) return null
  return (
    <View className='sheet-backdrop'>
      <View className='sheet' ariaRole='dialog' ariaLabel='微信支付收银台（模拟）'>
        <Text className='sheet-title'>微信支付（模拟收银台）</Text>
        <Text className='sheet-merchant'>城乡居民医保缴费</Text>
        <View className='amount-total'>
          <Text className='amount-unit'>¥</Text>
          <Text className='amount-figure'>{formatYuan(request.amountFen)}</Text>
        </View>
        <Text className='hint'>演示用的模拟收银台，不会真实扣款。</Text>
        <ActionButton label='支付' onTap={() => cashier.pay()} />
        <ActionButton label='取消' kind='secondary' onTap={() => cashier.cancel()} />
        <ActionButton label='模拟支付失败' kind='secondary' onTap={() => cashier.fail()} />
      </View>
    </View>
  )
}
