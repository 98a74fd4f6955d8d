/**
 * The sandbox variant (the H5 sandbox build): HTTP to the local sandbox bureau.
 * A browser has no WeChat cashier, so the simulated sheet pays through the
 * sandbox bureau's /cashier endpoints; the app lives on the sandbox's date
 * (TARO_APP_MOCK_TODAY, as BUREAU_TODAY) so the rules quote the same window.
 */
import { env } from '../config/env'
import { createSandboxCashier } from '../gateway/http/sandbox-cashier'
import { createSandboxFace } from '../gateway/http/sandbox-face'
import { fixedDateClock } from '../services/clock'
import { taroRequest } from '../platform/http-request'
import { noPhotoUpload } from '../platform/photo-upload'
import type { WireGateway } from './gateway-wiring'
import { httpTransport } from './http-transport'
import { withSheet } from './simulated-cashier-sheet'

export const sandboxWiring: WireGateway = () => {
  const cashier = createSandboxCashier({ baseUrl: env.gatewayUrl, request: taroRequest })
  return {
    transport: httpTransport(),
    payment: cashier,
    clock: fixedDateClock(env.mockToday),
    // No WeChat face verification in a browser: the sandbox bureau's /face/complete completes the verifyId.
    face: createSandboxFace({ baseUrl: env.gatewayUrl, request: taroRequest }),
    // The sandbox has no upload endpoint: a child's binding says so instead of pretending.
    photo: noPhotoUpload,
    simulatedCashier: withSheet(cashier),
    familyAidOverlay: {},
  }
}
