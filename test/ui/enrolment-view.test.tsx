import { buttonLabels, render, rowValue, screenText, tap } from '../support/ui-helpers'
import { EnrolmentView } from '../../src/features/payment/components/enrolment-view'
import type { EnrolmentRecord } from '../../src/services/model'
import type { EnrolmentOutcome } from '../../src/services/payment-service'
import { fen } from '../../src/domain/money'

const GULOU = { adcode: '350102', regionName: '福建省福州市鼓楼区' }
const SIMING = { adcode: '350203', regionName: '福建省厦门市思明区' }

function record(overrides: Partial<EnrolmentRecord> = {}): EnrolmentRecord {
  return {
    recordId: 'R-1',
    ...GULOU,
    category: 'working-age',
    subsidyGroup: 'none',
    benefitYear: 2026,
    status: 'payable',
    ...overrides,
  }
}

function renderView(outcome: EnrolmentOutcome) {
  const handlers = { onConfirm: jest.fn(), onShowReceipt: jest.fn(), onHome: jest.fn() }
  return render(
    <EnrolmentView outcome={outcome} maskedName='**华' maskedIdNumber='350***********1234' {...handlers} />,
  ).then(() => handlers)
}

test('not registered: explains where to register and offers no payment', async () => {
  const { onHome, onConfirm } = await renderView({ kind: 'not-registered' })

  expect(screenText()).toContain('未查询到您的居民医保参保登记')
  expect(screenText()).toContain('缴费前需要先办理参保登记')
  expect(screenText()).toContain('12393')
  expect(buttonLabels()).toEqual(['返回首页'])
  tap('返回首页')
  expect(onHome).toHaveBeenCalledTimes(1)
  expect(onConfirm).not.toHaveBeenCalled()
})

test('fully subsidised: says the government pays and offers no way on to payment', async () => {
  const subsidised = record({
    subsidyGroup: 'extreme-poverty',
    category: 'elderly',
    status: 'fully-subsidised',
  })
  const { onConfirm } = await renderView({ kind: 'fully-subsidised', record: subsidised })

  expect(screenText()).toContain('由财政代缴，无需缴费')
  expect(screenText()).toContain('您属于特困人员，2026年度个人缴费部分由政府全额资助')
  expect(rowValue('参保状态')).toBe('已参保，由财政代缴')
  expect(buttonLabels()).toEqual(['返回首页'])
  expect(onConfirm).not.toHaveBeenCalled()
})

test('already paid: opens the receipt by its number', async () => {
  const paid = record({ status: 'paid', receiptNo: 'FJ2026000001' })
  const { onShowReceipt, onConfirm } = await renderView({ kind: 'already-paid', record: paid })

  expect(screenText()).toContain('您已缴纳2026年度居民医保费')
  expect(screenText()).toContain('无需重复缴费')
  expect(buttonLabels()).toEqual(['查看电子凭证', '返回首页'])
  tap('查看电子凭证')
  expect(onShowReceipt).toHaveBeenCalledWith('FJ2026000001')
  expect(onConfirm).not.toHaveBeenCalled()
})

test('two payable regions: one button per region, each confirming its own record', async () => {
  const fuzhou = record({ recordId: 'R-WHY-1', ...GULOU })
  const xiamen = record({ recordId: 'R-WHY-2', ...SIMING })
  const { onConfirm } = await renderView({ kind: 'choose-region', records: [fuzhou, xiamen] })

  expect(screenText()).toContain('您在两个地区都有待缴费记录')
  expect(buttonLabels()).toEqual(['在福建省福州市鼓楼区缴费', '在福建省厦门市思明区缴费'])
  tap('在福建省厦门市思明区缴费')
  expect(onConfirm).toHaveBeenCalledTimes(1)
  expect(onConfirm).toHaveBeenCalledWith(xiamen)
  tap('在福建省福州市鼓楼区缴费')
  expect(onConfirm).toHaveBeenLastCalledWith(fuzhou)
})

test('payable: shows the record with the masked identity and moves on with it', async () => {
  const payable = record()
  const { onConfirm } = await renderView({ kind: 'payable', record: payable })

  expect(rowValue('参保人')).toBe('**华')
  expect(rowValue('身份证号')).toBe('350***********1234')
  expect(rowValue('参保地')).toBe('福建省福州市鼓楼区')
  expect(rowValue('人员类别')).toBe('劳动年龄内居民')
  expect(rowValue('参保状态')).toBe('已参保，本年度待缴费')
  expect(rowValue('缴费年度')).toBe('2026年度')
  expect(screenText()).not.toContain('断保情况')
  tap('信息无误，下一步')
  expect(onConfirm).toHaveBeenCalledWith(payable)
})

test('a lapsed record says how many years were missed', async () => {
  await renderView({ kind: 'payable', record: record({ breakYears: 3 }) })
  expect(rowValue('断保情况')).toBe('此前连续 3 年未参保')
})

test('a region whose window is not sourced says dates cannot be confirmed and where to pay', async () => {
  await render(
    <EnrolmentView
      outcome={{ kind: 'payable', record: record({ adcode: '110105', regionName: '北京市朝阳区' }) }}
      maskedName='**华'
      maskedIdNumber='350***********1234'
      chosenRecordId='R-1'
      quoteProblem={{ kind: 'rule', error: 'window-unknown' }}
      onConfirm={jest.fn()}
      onShowReceipt={jest.fn()}
      onHome={jest.fn()}
    />,
  )
  expect(screenText()).toContain('暂未核实当地的集中缴费期，无法确认待遇起始日期')
  expect(screenText()).toContain('12393')
})

test('低保 where the window is not sourced: the amounts with the assistance line, for reference, and no dates', async () => {
  await render(
    <EnrolmentView
      outcome={{
        kind: 'payable',
        record: record({
          adcode: '421303',
          regionName: '湖北省随州市曾都区',
          subsidyGroup: 'minimum-living',
          benefitYear: 2023,
        }),
      }}
      maskedName='**芳'
      maskedIdNumber='421***********3029'
      chosenRecordId='R-1'
      quoteProblem={{
        kind: 'rule',
        error: 'window-unknown',
        undatedBill: {
          benefitYear: 2023,
          lines: [
            { kind: 'standard', label: '个人缴费标准（劳动年龄内居民）', amountFen: fen(35000) },
            { kind: 'assistance', label: '资助参保（低保对象）', amountFen: fen(-32000) },
          ],
          payableFen: fen(3000),
        },
      }}
      onConfirm={jest.fn()}
      onShowReceipt={jest.fn()}
      onHome={jest.fn()}
    />,
  )
  expect(screenText()).toContain('按当地2023年度标准，您的缴费金额如下（仅供参考）')
  expect(rowValue('资助类别')).toBe('低保对象')
  expect(rowValue('资助参保（低保对象）')).toBe('-320.00 元')
  expect(rowValue('个人应缴')).toBe('30.00 元')
  expect(screenText()).not.toContain('待遇起始日期：')
})

test('a record that cannot be quoted says why', async () => {
  await render(
    <EnrolmentView
      outcome={{ kind: 'payable', record: record() }}
      maskedName='**华'
      maskedIdNumber='350***********1234'
      chosenRecordId='R-1'
      quoteProblem={{ kind: 'rule', error: 'not-open' }}
      onConfirm={jest.fn()}
      onShowReceipt={jest.fn()}
      onHome={jest.fn()}
    />,
  )
  expect(screenText()).toContain('城乡居民医保暂不能在本程序缴费')
  expect(screenText()).toContain('本年度缴费期尚未开始，请在缴费期开始后再来。')
})

test('the problem shows on the record chosen, which offers 返回首页 instead of the same tap again; the other record stays choosable', async () => {
  const onHome = jest.fn()
  const onConfirm = jest.fn()
  await render(
    <EnrolmentView
      outcome={{
        kind: 'choose-region',
        records: [record({ recordId: 'R-A' }), record({ recordId: 'R-B', ...SIMING })],
      }}
      maskedName='**华'
      maskedIdNumber='350***********1234'
      chosenRecordId='R-A'
      quoteProblem={{ kind: 'rule', error: 'not-open' }}
      onConfirm={onConfirm}
      onShowReceipt={jest.fn()}
      onHome={onHome}
    />,
  )
  expect(screenText().match(/暂不能在本程序缴费/g)).toHaveLength(1)
  expect(buttonLabels()).toEqual(['返回首页', '在福建省厦门市思明区缴费'])
  tap('返回首页')
  expect(onHome).toHaveBeenCalledTimes(1)
  tap('在福建省厦门市思明区缴费')
  expect(onConfirm).toHaveBeenCalledWith(expect.objectContaining({ recordId: 'R-B' }))
})
