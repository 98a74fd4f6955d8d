/** H5: browsers have no share sheet to feed; the card is sent as a copied link (share-link.h5.ts). */
export interface ShareCard {
  title: string
  path: string
}

export function useShareCard(_card: ShareCard | undefined, _fallback: ShareCard): void {}
