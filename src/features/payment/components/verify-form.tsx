/**
 * Step 1: name and ID number, checked here field by field before anything is
 * sent; then the two-phase face verification (the bureau starts it with the
 * name and ID, the face check runs, the bureau confirms its result), with each
 * wait said on the button. A field's error
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
import type { VerifyError, VerifyStage } from '../../../services/payment-service'
import type { FaceCheckFailure } from '../../../services/ports'
import { ActionButton } from '../../../ui/action-button'
import { PrimaryActionBar } from '../../../ui/primary-action-bar'
import { Field } from '../../../ui/field'

interface VerifyFormProps {
  today: string
  busy: boolean
  /** What the verification waits for now, said on the busy button. */
  stage?: VerifyStage
  /** This build simulates the face check (demo, sandbox): the hint and the busy button say so. */
  faceSimulated: boolean
  onSubmit(name: string, idNumber: string): Promise<{ ok: true } | { ok: false; error: VerifyError }>
}

interface FieldErrors {
  name?: string
  idNumber?: string
  form?: string
}

export function VerifyForm({ today, busy, stage, faceSimulated, onSubmit }: VerifyFormProps) {
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
      <Text className='hint'>
        {/* A release build writes its variant as a literal: the minifier then drops the 模拟 copy
            (test/weapp/release-bundle.test.ts). Written out at each use so that it folds. */}
        {process.env.TARO_APP_VARIANT !== 'release' && faceSimulated ? SIMULATED_FACE_HINT : WECHAT_FACE_HINT}
      </Text>
      <PrimaryActionBar>
        <ActionButton
          label='下一步：人脸核验'
          busy={busy}
          busyLabel={stageText(stage, faceSimulated)}
          onTap={() => void submit()}
        />
      </PrimaryActionBar>
    </View>
  )
}

const WECHAT_FACE_HINT =
  '提交后，医保部门核对姓名和身份证号，微信随即打开人脸核验，请本人正对手机完成；核验结果由医保部门确认。身份证号只发送给医保部门。'
const SIMULATED_FACE_HINT =
  '人脸核验为模拟：本演示版本不打开摄像头。提交后，医保部门核对姓名和身份证号，模拟的人脸核验随即完成，再由医保部门确认核验结果。'

/** The busy button, for each wait of the two-phase verification. */
function stageText(stage: VerifyStage | undefined, faceSimulated: boolean): string {
  switch (stage) {
    case 'face':
      return process.env.TARO_APP_VARIANT !== 'release' && faceSimulated
        ? '正在进行人脸核验（模拟，不打开摄像头）…'
        : '正在进行人脸核验，请按微信提示完成…'
    case 'confirming':
      return '正在确认人脸核验结果…'
    default:
      return '正在核对姓名和身份证号…'
  }
}

/** The face check did not finish on this phone: nothing was confirmed, and the next submit starts afresh. */
const FACE_NOT_FINISHED: Record<FaceCheckFailure, string> = {
  cancelled: '人脸核验已取消，请重新提交后完成核验。',
  failed: '人脸核验未能完成（相机或网络异常），请重新提交。',
  unsupported: '当前微信版本不支持人脸核验，请将微信升级到最新版本后重试。',
}

function verifyErrorText(error: VerifyError): string {
  return error.kind === 'face' ? FACE_NOT_FINISHED[error.reason] : gatewayErrorSentence(error)
}
