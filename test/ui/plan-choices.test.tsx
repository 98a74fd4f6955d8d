/**
 * Issue 15 in the app's steps: tiers side by side at step 3 (a choice that
 * changes the bill, the order and what step 4 shows), age bands shown with the
 * resident's own marked, the 长护险 part on its own line at step 4, a closed
 * payment day at step 2 and a repairable late bill offered its repair.
 * Quotes come from the region files through the rules, as the app makes them.
 */
import {
  act,
  buttonLabels,
  byRole,
  render,
  rowValue,
  screenText,
  tap,
  theOnly,
  waitForText,
  waitUntil,
} from '../support/ui-helpers'
import type * as TaroPageShown from '../support/taro-page-shown'
import { createTestApp, type TestApp } from '../support/test-app'
import { enrolmentRecord } from '../support/enrolment-record'
import { regionRulesFor } from '../../src/config/regions'
import { createRules, type QuoteProblem } from '../../src/services/rules'
import type { EnrolmentRecord } from '../../src/services/model'
import type { Quote } from '../../src/domain/quote'
import { AmountView } from '../../src/features/payment/components/amount-view'
import { EnrolmentView } from '../../src/features/payment/components/enrolment-view'
import { PlanView } from '../../src/features/payment/components/plan-view'
import AmountPage from '../../src/pages/amount'
import EnrolmentPage from '../../src/pages/enrolment'
import PlanPage from '../../src/pages/plan'
import { outcomeText } from '../../src/features/family/copy/family-copy'
import { goTo } from '../../src/platform/navigation'

jest.mock('../../src/platform/navigation', () => ({
  ...jest.createMockFromModule<object>('../../src/platform/navigation'),
  usePageParams: () => ({}),
}))

// Step 3's share card needs a WeChat page, which a mounted component has not: nothing to share here.
jest.mock('@tarojs/taro', () => ({
  ...jest.requireActual<typeof TaroPageShown>('../support/taro-page-shown').taroWithPageShownOnMount(),
  useShareAppMessage: () => undefined,
}))

// The last test walks three pages and a payment through the app: seconds on a loaded machine.
jest.setTimeout(20_000)

const rules = createRules(regionRulesFor, () => '2025-11-20')

function quoted(record: EnrolmentRecord, choice = {}): Quote {
  const result = rules.quoteFor(record, choice)
  if (!result.ok) throw new Error(`no quote: ${JSON.stringify(result.error)}`)
  return result.value
}

function problemOf(record: EnrolmentRecord): QuoteProblem {
  const result = rules.quoteFor(record)
  if (result.ok) throw new Error('expected a problem')
  return result.error
}

const HANGZHOU = enrolmentRecord({ adcode: '330102', regionName: '浙江省杭州市上城区' })
/** 19 on 1 January 2026: 杭州's 大学生 born before 2008 pay 130 元. */
const HANGZHOU_STUDENT = enrolmentRecord({
  adcode: '330106',
  regionName: '浙江省杭州市西湖区',
  category: 'college-student',
  ageOnFirstDay: 19,
})

const radios = () => byRole('radio')
/** The tiers' radios: the insurance type above them is a radio too. */
const tierRadios = () => radios().filter((radio) => radio.closest('[aria-label="缴费档次"]'))
const checkedOf = (element: Element) => element.getAttribute('aria-checked')

describe('step 3: tiers and age bands side by side', () => {
  test('tiers are radios side by side, each with what it costs; the first is chosen and tapping another asks for it', async () => {
    const onChooseTier = jest.fn()
    await render(
      <PlanView
        record={HANGZHOU}
        quote={quoted(HANGZHOU)}
        onChooseTier={onChooseTier}
        onNext={jest.fn()}
        onHome={jest.fn()}
      />,
    )
    await waitForText('选择缴费档次')
    const group = theOnly('radiogroup')
    expect(group.getAttribute('aria-label')).toBe('缴费档次')
    expect(group.className).toContain('side-by-side')
    const [first, second] = tierRadios()
    expect(tierRadios().map((radio) => radio.textContent)).toEqual([
      '✓ 已选一档800.00 元/年',
      '二档700.00 元/年',
    ])
    expect(first && checkedOf(first)).toBe('true')
    expect(second && checkedOf(second)).toBe('false')
    expect(second?.getAttribute('tabindex')).toBe('0')
    // The amounts never wrap inside.
    expect(
      Array.from(document.querySelectorAll('.plan-option-amount')).every((amount) =>
        amount.className.includes('nowrap'),
      ),
    ).toBe(true)
    expect(screenText()).toContain('每档均含长期护理保险 30.00 元/年')
    // A grade-C figure is marked as such on screen.
    expect(screenText()).toContain('来自第三方转载的资料')

    if (second) tap(second)
    expect(onChooseTier).toHaveBeenCalledWith('tier-2')
    if (first) tap(first)
    expect(onChooseTier).toHaveBeenCalledTimes(1)
  })

  test("age bands are listed with their amounts and the resident's own marked, not offered as a choice", async () => {
    await render(
      <PlanView
        record={HANGZHOU_STUDENT}
        quote={quoted(HANGZHOU_STUDENT)}
        onChooseTier={jest.fn()}
        onNext={jest.fn()}
        onHome={jest.fn()}
      />,
    )
    await waitForText('按年龄段确定的缴费标准')
    expect(tierRadios()).toEqual([])
    expect(byRole('listitem').map((item) => item.getAttribute('aria-label'))).toEqual([
      '2008年1月1日前出生的大学生：130.00 元/年，适用于您',
      '2008年1月1日及以后出生的大学生：100.00 元/年',
    ])
    expect(screenText()).toContain('按2026年1月1日的周岁年龄确定，不需要选择。')
  })
})

describe('step 4: the 长护险 part on its own line', () => {
  test('Hangzhou 一档: 770.00 + 长护险 30.00 = 800.00 元, with the part named under the bill', async () => {
    const quote = quoted(HANGZHOU)
    await render(
      <AmountView
        quote={quote}
        regionName='浙江省杭州市上城区'
        acknowledged={false}
        busy={false}
        onAcknowledge={jest.fn()}
        onChooseBackYears={jest.fn()}
        onPay={jest.fn()}
      />,
    )
    expect(rowValue('个人缴费（劳动年龄内居民，一档，医疗部分）')).toBe('770.00 元')
    expect(rowValue('长期护理保险')).toBe('30.00 元')
    expect(rowValue('应缴金额')).toBe('800.00 元')
    // The two parts read as parts of one payment: neither says the other is in or out of a third figure.
    expect(quote.lines.map((line) => line.label).join()).not.toMatch(/不含|含在/)
    const shownLines = quote.lines.map((line) => Number(rowValue(line.label).replace(' 元', '')) * 100)
    expect(shownLines.reduce((sum, part) => sum + part, 0)).toBe(80000)
    expect(screenText()).toContain('其中长期护理保险 30.00 元')
  })
})

describe('step 2: a closed payment day', () => {
  test('says when to come back, offers no way on to pay, and a way home', async () => {
    const beijing = enrolmentRecord({
      adcode: '110105',
      regionName: '北京市朝阳区',
      bureauDate: '2025-12-22',
    })
    const onHome = jest.fn()
    await render(
      <EnrolmentView
        outcome={{ kind: 'payable', record: beijing }}
        maskedName='**明'
        maskedIdNumber='110***********301X'
        quoteProblem={problemOf(beijing)}
        chosenRecordId={beijing.recordId}
        onConfirm={jest.fn()}
        onShowReceipt={jest.fn()}
        onHome={onHome}
      />,
    )
    await waitForText('今天不在缴费日')
    expect(screenText()).toContain('请于2026年1月5日起缴费。')
    expect(buttonLabels()).toEqual(['返回首页'])
    tap('返回首页')
    expect(onHome).toHaveBeenCalledTimes(1)
  })
})

test("a relative's record in the family cart on a closed day says when to come back, not that figures are missing", () => {
  const beijing = enrolmentRecord({ adcode: '110105', regionName: '北京市朝阳区', bureauDate: '2025-12-22' })
  expect(outcomeText({ kind: 'unquotable', record: beijing, problem: problemOf(beijing) })).toEqual({
    title: '今天不在缴费日',
    detail: '北京市朝阳区今天不受理缴费，请于2026年1月5日起再为其缴费。',
  })
})

describe('step 4: a repairable late bill', () => {
  test('a 5-year break paying on 2026-06-01 is offered 1 back-year, chosen and explained, not 本年度已无法缴费', async () => {
    const late = enrolmentRecord({ breakYears: 5, bureauDate: '2026-06-01' })
    await render(
      <AmountView
        quote={quoted(late)}
        regionName='福建省福州市鼓楼区'
        acknowledged={false}
        busy={false}
        onAcknowledge={jest.fn()}
        onChooseBackYears={jest.fn()}
        onPay={jest.fn()}
      />,
    )
    expect(screenText()).toContain('补缴 1 年后，本年度可以享受待遇')
    expect(screenText()).toContain('不补缴则本年度无法享受待遇')
    expect(screenText()).toContain('自2026年12月1日起享受待遇。已为您预选补缴 1 年。')
    expect(screenText()).not.toContain('本年度已无法缴费')
    const [repair] = radios()
    expect(radios()).toHaveLength(1)
    expect(repair && checkedOf(repair)).toBe('true')
    expect(repair?.textContent).toContain('补缴 1 年（400.00 元）')
    expect(rowValue('应缴金额')).toBe('800.00 元')
  })
})

describe('the tier chosen at step 3 is the bill paid', () => {
  let app: TestApp
  beforeEach(() => {
    app = createTestApp()
  })

  test('方慧敏 chooses 二档: step 3 and step 4 say 700.00 元, and the order the bureau makes is for 700.00 元', async () => {
    const verified = await app.paymentStore.getState().verify('方慧敏', '330102198503123020')
    if (!verified.ok) throw new Error('not verified')
    await render(<EnrolmentPage />, app)
    await waitForText('信息无误，下一步')
    tap('信息无误，下一步')
    await render(<PlanPage />, app)
    await waitForText('选择缴费档次')
    expect(screenText()).toContain('个人缴费标准 800.00 元/年')

    const second = tierRadios().find((radio) => radio.textContent?.includes('二档'))
    if (!second) throw new Error('no 二档')
    tap(second)
    await waitUntil(() => expect(second.getAttribute('aria-checked')).toBe('true'))
    expect(screenText()).toContain('个人缴费标准 700.00 元/年')
    expect(app.paymentStore.getState().quote?.payableFen).toBe(70000)

    tap('下一步：核对金额')
    expect(goTo).toHaveBeenCalledWith('amount')
    await render(<AmountPage />, app)
    expect(rowValue('个人缴费（劳动年龄内居民，二档，医疗部分）')).toBe('670.00 元')
    expect(rowValue('长期护理保险')).toBe('30.00 元')
    expect(rowValue('应缴金额')).toBe('700.00 元')

    tap(byRole('checkbox').at(-1) as Element)
    tap('确认支付 700.00 元')
    // The bureau requotes with the tier sent: an order for 700.00 元 means it agreed, with no 金额已更新.
    await waitUntil(() => expect(app.paymentStore.getState().payment.phase).toBe('awaiting-payment'))
    expect(app.paymentStore.getState().bill?.amountFen).toBe(70000)
    expect(app.paymentStore.getState().amountChange).toBeUndefined()
    act(() => app.cashier?.cancel())
    await waitUntil(() => expect(app.paymentStore.getState().payment.phase).toBe('idle'))
  })
})
