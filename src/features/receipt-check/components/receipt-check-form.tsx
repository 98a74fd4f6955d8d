/**
 * 查验凭证: scan the receipt's QR code, or type its number and verification
 * code; then what the bureau says. Nothing here needs the resident to sign in.
 */
import { View, Text } from '@tarojs/components'
import { ActionButton, Field, LoadingPanel, PrimaryActionBar } from '../../../ui'
import { SCAN_LABEL } from '../../../platform/scan-code'
import { useSecondsUntil } from '../../payment'
import { useReceiptCheck } from '../use-receipt-check'
import { CheckResult } from './check-result'

export function ReceiptCheckForm() {
  const form = useReceiptCheck()
  const { state } = form
  const waitSeconds = useSecondsUntil(state.kind === 'rate-limited' ? state.retryAt : undefined)
  return (
    <View className='receipt-check'>
      <Text className='hint'>
        凭证上的二维码，或凭证号和校验码，可以查验这张电子凭证是否由医保部门出具。无需登录。
      </Text>
      <ActionButton label={SCAN_LABEL} kind='secondary' onTap={() => void form.scan()} />
      {form.scanProblem && (
        <Text className='field-error' ariaRole='alert'>
          {form.scanProblem}
        </Text>
      )}
      <Field
        label='凭证号'
        placeholder='如 FJ2026012345678901'
        value={form.input.receiptNo}
        error={form.problems.receiptNo}
        maxlength={20}
        onInput={form.setReceiptNo}
      />
      <Field
        label='校验码'
        placeholder='6 位字母或数字'
        value={form.input.verificationCode}
        error={form.problems.verificationCode}
        maxlength={6}
        onInput={form.setVerificationCode}
      />
      {state.kind === 'checking' ? (
        <LoadingPanel message='正在向医保部门查验…' />
      ) : (
        <CheckResult state={state} waitSeconds={waitSeconds} />
      )}
      <PrimaryActionBar>
        <ActionButton
          label={waitSeconds > 0 ? `请在 ${waitSeconds} 秒后再查验` : '查验'}
          disabled={waitSeconds > 0}
          busy={state.kind === 'checking'}
          busyLabel='查验中…'
          onTap={() => void form.check()}
        />
      </PrimaryActionBar>
    </View>
  )
}
