/**
 * weapp: what the page sends when shared (the 发送给家人 button with
 * open-type="share", or the ··· menu). The page config must set
 * enableShareAppMessage. H5 has no share sheet: see share.h5.ts.
 */
import { useShareAppMessage } from '@tarojs/taro'

export interface ShareCard {
  title: string
  /** The page the card opens, with its query. */
  path: string
}

export function useShareCard(card: ShareCard | undefined, fallback: ShareCard): void {
  useShareAppMessage(() => card ?? fallback)
}
