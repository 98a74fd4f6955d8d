/** H5: no WeChat share sheet in a browser, so the card is copied as a link to paste into a chat. */
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { ShareCard } from '../../platform/share'
import { copyShareLink } from '../../platform/share-link.h5'
import { ActionButton } from '../../ui/action-button'

export function SendCardButton({ card }: { card: ShareCard }) {
  const [copied, setCopied] = useState<boolean | undefined>(undefined)
  return (
    <View>
      <ActionButton
        kind='secondary'
        label='复制链接发给家人'
        onTap={() => void copyShareLink(card.path).then(setCopied)}
      />
      {copied !== undefined && (
        <Text className='hint' ariaRole='status'>
          {copied ? '链接已复制，请粘贴到微信发给家人。' : '复制失败，请在微信中打开本程序后再发送。'}
        </Text>
      )}
    </View>
  )
}
