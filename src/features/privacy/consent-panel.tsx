/**
 * Privacy consent, asked before any personal data is collected, and again when
 * the notice has changed since the resident agreed. The full notice is one tap
 * away (the 个人信息保护 page).
 */
import { View, Text } from '@tarojs/components'
import { ActionButton } from '../../ui'
import { PrivacyAgreeButton } from './privacy-agree-button'

interface ConsentPanelProps {
  /** The resident agreed to an earlier notice: say it changed. */
  outdated: boolean
  onAccept(): void
  onDecline(): void
  onReadNotice(): void
}

export function ConsentPanel({ outdated, onAccept, onDecline, onReadNotice }: ConsentPanelProps) {
  return (
    <View className='card' ariaRole='region' ariaLabel='个人信息使用说明'>
      <Text className='card-title'>个人信息使用说明</Text>
      {outdated && (
        <Text className='paragraph'>
          个人信息保护说明已更新，请阅读后再次确认。确认前不会继续使用您的信息。
        </Text>
      )}
      <Text className='paragraph'>
        为办理城乡居民医保缴费，我们需要收集您的姓名、身份证号，并进行人脸核验；为未满16周岁的家人绑定家庭共济时，还需要户口簿照片。这些信息只提供给医保部门用于核验身份、查询参保信息和缴费，缴费金额由税务部门征收、通过微信支付完成。
      </Text>
      <Text className='paragraph'>
        本程序不在手机上保存您的姓名原文、身份证号原文和出生日期，页面上只显示部分遮挡后的信息。您可以随时撤回同意并清除本机数据。
      </Text>
      <ActionButton label='查看个人信息保护说明' kind='secondary' onTap={onReadNotice} />
      <PrivacyAgreeButton id='consent-agree' label='同意并继续' onAgree={onAccept} />
      <ActionButton label='不同意，返回首页' kind='secondary' onTap={onDecline} />
    </View>
  )
}
