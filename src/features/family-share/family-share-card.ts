/**
 * The 请家人代缴 card: a fixed title and a path holding only the bureau's
 * opaque share token. Never the name, the ID number or any masked form of
 * them: a card can be forwarded anywhere.
 */
import { routeOf, urlOf } from '../../config/routes'
import type { ShareCard } from '../../platform/share'

export const FAMILY_SHARE_TITLE = '请帮我缴纳城乡居民医保费'

export function familyShareCard(shareToken: string): ShareCard {
  return { title: FAMILY_SHARE_TITLE, path: urlOf('familyShare', { share: shareToken }) }
}

/** What the ··· menu shares before a card is made: the home page, nobody's bill. */
export const HOME_SHARE_CARD: ShareCard = { title: '城乡居民医保缴费', path: routeOf('home') }
