/** A large, labelled on/off control for care mode; the state is said in words, not only by colour. */
import { View, Text } from '@tarojs/components'
import { ariaBoolean } from '../../ui/aria'

export function CareModeSwitch({ on, onToggle }: { on: boolean; onToggle(): void }) {
  return (
    <View
      className={`care-switch ${on ? 'care-switch-on' : ''}`}
      ariaRole='switch'
      ariaChecked={ariaBoolean(on)}
      // The name is the visible label (axe: label-content-name-mismatch); the state is aria-checked,
      // so its words are for sighted residents only and not read twice.
      ariaLabel='关怀模式（大字体、高对比）'
      tabIndex={0}
      onClick={onToggle}
    >
      <Text>关怀模式（大字体、高对比）</Text>
      <Text className='care-switch-state' ariaHidden>
        {on ? '已开启' : '已关闭'}
      </Text>
    </View>
  )
}
