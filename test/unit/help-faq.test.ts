import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { helpIndexSource, HELP_INDEX_FILE } from '../../scripts/make-help-index'
import { fen } from '../../src/domain/money'
import type { RegionRules } from '../../src/domain/region-rules'
import { FAQ_ENTRIES } from '../../src/features/help/faq/faq-entries'
import { FAQ_GROUPS } from '../../src/features/help/faq/faq-groups'
import { answerView, faqSections } from '../../src/features/help/faq/faq-view'
import { createFaqSearch } from '../../src/features/help/search/faq-search'

const search = createFaqSearch(FAQ_ENTRIES)
const questionOf = (id: string) => FAQ_ENTRIES.find((entry) => entry.id === id)?.question

test('at least 28 questions, every kind of question has some, and every answer names its source', () => {
  expect(FAQ_ENTRIES.length).toBeGreaterThanOrEqual(28)
  for (const group of FAQ_GROUPS) expect(FAQ_ENTRIES.some((entry) => entry.group === group)).toBe(true)
  for (const entry of FAQ_ENTRIES) {
    expect(entry.sources.length).toBeGreaterThan(0)
    for (const source of entry.sources) expect(source.url === '' || source.url.startsWith('http')).toBe(true)
  }
  expect(new Set(FAQ_ENTRIES.map((entry) => entry.id)).size).toBe(FAQ_ENTRIES.length)
})

test('the generated pinyin index matches the questions (run scripts/make-help-index.ts when this fails)', () => {
  expect(readFileSync(HELP_INDEX_FILE, 'utf8')).toBe(helpIndexSource())
})

test('pinyin-pro is used at build time only: nothing the app bundles imports it', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name)
      return statSync(path).isDirectory() ? files(path) : [path]
    })
  const importers = files(join(__dirname, '../../src')).filter(
    (path) =>
      /\.tsx?$/.test(path) && /(from|import\(|require\()\s*'pinyin-pro'/.test(readFileSync(path, 'utf8')),
  )
  expect(importers).toEqual([])
})

test('a Chinese word finds the answers that use it, best first', () => {
  const found = search.search('等待期')
  expect(found.length).toBeGreaterThan(2)
  expect(found.slice(0, 3).every((id) => questionOf(id)?.includes('等待期'))).toBe(true)
  expect(search.search('退费')).toEqual(expect.arrayContaining(['refund-when', 'refund-where']))
  expect(search.search('近亲属')[0]).toBe('family-relatives')
})

test('every pair of a query must be found in one answer: 退费进度 finds the refund answer, 退款进度 (no answer has both) none', () => {
  expect(search.search('退款进度')).toEqual([])
  expect(search.search('退费进度')).toEqual(['refund-where'])
})

test('pinyin initials find the words they stand for, inside a longer phrase too', () => {
  // ddq: 等待期; tf: 退费; xse: 新生儿; jtgj: 家庭共济; bj: 补缴.
  expect(search.search('ddq')).toEqual(expect.arrayContaining(['waiting-what', 'waiting-length']))
  expect(search.search('tf')).toEqual(expect.arrayContaining(['refund-when', 'refund-where']))
  expect(search.search('xse')[0]).toBe('newborn-when')
  expect(search.search('JTGJ')).toContain('family-account')
  expect(search.search('bj')).toContain('gap-repair')
})

test('whole pinyin syllables find the keyword too', () => {
  expect(search.search('tuifei')).toEqual(expect.arrayContaining(['refund-when', 'refund-where']))
  expect(search.search('dengdai')).toContain('waiting-what')
})

test('a query that matches nothing finds nothing, and an empty one does not search', () => {
  expect(search.search('火星')).toEqual([])
  expect(search.search('zzzq')).toEqual([])
  expect(search.search('  ')).toEqual([])
})

const region: RegionRules = {
  adcode: '110000',
  name: '北京市',
  capabilities: {},
  years: [
    {
      benefitYear: 2026,
      // 北京市医疗保障局 2026 notice as quoted by 中新网 [B]: 460 / 435 / 795.
      individualStandardFen: { elderly: fen(46000), 'child-student': fen(43500), 'working-age': fen(79500) },
      individualFromNationalFloor: false,
      window: { start: '2025-11-30', end: '2026-02-28' },
      subsidyRules: [],
      sources: [
        { document: '北京市2026年度城乡居民医保缴费通知', url: 'https://example.gov.cn/n', grade: 'B' },
      ],
    },
  ],
}

test('an answer where regions differ takes the figures and the sources from the region file', () => {
  const view = answerView(
    FAQ_ENTRIES.find((entry) => entry.id === 'standard-amount')!,
    region,
    '2025-12-01',
  )
  expect(view.regional.join('')).toContain(
    '北京市2026年度个人缴费标准（每人每年）：老年人460.00元，学生儿童435.00元',
  )
  expect(view.sources.map((source) => source.document)).toContain('北京市2026年度城乡居民医保缴费通知')
  const window = answerView(
    FAQ_ENTRIES.find((entry) => entry.id === 'window-when')!,
    region,
    '2025-12-01',
  )
  expect(window.regional.join('')).toContain('2025年11月30日至2026年2月28日')
})

test('without a region such an answer asks for one; without a sourced figure it says so and points to 12393', () => {
  const entry = FAQ_ENTRIES.find((candidate) => candidate.id === 'newborn-when')!
  expect(answerView(entry, undefined, '2025-12-01').regional.join('')).toContain('选择参保地')
  expect(answerView(entry, region, '2025-12-01').regional.join('')).toContain(
    '北京市的新生儿参保时限，本程序尚未找到可靠来源',
  )
})

test('sections keep the group order, and a search result shows only the entries found', () => {
  expect(faqSections(undefined, '2025-12-01').map((section) => section.title)[0]).toBe('缴费标准')
  const found = faqSections(undefined, '2025-12-01', ['refund-where', 'standard-amount'])
  expect(found.map((section) => section.title)).toEqual(['缴费标准', '退费'])
})
