/**
 * The weapp adapters against a fake `wx` (what Taro calls on weapp): WeChat's
 * privacy authorisation, as its documentation describes it, holding a
 * privacy-scoped call (the 户口簿 photo's chooseMedia) until the resident
 * answers the app's prompt; and Taro storage that refuses writes when full.
 */
import { choosePhoto } from '../../src/platform/photo-picker'
import {
  needsPrivacyAuthorization,
  onPrivacyAuthorizationNeeded,
  openPrivacyContract,
  type PrivacyRequest,
} from '../../src/platform/privacy'
import { NOT_SAVED_MESSAGE, NOT_SAVED_TITLE, taroStorage } from '../../src/platform/storage'

type Callbacks<T> = { success?: (result: T) => void; fail?: (error: { errMsg: string }) => void }
type Resolve = (option: { event: 'exposureAuthorization' | 'agree' | 'disagree'; buttonId?: string }) => void
type Listener = (resolve: Resolve, info: { referrer: string }) => void

/**
 * WeChat as its privacy guide describes it: with a declared guide not yet
 * agreed to, a privacy-scoped call is held and onNeedPrivacyAuthorization
 * fires; `agree` lets it go on only if that agree button (open type
 * agreePrivacyAuthorization) was tapped; `disagree` fails it.
 */
function fakeWx() {
  const wx = {
    declared: true,
    agreed: false,
    exposures: 0,
    tappedAgreeButtons: new Set<string>(),
    listener: undefined as Listener | undefined,
    storage: new Map<string, unknown>(),
    storageFull: false,
    modals: [] as Array<{ title: string; content: string }>,

    getPrivacySetting({ success }: Callbacks<{ needAuthorization: boolean; privacyContractName: string }>) {
      success?.({
        needAuthorization: wx.declared && !wx.agreed,
        privacyContractName: '《医保缴费隐私保护指引》',
      })
    },
    onNeedPrivacyAuthorization(listener: Listener) {
      wx.listener = listener
    },
    openPrivacyContract({ success, fail }: Callbacks<{ errMsg: string }>) {
      if (wx.declared) success?.({ errMsg: 'openPrivacyContract:ok' })
      else fail?.({ errMsg: 'openPrivacyContract:fail no privacy contract' })
    },
    /** The resident taps `<button open-type="agreePrivacyAuthorization" id=…>`. */
    tapAgreeButton(id: string) {
      wx.tappedAgreeButtons.add(id)
    },
    chooseMedia(): Promise<{ tempFiles: Array<{ tempFilePath: string; size: number; fileType: string }> }> {
      const picked = {
        tempFiles: [{ tempFilePath: 'wxfile://tmp/hukou.jpg', size: 800_000, fileType: 'image' }],
      }
      if (!wx.declared || wx.agreed) return Promise.resolve(picked)
      return new Promise((resolve, reject) => {
        const refuse = () => reject({ errMsg: 'chooseMedia:fail privacy permission is not authorized' })
        if (!wx.listener) return refuse()
        wx.listener(
          (option) => {
            if (option.event === 'exposureAuthorization') wx.exposures += 1
            else if (
              option.event === 'agree' &&
              option.buttonId &&
              wx.tappedAgreeButtons.has(option.buttonId)
            ) {
              wx.agreed = true
              resolve(picked)
            } else refuse()
          },
          { referrer: 'chooseMedia' },
        )
      })
    },
    getStorageSync: (key: string) => wx.storage.get(key) ?? '',
    setStorageSync(key: string, value: unknown) {
      if (wx.storageFull) throw new Error('setStorageSync:fail exceed storage max size 10MB')
      wx.storage.set(key, value)
    },
    removeStorageSync: (key: string) => wx.storage.delete(key),
    getStorageInfoSync: () => ({ keys: [...wx.storage.keys()] }),
    showModal(options: { title: string; content: string }) {
      wx.modals.push(options)
      return Promise.resolve({ confirm: true })
    },
  }
  return wx
}

const mockWx = fakeWx()

// Read when an adapter calls Taro, after this module has made the fake.
jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  get default() {
    return mockWx
  },
}))

beforeEach(() => {
  Object.assign(mockWx, { declared: true, agreed: false, exposures: 0, listener: undefined })
  mockWx.tappedAgreeButtons.clear()
})

/** The app's prompt, as a page registers it: takes the held request and shows itself. */
function promptOnShow(): { held: () => PrivacyRequest | undefined } {
  let request: PrivacyRequest | undefined
  onPrivacyAuthorizationNeeded((held) => {
    held.shown()
    request = held
  })
  return { held: () => request }
}

describe('weapp privacy authorisation', () => {
  test('needs the resident’s agreement while the declared guide is not agreed to, and not after', async () => {
    expect(await needsPrivacyAuthorization()).toBe(true)
    mockWx.agreed = true
    expect(await needsPrivacyAuthorization()).toBe(false)
    mockWx.declared = false
    mockWx.agreed = false
    expect(await needsPrivacyAuthorization()).toBe(false)
  })

  test('a held 户口簿 photo goes on once the resident taps the prompt’s agree button', async () => {
    const prompt = promptOnShow()
    const picking = choosePhoto()
    await Promise.resolve()
    expect(prompt.held()).toBeDefined()
    expect(mockWx.exposures).toBe(1)

    mockWx.tapAgreeButton('privacy-prompt-agree')
    prompt.held()?.agree('privacy-prompt-agree')
    expect(await picking).toEqual({
      kind: 'picked',
      photo: { path: 'wxfile://tmp/hukou.jpg', sizeBytes: 800_000, contentType: 'image/jpeg' },
    })
    expect(await needsPrivacyAuthorization()).toBe(false)
  })

  test('refusing fails the held call as denied, and a second answer changes nothing', async () => {
    const prompt = promptOnShow()
    const picking = choosePhoto()
    await Promise.resolve()
    prompt.held()?.disagree()
    mockWx.tapAgreeButton('privacy-prompt-agree')
    prompt.held()?.agree('privacy-prompt-agree')
    expect(await picking).toEqual({ kind: 'denied' })
    expect(mockWx.agreed).toBe(false)
  })

  test('once agreed (the consent panel’s button is WeChat’s agree button too), nothing is held', async () => {
    mockWx.agreed = true
    const prompt = promptOnShow()
    expect((await choosePhoto()).kind).toBe('picked')
    expect(prompt.held()).toBeUndefined()
  })

  test('opens WeChat’s page of the declared guide, and says when it could not', async () => {
    expect(await openPrivacyContract()).toBe(true)
    mockWx.declared = false
    expect(await openPrivacyContract()).toBe(false)
  })

  test('a base library without the privacy APIs holds nothing and breaks nothing', async () => {
    const { getPrivacySetting, onNeedPrivacyAuthorization } = mockWx
    Object.assign(mockWx, { getPrivacySetting: undefined, onNeedPrivacyAuthorization: undefined })
    try {
      expect(await needsPrivacyAuthorization()).toBe(false)
      expect(() => onPrivacyAuthorizationNeeded(() => undefined)).not.toThrow()
    } finally {
      Object.assign(mockWx, { getPrivacySetting, onNeedPrivacyAuthorization })
    }
  })
})

describe('Taro storage when the phone is full', () => {
  test('a refused write throws nothing, and the resident is told once, plainly', () => {
    mockWx.storageFull = true
    expect(() => taroStorage.setItem('yibao-payment', '{"state":{}}')).not.toThrow()
    expect(() => taroStorage.setItem('yibao-family', '{"state":{}}')).not.toThrow()
    expect(mockWx.modals).toEqual([
      expect.objectContaining({ title: NOT_SAVED_TITLE, content: NOT_SAVED_MESSAGE }),
    ])
    expect(taroStorage.getItem('yibao-payment')).toBeNull()

    mockWx.storageFull = false
    taroStorage.setItem('yibao-payment', '{"state":{}}')
    expect(taroStorage.getItem('yibao-payment')).toBe('{"state":{}}')
  })
})
