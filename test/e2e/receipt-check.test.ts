/**
 * 电子凭证查验 and 保存为图片 in the built H5 app (H5_DIST), in chromium:
 * - 林晓华 pays; the receipt screen's own screenshot is decoded (jsQR over
 *   pngjs) and the same PNG is given to the 查验凭证 page as the photo of the
 *   QR code, which the page decodes itself and checks with the bureau: valid;
 * - the saved picture (the H5 PNG download) decodes to the same QR code, and
 *   the text the canvas was given holds no full name and no ID number;
 * - the page's states, in normal and in care mode, screenshotted to
 *   SHOTS_DIR (default test-results/screenshots/receipt-check).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import jsQR from 'jsqr'
import type { Page } from 'playwright-core'
import { PNG } from 'pngjs'
import { seriousFindings } from '../support/axe'
import {
  onShow,
  reachAmountChecked,
  SCREENSHOTS,
  see,
  shownText,
  startH5Session,
  tap,
  verifyAs,
  turnCareModeOn,
  type H5Session,
} from '../support/h5-app'
import { seed } from '../support/seed'

jest.setTimeout(120_000)

const SHOTS = process.env.SHOTS_DIR ?? join(SCREENSHOTS, 'receipt-check')
const CHECK_PAGE = '#/packages/check/pages/check/index'
const RECEIPT_TITLE = '城乡居民基本医疗保险缴费电子凭证'
const lin = seed('林晓华')

/** axe on the page on show: nothing of any impact (care mode: AAA contrast too). */
async function checkA11y(page: Page, careMode: boolean): Promise<void> {
  expect(await seriousFindings(page, { enhancedContrast: careMode })).toEqual([])
}

let session: H5Session
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true })
  session = await startH5Session()
})
afterAll(() => session?.close())

function decodeQr(png: Buffer): string | undefined {
  const image = PNG.sync.read(png)
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data
}

/** The value in the label/value row labelled `label` on the page on show. */
async function rowValue(page: Page, label: string): Promise<string> {
  const row = onShow(page)
    .locator('.row')
    .filter({ has: page.locator('.row-label', { hasText: label }) })
  return ((await row.first().locator('.row-value').textContent()) ?? '').trim()
}

/** 林晓华 pays her 2026 bill and lands on the receipt. */
async function payAsLin(page: Page): Promise<void> {
  await verifyAs(page, lin.name, lin.idNumber)
  await reachAmountChecked(page)
  await tap(page, '确认支付 400.00 元')
  await see(page, '微信支付（模拟收银台）')
  await tap(page, '支付')
  await see(page, RECEIPT_TITLE, 15_000)
  await onShow(page).getByRole('img', { name: '电子凭证核验二维码' }).waitFor()
}

async function uploadPhoto(page: Page, png: Buffer, label = '拍照或上传凭证二维码'): Promise<void> {
  const chooser = page.waitForEvent('filechooser')
  await tap(page, label)
  await (await chooser).setFiles({ name: 'receipt.png', mimeType: 'image/png', buffer: png })
}

test('the receipt screen’s QR code, read from its screenshot, checks as valid on the 查验凭证 page', async () => {
  const page = await session.open()
  await payAsLin(page)
  const receiptNo = await rowValue(page, '凭证号')
  const code = await rowValue(page, '校验码')
  expect(receiptNo).toMatch(/^FJ2026\d{12}$/)

  // The screen as the resident sees it once scrolled to the code (Taro's page scrolls inside the window).
  await onShow(page).getByRole('img', { name: '电子凭证核验二维码' }).scrollIntoViewIfNeeded()
  const screen = await page.screenshot()
  writeFileSync(join(SHOTS, 'receipt-screen.png'), screen)
  expect(decodeQr(screen)).toBe(`YBJF-RECEIPT:${receiptNo}:${code}`)

  await tap(page, '查验凭证')
  await see(page, '查验电子凭证')
  await uploadPhoto(page, screen)
  await see(page, '凭证有效')
  expect(await rowValue(page, '凭证号')).toBe(receiptNo)
  expect(await rowValue(page, '参保人')).toBe('**华')
  expect(await rowValue(page, '缴费金额')).toBe('400.00 元')
  expect(await rowValue(page, '缴费年度')).toBe('2026年度')
  const shown = await shownText(page)
  expect(shown).not.toContain(lin.name)
  expect(shown).not.toContain(lin.idNumber)
  await page.screenshot({ path: join(SHOTS, 'check-valid-from-photo.png'), fullPage: true })

  // The same number with another code: not found, as for a number that does not exist.
  const wrong = `${code.slice(0, 5)}${code.endsWith('A') ? 'B' : 'A'}`
  await onShow(page).getByLabel('校验码').fill(wrong)
  await tap(page, '查验')
  await see(page, '未查到这张凭证')
})

test('保存为图片 downloads a PNG with the QR code, masked names and no ID number', async () => {
  const page = await session.open()
  await payAsLin(page)
  const receiptNo = await rowValue(page, '凭证号')
  const code = await rowValue(page, '校验码')
  // Every text the app hands a canvas from here on.
  await page.evaluate(() => {
    const drawn: string[] = []
    ;(window as unknown as { drawnTexts: string[] }).drawnTexts = drawn
    const fillText = CanvasRenderingContext2D.prototype.fillText
    CanvasRenderingContext2D.prototype.fillText = function (text: string, x: number, y: number) {
      drawn.push(text)
      fillText.call(this, text, x, y)
    }
  })
  const download = page.waitForEvent('download')
  await tap(page, '保存为图片（PNG）')
  const saved = await download
  expect(saved.suggestedFilename()).toBe(`医保缴费电子凭证-${receiptNo}.png`)
  const png = readFileSync(await saved.path())
  writeFileSync(join(SHOTS, 'saved-receipt.png'), png)
  expect(decodeQr(png)).toBe(`YBJF-RECEIPT:${receiptNo}:${code}`)
  await see(page, '图片已下载')

  const texts = await page.evaluate(() => (window as unknown as { drawnTexts: string[] }).drawnTexts)
  expect(texts).toEqual(expect.arrayContaining(['**华', '400.00 元', '2026年度', receiptNo, code]))
  const all = texts.join('\n')
  expect(all).not.toContain(lin.name)
  // No ID number at all, not even masked: neither its birth date digits nor its ends.
  expect(all).not.toContain(lin.idNumber.slice(6, 14))
  expect(all).not.toContain(lin.idNumber.slice(-4))
  expect(all).not.toMatch(/\d{3}\*+\d{3}/)
})

/** Turns care mode on from home (it is remembered), then opens the check page. */
async function openCheckPage(careMode: boolean, fault = ''): Promise<Page> {
  const page = await session.open(fault ? `?mockFault=${fault}${'#/pages/home/index'}` : undefined)
  if (careMode) await turnCareModeOn(page)
  else await see(page, '为本人缴费')
  await page.goto(page.url().replace(/#.*$/, CHECK_PAGE))
  await see(page, '查验电子凭证')
  return page
}

describe.each([
  ['normal', false],
  ['care', true],
])('the 查验凭证 page’s states (%s mode)', (mode, careMode) => {
  const shot = (page: Page, state: string) =>
    page.screenshot({ path: join(SHOTS, `check-${mode}-${state}.png`), fullPage: true })

  test('empty, bad input, not found and limited; each passes axe', async () => {
    const page = await openCheckPage(careMode)
    await shot(page, 'empty')
    await checkA11y(page, careMode)
    await tap(page, '查验')
    await see(page, '请输入凭证号')
    await shot(page, 'bad-input')
    await checkA11y(page, careMode)
    await onShow(page).getByLabel('凭证号').fill('FJ2026999999999999')
    await onShow(page).getByLabel('校验码').fill('abc123')
    await tap(page, '查验')
    await see(page, '未查到这张凭证')
    await shot(page, 'not-found')
    await checkA11y(page, careMode)
    // More checks from this browser, until the bureau's limit (10 at once; one comes back every 6 s).
    for (let check = 0; check < 15 && !(await shownText(page)).includes('查验过于频繁'); check += 1) {
      await tap(page, '查验')
      await onShow(page).getByText('正在向医保部门查验…').waitFor({ state: 'hidden' })
    }
    await see(page, '查验过于频繁')
    expect(await shownText(page)).toMatch(/请在 \d 秒后再查验/)
    await shot(page, 'rate-limited')
    await checkA11y(page, careMode)
  })

  test('unreachable: said, with what was typed kept', async () => {
    const page = await openCheckPage(careMode, 'checkReceipt:timeout')
    await onShow(page).getByLabel('凭证号').fill('FJ2026999999999999')
    await onShow(page).getByLabel('校验码').fill('ABC123')
    await tap(page, '查验')
    await see(page, '未能连接医保系统')
    await shot(page, 'unreachable')
    await checkA11y(page, careMode)
  })
})
