/** What the 户口簿 photo picker answers (src/platform/photo-picker.ts picks it). */
export interface PickedPhoto {
  /** A local path (weapp) or blob: URL (H5), for the upload. */
  path: string
  sizeBytes: number
  /** MIME type, e.g. image/jpeg. */
  contentType: string
}

export type PhotoPick =
  | { kind: 'picked'; photo: PickedPhoto }
  | { kind: 'cancelled' }
  /** The app may not use the camera or album (the resident refused, or WeChat's settings). */
  | { kind: 'denied' }
  /** Something was chosen that cannot be read as an image. */
  | { kind: 'unreadable' }
  | { kind: 'failed' }

export type PhotoPicker = () => Promise<PhotoPick>
