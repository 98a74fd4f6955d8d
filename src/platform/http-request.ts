/** The only caller of Taro.request. */
import Taro from '@tarojs/taro'

export type HttpResult =
  | { kind: 'response'; status: number; data: unknown }
  | { kind: 'network' }
  | { kind: 'timeout' }

export type HttpRequester = (input: {
  url: string
  method: 'POST'
  data: Record<string, unknown>
  timeoutMs: number
}) => Promise<HttpResult>

export const taroRequest: HttpRequester = async ({ url, method, data, timeoutMs }) => {
  try {
    const response = await Taro.request({ url, method, data, timeout: timeoutMs, header: { 'content-type': 'application/json' } })
    return { kind: 'response', status: response.statusCode, data: response.data as unknown }
  } catch (error) {
    const message = error instanceof Error ? error.message : String((error as { errMsg?: string })?.errMsg ?? '')
    return message.includes('timeout') ? { kind: 'timeout' } : { kind: 'network' }
  }
}
