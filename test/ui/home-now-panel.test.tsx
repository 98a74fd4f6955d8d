import { act, button, buttonLabels, render, screenText, tap, waitForText } from '../support/ui-helpers'
import HomePage from '../../src/pages/home'
import { goTo } from '../../src/platform/navigation'
import { createTestApp, type TestApp } from '../support/test-app'
import { enrolmentRecord } from '../support/enrolment-record'
import { familyStoreFor } from '../../src/features/family/hooks/use-family-store'
import type { FamilyMember } from '../../src/services/model'
import type * as TaroPageShown from '../support/taro-page-shown'

// Home reads the family's saved list each time it is shown (useDidShow): shown once, on mount, here.
jest.mock('@tarojs/taro', () =>
  jest.requireActual<typeof TaroPageShown>('../support/taro-page-shown').taroWithPageShownOnMount(),
)

jest.mock('../../src/platform/navigation', () => ({
  ...jest.createMockFromModule<object>('../../src/platform/navigation'),
  usePageParams: () => ({}),
}))

const resident = { token: 'tk_lin', maskedName: '**华', maskedIdNumber: '350***********0012' }

// The mock bureau's date in UI tests is 2025-11-20, inside Fujian's 2026 window (闽政办〔2025〕3号: to 31 December).
function verifiedInFujian(): TestApp {
  const app = createTestApp()
  app.paymentStore.setState({ identity: resident, record: enrolmentRecord({ adcode: '350102' }) })
  return app
}

beforeEach(() => jest.mocked(goTo).mockClear())

test('a verified resident sees their region’s collection window with the days left, and that nothing is open', async () => {
  await render(<HomePage />, verifiedInFujian())
  await waitForText('2026年度集中缴费期至2025年12月31日，还剩41天。')
  expect(screenText()).toContain('参保地：福建省')
  expect(screenText()).toContain('今天可以缴费。')
  expect(screenText()).toContain('目前没有需要您处理的事项。')
})

test('before verification no region files load until the resident asks; a chosen region shows its window', async () => {
  await render(<HomePage />, createTestApp())
  expect(screenText()).toContain('选择参保地后，这里会显示本年度缴费期还剩几天。')
  expect(screenText()).not.toContain('缴费期至')
  tap(document.querySelector('[aria-expanded="false"]') ?? '')
  await waitForText('福建省')
  tap('福建省')
  await waitForText('2026年度集中缴费期至2025年12月31日，还剩41天。')
  tap('常见问题与咨询电话')
  expect(goTo).toHaveBeenCalledWith('help', { adcode: '350000' })
})

test('an order being confirmed is said on home, with the way to its result, and is not called done', async () => {
  const app = verifiedInFujian()
  app.paymentStore.setState({
    payment: { phase: 'confirming', orderId: 'OD9', origin: 'relaunch', queries: 1 },
  })
  await render(<HomePage />, app)
  await waitForText('您有一笔缴费正在确认中')
  expect(screenText()).not.toContain('目前没有需要您处理的事项')
  tap('查看缴费结果')
  expect(goTo).toHaveBeenCalledWith('pay')
})

test('a link waiting for a relative and the bureau’s maintenance are listed as open items', async () => {
  const app = verifiedInFujian()
  await render(<HomePage />, app)
  await waitForText('还剩41天')
  act(() =>
    app.paymentStore.setState({
      openShares: { status: 'ready', data: [{ shareToken: 'sh1', expiresOn: '2025-11-27' }] },
    }),
  )
  expect(screenText()).toContain('1个请家人代缴链接等待家人支付，最晚有效至2025年11月27日。')
  // An hour from now on the bureau's clock (China, UTC+8).
  const until = new Date(Date.now() + 9 * 3600 * 1000).toISOString().slice(11, 16)
  act(() => app.paymentStore.setState({ maintenanceUntil: until }))
  expect(screenText()).toContain(`医保缴费系统维护中，预计${until}结束`)
  expect(buttonLabels()).toContain('为本人缴费')
  expect(button('常见问题与咨询电话')).toBeTruthy()
})

test('after paying with a waiting period, home says until when it runs and from when benefits start', async () => {
  const app = verifiedInFujian()
  // Only the cover matters here: a payment outside the window with a break (国办发〔2024〕38号: 3 months).
  const coverage = {
    start: '2026-04-01',
    end: '2026-12-31',
    waitingMonths: 3,
    fixedMonths: 3,
    variableMonths: 0,
    reason: 'break',
    period: 'window',
  }
  app.paymentStore.setState({
    payment: { phase: 'paid', orderId: 'OD1', receiptNo: 'FJ1' },
    quote: { coverage } as unknown as NonNullable<ReturnType<TestApp['paymentStore']['getState']>['quote']>,
  })
  await render(<HomePage />, app)
  await waitForText('等待期至2026年3月31日，2026年4月1日起享受医保待遇。')
})

test('on a day the region’s channels take no money, home says so and from when it can be paid', async () => {
  const app = createTestApp()
  // 北京: the tax bureau's channels take payments from the 5th to the 20th (src/config/regions/110000.ts).
  app.paymentStore.setState({
    identity: resident,
    record: enrolmentRecord({ adcode: '110105', regionName: '北京市朝阳区' }),
    today: () => '2025-12-22',
  })
  await render(<HomePage />, app)
  await waitForText('今天不是本地缴费渠道的受理日，2026年1月5日起可以缴费。')
  expect(screenText()).not.toContain('今天可以缴费')
})

test('relatives saved as 常用缴费人 with no payment made here are an open item, and the list opens from it', async () => {
  const app = verifiedInFujian()
  const member = (memberToken: string, maskedName: string): FamilyMember => ({
    memberToken,
    maskedName,
    maskedIdNumber: '350***********0021',
    relation: 'parent',
    binding: { status: 'unbound' },
    bindingEvidence: 'face',
  })
  // The family store as its pages leave it: two relatives, one paid for here (its line keeps the receipt).
  familyStoreFor(app.family).setState({
    members: [member('m1', '*芳'), member('m2', '*强')],
    lines: { m1: { payment: { phase: 'idle' }, receiptNo: 'FJ7' } },
  })
  await render(<HomePage />, app)
  await waitForText('常用缴费人中有1位尚未在本程序缴费。')
  tap('查看常用缴费人')
  expect(goTo).toHaveBeenCalledWith('familyMembers')
})

test('another payer’s saved relatives are not this resident’s open item', async () => {
  const app = verifiedInFujian()
  familyStoreFor(app.family).setState({ members: [], lines: {} })
  app.family.storage.setItem(
    'yibao-family',
    JSON.stringify({
      state: { members: [{ memberToken: 'm9' }], lines: {}, payerToken: 'tk_other' },
      version: 1,
    }),
  )
  await render(<HomePage />, app)
  await waitForText('目前没有需要您处理的事项。')
  expect(screenText()).not.toContain('常用缴费人中有')
})
