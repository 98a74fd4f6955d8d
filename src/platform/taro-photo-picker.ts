/**
 * The only caller of Taro.chooseMedia: one image, taken with the camera or
 * chosen from the album. What comes back is the photo's local path, size and
 * type; the image itself stays on the device until an upload sends it.
 *
 * weapp: WeChat's own sheet (拍摄 / 从相册选择); `fileType` is the media kind
 * ('image'), so the type is read from the temp file's extension.
 * H5 (@tarojs/taro-h5 4.2.1, read in node_modules): chooseMedia adds a hidden
 * `<input type="file" accept="image/*">` (with `capture` when the camera is
 * chosen; on a phone it first shows an action sheet 拍摄 / 从相册选择) and
 * clicks it, so it must run within the resident's tap. `fileType` is the
 * File's MIME type and `tempFilePath` a blob: URL; a file the browser cannot
 * decode as an image is dropped (an empty list), and a cancel is reported only
 * where the browser fires the input's `cancel` event, so the page offers its
 * own 取消 while the picker is open. Taro.chooseImage is a deprecated wrapper
 * of the same on H5.
 */
import Taro from '@tarojs/taro'
import type { PhotoPicker } from './photo-pick'

const TYPES_BY_EXTENSION: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  heic: 'image/heic',
  heif: 'image/heif',
  webp: 'image/webp',
}

function contentTypeOf(file: Taro.chooseMedia.ChooseMedia): string {
  if (file.fileType.includes('/')) return file.fileType.toLowerCase()
  const name = file.originalFileObj?.name ?? file.tempFilePath
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? ''
  return TYPES_BY_EXTENSION[extension] ?? 'application/octet-stream'
}

export const choosePhoto: PhotoPicker = async () => {
  try {
    const { tempFiles } = await Taro.chooseMedia({
      count: 1,
      mediaType: ['image'],
      sourceType: ['camera', 'album'],
      sizeType: ['compressed'],
      camera: 'back',
    })
    const file = tempFiles[0]
    if (!file) return { kind: 'unreadable' }
    return {
      kind: 'picked',
      photo: { path: file.tempFilePath, sizeBytes: file.size, contentType: contentTypeOf(file) },
    }
  } catch (error) {
    const message = String((error as { errMsg?: string } | undefined)?.errMsg ?? '')
    if (/cancel|abort/i.test(message)) return { kind: 'cancelled' }
    if (/auth|permission|denied/i.test(message)) return { kind: 'denied' }
    return { kind: 'failed' }
  }
}
