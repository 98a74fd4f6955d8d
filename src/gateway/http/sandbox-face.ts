/**
 * The simulated face check of the H5 sandbox build: a browser has no WeChat
 * face verification, so the verifyId the sandbox bureau started is posted to
 * its simulated WeChat face service (`POST ${baseUrl}/face/complete`,
 * sandbox/README.md), which records the result the bureau will read and
 * answers what wx.requestFacialVerify would: finished or cancelled. Only the
 * verifyId is sent; whether the face passed, only the bureau says.
 */
import type { FaceCheckOutcome, FaceCheckPort, HttpRequester } from '../../services/ports'

export interface SandboxFaceOptions {
  /** The sandbox bureau, e.g. http://127.0.0.1:10087 (no trailing slash needed). */
  baseUrl: string
  request: HttpRequester
  timeoutMs?: number
}

const FAILED: FaceCheckOutcome = { finished: false, reason: 'failed' }

export function createSandboxFace({
  baseUrl,
  request,
  timeoutMs = 10_000,
}: SandboxFaceOptions): FaceCheckPort {
  const url = `${baseUrl.replace(/\/+$/, '')}/face/complete`
  return {
    simulated: true,
    async verify(verifyId) {
      const result = await request({ url, method: 'POST', data: { verifyId }, timeoutMs }).catch(
        () => undefined,
      )
      if (result?.kind !== 'response' || result.status !== 200) return FAILED
      const data = (
        result.data as { ok?: unknown; data?: { finished?: unknown; reason?: unknown } } | undefined
      )?.data
      if (data?.finished === true) return { finished: true }
      return data?.finished === false && data.reason === 'cancelled'
        ? { finished: false, reason: 'cancelled' }
        : FAILED
    },
  }
}
