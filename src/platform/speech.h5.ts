/**
 * 朗读 in the browser through the Web Speech API, only with a Chinese voice:
 * without one a browser would read Chinese in an English voice, or not at
 * all (headless chromium has the API but no voices). Browsers load voices
 * asynchronously, so an empty list is given a moment to fill.
 */
import { scriptText, type SpeechScript } from '../domain/read-aloud'
import type { SpeechOutcome, SpeechPort } from '../services/ports'

const VOICE_WAIT_MS = 1500
// Slower than the default: the listeners are often elderly.
const RATE = 0.85

function voicesOf(synth: SpeechSynthesis): Promise<SpeechSynthesisVoice[]> {
  const now = synth.getVoices()
  if (now.length > 0) return Promise.resolve(now)
  return new Promise((resolve) => {
    const done = () => {
      synth.removeEventListener('voiceschanged', done)
      clearTimeout(timer)
      resolve(synth.getVoices())
    }
    const timer = setTimeout(done, VOICE_WAIT_MS)
    synth.addEventListener('voiceschanged', done)
  })
}

/** zh-CN first, then any other Mandarin voice; Cantonese (zh-HK) last. */
function chineseVoice(voices: SpeechSynthesisVoice[]): SpeechSynthesisVoice | undefined {
  const lang = (voice: SpeechSynthesisVoice) => voice.lang.replace('_', '-').toLowerCase()
  return (
    voices.find((voice) => lang(voice) === 'zh-cn') ??
    voices.find((voice) => lang(voice).startsWith('zh') && lang(voice) !== 'zh-hk') ??
    voices.find((voice) => lang(voice).startsWith('zh'))
  )
}

export function createSpeech(): SpeechPort {
  return {
    async speak(script: SpeechScript): Promise<SpeechOutcome> {
      const synth = typeof window !== 'undefined' ? window.speechSynthesis : undefined
      if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return 'unavailable'
      const voice = chineseVoice(await voicesOf(synth))
      if (!voice) return 'unavailable'
      synth.cancel()
      const utterance = new SpeechSynthesisUtterance(scriptText(script))
      utterance.voice = voice
      utterance.lang = voice.lang
      utterance.rate = RATE
      return new Promise((resolve) => {
        utterance.onend = () => resolve('done')
        utterance.onerror = (event) =>
          resolve(event.error === 'interrupted' || event.error === 'canceled' ? 'stopped' : 'failed')
        synth.speak(utterance)
      })
    },
    stop() {
      window.speechSynthesis?.cancel()
    },
  }
}
