/** '2026-01-01' → '2026年1月1日', as dates are written on bureau notices. */
export function formatChineseDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number)
  return `${year}年${month}月${day}日`
}
