/**
 * 退费申请 for one payment: what is being refunded, the reason (one of four,
 * 其他 with a short note), where the money goes (back by the channel it came
 * in: no bank detail is asked) and what refunding costs (the year's cover).
 * Checked here before anything is sent; once the bureau has it, the form gives
 * way to its progress (已受理 → 审核中 → 已退款), and 缴费记录 follows it.
 */
import { View, Text } from '@tarojs/components'
import { useState } from 'react'
import { formatYuan } from '../../../domain/money'
import {
  REFUND_NOTE_MAX,
  REFUND_REASON_TEXT,
  REFUND_REASONS,
  refundNoteProblem,
  type RefundReason,
} from '../../../domain/refund'
import { gatewayErrorSentence } from '../../../services/gateway-errors'
import type { PaymentRecord, Refund } from '../../../services/model'
import { ActionButton } from '../../../ui/action-button'
import { ariaBoolean } from '../../../ui/aria'
import { Field } from '../../../ui/field'
import { InfoRows } from '../../../ui/info-rows'
import { KeepTogether } from '../../../ui/keep-together'
import { PrimaryActionBar } from '../../../ui/primary-action-bar'
import type { RefundRequest } from '../store/payment-store'
import {
  ORIGINAL_CHANNEL_TEXT,
  recordStanding,
  REFUND_CONSEQUENCE_TEXT,
  NOTE_PRIVACY_TEXT,
  REFUND_NOTE_ERROR,
  REFUND_STAGES,
} from '../copy/refund-copy'
import '../refund.css'

interface RefundFormProps {
  record: PaymentRecord
  /** The request being sent or answered for this payment, if any. */
  request?: RefundRequest
  onSubmit(reason: RefundReason, note: string): void
}

/** What the resident reads under each reason, so the right one is chosen. */
const REASON_HINT: Record<RefundReason, string> = {
  'paid-twice': '同一年度已通过其他渠道缴过费',
  'wrong-region': '缴到了不是本人参保地的地区',
  'already-covered': '本人已参加职工医保或在其他地方参保',
  other: '请在下方简要说明',
}

export function RefundForm({ record, request, onSubmit }: RefundFormProps) {
  const [reason, setReason] = useState<RefundReason | undefined>(undefined)
  const [note, setNote] = useState('')
  const [checked, setChecked] = useState(false)

  const sent = request?.receiptNo === record.receiptNo ? request : undefined
  const refund = record.refund ?? (sent?.result.status === 'ready' ? sent.result.data : undefined)
  if (refund) return <RefundProgress record={record} refund={refund} />

  const reasonError = checked && !reason ? '请选择退费原因' : undefined
  const noteProblem = checked && reason ? refundNoteProblem(reason, note) : undefined
  const sending = sent?.result.status === 'loading'

  function submit() {
    setChecked(true)
    if (!reason || refundNoteProblem(reason, note)) return
    onSubmit(reason, note)
  }

  return (
    <View className='card'>
      <InfoRows
        rows={[
          { label: '缴费年度', value: `${record.benefitYear}年度` },
          { label: '参保人', value: record.maskedInsuredName },
          { label: '缴费时间', value: record.paidAt },
          { label: '退费金额', value: `${formatYuan(record.amountFen)} 元`, emphasis: true },
        ]}
      />
      <Text className='card-title'>退费原因</Text>
      <View ariaRole='radiogroup' ariaLabel='退费原因'>
        {REFUND_REASONS.map((option) => {
          const selected = option === reason
          return (
            <View
              key={option}
              className={`choice ${selected ? 'choice-selected' : ''}`}
              ariaRole='radio'
              ariaChecked={ariaBoolean(selected)}
              tabIndex={0}
              onClick={() => setReason(option)}
            >
              {selected && <Text className='choice-mark'>✓ 已选</Text>}
              <Text className='choice-title'>{REFUND_REASON_TEXT[option]}</Text>
              <Text className='choice-detail'>{REASON_HINT[option]}</Text>
            </View>
          )
        })}
      </View>
      {reasonError && (
        <Text className='field-error' ariaRole='alert'>
          {reasonError}
        </Text>
      )}
      {reason && (
        <>
          <Field
            label={reason === 'other' ? '情况说明（必填）' : '情况说明（选填）'}
            placeholder={`${REFUND_NOTE_MAX} 字以内，请勿填写姓名、身份证号或手机号`}
            value={note}
            error={noteProblem && REFUND_NOTE_ERROR[noteProblem]}
            maxlength={REFUND_NOTE_MAX}
            limitNote={`说明最多 ${REFUND_NOTE_MAX} 字`}
            onInput={setNote}
          />
          <Text className='hint'>
            <KeepTogether text={NOTE_PRIVACY_TEXT} />
          </Text>
        </>
      )}
      <Text className='paragraph'>
        <KeepTogether text={ORIGINAL_CHANNEL_TEXT} />
      </Text>
      <Text className='hint'>
        <KeepTogether text={REFUND_CONSEQUENCE_TEXT} />
      </Text>
      {sent?.result.status === 'error' && (
        <Text className='form-error' ariaRole='alert'>
          {gatewayErrorSentence(sent.result.error)}
        </Text>
      )}
      <PrimaryActionBar>
        <ActionButton label='提交退费申请' busy={sending} busyLabel='正在提交退费申请…' onTap={submit} />
      </PrimaryActionBar>
    </View>
  )
}

/** Where a refund stands: the three stages with the reached ones marked, and what it means. */
function RefundProgress({ record, refund }: { record: PaymentRecord; refund: Refund }) {
  const standing = recordStanding({ ...record, refund })
  const reached = REFUND_STAGES.findIndex((stage) => stage.status === refund.status)
  // 未通过 ends the review: its first two stages were passed.
  const passed = refund.status === 'rejected' ? 1 : reached
  return (
    <View className={`panel panel-${standing.tone === 'warn' ? 'warn' : 'ok'}`} ariaRole='status'>
      <Text className='panel-title'>
        <KeepTogether text={refund.status === 'submitted' ? '退费申请已受理' : standing.badge} />
      </Text>
      <View className='refund-stages' ariaRole='list' ariaLabel='退费进度'>
        {REFUND_STAGES.map((stage, index) => (
          <Text
            key={stage.status}
            className={`refund-stage ${index <= passed ? 'refund-stage-done' : ''}`}
            ariaRole='listitem'
          >
            {index <= passed ? `✓ ${stage.label}` : stage.label}
          </Text>
        ))}
      </View>
      {standing.detail && (
        <Text className='panel-detail'>
          <KeepTogether text={standing.detail} />
        </Text>
      )}
    </View>
  )
}
