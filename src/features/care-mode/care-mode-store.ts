/** Whether care mode (关怀模式) is on; remembered across launches. */
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { taroStorage } from '../../platform/storage'

interface CareModeState {
  careMode: boolean
  setCareMode(on: boolean): void
}

export const useCareMode = create<CareModeState>()(
  persist((set) => ({ careMode: false, setCareMode: (on) => set({ careMode: on }) }), {
    name: 'yibao-care-mode',
    storage: createJSONStorage(() => taroStorage),
    partialize: (state) => ({ careMode: state.careMode }),
  }),
)
