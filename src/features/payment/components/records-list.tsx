/** Past payments, newest first; each opens its receipt. */
import { View, Text } from '@tarojs/components'
import { formatYuan } from '../../../domain/money'
import type { PaymentRecord } from '../../../services/model'
import { NoticePanel } from '../../../ui/status-panel'

interface RecordsListProps {
  records: PaymentRecord[]
  onOpen(receiptNo: string): void
}

export function RecordsList({ records, onOpen }: RecordsListProps) {
  if (records.length === 0) {
    return <NoticePanel title='暂无缴费记录' detail='通过本程序缴费后，记录和电子凭证会显示在这里。' />
  }
  const newestFirst = [...records].sort((a, b) => b.paidAt.localeCompare(a.paidAt))
  return (
    <View>
      {newestFirst.map((record) => (
        <View
          key={record.receiptNo}
          className='card record'
          ariaRole='button'
          tabIndex={0}
          ariaLabel={`${record.benefitYear}年度 ${record.maskedInsuredName} ${formatYuan(record.amountFen)}元，查看凭证`}
          onClick={() => onOpen(record.receiptNo)}
        >
          <View className='row'>
            <Text className='row-label'>{record.benefitYear}年度 · {record.maskedInsuredName}</Text>
            <Text className='row-value'>{formatYuan(record.amountFen)} 元</Text>
          </View>
          <Text className='hint'>
            {record.regionName} · {record.paidAt} · 查看凭证 ›
          </Text>
        </View>
      ))}
    </View>
  )
}
