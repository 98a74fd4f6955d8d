/**
 * Step 3, beside resident insurance: what joining employee insurance as a
 * 灵活就业人员 would cost here. Bases or tiers side by side with their monthly
 * and yearly amounts, a calculator for a base the resident chooses, the wait,
 * the notices, and where to pay it, since this app collects resident insurance only.
 */
import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import {
  costOnBase,
  flexibleOptions,
  type FlexibleOption,
  type FlexibleScheme,
} from '../../../domain/flexible-employment'
import { formatYuan } from '../../../domain/money'
import type { FlexibleOffer } from '../../../services/rules'
import { sourceLine } from '../copy/coverage-copy'
import {
  baseProblemText,
  periodText,
  readBase,
  schemeSummary,
  waitingText,
  wholeYuan,
  whereToPay,
} from '../copy/flexible-copy'
import { NoticePanel } from '../../../ui/status-panel'
import { Field } from '../../../ui/field'
import { KeepTogether } from '../../../ui/keep-together'

export function FlexibleEmploymentCard({ offer }: { offer: FlexibleOffer }) {
  const { rules, regionName } = offer
  const waiting = waitingText(rules)
  return (
    <View className='card'>
      <Text className='card-title'>灵活就业人员参加职工医保（供比较）</Text>
      <Text className='hint'>
        <KeepTogether
          text={`如您是灵活就业人员，也可以个人身份参加职工基本医疗保险。${regionName}的标准（${periodText(rules)}）：${schemeSummary(rules.scheme)}`}
        />
      </Text>
      <View className='side-by-side' ariaRole='list' ariaLabel='各档缴费金额'>
        {flexibleOptions(rules.scheme).map((option) => (
          <OptionBox key={option.label} option={option} />
        ))}
      </View>
      {rules.scheme.kind === 'base-range' && <BaseCalculator scheme={rules.scheme} />}
      {waiting && (
        <Text className='paragraph'>
          <KeepTogether text={waiting} />
        </Text>
      )}
      <Text className='hint'>依据：{rules.sources.map(sourceLine).join('；')}</Text>
      <NoticePanel title='如何办理' detail={whereToPay(regionName)} />
    </View>
  )
}

function OptionBox({ option }: { option: FlexibleOption }) {
  const lines = [
    option.baseFen !== undefined ? `基数 ${wholeYuan(option.baseFen)} 元/月` : undefined,
    option.monthlyFen !== undefined ? `每月 ${formatYuan(option.monthlyFen)} 元` : undefined,
    option.monthlyFen !== undefined
      ? `12 个月共 ${formatYuan(option.yearlyFen)} 元`
      : `每年 ${formatYuan(option.yearlyFen)} 元`,
  ].filter((line): line is string => line !== undefined)
  return (
    <View
      className='side-by-side-item'
      ariaRole='listitem'
      ariaLabel={`${option.label}：${lines.join('，')}`}
    >
      <Text className='choice-title'>{option.label}</Text>
      {lines.map((line) => (
        <Text key={line} className='choice-detail'>
          <KeepTogether text={line} />
        </Text>
      ))}
    </View>
  )
}

function BaseCalculator({ scheme }: { scheme: Extract<FlexibleScheme, { kind: 'base-range' }> }) {
  const [text, setText] = useState('')
  const entry = readBase(text)
  const result = entry?.ok ? costOnBase(scheme, entry.baseFen) : undefined
  const error =
    entry && !entry.ok
      ? entry.message
      : result && !result.ok
        ? baseProblemText(result.problem, scheme)
        : undefined
  return (
    <View className='calculator'>
      <Field
        label='试算：您的月缴费基数（元）'
        placeholder={`${wholeYuan(scheme.minBaseFen)} 至 ${wholeYuan(scheme.maxBaseFen)} 之间的整数`}
        value={text}
        type='digit'
        maxlength={9}
        error={error}
        onInput={setText}
      />
      {result?.ok && (
        <Text className='paragraph' ariaRole='status'>
          <KeepTogether
            text={`按基数 ${wholeYuan(result.cost.baseFen)} 元：每月应缴 ${formatYuan(result.cost.monthlyFen)} 元，12 个月共 ${formatYuan(result.cost.yearlyFen)} 元。`}
          />
        </Text>
      )}
    </View>
  )
}
