/**
 * What a new user hits on step 1 and the records (issue "What a new user hits"):
 * amounts and dates that break inside a line, errors that outlive their cause,
 * field limits that disagree with the rules, a face step the demo only
 * simulates, and what screen readers and axe need (a main landmark, names that
 * contain the visible text, no identity left in a hidden page).
 * jsdom lays nothing out, so wrapping is checked by structure: what must stay
 * on one line sits inside one `.nowrap` element, and app.css keeps it whole.
 */
import {
  buttonLabels,
  input,
  render,
  screenText,
  tap,
  theOnly,
  typeInto,
  waitForText,
  waitUntil,
  byRole,
} from '../support/ui-helpers'
import { issuedReceipt } from '../support/issued-receipt'
import { readFileSync } from 'node:fs'
import { useState } from 'react'
import { join } from 'node:path'
import { View, Text } from '@tarojs/components'
import { VerifyForm } from '../../src/features/payment/components/verify-form'
import { RecordsList } from '../../src/features/payment/components/records-list'
import { ReceiptView } from '../../src/features/payment/components/receipt-view'
import { ActionButton, InfoRows, NoticePanel, PageShell } from '../../src/ui'
import { fen } from '../../src/domain/money'
import type { PaymentRecord } from '../../src/services/model'
import { fieldError, renderForm, TODAY, type SubmitResult } from '../support/verify-form'

/** The `.nowrap` elements on screen, by their text. */
function unbroken(root: ParentNode = document): string[] {
  return Array.from(root.querySelectorAll('.nowrap')).map((element) => (element.textContent ?? '').trim())
}

/** Text as axe compares it (label-content-name-mismatch): no punctuation, symbols or spaces. */
const comparable = (text: string) => text.replace(/[\s\p{P}\p{S}]/gu, '')

describe('step 1: errors leave with their cause (14)', () => {
  test('an ID error goes as soon as the ID is changed, without waiting for the next submit', async () => {
    await renderForm()
    typeInto('姓名', '林晓华')
    typeInto('身份证号', '350102199003071235')
    tap('下一步：人脸核验')
    await waitForText('身份证号校验位不正确')

    typeInto('身份证号', '350102199003071234')
    await waitUntil(() => expect(fieldError('身份证号')).toBe(''))
    await waitUntil(() => {
      expect(input('身份证号').getAttribute('aria-invalid')).toBe('false')
      expect(input('身份证号').getAttribute('aria-describedby')).toBeNull()
    })
  })

  test('a name error goes once the name is changed; the other field keeps its own', async () => {
    await renderForm()
    typeInto('身份证号', '350102199003071235')
    tap('下一步：人脸核验')
    await waitForText('请输入姓名')

    typeInto('姓名', '林')
    await waitUntil(() => expect(fieldError('姓名')).toBe(''))
    // Not re-checked while typing: one character is not shouted at.
    expect(screenText()).not.toContain('姓名应为2至30个字')
    expect(fieldError('身份证号')).toBe('身份证号校验位不正确，请逐位核对')
  })

  test('the bureau’s refusal of the pair goes once either field is changed', async () => {
    await renderForm(
      jest.fn(async (): Promise<SubmitResult> => ({
        ok: false,
        error: { kind: 'business', code: 'IDENTITY_MISMATCH', message: '姓名与身份证号不一致' },
      })),
    )
    typeInto('姓名', '林小华')
    typeInto('身份证号', '350102199003071234')
    tap('下一步：人脸核验')
    await waitForText('姓名与身份证号不一致')

    typeInto('姓名', '林晓华')
    await waitUntil(() => expect(screenText()).not.toContain('姓名与身份证号不一致'))
  })

  test('each error has an id, and its input points at it with aria-describedby', async () => {
    await renderForm()
    tap('下一步：人脸核验')
    await waitForText('请输入身份证号')

    for (const label of ['姓名', '身份证号']) {
      await waitUntil(() => expect(input(label).getAttribute('aria-describedby')).toBeTruthy())
      const describedBy = input(label).getAttribute('aria-describedby') ?? ''
      const message = document.getElementById(describedBy)
      expect(message?.textContent?.trim()).toBe(fieldError(label))
    }
    expect(input('姓名').getAttribute('aria-describedby')).not.toBe(
      input('身份证号').getAttribute('aria-describedby'),
    )
  })

  test('without an error the input points at nothing', async () => {
    await renderForm()
    expect(input('姓名').getAttribute('aria-describedby')).toBeNull()
  })
})

describe('step 1: the fields take what the rules accept, and say what they refuse (15)', () => {
  test('the ID field takes an ID typed in groups with spaces, which is sent without them', async () => {
    const onSubmit = await renderForm()
    const grouped = '350102 19900307 1234'
    expect(input('身份证号').maxLength).toBeGreaterThanOrEqual(grouped.length)
    typeInto('姓名', '林晓华')
    typeInto('身份证号', grouped)
    tap('下一步：人脸核验')
    await waitUntil(() => expect(onSubmit).toHaveBeenCalledWith('林晓华', '350102199003071234'))
  })

  test('19 digits are refused, saying how many were typed', async () => {
    const onSubmit = await renderForm()
    typeInto('姓名', '林晓华')
    typeInto('身份证号', '3501021990030712345')
    tap('下一步：人脸核验')
    await waitForText('身份证号应为18位，您输入了19位')
    expect(onSubmit).not.toHaveBeenCalled()
  })

  test('the name field stops where the rule does (30 characters) and says so there', async () => {
    await renderForm()
    expect(input('姓名').maxLength).toBe(30)
    typeInto('姓名', '张'.repeat(30))
    await waitForText('姓名最多30个字')
    expect(fieldError('姓名')).toBe('')
    await waitUntil(() =>
      expect(document.getElementById(input('姓名').getAttribute('aria-describedby') ?? '')?.textContent).toBe(
        '姓名最多30个字',
      ),
    )
  })

  test('a name longer than the rule is refused with the count', async () => {
    await renderForm()
    typeInto('姓名', '张'.repeat(31))
    typeInto('身份证号', '350102199003071234')
    tap('下一步：人脸核验')
    await waitForText('姓名应为2至30个字，您输入了31个字')
  })
})

describe('step 1: the face step is said as it is, per build (16)', () => {
  test('a demo build says the face check is simulated and opens no camera', async () => {
    await renderForm()
    expect(screenText()).toContain('人脸核验为模拟：本演示版本不打开摄像头')
  })

  test('the release build says WeChat opens the face check and the bureau confirms it, and nothing simulated', async () => {
    await renderForm(undefined, false)
    expect(screenText()).toContain('微信随即打开人脸核验')
    expect(screenText()).toContain('核验结果由医保部门确认')
    expect(screenText()).not.toContain('模拟')
  })

  test('while the face check runs, a demo build says it is simulated', async () => {
    await render(<VerifyForm today={TODAY} busy stage='face' faceSimulated onSubmit={jest.fn()} />)
    expect(screenText()).toContain('正在进行人脸核验（模拟，不打开摄像头）…')
  })
})

describe('step 1: nothing personal stays in the hidden page (18)', () => {
  test('after a successful verification the name and ID are cleared from the form', async () => {
    const onSubmit = await renderForm()
    typeInto('姓名', '林晓华')
    typeInto('身份证号', '350102199003071234')
    tap('下一步：人脸核验')
    await waitUntil(() => expect(onSubmit).toHaveBeenCalledTimes(1))
    await waitUntil(() => {
      expect(input('姓名').value).toBe('')
      expect(input('身份证号').value).toBe('')
    })
  })
})

describe('landmarks and names (18)', () => {
  test('a page frame puts its heading, progress and content inside one main landmark', async () => {
    await render(
      <PageShell step='verify'>
        <View>
          <Text>页面内容</Text>
        </View>
      </PageShell>,
    )
    const main = theOnly('main')
    expect(main.textContent).toContain('实名认证')
    expect(main.textContent).toContain('页面内容')
    expect(main.querySelector('[role="progressbar"], [aria-role="progressbar"]')).not.toBeNull()
    expect(main.querySelector('[role="heading"], [aria-role="heading"]')).not.toBeNull()
  })

  test('a record in the list is named by what it shows (its name contains its visible text)', async () => {
    await render(<RecordsList records={[RECORD]} onOpen={jest.fn()} />)
    const [card] = byRole('button')
    expect(card).toBeDefined()
    const visible = comparable(
      Array.from(card!.childNodes, (node) =>
        (node as Element).getAttribute?.('aria-hidden') === 'true' ? '' : (node.textContent ?? ''),
      ).join(''),
    )
    const name = comparable(card!.getAttribute('aria-label') ?? card!.textContent ?? '')
    expect(name).toContain(visible)
  })
})

const RECORD: PaymentRecord = {
  receiptNo: 'FJ2026000007',
  benefitYear: 2026,
  amountFen: fen(40000),
  paidAt: '2025-11-20 10:00',
  regionName: '福建省福州市鼓楼区',
  maskedInsuredName: '**华',
  coverageStart: '2026-01-01',
}

// A coverage start at a month's end, the date most likely to break before 日.
const ISSUED = issuedReceipt({ coverageStart: '2026-12-31' })

describe('amounts and dates never break inside (13)', () => {
  test('app.css keeps a .nowrap element on one line, and the care switch breaks only between phrases', () => {
    const css = readFileSync(join(__dirname, '../../src/app.css'), 'utf8')
    expect(css).toMatch(/\.nowrap\s*\{[^}]*white-space:\s*nowrap/)
    expect(css).toMatch(/\.care-switch\s*\{[^}]*word-break:\s*keep-all/)
  })

  test('a record keeps its amount with 元, its date and 查看凭证 each on one line', async () => {
    await render(<RecordsList records={[RECORD]} onOpen={jest.fn()} />)
    expect(unbroken()).toEqual(expect.arrayContaining(['400.00 元', '2025-11-20 10:00', '2026年度']))
    expect(unbroken().some((text) => text.startsWith('查看凭证'))).toBe(true)
  })

  test('the receipt keeps its amount and 元 in one unbroken element, and its dates whole', async () => {
    await render(<ReceiptView response={ISSUED} onRefresh={jest.fn()} />)
    const total = document.querySelector('.amount-total')
    expect(total?.classList.contains('nowrap')).toBe(true)
    expect(total?.textContent).toBe('400.00元')
    expect(unbroken()).toEqual(expect.arrayContaining(['2026年12月31日', '2025-11-20 10:00']))
  })

  test('rows, notices and button labels keep amounts with their unit and dates whole', async () => {
    await render(
      <View>
        <InfoRows
          rows={[
            { label: '缴费截止', value: '2026年12月31日前' },
            { label: '应缴', value: '1200.00 元' },
          ]}
        />
        <NoticePanel title='补缴 2 年' detail='等待期至 2026年6月1日，需补缴 800.00 元。' />
        <ActionButton label='确认支付 400.00 元' onTap={jest.fn()} />
      </View>,
    )
    expect(unbroken()).toEqual(
      expect.arrayContaining(['2026年12月31日', '1200.00 元', '2026年6月1日', '800.00 元', '400.00 元']),
    )
    // The text itself is unchanged: only wrapped.
    expect(screenText()).toContain('确认支付 400.00 元')
    expect(screenText()).toContain('等待期至 2026年6月1日，需补缴 800.00 元。')
  })
})

/** Time for Taro's H5 web components to finish loading, as they have on a real page by the next change. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 200))

test('a label or detail that changes keeps its words in order (the runs are rebuilt, not shuffled)', async () => {
  // Busy in between, as a cart pays: the button is disabled, then enabled with a new label.
  const labels = ['确认支付 2 人 800.00 元', '确认支付 2 人 800.00 元', '重新支付未缴费的 1 人 400.00 元']
  const details = ['正在查询余额', '正在查询余额', '个人账户余额 200.00 元，可用于本次缴费']
  function Changing() {
    const [shown, setShown] = useState(0)
    return (
      <View>
        <View className='change' onClick={() => setShown(shown + 1)} />
        <NoticePanel title='个人账户' detail={details[shown] ?? ''} />
        <ActionButton
          label={labels[shown] ?? ''}
          busy={shown === 1}
          busyLabel='正在逐一缴费，请稍候…'
          onTap={jest.fn()}
        />
      </View>
    )
  }
  await render(<Changing />)
  expect(buttonLabels()).toEqual(['确认支付 2 人 800.00 元'])
  // The two changes: to busy, then to the retry.
  await settle()
  tap(document.querySelector('.change')!)
  await settle()
  tap(document.querySelector('.change')!)
  await settle()
  await waitUntil(() => expect(buttonLabels()).toEqual(['重新支付未缴费的 1 人 400.00 元']))
  expect(document.querySelector('.panel-detail')?.textContent).toBe('个人账户余额 200.00 元，可用于本次缴费')
})
