/**
 * 国办发〔2024〕38号 in the browser: a resident lapsed 3 years (孙立新, Fuzhou
 * Gulou, paying on the mock bureau's 2025-11-20 for 2026) sees a 5-month wait
 * and its first covered day, repays 2 back-years, sees 3 months, the new
 * first covered day and the new total, and pays that total. Screenshots:
 * test-results/screenshots/waiting-*.png (normal and care mode).
 */
import type { Page } from 'playwright-core'
import {
  onShow,
  reachAmountChecked,
  screenshot,
  see,
  shownText,
  startH5Session,
  tap,
  verifyAs,
  turnCareModeOn,
  type H5Session,
} from '../support/h5-app'

jest.setTimeout(60_000)

let session: H5Session
beforeAll(async () => {
  session = await startH5Session()
})
afterAll(() => session?.close())

const rowValue = (page: Page, label: string) =>
  onShow(page)
    .locator('.row')
    .filter({ has: page.locator('.row-label', { hasText: label }) })
    .first()
    .locator('.row-value')
    .innerText()

async function lapsedResidentRepaysTwoYears(page: Page, prefix: string) {
  await verifyAs(page, '孙立新', '350102198406153010')
  await reachAmountChecked(page)
  await see(page, '现在缴费需等待 5 个月')
  expect(await rowValue(page, '待遇起始日期')).toBe('2026年6月1日')
  expect(await rowValue(page, '等待期')).toBe('5 个月')
  // Care mode folds the back-year choices away until asked for (issue 17 item 17).
  if (prefix === 'care-') await tap(page, '查看补缴选项')
  expect(await shownText(page)).toContain('每补缴 1 年可减少 1 个月等待期')
  await screenshot(page, `${prefix}waiting-5-months`, true)

  await onShow(page)
    .getByRole('radio', { name: /补缴 2 年/ })
    .click()
  await see(page, '现在缴费需等待 3 个月')
  await expect(
    onShow(page)
      .getByRole('radio', { name: /补缴 2 年/ })
      .getAttribute('aria-checked'),
  ).resolves.toBe('true')
  expect(await rowValue(page, '待遇起始日期')).toBe('2026年4月1日')
  // Care mode folds the itemised lines away until asked for.
  if (prefix === 'care-') await tap(page, '查看缴费明细')
  expect(await rowValue(page, '补缴 2 年（按2026年度标准）')).toBe('800.00 元')
  expect(await rowValue(page, '应缴金额')).toBe('1200.00 元')
  await screenshot(page, `${prefix}waiting-3-months`, true)

  await tap(page, '确认支付 1200.00 元')
  await see(page, '微信支付（模拟收银台）')
  expect(await shownText(page)).toContain('1200.00')
  await tap(page, '支付')
  await see(page, '城乡居民基本医疗保险缴费电子凭证', 15_000)
  const receipt = await shownText(page)
  expect(receipt).toContain('1200.00')
  expect(receipt).toContain('2026年4月1日')
  // The receipt itemises the 补缴 beside the year's standard (issue 17 item 10).
  expect(receipt).toContain('缴费明细（2026年度）')
  expect(await rowValue(page, '补缴 2 年（按2026年度标准）')).toBe('800.00 元')
  await screenshot(page, `${prefix}waiting-receipt`, true)
}

test('a resident lapsed 3 years sees a 5-month wait, repays 2 years, sees 3 months and pays 1200.00 元', async () => {
  const page = await session.open()
  await lapsedResidentRepaysTwoYears(page, '')
})

test('the same in care mode', async () => {
  const page = await session.open()
  await turnCareModeOn(page)
  await lapsedResidentRepaysTwoYears(page, 'care-')
})

test('an extended-period payer (许文博, the bureau dates his bill 2026-02-10) is covered from the payment date', async () => {
  const page = await session.open()
  await verifyAs(page, '许文博', '350102199111115038')
  await reachAmountChecked(page)
  await see(page, '您在延长缴费期内缴费')
  expect(await rowValue(page, '待遇起始日期')).toBe('2026年2月10日')
  expect(await shownText(page)).not.toContain('现在缴费需等待')
  await screenshot(page, 'extended-period', true)
})

test('a newborn 30 days old (林小满) is covered from birth; one 120 days old (林小雨) from the payment date', async () => {
  const page = await session.open()
  await verifyAs(page, '林小满', '350102202604202011')
  await reachAmountChecked(page)
  await see(page, '新生儿在规定时限内参保，自出生之日起享受待遇')
  expect(await rowValue(page, '待遇起始日期')).toBe('2026年4月20日')

  const later = await session.open()
  await verifyAs(later, '林小雨', '350102202601201021')
  await reachAmountChecked(later)
  await see(later, '新生儿超过规定时限参保')
  expect(await rowValue(later, '待遇起始日期')).toBe('2026年5月20日')
})
