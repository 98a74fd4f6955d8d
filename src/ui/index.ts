/** Shared components and hooks that know no feature: every feature and page may use them. */
export { ActionButton } from './action-button'
export { CareModeContext, useCareModeOn } from './care-mode-context'
export { Field } from './field'
export { FoldInCareMode } from './fold-in-care-mode'
export { InfoRows, type InfoRow } from './info-rows'
export { KeepTogether } from './keep-together'
export { LOADING, toLoadable, type Loadable } from './loadable'
export { PageShell } from './page-shell'
/** The failure a GatewayErrorPanel explains. */
export type { GatewayError } from '../services/gateway-errors'
export { GatewayErrorPanel, LoadingPanel, NoticePanel } from './status-panel'
