/**
 * 户口簿 photo upload used with the mock gateway: a short simulated upload that
 * yields a ticket. The real one (Taro.chooseImage, then an upload to the
 * bureau) needs the bureau's upload endpoint and arrives with the HTTP gateway.
 */
import type { PhotoUploadPort } from '../services/ports'

export function createMockPhotoUpload(latencyMs: number): PhotoUploadPort {
  return {
    uploadHouseholdRegister: () =>
      new Promise((resolve) => {
        setTimeout(() => resolve({ ok: true, ticket: `photo-${Date.now().toString(36)}` }), latencyMs)
      }),
  }
}
