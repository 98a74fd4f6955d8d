/**
 * Whether care mode (关怀模式) is on, and how much the type is scaled. The
 * resident's own choice (the switch on home, or answering the 60+ offer) wins
 * and is remembered; without one, a large WeChat font setting turns it on,
 * never remembered, so that setting the font back to normal turns it off
 * again. The setting is read at launch and again each time the app comes to
 * the front (the resident may change it meanwhile); its scale factor scales
 * the type in either mode (PageShell, app.css).
 */
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { isLargeFontSetting, textScaleFor } from '../../domain/care-mode-rules'
import { onAppShow, readFontSetting, type FontSetting } from '../../platform/app-base-info'
import { taroStorage } from '../../platform/storage'

interface CareModeState {
  careMode: boolean
  /** What the resident chose; undefined until they do. */
  choice?: boolean
  largeFont: boolean
  /** WeChat's font scale factor, kept between 1 and MAX_TEXT_SCALE; 1 where there is none (H5). */
  textScale: number
  /** The 60+ offer is made once, whatever the answer. */
  offerAnswered: boolean
  setCareMode(on: boolean): void
  answerCareOffer(accepted: boolean): void
  /** The WeChat font setting read again: care mode follows it unless the resident chose. */
  applyFontSetting(setting: FontSetting): void
  /** 撤回同意并清除本机数据: the choice and the offer's answer are forgotten, here and in storage. */
  forget(): void
}

/** The store's key in storage. */
export const CARE_MODE_STORE_KEY = 'yibao-care-mode'

const effective = (choice: boolean | undefined, largeFont: boolean) => choice ?? largeFont

export const useCareMode = create<CareModeState>()(
  persist(
    (set, get) => {
      const setting = readFontSetting()
      const largeFont = isLargeFontSetting(setting.sizePx)
      return {
        careMode: largeFont,
        choice: undefined,
        largeFont,
        textScale: textScaleFor(setting.scaleFactor),
        offerAnswered: false,
        setCareMode: (on) => set({ choice: on, careMode: on }),
        answerCareOffer(accepted) {
          set({ offerAnswered: true })
          if (accepted) get().setCareMode(true)
        },
        applyFontSetting(setting) {
          const largeFont = isLargeFontSetting(setting.sizePx)
          set({
            largeFont,
            textScale: textScaleFor(setting.scaleFactor),
            careMode: effective(get().choice, largeFont),
          })
        },
        forget() {
          // The WeChat font setting still counts: it is the phone's, not something the resident told the app.
          set({ choice: undefined, offerAnswered: false, careMode: get().largeFont })
          void useCareMode.persist.clearStorage()
        },
      }
    },
    {
      name: CARE_MODE_STORE_KEY,
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

onAppShow(() => useCareMode.getState().applyFontSetting(readFontSetting()))
