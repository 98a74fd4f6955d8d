import { button, render, rowValue, screenText, tap, theOnly, waitUntil } from './ui-helpers'
import { useState } from 'react'
import { AmountView } from '../../src/features/payment/components/amount-view'
import { fen } from '../../src/domain/money'
import type { Quote } from '../../src/domain/quote'

const IN_WINDOW: Quote = {
  benefitYear: 2026,
  lines: [
    { kind: 'standard', label: '个人缴费标准（劳动年龄内居民）', amountFen: fen(40000) },
    { kind: 'assistance', label: '资助参保（低保对象）', amountFen: fen(-12050) },
  ],
  payableFen: fen(27950),
  governmentSubsidyFen: fen(70000),
  coverage: { start: '2026-01-01', waitingMonths: 0, reason: 'in-window' },
}

/** AmountView is controlled; the page keeps `acknowledged` in the store, this keeps it in state. */
function Harness({ quote, onPay }: { quote: Quote; onPay(): void }) {
  const [acknowledged, setAcknowledged] = useState(false)
  return (
    <AmountView
      quote={quote}
      regionName='福建省福州市鼓楼区'
      acknowledged={acknowledged}
      busy={false}
      onAcknowledge={setAcknowledged}
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
  expect(screenText()).not.toContain('等待期')
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
    coverage: { start: '2026-06-15', waitingMonths: 3, reason: 'outside-window' },
  }
  await render(<Harness quote={late} onPay={jest.fn()} />)

  expect(screenText()).toContain('现在缴费需等待 3 个月')
  expect(screenText()).toContain('按规定设置 3 个月等待期，2026年6月15日 起才能享受医保待遇')
  expect(rowValue('待遇起始日期')).toBe('2026年6月15日')
  expect(button('确认支付 400.00 元')).toBeTruthy()
})

test('while the payment starts, the button says so', async () => {
  await render(
    <AmountView
      quote={IN_WINDOW}
      regionName='福建省福州市鼓楼区'
      acknowledged
      busy
      onAcknowledge={jest.fn()}
      onPay={jest.fn()}
    />,
  )
  expect(screenText()).toContain('正在发起支付…')
  expect(screenText()).not.toContain('确认支付')
})
