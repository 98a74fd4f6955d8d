/**
 * What a share card carries: a fixed title, the page it opens, and always the
 * same picture (src/assets/share-card.png, copied to the package root by
 * config/index.ts). Without a picture WeChat puts a screenshot of the page on
 * the card, and the page shows a resident's masked name and bill.
 */
export interface ShareCard {
  title: string
  /** The page the card opens, with its query. */
  path: string
}

export interface ShareMessage extends ShareCard {
  imageUrl: string
}

/** A path in the code package: 5:4, no text, nothing about anyone. */
export const SHARE_CARD_IMAGE = '/assets/share-card.png'

export const shareMessage = (card: ShareCard): ShareMessage => ({ ...card, imageUrl: SHARE_CARD_IMAGE })
