/** Developer flags: only the H5 build reads them (from the URL); see dev-flags.h5.ts. */
export function readDevFlag(_name: string): string {
  return ''
}
