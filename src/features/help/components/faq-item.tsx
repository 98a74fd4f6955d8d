/**
 * One question: a toggle that opens its answer (aria-expanded), the answer's
 * fixed text, the region's figures where regions differ, and the sources.
 * In care mode an opened answer can be read aloud (faq-read-aloud).
 */
import { Text, View } from '@tarojs/components'
import { ariaBoolean } from '../../../ui/aria'
import { useCareModeOn } from '../../../ui/care-mode-context'
import { KeepTogether } from '../../../ui/keep-together'
import type { FaqAnswerView } from '../faq/faq-view'
import { FaqReadAloud } from './faq-read-aloud'

export function FaqItem({ item, open, onToggle }: { item: FaqAnswerView; open: boolean; onToggle(): void }) {
  const careMode = useCareModeOn()
  return (
    <View className='faq-item'>
      <View
        className='faq-question'
        ariaRole='button'
        aria-expanded={ariaBoolean(open)}
        tabIndex={0}
        onClick={onToggle}
      >
        <Text>{item.question}</Text>
        <Text className='fold-mark' ariaHidden>
          {open ? '▲' : '▼'}
        </Text>
      </View>
      {open && (
        <View className='faq-answer'>
          {careMode && <FaqReadAloud text={[item.question, ...item.answer, ...item.regional].join('')} />}
          {item.answer.map((paragraph) => (
            <Text key={paragraph} className='paragraph'>
              <KeepTogether text={paragraph} />
            </Text>
          ))}
          {item.regional.map((paragraph) => (
            <Text key={paragraph} className='faq-regional'>
              <KeepTogether text={paragraph} />
            </Text>
          ))}
          {item.sources.map((source) => (
            <Text key={source.document} className='faq-source'>
              来源：{source.document}
              {source.url ? ` ${source.url}` : ''}
            </Text>
          ))}
        </View>
      )}
    </View>
  )
}
