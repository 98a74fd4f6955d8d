/**
 * The simulated WeChat face service of demo and sandbox builds: what happens
 * to a verifyId between the bureau starting a face verification and reading
 * its result. It records the result the bureau will read (as WeChat's
 * queryverifyinfo would tell it) and answers what the phone would see from
 * wx.requestFacialVerify: finished (whatever the result) or cancelled.
 * A fault plays one check otherwise: `cancelled`; `failed` (finished, but not
 * the same person); `expired` (time runs past the verifyId's life before the
 * app confirms); `reused` (someone used the verifyId before the app did).
 */
import { FACE_VERIFICATION_SECONDS, type Bureau } from '../bureau'
import type { FaceCheckOutcome } from '../../services/ports'

export const FACE_FAULTS = ['cancelled', 'failed', 'expired', 'reused'] as const
export type FaceFault = (typeof FACE_FAULTS)[number]

export interface FaceWorld {
  bureau: Pick<Bureau, 'recordFaceResult' | 'handle'>
  /** Moves the bureau's clock on (the resident took too long). */
  passTime(ms: number): void
}

export async function simulateFaceCheck(
  world: FaceWorld,
  verifyId: string,
  fault?: FaceFault,
): Promise<FaceCheckOutcome> {
  const result = fault === 'cancelled' ? 'cancelled' : fault === 'failed' ? 'failed' : 'passed'
  const recorded = await world.bureau.recordFaceResult({ verifyId, result })
  if (!recorded.ok) return { finished: false, reason: 'failed' }
  if (fault === 'cancelled') return { finished: false, reason: 'cancelled' }
  if (fault === 'expired') world.passTime((FACE_VERIFICATION_SECONDS + 1) * 1000)
  // A replay spends it: the app's own confirmation then finds it used.
  if (fault === 'reused') await world.bureau.handle('verifyIdentity', { verifyId })
  return { finished: true }
}
