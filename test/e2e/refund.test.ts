/**
 * 退费申请 in the built H5 app, in chromium: 林晓华 pays, opens 缴费记录, asks
 * for the payment back (参保地错误), sees 已受理, and the mock bureau's review
 * moves it on as she comes back to her records: 审核中, then 已退款, after which
 * the payment no longer shows as covered and the year is paid again (重新缴纳). axe on the form and the records in
 * normal and care mode. A rejected refund (`refund:rejected`) says why. A
 * payment with a waiting period shows 等待期至… and offers a calendar reminder,
 * whose .ics file downloads. Screenshots: refund-*.png, reminder-*.png.
 */
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { seriousFindings } from '../support/axe'
import {
  onShow,
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
import { seed } from '../support/seed'

jest.setTimeout(120_000)

const LIN = seed('林晓华')

let session: H5Session
beforeAll(async () => {
  session = await startH5Session()
})
afterAll(() => session?.close())

/** A seeded resident pays their 2026 bill as quoted and opens 缴费记录. */
async function paidAndInRecords(page: Page, name = LIN.name): Promise<void> {
  await verifyAs(page, name, seed(name).idNumber)
  await reachAmountChecked(page)
  await tap(page, '确认支付 400.00 元')
  await see(page, '微信支付（模拟收银台）')
  await tap(page, '支付')
  await see(page, '城乡居民基本医疗保险缴费电子凭证', 15_000)
  await tap(page, '查看缴费记录')
  await see(page, `2026年度 · **${name.slice(-1)}`)
}

describe.each([
  ['normal', false],
  ['care', true],
])('%s mode', (mode, care) => {
  test('pays, asks for a refund, sees 已受理, then 审核中 and 已退款 as the bureau reviews it', async () => {
    const page = await session.open()
    if (care) await turnCareModeOn(page)
    await paidAndInRecords(page)
    await see(page, '已参保')
    expect(await seriousFindings(page, { enhancedContrast: care })).toEqual([])

    await tap(page, '申请退费')
    await see(page, '退费原因')
    const form = await shownText(page)
    expect(form).toContain('400.00 元')
    expect(form).toContain('按原支付渠道退回')
    expect(form).not.toContain(LIN.name)
    await tap(page, '提交退费申请')
    await see(page, '请选择退费原因')
    await onShow(page)
      .getByRole('radio', { name: /^参保地错误/ })
      .click()
    await see(page, '情况说明（选填）')
    await onShow(page).getByLabel('情况说明（选填）').fill('应在户籍地参保')
    await screenshot(page, `refund-1-form-${mode}`, true)
    expect(await seriousFindings(page, { enhancedContrast: care })).toEqual([])

    await tap(page, '提交退费申请')
    await see(page, '退费申请已受理')
    expect(await onShow(page).getByRole('listitem').allTextContents()).toEqual([
      '✓ 已受理',
      '审核中',
      '已退款',
    ])
    await screenshot(page, `refund-2-submitted-${mode}`, true)
    expect(await seriousFindings(page, { enhancedContrast: care })).toEqual([])

    // Back to the records: the bureau has started its review.
    await tap(page, '返回缴费记录')
    // 审核中 itself (已受理's text also says 退费审核中): the records were read again, so the review moved on.
    await see(page, '医保部门正在审核')
    expect(await shownText(page)).not.toContain('申请退费')
    await screenshot(page, `refund-3-reviewing-${mode}`, true)

    // Later (the app opened again): the money went back by the original channel.
    await page.reload()
    await see(page, '2026年度 · **华')
    await see(page, '已退款')
    const records = await shownText(page)
    expect(records).toContain('按原支付渠道退回，该年度不再享受医保待遇')
    expect(records).not.toContain('已参保')
    expect(records).toContain('该年度现为未缴费')
    await screenshot(page, `refund-4-refunded-${mode}`, true)
    expect(await seriousFindings(page, { enhancedContrast: care })).toEqual([])

    // The year is unpaid again: 重新缴纳 goes through the steps afresh, and the bureau takes the new payment.
    await tap(page, '重新缴纳2026年度')
    await reachAmountChecked(page)
    await tap(page, '确认支付 400.00 元')
    await see(page, '微信支付（模拟收银台）')
    await tap(page, '支付')
    await see(page, '城乡居民基本医疗保险缴费电子凭证', 15_000)
    await tap(page, '查看缴费记录')
    await see(page, '已参保')
    expect(await shownText(page)).not.toContain('重新缴纳2026年度')
  })
})

test('未通过: the bureau rejects the refund (refund:rejected); the records say why, the payment still covers its year', async () => {
  const page = await session.open('?mockFault=refund:rejected#/pages/home/index')
  await paidAndInRecords(page)
  await tap(page, '申请退费')
  await onShow(page)
    .getByRole('radio', { name: /^重复缴费/ })
    .click()
  await tap(page, '提交退费申请')
  await see(page, '退费申请已受理')
  await tap(page, '返回缴费记录')
  // 审核中 itself (已受理's text also says 退费审核中): the records were read again, so the review moved on.
  await see(page, '医保部门正在审核')
  await page.reload()
  await see(page, '退费未通过')
  const records = await shownText(page)
  expect(records).toContain('原因：经核实，该笔缴费对应的参保登记有效，不符合退费条件')
  expect(records).toContain('该笔缴费继续有效')
  expect(records).not.toContain('申请退费')
  await screenshot(page, 'refund-5-rejected', true)
})

describe.each([
  ['normal', false],
  ['care', true],
])('reminders, %s mode', (mode, care) => {
  test('a wait of 5 months: 等待期至2026年5月31日, and an opt-in calendar reminder that downloads a clean .ics', async () => {
    const page = await session.open()
    if (care) await turnCareModeOn(page)
    await paidAndInRecords(page, '孙立新')
    await see(page, '等待期至2026年5月31日')
    await see(page, '医保等待期结束：2026年6月1日起享受待遇（2026年6月1日提醒）')
    await screenshot(page, `reminder-1-records-${mode}`, true)
    expect(await seriousFindings(page, { enhancedContrast: care })).toEqual([])

    const [download] = await Promise.all([page.waitForEvent('download'), tap(page, '下载日历提醒（.ics）')])
    expect(download.suggestedFilename()).toBe('yibao-reminders.ics')
    const text = readFileSync((await download.path()) ?? '', 'utf8')
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true)
    expect(text).toContain('DTSTART;VALUE=DATE:20260601')
    expect(text).toContain('BEGIN:VALARM')
    expect(text).not.toContain('孙立新')
    expect(text).not.toContain(seed('孙立新').idNumber)
    await see(page, '日历文件已下载')
  })
})
