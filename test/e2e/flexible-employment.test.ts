/**
 * 灵活就业人员 in the browser: residents whose region publishes no resident
 * figures we could source, but does publish what flexible workers pay in
 * employee insurance, are told on step 2 that resident insurance cannot be
 * paid here, then open step 3 to compare (Shanghai: a base × 10 % with a
 * calculator; Chongqing: 一档 and 二档 side by side), which has its own
 * 朗读本页. Screenshots: test-results/screenshots/flexible-*.png (normal and care mode).
 */
import { seriousFindings } from '../support/axe'
import { PHONE_VIEWPORT } from '../support/browser'
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

jest.setTimeout(60_000)

let session: H5Session
beforeAll(async () => {
  session = await startH5Session()
})
afterAll(() => session?.close())

test('a flexible worker in Shanghai (顾晓峰) is told on step 2, then sees the floor and ceiling side by side and works out his own base', async () => {
  const page = await session.open()
  await verifyAs(page, '顾晓峰', '31010419880312207X')
  await tap(page, '信息无误，下一步')
  // Said on step 2, where the record is chosen, as for every record that cannot be paid here.
  await see(page, '城乡居民医保暂不能在本程序缴费')
  await screenshot(page, 'flexible-shanghai-step-2')
  await tap(page, '查看灵活就业参保标准')
  await see(page, '灵活就业人员参加职工医保（供比较）')
  await expect(onShow(page).getByRole('button', { name: '朗读本页' }).count()).resolves.toBe(1)
  const items = await onShow(page).getByRole('listitem').allInnerTexts()
  expect(items.map((item) => item.replace(/\s+/g, ''))).toEqual([
    '缴费基数下限基数7546元/月每月754.60元12个月共9055.20元',
    '缴费基数上限基数37731元/月每月3773.10元12个月共45277.20元',
  ])
  await onShow(page).getByLabel('试算：您的月缴费基数（元）').fill('12000')
  await see(page, '按基数 12000 元：每月应缴 1200.00 元，12 个月共 14400.00 元。')
  const text = await shownText(page)
  expect(text).toContain('需连续缴费满 6 个月')
  expect(text).not.toContain('下一步：核对金额')
  await screenshot(page, 'flexible-shanghai', true)
  await expect(seriousFindings(page)).resolves.toEqual([])
  await onShow(page).getByText('如何办理').scrollIntoViewIfNeeded()
  await screenshot(page, 'flexible-shanghai-how-to-pay')

  await onShow(page).getByLabel('试算：您的月缴费基数（元）').fill('5000')
  await see(page, '低于缴费基数下限 7546 元')
  await screenshot(page, 'flexible-shanghai-below-floor', true)
  // The error is announced and the field marked invalid, with nothing serious for axe.
  await expect(
    onShow(page).getByLabel('试算：您的月缴费基数（元）').getAttribute('aria-invalid'),
  ).resolves.toBe('true')
  await expect(seriousFindings(page)).resolves.toEqual([])
})

test('in care mode, a flexible worker in Chongqing (谭志勇) sees 一档 and 二档 one above the other', async () => {
  const page = await session.open()
  await turnCareModeOn(page)
  await verifyAs(page, '谭志勇', '500103199007153012')
  await tap(page, '信息无误，下一步')
  await see(page, '城乡居民医保暂不能在本程序缴费')
  // Tapped in the bar at the bottom without scrolling: the notice is on screen, not below it.
  const notice = await onShow(page).getByText('城乡居民医保暂不能在本程序缴费').boundingBox()
  expect(notice && notice.y >= 0 && notice.y + notice.height <= PHONE_VIEWPORT.height).toBe(true)
  await screenshot(page, 'care-flexible-chongqing-step-2')
  await tap(page, '查看灵活就业参保标准')
  await see(page, '灵活就业人员参加职工医保（供比较）')
  await expect(onShow(page).getByRole('button', { name: '朗读本页' }).count()).resolves.toBe(1)
  const [first, second] = await onShow(page).locator('.side-by-side-item').all()
  if (!first || !second) throw new Error('expected two tiers')
  expect((await first.innerText()).replace(/\s+/g, '')).toBe('一档每年3075.00元')
  expect((await second.innerText()).replace(/\s+/g, '')).toBe('二档每年6765.00元')
  // Care mode's large type: the tiers stack instead of sitting side by side.
  const [a, b] = [await first.boundingBox(), await second.boundingBox()]
  expect(b && a && b.y > a.y).toBe(true)
  await second.scrollIntoViewIfNeeded()
  await screenshot(page, 'care-flexible-chongqing')
  // Care mode promises AAA contrast.
  await expect(seriousFindings(page, { enhancedContrast: true })).resolves.toEqual([])
})

test('Beijing (马丽娜): before the window opens step 2 says when to come back, step 3 the monthly figure', async () => {
  const page = await session.open()
  await verifyAs(page, '马丽娜', '110105198509204022')
  await tap(page, '信息无误，下一步')
  // Beijing's 集中参保期 opens on 2025-11-30, after the mock's date, and money is taken from the 5th (110000.ts).
  await see(page, '缴费期尚未开始')
  expect(await shownText(page)).toContain('请于2025年12月5日起缴费')
  await tap(page, '查看灵活就业参保标准')
  await see(page, '每月 584.92 元')
  await expect(onShow(page).getByRole('button', { name: '朗读本页' }).count()).resolves.toBe(1)
  await screenshot(page, 'flexible-beijing', true)
  await expect(seriousFindings(page)).resolves.toEqual([])
})
