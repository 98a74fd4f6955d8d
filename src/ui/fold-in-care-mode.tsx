/**
 * Details that care mode folds away (fewer things on screen at once): shown
 * as usual in normal mode; in care mode behind a labelled toggle.
 */
import { View, Text } from '@tarojs/components'
import { useState, type ReactNode } from 'react'
import { ariaBoolean } from './aria'
import { useCareModeOn } from './care-mode-context'

export function FoldInCareMode({ label, children }: { label: string; children: ReactNode }) {
  const careMode = useCareModeOn()
  const [open, setOpen] = useState(false)
  if (!careMode) return <>{children}</>
  return (
    <View className='fold'>
      <View
        className='fold-toggle'
        ariaRole='button'
        aria-expanded={ariaBoolean(open)}
        tabIndex={0}
        onClick={() => setOpen(!open)}
      >
        <Text>{open ? `收起${label}` : `查看${label}`}</Text>
        <Text className='fold-mark' ariaHidden>
          {open ? '▲' : '▼'}
        </Text>
      </View>
      {open && children}
    </View>
  )
}
