/**
 * The 户口簿 photo port: the picker (camera or album), the bureau's photo
 * rules checked before anything is sent, then the upload, which answers the
 * single-use ticket the binding request names. Progress is reported as it
 * goes: the picker open, then the share of the photo sent.
 */
import { householdPhotoProblem } from '../domain/family'
import type { PhotoUploadPort, PhotoUploadRequest, PhotoUploadResult } from '../services/ports'
import type { PhotoPicker, PickedPhoto } from './photo-picker'

/** Sends a chosen photo for a member's binding; `onPercent` as it goes. */
export type PhotoSender = (input: {
  token: string
  memberToken: string
  photo: PickedPhoto
  onPercent(percent: number): void
}) => Promise<PhotoUploadResult>

export function createPhotoUpload(deps: { pick: PhotoPicker; send: PhotoSender }): PhotoUploadPort {
  return {
    async uploadHouseholdRegister({
      token,
      memberToken,
      onProgress,
    }: PhotoUploadRequest): Promise<PhotoUploadResult> {
      onProgress?.({ stage: 'choosing' })
      // Called before any await: on H5 the file input opens only within the resident's tap.
      const picked = await deps.pick()
      if (picked.kind === 'unreadable') return { ok: false, reason: 'not-image' }
      if (picked.kind !== 'picked') return { ok: false, reason: picked.kind }
      const problem = householdPhotoProblem(picked.photo)
      if (problem) return { ok: false, reason: problem }
      onProgress?.({ stage: 'uploading', percent: 0 })
      return deps.send({
        token,
        memberToken,
        photo: picked.photo,
        onPercent: (percent) =>
          onProgress?.({ stage: 'uploading', percent: Math.max(0, Math.min(100, Math.round(percent))) }),
      })
    },
  }
}

/** A build without an upload endpoint (the HTTP gateway, until the bureau names one): says so before asking for a photo. */
export const noPhotoUpload: PhotoUploadPort = {
  uploadHouseholdRegister: () => Promise.resolve({ ok: false, reason: 'unavailable' }),
}
