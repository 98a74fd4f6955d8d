import {
  byRole,
  input,
  render,
  screenText,
  tap,
  typeInto,
  waitForText,
  waitUntil,
} from '../support/ui-helpers'
import { AddMemberForm } from '../../src/features/family/components/add-member-form'

const TODAY = '2025-11-20'

const radio = (name: string): Element => {
  const found = byRole('radio').find((element) => element.getAttribute('aria-label') === name)
  if (!found) throw new Error(`no radio ${name}`)
  return found
}
const PAYER_BIRTH = '1953-08-12'

function renderForm() {
  const onSubmit = jest.fn(async () => ({ ok: true }) as const)
  return render(<AddMemberForm today={TODAY} payerBirthDate={PAYER_BIRTH} onSubmit={onSubmit} />).then(
    () => onSubmit,
  )
}

test('an ID typed in groups with spaces fits the field and is sent without them, as on step 1', async () => {
  const onSubmit = await renderForm()
  expect(Number(input('身份证号').getAttribute('maxlength'))).toBeGreaterThanOrEqual(21)
  expect(input('姓名').getAttribute('maxlength')).toBe('30')
  typeInto('姓名', '王小明')
  typeInto('身份证号', '350203 20150901 3455')
  tap(radio('孙子女'))
  tap('保存缴费人')
  await waitUntil(() =>
    expect(onSubmit).toHaveBeenCalledWith({
      name: '王小明',
      idNumber: '350203201509013455',
      relation: 'paternal-grandchild',
    }),
  )
})

test('a corrected ID loses its error at once', async () => {
  await renderForm()
  typeInto('姓名', '王小明')
  typeInto('身份证号', '350203201509013456')
  tap('保存缴费人')
  await waitForText('身份证号校验位不正确')
  typeInto('身份证号', '350203201509013455')
  await waitUntil(() => expect(screenText()).not.toContain('身份证号校验位不正确'))
})
