/**
 * Step 3's standards side by side, each with what it costs: a region's tiers
 * (档次), one of which the resident chooses (radios, like the back-year
 * choices), and its age bands (年龄段), which are not chosen: the band the
 * resident's age on 1 January gives is marked as theirs.
 */
import { View, Text } from '@tarojs/components'
import { formatYuan, type Fen } from '../../../domain/money'
import type { PlanOption } from '../../../domain/plan-options'
import { ariaBoolean } from '../../../ui/aria'
import { KeepTogether } from '../../../ui/keep-together'
import { planOptionCost, planOptionSpoken } from '../copy/plan-copy'

interface PlanOptionsProps {
  options: PlanOption[]
  benefitYear: number
  /** The 长护险 part each standard includes, where the region collects one with it. */
  longTermCareFen?: Fen
  /** The tier radios' group name: whose tiers they are, where the screen lists several people's. */
  groupLabel?: string
  onChooseTier(tierId: string): void
}

export function PlanOptions({
  options,
  benefitYear,
  longTermCareFen,
  groupLabel = '缴费档次',
  onChooseTier,
}: PlanOptionsProps) {
  const tiers = options.filter((option) => option.kind === 'tier')
  const bands = options.filter((option) => option.kind === 'age-band')
  return (
    <View>
      {tiers.length > 0 && (
        <View className='card'>
          <Text className='card-title'>选择缴费档次</Text>
          <Text className='hint'>
            当地设有 {tiers.length}{' '}
            个缴费档次，请选择其中一档。档次不同，个人缴费和报销待遇不同，详情可咨询当地医保经办机构。
          </Text>
          <View className='side-by-side' ariaRole='radiogroup' ariaLabel={groupLabel}>
            {tiers.map((tier) => (
              <View
                key={tier.id}
                className={`choice side-by-side-item ${tier.chosen ? 'choice-selected' : ''}`}
                ariaRole='radio'
                ariaChecked={ariaBoolean(tier.chosen)}
                tabIndex={0}
                onClick={() => {
                  if (!tier.chosen) onChooseTier(tier.id)
                }}
              >
                {tier.chosen && <Text className='choice-mark'>✓ 已选</Text>}
                <Text className='choice-title'>{tier.label}</Text>
                <Text className='plan-option-amount nowrap'>{formatYuan(tier.individualFen)} 元/年</Text>
                <PlanOptionDetail option={tier} />
              </View>
            ))}
          </View>
          {longTermCareFen !== undefined && (
            <Text className='hint'>
              <KeepTogether
                text={`每档均含长期护理保险 ${formatYuan(longTermCareFen)} 元/年，随医保一并缴纳。`}
              />
            </Text>
          )}
        </View>
      )}
      {bands.length > 0 && (
        <View className='card'>
          <Text className='card-title'>按年龄段确定的缴费标准</Text>
          <Text className='hint'>
            <KeepTogether text={`按${benefitYear}年1月1日的周岁年龄确定，不需要选择。`} />
          </Text>
          <View className='side-by-side' ariaRole='list'>
            {bands.map((band) => (
              <View
                key={band.id}
                className={`side-by-side-item ${band.chosen ? 'choice-selected' : ''}`}
                ariaRole='listitem'
                ariaLabel={planOptionSpoken(band)}
              >
                {band.chosen && <Text className='choice-mark'>✓ 适用于您</Text>}
                <Text className='choice-title'>{band.label}</Text>
                <Text className='plan-option-amount nowrap'>{formatYuan(band.individualFen)} 元/年</Text>
                <PlanOptionDetail option={band} />
              </View>
            ))}
          </View>
        </View>
      )}
    </View>
  )
}

/** What this resident would pay with the option, where assistance makes it differ, and the region's note. */
function PlanOptionDetail({ option }: { option: PlanOption }) {
  const cost = planOptionCost(option)
  return (
    <View>
      {cost && (
        <Text className='choice-detail'>
          <KeepTogether text={cost} />
        </Text>
      )}
      {option.note && <Text className='choice-detail'>{option.note}</Text>}
    </View>
  )
}
