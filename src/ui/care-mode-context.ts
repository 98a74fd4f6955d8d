/**
 * Whether care mode (关怀模式) is on, for the shared components that style or
 * fold themselves by it. The care-mode feature owns the choice; the app's
 * providers pass it down here, so src/ui never imports a feature.
 */
import { createContext, useContext } from 'react'

export const CareModeContext = createContext(false)

export const useCareModeOn = (): boolean => useContext(CareModeContext)
