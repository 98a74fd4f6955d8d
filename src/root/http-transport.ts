/** The HTTP gateway to a bureau at TARO_APP_GATEWAY_URL (the sandbox or a real one). */
import { env } from '../config/env'
import { createHttpGateway } from '../gateway/http/http-gateway'
import { systemClock } from '../services/clock'
import type { GatewayTransport } from '../services/ports'
import { taroRequest } from '../platform/http-request'
import { randomBytes } from '../platform/random'

export function httpTransport(): GatewayTransport {
  return createHttpGateway({
    baseUrl: env.gatewayUrl,
    request: taroRequest,
    sleep: systemClock.sleep,
    random: randomBytes,
  })
}
