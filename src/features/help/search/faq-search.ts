/**
 * 常见问题 search over minisearch: Chinese words in the question, its
 * keywords and the fixed answer text, or pinyin (initials such as ddq for
 * 等待期, or whole syllables) of the question and keywords. The pinyin was
 * computed at build time (faq-pinyin.generated.ts).
 */
import MiniSearch from 'minisearch'
import type { FaqEntry } from '../faq/faq-entries'
import { FAQ_PINYIN } from './faq-pinyin.generated'
import { chineseTerms, isPinyinQuery, pinyinTerms } from './search-terms'

interface IndexedFaq {
  id: string
  question: string
  keywords: string
  answer: string
  pinyin: string
}

export interface FaqSearch {
  /** The ids of matching entries, best first; an empty query matches nothing. */
  search(query: string): string[]
}

export function createFaqSearch(entries: readonly FaqEntry[]): FaqSearch {
  const index = new MiniSearch<IndexedFaq>({
    fields: ['question', 'keywords', 'answer', 'pinyin'],
    tokenize: (text, field) => (field === 'pinyin' ? pinyinTerms(text) : chineseTerms(text)),
    processTerm: (term) => term,
  })
  index.addAll(
    entries.map((entry) => ({
      id: entry.id,
      question: entry.question,
      keywords: entry.keywords.join(' '),
      answer: entry.answer.join(''),
      pinyin: FAQ_PINYIN[entry.id] ?? '',
    })),
  )
  return {
    search(query) {
      const text = query.trim()
      if (!text) return []
      const found = isPinyinQuery(text)
        ? index.search(text.replace(/\s+/g, '').toLowerCase(), {
            fields: ['pinyin'],
            prefix: true,
            tokenize: (value) => [value],
          })
        : index.search(text, {
            fields: ['question', 'keywords', 'answer'],
            boost: { keywords: 3, question: 2 },
            combineWith: 'AND',
            // A single character matches the pairs it starts.
            prefix: (term) => term.length === 1,
            tokenize: chineseTerms,
          })
      return found.map((result) => String(result.id))
    },
  }
}
