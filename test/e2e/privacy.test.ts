/**
 * 个人信息保护 in the built H5 app, in chromium: the page from home, axe on it
 * in both modes, and 撤回同意并清除本机数据 after a verification, which leaves
 * nothing of the app's in localStorage but the mock bureau's ledger and starts
 * again from home, asking for consent again.
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

jest.setTimeout(120_000)

let session: H5Session
beforeAll(async () => {
  session = await startH5Session()
})
afterAll(() => session?.close())

const appKeys = (page: Page) =>
  page.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith('yibao-'))
      .sort(),
  )

async function openNotice(page: Page) {
  await see(page, '为本人缴费')
  await tap(page, '个人信息保护')
  await see(page, '我们收集哪些信息')
}

test('the notice opens from home, says who receives what, and passes axe in both modes', async () => {
  const page = await session.open()
  await openNotice(page)
  const text = await shownText(page)
  for (const item of ['医保部门', '税务部门', '微信支付', '保存多久', '如何撤回同意'])
    expect(text).toContain(item)
  // H5 has no WeChat privacy guide to open: only the app's own notice and the withdrawal.
  expect(await onShow(page).getByRole('button').allTextContents()).toEqual(['撤回同意并清除本机数据'])
  expect(await seriousFindings(page)).toEqual([])
  await screenshot(page, 'privacy-notice', true)

  await page.goBack()
  await turnCareModeOn(page)
  await openNotice(page)
  expect(await seriousFindings(page, { enhancedContrast: true })).toEqual([])
  await page.close()
})

test('撤回同意并清除本机数据 leaves only the bureau’s ledger, and the next visit asks for consent again', async () => {
  const page = await session.open()
  await verifyAs(page, '林晓华', '350102199003071234')
  expect(await appKeys(page)).toEqual(['yibao-mock-bureau', 'yibao-payment'])

  await page.goto(page.url().replace(/#.*$/, '#/pages/home/index'))
  await openNotice(page)
  await tap(page, '撤回同意并清除本机数据')
  await screenshot(page, 'privacy-withdraw-confirm', true)
  await tap(page, '确定撤回并清除')
  await see(page, '为本人缴费')
  expect(await shownText(page)).not.toContain('已认证')
  expect(await appKeys(page)).toEqual(['yibao-mock-bureau'])

  await page.reload()
  await see(page, '为本人缴费')
  expect(await shownText(page)).not.toContain('已认证')
  await tap(page, '为本人缴费')
  await see(page, '个人信息使用说明')
  await page.close()
})
