/**
 * The BUILT mini program (npm run build:weapp first) in the fake-wx harness,
 * each page drawn through WeChat's own WXML compiler (test/support/wxml-render.ts):
 * what a screen reader gets on weapp — roles, names and states as the
 * templates really render them — a large WeChat font turning care mode on,
 * and 朗读 playing the clips of the care subpackage in order.
 */
import { ROUTES } from '../../src/config/routes'
import { fen } from '../../src/domain/money'
import { clipSequence, stepScript } from '../../src/domain/read-aloud'
import { SEEDED_RESIDENT, WEAPP_DIST, WeappHarness, type LaunchedPage } from '../support/weapp-harness'
import type { RenderedPage, WxElement } from '../support/wxml-render'

jest.setTimeout(30_000)

const CARE_SWITCH = '关怀模式（大字体、高对比）'

/** Opens home, then walks to the amount step as 林晓华; `fontSizeSetting` 22 px turns care mode on. */
async function walkToAmount(fontSizeSetting = 16): Promise<{ harness: WeappHarness; amount: LaunchedPage }> {
  const harness = new WeappHarness(WEAPP_DIST, { fontSizeSetting })
  const next = async () => {
    const page = await harness.follow()
    if (!page) throw new Error('no page after navigation')
    return page
  }
  await (await harness.launch(ROUTES.home)).tap('为本人缴费')
  const verify = await next()
  await verify.tap('同意并继续')
  await verify.input('姓名', SEEDED_RESIDENT.name)
  await verify.input('身份证号', SEEDED_RESIDENT.idNumber)
  await verify.tap('下一步：人脸核验')
  await (await next()).tap('信息无误，下一步')
  await (await next()).tap('下一步：核对金额')
  const amount = await next()
  expect(amount.route).toBe(ROUTES.amount)
  return { harness, amount }
}

const careSwitchChecked = (drawn: RenderedPage) =>
  drawn.aria(drawn.getByRole('switch', CARE_SWITCH))['aria-checked']
const pageRootClasses = (drawn: RenderedPage) =>
  String((drawn.byRole('main')[0] as WxElement).attr.class).split(/\s+/)

test('the step progress and the heading carry their roles, values and level as WeChat draws them', async () => {
  const verify = (await new WeappHarness().launch(ROUTES.verify)).render()
  const [progress, ...moreBars] = verify.byRole('progressbar')
  expect(moreBars).toEqual([])
  expect(verify.nameOf(progress as WxElement)).toBe('缴费进度')
  expect(verify.aria(progress as WxElement)).toEqual(
    expect.objectContaining({
      'aria-valuenow': '1',
      'aria-valuemin': '1',
      'aria-valuemax': '6',
      'aria-valuetext': '第 1 步，共 6 步：实名认证',
    }),
  )
  const [heading, ...moreHeadings] = verify.byRole('heading')
  expect(moreHeadings).toEqual([])
  expect(verify.nameOf(heading as WxElement)).toBe('实名认证')
  expect(verify.aria(heading as WxElement)['aria-level']).toBe('1')
})

test('home draws its actions as buttons and the care-mode switch as one named switch that says off', async () => {
  const home = (await new WeappHarness().launch(ROUTES.home)).render()
  expect(home.byRole('button').map((button) => home.nameOf(button))).toEqual(
    expect.arrayContaining(['为本人缴费', '为家人缴费', '缴费记录']),
  )
  expect(home.byRole('switch')).toHaveLength(1)
  // A boolean false would render as aria-checked="" (the templates write {{i.p1||''}}).
  expect(careSwitchChecked(home)).toBe('false')
  // 已关闭 is for sighted residents: the state is aria-checked, not read twice.
  expect(home.nameOf(home.getByRole('switch', CARE_SWITCH))).toBe(CARE_SWITCH)
})

test.each([
  [16, 'false'],
  [22, 'true'],
])('WeChat font setting %i px: the care-mode switch says aria-checked="%s"', async (fontSizeSetting, on) => {
  const harness = new WeappHarness(WEAPP_DIST, { fontSizeSetting })
  const home = (await harness.launch(ROUTES.home)).render()
  expect(careSwitchChecked(home)).toBe(on)
  expect(pageRootClasses(home).includes('care')).toBe(on === 'true')
})

test('with a large WeChat font, the resident’s own choice of normal mode still wins', async () => {
  const harness = new WeappHarness(
    WEAPP_DIST,
    { fontSizeSetting: 22 },
    { 'yibao-care-mode': JSON.stringify({ state: { choice: false, offerAnswered: false }, version: 1 }) },
  )
  const home = (await harness.launch(ROUTES.home)).render()
  expect(careSwitchChecked(home)).toBe('false')
})

test('a care-mode switch remembered before the font rule existed (version 0) is kept as the resident’s choice', async () => {
  const harness = new WeappHarness(
    WEAPP_DIST,
    {},
    { 'yibao-care-mode': JSON.stringify({ state: { careMode: true }, version: 0 }) },
  )
  const home = (await harness.launch(ROUTES.home)).render()
  expect(careSwitchChecked(home)).toBe('true')
})

test('the verify step draws exactly two inputs, each named by its aria-label', async () => {
  const harness = new WeappHarness()
  await (await harness.launch(ROUTES.home)).tap('为本人缴费')
  const verify = (await harness.follow()) as LaunchedPage
  await verify.tap('同意并继续')
  const drawn = verify.render()
  expect(drawn.byRole('textbox').map((input) => drawn.aria(input)['aria-label'])).toEqual([
    '姓名',
    '身份证号',
  ])
})

test('the 缴费须知 checkbox is named by its words, not its box, and says unchecked, then checked', async () => {
  const { amount } = await walkToAmount()
  const checkbox = () => amount.render().getByRole('checkbox', '我已阅读并知晓缴费须知')
  expect(amount.render().byRole('checkbox')).toHaveLength(1)
  expect(amount.render().aria(checkbox())['aria-checked']).toBe('false')

  await amount.tap('我已阅读并知晓缴费须知')

  expect(amount.render().aria(checkbox())['aria-checked']).toBe('true')
})

test('in care mode the folded details say aria-expanded="false", then "true" with the details drawn', async () => {
  const { amount } = await walkToAmount(22)
  const toggle = () => amount.render().getByRole('button', '查看缴费明细')
  const before = amount.render().elements().length
  expect(amount.render().aria(toggle())['aria-expanded']).toBe('false')

  await amount.tap('查看缴费明细')

  const drawn = amount.render()
  const open = drawn.getByRole('button', '收起缴费明细')
  expect(drawn.aria(open)['aria-expanded']).toBe('true')
  expect(drawn.elements().length).toBeGreaterThan(before)
  // The unfolded details are the deepest tree of the app: still within base.wxml's template levels.
  expect(drawn.wrapperDepth).toBeUndefined()
})

test('every page of the walk, in both modes, names each control and draws within the template levels', async () => {
  for (const fontSizeSetting of [16, 22]) {
    const { harness } = await walkToAmount(fontSizeSetting)
    // Home, verify, enrolment, plan and amount: WeChat keeps each one under the next.
    expect(harness.stack).toHaveLength(5)
    for (const page of harness.stack) {
      const drawn = page.render()
      expect(drawn.warnings).toEqual([])
      // Drawn within base.wxml's template levels (mini.baseLevel), without Taro's slower custom wrapper.
      expect(drawn.wrapperDepth).toBeUndefined()
      const controls = ['button', 'textbox', 'checkbox', 'radio', 'switch'].flatMap((role) =>
        drawn.byRole(role),
      )
      expect(controls.length).toBeGreaterThan(0)
      for (const control of controls) expect(drawn.nameOf(control)).not.toBe('')
      for (const choice of ['checkbox', 'radio', 'switch'].flatMap((role) => drawn.byRole(role)))
        expect(['true', 'false']).toContain(drawn.aria(choice)['aria-checked'])
    }
  }
})

test('adding a family member: named inputs, 与您的关系 as eight radios with one checked, then a named checkbox', async () => {
  const harness = new WeappHarness()
  await (await harness.launch(ROUTES.home)).tap('为家人缴费')
  const verify = (await harness.follow()) as LaunchedPage
  await verify.tap('同意并继续')
  await verify.input('姓名', SEEDED_RESIDENT.name)
  await verify.input('身份证号', SEEDED_RESIDENT.idNumber)
  await verify.tap('下一步：人脸核验')
  await ((await harness.follow()) as LaunchedPage).tap('添加常用缴费人')
  const add = (await harness.follow()) as LaunchedPage
  expect(add.route).toBe(ROUTES.familyAdd)
  const checkedOf = (drawn: RenderedPage) =>
    drawn.byRole('radio').map((radio) => drawn.aria(radio)['aria-checked'])
  expect(
    add
      .render()
      .byRole('textbox')
      .map((input) => add.render().nameOf(input)),
  ).toEqual(['姓名', '身份证号'])
  expect(add.render().getByRole('radiogroup', '与您的关系')).toBeDefined()
  expect(checkedOf(add.render())).toEqual(Array(8).fill('false'))

  await add.input('姓名', '王小明')
  await add.input('身份证号', '350203201509013455')
  await add.tap('子女')
  expect(checkedOf(add.render()).filter((checked) => checked === 'true')).toHaveLength(1)
  expect(add.render().aria(add.render().getByRole('radio', '子女'))['aria-checked']).toBe('true')

  await add.tap('保存缴费人')
  const members = (await harness.follow()) as LaunchedPage
  const drawn = members.render()
  expect(drawn.byRole('checkbox')).toHaveLength(1)
  expect(drawn.aria(drawn.getByRole('checkbox', '为**明（子女）缴费'))['aria-checked']).toBe('false')
  expect(harness.errors).toEqual([])
})

test('朗读本页 on the amount step plays its clips in order, and every clip is in the care subpackage', async () => {
  const { harness, amount } = await walkToAmount()

  await amount.tap('朗读本页')
  await harness.settle()

  const expected = clipSequence(stepScript('amount', fen(40000))).map(
    (clip) => `/packages/care/clips/${clip}.mp3`,
  )
  expect(expected).toContain('/packages/care/clips/money-56db.mp3') // 四
  expect(harness.audioPlayed).toEqual(expected)
  expect(amount.texts()).not.toContain(
    '本机暂时无法朗读：没有可用的中文语音。您可以打开手机自带的读屏功能，或请家人帮忙查看。',
  )
  expect(harness.errors).toEqual([])
})
