/**
 * The family pages on the app's mock bureau: add a relative, bind a child with
 * a household-register photo, pay for two members where one fails, and retry
 * only the failed one.
 */
import {
  act,
  buttonLabels,
  byRole,
  input,
  render,
  screenText,
  tap,
  typeInto,
  waitForText,
  waitUntil,
} from '../support/ui-helpers'
import type * as TaroPageShown from '../support/taro-page-shown'
import { memoryStorage } from '../support/memory-storage'
import { createAppServices } from '../../src/root/app-services'
import { familyStoreFor } from '../../src/features/family/hooks/use-family-store'
import AddFamilyMemberPage from '../../src/packages/family/pages/add'
import FamilyCartPage from '../../src/packages/family/pages/cart'
import FamilyMembersPage from '../../src/packages/family/pages/members'
import { backTo, goTo } from '../../src/platform/navigation'

jest.mock('../../src/platform/navigation')

// The bureau refuses the first order of this file (its nightly maintenance): in the cart test, the first member's.
jest.mock('../../src/platform/dev-flags', () => ({
  readDevFlag: (name: string) => (name === 'mockFault' ? 'createOrder:MAINTENANCE' : ''),
}))

// A mounted page is the page being shown (see test/support/taro-page-shown.ts).
jest.mock('@tarojs/taro', () =>
  jest.requireActual<typeof TaroPageShown>('../support/taro-page-shown').taroWithPageShownOnMount(),
)

const radio = (name: string): Element => {
  const found = byRole('radio').find((element) => element.getAttribute('aria-label') === name)
  if (!found) throw new Error(`no radio ${name}`)
  return found
}
const checkbox = (name: string): Element => {
  const found = byRole('checkbox').find((element) => element.getAttribute('aria-label') === name)
  if (!found) throw new Error(`no checkbox ${name}. Screen: ${screenText()}`)
  return found
}

// One app for the file: the fault plan above refuses its first order. The 户口簿 photo picker
// (Taro.chooseMedia) answers a photo of the page at once; the upload goes to the mock bureau.
const app = createAppServices({
  storage: memoryStorage(),
  pickPhoto: () =>
    Promise.resolve({
      kind: 'picked',
      photo: { path: 'wxfile://tmp/hukou.jpg', sizeBytes: 800_000, contentType: 'image/jpeg' },
    }),
})
const paymentStore = app.paymentStore
const familyStore = familyStoreFor(app.family)

beforeAll(async () => {
  const verified = await paymentStore.getState().verify('林国栋', '350102195308123017')
  if (!verified.ok) throw new Error('payer not verified')
  await familyStore.getState().loadMembers()
})

test('a grandchild is added by name, ID and relation; a relation the birth dates contradict is refused first', async () => {
  await render(<AddFamilyMemberPage />, app)
  await waitUntil(() => expect(input('姓名')).toBeDefined())
  typeInto('姓名', '王小明')
  typeInto('身份证号', '350203201509013455')
  tap(radio('父母'))
  tap('保存缴费人')
  await waitForText('所选关系为长辈，但其出生日期晚于您')
  expect(familyStore.getState().members).toHaveLength(4)

  tap(radio('孙子女'))
  tap('保存缴费人')
  await waitUntil(() => expect(backTo).toHaveBeenCalledWith('familyMembers'))
  const added = familyStore.getState().members[4]
  expect(added).toMatchObject({
    maskedName: '**明',
    relation: 'paternal-grandchild',
    binding: { status: 'unbound' },
  })
  expect(JSON.stringify(familyStore.getState().members)).not.toContain('王小明')
})

test('binding the grandchild uploads the household-register photo, shows 审核中, then 已绑定 after review', async () => {
  await render(<FamilyMembersPage />, app)
  await waitForText('**明（孙子女）')
  expect(screenText()).toContain('未满16周岁：绑定需上传户口簿')
  expect(screenText()).toContain('已达 5 人上限')
  tap('绑定亲属关系')
  await waitForText('请拍摄或选择户口簿中该亲属的页面')
  tap('拍照或从相册选择')
  await waitForText('审核中')
  await act(() => familyStore.getState().loadMembers())
  await waitUntil(() => expect(screenText().match(/已绑定/g)).toHaveLength(5))
})

test('paying for two: the first is refused, the second paid; the retry pays only the first', async () => {
  const wife = familyStore.getState().members.find((member) => member.relation === 'spouse')
  const son = familyStore.getState().members.find((member) => member.relation === 'child')
  if (!wife || !son) throw new Error('members missing')
  await render(<FamilyMembersPage />, app)
  await waitForText('**珍（配偶）')
  tap(checkbox('为**珍（配偶）缴费'))
  tap(checkbox('为**华（子女）缴费'))
  tap('下一步：核对金额（已选 2 人）')
  expect(goTo).toHaveBeenCalledWith('familyCart')

  await render(<FamilyCartPage />, app)
  await waitForText('确认支付 2 人 800.00 元')
  expect(buttonLabels()).toContain('确认支付 2 人 800.00 元')
  tap(checkbox('代他人缴费将从您的账户扣款，请确认人员信息'))
  tap('确认支付 2 人 800.00 元')
  await waitForText('¥400.00')
  tap('支付')
  await waitForText('部分未完成：已缴 1 人，未缴 1 人')
  expect(screenText()).toContain('已缴费：**华（子女）')
  expect(screenText()).toContain('未缴费：**珍（配偶）')
  expect(screenText()).toContain('系统维护中')
  const sonReceipt = familyStore.getState().lines[son.memberToken]?.receiptNo
  expect(sonReceipt).toMatch(/^FJ2026/)

  tap('重新支付未缴费的 1 人 400.00 元')
  await waitForText('¥400.00')
  tap('支付')
  await waitForText('全部缴费成功，共 2 人')
  const lines = familyStore.getState().lines
  expect(lines[son.memberToken]?.receiptNo).toBe(sonReceipt)
  expect(lines[wife.memberToken]?.receiptNo).toMatch(/^FJ2026/)
  expect(lines[wife.memberToken]?.receiptNo).not.toBe(sonReceipt)
  expect(buttonLabels()).toEqual(
    expect.arrayContaining(['查看**珍（配偶）的电子凭证', '查看**华（子女）的电子凭证']),
  )
})
