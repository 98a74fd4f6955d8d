/** Care mode (关怀模式): the resident's choice, the switch on home and the 60+ offer. */
export { useCareMode } from './care-mode-store'
export { CareModeSwitch } from './care-mode-switch'
export { CareOffer } from './care-offer'
