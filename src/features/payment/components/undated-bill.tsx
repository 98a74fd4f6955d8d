/**
 * What the year would cost where the window was not sourced: the itemised
 * amounts, said plainly to be for reference since no cover dates can be given.
 */
import { View, Text } from '@tarojs/components'
import { formatYuan } from '../../../domain/money'
import type { UndatedBill } from '../../../domain/quote'
import { InfoRows } from '../../../ui/info-rows'
import { KeepTogether } from '../../../ui/keep-together'
import { GRADE_C_NOTE } from '../copy/coverage-copy'

export function UndatedBillRows({ bill }: { bill: UndatedBill }) {
  return (
    <View>
      <Text className='hint'>
        <KeepTogether text={`按当地${bill.benefitYear}年度标准，您的缴费金额如下（仅供参考）：`} />
      </Text>
      <InfoRows
        rows={[
          ...bill.lines.map((line) => ({ label: line.label, value: `${formatYuan(line.amountFen)} 元` })),
          { label: '个人应缴', value: `${formatYuan(bill.payableFen)} 元`, emphasis: true },
        ]}
      />
      {bill.gradeC && <Text className='hint'>{GRADE_C_NOTE}</Text>}
    </View>
  )
}
