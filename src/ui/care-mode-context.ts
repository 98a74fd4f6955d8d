/**
 * Whether care mode (关怀模式) is on, for the shared components that style or
 * fold themselves by it. The care-mode feature owns the choice; the app's
 * providers inject the hook that reads it, so src/ui never imports a feature.
 * A hook rather than a value: each component subscribes itself, and the App
 * component (which wraps every page on weapp) never re-renders on a switch.
 */
import { createContext, useContext } from 'react'

export type UseCareModeOn = () => boolean

const careModeOff: UseCareModeOn = () => false

export const CareModeContext = createContext<UseCareModeOn>(careModeOff)

export const useCareModeOn = (): boolean => useContext(CareModeContext)()

/** How much the type is scaled to follow WeChat's font setting (1: not at all); read by PageShell. */
export type UseTextScale = () => number

const unscaled: UseTextScale = () => 1

export const TextScaleContext = createContext<UseTextScale>(unscaled)

export const useTextScale = (): number => useContext(TextScaleContext)()
