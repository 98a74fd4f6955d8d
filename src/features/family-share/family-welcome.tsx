/** What a relative sees on opening a 请家人代缴 card: whose bill, who pays, and the way on. */
import { View, Text } from '@tarojs/components'
import type { Identity } from '../../services/payment-service'
import { ActionButton } from '../../ui/action-button'
import { InfoRows } from '../../ui/info-rows'

export function FamilyWelcome({ identity, onContinue }: { identity: Identity; onContinue(): void }) {
  return (
    <View className='card'>
      <Text className='paragraph'>您的家人请您帮忙缴纳城乡居民基本医疗保险费。</Text>
      <InfoRows
        rows={[
          { label: '参保人', value: identity.maskedName },
          { label: '身份证号', value: identity.maskedIdNumber },
        ]}
      />
      <Text className='hint'>
        接下来请核对参保信息和金额。缴费使用您自己的微信支付，电子凭证上的参保人是您的家人。
      </Text>
      <ActionButton label='核对参保信息' onTap={onContinue} />
    </View>
  )
}
