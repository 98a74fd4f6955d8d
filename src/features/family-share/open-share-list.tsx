/**
 * The resident's 请家人代缴 links still open (the bureau's list: not paid,
 * expired or revoked), each by its last day, with 撤回链接. A link is named
 * by its place in the list, never by its token or anything personal.
 */
import { View, Text } from '@tarojs/components'
import { formatChineseDate } from '../../domain/chinese-date'
import type { ShareToken } from '../../services/model'
import type { Loadable } from '../../ui/loadable'
import { ActionButton } from '../../ui/action-button'
import { KeepTogether } from '../../ui/keep-together'
import { GatewayErrorPanel, LoadingPanel, NoticePanel } from '../../ui/status-panel'

/** What the resident reads once a link is revoked. */
export const REVOKED_TITLE = '已撤回，家人打开此链接将无法缴费'

export interface OpenShareListProps {
  shares: Loadable<ShareToken[]>
  /** The last 撤回链接: which link, and how it went. */
  revocation?: { shareToken: string; result: Loadable<{ revoked: true }> }
  /** The link of the card on show, marked as made just now. */
  currentShareToken?: string
  /**
   * A card was made on this screen: its list is awaited, so loading and a
   * failed listing are said. Before that the list shows only when there are links.
   */
  cardMade: boolean
  onRevoke(shareToken: string): void
  onReload(): void
}

export function OpenShareList({
  shares,
  revocation,
  currentShareToken,
  cardMade,
  onRevoke,
  onReload,
}: OpenShareListProps) {
  const revoking = revocation?.result.status === 'loading' ? revocation.shareToken : undefined
  const revoked = revocation?.result.status === 'ready'
  const revokeError = revocation?.result.status === 'error' ? revocation.result.error : undefined
  const list = shares.status === 'ready' ? shares.data : []

  if (shares.status === 'loading' && cardMade) return <LoadingPanel message='正在查询您已发出的代缴链接…' />
  if (shares.status === 'error' && cardMade) {
    return (
      <View className='card'>
        <Text className='card-title'>已发出的代缴链接</Text>
        <GatewayErrorPanel error={shares.error} onRetry={onReload} />
      </View>
    )
  }
  if (list.length === 0 && !revocation) return null

  return (
    <View className='card' ariaRole='region' ariaLabel='已发出的代缴链接'>
      <Text className='card-title'>已发出的代缴链接</Text>
      {/* The outcome first, where the revoked link was: it has left the list below. */}
      <View ariaRole='status'>
        {revoked && (
          <NoticePanel
            tone='ok'
            title={REVOKED_TITLE}
            detail='如仍需家人代缴，请点“请家人代缴”生成新的链接再发送。'
          />
        )}
      </View>
      <Text className='hint'>
        {list.length > 0
          ? '家人缴费前，您可以随时撤回链接。撤回后，家人打开此链接将无法缴费。'
          : '目前没有可以使用的代缴链接。'}
      </Text>
      {list.map((share, index) => {
        const name = `代缴链接 ${index + 1}${share.shareToken === currentShareToken ? '（刚刚生成）' : ''}`
        const lastDay = `有效期至 ${formatChineseDate(share.expiresOn)}`
        return (
          <View key={share.shareToken} className='choice' ariaRole='group' ariaLabel={`${name}，${lastDay}`}>
            <Text className='choice-title'>{name}</Text>
            <Text className='choice-detail'>
              <KeepTogether text={lastDay} />
            </Text>
            <ActionButton
              kind='secondary'
              label='撤回链接'
              busy={revoking === share.shareToken}
              busyLabel='正在撤回，请稍候…'
              disabled={revoking !== undefined}
              onTap={() => onRevoke(share.shareToken)}
            />
          </View>
        )
      })}
      {revokeError && revocation && (
        <View>
          <Text className='paragraph'>撤回没有完成，请重试。</Text>
          <GatewayErrorPanel error={revokeError} onRetry={() => onRevoke(revocation.shareToken)} />
        </View>
      )}
    </View>
  )
}
