import { useShareCard } from '../../platform/share'
import { familyShareCard, HOME_SHARE_CARD } from './family-share-card'

/** What the page shares: the 请家人代缴 card once the bureau gave a token, else the home page. */
export function useFamilyShareCard(shareToken: string | undefined): void {
  useShareCard(shareToken ? familyShareCard(shareToken) : undefined, HOME_SHARE_CARD)
}
