/**
 * Driving the built H5 app in chromium the way a resident does: by visible
 * text, roles and labels. Taro H5 keeps earlier pages in the DOM, hidden, so
 * every lookup is scoped to the page on show.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Locator, Page } from 'playwright-core'
import { launchChromium, PHONE_VIEWPORT } from './browser'
import { serveDirectory, type RunningServer } from './static-server'

export const SCREENSHOTS = join(__dirname, '../../test-results/screenshots')

/** The H5 build under test: dist/h5, or another output (H5_DIST) when several builds are tried side by side. */
export const H5_DIST = process.env.H5_DIST ?? join(__dirname, '../../dist/h5')

export interface H5Session {
  open(path?: string): Promise<Page>
  close(): Promise<void>
}

export async function startH5Session(): Promise<H5Session> {
  mkdirSync(SCREENSHOTS, { recursive: true })
  const server: RunningServer = await serveDirectory(H5_DIST)
  const browser: Browser = await launchChromium()
  return {
    async open(path = '#/pages/home/index') {
      const context = await browser.newContext({ viewport: PHONE_VIEWPORT, locale: 'zh-CN' })
      const page = await context.newPage()
      await page.goto(`${server.url}/${path}`)
      return page
    },
    async close() {
      await browser.close()
      await server.close()
    },
  }
}

/**
 * Another tab of the same browser profile: it shares the first tab's
 * localStorage, so its mock bureau finds the ledger (shares, orders) the other
 * tab wrote, as another tab of a resident's browser would.
 */
export async function openTab(page: Page, url: string): Promise<Page> {
  const tab = await page.context().newPage()
  await tab.goto(url)
  return tab
}

/** At step 3 with a card made: copies its link, as the resident does to paste it into a chat, and returns it. */
export async function copyShareLink(page: Page): Promise<string> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
  await tap(page, '复制链接发给家人')
  await see(page, '链接已复制')
  // Taro's setClipboardData adds its own toast (内容已复制) outside the page; it leaves after 1.5 s.
  await page.getByText('内容已复制').waitFor({ state: 'hidden' })
  return page.evaluate(() => navigator.clipboard.readText())
}

export function onShow(page: Page): Locator {
  return page.locator('.taro_page').filter({ visible: true })
}

export async function tap(page: Page, name: string): Promise<void> {
  await onShow(page).getByRole('button', { name, exact: true }).click()
}

export async function see(page: Page, text: string, timeout = 10_000): Promise<void> {
  await onShow(page).getByText(text).first().waitFor({ timeout })
}

/** From home: turns 关怀模式 on with the switch a resident taps, and waits until the page is drawn in it. */
export async function turnCareModeOn(page: Page): Promise<void> {
  await see(page, '为本人缴费')
  await onShow(page).getByRole('switch', { name: '关怀模式' }).click()
  await onShow(page).locator('.page.care').waitFor()
}

export async function shownText(page: Page): Promise<string> {
  return (await onShow(page).textContent()) ?? ''
}

export async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage })
}

/** Consent, name and ID, face check: lands on step 2. */
export async function verifyAs(page: Page, name: string, idNumber: string): Promise<void> {
  await see(page, '为本人缴费')
  await tap(page, '为本人缴费')
  await tap(page, '同意并继续')
  await onShow(page).getByLabel('姓名').fill(name)
  await onShow(page).getByLabel('身份证号').fill(idNumber)
  await tap(page, '下一步：人脸核验')
  await see(page, '参保信息确认')
}

/** From step 2 of a payable resident to the amount step with the notice ticked. */
export async function reachAmountChecked(page: Page): Promise<void> {
  await tap(page, '信息无误，下一步')
  await tap(page, '下一步：核对金额')
  await onShow(page).getByRole('checkbox').click()
}
