/**
 * Issue 17, items 11 and 7: "cannot pay here" is said on step 2, where the
 * record is chosen, for every record whose resident insurance cannot be paid
 * in the app (周桂芳's undated year, and the 灵活就业 cities Beijing, Shanghai,
 * Chongqing alike); where 灵活就业 figures apply, step 2 then offers the
 * comparison, and step 3 (the comparison alone) has its own 朗读本页.
 */
import { buttonLabels, render, rowValue, screenText, tap, waitForText } from '../support/ui-helpers'
import type * as TaroPageShown from '../support/taro-page-shown'
import { createTestApp, type TestApp } from '../support/test-app'
import { seed } from '../support/seed'
import EnrolmentPage from '../../src/pages/enrolment'
import PlanPage from '../../src/pages/plan'
import { goHome, goTo } from '../../src/platform/navigation'
import { GRADE_C_NOTE } from '../../src/features/payment/copy/coverage-copy'

jest.mock('../../src/platform/navigation', () => ({
  ...jest.createMockFromModule<object>('../../src/platform/navigation'),
  usePageParams: () => ({}),
}))

// Step 3's share card needs a WeChat page, which a mounted component has not: nothing to share here.
jest.mock('@tarojs/taro', () => ({
  ...jest.requireActual<typeof TaroPageShown>('../support/taro-page-shown').taroWithPageShownOnMount(),
  useShareAppMessage: () => undefined,
}))

let app: TestApp

beforeEach(() => {
  app = createTestApp()
  jest.mocked(goTo).mockClear()
  jest.mocked(goHome).mockClear()
})

async function onStepTwo(name: string): Promise<void> {
  const result = await app.paymentStore.getState().verify(name, seed(name).idNumber)
  if (!result.ok) throw new Error(`seed resident ${name} not verified`)
  await render(<EnrolmentPage />, app)
  await waitForText('信息无误，下一步')
}

describe('step 2 says "cannot pay here" for every such record (11)', () => {
  // Beijing's window opens on 2025-11-30, after the mock's date, on a day its channel is closed (it takes
  // money on the 5th–20th); Shanghai's 2026 figures have no window.
  test.each([
    ['马丽娜', '北京市', '缴费期尚未开始', '请于2025年12月5日起缴费'],
    ['顾晓峰', '上海市', '城乡居民医保暂不能在本程序缴费', '暂未核实当地的集中缴费期'],
    ['谭志勇', '重庆市', '城乡居民医保暂不能在本程序缴费', '暂未收录该参保地的缴费标准'],
  ])(
    '%s (灵活就业 figures in %s): told on step 2, then offered the comparison',
    async (name, city, title, reason) => {
      await onStepTwo(name)
      tap('信息无误，下一步')
      await waitForText(title)
      expect(goTo).not.toHaveBeenCalled()
      expect(screenText()).toContain(reason)
      expect(screenText()).toContain(`可以查看${city}以个人身份参加职工医保的缴费标准`)
      expect(buttonLabels()).toEqual(expect.arrayContaining(['查看灵活就业参保标准', '返回首页']))
      expect(buttonLabels()).not.toContain('信息无误，下一步')

      tap('查看灵活就业参保标准')
      expect(goTo).toHaveBeenCalledWith('plan')
      expect(app.paymentStore.getState().flow.reached).toBe('plan')
    },
  )

  test('周桂芳 (an undated year, no 灵活就业 figures): the same notice on step 2, with only the way home', async () => {
    await onStepTwo('周桂芳')
    tap('信息无误，下一步')
    await waitForText('城乡居民医保暂不能在本程序缴费')
    expect(goTo).not.toHaveBeenCalled()
    expect(buttonLabels()).not.toContain('查看灵活就业参保标准')
    tap('返回首页')
    expect(goHome).toHaveBeenCalledTimes(1)
  })
})

describe("step 2's undated bill of a grade-C year", () => {
  test('顾晓峰 (上海, figures only from third-party text) sees 1040.00 元 marked as grade C, as step 3 would', async () => {
    await onStepTwo('顾晓峰')
    tap('信息无误，下一步')
    await waitForText('城乡居民医保暂不能在本程序缴费')
    expect(rowValue('个人应缴')).toBe('1040.00 元')
    expect(screenText()).toContain(GRADE_C_NOTE)
  })

  test('周桂芳 (an undated year from official sources) has no grade-C note', async () => {
    await onStepTwo('周桂芳')
    tap('信息无误，下一步')
    await waitForText('城乡居民医保暂不能在本程序缴费')
    expect(screenText()).not.toContain(GRADE_C_NOTE)
  })
})

describe('step 3 with the 灵活就业 comparison alone (7)', () => {
  test.each(['马丽娜', '顾晓峰', '谭志勇'])('%s can have the page read aloud', async (name) => {
    const result = await app.paymentStore.getState().verify(name, seed(name).idNumber)
    if (!result.ok) throw new Error(`seed resident ${name} not verified`)
    await app.paymentStore.getState().loadEnrolment()
    const enrolment = app.paymentStore.getState().enrolment
    if (enrolment.status !== 'ready' || enrolment.data.kind !== 'payable') throw new Error('no record')
    app.paymentStore.getState().chooseRecord(enrolment.data.record)
    await render(<PlanPage />, app)
    await waitForText('灵活就业人员参加职工医保（供比较）')
    expect(buttonLabels()).toEqual(['朗读本页', '返回首页'])
    // Step 2 said why resident insurance cannot be paid: step 3 does not say it again.
    expect(screenText()).not.toContain('城乡居民基本医疗保险 · 暂不能在本程序缴费')
  })
})
