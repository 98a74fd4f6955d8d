/**
 * Past payments, newest first; each opens its receipt. A record is named by
 * what it shows (no aria-label that could differ from the visible text, which
 * voice control users say aloud); amounts, dates and 查看凭证 never break inside.
 */
import { View, Text } from '@tarojs/components'
import { formatYuan } from '../../../domain/money'
import type { PaymentRecord } from '../../../services/model'
import { KeepTogether } from '../../../ui/keep-together'
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
          onClick={() => onOpen(record.receiptNo)}
        >
          <View className='row'>
            <Text className='row-label'>
              <KeepTogether text={`${record.benefitYear}年度 · ${record.maskedInsuredName}`} />
            </Text>
            <Text className='row-value'>
              <KeepTogether text={`${formatYuan(record.amountFen)} 元`} />
            </Text>
          </View>
          <Text className='hint'>
            <KeepTogether text={`${record.regionName} · ${record.paidAt} · `} />
            <Text className='nowrap'>
              查看凭证
              <Text ariaHidden> ›</Text>
            </Text>
          </Text>
        </View>
      ))}
    </View>
  )
}
