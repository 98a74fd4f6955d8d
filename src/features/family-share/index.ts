/** 请家人代缴: the share card's panel at step 3 (with the open links), the relative's welcome, and why a card cannot be opened. */
export { FamilySharePanel } from './family-share-panel'
export { FamilyWelcome } from './family-welcome'
export { ShareOpeningProblem } from './share-opening-problem'
export { FAMILY_SHARE_TITLE, familyShareCard, HOME_SHARE_CARD } from './family-share-card'
export { useFamilyShareCard } from './use-family-share-card'
