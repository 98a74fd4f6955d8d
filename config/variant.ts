/**
 * The build variant (src/config/env.ts reads the result in the app), checked
 * here at build time so that a wrong combination fails the build instead of
 * shipping: TARO_APP_VARIANT = demo (default) | sandbox | release.
 * - demo: the in-app mock bureau; no bureau address.
 * - sandbox: HTTP to the local sandbox bureau (TARO_APP_GATEWAY_URL).
 * - release: weapp only, HTTP to the bureau at TARO_APP_GATEWAY_URL (https).
 */
export const BUILD_VARIANTS = ['demo', 'sandbox', 'release'] as const
export type BuildVariant = (typeof BUILD_VARIANTS)[number]

export interface VariantSettings {
  variant: BuildVariant
  gatewayUrl: string
  /** Where the build goes unless TARO_APP_OUTPUT says: dist/weapp, dist/h5-sandbox, dist/weapp-release. */
  defaultOutput: string
}

export function variantSettings(raw: Readonly<Record<string, string | undefined>>): VariantSettings {
  const variant = raw.TARO_APP_VARIANT || 'demo'
  if (!(BUILD_VARIANTS as readonly string[]).includes(variant)) {
    throw new Error(`TARO_APP_VARIANT=${variant}: expected one of ${BUILD_VARIANTS.join(', ')}`)
  }
  const gatewayUrl = raw.TARO_APP_GATEWAY_URL ?? ''
  if (variant === 'sandbox' && !gatewayUrl) {
    throw new Error('TARO_APP_VARIANT=sandbox needs TARO_APP_GATEWAY_URL (the sandbox bureau)')
  }
  if (variant === 'release') {
    if (raw.TARO_ENV !== 'weapp') throw new Error('TARO_APP_VARIANT=release builds the mini program only')
    if (!gatewayUrl.startsWith('https://')) {
      throw new Error("TARO_APP_VARIANT=release needs TARO_APP_GATEWAY_URL, the bureau's https address")
    }
  }
  const suffix = variant === 'demo' ? '' : `-${variant}`
  return { variant: variant as BuildVariant, gatewayUrl, defaultOutput: `dist/${raw.TARO_ENV}${suffix}` }
}
