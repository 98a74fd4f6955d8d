/**
 * Step 1's two-phase face verification on a fresh demo app: the mock bureau
 * starts it, the demo's simulated face check completes the verifyId (faults
 * from the mockFault flag, as `?mockFault=face:…` in the H5 demo), the bureau
 * confirms. What the resident reads when the check is cancelled, fails or runs
 * out of time, and that only a passed check goes on to step 2.
 */
import { render, screenText, tap, typeInto, waitForText, waitUntil } from '../support/ui-helpers'
import type * as TaroPageShown from '../support/taro-page-shown'
import { createTestApp, type TestApp } from '../support/test-app'
import VerifyPage from '../../src/pages/verify'
import { goTo } from '../../src/platform/navigation'

let mockFaultFlag = ''
jest.mock('../../src/platform/dev-flags', () => ({ readDevFlag: () => mockFaultFlag }))
jest.mock('../../src/platform/navigation', () => ({
  ...jest.createMockFromModule<object>('../../src/platform/navigation'),
  usePageParams: () => ({}),
}))
jest.mock('@tarojs/taro', () =>
  jest.requireActual<typeof TaroPageShown>('../support/taro-page-shown').taroWithPageShownOnMount(),
)

/** A fresh demo app whose simulated face checks play `faults` first; the form, consent given. */
async function openVerify(faults = ''): Promise<TestApp> {
  mockFaultFlag = faults
  const app = createTestApp()
  app.paymentStore.getState().giveConsent(true)
  jest.mocked(goTo).mockClear()
  await render(<VerifyPage />, app)
  return app
}

function submitLin() {
  typeInto('姓名', '林晓华')
  typeInto('身份证号', '350102199003071234')
  tap('下一步：人脸核验')
}

test('passed: the bureau starts it, the face check runs, the bureau confirms; then step 2', async () => {
  const app = await openVerify()
  const stages: unknown[] = []
  app.paymentStore.subscribe((state) => {
    if (stages.at(-1) !== state.verifyStage) stages.push(state.verifyStage)
  })
  expect(screenText()).toContain('人脸核验为模拟')
  submitLin()
  await waitUntil(() => expect(goTo).toHaveBeenCalledWith('enrolment'))
  expect(stages).toEqual(['starting', 'face', 'confirming', undefined])
  expect(app.paymentStore.getState().identity?.maskedIdNumber).toBe('350***********1234')
})

test('cancelled: said so, no session; submitting again starts a new check that passes', async () => {
  const app = await openVerify('face:cancelled')
  submitLin()
  await waitForText('人脸核验已取消，请重新提交后完成核验。')
  expect(goTo).not.toHaveBeenCalled()
  expect(app.paymentStore.getState().identity).toBeUndefined()

  tap('下一步：人脸核验')
  await waitUntil(() => expect(goTo).toHaveBeenCalledWith('enrolment'))
})

test('not the same person: the bureau refuses, in words, and the form keeps what was typed', async () => {
  const app = await openVerify('face:failed')
  submitLin()
  await waitForText('人脸核验未通过：核验结果显示不是本人。')
  expect(app.paymentStore.getState().identity).toBeUndefined()
  expect(goTo).not.toHaveBeenCalled()
})

test.each([
  ['face:expired', '人脸核验已超时：本次核验已失效（须在 10 分钟内完成），请重新提交后再核验。'],
  ['face:reused', '人脸核验已失效：本次核验凭证已使用或无效，请重新提交后再核验。'],
])('%s: said with what to do, and no session', async (faults, text) => {
  const app = await openVerify(faults)
  submitLin()
  await waitForText(text)
  expect(app.paymentStore.getState().identity).toBeUndefined()
})
