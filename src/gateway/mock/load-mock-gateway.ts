/**
 * The mock bureau's code, for the composition root. weapp has no code
 * splitting: it is bundled as usual. (H5: load-mock-gateway.h5.ts.)
 */
import * as faultPlan from './fault-plan'
import * as mockGateway from './mock-gateway'

export type MockBureauModules = typeof mockGateway & typeof faultPlan

export function loadMockGateway(): Promise<MockBureauModules> {
  return Promise.resolve({ ...mockGateway, ...faultPlan })
}
