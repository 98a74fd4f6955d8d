/**
 * The card part of 请家人代缴: the offer to make a card, then the card made,
 * ready to send. The card holds only an opaque token from the bureau (see
 * family-share-card.ts). The resident's open links are listed beside it
 * (open-share-list.tsx); family-share-panel.tsx puts the two together.
 */
import { View, Text } from '@tarojs/components'
import { formatChineseDate } from '../../domain/chinese-date'
import type { ShareToken } from '../../services/model'
import type { Loadable } from '../../ui/loadable'
import { ActionButton } from '../../ui/action-button'
import { KeepTogether } from '../../ui/keep-together'
import { GatewayErrorPanel } from '../../ui/status-panel'
import { familyShareCard } from './family-share-card'
import { SendCardButton } from './send-card-button'

interface ShareCardPanelProps {
  share: Loadable<ShareToken>
  onCreate(): void
}

export function ShareCardPanel({ share, onCreate }: ShareCardPanelProps) {
  if (share.status === 'ready') {
    const card = familyShareCard(share.data.shareToken)
    return (
      <View className='card share-card' ariaRole='region' ariaLabel='代缴卡片'>
        <Text className='card-title'>代缴卡片已准备好</Text>
        <View className='share-preview'>
          <Text className='share-preview-title'>{card.title}</Text>
          <Text className='hint'>
            家人打开卡片后核对缴费信息，用自己的微信支付。卡片不含您的姓名和身份证号。
          </Text>
        </View>
        <Text className='hint'>
          <KeepTogether text={`有效期至 ${formatChineseDate(share.data.expiresOn)}。`} />
        </Text>
        <SendCardButton card={card} />
      </View>
    )
  }
  return (
    <View className='card'>
      <Text className='card-title'>请家人代缴</Text>
      <Text className='hint'>可以把缴费卡片发给子女等家人，由家人用自己的微信为您缴费。</Text>
      {share.status === 'error' && <GatewayErrorPanel error={share.error} />}
      <ActionButton
        kind='secondary'
        label='请家人代缴'
        busy={share.status === 'loading'}
        busyLabel='正在生成代缴卡片…'
        onTap={onCreate}
      />
    </View>
  )
}
