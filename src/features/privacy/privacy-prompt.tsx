/**
 * WeChat held a privacy-scoped call (the 户口簿 photo, face verification, the
 * clipboard) because the resident has not agreed to the privacy guide, or
 * agreed before it changed. This asks, on the page that made the call, and
 * lets the call go on or fail. Each page that makes such calls mounts one:
 * WeChat keeps only the listener registered last, so it registers on show.
 * On H5 nothing is ever held and this shows nothing.
 */
import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { onPrivacyAuthorizationNeeded, type PrivacyRequest } from '../../platform/privacy'
import { ActionButton } from '../../ui'
import { PrivacyAgreeButton } from './privacy-agree-button'

const AGREE_BUTTON_ID = 'privacy-prompt-agree'

export function PrivacyPrompt({ onReadNotice }: { onReadNotice(): void }) {
  const [request, setRequest] = useState<PrivacyRequest>()

  useDidShow(() => {
    onPrivacyAuthorizationNeeded((held) => {
      held.shown()
      setRequest(held)
    })
  })

  if (!request) return null
  const answer = (agreed: boolean) => {
    if (agreed) request.agree(AGREE_BUTTON_ID)
    else request.disagree()
    setRequest(undefined)
  }
  return (
    <View className='panel panel-warn' ariaRole='alertdialog' ariaLabel='需要您同意个人信息保护说明'>
      <Text className='panel-title'>需要您同意个人信息保护说明</Text>
      <Text className='panel-detail'>
        这一步要用到您的个人信息（如拍摄户口簿、人脸核验）。请阅读《个人信息保护说明》，同意后继续；不同意则这一步不会进行。
      </Text>
      <ActionButton label='查看个人信息保护说明' kind='secondary' onTap={onReadNotice} />
      <PrivacyAgreeButton
        id={AGREE_BUTTON_ID}
        label='同意并继续'
        answers='wechat'
        onAgree={() => answer(true)}
      />
      <ActionButton label='不同意' kind='secondary' onTap={() => answer(false)} />
    </View>
  )
}
