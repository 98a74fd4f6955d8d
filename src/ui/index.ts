/** Shared components and hooks that know no feature: every feature and page may use them. */
export { ActionButton } from './action-button'
export { ariaBoolean } from './aria'
export { CareModeContext, TextScaleContext, useCareModeOn, useTextScale } from './care-mode-context'
export { Field } from './field'
export { FoldInCareMode } from './fold-in-care-mode'
export { InfoRows, type InfoRow } from './info-rows'
export { KeepTogether } from './keep-together'
export { LOADING, toLoadable, type Loadable } from './loadable'
export { PageShell } from './page-shell'
export { PrimaryActionBar } from './primary-action-bar'
/** The failure a GatewayErrorPanel explains. */
export type { GatewayError } from '../services/gateway-errors'
export { GatewayErrorPanel, LoadingPanel, NoticePanel } from './status-panel'
