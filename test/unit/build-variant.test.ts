/**
 * The build variant is checked when the build starts: a wrong combination
 * fails the build instead of shipping an app that talks to nothing, or a
 * release build that talks to an unencrypted bureau.
 */
import { variantSettings } from '../../config/variant'
import { parseEnv } from '../../src/config/env'

describe('variantSettings (config/variant.ts)', () => {
  test('demo is the default, into dist/<platform>, with no bureau address', () => {
    expect(variantSettings({ TARO_ENV: 'weapp' })).toEqual({
      variant: 'demo',
      gatewayUrl: '',
      defaultOutput: 'dist/weapp',
    })
  })

  test('sandbox and release build beside the demo: dist/h5-sandbox, dist/weapp-release', () => {
    const sandbox = {
      TARO_ENV: 'h5',
      TARO_APP_VARIANT: 'sandbox',
      TARO_APP_GATEWAY_URL: 'http://127.0.0.1:10087',
    }
    expect(variantSettings(sandbox).defaultOutput).toBe('dist/h5-sandbox')
    const release = {
      TARO_ENV: 'weapp',
      TARO_APP_VARIANT: 'release',
      TARO_APP_GATEWAY_URL: 'https://yb.example',
    }
    expect(variantSettings(release)).toEqual({
      variant: 'release',
      gatewayUrl: 'https://yb.example',
      defaultOutput: 'dist/weapp-release',
    })
  })

  test('refuses an unknown variant, a sandbox without its bureau, and a release that is H5 or not https', () => {
    expect(() => variantSettings({ TARO_ENV: 'weapp', TARO_APP_VARIANT: 'prod' })).toThrow(
      /demo, sandbox, release/,
    )
    expect(() => variantSettings({ TARO_ENV: 'h5', TARO_APP_VARIANT: 'sandbox' })).toThrow(/GATEWAY_URL/)
    const release = { TARO_APP_VARIANT: 'release', TARO_APP_GATEWAY_URL: 'https://yb.example' }
    expect(() => variantSettings({ ...release, TARO_ENV: 'h5' })).toThrow(/mini program only/)
    expect(() =>
      variantSettings({ ...release, TARO_ENV: 'weapp', TARO_APP_GATEWAY_URL: 'http://yb.example' }),
    ).toThrow(/https/)
    expect(() => variantSettings({ TARO_ENV: 'weapp', TARO_APP_VARIANT: 'release' })).toThrow(/https/)
  })
})

describe('parseEnv (src/config/env.ts)', () => {
  test('the app reads the variant the build wrote, demo when unset (tests run unbuilt)', () => {
    expect(parseEnv({}).variant).toBe('demo')
    expect(
      parseEnv({ TARO_APP_VARIANT: 'release', TARO_APP_GATEWAY_URL: 'https://yb.example' }),
    ).toMatchObject({
      variant: 'release',
      gatewayUrl: 'https://yb.example',
    })
    expect(() => parseEnv({ TARO_APP_VARIANT: 'prod' })).toThrow()
  })
})
