/** Step 6: the e-receipt, or its pending state while the bureau issues it. */
import { View, Text } from '@tarojs/components'
import { formatChineseDate } from '../../../domain/chinese-date'
import { formatYuan } from '../../../domain/money'
import { receiptQrPayload } from '../../../domain/receipt-code'
import type { ReceiptStatus } from '../../../services/model'
import { ActionButton } from '../../../ui/action-button'
import { InfoRows } from '../../../ui/info-rows'
import { NoticePanel } from '../../../ui/status-panel'
import { ReceiptQr } from './receipt-qr'
import { SaveReceiptImage } from './save-receipt-image'

interface ReceiptViewProps {
  response: ReceiptStatus
  onRefresh(): void
}

export function ReceiptView({ response, onRefresh }: ReceiptViewProps) {
  if (response.status === 'pending') {
    return (
      <View>
        <NoticePanel
          tone='ok'
          title='缴费成功，电子凭证生成中'
          detail={`凭证号 ${response.receiptNo}。医保部门通常在 1 个工作日内出具电子凭证，请不要重复缴费，稍后在“缴费记录”中查看。`}
        />
        <ActionButton label='刷新凭证状态' kind='secondary' onTap={onRefresh} />
      </View>
    )
  }
  const { receipt } = response
  return (
    <View className='card receipt'>
      <Text className='card-title'>城乡居民基本医疗保险缴费电子凭证</Text>
      <View className='amount-total nowrap' ariaLabel={`缴费金额 ${formatYuan(receipt.amountFen)} 元`}>
        <Text className='amount-figure'>{formatYuan(receipt.amountFen)}</Text>
        <Text className='amount-unit'>元</Text>
      </View>
      {receipt.lines && (
        // What was paid, item by item: 补缴 back-years beside the year's own standard.
        <View className='receipt-lines' ariaLabel='缴费明细'>
          <Text className='panel-title'>缴费明细（{receipt.benefitYear}年度）</Text>
          <InfoRows
            rows={receipt.lines.map((line) => ({
              label: line.label,
              value: `${formatYuan(line.amountFen)} 元`,
            }))}
          />
        </View>
      )}
      <InfoRows
        rows={[
          { label: '凭证号', value: receipt.receiptNo },
          { label: '校验码', value: receipt.verificationCode },
          { label: '参保人', value: receipt.maskedInsuredName },
          { label: '身份证号', value: receipt.maskedInsuredIdNumber },
          { label: '缴费人', value: receipt.maskedPayerName },
          { label: '缴费年度', value: `${receipt.benefitYear}年度` },
          { label: '待遇起始日期', value: formatChineseDate(receipt.coverageStart) },
          { label: '参保地', value: receipt.regionName },
          { label: '缴费时间', value: receipt.paidAt },
          { label: '出具单位', value: receipt.issuer },
        ]}
      />
      <ReceiptQr payload={receiptQrPayload(receipt.receiptNo, receipt.verificationCode)} />
      <Text className='hint'>
        凭二维码或凭证号、校验码可在医保经办机构或本小程序的“查验凭证”中核验本凭证。
      </Text>
      <SaveReceiptImage receipt={receipt} />
    </View>
  )
}
