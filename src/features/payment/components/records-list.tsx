/**
 * Past payments, newest first; each opens its receipt. A record is named by
 * what it shows (no aria-label that could differ from the visible text, which
 * voice control users say aloud); amounts, dates and 查看凭证 never break inside.
 * Below each: whether it still covers its year (已参保, and 等待期至… when cover
 * starts later than the year's first day) or where its 退费申请 stands, and
 * 申请退费 while none was asked (one per payment); once 已退款 and nothing paid
 * since for that person and year, 重新缴纳 (the year is unpaid again).
 */
import { View, Text } from '@tarojs/components'
import { formatYuan } from '../../../domain/money'
import type { PaymentRecord } from '../../../services/model'
import { ActionButton } from '../../../ui/action-button'
import { KeepTogether } from '../../../ui/keep-together'
import { NoticePanel } from '../../../ui/status-panel'
import { isPayableAgain, recordStanding } from '../copy/refund-copy'
import '../refund.css'

interface RecordsListProps {
  records: PaymentRecord[]
  onOpen(receiptNo: string): void
  /** 申请退费 for a payment; without it the list offers none. */
  onRequestRefund?(receiptNo: string): void
  /** 重新缴费 for a refunded year nothing has paid since; without it the list offers none. */
  onPayAgain?(record: PaymentRecord): void
}

export function RecordsList({ records, onOpen, onRequestRefund, onPayAgain }: RecordsListProps) {
  if (records.length === 0) {
    return <NoticePanel title='暂无缴费记录' detail='通过本程序缴费后，记录和电子凭证会显示在这里。' />
  }
  const newestFirst = [...records].sort((a, b) => b.paidAt.localeCompare(a.paidAt))
  return (
    <View>
      {newestFirst.map((record) => {
        const standing = recordStanding(record)
        return (
          <View key={record.receiptNo} className='card record-card'>
            <View className='record' ariaRole='button' tabIndex={0} onClick={() => onOpen(record.receiptNo)}>
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
            <View className='record-standing'>
              <Text className={`badge badge-${standing.tone}`}>{standing.badge}</Text>
              {standing.waitingText && (
                <Text className='hint'>
                  <KeepTogether text={standing.waitingText} />
                </Text>
              )}
              {standing.detail && (
                <Text className='hint'>
                  <KeepTogether text={standing.detail} />
                </Text>
              )}
            </View>
            {standing.canRequestRefund && onRequestRefund && (
              <ActionButton
                label='申请退费'
                kind='secondary'
                onTap={() => onRequestRefund(record.receiptNo)}
              />
            )}
            {onPayAgain && isPayableAgain(record, records) && (
              <ActionButton label={`重新缴纳${record.benefitYear}年度`} onTap={() => onPayAgain(record)} />
            )}
          </View>
        )
      })}
    </View>
  )
}
