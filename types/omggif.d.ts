/** The part of omggif (no published typings) the receipt QR test uses to decode the GIF. */
declare module 'omggif' {
  export class GifReader {
    constructor(buffer: Uint8Array)
    readonly width: number
    readonly height: number
    /** Writes frame `frameNumber` as RGBA into `pixels` (width × height × 4 bytes). */
    decodeAndBlitFrameRGBA(frameNumber: number, pixels: Uint8Array | Uint8ClampedArray): void
  }
}
