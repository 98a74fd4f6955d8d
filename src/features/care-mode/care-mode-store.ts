/**
 * Whether care mode (关怀模式) is on. The resident's own choice (the switch on
 * home, or answering the 60+ offer) wins and is remembered; without one, a
 * large WeChat font setting, read when the store is created at launch, turns
 * it on for this launch only, so that setting the font back to normal turns
 * it off again.
 */
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { isLargeFontSetting } from '../../domain/care-mode-rules'
import { readFontSizeSetting } from '../../platform/app-base-info'
import { taroStorage } from '../../platform/storage'

interface CareModeState {
  careMode: boolean
  /** What the resident chose; undefined until they do. */
  choice?: boolean
  largeFont: boolean
  /** The 60+ offer is made once, whatever the answer. */
  offerAnswered: boolean
  setCareMode(on: boolean): void
  answerCareOffer(accepted: boolean): void
}

const effective = (choice: boolean | undefined, largeFont: boolean) => choice ?? largeFont

export const useCareMode = create<CareModeState>()(
  persist(
    (set, get) => {
      const largeFont = isLargeFontSetting(readFontSizeSetting())
      return {
        careMode: largeFont,
        choice: undefined,
        largeFont,
        offerAnswered: false,
        setCareMode: (on) => set({ choice: on, careMode: on }),
        answerCareOffer(accepted) {
          set({ offerAnswered: true })
          if (accepted) get().setCareMode(true)
        },
      }
    },
    {
      name: 'yibao-care-mode',
      version: 1,
      storage: createJSONStorage(() => taroStorage),
      partialize: (state) => ({ choice: state.choice, offerAnswered: state.offerAnswered }),
      // Version 0 stored only `careMode`, always set by the switch: it was the resident's choice.
      migrate: (persisted, version) => {
        const old = (persisted ?? {}) as { careMode?: boolean; choice?: boolean; offerAnswered?: boolean }
        return version === 0 ? { choice: old.careMode, offerAnswered: false } : old
      },
      merge: (persisted, current) => {
        const saved = (persisted ?? {}) as { choice?: boolean; offerAnswered?: boolean }
        return { ...current, ...saved, careMode: effective(saved.choice, current.largeFont) }
      },
    },
  ),
)
