/**
 * H5: browsers have no scanner to call, so the resident takes a photo of the
 * receipt's QR code (the camera on a phone, a file elsewhere) and jsQR reads
 * it. The file input is created and clicked within the tap, as browsers only
 * open a picker for the tap itself; jsQR (149 KB minified, 47 KB gzipped, a
 * chunk of its own) is fetched only after a photo is chosen.
 */
import type { ScanOutcome } from './scan-code'

export type { ScanOutcome } from './scan-code'

/** What the button says: on H5 it opens the camera or the photo picker. */
export const SCAN_LABEL = '拍照或上传凭证二维码'

/** Big enough for a QR code filling a small part of a phone photo; larger photos are scaled down to it. */
const MAX_SIDE_PX = 2000

export function scanQrCode(): Promise<ScanOutcome> {
  const input = document.createElement('input')
  input.type = 'file'
  input.accept = 'image/*'
  input.setAttribute('capture', 'environment')
  input.style.display = 'none'
  document.body.appendChild(input)
  const chosen = new Promise<File | undefined>((resolve) => {
    input.addEventListener('change', () => resolve(input.files?.[0]), { once: true })
    input.addEventListener('cancel', () => resolve(undefined), { once: true })
  })
  input.click()
  return chosen
    .then((file) => (file ? readQrCode(file) : ({ kind: 'cancelled' } as const)))
    .finally(() => input.remove())
}

async function readQrCode(file: File): Promise<ScanOutcome> {
  try {
    const [{ default: jsQR }, image] = await Promise.all([import('jsqr'), loadImage(file)])
    const scale = Math.min(1, MAX_SIDE_PX / Math.max(image.naturalWidth, image.naturalHeight))
    const width = Math.max(1, Math.round(image.naturalWidth * scale))
    const height = Math.max(1, Math.round(image.naturalHeight * scale))
    const canvas = document.createElement('canvas')
    canvas.width = width
    canvas.height = height
    const context = canvas.getContext('2d', { willReadFrequently: true })
    if (!context) return { kind: 'unreadable' }
    context.drawImage(image, 0, 0, width, height)
    const code = jsQR(context.getImageData(0, 0, width, height).data, width, height)
    return code?.data ? { kind: 'text', text: code.data } : { kind: 'unreadable' }
  } catch {
    // Not an image the browser can draw.
    return { kind: 'unreadable' }
  }
}

function loadImage(file: File): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(file)
  return new Promise<HTMLImageElement>((resolve, reject) => {
    const image = new Image()
    image.onload = () => resolve(image)
    image.onerror = () => reject(new Error('not an image'))
    image.src = url
  }).finally(() => URL.revokeObjectURL(url))
}
