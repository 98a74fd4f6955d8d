/**
 * The first screen painted from index.html before the app's JS runs (config/first-screen.ts,
 * src/root/first-screen.h5.ts), in the built H5 app in chromium: it shows exactly what the app
 * then shows, the takeover changes no pixel and shifts nothing, and a visitor whose saved state
 * changes the screen (care mode, a verified identity, consent given) gets none.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { launchChromium, PHONE_VIEWPORT } from '../support/browser'
import { H5_DIST, see, tap, verifyAs } from '../support/h5-app'
import { seed } from '../support/seed'
import { serveDirectory, type RunningServer } from '../support/static-server'

jest.setTimeout(120_000)

const HOME = '#/pages/home/index'
const STEP_1 = '#/pages/verify/index'

let server: RunningServer
let browser: Browser
beforeAll(async () => {
  server = await serveDirectory(H5_DIST)
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

const newContext = () => browser.newContext({ viewport: PHONE_VIEWPORT, locale: 'zh-CN' })

/** The page as index.html alone paints it: the app's scripts never arrive. */
async function withoutAppScripts(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage()
  await page.route('**/js/*.js', (route) => route.abort())
  await page.goto(`${server.url}/${path}`)
  // The chooser runs while the body is parsed: once loaded, the first screen is there or not.
  await page.waitForLoadState('load')
  return page
}

const firstScreenText = (page: Page) =>
  page.evaluate(() => (document.getElementById('first-screen') as HTMLElement | null)?.innerText ?? '')

/** Records every layout shift from the start of the load. */
async function recordShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: number[] = []
    Object.assign(window, { layoutShifts: shifts })
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        shifts.push((entry as PerformanceEntry & { value: number }).value)
    }).observe({ type: 'layout-shift', buffered: true })
  })
}

const shownPageText = (page: Page) =>
  page.evaluate(() => (document.querySelector('.taro_page.taro_page_show') as HTMLElement).innerText)

describe.each([
  ['home', HOME, '为本人缴费'],
  ['step 1', STEP_1, '同意并继续'],
])('the first screen of %s', (_name, path, primaryAction) => {
  test('paints before any JS and is what the app then shows, with no pixel changed and no shift', async () => {
    const context = await newContext()
    const painted = await withoutAppScripts(context, path)
    const firstScreen = await firstScreenText(painted)
    expect(firstScreen).toContain(primaryAction)
    const before = await painted.screenshot()

    const page = await context.newPage()
    await recordShifts(page)
    await page.goto(`${server.url}/${path}`)
    await see(page, primaryAction)
    // The copy is gone with the takeover: one page in the document, one main landmark.
    await page.waitForFunction(() => document.getElementById('first-screen') === null)
    expect(await page.locator('[role=main]').count()).toBe(1)
    expect(await shownPageText(page)).toBe(firstScreen)
    await page.waitForTimeout(500)
    expect(await page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts)).toEqual(
      [],
    )
    expect((await page.screenshot()).equals(before)).toBe(true)
    await context.close()
  })
})

describe('no first screen where the app would show something else', () => {
  /** Care mode chosen, as the switch on home saves it. */
  async function chooseCareMode(context: BrowserContext): Promise<void> {
    const page = await context.newPage()
    await page.goto(`${server.url}/${HOME}`)
    await page.locator('.taro_page.taro_page_show [role=switch]').click()
    await see(page, '已开启')
    await page.close()
  }

  test('care mode chosen: neither home nor step 1 paints the normal-size copy', async () => {
    const context = await newContext()
    expect(await firstScreenText(await withoutAppScripts(context, HOME))).not.toBe('')
    await chooseCareMode(context)
    expect(await firstScreenText(await withoutAppScripts(context, HOME))).toBe('')
    expect(await firstScreenText(await withoutAppScripts(context, STEP_1))).toBe('')
    await context.close()
  })

  test('consent given: step 1 shows the form, so no consent panel is painted; verified: home neither', async () => {
    const context = await newContext()
    expect(await firstScreenText(await withoutAppScripts(context, STEP_1))).toContain('同意并继续')
    const page = await context.newPage()
    await page.goto(`${server.url}/${HOME}`)
    const lin = seed('林晓华')
    await verifyAs(page, lin.name, lin.idNumber)
    expect(await firstScreenText(await withoutAppScripts(context, STEP_1))).toBe('')
    expect(await firstScreenText(await withoutAppScripts(context, HOME))).toBe('')
    await page.close()
    await context.close()
  })

  test('a first-time visitor can still go on from the first screen once the app is there', async () => {
    const context = await newContext()
    const page = await context.newPage()
    await page.goto(`${server.url}/${HOME}`)
    await tap(page, '为本人缴费')
    await see(page, '同意并继续')
    await context.close()
  })
})
