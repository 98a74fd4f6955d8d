/**
 * The H5 sandbox build (`npm run build:h5:sandbox`, dist/h5-sandbox) against the
 * sandbox bureau, in chromium: the app talks HTTP to the bureau on
 * 127.0.0.1:10087 (baked into the build) and pays through the bureau's simulated
 * cashier (POST /cashier/pay|cancel|fail). The test starts both itself: the
 * sandbox in-process on 127.0.0.1:10087 with an in-memory PGlite (a fresh
 * ledger for each test) and BUREAU_CORS_ORIGIN set to the static server's
 * origin, and dist/h5-sandbox (or the build H5_SANDBOX_DIST names) served on 127.0.0.1:10088. Each phone is a
 * browser context of its own (its own storage, its own session).
 * Screenshots: test-results/screenshots/sandbox-*.png.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page, Response } from 'playwright-core'
import { launchChromium, PHONE_VIEWPORT } from '../support/browser'
import {
  copyShareLink,
  onShow,
  reachAmountChecked,
  SCREENSHOTS,
  screenshot,
  see,
  shownText,
  tap,
  verifyAs,
} from '../support/h5-app'
import { parseFaultPlan } from '../../src/gateway/mock/fault-plan'
import { closeSharedDatabase, startTestSandbox, type TestSandbox } from '../support/sandbox-bureau'
import { serveDirectory, type RunningServer } from '../support/static-server'

jest.setTimeout(120_000)

/** Where the sandbox build looks for the bureau (package.json, build:h5:sandbox). */
const BUREAU_PORT = 10087
/** Where this test serves dist/h5-sandbox; the sandbox lets this origin in (CORS). */
const APP_PORT = 10088
const APP_ORIGIN = `http://127.0.0.1:${APP_PORT}`
const LIN = { name: '林晓华', idNumber: '350102199003071234' }
const CASHIER = '微信支付（模拟收银台）'
const RECEIPT = '城乡居民基本医疗保险缴费电子凭证'

let server: RunningServer
let browser: Browser
let sandbox: TestSandbox | undefined

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true })
  server = await serveDirectory(
    process.env.H5_SANDBOX_DIST ?? join(__dirname, '../../dist/h5-sandbox'),
    APP_PORT,
  )
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
  await closeSharedDatabase()
})

// A fresh ledger for each test (the seeded payments written again), on the port the build names.
beforeEach(async () => {
  sandbox = await startTestSandbox({ host: '127.0.0.1', port: BUREAU_PORT, corsOrigins: [APP_ORIGIN] })
})
afterEach(async () => {
  await sandbox?.close()
  sandbox = undefined
})

/** A phone: a browser context of its own, on the home page of the sandbox build. */
async function phone(path = '#/pages/home/index'): Promise<Page> {
  const context = await browser.newContext({ viewport: PHONE_VIEWPORT, locale: 'zh-CN' })
  const page = await context.newPage()
  await page.goto(`${server.url}/${path}`)
  return page
}

function bureau(): TestSandbox {
  if (!sandbox) throw new Error('the sandbox is not running')
  return sandbox
}

async function newPaidOrders(before: readonly { orderId: string }[]) {
  const known = new Set(before.map((order) => order.orderId))
  return (await bureau().paidOrders()).filter((order) => !known.has(order.orderId))
}

test('林晓华 walks the six steps against the sandbox bureau and keeps the receipt it issued', async () => {
  const before = await bureau().paidOrders()
  const page = await phone()
  const calls: string[] = []
  page.on('request', (request) => {
    if (request.url().startsWith(bureau().url)) calls.push(new URL(request.url()).pathname)
  })

  await see(page, '为本人缴费')
  await screenshot(page, 'sandbox-0-home')
  await tap(page, '为本人缴费')
  await tap(page, '同意并继续')
  await onShow(page).getByLabel('姓名').fill(LIN.name)
  await onShow(page).getByLabel('身份证号').fill(LIN.idNumber)
  await screenshot(page, 'sandbox-1-verify')
  await tap(page, '下一步：人脸核验')
  await see(page, '信息无误，下一步')
  await screenshot(page, 'sandbox-2-enrolment')
  await tap(page, '信息无误，下一步')
  await see(page, '城乡居民基本医疗保险')
  await screenshot(page, 'sandbox-3-plan')
  await tap(page, '下一步：核对金额')
  await see(page, '缴费须知')
  await onShow(page).getByRole('checkbox').click()
  await screenshot(page, 'sandbox-4-amount', true)
  await tap(page, '确认支付 400.00 元')
  await see(page, CASHIER)
  // The sheet asks for what the sandbox says the order is for (POST /cashier/open).
  expect(await page.getByRole('dialog').textContent()).toContain('400.00')
  await screenshot(page, 'sandbox-5-pay')
  await tap(page, '支付')
  await see(page, RECEIPT, 20_000)
  await screenshot(page, 'sandbox-6-receipt', true)

  const receipt = await shownText(page)
  expect(receipt).toContain('400.00')
  expect(receipt).toContain('2026年1月1日')
  expect(receipt).toContain('**华')
  expect(receipt).toContain('350***********1234')
  expect(receipt).not.toContain(LIN.idNumber)

  // The app went through the sandbox for everything, paid through its cashier, and learnt the outcome by querying.
  for (const path of [
    // The two-phase face verification, the sandbox's simulated face service completing the verifyId.
    '/startFaceVerification',
    '/face/complete',
    '/verifyIdentity',
    '/getEnrolment',
    '/createOrder',
    '/cashier/open',
    '/cashier/pay',
    '/queryOrder',
  ])
    expect(calls).toContain(path)
  expect(calls.indexOf('/queryOrder', calls.indexOf('/cashier/pay'))).toBeGreaterThan(-1)

  // One charge in the sandbox's ledger, for 400.00 元, made by that phone's session.
  const paid = await newPaidOrders(before)
  expect(paid).toHaveLength(1)
  expect(paid[0]).toMatchObject({ amountFen: 40_000, accountFen: 0, benefitYear: 2026 })

  // 缴费记录 comes from the sandbox too.
  await tap(page, '查看缴费记录')
  await see(page, '2026年度 · **华')
  await page.context().close()
})

test('two phones pay the same bill: one charge; the second is told an order is in progress or the year is paid', async () => {
  const before = await bureau().paidOrders()
  const first = await phone()
  const second = await phone()
  await verifyAs(first, LIN.name, LIN.idNumber)
  await verifyAs(second, LIN.name, LIN.idNumber)
  await reachAmountChecked(first)
  await reachAmountChecked(second)

  // The first phone's order is open, its cashier showing; the second phone's attempt is refused.
  await tap(first, '确认支付 400.00 元')
  await see(first, CASHIER)
  await tap(second, '确认支付 400.00 元')
  await see(second, '交易处理中')
  expect(await second.getByText(CASHIER).count()).toBe(0)
  await screenshot(second, 'sandbox-b1-second-phone-locked')
  expect(await shownText(second)).toContain('切勿重复缴费')

  await tap(first, '支付')
  await see(first, RECEIPT, 20_000)

  // Trying again on the second phone after the first paid: the year is paid, still no cashier.
  const again = await second.context().newPage()
  await again.goto(`${server.url}/#/pages/home/index`)
  await see(again, '为本人缴费')
  await tap(again, '为本人缴费')
  // The phone may still hold its session (straight to step 2), or ask to verify again.
  const consent = onShow(again).getByRole('button', { name: '同意并继续', exact: true })
  if (
    await consent.waitFor({ timeout: 3_000 }).then(
      () => true,
      () => false,
    )
  ) {
    await consent.click()
    await onShow(again).getByLabel('姓名').fill(LIN.name)
    await onShow(again).getByLabel('身份证号').fill(LIN.idNumber)
    await tap(again, '下一步：人脸核验')
  }
  await onShow(again)
    .getByText(/本年度已缴费|已缴费|交易处理中/)
    .first()
    .waitFor({ timeout: 15_000 })
  expect(await again.getByText(CASHIER).count()).toBe(0)
  await screenshot(again, 'sandbox-b2-second-phone-after-paid')

  const paid = await newPaidOrders(before)
  expect(paid).toHaveLength(1)
  expect(paid[0]).toMatchObject({ amountFen: 40_000, benefitYear: 2026 })
  await first.context().close()
  await second.context().close()
})

test("a relative's phone redeems the share link; its session pays that bill only and cannot list records", async () => {
  const page = await phone()
  await verifyAs(page, LIN.name, LIN.idNumber)
  await tap(page, '信息无误，下一步')
  await tap(page, '请家人代缴')
  await see(page, '代缴链接 1（刚刚生成）')
  const link = await copyShareLink(page)
  expect(link.startsWith(`${server.url}/#/packages/care/pages/family-share/index?share=`)).toBe(true)

  // The relative's phone: another browser context, which learns its share session from the sandbox.
  const context = await browser.newContext({ viewport: PHONE_VIEWPORT, locale: 'zh-CN' })
  const relative = await context.newPage()
  const redeemed = relative.waitForResponse(
    (response: Response) =>
      response.url() === `${bureau().url}/redeemShareToken` && response.request().method() === 'POST',
  )
  await relative.goto(link)
  const answer = (await (await redeemed).json()) as { ok: boolean; data?: { token: string } }
  expect(answer.ok).toBe(true)
  await see(relative, '您的家人请您帮忙缴纳城乡居民基本医疗保险费')
  await screenshot(relative, 'sandbox-c1-relative-share')
  expect(await shownText(relative)).not.toMatch(/林晓华|350102199003071234/)

  // The share session may not list the resident's records (nor anyone's).
  const token = answer.data?.token ?? ''
  const records = await bureau().post('/listRecords', { token })
  expect(records.status).toBe(200)
  expect(records.body).toMatchObject({ ok: false, error: { code: 'SCOPE_DENIED' } })

  await page.context().close()
  await context.close()
})

test('a lagging sandbox bureau: the app shows 确认中 until the order query says paid, then the receipt', async () => {
  // This test's sandbox answers the first two order queries NOTPAY whatever its ledger says.
  await sandbox?.close()
  sandbox = await startTestSandbox({
    host: '127.0.0.1',
    port: BUREAU_PORT,
    corsOrigins: [APP_ORIGIN],
    faults: parseFaultPlan('queryOrder:notpay*2'),
  })
  const before = await bureau().paidOrders()
  const page = await phone()
  await verifyAs(page, LIN.name, LIN.idNumber)
  await reachAmountChecked(page)
  await tap(page, '确认支付 400.00 元')
  await see(page, CASHIER)
  await tap(page, '支付')
  await see(page, '确认中')
  expect(await shownText(page)).not.toContain('缴费成功')
  await screenshot(page, 'sandbox-f1-confirming')
  await see(page, RECEIPT, 30_000)
  expect(await newPaidOrders(before)).toHaveLength(1)
})
