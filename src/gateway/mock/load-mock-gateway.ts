/**
 * The mock bureau's code, for the composition root. weapp has no code
 * splitting: it is bundled as usual. (H5: load-mock-gateway.h5.ts.)
 */
import * as mockGateway from './mock-gateway'

export function loadMockGateway(): Promise<typeof mockGateway> {
  return Promise.resolve(mockGateway)
}
