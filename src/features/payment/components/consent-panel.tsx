/** Privacy consent, asked before any personal data is collected. */
import { View, Text } from '@tarojs/components'
import { ActionButton } from '../../../ui/action-button'

export function ConsentPanel({ onAccept, onDecline }: { onAccept(): void; onDecline(): void }) {
  return (
    <View className='card'>
      <Text className='card-title'>个人信息使用说明</Text>
      <Text className='paragraph'>
        为办理城乡居民医保缴费，我们需要收集您的姓名、身份证号，并进行人脸核验。这些信息仅用于向医保部门核验身份、查询参保信息和缴费，不会用于其他用途。
      </Text>
      <Text className='paragraph'>
        本程序不在手机上保存您的身份证号和姓名原文，页面上只显示部分遮挡后的信息。
      </Text>
      <ActionButton label='同意并继续' onTap={onAccept} />
      <ActionButton label='不同意，返回首页' kind='secondary' onTap={onDecline} />
    </View>
  )
}
