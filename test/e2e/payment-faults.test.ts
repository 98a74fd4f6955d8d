/**
 * Paying over a poor network and a lagging bureau, in the built H5 app in
 * chromium with the mock gateway's faults turned on by the URL flag.
 */
import {
  onShow,
  reachAmountChecked,
  screenshot,
  see,
  shownText,
  startH5Session,
  tap,
  verifyAs,
  type H5Session,
} from '../support/h5-app'

jest.setTimeout(90_000)

let session: H5Session
beforeAll(async () => {
  session = await startH5Session()
})
afterAll(() => session?.close())

test('a double tap on 确认支付 makes one order and one payment', async () => {
  const page = await session.open()
  await verifyAs(page, '陈玉珍', '350102195206152247')
  await reachAmountChecked(page)
  await onShow(page).getByRole('button', { name: '确认支付 400.00 元', exact: true }).dblclick()
  await see(page, '微信支付（模拟收银台）')
  expect(await page.getByText('微信支付（模拟收银台）').count()).toBe(1)
  await tap(page, '支付')
  await see(page, '城乡居民基本医疗保险缴费电子凭证', 15_000)
  await tap(page, '查看缴费记录')
  await see(page, '2026年度 · **珍')
  expect(
    await onShow(page)
      .getByRole('button', { name: /2026年度/ })
      .count(),
  ).toBe(1)
})

test('a bureau that reports NOTPAY twice after paying: 确认中, then paid', async () => {
  const page = await session.open('?mockFault=queryOrder:notpay*2#/pages/home/index')
  await verifyAs(page, '刘建平', '350102196001011998')
  await reachAmountChecked(page)
  await tap(page, '确认支付 400.00 元')
  await tap(page, '支付')
  await see(page, '确认中')
  await screenshot(page, 'pay-confirming')
  await see(page, '城乡居民基本医疗保险缴费电子凭证', 20_000)
})

test('a page killed while confirming reloads into 确认中 and then shows paid', async () => {
  // Each load reads the flag afresh: the first order query after the cashier, and after the reload, is lost.
  const page = await session.open('?mockFault=queryOrder:timeout#/pages/home/index')
  await verifyAs(page, '买买提·艾力', '650102198808081719')
  await reachAmountChecked(page)
  await tap(page, '确认支付 400.00 元')
  await tap(page, '支付')
  await see(page, '确认中')
  await page.reload()
  await see(page, '确认中')
  expect(await shownText(page)).toContain('请勿重复支付')
  await see(page, '城乡居民基本医疗保险缴费电子凭证', 20_000)
})

test('系统繁忙 at the peak is retried for the resident; a locked trade says to wait, not to pay again', async () => {
  // A tap's order is re-sent once when the bureau is busy; after that the button waits out a back-off.
  const page = await session.open(
    '?mockFault=createOrder:SYSTEM_BUSY*2,createOrder:TRADE_LOCKED#/pages/home/index',
  )
  await verifyAs(page, '林晓华', '350102199003071234')
  await reachAmountChecked(page)
  await tap(page, '确认支付 400.00 元')
  await see(page, '缴费人数较多', 15_000)
  await see(page, '秒后重试')
  await screenshot(page, 'pay-busy')
  await tap(page, '重试')
  await see(page, '交易处理中')
  expect(await shownText(page)).toContain('切勿重复缴费')
})
