/**
 * H5: the bureau client parses every answer with the zod wire schemas, and
 * zod with the schemas is the largest piece of the app's own code. Home
 * needs none of it to paint and take taps, so it loads in its own chunk with
 * the first gateway call.
 */
import type { BureauClient } from '../services/bureau-client'
import type { GatewayTransport } from '../services/ports'

export function loadBureauClient(transport: GatewayTransport): Promise<BureauClient> {
  return import('../services/bureau-client').then((module) => module.createBureauClient(transport))
}
