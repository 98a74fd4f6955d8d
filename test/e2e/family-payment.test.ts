/**
 * Family payment in the built H5 app, in chromium: a daughter in Shenzhen adds
 * her parents and her child (insured in Jiangxi) as 常用缴费人, pays for all
 * three with WeChat Pay in one cart and sees three receipts; a retired worker
 * in Fuzhou pays his wife's and son's premiums from his personal account
 * (家庭共济), the balance topped up by WeChat Pay. Screenshots: family-*.png.
 */
import type { Page } from 'playwright-core'
import {
  onShow,
  screenshot,
  see,
  shownText,
  startH5Session,
  tap,
  turnCareModeOn,
  type H5Session,
} from '../support/h5-app'

jest.setTimeout(90_000)

let session: H5Session
beforeAll(async () => {
  session = await startH5Session()
})
afterAll(() => session?.close())

async function verifyForFamily(page: Page, name: string, idNumber: string) {
  await see(page, '为家人缴费')
  await tap(page, '为家人缴费')
  await tap(page, '同意并继续')
  await onShow(page).getByLabel('姓名').fill(name)
  await onShow(page).getByLabel('身份证号').fill(idNumber)
  await tap(page, '下一步：人脸核验')
  await see(page, '常用缴费人最多 5 人')
}

async function addMember(page: Page, name: string, idNumber: string, relation: string) {
  await tap(page, '添加常用缴费人')
  await see(page, '保存缴费人')
  await onShow(page).getByLabel('姓名').fill(name)
  await onShow(page).getByLabel('身份证号').fill(idNumber)
  await onShow(page).getByRole('radio', { name: relation, exact: true }).click()
  await tap(page, '保存缴费人')
  await see(page, '常用缴费人最多 5 人')
}

test('the Shenzhen daughter pays for both parents and her child with WeChat Pay and sees three receipts', async () => {
  const page = await session.open()
  await verifyForFamily(page, '张丽', '440305198606184024')
  await addMember(page, '张建华', '360102195802113019', '父母')
  await addMember(page, '刘桂英', '360102196009232025', '父母')
  await addMember(page, '张小宇', '360102201607153013', '子女')
  const list = await shownText(page)
  expect(list).toContain('已添加 3 人')
  for (const masked of ['**华', '**英', '**宇']) expect(list).toContain(masked)
  for (const raw of ['张建华', '刘桂英', '张小宇', '360102195802113019']) expect(list).not.toContain(raw)
  await screenshot(page, 'family-1-members', true)

  for (const member of ['**华（父母）', '**英（父母）', '**宇（子女）'])
    await onShow(page)
      .getByRole('checkbox', { name: `为${member}缴费` })
      .click()
  await tap(page, '下一步：核对金额（已选 3 人）')
  await see(page, '确认支付 3 人 1200.00 元')
  const cart = await shownText(page)
  expect(cart.match(/400\.00 元/g)).toHaveLength(3)
  expect(cart).toContain('家庭共济规则暂未收录')
  await screenshot(page, 'family-2-cart', true)

  await onShow(page).getByRole('checkbox', { name: '代他人缴费将从您的账户扣款，请确认人员信息' }).click()
  await tap(page, '确认支付 3 人 1200.00 元')
  for (let paid = 0; paid < 3; paid += 1) {
    await see(page, '微信支付（模拟收银台）')
    await tap(page, '支付')
    await onShow(page).getByText('微信支付（模拟收银台）').waitFor({ state: 'detached', timeout: 10_000 })
  }
  await see(page, '全部缴费成功，共 3 人', 15_000)
  await screenshot(page, 'family-3-paid', true)

  for (const [masked, relation] of [
    ['**华', '父母'],
    ['**英', '父母'],
    ['**宇', '子女'],
  ] as const) {
    await tap(page, `查看${masked}（${relation}）的电子凭证`)
    await see(page, '城乡居民基本医疗保险缴费电子凭证')
    // The page first shows the receipt opened before this one, until this one has loaded.
    await see(page, masked)
    const receipt = await shownText(page)
    expect(receipt).toContain('*丽')
    expect(receipt).toContain('400.00')
    expect(receipt).not.toContain('360102')
    await page.goBack()
    await see(page, '全部缴费成功，共 3 人')
  }

  await page.goto(page.url().replace(/#.*/, '#/packages/receipt/pages/records/index'))
  await onShow(page).getByRole('radiogroup', { name: '按参保人筛选' }).waitFor()
  expect((await shownText(page)).match(/2025年度 · \*\*/g)).toHaveLength(3)
  await onShow(page).getByRole('radio', { name: '**宇' }).click()
  const filtered = await shownText(page)
  expect(filtered).toContain('2025年度 · **宇')
  expect(filtered).not.toContain('2025年度 · **英')
})

test('a retired worker pays his wife and son from his personal account, the short balance topped up by WeChat Pay (care mode)', async () => {
  const page = await session.open()
  await turnCareModeOn(page)
  await verifyForFamily(page, '林国栋', '350102195308123017')
  // The bureau already holds four bound relatives for him.
  await see(page, '已添加 4 人')
  const list = await shownText(page)
  expect(list).toContain('已添加 4 人')
  expect(list.match(/已绑定/g)).toHaveLength(4)
  await screenshot(page, 'family-care-1-members')

  await onShow(page).getByRole('checkbox', { name: '为**珍（配偶）缴费' }).click()
  await onShow(page).getByRole('checkbox', { name: '为**华（子女）缴费' }).click()
  await tap(page, '下一步：核对金额（已选 2 人）')
  await see(page, '个人账户余额')
  for (const member of ['**珍（配偶）', '**华（子女）']) {
    await onShow(page)
      .getByRole('radiogroup', { name: `${member}的支付方式` })
      .getByRole('radio', { name: '职工医保个人账户（家庭共济）' })
      .click()
  }
  await see(page, '余额不足的部分将用微信支付')
  const cart = await shownText(page)
  expect(cart).toContain('个人账户余额600.00 元')
  expect(cart).toContain('个人账户支付600.00 元')
  expect(cart).toContain('微信支付200.00 元')
  expect(cart).toContain('家庭共济规则为演示数据')
  await screenshot(page, 'family-care-2-cart', true)

  await onShow(page).getByRole('checkbox', { name: '代他人缴费将从您的账户扣款，请确认人员信息' }).click()
  await tap(page, '确认支付 2 人 800.00 元')
  // The wife's 400 元 comes wholly from the account (no cashier); the son's cashier asks for the 200 元 left.
  await see(page, '微信支付（模拟收银台）')
  expect(await onShow(page).getByRole('dialog').textContent()).toContain('200.00')
  await tap(page, '支付')
  await see(page, '全部缴费成功，共 2 人', 15_000)
  await screenshot(page, 'family-care-3-paid')
})
