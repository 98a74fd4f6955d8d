/**
 * Step 3: the insurance type and the resident's category, with the benefit
 * year; where the region publishes them, what 灵活就业人员 would pay in
 * employee insurance, side by side for comparison.
 */
import { View, Text } from '@tarojs/components'
import { formatYuan } from '../../../domain/money'
import { standardFen, type Quote } from '../../../domain/quote'
import { CATEGORY_LABELS } from '../../../domain/region-rules'
import type { EnrolmentRecord } from '../../../services/model'
import type { FlexibleOffer, QuoteProblem } from '../../../services/rules'
import { quoteProblemText } from '../copy/quote-problem-copy'
import { ActionButton } from '../../../ui/action-button'
import { FlexibleEmploymentCard } from './flexible-employment-card'
import { UndatedBillRows } from './undated-bill'

interface PlanViewProps {
  record: EnrolmentRecord
  /** Absent when resident insurance cannot be paid here (quoteProblem says why). */
  quote?: Quote
  quoteProblem?: QuoteProblem
  flexibleOffer?: FlexibleOffer
  onNext(): void
  onHome(): void
}

export function PlanView({ record, quote, quoteProblem, flexibleOffer, onNext, onHome }: PlanViewProps) {
  const standard = quote && standardFen(quote)
  return (
    <View>
      <View className='card'>
        <Text className='card-title'>险种</Text>
        {quote ? (
          <View className='choice choice-selected' ariaRole='radio' ariaChecked>
            <Text className='choice-mark'>✓ 已选</Text>
            <Text className='choice-title'>城乡居民基本医疗保险</Text>
            <Text className='choice-detail'>
              {CATEGORY_LABELS[record.category]} · 个人缴费标准{' '}
              {standard !== undefined ? formatYuan(standard) : '—'} 元/年
            </Text>
          </View>
        ) : (
          <View className='choice'>
            <Text className='choice-title'>城乡居民基本医疗保险 · 暂不能在本程序缴费</Text>
            {quoteProblem && <Text className='choice-detail'>{quoteProblemText(quoteProblem)}</Text>}
            {quoteProblem?.kind === 'rule' && quoteProblem.undatedBill && (
              <UndatedBillRows bill={quoteProblem.undatedBill} />
            )}
          </View>
        )}
        <Text className='hint'>人员类别由参保地医保部门核定，如需变更请联系当地医保经办机构。</Text>
      </View>
      {quote && (
        <View className='card'>
          <Text className='card-title'>待遇年度</Text>
          <Text className='paragraph'>
            {quote.benefitYear}年度（{quote.benefitYear}年1月1日至{quote.benefitYear}年12月31日）
          </Text>
        </View>
      )}
      {quote && <ActionButton label='下一步：核对金额' onTap={onNext} />}
      {/* The comparison comes after the way on: it is for the few who work flexibly. */}
      {flexibleOffer && <FlexibleEmploymentCard offer={flexibleOffer} />}
      {/* Nothing to pay here: the way out, instead of a dead end. */}
      {!quote && <ActionButton label='返回首页' kind='secondary' onTap={onHome} />}
    </View>
  )
}
