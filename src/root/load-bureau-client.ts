/**
 * The bureau client for the composition root. weapp has no code splitting:
 * bundled as usual. (H5: load-bureau-client.h5.ts.)
 */
import { createBureauClient, type BureauClient } from '../services/bureau-client'
import type { GatewayTransport } from '../services/ports'

export function loadBureauClient(transport: GatewayTransport): Promise<BureauClient> {
  return Promise.resolve(createBureauClient(transport))
}
