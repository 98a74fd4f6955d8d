/**
 * Build-time settings, parsed once. Set through environment variables when
 * building (see config/index.ts):
 * - TARO_APP_VARIANT: `demo` (the default: the in-app mock bureau, its simulated
 *   cashier and face check), `sandbox` (HTTP to the local sandbox bureau, paying
 *   through its simulated cashier; the app's date is TARO_APP_MOCK_TODAY, as the
 *   sandbox's BUREAU_TODAY) or `release` (weapp, HTTP to a real bureau, WeChat Pay
 *   and WeChat's face verification). The composition root picks its wiring on the
 *   raw constant so that a sandbox or release bundle holds none of the mock code.
 * - TARO_APP_GATEWAY_URL: the bureau's address (sandbox and release).
 * - TARO_APP_MOCK_TODAY (the mock bureau's date), TARO_APP_MOCK_LATENCY_MS.
 */
export const VARIANTS = ['demo', 'sandbox', 'release'] as const
export type Variant = (typeof VARIANTS)[number]

export interface Env {
  variant: Variant
  gatewayUrl: string
  // Fujian's 2026 collection window (2025-09-01 – 2025-12-31): the only year with
  // sourced figures. The mock bureau lives on this date unless told otherwise.
  mockToday: string
  mockBenefitYear: number
  mockLatencyMs: number
}

// Checked by hand, not with zod: this module runs at launch, and on H5 zod loads
// only with the first gateway call (src/root/load-bureau-client.h5.ts). The build
// checks the variant and the bureau's address first (config/variant.ts).
function fail(setting: string, value: string): never {
  throw new Error(`${setting}=${value} is not a valid build setting`)
}

export function parseEnv(raw: Record<string, string | undefined>): Env {
  const variant = raw.TARO_APP_VARIANT || 'demo'
  if (!(VARIANTS as readonly string[]).includes(variant)) fail('TARO_APP_VARIANT', variant)
  const mockToday = raw.TARO_APP_MOCK_TODAY || '2025-11-20'
  if (!/^\d{4}-\d{2}-\d{2}$/.test(mockToday)) fail('TARO_APP_MOCK_TODAY', mockToday)
  const mockLatencyMs = raw.TARO_APP_MOCK_LATENCY_MS ? Number(raw.TARO_APP_MOCK_LATENCY_MS) : 300
  if (!Number.isInteger(mockLatencyMs) || mockLatencyMs < 0) {
    fail('TARO_APP_MOCK_LATENCY_MS', String(raw.TARO_APP_MOCK_LATENCY_MS))
  }
  return {
    variant: variant as Variant,
    gatewayUrl: raw.TARO_APP_GATEWAY_URL ?? '',
    mockToday,
    mockBenefitYear: benefitYearCollectedOn(mockToday),
    mockLatencyMs,
  }
}

/** Autumn collects for the next year; January and February are the extended period. */
function benefitYearCollectedOn(date: string): number {
  const year = Number(date.slice(0, 4))
  return Number(date.slice(5, 7)) >= 9 ? year + 1 : year
}

// Each name is written out so that webpack's DefinePlugin can replace it.
export const env: Env = parseEnv({
  TARO_APP_VARIANT: process.env.TARO_APP_VARIANT,
  TARO_APP_GATEWAY_URL: process.env.TARO_APP_GATEWAY_URL,
  TARO_APP_MOCK_TODAY: process.env.TARO_APP_MOCK_TODAY,
  TARO_APP_MOCK_LATENCY_MS: process.env.TARO_APP_MOCK_LATENCY_MS,
})
