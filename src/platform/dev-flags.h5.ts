/** H5: `?mockFault=getEnrolment:malformed` before the `#`, or inside the hash route. */
export function readDevFlag(name: string): string {
  const fromSearch = new URLSearchParams(window.location.search).get(name)
  if (fromSearch) return fromSearch
  const hashQuery = window.location.hash.split('?')[1] ?? ''
  return new URLSearchParams(hashQuery).get(name) ?? ''
}
