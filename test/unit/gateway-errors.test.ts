import {
  describeGatewayError,
  gatewayErrorSentence,
  type BusinessCode,
} from '../../src/services/gateway-errors'
import { BUSINESS_CODES } from '../../src/contract/wire-schemas'

describe('describeGatewayError', () => {
  test.each([...BUSINESS_CODES, 'UNKNOWN'] as BusinessCode[])(
    'has Chinese advice for the business code %s',
    (code) => {
      const advice = describeGatewayError({ kind: 'business', code, message: '网关原文' })
      expect(advice.title).toMatch(/[\u4e00-\u9fff]/)
      expect(advice.detail).toMatch(/[\u4e00-\u9fff]/)
    },
  )

  test('transport failures can be retried', () => {
    expect(describeGatewayError({ kind: 'network' })).toEqual(
      expect.objectContaining({ title: '网络连接失败', retryable: true }),
    )
    expect(describeGatewayError({ kind: 'timeout' })).toEqual(
      expect.objectContaining({ title: '请求超时', retryable: true }),
    )
    expect(describeGatewayError({ kind: 'schema', operation: 'getEnrolment' }).retryable).toBe(true)
  })

  test('an HTTP failure names its status', () => {
    expect(describeGatewayError({ kind: 'http', status: 502 }).detail).toContain('502')
  })

  test('a request the browser got no answer to (status 0) reads as a network failure, not 服务返回错误（0）', () => {
    expect(gatewayErrorSentence({ kind: 'http', status: 0 })).toBe(
      '网络连接失败：未能连接到医保系统，请检查网络后点“重试”。',
    )
    expect(describeGatewayError({ kind: 'http', status: 0 }).retryable).toBe(true)
  })

  test('a payment already made or locked must not be retried', () => {
    for (const code of ['ALREADY_PAID', 'TRADE_LOCKED', 'AMOUNT_MISMATCH', 'IDENTITY_MISMATCH'] as const) {
      expect(describeGatewayError({ kind: 'business', code, message: '' }).retryable).toBe(false)
    }
    expect(describeGatewayError({ kind: 'business', code: 'TRADE_LOCKED', message: '' }).detail).toContain(
      '切勿重复缴费',
    )
  })
})

describe('gatewayErrorSentence', () => {
  test('joins the title and what to do into one line', () => {
    expect(gatewayErrorSentence({ kind: 'timeout' })).toBe('请求超时：医保系统响应较慢，请点“重试”。')
  })
})
