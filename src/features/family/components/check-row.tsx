/** A large tick box that screen readers see as one, with its label beside it. */
import { View, Text } from '@tarojs/components'
import { ariaBoolean } from '../../../ui/aria'

export function CheckRow({
  label,
  checked,
  onToggle,
}: {
  label: string
  checked: boolean
  onToggle(): void
}) {
  return (
    <View
      className={`check ${checked ? 'check-on' : ''}`}
      ariaRole='checkbox'
      ariaChecked={ariaBoolean(checked)}
      ariaLabel={label}
      tabIndex={0}
      onClick={onToggle}
    >
      <Text className='check-box' ariaHidden>
        {checked ? '☑' : '☐'}
      </Text>
      <Text>{label}</Text>
    </View>
  )
}

/** One option of a choice: the selection is said in words (已选), not only by the border. */
export function ChoiceRow({
  title,
  detail,
  selected,
  onChoose,
}: {
  title: string
  detail?: string
  selected: boolean
  onChoose(): void
}) {
  return (
    <View
      className={`choice ${selected ? 'choice-selected' : ''}`}
      ariaRole='radio'
      ariaChecked={ariaBoolean(selected)}
      ariaLabel={title}
      tabIndex={0}
      onClick={() => {
        if (!selected) onChoose()
      }}
    >
      {selected && <Text className='choice-mark'>✓ 已选</Text>}
      <Text className='choice-title'>{title}</Text>
      {detail && <Text className='choice-detail'>{detail}</Text>}
    </View>
  )
}
