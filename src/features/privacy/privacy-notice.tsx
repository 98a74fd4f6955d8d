/**
 * The 个人信息保护说明 in full, and on weapp the way to WeChat's own page of
 * the privacy guide declared for this mini program (openPrivacyContract).
 */
import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { canOpenPrivacyContract, openPrivacyContract } from '../../platform/privacy'
import { ActionButton, NoticePanel } from '../../ui'
import { NOTICE_SECTIONS, NOTICE_UPDATED } from './copy/privacy-notice'

export function PrivacyNotice() {
  const [contractFailed, setContractFailed] = useState(false)
  return (
    <View>
      <Text className='paragraph'>{NOTICE_UPDATED}</Text>
      {NOTICE_SECTIONS.map((section) => (
        <View key={section.title} className='card' ariaRole='region' ariaLabel={section.title}>
          <View className='card-title' ariaRole='heading' aria-level={2}>
            <Text>{section.title}</Text>
          </View>
          {section.lines.map((line) => (
            <Text key={line} className='paragraph'>
              {line}
            </Text>
          ))}
        </View>
      ))}
      {canOpenPrivacyContract && (
        <ActionButton
          label='查看微信《用户隐私保护指引》'
          kind='secondary'
          onTap={() => void openPrivacyContract().then((opened) => setContractFailed(!opened))}
        />
      )}
      {contractFailed && <NoticePanel tone='warn' title='未能打开隐私保护指引' detail='请稍后再试。' />}
    </View>
  )
}
