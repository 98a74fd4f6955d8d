/**
 * Issue 17 item 17: in care mode the large type makes a step several screens
 * tall. The step's main action stays on screen (a bar at the bottom) whatever
 * the scroll, and step 4 folds what is for information only. Heights are
 * measured at 390×844 and printed; screenshots: test-results/screenshots/
 * care-sticky-*.png.
 */
import { seriousFindings } from '../support/axe'
import { PHONE_VIEWPORT } from '../support/browser'
import {
  onShow,
  screenshot,
  see,
  startH5Session,
  tap,
  turnCareModeOn,
  verifyAs,
  type H5Session,
} from '../support/h5-app'
import type { Locator, Page } from 'playwright-core'

jest.setTimeout(90_000)

let session: H5Session
beforeAll(async () => {
  session = await startH5Session()
})
afterAll(() => session?.close())

async function inCareMode(): Promise<Page> {
  const page = await session.open()
  await turnCareModeOn(page)
  return page
}

/** Whether the whole of `target` is inside the phone's screen as it is scrolled now. */
async function onScreen(target: Locator): Promise<boolean> {
  const box = await target.boundingBox()
  return box !== null && box.y >= 0 && box.y + box.height <= PHONE_VIEWPORT.height
}

/** How tall the page on show is, in CSS px (Taro H5 scrolls each page in its own element). */
const pageHeight = (page: Page): Promise<number> => onShow(page).evaluate((shown) => shown.scrollHeight)

async function scrollTo(page: Page, where: 'top' | 'middle' | 'bottom'): Promise<void> {
  await onShow(page).evaluate((shown, to) => {
    const middle = shown.scrollHeight / 2 - shown.clientHeight / 2
    shown.scrollTop = to === 'top' ? 0 : to === 'middle' ? middle : shown.scrollHeight
  }, where)
}

test.each([
  ['林晓华', '350102199003071234', '确认支付 400.00 元', 'care-sticky-amount'],
  // Lapsed 3 years: the back-year choices and the wait make the longest step 4.
  ['孙立新', '350102198406153010', '确认支付 400.00 元', 'care-sticky-amount-lapsed'],
])(
  'care mode, %s: 确认支付 is on screen at the top, middle and bottom of step 4',
  async (name, id, pay, shot) => {
    const page = await inCareMode()
    await verifyAs(page, name, id)
    const next = onShow(page).getByRole('button', { name: '信息无误，下一步', exact: true })
    expect(await onScreen(next)).toBe(true)
    await tap(page, '信息无误，下一步')
    await see(page, '待遇年度')
    expect(await onScreen(onShow(page).getByRole('button', { name: '下一步：核对金额', exact: true }))).toBe(
      true,
    )
    await screenshot(page, `${shot}-plan`)
    await tap(page, '下一步：核对金额')
    await see(page, '缴费须知')
    const height = await pageHeight(page)
    console.info(
      `care mode, ${name}: step 4 is ${height} px tall (${(height / PHONE_VIEWPORT.height).toFixed(1)} screens)`,
    )

    const payButton = onShow(page).getByRole('button', { name: pay, exact: true })
    for (const where of ['top', 'middle', 'bottom'] as const) {
      await scrollTo(page, where)
      expect([where, await onScreen(payButton)]).toEqual([where, true])
    }
    await scrollTo(page, 'middle')
    await screenshot(page, shot)
    // Ticking the notice at the bottom enables the button in the bar.
    await scrollTo(page, 'bottom')
    await onShow(page).getByRole('checkbox').click()
    await expect(payButton.isEnabled()).resolves.toBe(true)
    await screenshot(page, `${shot}-bottom`)
    await expect(seriousFindings(page, { enhancedContrast: true })).resolves.toEqual([])
  },
)

test('care mode folds step 4 to what a resident must check: the amount, where, when cover starts, the notice', async () => {
  const page = await inCareMode()
  await verifyAs(page, '孙立新', '350102198406153010')
  await tap(page, '信息无误，下一步')
  await tap(page, '下一步：核对金额')
  await see(page, '缴费须知')
  const shown = (await onShow(page).innerText()).replace(/\s+/g, '')
  for (const folded of ['查看缴费明细', '查看待遇详情', '查看补缴选项', '查看大病保险激励和政策依据'])
    expect(shown).toContain(folded)
  expect(shown).not.toContain('政策依据（')
  expect(shown).toContain('待遇起始日期')
  expect(await pageHeight(page)).toBeLessThan(PHONE_VIEWPORT.height * 3)

  // A folded choice opens in place, and the one chosen is named on its toggle.
  await tap(page, '查看补缴选项')
  await onShow(page)
    .getByRole('radio', { name: /补缴 2 年/ })
    .click()
  await see(page, '收起补缴选项（已选补缴 2 年）')
  await see(page, '确认支付 1200.00 元')
})

test('in normal mode the button sits where it is written: after the notice, not over the page', async () => {
  const page = await session.open()
  await verifyAs(page, '林晓华', '350102199003071234')
  await tap(page, '信息无误，下一步')
  await tap(page, '下一步：核对金额')
  await see(page, '缴费须知')
  await scrollTo(page, 'top')
  const payButton = onShow(page).getByRole('button', { name: '确认支付 400.00 元', exact: true })
  const position = await payButton.evaluate(
    (button) => getComputedStyle(button.closest('.action-bar') ?? button).position,
  )
  expect(position).toBe('static')
})

test('care mode, step 1: 下一步：人脸核验 is on screen before the form is scrolled', async () => {
  const page = await inCareMode()
  await tap(page, '为本人缴费')
  await tap(page, '同意并继续')
  const next = onShow(page).getByRole('button', { name: '下一步：人脸核验', exact: true })
  await next.waitFor()
  expect(await onScreen(next)).toBe(true)
  await screenshot(page, 'care-sticky-verify')
})
