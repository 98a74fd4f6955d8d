/**
 * Face check used with the mock gateway: a short simulated capture that yields
 * a ticket. The real one (wx.startFacialRecognitionVerify) needs a qualified
 * app id and arrives with the HTTP gateway.
 */
import type { FaceCheckPort } from '../services/ports'

export function createMockFaceCheck(latencyMs: number): FaceCheckPort {
  return {
    verify: () =>
      new Promise((resolve) => {
        setTimeout(() => resolve({ ok: true, ticket: `face-${Date.now().toString(36)}` }), latencyMs)
      }),
  }
}
