/**
 * 请家人代缴 links on the app's mock bureau: at step 3 the resident sees the
 * links still open and revokes one; the relative's page says truly why a
 * link cannot be opened (paid, revoked, expired, unknown), with 返回首页.
 */
import { act, buttonLabels, render, screenText, tap, waitForText, waitUntil } from '../support/ui-helpers'
import type * as TaroPageShown from '../support/taro-page-shown'
import { createTestApp, type TestApp } from '../support/test-app'
import { seed } from '../support/seed'
import { loadPayableRecord } from '../support/verified-order'
import PlanPage from '../../src/pages/plan'
import FamilySharePage from '../../src/packages/care/pages/family-share'
import { goHome, goTo, usePageParams } from '../../src/platform/navigation'
import type { GatewayError } from '../../src/services/gateway-errors'

jest.mock('../../src/platform/navigation', () => ({
  ...jest.createMockFromModule<object>('../../src/platform/navigation'),
  usePageParams: jest.fn(() => ({})),
}))

// Per test: the mock bureau's fault plan, read when the test's app is made (as the H5 URL flag is at launch).
let mockFaultFlag = ''
jest.mock('../../src/platform/dev-flags', () => ({
  readDevFlag: (name: string) => (name === 'mockFault' ? mockFaultFlag : ''),
}))

// A mounted page is the page being shown (see test/support/taro-page-shown.ts); WeChat's share menu has no page here.
jest.mock('@tarojs/taro', () => ({
  ...jest.requireActual<typeof TaroPageShown>('../support/taro-page-shown').taroWithPageShownOnMount(),
  useShareAppMessage: () => undefined,
}))

const LIU = seed('刘建平')
const REVOKED = '已撤回，家人打开此链接将无法缴费'

let app: TestApp

function appWithFaults(flag = ''): TestApp {
  mockFaultFlag = flag
  return createTestApp()
}

beforeEach(() => {
  jest.mocked(goHome).mockClear()
  jest.mocked(goTo).mockClear()
  jest.mocked(usePageParams).mockReturnValue({})
})

/** 刘建平 verified, his record chosen: the plan page (step 3) may show. */
async function atStepThree(): Promise<void> {
  const verified = await app.paymentStore.getState().verify(LIU.name, LIU.idNumber)
  if (!verified.ok) throw new Error('not verified')
  const record = await loadPayableRecord(app.paymentStore)
  if (!record || !app.paymentStore.getState().chooseRecord(record)) throw new Error('no plan for 刘建平')
}

/** A link made by the store for the verified resident, as the panel's button makes it. */
async function linkMade(): Promise<string> {
  await act(() => app.paymentStore.getState().createFamilyShare())
  const share = app.paymentStore.getState().familyShare
  if (share.status !== 'ready') throw new Error(`no link: ${JSON.stringify(share)}`)
  return share.data.shareToken
}

describe('the resident’s open links at step 3', () => {
  test('a link made is listed with its last day; 撤回链接 revokes it, says so, and withdraws the card', async () => {
    app = appWithFaults()
    await atStepThree()
    await render(<PlanPage />, app)
    await waitForText('可以把缴费卡片发给子女等家人')
    // No link yet: nothing to list.
    await waitUntil(() =>
      expect(app.paymentStore.getState().openShares).toEqual({ status: 'ready', data: [] }),
    )
    expect(screenText()).not.toContain('已发出的代缴链接')

    tap('请家人代缴')
    await waitForText('代缴链接 1（刚刚生成）')
    expect(screenText()).toContain('代缴卡片已准备好')
    expect(screenText()).toContain('有效期至 2025年11月27日')
    expect(buttonLabels()).toContain('撤回链接')
    const share = app.paymentStore.getState().familyShare
    if (share.status !== 'ready') throw new Error('no card')
    // Nothing personal in the list either.
    expect(screenText()).not.toMatch(/刘建平|350102196001011998|sh_/)

    tap('撤回链接')
    expect(app.paymentStore.getState().shareRevocation?.result).toEqual({ status: 'loading' })
    await waitForText('正在撤回，请稍候…')
    await waitForText(REVOKED)
    expect(buttonLabels()).not.toContain('撤回链接')
    // The card of that link is withdrawn: a new one can be made.
    expect(screenText()).not.toContain('代缴卡片已准备好')
    expect(buttonLabels()).toContain('请家人代缴')
    expect(screenText()).toContain('目前没有可以使用的代缴链接')

    // The bureau refuses the link from now on.
    expect(await app.paymentStore.getState().openFamilyShare(share.data.shareToken)).toEqual({
      ok: false,
      error: expect.objectContaining({ kind: 'business', code: 'SHARE_REVOKED' }),
    })
  })

  test('links made earlier are listed when step 3 shows, each revocable on its own', async () => {
    app = appWithFaults()
    await atStepThree()
    const first = await linkMade()
    await linkMade()
    // Step 3 shown afresh (after a restart nothing of the card is kept): the bureau's list is asked.
    act(() => app.paymentStore.setState({ familyShare: { status: 'idle' }, openShares: { status: 'idle' } }))
    await render(<PlanPage />, app)
    await waitForText('代缴链接 2')
    expect(screenText()).toContain('代缴链接 1')
    expect(screenText()).not.toContain('刚刚生成')
    expect(buttonLabels().filter((label) => label === '撤回链接')).toHaveLength(2)

    tap('撤回链接')
    await waitForText(REVOKED)
    expect(buttonLabels().filter((label) => label === '撤回链接')).toHaveLength(1)
    const open = app.paymentStore.getState().openShares
    expect(open.status === 'ready' && open.data.map((share) => share.shareToken)).not.toContain(first)
  })

  test('a revocation that fails says so and can be tried again; the link stays listed until it succeeds', async () => {
    app = appWithFaults('revokeShareToken:timeout')
    await atStepThree()
    await render(<PlanPage />, app)
    await waitForText('可以把缴费卡片发给子女等家人')
    tap('请家人代缴')
    await waitForText('代缴链接 1（刚刚生成）')

    tap('撤回链接')
    await waitForText('撤回没有完成，请重试。')
    expect(screenText()).toContain('请求超时')
    expect(screenText()).not.toContain(REVOKED)
    expect(buttonLabels()).toContain('撤回链接')

    tap('重试')
    await waitForText(REVOKED)
    expect(screenText()).not.toContain('撤回没有完成')
  })

  test('a relative who opened a card is not offered the resident’s links', async () => {
    app = appWithFaults()
    await atStepThree()
    const link = await linkMade()
    expect(await app.paymentStore.getState().openFamilyShare(link)).toEqual({ ok: true })
    await app.paymentStore.getState().loadOpenShares()
    expect(app.paymentStore.getState().openShares).toEqual({ status: 'idle' })
  })
})

describe('the relative’s page when a link cannot be opened', () => {
  /** Opens the relative's page for `share`. */
  async function openPage(share: string): Promise<void> {
    jest.mocked(usePageParams).mockReturnValue({ share })
    await render(<FamilySharePage />, app)
  }

  /** The page with the bureau's answer stubbed to `error` (what the e2e test reaches for real). */
  async function openRefused(error: GatewayError): Promise<void> {
    app = appWithFaults()
    act(() => app.paymentStore.setState({ openFamilyShare: () => Promise.resolve({ ok: false, error }) }))
    await openPage('sh_abcdefghjkmnpqrs2345')
  }

  const wayOutOnly = () => {
    expect(buttonLabels()).toEqual(['返回首页'])
    tap('返回首页')
    expect(goHome).toHaveBeenCalledTimes(1)
  }

  test('paid already: 该居民本年度医保费已缴纳，无需再缴 — not the resident’s own 缴费记录 advice', async () => {
    await openRefused({
      kind: 'business',
      code: 'ALREADY_PAID',
      message: '该居民本年度已缴费',
      receiptNo: 'FJ2026000042',
    })
    await waitForText('该居民本年度已缴费')
    expect(screenText()).toContain('该居民本年度医保费已缴纳，无需再缴。')
    expect(screenText()).not.toContain('FJ2026000042')
    expect(screenText()).not.toContain('无需重复缴费，可在缴费记录中查看电子凭证')
    wayOutOnly()
  })

  test('revoked by the resident (for real, on the mock bureau)', async () => {
    app = appWithFaults()
    await atStepThree()
    const link = await linkMade()
    await act(() => app.paymentStore.getState().revokeShare(link))
    await openPage(link)
    await waitForText('代缴邀请已被撤回')
    expect(screenText()).toContain('家人已撤回这张代缴卡片。如仍需代缴，请联系家人重新发送。')
    wayOutOnly()
  })

  test('expired', async () => {
    await openRefused({ kind: 'business', code: 'SHARE_EXPIRED', message: '代缴邀请已过期' })
    await waitForText('代缴邀请已过期')
    expect(screenText()).toContain('代缴卡片 7 天内有效')
    wayOutOnly()
  })

  test('unknown to the bureau: 无效, not 已失效 (for real, on the mock bureau)', async () => {
    app = appWithFaults()
    await openPage('sh_notatokenatall12345')
    await waitForText('代缴邀请无效')
    expect(screenText()).not.toContain('已失效')
    expect(screenText()).toContain('链接可能不完整')
    wayOutOnly()
  })

  test('a network failure can be retried, and then the card opens', async () => {
    // The resident makes the link and the relative opens it on one app: one mock bureau.
    app = appWithFaults('redeemShareToken:timeout')
    await atStepThree()
    const link = await linkMade()
    await openPage(link)
    await waitForText('请求超时')
    expect(buttonLabels()).toEqual(['重试', '返回首页'])
    tap('重试')
    await waitForText('您的家人请您帮忙缴纳城乡居民基本医疗保险费')
    expect(screenText()).toContain('**平')
    expect(buttonLabels()).toEqual(['核对参保信息'])
  })
})
