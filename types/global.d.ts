/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.css'

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV: 'weapp' | 'h5' | undefined
    TARO_APP_VARIANT: 'demo' | 'sandbox' | 'release' | undefined
    TARO_APP_GATEWAY_URL: string | undefined
    TARO_APP_MOCK_TODAY: string | undefined
    TARO_APP_MOCK_LATENCY_MS: string | undefined
  }
}
