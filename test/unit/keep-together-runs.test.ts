import { keepTogetherRuns } from '../../src/ui/keep-together-runs'

const kept = (text: string) =>
  keepTogetherRuns(text)
    .filter((run) => run.keep)
    .map((run) => run.text)

test('amounts keep their unit, dates their parts', () => {
  expect(kept('确认支付 400.00 元')).toEqual(['400.00 元'])
  expect(kept('每月 584.92 元/月，一档 3,075 元')).toEqual(['584.92 元/月', '3,075 元'])
  expect(kept('¥400.00')).toEqual(['¥400.00'])
  expect(kept('2026年12月31日前缴费，2026年度待遇自2026年1月起')).toEqual([
    '2026年12月31日',
    '2026年度',
    '2026年1月',
  ])
  expect(kept('自 6月1日 起；缴费时间 2025-11-20 10:00')).toEqual(['6月1日', '2025-11-20 10:00'])
  expect(kept('集中缴费期至2025年12月31日，还剩41天。')).toEqual(['2025年12月31日', '41天'])
})

test('the text is unchanged, and plain text is one run', () => {
  const text = '福建省福州市鼓楼区 · 2025-11-20 · 共 400.00 元，凭证号 FJ2026000001'
  expect(
    keepTogetherRuns(text)
      .map((run) => run.text)
      .join(''),
  ).toBe(text)
  expect(keepTogetherRuns('凭证号 FJ2026000001')).toEqual([{ text: '凭证号 FJ2026000001', keep: false }])
  expect(keepTogetherRuns('')).toEqual([])
})
