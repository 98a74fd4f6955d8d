import { button, byRole, render, rowValue, screenText, tap, theOnly, waitUntil } from '../support/ui-helpers'
import { useState } from 'react'
import { AmountView } from '../../src/features/payment/components/amount-view'
import { fen } from '../../src/domain/money'
import { quoteForYear, type Quote } from '../../src/domain/quote'
import type { BenefitYearRules } from '../../src/domain/region-rules'

const IN_WINDOW: Quote = {
  benefitYear: 2026,
  lines: [
    { kind: 'standard', label: '个人缴费标准（劳动年龄内居民）', amountFen: fen(40000) },
    { kind: 'assistance', label: '资助参保（低保对象）', amountFen: fen(-12050) },
  ],
  payableFen: fen(27950),
  governmentSubsidyFen: fen(70000),
  coverage: {
    start: '2026-01-01',
    end: '2026-12-31',
    waitingMonths: 0,
    fixedMonths: 0,
    variableMonths: 0,
    reason: 'in-window',
    period: 'window',
  },
  breakYears: 0,
  backYears: 0,
  backYearOptions: [
    { backYears: 0, extraFen: fen(0), payableFen: fen(27950), waitingMonths: 0, start: '2026-01-01' },
  ],
  planOptions: [],
  warnings: ['national-floor'],
  sources: [
    { document: '闽政办〔2025〕3号', url: '', grade: 'A' },
    { document: '北京市医疗保障局 常见问题', url: 'https://ybj.beijing.gov.cn/', grade: 'B' },
  ],
}

/** A resident lapsed 3 years paying in the window for 2026 (国办发〔2024〕38号): 5 months, or 3 with 2 back-years. */
const LAPSED_OPTIONS = [
  { backYears: 0, extraFen: fen(0), payableFen: fen(40000), waitingMonths: 5, start: '2026-06-01' },
  { backYears: 1, extraFen: fen(40000), payableFen: fen(80000), waitingMonths: 4, start: '2026-05-01' },
  { backYears: 2, extraFen: fen(80000), payableFen: fen(120000), waitingMonths: 3, start: '2026-04-01' },
]
const LAPSED: Quote = {
  ...IN_WINDOW,
  lines: [{ kind: 'standard', label: '个人缴费标准（劳动年龄内居民）', amountFen: fen(40000) }],
  payableFen: fen(40000),
  coverage: {
    ...IN_WINDOW.coverage,
    start: '2026-06-01',
    waitingMonths: 5,
    fixedMonths: 3,
    variableMonths: 2,
    reason: 'break',
  },
  breakYears: 3,
  backYearOptions: LAPSED_OPTIONS,
}

/** AmountView is controlled; the page keeps `acknowledged` in the store, this keeps it in state. */
function Harness({
  quote,
  onPay,
  onChooseBackYears = jest.fn(),
}: {
  quote: Quote
  onPay(): void
  onChooseBackYears?(years: number): void
}) {
  const [acknowledged, setAcknowledged] = useState(false)
  return (
    <AmountView
      quote={quote}
      regionName='福建省福州市鼓楼区'
      acknowledged={acknowledged}
      busy={false}
      onAcknowledge={setAcknowledged}
      onChooseBackYears={onChooseBackYears}
      onPay={onPay}
    />
  )
}

const checkbox = () => theOnly('checkbox')

test('itemises the bill in 元 and totals it, with the subsidy apart', async () => {
  await render(<Harness quote={IN_WINDOW} onPay={jest.fn()} />)

  expect(screenText()).toContain('缴费明细（2026年度）')
  expect(rowValue('个人缴费标准（劳动年龄内居民）')).toBe('400.00 元')
  expect(rowValue('资助参保（低保对象）')).toBe('-120.50 元')
  expect(rowValue('应缴金额')).toBe('279.50 元')
  expect(document.querySelector('.amount-total')?.textContent).toBe('279.50元')
  expect(rowValue('政府补助标准（人均）')).toBe('700.00 元')
  expect(screenText()).toContain('政府补助由财政直接拨付医保基金，不需要您支付')
  expect(rowValue('参保地')).toBe('福建省福州市鼓楼区')
  expect(rowValue('待遇起始日期')).toBe('2026年1月1日')
  expect(rowValue('待遇享受期')).toBe('2026年1月1日至2026年12月31日')
  expect(rowValue('等待期')).toBe('无')
  expect(rowValue('起始依据')).toBe('集中缴费期内连续参保，无等待期')
  expect(screenText()).not.toContain('现在缴费需等待')
  expect(screenText()).not.toContain('补缴')
})

test('names the notices the bill rests on, with the benefit year and how firm each is', async () => {
  await render(<Harness quote={IN_WINDOW} onPay={jest.fn()} />)
  expect(screenText()).toContain('政策依据（2026年度）')
  expect(screenText()).toContain('闽政办〔2025〕3号（官方原文）')
  expect(screenText()).toContain('北京市医疗保障局 常见问题（官方平台或权威媒体转述）')
  expect(screenText()).toContain('当地按国家规定的最低个人缴费标准执行')
})

test('a subsidy that was not sourced is not shown at all', async () => {
  await render(
    <Harness quote={{ ...IN_WINDOW, governmentSubsidyFen: undefined, warnings: [] }} onPay={jest.fn()} />,
  )
  expect(screenText()).not.toContain('政府补助')
  expect(screenText()).not.toContain('最低个人缴费标准')
})

test('a lapsed resident sees the wait with its reason, and what each number of back-years would change', async () => {
  await render(<Harness quote={LAPSED} onPay={jest.fn()} />)
  expect(screenText()).toContain('现在缴费需等待 5 个月')
  expect(screenText()).toContain('您此前连续 3 年未参保')
  expect(screenText()).toContain('3 个月固定等待期')
  expect(screenText()).toContain('变动等待期为 2 个月')
  expect(screenText()).toContain('2026年6月1日起才能享受医保待遇')
  expect(rowValue('等待期')).toBe('5 个月')
  expect(screenText()).toContain('每补缴 1 年可减少 1 个月等待期，最多可减少 2 个月')
  const radios = byRole('radio')
  expect(radios.map((radio) => radio.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
    '✓ 已选不补缴等待 5 个月 · 2026年6月1日起享受待遇 · 合计 400.00 元',
    '补缴 1 年（400.00 元）等待 4 个月 · 2026年5月1日起享受待遇 · 合计 800.00 元',
    '补缴 2 年（800.00 元）等待 3 个月 · 2026年4月1日起享受待遇 · 合计 1200.00 元',
  ])
  expect(radios.map((radio) => radio.getAttribute('aria-checked'))).toEqual(['true', 'false', 'false'])
})

test('tapping a back-year option asks for that many; tapping the chosen one asks nothing', async () => {
  const onChooseBackYears = jest.fn()
  await render(<Harness quote={LAPSED} onPay={jest.fn()} onChooseBackYears={onChooseBackYears} />)
  const [none, , two] = byRole('radio')
  if (!none || !two) throw new Error('missing options')
  tap(two)
  tap(none)
  expect(onChooseBackYears.mock.calls).toEqual([[2]])
})

test('with 2 back-years chosen the bill has their line, the shorter wait and the new first day', async () => {
  const chosen: Quote = {
    ...LAPSED,
    lines: [
      ...LAPSED.lines,
      { kind: 'back-years', label: '补缴 2 年（按2026年度标准）', amountFen: fen(80000) },
    ],
    payableFen: fen(120000),
    coverage: { ...LAPSED.coverage, start: '2026-04-01', waitingMonths: 3, variableMonths: 0 },
    backYears: 2,
  }
  await render(<Harness quote={chosen} onPay={jest.fn()} />)
  expect(rowValue('补缴 2 年（按2026年度标准）')).toBe('800.00 元')
  expect(rowValue('应缴金额')).toBe('1200.00 元')
  expect(screenText()).toContain('现在缴费需等待 3 个月')
  expect(screenText()).toContain('断保 1 年或补缴后，不设变动等待期')
  expect(rowValue('待遇起始日期')).toBe('2026年4月1日')
  expect(button('确认支付 1200.00 元')).toBeTruthy()
})

test('after a break of 4 years or more the 6-month floor is explained', async () => {
  const longBreak: Quote = {
    ...LAPSED,
    coverage: { ...LAPSED.coverage, start: '2026-07-01', waitingMonths: 6, variableMonths: 3 },
    breakYears: 5,
    backYears: 1,
  }
  await render(<Harness quote={longBreak} onPay={jest.fn()} />)
  expect(screenText()).toContain('断保 4 年及以上的，补缴后等待期仍不少于 6 个月')
})

test('a payment in the extended period says cover starts on the payment date', async () => {
  const extended: Quote = {
    ...IN_WINDOW,
    coverage: { ...IN_WINDOW.coverage, start: '2026-02-10', reason: 'extended-period', period: 'extended' },
    warnings: ['extended-period'],
  }
  await render(<Harness quote={extended} onPay={jest.fn()} />)
  expect(screenText()).toContain('您在延长缴费期内缴费')
  expect(screenText()).toContain('待遇自缴费当日（2026年2月10日）起享受')
  expect(rowValue('起始依据')).toBe('延长缴费期内缴费，自缴费当日起享受待遇')
})

test('a newborn within the time limit is covered from birth', async () => {
  const newborn: Quote = {
    ...IN_WINDOW,
    coverage: { ...IN_WINDOW.coverage, start: '2026-04-20', reason: 'newborn-from-birth' },
  }
  await render(<Harness quote={newborn} onPay={jest.fn()} />)
  expect(rowValue('待遇起始日期')).toBe('2026年4月20日')
  expect(rowValue('起始依据')).toBe('新生儿在规定时限内参保，自出生之日起享受待遇')
})

test('a 大病保险 incentive is shown as information', async () => {
  const withIncentive: Quote = {
    ...IN_WINDOW,
    incentive: { capFen: fen(30000000), continuousSteps: 2, claimFreeSteps: 1, increaseFen: fen(1200000) },
  }
  await render(<Harness quote={withIncentive} onPay={jest.fn()} />)
  expect(screenText()).toContain('大病保险最高支付限额可提高 12000.00 元')
  expect(screenText()).toContain('在原限额 300000.00 元的基础上提高')
})

test('确认支付 does nothing until the notice is acknowledged', async () => {
  const onPay = jest.fn()
  await render(<Harness quote={IN_WINDOW} onPay={onPay} />)

  expect(checkbox().getAttribute('aria-checked')).not.toBe('true')
  expect(screenText()).toContain('请先阅读并勾选缴费须知，再确认支付。')
  tap('确认支付 279.50 元')
  expect(onPay).not.toHaveBeenCalled()

  tap(checkbox())
  await waitUntil(() => expect(checkbox().getAttribute('aria-checked')).toBe('true'))
  expect(screenText()).not.toContain('请先阅读并勾选缴费须知')
  tap('确认支付 279.50 元')
  expect(onPay).toHaveBeenCalledTimes(1)
})

test('unticking the notice makes 确认支付 inactive again', async () => {
  const onPay = jest.fn()
  await render(<Harness quote={IN_WINDOW} onPay={onPay} />)

  tap(checkbox())
  tap(checkbox())
  await waitUntil(() => expect(checkbox().getAttribute('aria-checked')).not.toBe('true'))
  tap('确认支付 279.50 元')
  expect(onPay).not.toHaveBeenCalled()
})

test('paying after the collection window warns of the waiting period', async () => {
  const late: Quote = {
    ...IN_WINDOW,
    lines: [{ kind: 'standard', label: '个人缴费标准（劳动年龄内居民）', amountFen: fen(40000) }],
    payableFen: fen(40000),
    coverage: {
      ...IN_WINDOW.coverage,
      start: '2026-06-15',
      waitingMonths: 3,
      fixedMonths: 3,
      reason: 'outside-window',
      period: 'outside',
    },
    warnings: ['outside-window'],
  }
  await render(<Harness quote={late} onPay={jest.fn()} />)

  expect(screenText()).toContain('现在缴费需等待 3 个月')
  expect(screenText()).toContain('按规定设置 3 个月等待期，2026年6月15日起才能享受医保待遇')
  expect(rowValue('待遇起始日期')).toBe('2026年6月15日')
  expect(button('确认支付 400.00 元')).toBeTruthy()
})

test('a region that counts its wait in days shows the days, not "无", in the row and the title', async () => {
  // A rules fixture with a 60-day wait (waiting.unit 'days'), quoted as the app quotes it.
  const days: BenefitYearRules = {
    benefitYear: 2026,
    individualStandardFen: { 'working-age': fen(40000) },
    individualFromNationalFloor: false,
    window: { start: '2025-10-20', end: '2025-12-31' },
    waiting: { unit: 'days', fixedDays: 60 },
    subsidyRules: [],
    sources: [{ document: '测试用规则', url: '', grade: 'B' }],
  }
  const result = quoteForYear(
    { category: 'working-age', subsidyGroup: 'none', breakYears: 0 },
    days,
    0,
    '2026-03-15',
  )
  if (!result.ok) throw new Error(`expected a quote, got ${result.error}`)
  await render(<Harness quote={result.quote} onPay={jest.fn()} />)

  expect(rowValue('等待期')).toBe('60 天')
  expect(screenText()).toContain('现在缴费需等待 60 天')
  expect(screenText()).not.toContain('需等待 0 个月')
  expect(rowValue('待遇起始日期')).toBe('2026年5月14日')
})

test('while the payment starts, the button says so', async () => {
  await render(
    <AmountView
      quote={IN_WINDOW}
      regionName='福建省福州市鼓楼区'
      acknowledged
      busy
      onAcknowledge={jest.fn()}
      onChooseBackYears={jest.fn()}
      onPay={jest.fn()}
    />,
  )
  expect(screenText()).toContain('正在发起支付…')
  expect(screenText()).not.toContain('确认支付')
})

describe('payment truth (findings) on the amount step', () => {
  const view = (props: Partial<Parameters<typeof AmountView>[0]>, onPay = jest.fn()) => (
    <AmountView
      quote={IN_WINDOW}
      regionName='福建省福州市鼓楼区'
      acknowledged
      busy={false}
      onAcknowledge={jest.fn()}
      onChooseBackYears={jest.fn()}
      onPay={onPay}
      {...props}
    />
  )

  test('The amount answered by createOrder is never compared with the bill: 金额已更新 with the new amount, to confirm again', async () => {
    await render(view({ amountChange: { fromFen: fen(38000), toFen: fen(27950), agreed: true } }))
    expect(screenText()).toContain('金额已更新：应缴 279.50 元')
    expect(screenText()).toContain('（原为 380.00 元）')
  })

  test('A busy bureau is hammered: 确认支付 waits, saying when', async () => {
    const onPay = jest.fn()
    await render(view({ retryAt: Date.now() + 20_000 }, onPay))
    const label = screenText().match(/系统繁忙，请在 (\d+) 秒后重试/)
    expect(Number(label?.[1])).toBeGreaterThanOrEqual(19)
    tap(button(label?.[0] ?? ''))
    expect(onPay).not.toHaveBeenCalled()
  })
})
