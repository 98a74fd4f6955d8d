/**
 * The BUILT mini program (npm run build:weapp first) in the fake-wx harness:
 * aria attributes reach WeChat's templates (through @tarojs/plugin-inject),
 * a large WeChat font turns care mode on, and 朗读 plays the clips of the
 * care subpackage in order, the amount one character at a time.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROUTES } from '../../src/config/routes'
import { fen } from '../../src/domain/money'
import { clipSequence, stepScript } from '../../src/domain/read-aloud'
import { SEEDED_RESIDENT, WEAPP_DIST, WeappHarness } from '../support/weapp-harness'

jest.setTimeout(30_000)

interface TaroNode {
  nn?: string
  cl?: string
  cn?: TaroNode[]
  [key: string]: unknown
}

/** aria-* attribute → the data key its template reads, for each node name in base.wxml. */
function ariaKeysByNodeName(): Map<string, Record<string, string>> {
  const wxml = readFileSync(join(WEAPP_DIST, 'base.wxml'), 'utf8')
  const byName = new Map<string, Record<string, string>>()
  for (const [, nn = '', body = ''] of wxml.matchAll(
    /<template name="tmpl_0_(\d+)">([\s\S]*?)<\/template>/g,
  )) {
    const keys: Record<string, string> = {}
    for (const [, attribute = '', key = ''] of body.matchAll(/(aria-[a-z]+)="\{\{i\.(p\d+)\|\|''\}\}"/g))
      keys[attribute] = key
    byName.set(nn, keys)
  }
  return byName
}

/** The aria-* attributes WeChat would render for the first node with class `className`. */
function ariaOf(root: TaroNode, className: string): Record<string, unknown> {
  const find = (node: TaroNode): TaroNode | undefined =>
    node.cl?.split(' ').includes(className) ? node : node.cn?.map(find).find(Boolean)
  const node = find(root)
  if (!node) throw new Error(`no node with class ${className}`)
  const keys = ariaKeysByNodeName().get(String(node.nn)) ?? {}
  return Object.fromEntries(
    Object.entries(keys).flatMap(([attribute, key]) => (key in node ? [[attribute, node[key]]] : [])),
  )
}

const rootOf = (data: Record<string, unknown>) => data.root as TaroNode

test('the step progress, the heading and the care-mode switch carry their roles and names into base.wxml', async () => {
  const harness = new WeappHarness()
  const verify = await harness.launch(ROUTES.verify)
  expect(ariaOf(rootOf(verify.instance.data), 'progress')).toEqual(
    expect.objectContaining({
      'aria-role': 'progressbar',
      'aria-valuenow': 1,
      'aria-valuetext': '第 1 步，共 6 步：实名认证',
    }),
  )
  expect(ariaOf(rootOf(verify.instance.data), 'page-title')).toEqual(
    expect.objectContaining({ 'aria-role': 'heading', 'aria-level': 1 }),
  )

  const home = await new WeappHarness().launch(ROUTES.home)
  expect(ariaOf(rootOf(home.instance.data), 'care-switch')).toEqual(
    expect.objectContaining({
      'aria-role': 'switch',
      'aria-label': '关怀模式（大字体、高对比）',
      'aria-checked': false,
    }),
  )
})

test.each([
  [16, false],
  [22, true],
])('WeChat font setting %i px: care mode on is %s', async (fontSizeSetting, care) => {
  const harness = new WeappHarness(WEAPP_DIST, { fontSizeSetting })
  const home = await harness.launch(ROUTES.home)
  expect(ariaOf(rootOf(home.instance.data), 'care-switch')['aria-checked']).toBe(care)
  expect(rootOf(home.instance.data).cn?.[0]?.cl?.split(' ').includes('care')).toBe(care)
})

test('with a large WeChat font, the resident’s own choice of normal mode still wins', async () => {
  const harness = new WeappHarness(
    WEAPP_DIST,
    { fontSizeSetting: 22 },
    { 'yibao-care-mode': JSON.stringify({ state: { choice: false, offerAnswered: false }, version: 1 }) },
  )
  const home = await harness.launch(ROUTES.home)
  expect(ariaOf(rootOf(home.instance.data), 'care-switch')['aria-checked']).toBe(false)
})

test('a care-mode switch remembered before the font rule existed (version 0) is kept as the resident’s choice', async () => {
  const harness = new WeappHarness(
    WEAPP_DIST,
    {},
    { 'yibao-care-mode': JSON.stringify({ state: { careMode: true }, version: 0 }) },
  )
  const home = await harness.launch(ROUTES.home)
  expect(ariaOf(rootOf(home.instance.data), 'care-switch')['aria-checked']).toBe(true)
})

test('朗读本页 on the amount step plays its clips in order, and every clip is in the care subpackage', async () => {
  const harness = new WeappHarness()
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
