/** The part of miniprogram-compiler (WeChat's wcc/wcsc for Node, no published typings) the weapp tests use. */
declare module 'miniprogram-compiler' {
  interface CompilerOptions {
    /** Bytes the compiler may write to stdout (default 1 MiB). */
    maxBuffer?: number
  }
  /** Compiles every .wxml (and .wxs) under `rootPath` with wcc; throws with wcc's message if one fails. */
  export function wxmlToJs(rootPath: string, options?: CompilerOptions): string
  /** Compiles every .wxss under `rootPath` with wcsc; throws if one fails. */
  export function wxssToJs(rootPath: string, options?: CompilerOptions): string
}
