/**
 * weapp: what the page sends when shared (the 发送给家人 button with
 * open-type="share", or the ··· menu), always with the fixed picture
 * (share-card.ts). The page config must set enableShareAppMessage. H5 has no
 * share sheet: see share.h5.ts.
 */
import { useShareAppMessage } from '@tarojs/taro'
import { shareMessage, type ShareCard } from './share-card'

export type { ShareCard } from './share-card'

export function useShareCard(card: ShareCard | undefined, fallback: ShareCard): void {
  useShareAppMessage(() => shareMessage(card ?? fallback))
}
