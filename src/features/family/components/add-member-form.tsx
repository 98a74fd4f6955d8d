/**
 * Adds a 常用缴费人: name and ID number checked as in step 1, and one of the
 * eight near-relative kinds, checked against the two birth dates. The name and
 * number go to the bureau once; the app keeps the token and masked display.
 */
import { View, Text } from '@tarojs/components'
import { useState } from 'react'
import {
  RELATION_LABELS,
  RELATION_PROBLEM_MESSAGES,
  RELATIONS,
  relationProblem,
  type Relation,
} from '../../../domain/family'
import { checkIdentityFields } from '../../../domain/identity-fields'
import { ID_NUMBER_INPUT_MAXLENGTH } from '../../../domain/id-number'
import { PERSON_NAME_MAX_LENGTH } from '../../../domain/person-name'
import { gatewayErrorSentence } from '../../../services/gateway-errors'
import { ActionButton } from '../../../ui/action-button'
import { Field } from '../../../ui/field'
import type { AddMemberResult } from '../store/family-store'
import { ChoiceRow } from './check-row'
import '../family.css'

interface AddMemberFormProps {
  today: string
  payerBirthDate: string
  onSubmit(input: { name: string; idNumber: string; relation: Relation }): Promise<AddMemberResult>
}

interface Errors {
  name?: string
  idNumber?: string
  relation?: string
  form?: string
}

export function AddMemberForm({ today, payerBirthDate, onSubmit }: AddMemberFormProps) {
  const [name, setName] = useState('')
  const [idNumber, setIdNumber] = useState('')
  const [relation, setRelation] = useState<Relation | undefined>()
  const [errors, setErrors] = useState<Errors>({})
  const [busy, setBusy] = useState(false)

  // A corrected field loses its error (and the bureau's answer about the pair) at once, as on step 1.
  const changeName = (value: string) => {
    setName(value)
    setErrors(({ name: _name, form: _form, ...rest }) => rest)
  }
  const changeIdNumber = (value: string) => {
    setIdNumber(value)
    setErrors(({ idNumber: _idNumber, relation: _relation, form: _form, ...rest }) => rest)
  }

  async function submit() {
    const checked = checkIdentityFields(name, idNumber, today)
    const problem =
      checked.id && relation ? relationProblem(relation, payerBirthDate, checked.id.birthDate) : undefined
    setErrors({
      ...(checked.ok ? {} : checked.errors),
      relation: !relation ? '请选择与您的关系' : problem ? RELATION_PROBLEM_MESSAGES[problem] : undefined,
    })
    if (!checked.ok || !relation || problem) return
    setBusy(true)
    const result = await onSubmit({ name: checked.name, idNumber: checked.id.value, relation })
    setBusy(false)
    if (result.ok) return
    if (result.error.kind === 'limit') {
      setErrors({ form: '常用缴费人已满 5 人，请先删除一位再添加。' })
      return
    }
    setErrors({ form: gatewayErrorSentence(result.error) })
  }

  return (
    <View className='card'>
      <Field
        label='姓名'
        placeholder='请输入缴费人身份证上的姓名'
        value={name}
        error={errors.name}
        maxlength={PERSON_NAME_MAX_LENGTH}
        limitNote={`姓名最多${PERSON_NAME_MAX_LENGTH}个字`}
        onInput={changeName}
      />
      <Field
        label='身份证号'
        placeholder='请输入缴费人的18位身份证号'
        value={idNumber}
        error={errors.idNumber}
        type='idcard'
        maxlength={ID_NUMBER_INPUT_MAXLENGTH}
        onInput={changeIdNumber}
      />
      <View ariaRole='radiogroup' ariaLabel='与您的关系'>
        <Text className='field-label'>与您的关系</Text>
        <View className='relation-grid'>
          {RELATIONS.map((candidate) => (
            <ChoiceRow
              key={candidate}
              title={RELATION_LABELS[candidate]}
              selected={relation === candidate}
              onChoose={() => setRelation(candidate)}
            />
          ))}
        </View>
      </View>
      {errors.relation && (
        <Text className='field-error' ariaRole='alert'>
          {errors.relation}
        </Text>
      )}
      {errors.form && (
        <Text className='form-error' ariaRole='alert'>
          {errors.form}
        </Text>
      )}
      <Text className='hint'>身份信息仅用于向医保部门核验，添加后只显示部分号码。</Text>
      <ActionButton label='保存缴费人' busy={busy} busyLabel='正在保存…' onTap={() => void submit()} />
    </View>
  )
}
