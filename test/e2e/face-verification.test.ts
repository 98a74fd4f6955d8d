/**
 * Step 1's two-phase face verification in the built demo app, in chromium:
 * the simulated face check plays the `face:` faults of the mockFault flag
 * (cancelled, not the same person, out of time), the screen says each in
 * Chinese and stays on step 1, and the next submit starts a new verification
 * that passes. The ID number never reaches the URL or storage.
 */
import { onShow, see, shownText, startH5Session, tap, type H5Session } from '../support/h5-app'

jest.setTimeout(90_000)

const LIN = { name: '林晓华', idNumber: '350102199003071234' }

let session: H5Session
beforeAll(async () => {
  session = await startH5Session()
})
afterAll(() => session?.close())

test.each([
  ['face:cancelled', '人脸核验已取消，请重新提交后完成核验。'],
  ['face:failed', '人脸核验未通过：核验结果显示不是本人。'],
  ['face:expired', '人脸核验已超时'],
])('%s: said on step 1; submitting again verifies', async (fault, text) => {
  const page = await session.open(`?mockFault=${fault}#/pages/home/index`)
  await tap(page, '为本人缴费')
  await tap(page, '同意并继续')
  await see(page, '人脸核验为模拟')
  await onShow(page).getByLabel('姓名').fill(LIN.name)
  await onShow(page).getByLabel('身份证号').fill(LIN.idNumber)
  await tap(page, '下一步：人脸核验')
  await see(page, text)
  expect(await shownText(page)).not.toContain('参保信息确认')

  await tap(page, '下一步：人脸核验')
  await see(page, '参保信息确认')
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }))
  expect(stored).not.toContain(LIN.idNumber)
  expect(page.url()).not.toContain(LIN.idNumber)
})
