import {
  act,
  button,
  buttonLabels,
  render,
  screenText,
  tap,
  waitForText,
  waitUntil,
} from '../support/ui-helpers'
import { fireEvent } from '@tarojs/test-utils-react/dist/pure'
import type * as TaroPageShown from '../support/taro-page-shown'
import { memoryStorage, type MemoryStorage } from '../support/memory-storage'
import { seed } from '../support/seed'
import { createAppServices, type AppServices } from '../../src/root/app-services'
import { useCareMode } from '../../src/features/care-mode'
import { PrivacyPrompt } from '../../src/features/privacy'
import PrivacyPage from '../../src/packages/privacy/pages/privacy'
import VerifyPage from '../../src/pages/verify'
import { PRIVACY_NOTICE_VERSION } from '../../src/domain/consent'
import { goHome, goTo } from '../../src/platform/navigation'
import { onPrivacyAuthorizationNeeded, type PrivacyRequest } from '../../src/platform/privacy'
import { NOT_SAVED_TITLE } from '../../src/platform/storage'

jest.mock('../../src/platform/navigation', () => ({
  ...jest.createMockFromModule<object>('../../src/platform/navigation'),
  usePageParams: () => ({}),
}))

jest.mock('@tarojs/taro', () =>
  jest.requireActual<typeof TaroPageShown>('../support/taro-page-shown').taroWithPageShownOnMount(),
)

// WeChat's privacy authorisation: the test plays WeChat holding a call.
jest.mock('../../src/platform/privacy', () => ({
  ...jest.requireActual<object>('../../src/platform/privacy'),
  onPrivacyAuthorizationNeeded: jest.fn(),
}))

let storage: MemoryStorage
let app: AppServices

beforeEach(() => {
  storage = memoryStorage()
  app = createAppServices({ storage })
  jest.mocked(goHome).mockClear()
  jest.mocked(goTo).mockClear()
  useCareMode.setState({ careMode: false, choice: undefined, largeFont: false, offerAnswered: false })
})

async function verifiedAs(name: string) {
  app.paymentStore.getState().giveConsent(true)
  const result = await app.paymentStore.getState().verify(name, seed(name).idNumber)
  if (!result.ok) throw new Error(`${name} not verified`)
}

describe('个人信息保护 page', () => {
  test('says what is collected, why, who receives it, how long it is kept and how to withdraw', async () => {
    await render(<PrivacyPage />, app)
    const text = screenText()
    for (const heading of [
      '我们收集哪些信息',
      '为什么需要这些信息',
      '谁会收到这些信息',
      '保存多久',
      '如何撤回同意',
    ])
      expect(text).toContain(heading)
    for (const item of [
      '姓名和身份证号',
      '人脸核验',
      '户口簿照片',
      '缴费记录',
      '医保部门',
      '税务部门',
      '微信支付',
    ])
      expect(text).toContain(item)
    expect(text).toContain('不保存姓名原文、身份证号原文和出生日期')
    // weapp: WeChat's own page of the declared guide.
    expect(buttonLabels()).toEqual(['查看微信《用户隐私保护指引》', '撤回同意并清除本机数据'])
  })

  test('撤回同意并清除本机数据 asks once more, then clears every saved key and goes home clean', async () => {
    await verifiedAs('陈玉珍')
    act(() => useCareMode.getState().answerCareOffer(true))
    expect([...storage.items.keys()]).toContain('yibao-payment')
    expect(localStorage.getItem('yibao-care-mode')).not.toBeNull()

    await render(<PrivacyPage />, app)
    tap('撤回同意并清除本机数据')
    expect(screenText()).toContain('确定撤回同意并清除本机数据吗？')
    expect(goHome).not.toHaveBeenCalled()
    tap('确定撤回并清除')

    expect(goHome).toHaveBeenCalledTimes(1)
    expect([...storage.items.keys()]).toEqual(['yibao-mock-bureau'])
    expect(localStorage.getItem('yibao-care-mode')).toBeNull()
    const state = app.paymentStore.getState()
    expect([state.identity, state.consent, state.flow.reached]).toEqual([undefined, undefined, 'verify'])
    expect(useCareMode.getState()).toEqual(
      expect.objectContaining({ careMode: false, choice: undefined, offerAnswered: false }),
    )
  })

  test('cancelling the confirmation clears nothing', async () => {
    await verifiedAs('林晓华')
    await render(<PrivacyPage />, app)
    tap('撤回同意并清除本机数据')
    tap('取消')
    expect(app.paymentStore.getState().identity?.maskedName).toBe('**华')
    expect(buttonLabels()).toContain('撤回同意并清除本机数据')
  })
})

describe('consent on step 1', () => {
  test('links to the full notice, and agreeing records this version of it', async () => {
    await render(<VerifyPage />, app)
    tap('查看个人信息保护说明')
    expect(goTo).toHaveBeenCalledWith('privacy')
    expect(
      button('同意并继续').getAttribute('open-type') ?? button('同意并继续').getAttribute('openType'),
    ).toBe('agreePrivacyAuthorization')
    tap('同意并继续')
    await waitForText('下一步：人脸核验')
    expect(app.paymentStore.getState().consent?.version).toBe(PRIVACY_NOTICE_VERSION)
  })

  test('a consent to an earlier notice is asked again, saying the notice changed', async () => {
    const identity = { token: 'tk_saved_0001', maskedName: '**华', maskedIdNumber: '350***********1234' }
    const saved = memoryStorage()
    saved.setItem(
      'yibao-payment',
      JSON.stringify({
        state: {
          identity,
          consent: { version: 1, acceptedAt: '2026-10-01T02:00:00.000Z' },
          flow: { reached: 'amount' },
        },
        version: 4,
      }),
    )
    app = createAppServices({ storage: saved })
    expect(app.paymentStore.getState().identity).toBeUndefined()

    await render(<VerifyPage />, app)
    expect(screenText()).toContain('个人信息保护说明已更新，请阅读后再次确认')
    tap('同意并继续')
    await waitForText('下一步：人脸核验')
    expect(screenText()).not.toContain('已更新')
  })
})

describe('WeChat holding a privacy-scoped call', () => {
  function holdACall(): PrivacyRequest {
    const [register] = jest.mocked(onPrivacyAuthorizationNeeded).mock.calls.at(-1) ?? []
    if (!register) throw new Error('the prompt did not register with WeChat')
    const request: PrivacyRequest = { shown: jest.fn(), agree: jest.fn(), disagree: jest.fn() }
    act(() => register(request))
    return request
  }

  test('asks on the page, and lets the call go on only once WeChat records the agreement', async () => {
    await render(<PrivacyPrompt onReadNotice={() => goTo('privacy')} />, app)
    expect(screenText()).toBe('')
    const request = holdACall()
    expect(request.shown).toHaveBeenCalledTimes(1)
    expect(screenText()).toContain('需要您同意个人信息保护说明')

    // The tap alone is not WeChat's agreement: the held call waits for agreePrivacyAuthorization.
    tap('同意并继续')
    expect(request.agree).not.toHaveBeenCalled()
    act(() => {
      fireEvent(button('同意并继续'), new Event('agreeprivacyauthorization', { bubbles: true }))
    })
    expect(request.agree).toHaveBeenCalledWith('privacy-prompt-agree')
    await waitUntil(() => expect(screenText()).not.toContain('需要您同意'))
  })

  test('refusing fails the held call and closes the prompt', async () => {
    await render(<PrivacyPrompt onReadNotice={() => goTo('privacy')} />, app)
    const request = holdACall()
    tap('不同意')
    expect(request.disagree).toHaveBeenCalledTimes(1)
    expect(request.agree).not.toHaveBeenCalled()
    expect(screenText()).toBe('')
  })
})

describe('a phone whose storage is full', () => {
  test('step 1 goes on, and the resident is told plainly that progress is not saved', async () => {
    const full = memoryStorage()
    full.setItem = () => {
      throw new Error('setStorageSync:fail exceed storage max size 10MB')
    }
    app = createAppServices({ storage: full })
    await render(<VerifyPage />, app)
    tap('同意并继续')
    await waitForText('下一步：人脸核验')
    await waitForText(NOT_SAVED_TITLE)
    expect(screenText()).toContain('手机存储空间不足，刚才的进度没有保存在本机')
  })
})
