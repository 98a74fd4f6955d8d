/**
 * 朗读本页: reads the step's key content through the speech port; a second tap
 * stops. Where the device cannot speak Chinese the screen says so and what to
 * do instead, rather than the button silently doing nothing. Reading stops
 * when the page is hidden (Taro keeps it mounted) or closed.
 */
import { Text, View } from '@tarojs/components'
import { useDidHide } from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'
import type { SpeechScript } from '../../domain/read-aloud'
import type { SpeechPort } from '../../services/ports'
import { ActionButton } from '../../ui/action-button'

type ReadState = 'idle' | 'speaking' | 'unavailable' | 'failed'

const MESSAGES: Partial<Record<ReadState, string>> = {
  unavailable: '本机暂时无法朗读：没有可用的中文语音。您可以打开手机自带的读屏功能，或请家人帮忙查看。',
  failed: '朗读中断了，请再点一次“朗读本页”。',
}

export function ReadAloudButton({ script, speech }: { script: SpeechScript; speech: SpeechPort }) {
  const [state, setState] = useState<ReadState>('idle')
  // A finished reading only updates the screen if no newer tap replaced it.
  const latest = useRef(0)

  useEffect(() => () => speech.stop(), [speech])
  useDidHide(() => {
    latest.current += 1
    speech.stop()
    setState('idle')
  })

  async function read() {
    latest.current += 1
    const mine = latest.current
    setState('speaking')
    const outcome = await speech.speak(script)
    if (mine !== latest.current) return
    setState(outcome === 'unavailable' ? 'unavailable' : outcome === 'failed' ? 'failed' : 'idle')
  }

  function stop() {
    latest.current += 1
    speech.stop()
    setState('idle')
  }

  const message = MESSAGES[state]
  return (
    <View className='read-aloud'>
      <ActionButton
        kind='secondary'
        label={state === 'speaking' ? '停止朗读' : '朗读本页'}
        onTap={() => (state === 'speaking' ? stop() : void read())}
      />
      {message && (
        <Text className='read-aloud-message' ariaRole='status'>
          {message}
        </Text>
      )}
    </View>
  )
}
