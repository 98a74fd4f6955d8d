/**
 * What a resident meets off the happy path, in the built H5 app in chromium:
 * input errors keep what was typed, residents who must not pay are not offered
 * payment, a cancelled payment loses nothing, a malformed gateway answer gives
 * a Chinese message with 重试, and deep links land where the flow allows.
 */
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

jest.setTimeout(60_000)

let session: H5Session
beforeAll(async () => {
  session = await startH5Session()
})
afterAll(() => session?.close())

test('a wrong check digit is named at the field and the typed name stays', async () => {
  const page = await session.open()
  await see(page, '为本人缴费')
  await tap(page, '为本人缴费')
  await tap(page, '同意并继续')
  await onShow(page).getByLabel('姓名').fill('林晓华')
  await onShow(page).getByLabel('身份证号').fill('350102199003071235')
  await tap(page, '下一步：人脸核验')
  await see(page, '身份证号校验位不正确，请逐位核对')
  await screenshot(page, 'error-bad-id')
  await expect(onShow(page).getByLabel('姓名').inputValue()).resolves.toBe('林晓华')
  await expect(onShow(page).getByLabel('身份证号').inputValue()).resolves.toBe('350102199003071235')
})

test('a fully subsidised resident is told not to pay and offered no payment', async () => {
  const page = await session.open()
  await verifyAs(page, '郑秀英', '350102194802102460')
  await see(page, '由财政代缴，无需缴费')
  await screenshot(page, 'outcome-fully-subsidised')
  const shown = await shownText(page)
  expect(shown).not.toContain('信息无误，下一步')
  expect(shown).not.toContain('确认支付')
  // Opening the amount step directly does not get round it.
  await page.goto(page.url().replace(/#.*/, '#/pages/amount/index'))
  await see(page, '参保信息确认')
})

async function lowIncomeInZengduSeesAmountsWithoutDates(prefix: string) {
  const page = await session.open()
  if (prefix === 'care-') await turnCareModeOn(page)
  await verifyAs(page, '周桂芳', '421303197204183029')
  await tap(page, '信息无误，下一步')
  await see(page, '暂未核实当地的集中缴费期')
  const shown = await shownText(page)
  expect(shown).toContain('按当地2023年度标准，您的缴费金额如下（仅供参考）')
  expect(shown).toContain('资助参保（低保对象）')
  expect(shown).toContain('-320.00 元')
  expect(shown).toContain('30.00 元')
  // Cover dates are unknown, so nothing is offered for payment and step 3 stays closed.
  expect(shown).not.toContain('下一步：核对金额')
  await onShow(page).getByText('个人应缴').scrollIntoViewIfNeeded()
  await screenshot(page, `${prefix}outcome-low-income-undated`)
  await expect(seriousFindings(page, { enhancedContrast: prefix === 'care-' })).resolves.toEqual([])
  await tap(page, '返回首页')
  await see(page, '为本人缴费')
}

test('低保 in Suizhou Zengdu (周桂芳): 350 元 less 320 元 of assistance, 30 元, shown without dates and not offered', async () => {
  await lowIncomeInZengduSeesAmountsWithoutDates('')
})

test('the same in care mode', async () => {
  await lowIncomeInZengduSeesAmountsWithoutDates('care-')
})

test('a cancelled payment returns to the amount step with nothing lost, and paying again succeeds', async () => {
  const page = await session.open()
  await verifyAs(page, '陈玉珍', '350102195206152247')
  await reachAmountChecked(page)
  await tap(page, '确认支付 400.00 元')
  await see(page, '微信支付（模拟收银台）')
  await tap(page, '取消')
  await see(page, '缴费须知')
  await expect(onShow(page).getByRole('checkbox').getAttribute('aria-checked')).resolves.toBe('true')
  expect(await shownText(page)).toContain('个人缴费标准（老年人）')
  await tap(page, '确认支付 400.00 元')
  await tap(page, '支付')
  await see(page, '城乡居民基本医疗保险缴费电子凭证', 15_000)
})

test('an already-paid resident is shown the existing receipt instead of paying again', async () => {
  const page = await session.open()
  await verifyAs(page, '黄建国', '350102198511201379')
  await see(page, '您已缴纳2026年度居民医保费')
  await tap(page, '查看电子凭证')
  await see(page, 'FJ2026000001')
})

test('two payable regions: the resident chooses one and the other is explained', async () => {
  const page = await session.open()
  await verifyAs(page, '吴海燕', '350203197805051588')
  await see(page, '您在两个地区都有待缴费记录')
  await screenshot(page, 'outcome-two-regions')
  await tap(page, '在福建省厦门市思明区缴费')
  await see(page, '城乡居民基本医疗保险')
})

test('a resident never registered is told where to register', async () => {
  const page = await session.open()
  await verifyAs(page, '周文静', '350102199302141829')
  await see(page, '未查询到您的居民医保参保登记')
  expect(await shownText(page)).toContain('12393')
})

test('a malformed gateway answer shows a Chinese message with 重试, and 重试 recovers', async () => {
  const page = await session.open('?mockFault=getEnrolment:malformed#/pages/home/index')
  await verifyAs(page, '林晓华', '350102199003071234')
  await see(page, '数据暂时无法识别')
  await screenshot(page, 'error-malformed')
  await tap(page, '重试')
  await see(page, '信息无误，下一步')
})

test('opening a later step directly lands on step 1', async () => {
  const page = await session.open('#/pages/pay/index')
  await see(page, '实名认证')
  expect(page.url()).toContain('pages/verify/index')
})

test('a receipt the bureau has not issued yet shows as pending, then appears on refresh', async () => {
  const page = await session.open()
  await verifyAs(page, '王小明', '350203201509013455')
  await reachAmountChecked(page)
  // Xiamen's own 2026 standard (src/config/regions/350200.ts).
  await tap(page, '确认支付 450.00 元')
  await tap(page, '支付')
  await see(page, '缴费成功，电子凭证生成中', 15_000)
  await screenshot(page, 'receipt-pending')
  await tap(page, '刷新凭证状态')
  await see(page, '城乡居民基本医疗保险缴费电子凭证')
})

test('an identity token the bureau no longer accepts leads the resident to verify again', async () => {
  const page = await session.open('?mockFault=getEnrolment:SESSION_EXPIRED#/pages/home/index')
  await verifyAs(page, '林晓华', '350102199003071234')
  await see(page, '认证已过期')
  await tap(page, '重新实名认证')
  await see(page, '实名认证')
  await onShow(page).getByLabel('姓名').waitFor()
})
