/**
 * 朗读 on weapp: WeChat has no built-in text-to-speech (the WechatSI plugin
 * needs approval and network), so each phrase is a recorded clip and an
 * amount is played character by character (三 百 八 十 元 整), one
 * InnerAudioContext in sequence. The clips live in the care subpackage
 * (app.config preloads it from home). If the first clip cannot be played the
 * device is treated as having no speech, and the screen says so.
 * H5 uses speech.h5.ts instead.
 */
import Taro from '@tarojs/taro'
import { clipSequence, type SpeechScript } from '../domain/read-aloud'
import type { SpeechOutcome, SpeechPort } from '../services/ports'

const CLIP_ROOT = '/packages/care/clips/'

type ClipResult = 'ended' | 'error' | 'stopped'

export function createSpeech(): SpeechPort {
  // One player per reading: a stopped reading's late events cannot reach the next one.
  let audio: Taro.InnerAudioContext | undefined
  // Each reading has a number; a newer reading or stop() makes older ones give up.
  let reading = 0
  // The clip playing now: a destroyed player sends no event, so silence() ends it.
  let endClip: ((result: ClipResult) => void) | undefined

  function silence(): void {
    reading += 1
    audio?.destroy()
    audio = undefined
    endClip?.('stopped')
  }

  function newPlayer(): Taro.InnerAudioContext | undefined {
    try {
      return Taro.createInnerAudioContext() ?? undefined
    } catch {
      return undefined
    }
  }

  function play(context: Taro.InnerAudioContext, name: string): Promise<ClipResult> {
    return new Promise((resolve) => {
      const finish = (result: ClipResult) => {
        endClip = undefined
        context.offEnded(onEnded)
        context.offError(onError)
        context.offStop(onStop)
        resolve(result)
      }
      const onEnded = () => finish('ended')
      const onError = () => finish('error')
      const onStop = () => finish('stopped')
      context.onEnded(onEnded)
      context.onError(onError)
      context.onStop(onStop)
      endClip = finish
      context.src = `${CLIP_ROOT}${name}.mp3`
      context.play()
    })
  }

  return {
    async speak(script: SpeechScript): Promise<SpeechOutcome> {
      silence()
      const mine = reading
      const context = newPlayer()
      if (!context) return 'unavailable'
      audio = context
      // A resident who asked to hear the page should hear it even with the phone on silent.
      Taro.setInnerAudioOption({ obeyMuteSwitch: false }).catch(() => undefined)
      const clips = clipSequence(script)
      for (const [index, clip] of clips.entries()) {
        if (mine !== reading) return 'stopped'
        const result = await play(context, clip)
        if (result === 'stopped' || mine !== reading) return 'stopped'
        if (result === 'error') return index === 0 ? 'unavailable' : 'failed'
      }
      return 'done'
    },
    stop: silence,
  }
}
