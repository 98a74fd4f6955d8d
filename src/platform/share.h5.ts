/** H5: browsers have no share sheet to feed; the card is sent as a copied link (share-link.h5.ts). */
import type { ShareCard } from './share-card'

export type { ShareCard } from './share-card'

export function useShareCard(_card: ShareCard | undefined, _fallback: ShareCard): void {}
