/**
 * Every way a gateway call can fail, as one discriminated union, and the one
 * place that turns a failure into the Chinese a resident reads.
 */
import type { KnownBusinessCode } from '../contract/wire-schemas'
import { RETRY_AFTER_CAP_MS } from '../domain/backoff'

/** The bureau's refusal codes (one list, in the wire contract), and UNKNOWN for any code the app does not know. */
export type BusinessCode = KnownBusinessCode | 'UNKNOWN'

export type GatewayError =
  | { kind: 'network' }
  | { kind: 'timeout' }
  /**
   * `retryAfterMs`: the bureau's Retry-After, when it sent one (429, 503).
   * Status 0: no answer from the bureau's address (H5's opaque answer to a refused redirect).
   */
  | { kind: 'http'; status: number; retryAfterMs?: number }
  | {
      kind: 'business'
      code: BusinessCode
      message: string
      receiptNo?: string
      until?: string
      orderId?: string
      /** The Retry-After sent with the refusal (a 200 saying 系统繁忙 may carry one). */
      retryAfterMs?: number
    }
  | { kind: 'schema'; operation: string }

export type Result<T, E = GatewayError> = { ok: true; value: T } | { ok: false; error: E }

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value })
export const err = <E>(error: E): Result<never, E> => ({ ok: false, error })

export interface ErrorAdvice {
  title: string
  detail: string
  /** Whether trying the same thing again can help. */
  retryable: boolean
  /** The identity token is no longer accepted: the resident must verify again. */
  reverify?: boolean
}

const BUSINESS_ADVICE: Record<BusinessCode, ErrorAdvice> = {
  IDENTITY_MISMATCH: {
    title: '姓名与身份证号不一致',
    detail: '请核对后重新输入，姓名需与身份证上的一致。',
    retryable: false,
  },
  SESSION_EXPIRED: {
    title: '认证已过期',
    detail: '为保护您的信息，实名认证有效期有限，请重新进行实名认证。',
    retryable: false,
    reverify: true,
  },
  ALREADY_PAID: {
    title: '本年度已缴费',
    detail: '无需重复缴费，可在缴费记录中查看电子凭证。',
    retryable: false,
  },
  AMOUNT_MISMATCH: {
    title: '缴费金额已更新',
    detail: '医保部门核定的金额与页面不一致，请返回重新核对金额。',
    retryable: false,
  },
  NOT_PAYABLE: {
    title: '当前无法缴费',
    detail: '请联系参保地医保经办机构，或拨打 12393 咨询。',
    retryable: false,
  },
  // The bureau holds one open order per bill: another session's (another phone, a relative's link, a family payer) locks it.
  TRADE_LOCKED: {
    title: '交易处理中，已有一笔未完成的订单',
    detail:
      '这笔医保费已有一笔订单在办理，可能是在其他手机上或家人通过代缴链接发起的。该订单会由医保部门确认到账或关闭，在此之前切勿重复缴费；订单关闭后可重新发起缴费。',
    retryable: false,
  },
  MAINTENANCE: { title: '系统维护中', detail: '医保缴费系统正在例行维护，请稍后再试。', retryable: true },
  SYSTEM_BUSY: {
    title: '缴费人数较多',
    detail: '系统繁忙，请稍等片刻后点“重试”，已填写的信息不会丢失。',
    retryable: true,
  },
  ORDER_CLOSED: {
    title: '订单已关闭',
    detail: '该笔订单已超时关闭，未扣款。请返回金额核对页重新发起缴费。',
    retryable: false,
  },
  // 电子凭证查验 is open to anyone, so the bureau limits how often one phone or address may check.
  RATE_LIMITED: {
    title: '查验过于频繁',
    detail: '为防止凭证号被试探，查验次数有限制，请稍后再试。',
    retryable: true,
  },
  IDEMPOTENCY_CONFLICT: {
    title: '缴费请求冲突',
    detail: '这笔缴费已在其他设备或另一次登录中发起。请返回首页查看缴费结果，切勿重复缴费。',
    retryable: false,
  },
  NOT_FOUND: {
    title: '未找到该记录',
    detail: '只能查看本人缴纳或为本人缴纳的订单和凭证。如有疑问，请拨打 12393 咨询。',
    retryable: false,
  },
  SCOPE_DENIED: {
    title: '此链接仅可为该居民缴费',
    detail: '通过家人代缴卡片进入时，只能为发来卡片的家人缴费。为自己或其他人缴费，请返回首页进行实名认证。',
    retryable: false,
  },
  SHARE_REVOKED: {
    title: '代缴邀请已被撤回',
    detail: '家人已撤回这张代缴卡片。如仍需代缴，请联系家人重新发送。',
    retryable: false,
  },
  SHARE_EXPIRED: {
    title: '代缴邀请已过期',
    detail: '代缴卡片 7 天内有效。请联系家人在医保缴费中重新点“请家人代缴”发给您。',
    retryable: false,
  },
  SHARE_INVALID: {
    title: '代缴邀请已失效',
    detail: '无法识别这张代缴卡片，链接可能不完整。请联系家人在医保缴费中重新点“请家人代缴”发给您。',
    retryable: false,
  },
  MEMBER_LIMIT: {
    title: '常用缴费人已满 5 人',
    detail: '请先删除一位不再需要的缴费人，再添加新的。',
    retryable: false,
  },
  MEMBER_EXISTS: {
    title: '此人已在常用缴费人中',
    detail: '无需重复添加，请在列表中选择。',
    retryable: false,
  },
  MEMBER_IS_SELF: { title: '不能添加本人', detail: '为本人缴费请返回首页点“为本人缴费”。', retryable: false },
  NOT_BOUND: {
    title: '亲属关系未绑定',
    detail: '使用个人账户（家庭共济）缴费前需先完成亲属绑定，也可以改用微信支付。',
    retryable: false,
  },
  OUT_OF_SCOPE: {
    title: '不在家庭共济范围内',
    detail: '您的个人账户不能为该亲属的参保地缴费，请改用微信支付。',
    retryable: false,
  },
  INSUFFICIENT_BALANCE: {
    title: '个人账户余额不足',
    detail: '余额已变化，请返回重新核对金额，或改用微信支付。',
    retryable: false,
  },
  // Each face refusal means the verifyId is used up: the next try starts a new face verification.
  FACE_INCOMPLETE: {
    title: '人脸核验未完成',
    detail: '医保部门未收到完成的人脸核验结果，请重新提交，并按提示完成核验。',
    retryable: false,
  },
  FACE_FAILED: {
    title: '人脸核验未通过',
    detail: '核验结果显示不是本人。请本人在光线充足处正对手机重新核验，姓名和身份证号须为本人的。',
    retryable: false,
  },
  FACE_EXPIRED: {
    title: '人脸核验已超时',
    detail: '本次核验已失效（须在 10 分钟内完成），请重新提交后再核验。',
    retryable: false,
  },
  FACE_INVALID: {
    title: '人脸核验已失效',
    detail: '本次核验凭证已使用或无效，请重新提交后再核验。',
    retryable: false,
  },
  REFUND_EXISTS: {
    title: '已申请过退费',
    detail: '这笔缴费已有退费申请，每笔缴费只能申请一次。请在“缴费记录”中查看办理进度。',
    retryable: false,
  },
  REFUND_REASON_INVALID: {
    title: '退费原因不完整',
    detail: '请选择退费原因；选择“其他”时，请用 100 字以内说明情况。',
    retryable: false,
  },
  UNKNOWN: { title: '办理未成功', detail: '请稍后再试，或拨打 12393 咨询。', retryable: true },
}

/** The wait the bureau asked for with this failure (its Retry-After, at most RETRY_AFTER_CAP_MS), or 0. */
export function retryAfterOf(error: GatewayError): number {
  const asked = error.kind === 'http' || error.kind === 'business' ? (error.retryAfterMs ?? 0) : 0
  return Math.min(Math.max(asked, 0), RETRY_AFTER_CAP_MS)
}

/** MAINTENANCE with the time it ends (HH:mm), when the bureau said so. */
export const maintenanceUntilOf = (error: GatewayError | undefined): string | undefined =>
  error?.kind === 'business' && error.code === 'MAINTENANCE' ? error.until : undefined

/** The disabled 重试 while the bureau is under maintenance (step 5). */
export const maintenanceRetryLabel = (until: string): string => `系统维护中，请于 ${until} 后重试`

/** The disabled 确认支付 while the bureau is under maintenance (step 4). */
export const maintenancePayLabel = (until: string): string => `系统维护中，请于 ${until} 后再缴费`

/** The advice as one sentence, for a form's message line: 标题：说明. */
export function gatewayErrorSentence(error: GatewayError): string {
  const advice = describeGatewayError(error)
  return `${advice.title}：${advice.detail}`
}

const NETWORK_ADVICE: ErrorAdvice = {
  title: '网络连接失败',
  detail: '未能连接到医保系统，请检查网络后点“重试”。',
  retryable: true,
}

export function describeGatewayError(error: GatewayError): ErrorAdvice {
  switch (error.kind) {
    case 'network':
      return NETWORK_ADVICE
    case 'timeout':
      return { title: '请求超时', detail: '医保系统响应较慢，请点“重试”。', retryable: true }
    case 'http':
      // No status: the browser got no answer it may read (a refused redirect), which for the resident is no connection.
      if (!(error.status > 0)) return NETWORK_ADVICE
      return {
        title: '医保系统暂时无法访问',
        detail: `服务返回错误（${error.status}），请稍后点“重试”。`,
        retryable: true,
      }
    case 'schema':
      return { title: '数据暂时无法识别', detail: '医保系统返回的信息不完整，请点“重试”。', retryable: true }
    case 'business':
      if (error.code === 'MAINTENANCE' && error.until) {
        return {
          ...BUSINESS_ADVICE.MAINTENANCE,
          detail: `医保缴费系统正在例行维护，预计 ${error.until} 恢复，请届时再试。`,
        }
      }
      return BUSINESS_ADVICE[error.code]
  }
}
