/**
 * The release build's face check (src/platform/wechat-face.ts) against a fake
 * `wx`: wx.requestFacialVerify is called with the verifyId and nothing else
 * (never a name or ID number), its success means only "finished", a cancel or
 * failure is said as such, and an old WeChat without the API is unsupported.
 */
import { createWechatFace, type WeChatFaceApi } from '../../src/platform/wechat-face'
import { seed } from '../support/seed'

type Options = Parameters<NonNullable<WeChatFaceApi['requestFacialVerify']>>[0]

function fakeWx(answer: (options: Options) => void) {
  const calls: Options[] = []
  const wx: WeChatFaceApi = {
    requestFacialVerify(options) {
      calls.push(options)
      answer(options)
    },
  }
  return { wx, calls }
}

test('called with the verifyId only; errCode 0 is finished, not passed', async () => {
  const { wx, calls } = fakeWx((options) => options.success({ errCode: 0, errMsg: 'requestFacialVerify:ok' }))
  const face = createWechatFace(() => wx)
  expect(face.simulated).toBe(false)
  expect(await face.verify('fv_abcdefghijklmnopqrstuvwx')).toEqual({ finished: true })
  expect(calls).toHaveLength(1)
  expect(Object.keys(calls[0] ?? {}).sort()).toEqual(['fail', 'success', 'verifyId'])
  expect(calls[0]?.verifyId).toBe('fv_abcdefghijklmnopqrstuvwx')
  const sent = JSON.stringify(calls)
  const lin = seed('林晓华')
  expect(sent).not.toContain(lin.idNumber)
  expect(sent).not.toContain(lin.name)
})

test.each([
  ['the person cancels', { errMsg: 'requestFacialVerify:fail cancel' }, 'cancelled'],
  ['the camera or network fails', { errMsg: 'requestFacialVerify:fail', errCode: 90106 }, 'failed'],
] as const)('%s: not finished, %s', async (_case, result, reason) => {
  const { wx } = fakeWx((options) => options.fail(result))
  expect(await createWechatFace(() => wx).verify('fv_x')).toEqual({ finished: false, reason })
})

test('a success callback with another errCode is not taken as finished', async () => {
  const { wx } = fakeWx((options) => options.success({ errCode: 90018 }))
  expect(await createWechatFace(() => wx).verify('fv_x')).toEqual({ finished: false, reason: 'failed' })
})

test('a WeChat without requestFacialVerify (base library < 3.8.12), or no wx at all, is unsupported', async () => {
  expect(await createWechatFace(() => ({})).verify('fv_x')).toEqual({
    finished: false,
    reason: 'unsupported',
  })
  expect(await createWechatFace(() => undefined).verify('fv_x')).toEqual({
    finished: false,
    reason: 'unsupported',
  })
})
