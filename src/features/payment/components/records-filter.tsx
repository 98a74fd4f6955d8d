/**
 * The records page's filter by insured member: everyone, the resident, or one
 * of the relatives they paid for (known by member token, shown masked).
 * Offered only when the records name more than one person.
 */
import { View, Text } from '@tarojs/components'
import { ariaBoolean } from '../../../ui/aria'
import type { PaymentRecord } from '../../../services/model'

/** 'all', 'self', or a member token. */
export type RecordsFilterKey = string

export const SELF = 'self'
export const ALL = 'all'

const keyOf = (record: PaymentRecord): string => record.memberToken ?? SELF

export function filterRecords(records: PaymentRecord[], key: RecordsFilterKey): PaymentRecord[] {
  return key === ALL ? records : records.filter((record) => keyOf(record) === key)
}

export function filterOptions(records: PaymentRecord[]): Array<{ key: RecordsFilterKey; label: string }> {
  const options = new Map<string, string>()
  for (const record of records) {
    const key = keyOf(record)
    if (!options.has(key))
      options.set(key, key === SELF ? `本人（${record.maskedInsuredName}）` : record.maskedInsuredName)
  }
  return options.size > 1
    ? [{ key: ALL, label: '全部' }, ...[...options].map(([key, label]) => ({ key, label }))]
    : []
}

interface RecordsFilterProps {
  records: PaymentRecord[]
  chosen: RecordsFilterKey
  onChoose(key: RecordsFilterKey): void
}

export function RecordsFilter({ records, chosen, onChoose }: RecordsFilterProps) {
  const options = filterOptions(records)
  if (options.length === 0) return null
  return (
    <View className='filter' ariaRole='radiogroup' ariaLabel='按参保人筛选'>
      {options.map((option) => (
        <View
          key={option.key}
          className={`filter-chip ${option.key === chosen ? 'filter-chip-on' : ''}`}
          ariaRole='radio'
          ariaChecked={ariaBoolean(option.key === chosen)}
          tabIndex={0}
          onClick={() => onChoose(option.key)}
        >
          <Text>{option.key === chosen ? `✓ ${option.label}` : option.label}</Text>
        </View>
      ))}
    </View>
  )
}
