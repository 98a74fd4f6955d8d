/**
 * Runs of text that must not break across lines: an amount with its unit
 * (400.00 元, 584.92 元/月, ¥400.00) and a date (2026年12月31日, 2026年12月,
 * 12月31日, 2026年度, 2026-12-31 10:00) and a count of days (41天). A line may
 * break between runs, never inside one, so no one reads "400.00" at a line's end and "元" on the next.
 */
export interface TextRun {
  text: string
  keep: boolean
}

const NUMBER = String.raw`\d[\d,]*(?:\.\d+)?`
const KEEP = new RegExp(
  [
    String.raw`[¥￥]\s?${NUMBER}`,
    String.raw`${NUMBER}\s?万?元(?:\s?/\s?[年月人])?`,
    String.raw`\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?|度)`,
    String.raw`\d{1,2}月\d{1,2}日`,
    String.raw`\d{4}-\d{2}-\d{2}(?:\s\d{2}:\d{2}(?::\d{2})?)?`,
    // A count of days (还剩41天).
    String.raw`\d+天`,
  ].join('|'),
  'g',
)

export function keepTogetherRuns(text: string): TextRun[] {
  const runs: TextRun[] = []
  let from = 0
  for (const match of text.matchAll(KEEP)) {
    const at = match.index ?? 0
    if (at > from) runs.push({ text: text.slice(from, at), keep: false })
    runs.push({ text: match[0], keep: true })
    from = at + match[0].length
  }
  if (from < text.length) runs.push({ text: text.slice(from), keep: false })
  return runs
}
