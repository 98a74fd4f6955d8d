/**
 * What the members page says 已绑定 allows: the same 家庭共济 scope check as
 * the cart, on the payer's account and the relative's insured region, and no
 * promise while that region is not known yet.
 */
import { act, render, screenText, waitForText, waitUntil } from '../support/ui-helpers'
import type * as TaroPageShown from '../support/taro-page-shown'
import { createTestApp } from '../support/test-app'
import { familyStoreFor } from '../../src/features/family/hooks/use-family-store'
import FamilyMembersPage from '../../src/packages/family/pages/members'

jest.mock('../../src/platform/navigation')
jest.mock('@tarojs/taro', () =>
  jest.requireActual<typeof TaroPageShown>('../support/taro-page-shown').taroWithPageShownOnMount(),
)

const PROMISE = '可使用您的职工医保个人账户为其缴费'

/** The text of one member's card on the members page. */
const cardText = (label: string): string => {
  const card = document.querySelector(`.member[aria-label="${label}"]`)
  if (!card) throw new Error(`no card ${label}. Screen: ${screenText()}`)
  return (card.textContent ?? '').replace(/\s+/g, ' ')
}

test('a bound brother insured in Jiangxi is not promised the Fujian account: unknown region first, then the refusal the cart gives', async () => {
  const app = createTestApp()
  const verified = await app.paymentStore.getState().verify('林国栋', '350102195308123017')
  if (!verified.ok) throw new Error('payer not verified')
  const store = familyStoreFor(app.family)

  await render(<FamilyMembersPage />, app)
  await waitForText('**华（兄弟姐妹）')
  // Before any check the bureau has not said where he is insured: no promise either way.
  await waitUntil(() => expect(cardText('**华（兄弟姐妹）')).toContain('个人账户能否使用以核对金额时为准'))
  expect(cardText('**华（兄弟姐妹）')).toContain('已绑定')
  expect(cardText('**华（兄弟姐妹）')).not.toContain(PROMISE)

  // The cart's check finds his record in Jiangxi: the page now says what the cart says.
  const brother = store.getState().members.find((member) => member.relation === 'sibling')
  const wife = store.getState().members.find((member) => member.relation === 'spouse')
  if (!brother || !wife) throw new Error('members missing')
  await act(async () => {
    store.getState().toggleInCart(brother.memberToken)
    store.getState().toggleInCart(wife.memberToken)
    await store.getState().checkCart()
  })
  await waitUntil(() =>
    expect(cardText('**华（兄弟姐妹）')).toContain('个人账户仅可为本省参保的亲属缴费，该亲属在外省参保'),
  )
  expect(cardText('**华（兄弟姐妹）')).not.toContain(PROMISE)
  // His wife is insured in Fujian: the promise holds for her.
  expect(cardText('**珍（配偶）')).toContain(PROMISE)
})

test('a payer whose account region has no sourced 家庭共济 rule is told so beside a bound relative, not promised the account', async () => {
  const app = createTestApp()
  const verified = await app.paymentStore.getState().verify('张丽', '440305198606184024')
  if (!verified.ok) throw new Error('payer not verified')
  const store = familyStoreFor(app.family)
  await store.getState().loadMembers()
  await store.getState().addMember({ name: '张建华', idNumber: '360102195802113019', relation: 'parent' })
  const father = store.getState().members[0]
  if (!father) throw new Error('father not added')
  // An adult: bound with his own face check, reviewed by the next listing.
  await store.getState().bindMember(father.memberToken)
  await store.getState().loadMembers()
  expect(store.getState().members[0]?.binding).toEqual({ status: 'bound' })

  await render(<FamilyMembersPage />, app)
  await waitForText('**华（父母）')
  await waitUntil(() => expect(cardText('**华（父母）')).toContain('家庭共济规则暂未收录'))
  expect(cardText('**华（父母）')).not.toContain(PROMISE)
})
