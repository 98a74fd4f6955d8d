/**
 * How 常见问题 is cut into search terms. Chinese has no spaces, so a run of
 * Chinese characters becomes its overlapping pairs (等待期 → 等待, 待期), as
 * search engines do for CJK text; a query's pairs must all be found. Letters
 * and digits stay whole words. Pinyin initials are matched anywhere inside a
 * phrase's initials (dd finds 等待 in 未缴等待期) by indexing every suffix:
 * a query then matches one by prefix.
 */
const CHINESE = /[\u3400-\u9fff]+/g
const WORDS = /[a-z0-9]+/g

export function chineseTerms(text: string): string[] {
  const lower = text.toLowerCase()
  const pairs = (lower.match(CHINESE) ?? []).flatMap((run) =>
    run.length === 1
      ? [run]
      : Array.from({ length: run.length - 1 }, (_, index) => run.slice(index, index + 2)),
  )
  return [...pairs, ...(lower.match(WORDS) ?? [])]
}

/** Every suffix of each pinyin phrase, two letters or longer: a prefix search then finds any inner run. */
export function pinyinTerms(phrases: string): string[] {
  return phrases
    .split(' ')
    .filter(Boolean)
    .flatMap((phrase) =>
      Array.from({ length: Math.max(phrase.length - 1, 1) }, (_, index) => phrase.slice(index)),
    )
}

/** A query of letters only is read as pinyin (initials or full); anything else as Chinese words. */
export const isPinyinQuery = (query: string): boolean => /^[a-z]+$/i.test(query.replace(/\s+/g, ''))
