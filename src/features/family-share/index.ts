/** 请家人代缴: the share card's panel at step 3 and the relative's welcome. */
export { FamilySharePanel } from './family-share-panel'
export { FamilyWelcome } from './family-welcome'
export { FAMILY_SHARE_TITLE, familyShareCard, HOME_SHARE_CARD } from './family-share-card'
export { useFamilyShareCard } from './use-family-share-card'
