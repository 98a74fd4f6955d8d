/**
 * Build-time settings, parsed once. Set through environment variables when
 * building (see config/index.ts): TARO_APP_GATEWAY=mock|http, TARO_APP_GATEWAY_URL,
 * TARO_APP_MOCK_TODAY (the mock bureau's date), TARO_APP_MOCK_LATENCY_MS,
 * TARO_APP_CASHIER=wechat|sandbox (with the HTTP gateway: `sandbox` pays through the
 * sandbox bureau's simulated cashier instead of WeChat Pay, for the H5 sandbox build;
 * the app's date is then TARO_APP_MOCK_TODAY, as the sandbox's BUREAU_TODAY).
 */
import * as z from 'zod/mini'
import './zod-setup'

const envSchema = z.object({
  gateway: z.enum(['mock', 'http']),
  gatewayUrl: z.string(),
  cashier: z.enum(['wechat', 'sandbox']),
  // Fujian's 2026 collection window (2025-09-01 – 2025-12-31): the only year with
  // sourced figures. The mock bureau lives on this date unless told otherwise.
  mockToday: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  mockBenefitYear: z.int(),
  mockLatencyMs: z.int().check(z.nonnegative()),
})

export type Env = z.infer<typeof envSchema>

export function parseEnv(raw: Record<string, string | undefined>): Env {
  const mockToday = raw.TARO_APP_MOCK_TODAY || '2025-11-20'
  return envSchema.parse({
    gateway: raw.TARO_APP_GATEWAY || 'mock',
    gatewayUrl: raw.TARO_APP_GATEWAY_URL ?? '',
    cashier: raw.TARO_APP_CASHIER || 'wechat',
    mockToday,
    mockBenefitYear: benefitYearCollectedOn(mockToday),
    mockLatencyMs: raw.TARO_APP_MOCK_LATENCY_MS ? Number(raw.TARO_APP_MOCK_LATENCY_MS) : 300,
  })
}

/** Autumn collects for the next year; January and February are the extended period. */
function benefitYearCollectedOn(date: string): number {
  const year = Number(date.slice(0, 4))
  return Number(date.slice(5, 7)) >= 9 ? year + 1 : year
}

// Each name is written out so that webpack's DefinePlugin can replace it.
export const env: Env = parseEnv({
  TARO_APP_GATEWAY: process.env.TARO_APP_GATEWAY,
  TARO_APP_GATEWAY_URL: process.env.TARO_APP_GATEWAY_URL,
  TARO_APP_CASHIER: process.env.TARO_APP_CASHIER,
  TARO_APP_MOCK_TODAY: process.env.TARO_APP_MOCK_TODAY,
  TARO_APP_MOCK_LATENCY_MS: process.env.TARO_APP_MOCK_LATENCY_MS,
})
