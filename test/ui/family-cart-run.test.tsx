/**
 * The family cart while it is being paid and after: the outcome panel waits
 * for the run to stop, and the personal-account panel follows each line paid
 * from the account (the plan for the rest draws on what is left).
 */
import { act, rowValue, screenText, tap, waitForText, waitUntil, render, byRole } from '../support/ui-helpers'
import type * as TaroPageShown from '../support/taro-page-shown'
import { createTestApp, type TestApp } from '../support/test-app'
import { familyStoreFor } from '../../src/features/family/hooks/use-family-store'
import FamilyCartPage from '../../src/packages/family/pages/cart'

jest.mock('../../src/platform/navigation')
jest.mock('@tarojs/taro', () =>
  jest.requireActual<typeof TaroPageShown>('../support/taro-page-shown').taroWithPageShownOnMount(),
)

const ACKNOWLEDGE = '代他人缴费将从您的账户扣款，请确认人员信息'

/** 林国栋 verified, his book loaded, wife and son in the cart. */
async function linWithWifeAndSon(): Promise<{ app: TestApp; store: ReturnType<typeof familyStoreFor> }> {
  const app = createTestApp()
  const verified = await app.paymentStore.getState().verify('林国栋', '350102195308123017')
  if (!verified.ok) throw new Error('payer not verified')
  const store = familyStoreFor(app.family)
  await store.getState().loadMembers()
  for (const relation of ['spouse', 'child'] as const) {
    const member = store.getState().members.find((candidate) => candidate.relation === relation)
    if (!member) throw new Error(`no ${relation}`)
    store.getState().toggleInCart(member.memberToken)
  }
  return { app, store }
}

const element = (selector: string, label: string): Element => {
  const found = document.querySelector(`${selector}[aria-label="${label}"]`)
  if (!found) throw new Error(`no ${selector} ${label}. Screen: ${screenText()}`)
  return found
}
const checkbox = (label: string): Element => {
  const found = byRole('checkbox').find((candidate) => candidate.getAttribute('aria-label') === label)
  if (!found) throw new Error(`no checkbox ${label}`)
  return found
}
/** The 职工医保个人账户 choice inside one member's cart line. */
const accountChoice = (memberLabel: string): Element => {
  const found = element('.cart-line', memberLabel).querySelector(
    '[aria-label="职工医保个人账户（家庭共济）"]',
  )
  if (!found) throw new Error(`no account choice for ${memberLabel}. Screen: ${screenText()}`)
  return found
}

test('while 正在逐一缴费 runs no outcome is shown; once the run stops, who is paid and who is not', async () => {
  const { app } = await linWithWifeAndSon()
  await render(<FamilyCartPage />, app)
  await waitForText('确认支付 2 人 800.00 元')
  tap(checkbox(ACKNOWLEDGE))
  tap('确认支付 2 人 800.00 元')
  await waitForText('¥400.00')
  expect(screenText()).toContain('正在逐一缴费')
  expect(screenText()).not.toContain('部分未完成')

  tap('支付')
  // The wife is paid; the son's cashier is open: the run is still going.
  await waitUntil(() => expect(screenText()).toContain('✓ 已缴费'))
  await waitForText('¥400.00')
  expect(screenText()).not.toContain('部分未完成')
  expect(screenText()).not.toContain('全部缴费成功')

  tap('取消')
  await waitForText('部分未完成：已缴 1 人，未缴 1 人')
  expect(screenText()).toContain('您取消了支付')
})

test('paying one of two account-funded members: the panel shows what is left (200.00) and plans at most that for the other', async () => {
  const { app, store } = await linWithWifeAndSon()
  await render(<FamilyCartPage />, app)
  await waitForText('确认支付 2 人 800.00 元')
  tap(accountChoice('**珍（配偶）'))
  tap(accountChoice('**华（子女）'))
  await waitUntil(() => expect(rowValue('个人账户支付')).toBe('600.00 元'))
  expect(rowValue('个人账户余额')).toBe('600.00 元')
  expect(rowValue('微信支付')).toBe('200.00 元')

  tap(checkbox(ACKNOWLEDGE))
  tap('确认支付 2 人 800.00 元')
  // The wife's 400 comes wholly from the account (no cashier); the son's cashier asks for the 200 the balance did not cover.
  await waitForText('¥200.00')
  await waitUntil(() => expect(rowValue('个人账户余额')).toBe('200.00 元'))
  expect(rowValue('个人账户支付')).toBe('200.00 元')
  expect(rowValue('微信支付')).toBe('200.00 元')

  // The resident leaves the son's cashier: the bureau holds 200 for his open order, which the retry reuses.
  tap('取消')
  await waitForText('部分未完成：已缴 1 人，未缴 1 人')
  await waitUntil(() => expect(rowValue('个人账户余额')).toBe('200.00 元'))
  expect(rowValue('个人账户支付')).toBe('200.00 元')
  expect(rowValue('微信支付')).toBe('200.00 元')

  tap('重新支付未缴费的 1 人 400.00 元')
  await waitForText('¥200.00')
  tap('支付')
  await waitForText('全部缴费成功，共 2 人')
  await act(() => store.getState().checkCart())
  const account = store.getState().account
  expect(account.status === 'ready' && account.data.hasAccount && account.data.balanceFen).toBe(0)
})
