/** Label / value rows, as on a counter clerk's printout. */
import { View, Text } from '@tarojs/components'
import { KeepTogether } from './keep-together'

export interface InfoRow {
  label: string
  value: string
  emphasis?: boolean
}

export function InfoRows({ rows }: { rows: InfoRow[] }) {
  return (
    <View className='rows'>
      {rows.map((row) => (
        <View key={row.label} className={`row ${row.emphasis ? 'row-emphasis' : ''}`}>
          <Text className='row-label'>
            <KeepTogether text={row.label} />
          </Text>
          <Text className='row-value'>
            <KeepTogether text={row.value} />
          </Text>
        </View>
      ))}
    </View>
  )
}
