import { input, render, screenText, tap, typeInto, waitForText, waitUntil } from '../support/ui-helpers'
import { VerifyForm } from '../../src/features/payment/components/verify-form'
import { fieldError, renderForm, TODAY, type SubmitResult } from '../support/verify-form'

test('a wrong check digit is reported at the ID field and the typed name is kept', async () => {
  const onSubmit = await renderForm()
  typeInto('姓名', '林晓华')
  typeInto('身份证号', '350102199003071235')
  tap('下一步：人脸核验')

  await waitForText('身份证号校验位不正确，请逐位核对')
  expect(fieldError('身份证号')).toBe('身份证号校验位不正确，请逐位核对')
  await waitUntil(() => expect(input('身份证号').getAttribute('aria-invalid')).toBe('true'))
  expect(fieldError('姓名')).toBe('')
  expect(input('姓名').value).toBe('林晓华')
  expect(onSubmit).not.toHaveBeenCalled()
})

test('an empty name is asked for at the name field', async () => {
  const onSubmit = await renderForm()
  typeInto('身份证号', '350102199003071234')
  tap('下一步：人脸核验')

  await waitForText('请输入姓名')
  expect(fieldError('姓名')).toBe('请输入姓名')
  expect(fieldError('身份证号')).toBe('')
  expect(onSubmit).not.toHaveBeenCalled()
})

test('a birth date after today is reported', async () => {
  const onSubmit = await renderForm()
  typeInto('姓名', '林晓华')
  typeInto('身份证号', '350102203001011234')
  tap('下一步：人脸核验')

  await waitForText('身份证号中的出生日期晚于今天，请核对')
  expect(fieldError('身份证号')).toBe('身份证号中的出生日期晚于今天，请核对')
  expect(onSubmit).not.toHaveBeenCalled()
})

test('a valid name and ID are submitted with the ID upper-cased', async () => {
  const onSubmit = await renderForm()
  typeInto('姓名', '张 三')
  typeInto('身份证号', '35010219850612118x')
  tap('下一步：人脸核验')

  await waitUntil(() => expect(onSubmit).toHaveBeenCalledTimes(1))
  expect(onSubmit).toHaveBeenCalledWith('张三', '35010219850612118X')
  // Verified: the form empties itself (see forms-and-accessibility.test.tsx), so the value shown is not asserted.
  expect(screenText()).not.toContain('身份证号校验位不正确')
})

test('the bureau refusing the name and ID pair is said in words', async () => {
  const onSubmit = await renderForm(
    jest.fn(async (): Promise<SubmitResult> => ({
      ok: false,
      error: { kind: 'business', code: 'IDENTITY_MISMATCH', message: '姓名与身份证号不一致' },
    })),
  )
  typeInto('姓名', '林晓华')
  typeInto('身份证号', '350102199003071234')
  tap('下一步：人脸核验')

  await waitForText('姓名与身份证号不一致')
  expect(screenText()).toContain('请核对后重新输入，姓名需与身份证上的一致。')
  expect(onSubmit).toHaveBeenCalledWith('林晓华', '350102199003071234')
  expect(input('姓名').value).toBe('林晓华')
})

test('a cancelled face check asks to submit again', async () => {
  await renderForm(
    jest.fn(async (): Promise<SubmitResult> => ({ ok: false, error: { kind: 'face', reason: 'cancelled' } })),
  )
  typeInto('姓名', '林晓华')
  typeInto('身份证号', '350102199003071234')
  tap('下一步：人脸核验')

  await waitForText('人脸核验已取消，请重新提交后完成核验。')
})

test('a face the bureau finds is not the person says so, with what to do', async () => {
  await renderForm(
    jest.fn(async (): Promise<SubmitResult> => ({
      ok: false,
      error: { kind: 'business', code: 'FACE_FAILED', message: '人脸核验未通过' },
    })),
  )
  typeInto('姓名', '林晓华')
  typeInto('身份证号', '350102199003071234')
  tap('下一步：人脸核验')

  await waitForText('人脸核验未通过：核验结果显示不是本人。')
})

test('while verifying, the button says each wait instead of its label', async () => {
  await render(<VerifyForm today={TODAY} busy faceSimulated={false} onSubmit={jest.fn()} />)
  expect(screenText()).toContain('正在核对姓名和身份证号…')
  expect(screenText()).not.toContain('下一步：人脸核验')
  await render(<VerifyForm today={TODAY} busy stage='face' faceSimulated={false} onSubmit={jest.fn()} />)
  expect(screenText()).toContain('正在进行人脸核验，请按微信提示完成…')
  await render(
    <VerifyForm today={TODAY} busy stage='confirming' faceSimulated={false} onSubmit={jest.fn()} />,
  )
  expect(screenText()).toContain('正在确认人脸核验结果…')
})
