/**
 * weapp: the rules engine and the region files are not in the main package;
 * each page that quotes provides them from its own subpackage as it loads
 * (src/services/rules-registry.ts). A relaunch resumes on the page the
 * resident left, without passing step 2: that page must still quote.
 */
import { ROUTES } from '../../src/config/routes'
import { WEAPP_DIST, WeappHarness, type LaunchedPage } from '../support/weapp-harness'
import type { RenderedPage } from '../support/wxml-render'

jest.setTimeout(30_000)

const HANGZHOU_ADULT = { name: '方慧敏', idNumber: '330102198503123020' }

/** The tier chosen, by the name a screen reader gives its radio. */
const chosenTier = (drawn: RenderedPage) =>
  drawn
    .byRole('radio')
    .filter((radio) => /档/.test(drawn.nameOf(radio)) && drawn.aria(radio)['aria-checked'] === 'true')
    .map((radio) => drawn.nameOf(radio))

/** 杭州 has two tiers: walks a resident there to step 3, and returns what the phone saved. */
async function savedOnStep3(): Promise<Record<string, unknown>> {
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
  expect((await next()).route).toBe(ROUTES.plan)
  expect(harness.errors).toEqual([])
  return Object.fromEntries(harness.storage)
}

test('relaunched on step 3, the page quotes another tier without passing step 2', async () => {
  const relaunched = new WeappHarness(WEAPP_DIST, {}, await savedOnStep3())
  const plan = await relaunched.launch(ROUTES.plan)
  expect(chosenTier(plan.render())).toEqual(['✓ 已选一档800.00 元/年'])
  await plan.tap('二档')
  expect(chosenTier(plan.render())).toEqual(['✓ 已选二档700.00 元/年'])
  expect(plan.render().texts().join('')).toContain('个人缴费标准 700.00 元/年')
  expect(relaunched.errors).toEqual([])
})
