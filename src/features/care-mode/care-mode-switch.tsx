/** A large, labelled on/off control for care mode; the state is said in words, not only by colour. */
import { View, Text } from '@tarojs/components'

export function CareModeSwitch({ on, onToggle }: { on: boolean; onToggle(): void }) {
  return (
    <View
      className={`care-switch ${on ? 'care-switch-on' : ''}`}
      ariaRole='switch'
      ariaChecked={on}
      ariaLabel='关怀模式'
      tabIndex={0}
      onClick={onToggle}
    >
      <Text>关怀模式（大字体、高对比）</Text>
      <Text className='care-switch-state'>{on ? '已开启' : '已关闭'}</Text>
    </View>
  )
}
