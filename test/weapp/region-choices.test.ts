/**
 * Step 3's tiers in the BUILT mini program, drawn through WeChat's own WXML
 * compiler: 杭州's 一档 and 二档 as a named radiogroup whose radios carry
 * aria-checked as 'true' / 'false', a tap moving the choice, and step 4
 * itemising the 长护险 part of the chosen tier.
 */
import { ROUTES } from '../../src/config/routes'
import { WEAPP_DIST, WeappHarness, type LaunchedPage } from '../support/weapp-harness'
import type { RenderedPage } from '../support/wxml-render'

jest.setTimeout(30_000)

const HANGZHOU_ADULT = { name: '方慧敏', idNumber: '330102198503123020' }

/** Each tier's radio, as a screen reader gets it: its name and aria-checked. */
const tiers = (drawn: RenderedPage) =>
  drawn
    .byRole('radio')
    .filter((radio) => /档/.test(drawn.nameOf(radio)))
    .map((radio) => [drawn.nameOf(radio), drawn.aria(radio)['aria-checked']])
const shownText = (drawn: RenderedPage) => drawn.texts().join('')

test('杭州: the tiers are a named radiogroup, a tap moves the choice, and step 4 itemises its 长护险 part', async () => {
  const harness = new WeappHarness(WEAPP_DIST)
  const next = async (): Promise<LaunchedPage> => {
    const page = await harness.follow()
    if (!page) throw new Error('no page after navigation')
    return page
  }
  await (await harness.launch(ROUTES.home)).tap('为本人缴费')
  const verify = await next()
  await verify.tap('同意并继续')
  await verify.input('姓名', HANGZHOU_ADULT.name)
  await verify.input('身份证号', HANGZHOU_ADULT.idNumber)
  await verify.tap('下一步：人脸核验')
  await (await next()).tap('信息无误，下一步')
  const plan = await next()
  expect(plan.route).toBe(ROUTES.plan)

  expect(plan.render().getByRole('radiogroup', '缴费档次')).toBeDefined()
  expect(tiers(plan.render())).toEqual([
    ['✓ 已选一档800.00 元/年', 'true'],
    ['二档700.00 元/年', 'false'],
  ])
  await plan.tap('二档')
  expect(tiers(plan.render())).toEqual([
    ['一档800.00 元/年', 'false'],
    ['✓ 已选二档700.00 元/年', 'true'],
  ])
  expect(shownText(plan.render())).toContain('个人缴费标准 700.00 元/年')

  await plan.tap('下一步：核对金额')
  const amount = await next()
  const shown = shownText(amount.render())
  expect(shown).toContain('个人缴费（劳动年龄内居民，二档，医疗部分）')
  expect(shown).toContain('其中长期护理保险 30.00 元')
  expect(shown).toContain('确认支付 700.00 元')
  expect(harness.errors).toEqual([])
})
