/**
 * Issue 17 item 13, on steps 2–4 and the family cart: amounts with their
 * unit and dates never break inside a line. jsdom lays nothing out, so this
 * is checked by structure: what must stay whole sits in one `.nowrap`
 * element (app.css keeps it on one line; forms-and-accessibility.test.tsx
 * checks that rule).
 */
import { render, screenText, waitForText } from '../support/ui-helpers'
import type * as TaroPageShown from '../support/taro-page-shown'
import { createTestApp } from '../support/test-app'
import { seed } from '../support/seed'
import { familyStoreFor } from '../../src/features/family/hooks/use-family-store'
import FamilyCartPage from '../../src/packages/family/pages/cart'
import { PlanView } from '../../src/features/payment/components/plan-view'
import { AmountView } from '../../src/features/payment/components/amount-view'
import { EnrolmentView } from '../../src/features/payment/components/enrolment-view'
import { regionRulesFor } from '../../src/config/regions'
import { flexibleRulesOn } from '../../src/domain/flexible-employment'
import { quote, type Quote } from '../../src/domain/quote'
import { fen } from '../../src/domain/money'
import { enrolmentRecord } from '../support/enrolment-record'

jest.mock('../../src/platform/navigation')
jest.mock('@tarojs/taro', () =>
  jest.requireActual<typeof TaroPageShown>('../support/taro-page-shown').taroWithPageShownOnMount(),
)

/** The `.nowrap` elements on screen, by their text. */
const unbroken = (): string[] =>
  Array.from(document.querySelectorAll('.nowrap')).map((element) => (element.textContent ?? '').trim())

function fujianQuote(breakYears = 0): Quote {
  const rules = regionRulesFor('350102')
  const quoted =
    rules &&
    quote(
      { category: 'working-age', subsidyGroup: 'none', breakYears },
      rules,
      { benefitYear: 2026, backYears: 0 },
      '2025-11-20',
    )
  if (!quoted?.ok) throw new Error('Fujian should quote')
  return quoted.quote
}

test('step 3: the benefit year line keeps 2026年12月31日 whole, and the standard keeps its 元/年', async () => {
  const record = enrolmentRecord({ adcode: '350102', regionName: '福建省福州市鼓楼区' })
  await render(
    <PlanView
      record={record}
      quote={fujianQuote()}
      onChooseTier={jest.fn()}
      onNext={jest.fn()}
      onHome={jest.fn()}
    />,
  )
  await waitForText('待遇年度')
  expect(unbroken()).toEqual(expect.arrayContaining(['2026年度', '2026年1月1日', '2026年12月31日']))
  expect(unbroken().some((text) => /^\d+\.\d{2} 元\/年$/.test(text))).toBe(true)
})

test('step 3: the 灵活就业 comparison keeps each base, monthly and yearly amount with its unit', async () => {
  const region = regionRulesFor('310104')
  const rules = flexibleRulesOn(region?.flexibleEmployment, '2026-08-10')
  if (!region || !rules) throw new Error('no Shanghai figures')
  await render(
    <PlanView
      record={enrolmentRecord({ adcode: '310104', regionName: '上海市徐汇区' })}
      flexibleOffer={{ regionName: region.name, rules }}
      onChooseTier={jest.fn()}
      onNext={jest.fn()}
      onHome={jest.fn()}
    />,
  )
  await waitForText('缴费基数下限')
  expect(unbroken()).toEqual(
    expect.arrayContaining(['7546 元/月', '754.60 元', '9055.20 元', '37731 元', '2026年7月1日']),
  )
})

test('step 4: the back-year choices keep their amounts and first covered day whole, and the title its year', async () => {
  await render(
    <AmountView
      quote={fujianQuote(3)}
      regionName='福建省福州市鼓楼区'
      acknowledged={false}
      busy={false}
      onAcknowledge={jest.fn()}
      onChooseBackYears={jest.fn()}
      onPay={jest.fn()}
    />,
  )
  await waitForText('补缴可缩短等待期')
  const texts = unbroken()
  expect(texts).toEqual(expect.arrayContaining(['2026年度']))
  // 补缴 1 年（400.00 元） and its 合计 800.00 元: every 元 amount stays with its unit.
  const amounts = screenText().match(/\d+\.\d{2} 元/g) ?? []
  expect(amounts.length).toBeGreaterThan(3)
  for (const amount of amounts) expect(texts).toContain(amount)
})

test('step 2: the hint over the reference amounts of an undated year keeps the year whole', async () => {
  await render(
    <EnrolmentView
      outcome={{ kind: 'payable', record: enrolmentRecord({ benefitYear: 2023 }) }}
      maskedName='**芳'
      maskedIdNumber='421***********3029'
      chosenRecordId='R-1'
      quoteProblem={{
        kind: 'rule',
        error: 'window-unknown',
        undatedBill: {
          benefitYear: 2023,
          lines: [{ kind: 'standard', label: '个人缴费标准（劳动年龄内居民）', amountFen: fen(35000) }],
          payableFen: fen(35000),
        },
      }}
      onConfirm={jest.fn()}
      onShowReceipt={jest.fn()}
      onHome={jest.fn()}
    />,
  )
  await waitForText('仅供参考')
  const hint = Array.from(document.querySelectorAll('.hint')).find((node) =>
    node.textContent?.includes('仅供参考'),
  )
  expect(Array.from(hint?.querySelectorAll('.nowrap') ?? [], (node) => node.textContent)).toEqual([
    '2023年度',
  ])
})

test('the family cart: each line keeps its amount with 元', async () => {
  const app = createTestApp()
  const verified = await app.paymentStore.getState().verify('林国栋', seed('林国栋').idNumber)
  if (!verified.ok) throw new Error('payer not verified')
  const store = familyStoreFor(app.family)
  await store.getState().loadMembers()
  const spouse = store.getState().members.find((member) => member.relation === 'spouse')
  if (!spouse) throw new Error('no spouse')
  store.getState().toggleInCart(spouse.memberToken)
  await render(<FamilyCartPage />, app)
  await waitForText('确认支付 1 人 400.00 元')
  const line = document.querySelector('.cart-line .row-value')
  expect(line?.querySelector('.nowrap')?.textContent).toBe('400.00 元')
  // Its outcome line (2026年度 · the region) keeps the year whole too.
  expect(
    Array.from(document.querySelectorAll('.cart-line .paragraph .nowrap'), (node) => node.textContent),
  ).toEqual(['2026年度'])
})
