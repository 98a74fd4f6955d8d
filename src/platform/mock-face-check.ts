/**
 * The face check of demo builds (mock bureau): no camera. After a short
 * simulated capture it hands the verifyId to the simulated WeChat face
 * service (`complete`, the mock bureau's side), which records the result the
 * bureau will read and says whether the check finished or was cancelled —
 * as wx.requestFacialVerify would. Whether it passed, only the bureau says.
 * It sees the verifyId only, never a name or ID number.
 */
import type { FaceCheckOutcome, FaceCheckPort } from '../services/ports'

/** The simulated WeChat face service: the outcome the phone would see for this verifyId. */
export type SimulatedFaceService = (verifyId: string) => Promise<FaceCheckOutcome>

export function createMockFaceCheck(deps: {
  latencyMs: number
  complete: SimulatedFaceService
}): FaceCheckPort {
  return {
    simulated: true,
    async verify(verifyId) {
      if (deps.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, deps.latencyMs))
      try {
        return await deps.complete(verifyId)
      } catch {
        return { finished: false, reason: 'failed' }
      }
    },
  }
}
