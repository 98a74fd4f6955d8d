/**
 * Step 1: name and ID number, checked here field by field before anything is
 * sent; then the face check and the bureau's identity check.
 */
import { View, Text } from '@tarojs/components'
import { useState } from 'react'
import { checkIdentityFields } from '../../../domain/identity-fields'
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
    if (!result.ok) setErrors({ form: verifyErrorText(result.error) })
  }

  return (
    <View className='card'>
      <Field
        label='姓名'
        placeholder='请输入身份证上的姓名'
        value={name}
        error={errors.name}
        maxlength={40}
        onInput={(value) => setName(value)}
      />
      <Field
        label='身份证号'
        placeholder='请输入18位身份证号'
        value={idNumber}
        error={errors.idNumber}
        type='idcard'
        maxlength={18}
        onInput={(value) => setIdNumber(value)}
      />
      {errors.form && (
        <Text className='form-error' ariaRole='alert'>
          {errors.form}
        </Text>
      )}
      <Text className='hint'>提交后将进行人脸核验，请确保是本人操作。</Text>
      <ActionButton label='下一步：人脸核验' busy={busy} busyLabel='正在核验身份，请稍候…' onTap={() => void submit()} />
    </View>
  )
}

function verifyErrorText(error: VerifyError): string {
  if (error.kind === 'face') {
    return error.reason === 'cancelled' ? '人脸核验已取消，请重新提交。' : '人脸核验未通过，请在光线充足处重试。'
  }
  return gatewayErrorSentence(error)
}
