/**
 * Smoke test of the BUILT mini program (dist/weapp: `npm run build:weapp` first),
 * run in Node with a fake `wx` (see test/support/weapp-harness.ts) and drawn
 * through WeChat's own WXML compiler: every page loads without throwing, draws
 * its title (or, for a step the flow does not allow yet, redirects to the step
 * it does), and keeps each setData under WeChat's 256 KB; a tap on the home
 * page navigates; a resident can walk to the receipt; a flexible worker's
 * step 3 renders and its calculator answers.
 */
import { ROUTES } from '../../src/config/routes'
import { INITIAL_FLOW, resolveStep, STEP_TITLES, STEPS } from '../../src/domain/payment-flow'
import {
  allPages,
  readAppJson,
  SEEDED_RESIDENT,
  SET_DATA_LIMIT_BYTES,
  walkToReceipt,
  WeappHarness,
  type LaunchedPage,
} from '../support/weapp-harness'
import type { WxElement } from '../support/wxml-render'

jest.setTimeout(30_000)

// Throws "…dist/weapp/app.json is missing: run `npm run build:weapp` first" when not built.
const PAGES = allPages(readAppJson())

const TITLES: Record<string, string> = {
  [ROUTES.home]: '城乡居民医保缴费',
  [ROUTES.records]: '缴费记录',
  [ROUTES.refund]: '申请退费',
  [ROUTES.familyShare]: '帮家人缴医保',
  [ROUTES.familyMembers]: '为家人缴费',
  [ROUTES.familyAdd]: '添加常用缴费人',
  [ROUTES.familyCart]: '代家人缴费',
  [ROUTES.privacy]: '个人信息保护说明',
  [ROUTES.help]: '常见问题',
  [ROUTES.receiptCheck]: '查验电子凭证',
  ...Object.fromEntries(STEPS.map((step) => [ROUTES[step], STEP_TITLES[step]])),
}
/** Pages that must render their title when opened directly by a new resident. */
const MUST_RENDER: string[] = [
  ROUTES.home,
  ROUTES.verify,
  ROUTES.records,
  ROUTES.refund,
  ROUTES.familyShare,
  ROUTES.familyMembers,
  ROUTES.familyAdd,
  ROUTES.familyCart,
  ROUTES.privacy,
  ROUTES.help,
  ROUTES.receiptCheck,
]

function expectHealthy(harness: WeappHarness, page: LaunchedPage) {
  expect(harness.errors).toEqual([])
  expect(harness.consoleErrors).toEqual([])
  // A warning from WeChat's WXML runtime is a template not found: part of the page not drawn.
  expect(page.render().warnings).toEqual([])
  for (const payload of page.payloads) expect(payload.bytes).toBeLessThanOrEqual(SET_DATA_LIMIT_BYTES)
}

test('app.json lists exactly the pages of src/config/routes.ts', () => {
  expect([...PAGES].sort()).toEqual(Object.values(ROUTES).sort())
})

describe.each(PAGES)('%s opened directly', (route) => {
  test('loads, renders its title or redirects to the step allowed, within the setData limit', async () => {
    const harness = new WeappHarness()
    const page = await harness.launch(route)

    expectHealthy(harness, page)
    expect(page.payloads.length).toBeGreaterThan(0)
    const title = TITLES[route]
    expect(title).toBeDefined()
    const rendered = page.texts().includes(title as string)
    const step = STEPS.find((candidate) => ROUTES[candidate] === route)
    if (rendered || MUST_RENDER.includes(route)) {
      expect(rendered).toBe(true)
      expect(harness.navigations()).toEqual([])
    } else {
      // A later step than a new resident may open: the guard replaces it with the allowed one.
      expect(step).toBeDefined()
      const allowed = resolveStep(INITIAL_FLOW, step as (typeof STEPS)[number])
      expect(harness.navigations()).toEqual([{ api: 'redirectTo', url: `/${ROUTES[allowed]}` }])
    }
  })
})

test("tapping '为本人缴费' on home navigates to the first flow step", async () => {
  const harness = new WeappHarness()
  const home = await harness.launch(ROUTES.home)
  expect(harness.navigations()).toEqual([])

  await home.tap('为本人缴费')

  expect(harness.errors).toEqual([])
  expect(harness.navigations()).toEqual([{ api: 'navigateTo', url: `/${ROUTES.verify}` }])
})

test("tapping '为家人缴费' on home asks a new payer to verify first, then to go on to the family pages", async () => {
  const harness = new WeappHarness()
  const home = await harness.launch(ROUTES.home)
  await home.tap('为家人缴费')
  expect(harness.errors).toEqual([])
  expect(harness.navigations()).toEqual([{ api: 'navigateTo', url: `/${ROUTES.verify}?next=family` }])
})

test('查验凭证 opens WeChat’s scanner for QR codes, and says in Chinese what is missing', async () => {
  const harness = new WeappHarness()
  const check = await harness.launch(ROUTES.receiptCheck)
  await check.tap('扫描凭证二维码')
  expect(harness.calls.filter((call) => call.api === 'scanCode').map((call) => call.args[0])).toEqual([
    expect.objectContaining({ scanType: ['qrCode'] }),
  ])
  await check.tap('查验')
  expect(check.texts()).toEqual(expect.arrayContaining(['请输入凭证号', '请输入校验码']))
  expectHealthy(harness, check)
})

test('保存为图片 draws the masked receipt and saves it to the album; a refused permission leads to WeChat’s settings', async () => {
  const harness = new WeappHarness()
  const receipt = (await walkToReceipt(harness))[6] as LaunchedPage
  await receipt.tap('保存图片到相册')
  await harness.settle()
  expect(harness.drawnTexts).toEqual(expect.arrayContaining(['400.00 元', '**华', '2026年度']))
  expect(harness.drawnTexts.join(' ')).not.toContain(SEEDED_RESIDENT.name)
  expect(harness.drawnTexts.join(' ')).not.toContain(SEEDED_RESIDENT.idNumber.slice(-4))
  expect(harness.calls.filter((call) => call.api === 'saveImageToPhotosAlbum')).toHaveLength(1)
  expect(receipt.texts().join('')).toContain('已保存到手机相册。')

  harness.albumPermission = 'denied'
  await receipt.tap('保存图片到相册')
  await harness.settle()
  expect(receipt.texts().join('')).toContain('未获得保存到相册的权限')
  await receipt.tap('去设置')
  expect(harness.calls.filter((call) => call.api === 'openSetting')).toHaveLength(1)
  expectHealthy(harness, receipt)
})

test('林晓华 walks from home to the receipt and the records', async () => {
  const harness = new WeappHarness()
  const visited = await walkToReceipt(harness)

  expect(visited.map((page) => page.route)).toEqual([
    ROUTES.home,
    ROUTES.verify,
    ROUTES.enrolment,
    ROUTES.plan,
    ROUTES.amount,
    ROUTES.pay,
    ROUTES.receipt,
    ROUTES.records,
  ])
  for (const page of visited) expectHealthy(harness, page)
  const receipt = visited[6] as LaunchedPage
  expect(receipt.texts()).toContain('城乡居民基本医疗保险缴费电子凭证')
  expect(receipt.texts()).toContain('**华')
  const records = visited[7] as LaunchedPage
  const drawn = records.render()
  const rows = drawn.byRole('button').filter((row) => drawn.nameOf(row).includes('查看凭证'))
  expect(rows).toHaveLength(1)
  expect(drawn.nameOf(rows[0] as WxElement)).toContain('400.00 元')
  // Only masked identity is kept on the phone.
  const stored = JSON.stringify([...harness.storage.values()])
  expect(stored).not.toContain(SEEDED_RESIDENT.idNumber)
  expect(stored).not.toContain(SEEDED_RESIDENT.name)
})

test('from the records, 林晓华 asks for a refund in the receipt subpackage and sees it 已受理', async () => {
  const harness = new WeappHarness()
  const visited = await walkToReceipt(harness)
  const records = visited[7] as LaunchedPage
  expect(records.texts()).toContain('已参保')
  await records.tap('申请退费')
  const form = await harness.follow()
  expect(form?.route).toBe(ROUTES.refund)
  if (!form) throw new Error('no refund page')
  expect(form.texts()).toContain('退费原因')
  await form.tap('提交退费申请')
  expect(form.texts()).toContain('请选择退费原因')
  await form.tap('参保地错误')
  await form.tap('提交退费申请')
  await harness.settle()
  expect(form.texts()).toContain('退费申请已受理')
  expectHealthy(harness, form)
})

// Taro keeps earlier pages mounted but hidden: after 支付 only the pay page may
// navigate (the step guards of enrolment, plan and amount run on show only).
test('paying asks WeChat to open the receipt once', async () => {
  const harness = new WeappHarness()
  await walkToReceipt(harness)
  const toReceipt = harness.navigations().filter((nav) => nav.url.startsWith(`/${ROUTES.receipt}`))
  expect(toReceipt).toHaveLength(1)
})

test('Back after paying lands on the receipt again, not on the amount step', async () => {
  const harness = new WeappHarness()
  await walkToReceipt(harness)
  await harness.back() // records → receipt
  const before = harness.navigations().length
  const shown = await harness.back() // receipt → amount, which is shown again

  expect(shown?.route).toBe(ROUTES.amount)
  const [redirect, ...more] = harness.navigations().slice(before)
  expect(more).toEqual([])
  expect(redirect?.api).toBe('redirectTo')
  expect(redirect?.url).toMatch(new RegExp(`^/${ROUTES.receipt}\\?receiptNo=\\w+$`))
  const receipt = await harness.follow()
  expect(receipt?.route).toBe(ROUTES.receipt)
  expect(receipt?.texts()).toContain('城乡居民基本医疗保险缴费电子凭证')
  expect(harness.errors).toEqual([])
})

test('a flexible worker in Shanghai reaches step 3 and works out a base, on weapp too', async () => {
  const harness = new WeappHarness()
  let page = await harness.launch('pages/home/index')
  await page.tap('为本人缴费')
  page = (await harness.follow()) as LaunchedPage
  await page.tap('同意并继续')
  await page.input('姓名', '顾晓峰')
  await page.input('身份证号', '31010419880312207X')
  await page.tap('下一步：人脸核验')
  page = (await harness.follow()) as LaunchedPage
  // Shanghai's resident scheme is not sourced: step 2 offers the flexible-employment figures instead.
  await page.tap('信息无误，下一步')
  await page.tap('查看灵活就业参保标准')
  page = (await harness.follow()) as LaunchedPage
  expect(page.route).toBe(ROUTES.plan)
  expect(page.texts().join('')).toContain('每月 754.60 元')
  await page.input('试算：您的月缴费基数（元）', '12000')
  await harness.settle()
  expect(page.texts().join('')).toContain('每月应缴 1200.00 元')
  expect(page.texts()).not.toContain('下一步：核对金额')
  expectHealthy(harness, page)
})

test('常见问题 (the help subpackage) draws its groups, opens an answer, and searches by pinyin initials', async () => {
  const harness = new WeappHarness()
  const help = await harness.launch(ROUTES.help)
  expect(help.texts()).toEqual(expect.arrayContaining(['缴费标准', '退费', '咨询电话与服务网点']))
  await help.tap('什么是待遇等待期？')
  expect(help.texts().join('')).toContain('等待期满后才能享受医保待遇')
  expect(help.texts().join('')).toContain('国办发〔2024〕38号')
  await help.input('搜索问题', 'tf')
  await harness.settle()
  expect(help.texts().join('')).toContain('什么情况可以申请退费？')
  expect(help.texts().join('')).not.toContain('什么是关怀模式？')
  expectHealthy(harness, help)
})
