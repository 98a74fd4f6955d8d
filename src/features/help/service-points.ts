/**
 * Where to ask in person or by phone. The two national hotlines are in the
 * policy facts. Offline service points with their hours: none is sourced for
 * any region yet (the fact files hold no address or opening hours), so the
 * list is empty and the page says so and points to 12393. Add a region's
 * points here only with their source.
 */
import type { FaqSource } from './faq/faq-sources'

export interface Hotline {
  number: string
  name: string
  for: string
}

export const HOTLINES: readonly Hotline[] = [
  { number: '12393', name: '医疗保障服务热线', for: '参保、待遇、等待期、退费等医保问题' },
  { number: '12366', name: '纳税缴费服务热线', for: '缴费扣款等税务缴费问题' },
]

export interface ServicePoint {
  name: string
  address: string
  hours: string
  source: FaqSource
}

/** By region code (county, city or province). */
export const SERVICE_POINTS: Readonly<Record<string, readonly ServicePoint[]>> = {}

export function servicePointsFor(adcode: string | undefined): readonly ServicePoint[] {
  if (!adcode) return []
  return (
    SERVICE_POINTS[adcode] ??
    SERVICE_POINTS[`${adcode.slice(0, 4)}00`] ??
    SERVICE_POINTS[`${adcode.slice(0, 2)}0000`] ??
    []
  )
}
