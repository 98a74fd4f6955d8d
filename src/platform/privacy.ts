/**
 * WeChat's privacy authorisation (隐私保护指引, the only caller of its APIs).
 * A mini program that collects 姓名 and 身份证号 declares them in its
 * 用户隐私保护指引 (mp admin › 设置 › 服务内容声明); until the resident agrees
 * to it, WeChat holds every privacy-scoped call (the 户口簿 photo's
 * chooseMedia, face verification, the clipboard) and fires
 * onNeedPrivacyAuthorization instead. Agreeing is a tap on a
 * `<Button openType="agreePrivacyAuthorization">`: the consent panel's 同意
 * button is one, so consenting in the app is agreeing for WeChat too, and the
 * prompt (src/features/privacy/privacy-prompt.tsx) answers a held call.
 * H5 has no such authorisation: privacy.h5.ts.
 */
import Taro from '@tarojs/taro'

/**
 * A runtime without the API (an old base library; Taro's H5 stubs) may answer
 * a Promise that rejects as well as calling `fail`: the rejection is the same
 * news, already handled, and must not surface as an unhandled one.
 */
const quietly = (answer: unknown): void => {
  if (answer instanceof Promise) answer.catch(() => undefined)
}

/** The open type that makes a Button WeChat's 同意 of the privacy guide; none on H5. */
export const PRIVACY_AGREE_OPEN_TYPE: 'agreePrivacyAuthorization' | undefined = 'agreePrivacyAuthorization'

/** A privacy-scoped call WeChat is holding until the resident answers. */
export interface PrivacyRequest {
  /** The prompt is on screen (WeChat's exposureAuthorization). */
  shown(): void
  /** Agreed with the agree button of this id: the held call goes on. */
  agree(buttonId: string): void
  /** Refused: the held call fails with "privacy permission is not authorized". */
  disagree(): void
}

/** Whether WeChat still needs the resident's agreement (false where the guide declares nothing to agree to). */
export function needsPrivacyAuthorization(): Promise<boolean> {
  return new Promise((resolve) => {
    try {
      quietly(
        Taro.getPrivacySetting({
          success: (result) => resolve(result.needAuthorization),
          // An older base library without the API has no authorisation to ask for.
          fail: () => resolve(false),
        }),
      )
    } catch {
      resolve(false)
    }
  })
}

/**
 * WeChat keeps one listener, the last registered: each page that may make a
 * privacy-scoped call registers its own when shown.
 */
export function onPrivacyAuthorizationNeeded(listener: (request: PrivacyRequest) => void): void {
  try {
    const registered: unknown = Taro.onNeedPrivacyAuthorization((resolve) => {
      let answered = false
      const answer = (option: Taro.onNeedPrivacyAuthorization.ResolveOption) => {
        if (answered) return
        answered = true
        resolve(option)
      }
      listener({
        shown: () => resolve({ event: 'exposureAuthorization' }),
        agree: (buttonId) => answer({ event: 'agree', buttonId }),
        disagree: () => answer({ event: 'disagree' }),
      })
    })
    quietly(registered)
  } catch {
    // A base library without the API holds no call.
  }
}

/** WeChat shows the privacy guide the mini program declared on its own page. */
export const canOpenPrivacyContract = true

/** Opens that page; false if it could not. */
export function openPrivacyContract(): Promise<boolean> {
  return new Promise((resolve) => {
    try {
      quietly(Taro.openPrivacyContract({ success: () => resolve(true), fail: () => resolve(false) }))
    } catch {
      resolve(false)
    }
  })
}
