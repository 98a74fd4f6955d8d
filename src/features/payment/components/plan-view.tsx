/**
 * Step 3: the insurance type and the resident's category, with the benefit
 * year; the region's tiers (a choice) and age bands side by side, each with
 * what it costs; where the region publishes them, what 灵活就业人员 would pay in
 * employee insurance, side by side for comparison. A record whose resident
 * insurance cannot be paid here was told so on step 2, where it was chosen;
 * it comes here for the comparison only.
 */
import { View, Text } from '@tarojs/components'
import { formatYuan } from '../../../domain/money'
import { standardFen, type Quote } from '../../../domain/quote'
import { CATEGORY_LABELS } from '../../../domain/region-rules'
import type { EnrolmentRecord } from '../../../services/model'
import type { FlexibleOffer } from '../../../services/rules'
import { ActionButton } from '../../../ui/action-button'
import { KeepTogether } from '../../../ui/keep-together'
import { PrimaryActionBar } from '../../../ui/primary-action-bar'
import { FlexibleEmploymentCard } from './flexible-employment-card'
import { PlanOptions } from './plan-options'
import { GRADE_C_NOTE } from '../copy/coverage-copy'

interface PlanViewProps {
  record: EnrolmentRecord
  /** Absent when resident insurance cannot be paid here (step 2 said why): the comparison alone. */
  quote?: Quote
  flexibleOffer?: FlexibleOffer
  onChooseTier(tierId: string): void
  onNext(): void
  onHome(): void
}

export function PlanView({ record, quote, flexibleOffer, onChooseTier, onNext, onHome }: PlanViewProps) {
  if (!quote) {
    return (
      <View>
        {flexibleOffer && <FlexibleEmploymentCard offer={flexibleOffer} />}
        {/* Nothing to pay here: the way out, instead of a dead end. */}
        <PrimaryActionBar>
          <ActionButton label='返回首页' kind='secondary' onTap={onHome} />
        </PrimaryActionBar>
      </View>
    )
  }
  const standard = standardFen(quote)
  return (
    <View>
      <View className='card'>
        <Text className='card-title'>险种</Text>
        <View className='choice choice-selected' ariaRole='radio' ariaChecked='true'>
          <Text className='choice-mark'>✓ 已选</Text>
          <Text className='choice-title'>城乡居民基本医疗保险</Text>
          <Text className='choice-detail'>
            <KeepTogether
              text={`${CATEGORY_LABELS[record.category]} · 个人缴费标准 ${standard !== undefined ? formatYuan(standard) : '—'} 元/年`}
            />
          </Text>
        </View>
        <Text className='hint'>人员类别由参保地医保部门核定，如需变更请联系当地医保经办机构。</Text>
        {quote.gradeC && <Text className='hint'>{GRADE_C_NOTE}</Text>}
      </View>
      <PlanOptions
        options={quote.planOptions}
        benefitYear={quote.benefitYear}
        longTermCareFen={quote.lines.find((line) => line.kind === 'long-term-care')?.amountFen}
        onChooseTier={onChooseTier}
      />
      <View className='card'>
        <Text className='card-title'>待遇年度</Text>
        <Text className='paragraph'>
          <KeepTogether
            text={`${quote.benefitYear}年度（${quote.benefitYear}年1月1日至${quote.benefitYear}年12月31日）`}
          />
        </Text>
      </View>
      <PrimaryActionBar>
        <ActionButton label='下一步：核对金额' onTap={onNext} />
      </PrimaryActionBar>
      {/* The comparison comes after the way on: it is for the few who work flexibly. */}
      {flexibleOffer && <FlexibleEmploymentCard offer={flexibleOffer} />}
    </View>
  )
}
