/**
 * The 户口簿 photo upload of the mock build. The demo has no upload endpoint:
 * the photo is never read or sent; the mock bureau is handed its size and type
 * only (after a short simulated upload, with progress) and answers a
 * single-use ticket for that member's binding, or why it refuses the photo.
 * A real upload (Taro.uploadFile to the bureau's endpoint) arrives with one.
 */
import type { PhotoSender } from './photo-upload'

/** The mock bureau's side: a photo's size and type for a member's binding, answered with a ticket or a reason. */
export type PhotoReceiver = (input: {
  token: string
  memberToken: string
  sizeBytes: number
  contentType: string
}) => Promise<{ ok: true; ticket: string } | { ok: false; message: string }>

const STEPS = 4

export function createMockPhotoSender(deps: { latencyMs: number; receive: PhotoReceiver }): PhotoSender {
  return async ({ token, memberToken, photo, onPercent }) => {
    for (let step = 1; step <= STEPS; step += 1) {
      if (deps.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, deps.latencyMs / STEPS))
      onPercent((step / STEPS) * 100)
    }
    try {
      const answer = await deps.receive({
        token,
        memberToken,
        sizeBytes: photo.sizeBytes,
        contentType: photo.contentType,
      })
      return answer.ok ? answer : { ok: false, reason: 'refused', message: answer.message }
    } catch {
      return { ok: false, reason: 'failed' }
    }
  }
}
