/** The notices a bill rests on, with the benefit year and how firm each source is. */
import { View, Text } from '@tarojs/components'
import type { Quote } from '../../../domain/quote'
import { floorNote, sourceLine } from '../copy/coverage-copy'
import { KeepTogether } from '../../../ui/keep-together'

export function PolicySources({ quote, regionName }: { quote: Quote; regionName: string }) {
  const note = floorNote(quote)
  return (
    <View className='card'>
      <Text className='card-title'>
        <KeepTogether text={`政策依据（${quote.benefitYear}年度）`} />
      </Text>
      <Text className='hint'>{regionName}的缴费标准与待遇起始规则依据以下文件：</Text>
      {quote.sources.map((source) => (
        <Text key={source.document} className='paragraph'>
          · {sourceLine(source)}
        </Text>
      ))}
      {note && <Text className='hint'>{note}</Text>}
    </View>
  )
}
