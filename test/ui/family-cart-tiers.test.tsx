/**
 * A relative insured in a region with tiers (杭州: 一档 800 / 二档 700 元): the
 * cart shows that relative's tiers side by side, the payer's choice requotes
 * the line and the total, and the bureau's order is for the chosen tier.
 */
import { byRole, render, screenText, tap, waitForText, waitUntil } from '../support/ui-helpers'
import type * as TaroPageShown from '../support/taro-page-shown'
import { createTestApp } from '../support/test-app'
import { familyStoreFor } from '../../src/features/family/hooks/use-family-store'
import FamilyCartPage from '../../src/packages/family/pages/cart'

jest.mock('../../src/platform/navigation')
jest.mock('@tarojs/taro', () =>
  jest.requireActual<typeof TaroPageShown>('../support/taro-page-shown').taroWithPageShownOnMount(),
)

const ACKNOWLEDGE = '代他人缴费将从您的账户扣款，请确认人员信息'
const HUSBAND_TIERS = '**涛（配偶）的缴费档次'

const labelled = (role: string, label: string): Element => {
  const found = byRole(role).find((candidate) => candidate.getAttribute('aria-label') === label)
  if (!found) throw new Error(`no ${role} ${label}. Screen: ${screenText()}`)
  return found
}
/** The tier radio whose title is `tierLabel`, inside the group named `group`. */
const tierRadio = (group: string, tierLabel: string): Element => {
  const radio = Array.from(
    labelled('radiogroup', group).querySelectorAll('[aria-role="radio"], [role="radio"]'),
  ).find((candidate) => candidate.querySelector('.choice-title')?.textContent === tierLabel)
  if (!radio) throw new Error(`no ${tierLabel} in ${group}. Screen: ${screenText()}`)
  return radio
}

test('choosing 二档 for a relative: the line and total become 700.00 元 and the bureau’s order is for 700.00', async () => {
  const app = createTestApp()
  const verified = await app.paymentStore.getState().verify('方慧敏', '330102198503123020')
  if (!verified.ok) throw new Error('payer not verified')
  const store = familyStoreFor(app.family)
  await store.getState().loadMembers()
  const husband = store.getState().members.find((member) => member.relation === 'spouse')
  if (!husband) throw new Error('no spouse')
  store.getState().toggleInCart(husband.memberToken)
  await render(<FamilyCartPage />, app)

  await waitForText('确认支付 1 人 800.00 元')
  expect(tierRadio(HUSBAND_TIERS, '一档').getAttribute('aria-checked')).toBe('true')
  expect(tierRadio(HUSBAND_TIERS, '二档').getAttribute('aria-checked')).toBe('false')

  tap(tierRadio(HUSBAND_TIERS, '二档'))
  await waitForText('确认支付 1 人 700.00 元')
  expect(tierRadio(HUSBAND_TIERS, '二档').getAttribute('aria-checked')).toBe('true')

  tap(labelled('checkbox', ACKNOWLEDGE))
  tap('确认支付 1 人 700.00 元')
  // The simulated cashier shows the amount of the order the mock bureau holds.
  await waitForText('¥700.00')
  // Paying: the tier is fixed and said.
  expect(screenText()).toContain('缴费档次：二档')
  tap('支付')
  await waitUntil(() => expect(screenText()).toContain('✓ 已缴费'))
  expect(screenText()).not.toContain('金额已更新')
  expect(screenText()).toContain('**涛（配偶）700.00 元')
})
