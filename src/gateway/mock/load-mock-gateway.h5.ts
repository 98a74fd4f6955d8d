/**
 * H5: the mock bureau (seeded residents, ledger, rules it re-checks, the fault
 * plan read from the URL flag) is a demo stand-in, not part of the app, so it
 * loads in its own chunk when the first gateway call is made instead of
 * weighing on the home page's first load.
 */
import type { MockBureauModules } from './load-mock-gateway'

export function loadMockGateway(): Promise<MockBureauModules> {
  return Promise.all([import('./mock-gateway'), import('./fault-plan')]).then(([gateway, faultPlan]) => ({
    ...gateway,
    ...faultPlan,
  }))
}
