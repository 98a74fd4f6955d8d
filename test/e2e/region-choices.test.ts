/**
 * Issue 15's personas in the built H5 app: 杭州's tiers side by side at step 3
 * (方慧敏 chooses 二档 and pays 700.00 元, its 长护险 30.00 元 on a line of its
 * own at step 4 and on the receipt), age bands with the resident's own marked
 * (何雨桐), a payable 低保 group (杨秀梅, 110.00 元), Beijing's closed payment day
 * (高志明), a repairable late bill (钱永强) and a wait carried over from last
 * year's late payment (韩雪梅). axe runs on step 3 and step 4 in both modes.
 * Screenshots: test-results/screenshots/choices-*.png.
 */
import type { Page } from 'playwright-core'
import { seriousFindings } from '../support/axe'
import {
  onShow,
  screenshot,
  see,
  shownText,
  startH5Session,
  tap,
  verifyAs,
  turnCareModeOn,
  type H5Session,
} from '../support/h5-app'

jest.setTimeout(90_000)

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

const tierRadio = (page: Page, name: RegExp) =>
  onShow(page).getByRole('radiogroup', { name: '缴费档次' }).getByRole('radio', { name })

const buttonNames = (page: Page) => onShow(page).getByRole('button').allInnerTexts()

async function choosesTierAndPays(page: Page, prefix: string) {
  const care = prefix === 'care-'
  await verifyAs(page, '方慧敏', '330102198503123020')
  await tap(page, '信息无误，下一步')
  await see(page, '选择缴费档次')
  await expect(tierRadio(page, /一档/).getAttribute('aria-checked')).resolves.toBe('true')
  await expect(tierRadio(page, /二档/).getAttribute('aria-checked')).resolves.toBe('false')
  expect(await shownText(page)).toContain('800.00 元/年')
  expect(await shownText(page)).toContain('700.00 元/年')
  expect(await seriousFindings(page, { enhancedContrast: care })).toEqual([])
  await onShow(page).getByRole('radiogroup', { name: '缴费档次' }).scrollIntoViewIfNeeded()
  await screenshot(page, `${prefix}choices-tiers-step3`, true)

  await tierRadio(page, /二档/).click()
  await expect(tierRadio(page, /二档/).getAttribute('aria-checked')).resolves.toBe('true')
  await see(page, '个人缴费标准 700.00 元/年')
  await see(page, '每档均含长期护理保险 30.00 元/年')
  // The chosen tier wears the chosen border (as the 险种 above does), not the side-by-side item's grey one.
  const border = (radio: ReturnType<typeof tierRadio>) =>
    radio.evaluate((element) => getComputedStyle(element).borderTopColor)
  const chosenBorder = await onShow(page)
    .locator('.choice-selected')
    .first()
    .evaluate((element) => getComputedStyle(element).borderTopColor)
  expect(await border(tierRadio(page, /二档/))).toBe(chosenBorder)
  expect(await border(tierRadio(page, /一档/))).not.toBe(chosenBorder)
  await screenshot(page, `${prefix}choices-tier-2-step3`, true)

  await tap(page, '下一步：核对金额')
  if (care) await tap(page, '查看缴费明细')
  expect(await rowValue(page, '个人缴费（劳动年龄内居民，二档，医疗部分）')).toBe('670.00 元')
  expect(await rowValue(page, '长期护理保险')).toBe('30.00 元')
  expect(await rowValue(page, '应缴金额')).toBe('700.00 元')
  await see(page, '其中长期护理保险 30.00 元')
  expect(await seriousFindings(page, { enhancedContrast: care })).toEqual([])
  await onShow(page).getByText('其中长期护理保险 30.00 元').scrollIntoViewIfNeeded()
  await screenshot(page, `${prefix}choices-ltc-step4`, true)

  await onShow(page).getByRole('checkbox').click()
  await tap(page, '确认支付 700.00 元')
  await see(page, '微信支付（模拟收银台）')
  await tap(page, '支付')
  await see(page, '城乡居民基本医疗保险缴费电子凭证', 15_000)
  expect(await rowValue(page, '长期护理保险')).toBe('30.00 元')
  expect(await shownText(page)).toContain('700.00')
}

test('杭州: 方慧敏 sees 一档 and 二档 side by side, chooses 二档, pays 700.00 元 with its 长护险 part itemised', async () => {
  await choosesTierAndPays(await session.open(), '')
})

test('the same in care mode', async () => {
  const page = await session.open()
  await turnCareModeOn(page)
  await choosesTierAndPays(page, 'care-')
})

test("杭州 大学生 by age band: 何雨桐's band is marked, nothing to choose, 130.00 元", async () => {
  const page = await session.open()
  await verifyAs(page, '何雨桐', '330106200609152028')
  await tap(page, '信息无误，下一步')
  await see(page, '按年龄段确定的缴费标准')
  await onShow(page)
    .getByRole('listitem', { name: '2008年1月1日前出生的大学生：130.00 元/年，适用于您' })
    .waitFor()
  expect(await onShow(page).getByRole('radiogroup', { name: '缴费档次' }).count()).toBe(0)
  await screenshot(page, 'choices-age-bands-step3', true)
  await tap(page, '下一步：核对金额')
  expect(await rowValue(page, '应缴金额')).toBe('130.00 元')
})

test('陕西 低保: 杨秀梅 pays 110.00 元 after 290.00 元 assistance', async () => {
  const page = await session.open()
  await verifyAs(page, '杨秀梅', '610113197504124027')
  await tap(page, '信息无误，下一步')
  await tap(page, '下一步：核对金额')
  expect(await rowValue(page, '资助参保（低保对象）')).toBe('-290.00 元')
  expect(await rowValue(page, '应缴金额')).toBe('110.00 元')
})

test('北京 on the 22nd: 高志明 is told to come back on 2026-01-05, with no way on to pay', async () => {
  const page = await session.open()
  await verifyAs(page, '高志明', '11010519870506301X')
  await tap(page, '信息无误，下一步')
  await see(page, '今天不在缴费日')
  await see(page, '请于2026年1月5日起缴费。')
  expect(await buttonNames(page)).not.toContain('信息无误，下一步')
  expect(await buttonNames(page)).toContain('返回首页')
  await screenshot(page, 'choices-closed-day', true)
  await tap(page, '返回首页')
  await see(page, '为本人缴费')
})

test('a repairable late bill: 钱永强 is offered 1 back-year, already chosen and explained, covered from 2026-12-01', async () => {
  const page = await session.open()
  await verifyAs(page, '钱永强', '350102198207095014')
  await tap(page, '信息无误，下一步')
  await tap(page, '下一步：核对金额')
  await see(page, '补缴 1 年后，本年度可以享受待遇')
  expect(await shownText(page)).not.toContain('本年度已无法缴费')
  await expect(
    onShow(page)
      .getByRole('radio', { name: /补缴 1 年/ })
      .getAttribute('aria-checked'),
  ).resolves.toBe('true')
  expect(await rowValue(page, '待遇起始日期')).toBe('2026年12月1日')
  expect(await rowValue(page, '应缴金额')).toBe('800.00 元')
  await screenshot(page, 'choices-repair-step4', true)
  await onShow(page).getByRole('checkbox').click()
  await tap(page, '确认支付 800.00 元')
  await see(page, '微信支付（模拟收银台）')
})

test("last year's late payment: 韩雪梅 pays in the window and is covered from 2026-02-06", async () => {
  const page = await session.open()
  await verifyAs(page, '韩雪梅', '350102198802143025')
  await tap(page, '信息无误，下一步')
  await tap(page, '下一步：核对金额')
  await see(page, '待遇自2026年2月6日起享受')
  expect(await rowValue(page, '待遇起始日期')).toBe('2026年2月6日')
})
