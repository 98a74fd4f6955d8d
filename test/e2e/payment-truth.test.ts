/**
 * What a payment truly is, in the built H5 app in chromium, with axe on each
 * screen and screenshots (test-results/screenshots/truth-*.png):
 * - a 请家人代缴 link opened again after the relative paid says 已缴费;
 * - a link the resident revoked says 已撤回 to the relative (normal and care mode);
 * - on one browser, the next person never sees the previous person's
 *   缴费成功 or receipt, only 上一位缴费人（**华）… .
 * The relative's tab is another tab of the same browser: it shares the mock
 * bureau's ledger in localStorage, as README says.
 */
import type { Page } from 'playwright-core'
import { seriousFindings } from '../support/axe'
import {
  copyShareLink,
  onShow,
  openTab,
  reachAmountChecked,
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

const LIN = { name: '林晓华', idNumber: '350102199003071234' }
const MAIMAITI = { name: '买买提·艾力', idNumber: '650102198808081719' }
const CHEN = { name: '陈玉珍', idNumber: '350102195206152247' }

let session: H5Session
beforeAll(async () => {
  session = await startH5Session()
})
afterAll(() => session?.close())

/** Nothing personal in a share link, raw or URL-encoded. */
function expectNothingPersonalIn(link: string, person: { name: string; idNumber: string }) {
  expect(link).toMatch(/#\/packages\/care\/pages\/family-share\/index\?share=sh_[A-Za-z0-9_-]{16,64}$/)
  expect(link).not.toContain(person.name)
  expect(link).not.toContain(encodeURIComponent(person.name))
  expect(link).not.toContain(person.idNumber.slice(-4))
}

/** From step 2 to step 3, where 请家人代缴 makes the card and the open links are listed. */
async function makeShareLink(page: Page) {
  await tap(page, '信息无误，下一步')
  await tap(page, '请家人代缴')
  await see(page, '代缴链接 1（刚刚生成）')
}

test('a link opened again after the relative paid says 已缴费: 该居民本年度医保费已缴纳，无需再缴', async () => {
  const page = await session.open()
  await verifyAs(page, LIN.name, LIN.idNumber)
  await makeShareLink(page)
  expect(await shownText(page)).toContain('有效期至 2025年11月27日')
  expect(await seriousFindings(page)).toEqual([])
  await onShow(page).getByText('代缴链接 1（刚刚生成）').scrollIntoViewIfNeeded()
  await screenshot(page, 'truth-a1-open-links')
  const link = await copyShareLink(page)
  expectNothingPersonalIn(link, LIN)

  // The relative opens the link in another tab and pays with the simulated cashier.
  const relative = await openTab(page, link)
  await see(relative, '您的家人请您帮忙缴纳城乡居民基本医疗保险费')
  await tap(relative, '核对参保信息')
  await see(relative, '信息无误，下一步')
  await reachAmountChecked(relative)
  await tap(relative, '确认支付 400.00 元')
  await see(relative, '微信支付（模拟收银台）')
  expect(await seriousFindings(relative)).toEqual([])
  await screenshot(relative, 'truth-a-relative-cashier')
  await tap(relative, '支付')
  await see(relative, '城乡居民基本医疗保险缴费电子凭证', 20_000)
  await relative.close()

  // The same link, opened again: the true reason, and the way out.
  const again = await openTab(page, link)
  await see(again, '该居民本年度已缴费')
  const said = await shownText(again)
  expect(said).toContain('该居民本年度医保费已缴纳，无需再缴。')
  expect(said).not.toContain('您的家人请您帮忙')
  expect(said).not.toMatch(/林晓华|350102199003071234|FJ2026/)
  expect(await onShow(again).getByRole('button').allTextContents()).toEqual(['返回首页'])
  expect(await seriousFindings(again)).toEqual([])
  await screenshot(again, 'truth-a2-link-after-paid')

  // In care mode (the choice is kept in the browser's storage, so a new tab has it), AAA contrast too.
  await tap(again, '返回首页')
  await turnCareModeOn(again)
  const careTab = await openTab(page, link)
  await see(careTab, '该居民本年度已缴费')
  expect(await onShow(careTab).locator('.page.care').count()).toBe(1)
  expect(await seriousFindings(careTab, { enhancedContrast: true })).toEqual([])
  await screenshot(careTab, 'truth-a2-care-link-after-paid')
})

describe.each([
  ['normal mode', false, ''],
  ['care mode', true, 'care-'],
])('%s', (_mode, care, prefix) => {
  test('a revoked link says so to the relative, with 返回首页', async () => {
    const page = await session.open()
    if (care) await turnCareModeOn(page)
    await verifyAs(page, MAIMAITI.name, MAIMAITI.idNumber)
    await makeShareLink(page)
    const link = await copyShareLink(page)
    expectNothingPersonalIn(link, MAIMAITI)

    await tap(page, '撤回链接')
    await see(page, '已撤回，家人打开此链接将无法缴费')
    // The card of that link is withdrawn; a new one can be made.
    expect(await onShow(page).getByRole('button', { name: '撤回链接' }).count()).toBe(0)
    expect(await onShow(page).getByRole('button', { name: '复制链接发给家人' }).count()).toBe(0)
    await onShow(page).getByRole('button', { name: '请家人代缴', exact: true }).waitFor()
    expect(await seriousFindings(page, { enhancedContrast: care })).toEqual([])
    await onShow(page).getByText('已撤回，家人打开此链接将无法缴费').scrollIntoViewIfNeeded()
    await screenshot(page, `truth-${prefix}b1-revoked`)

    const relative = await openTab(page, link)
    await see(relative, '代缴邀请已被撤回')
    const said = await shownText(relative)
    expect(said).toContain('家人已撤回这张代缴卡片。如仍需代缴，请联系家人重新发送。')
    expect(said).not.toContain('您的家人请您帮忙')
    expect(await onShow(relative).getByRole('button').allTextContents()).toEqual(['返回首页'])
    expect(await seriousFindings(relative, { enhancedContrast: care })).toEqual([])
    await screenshot(relative, `truth-${prefix}b2-link-revoked`)
    await tap(relative, '返回首页')
    await see(relative, '为本人缴费')
  })
})

/**
 * Records, in the page, whether anything the next person must never see was
 * ever on show (innerText skips Taro's hidden pages). Plain JavaScript text:
 * it also runs at the start of each new document (addInitScript).
 */
const WATCH_FOR_FOREIGN_SUCCESS = `
  window.__foreign = window.__foreign || [];
  (function () {
    // Step 4's 缴费须知 says 缴费成功后… to everyone: the success itself is step 5's panel and its words.
    const never = ['医保部门已确认收到您的缴费', '城乡居民基本医疗保险缴费电子凭证', '林晓华', '350102199003071234', '350***********1234'];
    const note = function (bad) { if (window.__foreign.indexOf(bad) < 0) window.__foreign.push(bad); };
    const check = function () {
      if (!document.body) return;
      const text = document.body.innerText;
      for (const bad of never) if (text.indexOf(bad) >= 0) note(bad);
      for (const title of document.querySelectorAll('.panel-title')) {
        if (title.offsetParent !== null && title.textContent.trim() === '缴费成功') note('缴费成功');
      }
    };
    new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
    check();
  })();
`

const foreignSeen = (page: Page) =>
  page.evaluate(() => (window as unknown as { __foreign: string[] }).__foreign.slice())

test('the next person on the same browser never sees the previous person’s 缴费成功 or receipt', async () => {
  // The bureau answers NOTPAY to the first order queries of this load: 林晓华's payment stays 确认中.
  const withFaults = '?mockFault=queryOrder:notpay*30#/pages/home/index'
  const page = await session.open(withFaults)
  const origin = new URL(page.url()).origin
  await verifyAs(page, LIN.name, LIN.idNumber)
  await reachAmountChecked(page)
  await tap(page, '确认支付 400.00 元')
  await see(page, '微信支付（模拟收银台）')
  await tap(page, '支付')
  await see(page, '确认中')
  await screenshot(page, 'truth-c1-lin-confirming')

  // 林晓华 hands the phone over: home (same document: the faults and the poll go on), 换一个人缴费.
  await page.goto(`${origin}/${withFaults}`)
  await see(page, '换一个人缴费')
  await tap(page, '换一个人缴费')
  await see(page, '上一位缴费人（**华）的订单确认中')
  expect(await seriousFindings(page)).toEqual([])
  await screenshot(page, 'truth-c2-home-after-sign-out')

  // From here on, nothing of 林晓华's payment may show as this person's.
  await page.evaluate(WATCH_FOR_FOREIGN_SUCCESS)
  await page.addInitScript({ content: WATCH_FOR_FOREIGN_SUCCESS })
  await verifyAs(page, CHEN.name, CHEN.idNumber)
  // 陈玉珍 is 72: she takes the care-mode offer.
  await see(page, '要不要开启关怀模式？')
  await tap(page, '开启关怀模式')
  await onShow(page).locator('.page.care').waitFor()

  // The app is relaunched (a reload without faults): 林晓华's order is queried and turns out paid.
  await page.goto(`${origin}/#/pages/home/index`)
  await see(page, '上一位缴费人（**华）已缴费', 30_000)
  const home = await shownText(page)
  expect(home).toContain('已认证：**珍')
  expect(home).toContain('该笔缴费属于上一位缴费人')
  expect(await seriousFindings(page, { enhancedContrast: true })).toEqual([])
  await screenshot(page, 'truth-c3-care-home-after-reload')

  // Her own payment fails in the cashier (模拟支付失败): step 5 says so, beside the previous payer's order, and never 缴费成功.
  await tap(page, '为本人缴费')
  await see(page, '信息无误，下一步')
  await reachAmountChecked(page)
  await tap(page, '确认支付 400.00 元')
  await see(page, '微信支付（模拟收银台）')
  expect(await seriousFindings(page, { enhancedContrast: true })).toEqual([])
  await screenshot(page, 'truth-c4-care-cashier')
  await tap(page, '模拟支付失败')
  await see(page, '支付未成功', 15_000)
  await see(page, '上一位缴费人（**华）已缴费')
  expect(await seriousFindings(page, { enhancedContrast: true })).toEqual([])
  await screenshot(page, 'truth-c5-care-pay-failed-with-notice')

  expect(await foreignSeen(page)).toEqual([])
})
