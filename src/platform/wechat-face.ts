/**
 * WeChat's face verification as it is done now (base library 3.8.12+): the
 * bureau started it with the person's name and ID number and answered a
 * verifyId; here wx.requestFacialVerify gets that verifyId and nothing else,
 * so no name or ID number ever passes through a wx API. Its success (errCode
 * 0) means the check finished, not that it passed: the bureau reads the
 * result itself (queryverifyinfo). Taro's typings lack the API, so `wx` is
 * called directly, here only.
 */
import type { FaceCheckOutcome, FaceCheckPort } from '../services/ports'

interface FacialVerifyCallbackResult {
  errCode?: number
  errMsg?: string
}

/** The part of `wx` this adapter uses (tests pass a fake). */
export interface WeChatFaceApi {
  requestFacialVerify?(options: {
    verifyId: string
    success(result: FacialVerifyCallbackResult): void
    fail(result: FacialVerifyCallbackResult): void
  }): void
}

declare const wx: WeChatFaceApi | undefined

export function createWechatFace(api: () => WeChatFaceApi | undefined): FaceCheckPort {
  return {
    simulated: false,
    verify(verifyId) {
      const weChat = api()
      const request = weChat?.requestFacialVerify
      if (!weChat || typeof request !== 'function') return Promise.resolve(notFinished('unsupported'))
      return new Promise<FaceCheckOutcome>((resolve) => {
        request.call(weChat, {
          verifyId,
          success: (result) =>
            resolve(result.errCode === undefined || result.errCode === 0 ? FINISHED : notFinished('failed')),
          fail: (result) =>
            resolve(notFinished(String(result.errMsg ?? '').includes('cancel') ? 'cancelled' : 'failed')),
        })
      })
    },
  }
}

const FINISHED: FaceCheckOutcome = { finished: true }
const notFinished = (reason: 'cancelled' | 'failed' | 'unsupported'): FaceCheckOutcome => ({
  finished: false,
  reason,
})

/** The release build's face check: the global `wx` of the mini program. */
export const wechatFace: FaceCheckPort = createWechatFace(() => (typeof wx === 'undefined' ? undefined : wx))
