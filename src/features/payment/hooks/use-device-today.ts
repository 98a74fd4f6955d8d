import { systemClock } from '../../../services/clock'

/**
 * The device's date in China, for checking that a birth date in an ID is not in
 * the future: a typo guard about the real world, not the bureau's (possibly
 * simulated) date, so personas dated later by the mock bureau can be verified.
 */
export const useDeviceToday = (): string => systemClock.today()
