/** What the bureau said of the receipt, in words a counter clerk or the resident can act on. */
import { View, Text } from '@tarojs/components'
import { formatChineseDate } from '../../../domain/chinese-date'
import { formatYuan } from '../../../domain/money'
import { describeGatewayError } from '../../../services/gateway-errors'
import { InfoRows, NoticePanel } from '../../../ui'
import type { CheckState } from '../check-state'

interface CheckResultProps {
  state: Exclude<CheckState, { kind: 'checking' }>
  /** Seconds until the bureau takes another check (rate-limited). */
  waitSeconds: number
}

export function CheckResult({ state, waitSeconds }: CheckResultProps) {
  switch (state.kind) {
    case 'idle':
      return null
    case 'valid': {
      const { receipt } = state
      return (
        <View className='panel panel-ok' ariaRole='status'>
          <Text className='panel-title'>凭证有效</Text>
          <Text className='panel-detail'>这张电子凭证由医保部门出具，信息如下（姓名已隐去部分）：</Text>
          <InfoRows
            rows={[
              { label: '凭证号', value: receipt.receiptNo },
              { label: '参保人', value: receipt.maskedInsuredName },
              { label: '缴费人', value: receipt.maskedPayerName },
              { label: '缴费金额', value: `${formatYuan(receipt.amountFen)} 元`, emphasis: true },
              { label: '缴费年度', value: `${receipt.benefitYear}年度` },
              { label: '缴费日期', value: formatChineseDate(receipt.paidOn) },
              { label: '出具单位', value: receipt.issuer },
            ]}
          />
        </View>
      )
    }
    case 'not-found':
      return (
        <View ariaRole='alert'>
          <NoticePanel
            tone='warn'
            title='未查到这张凭证'
            detail='凭证号或校验码不正确，或凭证不是医保部门出具的。请与凭证逐位核对后再查；仍有疑问请拨打 12393。'
          />
        </View>
      )
    case 'rate-limited':
      return (
        <View ariaRole='alert'>
          <NoticePanel
            tone='warn'
            title='查验过于频繁'
            detail={
              waitSeconds > 0
                ? `为防止凭证号被试探，查验次数有限制。请在 ${waitSeconds} 秒后再查验。`
                : '现在可以再次查验。'
            }
          />
        </View>
      )
    case 'unreachable':
      return (
        <View ariaRole='alert'>
          <NoticePanel
            tone='warn'
            title='未能连接医保系统'
            detail='请检查手机网络后再点“查验”。已填写的凭证号和校验码不会丢失。'
          />
        </View>
      )
    case 'failed': {
      const advice = describeGatewayError(state.error)
      return (
        <View ariaRole='alert'>
          <NoticePanel tone='warn' title={advice.title} detail={advice.detail} />
        </View>
      )
    }
  }
}
