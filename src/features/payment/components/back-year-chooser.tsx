/**
 * 补缴 back-years to shorten the waiting period: one radio per number of years,
 * each with what it costs, how long the wait becomes and the first covered day.
 * Care mode folds the choices behind one toggle: the page stays short, and
 * 不补缴 (the bill as quoted) holds until the resident opens them.
 */
import { View, Text } from '@tarojs/components'
import { ariaBoolean } from '../../../ui/aria'
import type { BackYearOption } from '../../../domain/quote'
import { backYearDetail, backYearLabel } from '../copy/coverage-copy'
import { KeepTogether } from '../../../ui/keep-together'
import { FoldInCareMode } from '../../../ui/fold-in-care-mode'

interface BackYearChooserProps {
  options: BackYearOption[]
  chosen: number
  onChoose(backYears: number): void
}

export function BackYearChooser({ options, chosen, onChoose }: BackYearChooserProps) {
  const most = options[options.length - 1]
  if (!most || most.backYears === 0) return null
  return (
    <View className='card'>
      <Text className='card-title'>补缴可缩短等待期</Text>
      <FoldInCareMode label={chosen > 0 ? `补缴选项（已选补缴 ${chosen} 年）` : '补缴选项'}>
        <Text className='hint'>
          按本年度个人缴费标准补缴断保年份，每补缴 1 年可减少 1 个月等待期，最多可减少 {most.backYears} 个月。
        </Text>
        <View ariaRole='radiogroup' ariaLabel='是否补缴以缩短等待期'>
          {options.map((option) => {
            const selected = option.backYears === chosen
            return (
              <View
                key={option.backYears}
                className={`choice ${selected ? 'choice-selected' : ''}`}
                ariaRole='radio'
                ariaChecked={ariaBoolean(selected)}
                tabIndex={0}
                onClick={() => {
                  if (!selected) onChoose(option.backYears)
                }}
              >
                {selected && <Text className='choice-mark'>✓ 已选</Text>}
                <Text className='choice-title'>
                  <KeepTogether text={backYearLabel(option)} />
                </Text>
                <Text className='choice-detail'>
                  <KeepTogether text={backYearDetail(option)} />
                </Text>
              </View>
            )
          })}
        </View>
      </FoldInCareMode>
    </View>
  )
}
