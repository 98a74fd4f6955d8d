import {
  button,
  buttonLabels,
  byRole,
  render,
  screenText,
  tap,
  typeInto,
  waitForText,
  waitUntil,
} from '../support/ui-helpers'
import { quote } from '../../src/domain/quote'
import { PlanView } from '../../src/features/payment/components/plan-view'
import { regionRulesFor } from '../../src/config/regions'
import { flexibleRulesOn } from '../../src/domain/flexible-employment'
import type { EnrolmentRecord } from '../../src/services/model'
import type { FlexibleOffer } from '../../src/services/rules'

const record = (adcode: string, regionName: string): EnrolmentRecord => ({
  recordId: 'R-1',
  adcode,
  regionName,
  category: 'working-age',
  subsidyGroup: 'none',
  benefitYear: 2026,
  status: 'payable',
})

function offerIn(adcode: string, today: string): FlexibleOffer {
  const region = regionRulesFor(adcode)
  const rules = flexibleRulesOn(region?.flexibleEmployment, today)
  if (!region || !rules) throw new Error(`no 灵活就业 figures for ${adcode} on ${today}`)
  return { regionName: region.name, rules }
}

const listItems = () => byRole('listitem').map((item) => item.getAttribute('aria-label'))

describe('step 3 with 灵活就业 figures beside resident insurance', () => {
  test("Shanghai's floor and ceiling side by side, and a base the resident types costs base × 10 %", async () => {
    await render(
      <PlanView
        record={record('310104', '上海市徐汇区')}
        flexibleOffer={offerIn('310104', '2026-08-10')}
        onChooseTier={jest.fn()}
        onNext={jest.fn()}
        onHome={jest.fn()}
      />,
    )
    await waitForText('灵活就业人员参加职工医保')
    expect(listItems()).toEqual([
      '缴费基数下限：基数 7546 元/月，每月 754.60 元，12 个月共 9055.20 元',
      '缴费基数上限：基数 37731 元/月，每月 3773.10 元，12 个月共 45277.20 元',
    ])
    expect(screenText()).toContain('需连续缴费满 6 个月')
    expect(screenText()).toContain('沪医保规〔2025〕7号')
    // Nothing to pay here, so no way on to the amount step: the way home instead.
    expect(buttonLabels()).toEqual(['返回首页'])

    typeInto('试算：您的月缴费基数（元）', '10000')
    await waitForText('按基数 10000 元：每月应缴 1000.00 元，12 个月共 12000.00 元。')
  })

  test('a base outside the range, with 角分, or zero is refused with what to type', async () => {
    await render(
      <PlanView
        record={record('310104', '上海市徐汇区')}
        flexibleOffer={offerIn('310104', '2026-08-10')}
        onChooseTier={jest.fn()}
        onNext={jest.fn()}
        onHome={jest.fn()}
      />,
    )
    await waitForText('试算')
    const cases: Array<[string, string]> = [
      ['5000', '低于缴费基数下限 7546 元。请填写 7546 至 37731 之间的整数。'],
      ['40000', '高于缴费基数上限 37731 元。请填写 7546 至 37731 之间的整数。'],
      ['8000.5', '缴费基数请填写整数元，不带角分。'],
      // A digit keyboard cannot type letters; zero is the malformed base it can type.
      ['0', '请填写整数金额，例如 8000。'],
    ]
    for (const [typed, message] of cases) {
      typeInto('试算：您的月缴费基数（元）', typed)
      await waitUntil(() => expect(screenText()).toContain(message))
      expect(screenText()).not.toContain('每月应缴')
    }
  })

  test("Chongqing's 一档 and 二档 side by side with their yearly amounts", async () => {
    await render(
      <PlanView
        record={record('500103', '重庆市渝中区')}
        flexibleOffer={offerIn('500103', '2025-11-20')}
        onChooseTier={jest.fn()}
        onNext={jest.fn()}
        onHome={jest.fn()}
      />,
    )
    await waitForText('一档')
    expect(listItems()).toEqual(['一档：每年 3075.00 元', '二档：每年 6765.00 元'])
    // Fixed tiers have no base to type.
    expect(screenText()).not.toContain('试算')
  })

  test("Beijing's fixed monthly amount, where resident insurance cannot be dated (step 2 said so)", async () => {
    await render(
      <PlanView
        record={record('110105', '北京市朝阳区')}
        flexibleOffer={offerIn('110105', '2025-11-20')}
        onChooseTier={jest.fn()}
        onNext={jest.fn()}
        onHome={jest.fn()}
      />,
    )
    await waitForText('按月缴纳')
    expect(listItems()).toEqual(['按月缴纳：每月 584.92 元，12 个月共 7019.04 元'])
    expect(screenText()).toContain('2025年7月1日起执行')
  })
})

test('with only 灵活就业 figures, 返回首页 is the way out', async () => {
  const onHome = jest.fn()
  await render(
    <PlanView
      record={record('500103', '重庆市渝中区')}
      flexibleOffer={offerIn('500103', '2025-11-20')}
      onChooseTier={jest.fn()}
      onNext={jest.fn()}
      onHome={onHome}
    />,
  )
  await waitForText('返回首页')
  tap('返回首页')
  expect(onHome).toHaveBeenCalledTimes(1)
})

test('where resident insurance can be paid, 下一步 comes before the 灵活就业 comparison', async () => {
  const fujian = regionRulesFor('350102')
  const quoted =
    fujian &&
    quote(
      { category: 'working-age', subsidyGroup: 'none', breakYears: 0 },
      fujian,
      { benefitYear: 2026, backYears: 0 },
      '2025-11-20',
    )
  if (!quoted?.ok) throw new Error('Fujian should quote')
  await render(
    <PlanView
      record={record('350102', '福建省福州市鼓楼区')}
      quote={quoted.quote}
      flexibleOffer={offerIn('110105', '2025-11-20')}
      onChooseTier={jest.fn()}
      onNext={jest.fn()}
      onHome={jest.fn()}
    />,
  )
  await waitForText('灵活就业人员参加职工医保')
  expect(buttonLabels()).toEqual(['下一步：核对金额'])
  const next = button('下一步：核对金额')
  const comparison = Array.from(document.querySelectorAll('.card-title')).find((title) =>
    title.textContent?.includes('灵活就业'),
  )
  expect(
    comparison && next.compareDocumentPosition(comparison) & Node.DOCUMENT_POSITION_FOLLOWING,
  ).toBeTruthy()
})
