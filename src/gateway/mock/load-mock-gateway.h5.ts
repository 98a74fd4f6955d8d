/**
 * H5: the mock bureau (seeded residents, ledger, rules it re-checks) is a demo
 * stand-in, not part of the app, so it loads in its own chunk when the first
 * gateway call is made instead of weighing on the home page's first load.
 */
import type * as MockGatewayModule from './mock-gateway'

export function loadMockGateway(): Promise<typeof MockGatewayModule> {
  return import('./mock-gateway')
}
