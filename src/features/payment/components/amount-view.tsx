/**
 * Step 4: the itemised bill in fen, the fiscal subsidy apart as information,
 * when cover starts, and the notice to acknowledge before 确认支付.
 */
import { View, Text } from '@tarojs/components'
import { formatChineseDate } from '../../../domain/chinese-date'
import { formatYuan } from '../../../domain/money'
import type { Quote } from '../../../domain/quote'
import { FoldInCareMode } from '../../care-mode/fold-in-care-mode'
import { ActionButton } from './action-button'
import { InfoRows } from './info-rows'
import { NoticePanel } from './status-panel'

interface AmountViewProps {
  quote: Quote
  regionName: string
  acknowledged: boolean
  busy: boolean
  onAcknowledge(value: boolean): void
  onPay(): void
}

const NOTICE_LINES = [
  '缴费成功后，费用由医保部门按规定使用，一般不予退还。',
  '请确认参保地与缴费年度无误；一年只需在一个地区缴费。',
  '缴费结果以医保部门查询结果为准，电子凭证可在“缴费记录”中查看。',
]

export function AmountView({ quote, regionName, acknowledged, busy, onAcknowledge, onPay }: AmountViewProps) {
  const { coverage } = quote
  return (
    <View>
      <View className='card'>
        <Text className='card-title'>缴费明细（{quote.benefitYear}年度）</Text>
        <FoldInCareMode label='缴费明细'>
          <InfoRows
            rows={[
              ...quote.lines.map((line) => ({ label: line.label, value: `${formatYuan(line.amountFen)} 元` })),
              { label: '应缴金额', value: `${formatYuan(quote.payableFen)} 元`, emphasis: true },
            ]}
          />
        </FoldInCareMode>
        <View className='amount-total' ariaLabel={`应缴金额 ${formatYuan(quote.payableFen)} 元`}>
          <Text className='amount-figure'>{formatYuan(quote.payableFen)}</Text>
          <Text className='amount-unit'>元</Text>
        </View>
      </View>
      <View className='card'>
        <InfoRows
          rows={[
            { label: '参保地', value: regionName },
            { label: '待遇起始日期', value: formatChineseDate(coverage.start) },
          ]}
        />
        <FoldInCareMode label='政府补助'>
          <InfoRows rows={[{ label: '政府补助标准（人均）', value: `${formatYuan(quote.governmentSubsidyFen)} 元` }]} />
          <Text className='hint'>政府补助由财政直接拨付医保基金，不需要您支付，仅供了解。</Text>
        </FoldInCareMode>
      </View>
      {coverage.reason === 'outside-window' && (
        <NoticePanel
          tone='warn'
          title={`现在缴费需等待 ${coverage.waitingMonths} 个月`}
          detail={`已过集中缴费期，按规定设置 ${coverage.waitingMonths} 个月等待期，${formatChineseDate(coverage.start)} 起才能享受医保待遇。`}
        />
      )}
      <View className='card'>
        <Text className='card-title'>缴费须知</Text>
        {NOTICE_LINES.map((line, index) => (
          <Text key={line} className='paragraph'>
            {index + 1}. {line}
          </Text>
        ))}
        <View
          className={`check ${acknowledged ? 'check-on' : ''}`}
          ariaRole='checkbox'
          ariaChecked={acknowledged}
          tabIndex={0}
          onClick={() => onAcknowledge(!acknowledged)}
        >
          <Text className='check-box'>{acknowledged ? '☑' : '☐'}</Text>
          <Text>我已阅读并知晓缴费须知</Text>
        </View>
      </View>
      {!acknowledged && <Text className='hint'>请先阅读并勾选缴费须知，再确认支付。</Text>}
      <ActionButton
        label={`确认支付 ${formatYuan(quote.payableFen)} 元`}
        disabled={!acknowledged}
        busy={busy}
        busyLabel='正在发起支付…'
        onTap={onPay}
      />
    </View>
  )
}
