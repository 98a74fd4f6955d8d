/**
 * Home's "what to do now" and 常见问题 in the built H5 app, in chromium: the
 * panel loads the region files only once a region is chosen and then counts
 * the window's days; the help page searches and opens answers with the
 * region's figures; axe finds nothing serious on either, in normal mode and
 * in care mode (AAA contrast), where an opened answer can be read aloud.
 * Screenshots: test-results/screenshots/help-*.png.
 */
import type { Page } from 'playwright-core'
import { seriousFindings } from '../support/axe'
import {
  onShow,
  screenshot,
  see,
  startH5Session,
  tap,
  turnCareModeOn,
  type H5Session,
} from '../support/h5-app'

jest.setTimeout(120_000)

let session: H5Session
beforeAll(async () => {
  session = await startH5Session()
})
afterAll(() => session?.close())

/** The script files the page has fetched so far. */
const scriptsLoaded = (page: Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => name.endsWith('.js')),
  )

async function homeWithFujian(page: Page, care: boolean): Promise<void> {
  if (care) await turnCareModeOn(page)
  else await see(page, '为本人缴费')
  await onShow(page).getByRole('button', { name: '选择参保地，查看缴费期' }).click()
  await tap(page, '福建省')
  // The demo build's mock bureau lives on 2025-11-20: 41 days before Fujian's window closes.
  await see(page, '2026年度集中缴费期至2025年12月31日，还剩41天。')
}

test.each([false, true])('home and 常见问题 are axe-clean (care mode: %s) and work', async (care) => {
  const page = await session.open()
  await see(page, '为本人缴费')
  // The first paint of home does not fetch the region files (the rules chunk).
  expect((await scriptsLoaded(page)).some((name) => /\/rules\./.test(name))).toBe(false)
  await homeWithFujian(page, care)
  expect(await seriousFindings(page, { enhancedContrast: care })).toEqual([])
  await screenshot(page, `help-home-${care ? 'care' : 'normal'}`, true)

  await tap(page, '常见问题与咨询电话')
  await see(page, '地区数字按福建省显示。')
  await onShow(page).getByRole('button', { name: '今年个人要交多少钱？' }).click()
  await see(page, '福建省2026年度个人缴费标准（每人每年）')
  if (care) await onShow(page).getByRole('button', { name: '朗读本页' }).waitFor()
  expect(await seriousFindings(page, { enhancedContrast: care })).toEqual([])
  await screenshot(page, `help-faq-${care ? 'care' : 'normal'}`, true)

  await onShow(page).getByLabel('搜索问题').fill('xse')
  await see(page, '新生儿什么时候参保？有等待期吗？')
  await onShow(page).getByLabel('搜索问题').fill('没有这种问题')
  await see(page, '没有找到与“没有这种问题”相关的问题')
  expect(await seriousFindings(page, { enhancedContrast: care })).toEqual([])
  await page.close()
})
