/**
 * `npm run bench`: figures of the BUILT apps against their budgets. Builds
 * nothing: run `npm run build` first.
 *
 * - weapp main package and each subpackage size, demo and release builds (main ≤ 500 KB demo,
 *   ≤ 430 KB release; subpackage ≤ 300 KB: scripts/bench-packages.ts);
 * - H5 initial JS, gzipped: the <script>s of index.html plus every .js chromium
 *   requests while the home page loads (budget 150 KB);
 * - the H5 first screen in Lighthouse, home and step 1, median of 3 runs each, served as a
 *   CDN would (scripts/bench-lighthouse.ts; goal: performance ≥ 0.95, LCP ≤ 1.5 s, TBT ≤ 100 ms);
 * - the largest setData payload of each weapp page, opened directly and on a
 *   walk to the receipt (WeChat's limit 256 KB);
 * - taps from home to receipt for a returning resident in the H5 app, in
 *   normal and in care mode (turned on before counting; its folded details
 *   must not add taps), and the time from the 支付 tap to the receipt;
 * - random payment sequences per second through the payment model (test/support/payment-model.ts);
 * - requests a client sends in 5 minutes of 系统繁忙 while the resident taps 重试 every 2 s
 *   (the payment store on a fake clock, test/support/busy-tapping.ts; goal ≤ 30), measured first
 *   since it needs no build;
 * - quotes per second of the rules engine (goal ≥ 100,000/s), measured first
 *   since it needs no build.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Browser, Locator, Page } from 'playwright-core'
import { quote, type Person } from '../src/domain/quote'
import { CATEGORIES } from '../src/domain/region-rules'
import { regionRulesFor } from '../src/config/regions'
import { launchChromium, PHONE_VIEWPORT } from '../test/support/browser'
import { weappPackageSizes } from './bench-packages'
import { paymentModelThroughput } from './bench-payment-model'
import { lighthouseFirstScreen } from './bench-lighthouse'
import { BUSY_REQUEST_GOAL, tapWhileBusy } from '../test/support/busy-tapping'
import { serveDirectory, type RunningServer } from '../test/support/static-server'
import {
  allPages,
  readAppJson,
  SEEDED_RESIDENT,
  SET_DATA_LIMIT_BYTES,
  walkToReceipt,
  WEAPP_DIST,
  WeappHarness,
} from '../test/support/weapp-harness'

// H5_DIST measures another H5 build (as in the e2e tests), e.g. H5_DIST=$PWD/dist/mine.
const H5_DIST = process.env.H5_DIST ?? join(__dirname, '../dist/h5')
const KB = 1024
const BUDGET = { h5InitialGzip: 150 * KB, quotesPerSecond: 100_000 }
const HOME = '#/pages/home/index'
const RECEIPT_TITLE = '城乡居民基本医疗保险缴费电子凭证'

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`
const verdict = (bytes: number, budget: number) =>
  `${kb(bytes)} (budget ${budget / KB} KB) ${bytes <= budget ? 'OK' : 'OVER'}`

async function weappSetData(): Promise<void> {
  const largest = new Map<string, { direct: number; walk: number }>()
  for (const route of allPages(readAppJson())) {
    const harness = new WeappHarness()
    const page = await harness.launch(route)
    if (harness.errors.length > 0) console.log(`weapp ${route}: threw ${String(harness.errors[0])}`)
    largest.set(route, { direct: page.largestPayloadBytes(), walk: 0 })
  }
  const walker = new WeappHarness()
  for (const page of await walkToReceipt(walker)) {
    const entry = largest.get(page.route) ?? { direct: 0, walk: 0 }
    entry.walk = Math.max(entry.walk, page.largestPayloadBytes())
    largest.set(page.route, entry)
  }
  for (const [route, { direct, walk }] of largest) {
    const worst = Math.max(direct, walk)
    const walked = walk > 0 ? kb(walk) : 'not on the walk'
    console.log(
      `weapp largest setData ${route}: ${kb(worst)} (opened directly ${kb(direct)}, on the walk ${walked}; limit ${SET_DATA_LIMIT_BYTES / KB} KB) ${worst <= SET_DATA_LIMIT_BYTES ? 'OK' : 'OVER'}`,
    )
  }
}

async function h5InitialJs(browser: Browser, server: RunningServer): Promise<void> {
  const html = readFileSync(join(H5_DIST, 'index.html'), 'utf8')
  const scripts = new Set(
    [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => new URL(m[1] ?? '', server.url).pathname),
  )
  const context = await browser.newContext({ viewport: PHONE_VIEWPORT, locale: 'zh-CN' })
  const page = await context.newPage()
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.origin === server.url && url.pathname.endsWith('.js')) scripts.add(url.pathname)
  })
  await page.goto(`${server.url}/${HOME}`, { waitUntil: 'networkidle' })
  await see(page, '为本人缴费')
  await context.close()
  let raw = 0
  let gzipped = 0
  const parts: string[] = []
  for (const path of [...scripts].sort()) {
    const bytes = readFileSync(join(H5_DIST, decodeURIComponent(path)))
    const gz = gzipSync(bytes).length
    raw += bytes.length
    gzipped += gz
    parts.push(`${path} ${kb(gz)}`)
  }
  console.log(
    `H5 initial JS gzipped: ${verdict(gzipped, BUDGET.h5InitialGzip)}; ${scripts.size} files, ${kb(raw)} raw: ${parts.join(', ')}`,
  )
}

/** Taro H5 keeps earlier pages in the DOM, hidden: look only at the page on show. */
const onShow = (page: Page): Locator => page.locator('.taro_page').filter({ visible: true })
const button = (page: Page, name: string) => onShow(page).getByRole('button', { name, exact: true })
const see = (page: Page, text: string) => onShow(page).getByText(text).first().waitFor({ timeout: 15_000 })

async function h5ReturningWalk(browser: Browser, server: RunningServer, careMode: boolean): Promise<void> {
  const context = await browser.newContext({ viewport: PHONE_VIEWPORT, locale: 'zh-CN' })
  const page = await context.newPage()
  // Verify once (the identity is remembered), then go home. Home is opened in
  // the same document: the mock gateway keeps its sessions in memory only, so
  // after a reload it answers 认证已过期 to the remembered token.
  await page.goto(`${server.url}/${HOME}`)
  if (careMode) await onShow(page).getByRole('switch', { name: '关怀模式' }).click()
  await button(page, '为本人缴费').click()
  await button(page, '同意并继续').click()
  await onShow(page).getByLabel('姓名').fill(SEEDED_RESIDENT.name)
  await onShow(page).getByLabel('身份证号').fill(SEEDED_RESIDENT.idNumber)
  await button(page, '下一步：人脸核验').click()
  await see(page, '信息无误，下一步')
  await page.goto(`${server.url}/${HOME}`)
  await see(page, '换一个人缴费')

  const taps: [string, Locator][] = [
    ['为本人缴费', button(page, '为本人缴费')],
    ['信息无误，下一步', button(page, '信息无误，下一步')],
    ['下一步：核对金额', button(page, '下一步：核对金额')],
    ['checkbox 我已阅读并知晓缴费须知', onShow(page).getByRole('checkbox')],
    ['确认支付 400.00 元', button(page, '确认支付 400.00 元')],
    ['支付', button(page, '支付')],
  ]
  let payToReceiptMs = 0
  for (const [label, locator] of taps) {
    await locator.waitFor({ state: 'visible', timeout: 15_000 })
    const tapped = Date.now()
    await locator.click()
    if (label === '支付') {
      await see(page, RECEIPT_TITLE)
      payToReceiptMs = Date.now() - tapped
    }
  }
  await context.close()
  const mode = careMode ? 'care mode' : 'normal mode'
  console.log(
    `H5 taps home → receipt, returning resident, ${mode}: ${taps.length} (${taps.map(([label]) => label).join(' → ')})`,
  )
  console.log(
    `H5 支付 tap → receipt shown, ${mode}: ${payToReceiptMs} ms (mock gateway latency as built: 300 ms unless TARO_APP_MOCK_LATENCY_MS was set)`,
  )
}

/**
 * Quotes a varied set of Fujian 2026 bills (categories, breaks, back-years,
 * newborns, dates across the window, the extended period and after) for about
 * a second after a warm-up, and prints how many a second.
 */
function rulesEngineQuotes(): void {
  const fujian = regionRulesFor('350102')
  if (!fujian) throw new Error('Fujian rules are missing')
  const dates = ['2025-09-01', '2025-11-20', '2025-12-31', '2026-02-10', '2026-03-15', '2026-07-31']
  const cases: Array<{ person: Person; backYears: number; today: string }> = []
  for (const category of CATEGORIES) {
    for (let breakYears = 0; breakYears <= 6; breakYears += 1) {
      for (const today of dates) {
        const birthDate = category === 'newborn' ? '2026-01-20' : undefined
        const backYears =
          category === 'newborn' ? 0 : Math.min(breakYears > 3 ? 1 : Math.max(0, breakYears - 1), 2)
        cases.push({ person: { category, subsidyGroup: 'none', breakYears, birthDate }, backYears, today })
      }
    }
  }
  const run = (count: number): number => {
    let ok = 0
    for (let i = 0; i < count; i += 1) {
      const next = cases[i % cases.length]
      if (next && quote(next.person, fujian, { benefitYear: 2026, backYears: next.backYears }, next.today).ok)
        ok += 1
    }
    return ok
  }
  run(20_000)
  let quotes = 0
  const started = performance.now()
  while (performance.now() - started < 1000) {
    run(5_000)
    quotes += 5_000
  }
  const perSecond = Math.round((quotes * 1000) / (performance.now() - started))
  const verdict = perSecond >= BUDGET.quotesPerSecond ? 'OK' : 'UNDER'
  console.log(
    `rules engine: ${perSecond.toLocaleString('en')} quotes/s over ${cases.length} varied bills (goal ${BUDGET.quotesPerSecond.toLocaleString('en')}/s) ${verdict}`,
  )
}

async function busyBureauRequests(): Promise<void> {
  const { requests, taps, quietTaps } = await tapWhileBusy()
  const verdict = requests <= BUSY_REQUEST_GOAL ? 'OK' : 'OVER'
  console.log(
    `busy bureau: ${requests} requests in 5 minutes of 系统繁忙, tapping 重试 every 2 s (${taps} taps, ${quietTaps} sent nothing; goal ≤ ${BUSY_REQUEST_GOAL}) ${verdict}`,
  )
}

async function main(): Promise<void> {
  rulesEngineQuotes()
  await busyBureauRequests()
  const missing = [
    [join(WEAPP_DIST, 'app.json'), 'npm run build:weapp'],
    [join(H5_DIST, 'index.html'), 'npm run build:h5'],
  ].filter(([file]) => !existsSync(file as string))
  if (missing.length > 0) {
    for (const [file, command] of missing) console.error(`${file} is missing: run \`${command}\` first.`)
    process.exitCode = 1
    return
  }
  if (!weappPackageSizes()) process.exitCode = 1
  await weappSetData()
  await paymentModelThroughput()
  const server = await serveDirectory(H5_DIST)
  const browser = await launchChromium()
  try {
    await h5InitialJs(browser, server)
    await h5ReturningWalk(browser, server, false)
    await h5ReturningWalk(browser, server, true)
  } finally {
    await browser.close()
    await server.close()
  }
  // Last: about a minute and a half of Lighthouse runs, each on its own chromium.
  await lighthouseFirstScreen(H5_DIST)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
