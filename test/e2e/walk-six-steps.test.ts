/**
 * A seeded resident walks all six steps in the built H5 app, in chromium,
 * in normal and in care mode. Screenshots of each step land in
 * test-results/screenshots/ (normal: N-step.png, care mode: care-N-step.png).
 */
import type { Page } from 'playwright-core'
import {
  onShow,
  screenshot,
  see,
  shownText,
  startH5Session,
  tap,
  turnCareModeOn,
  type H5Session,
} from '../support/h5-app'

jest.setTimeout(60_000)

let session: H5Session
beforeAll(async () => {
  session = await startH5Session()
})
afterAll(() => session?.close())

async function walk(page: Page, prefix: string) {
  await see(page, '为本人缴费')
  await screenshot(page, `${prefix}0-home`)
  await tap(page, '为本人缴费')
  await tap(page, '同意并继续')
  await onShow(page).getByLabel('姓名').fill('林晓华')
  await onShow(page).getByLabel('身份证号').fill('350102199003071234')
  await screenshot(page, `${prefix}1-verify`)
  await tap(page, '下一步：人脸核验')
  await see(page, '信息无误，下一步')
  await screenshot(page, `${prefix}2-enrolment`)
  await tap(page, '信息无误，下一步')
  await see(page, '城乡居民基本医疗保险')
  await screenshot(page, `${prefix}3-plan`)
  await tap(page, '下一步：核对金额')
  await see(page, '缴费须知')
  await screenshot(page, `${prefix}4-amount`, true)
  await onShow(page).getByRole('checkbox').click()
  await tap(page, '确认支付 400.00 元')
  await see(page, '微信支付（模拟收银台）')
  await screenshot(page, `${prefix}5-pay`)
  await tap(page, '支付')
  await see(page, '城乡居民基本医疗保险缴费电子凭证', 15_000)
  await screenshot(page, `${prefix}6-receipt`, true)
}

test('林晓华 verifies, confirms, chooses, checks, pays and keeps a masked receipt', async () => {
  const page = await session.open()
  await walk(page, '')
  const receipt = await shownText(page)
  expect(receipt).toContain('400.00')
  expect(receipt).toContain('2026年1月1日')
  expect(receipt).toContain('**华')
  expect(receipt).toContain('350***********1234')
  expect(receipt).not.toContain('350102199003071234')
  expect(receipt).not.toContain('林晓华')
  await onShow(page).getByRole('img', { name: '电子凭证核验二维码' }).waitFor()

  // Back after paying lands on the receipt, not on a payable step again.
  await page.goBack()
  await see(page, '城乡居民基本医疗保险缴费电子凭证')

  await tap(page, '查看缴费记录')
  await see(page, '2026年度 · **华')
})

test('the same walk works in care mode, with large type', async () => {
  const page = await session.open()
  await turnCareModeOn(page)
  const bodySize = await onShow(page)
    .getByText('足不出户')
    .evaluate((element) => parseFloat(getComputedStyle(element).fontSize))
  expect(bodySize).toBeGreaterThanOrEqual(23.8)
  await walk(page, 'care-')
})
