/** The part of pngjs (no typings installed) that scripts/make-share-image.ts and the share-card test use. */
declare module 'pngjs' {
  interface PngOptions {
    width?: number
    height?: number
    colorType?: 0 | 2 | 4 | 6
    inputHasAlpha?: boolean
    deflateLevel?: number
  }
  export class PNG {
    constructor(options?: PngOptions)
    width: number
    height: number
    data: Buffer
    static sync: {
      read(buffer: Buffer): PNG
      write(png: PNG, options?: PngOptions): Buffer
    }
  }
}
