/**
 * Step 1: name and ID number, checked here field by field before anything is
 * sent; then the face check and the bureau's identity check. A field's error
 * goes as soon as that field changes (it is checked again on the next submit,
 * not while typing). Once verified the form empties itself: Taro keeps this
 * page mounted, hidden, under the next steps, and the raw name and ID must not
 * stay in it.
 */
import { View, Text } from '@tarojs/components'
import { useState } from 'react'
import { ID_NUMBER_INPUT_MAXLENGTH } from '../../../domain/id-number'
import { checkIdentityFields } from '../../../domain/identity-fields'
import { PERSON_NAME_MAX_LENGTH } from '../../../domain/person-name'
import { gatewayErrorSentence } from '../../../services/gateway-errors'
import type { VerifyError } from '../../../services/payment-service'
import { ActionButton } from '../../../ui/action-button'
import { Field } from '../../../ui/field'

interface VerifyFormProps {
  today: string
  busy: boolean
  onSubmit(name: string, idNumber: string): Promise<{ ok: true } | { ok: false; error: VerifyError }>
}

interface FieldErrors {
  name?: string
  idNumber?: string
  form?: string
}

export function VerifyForm({ today, busy, onSubmit }: VerifyFormProps) {
  const [name, setName] = useState('')
  const [idNumber, setIdNumber] = useState('')
  const [errors, setErrors] = useState<FieldErrors>({})

  async function submit() {
    const checked = checkIdentityFields(name, idNumber, today)
    setErrors(checked.ok ? {} : checked.errors)
    if (!checked.ok) return
    setIdNumber(checked.id.value)
    const result = await onSubmit(checked.name, checked.id.value)
    if (!result.ok) {
      setErrors({ form: verifyErrorText(result.error) })
      return
    }
    setName('')
    setIdNumber('')
    setErrors({})
  }

  /** A changed field loses its own error, and the form's (which was about both). */
  function change(field: 'name' | 'idNumber', value: string) {
    if (field === 'name') setName(value)
    else setIdNumber(value)
    setErrors((previous) =>
      previous[field] || previous.form ? { ...previous, [field]: undefined, form: undefined } : previous,
    )
  }

  return (
    <View className='card'>
      <Field
        label='姓名'
        placeholder='请输入身份证上的姓名'
        value={name}
        error={errors.name}
        maxlength={PERSON_NAME_MAX_LENGTH}
        limitNote={`姓名最多${PERSON_NAME_MAX_LENGTH}个字`}
        onInput={(value) => change('name', value)}
      />
      <Field
        label='身份证号'
        placeholder='请输入18位身份证号'
        value={idNumber}
        error={errors.idNumber}
        type='idcard'
        maxlength={ID_NUMBER_INPUT_MAXLENGTH}
        onInput={(value) => change('idNumber', value)}
      />
      {errors.form && (
        <Text className='form-error' ariaRole='alert'>
          {errors.form}
        </Text>
      )}
      {/* Every build wires the simulated face check (src/platform/mock-face-check.ts): say so until a real one is wired. */}
      <Text className='hint'>
        人脸核验为模拟：本演示版本不打开摄像头，提交后模拟核验通过，再向医保部门核对姓名和身份证号。
      </Text>
      <ActionButton
        label='下一步：人脸核验'
        busy={busy}
        busyLabel='正在核验身份（人脸核验为模拟），请稍候…'
        onTap={() => void submit()}
      />
    </View>
  )
}

function verifyErrorText(error: VerifyError): string {
  if (error.kind === 'face') {
    return error.reason === 'cancelled'
      ? '人脸核验已取消，请重新提交。'
      : '人脸核验未通过，请在光线充足处重试。'
  }
  return gatewayErrorSentence(error)
}
