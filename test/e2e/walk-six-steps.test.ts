/**
 * A seeded resident walks all six steps in the built H5 app, in chromium.
 * Screenshots of each step (normal and care mode) land in test-results/.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { launchChromium, PHONE_VIEWPORT } from '../support/browser'
import { serveDirectory, type RunningServer } from '../support/static-server'

jest.setTimeout(60_000)

const SHOTS = join(__dirname, '../../test-results/screenshots')
let server: RunningServer
let browser: Browser

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true })
  server = await serveDirectory(join(__dirname, '../../dist/h5'))
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

async function openApp(): Promise<Page> {
  const context = await browser.newContext({ viewport: PHONE_VIEWPORT, locale: 'zh-CN' })
  const page = await context.newPage()
  await page.goto(`${server.url}/#/pages/home/index`)
  await see(page, '为本人缴费')
  return page
}

/** Taro H5 keeps earlier pages in the DOM, hidden: look only at the page on show. */
function onShow(page: Page) {
  return page.locator('.taro_page').filter({ visible: true })
}

async function tap(page: Page, text: string) {
  await onShow(page).getByRole('button', { name: text, exact: true }).click()
}

async function see(page: Page, text: string, timeout = 10_000) {
  await onShow(page).getByText(text).first().waitFor({ timeout })
}

test('林晓华 verifies, confirms, chooses, checks, pays and gets the receipt', async () => {
  const page = await openApp()
  await page.screenshot({ path: join(SHOTS, '0-home.png') })
  await tap(page, '为本人缴费')
  await tap(page, '同意并继续')
  await onShow(page).getByLabel('姓名').fill('林晓华')
  await onShow(page).getByLabel('身份证号').fill('350102199003071234')
  await page.screenshot({ path: join(SHOTS, '1-verify.png') })
  await tap(page, '下一步：人脸核验')
  await see(page, '信息无误，下一步')
  await page.screenshot({ path: join(SHOTS, '2-enrolment.png') })
  await tap(page, '信息无误，下一步')
  await see(page, '城乡居民基本医疗保险')
  await page.screenshot({ path: join(SHOTS, '3-plan.png') })
  await tap(page, '下一步：核对金额')
  await see(page, '缴费须知')
  await page.screenshot({ path: join(SHOTS, '4-amount.png'), fullPage: true })
  await onShow(page).getByRole('checkbox').click()
  await tap(page, '确认支付 400.00 元')
  await see(page, '微信支付（模拟收银台）')
  await page.screenshot({ path: join(SHOTS, '5-pay.png') })
  await tap(page, '支付')
  await see(page, '城乡居民基本医疗保险缴费电子凭证', 15_000)
  await page.screenshot({ path: join(SHOTS, '6-receipt.png'), fullPage: true })
  const receipt = await onShow(page).textContent()
  expect(receipt).toContain('400.00')
  expect(receipt).toContain('**华')
  expect(receipt).toContain('350***********1234')
  expect(receipt).not.toContain('350102199003071234')
  expect(receipt).not.toContain('林晓华')
})
