/**
 * The ports the service layer needs. Implementations: src/gateway (mock and
 * HTTP transports) and src/platform (payment, face check, storage); tests
 * inject fakes.
 */
import type { HouseholdPhotoProblem } from '../domain/family'
import type { Fen } from '../domain/money'
import type { SpeechScript } from '../domain/read-aloud'
import type { PayParams } from './model'

export type { PayParams }

export const OPERATIONS = [
  'startFaceVerification',
  'verifyIdentity',
  'getEnrolment',
  'createOrder',
  'queryOrder',
  'getReceipt',
  'listRecords',
  'checkReceipt',
  'createShareToken',
  'redeemShareToken',
  'listShareTokens',
  'revokeShareToken',
  'listFamilyMembers',
  'addFamilyMember',
  'removeFamilyMember',
  'startMemberFaceVerification',
  'bindFamilyMember',
  'getPersonalAccount',
  'requestRefund',
] as const
export type Operation = (typeof OPERATIONS)[number]

export type TransportResponse =
  /** `retryAfterMs`: a Retry-After sent with the answer (a 200 refusing with 系统繁忙 may carry one). */
  | { kind: 'body'; body: unknown; retryAfterMs?: number }
  | { kind: 'network' }
  | { kind: 'timeout' }
  /** `retryAfterMs`: the bureau's Retry-After (on 429 and 503), what to wait before asking again. */
  | { kind: 'http'; status: number; retryAfterMs?: number }

/** What the platform's HTTP adapter answers (src/platform/http-request.ts over Taro.request). */
export type HttpResult =
  | {
      kind: 'response'
      status: number
      data: unknown
      /** The Retry-After header as sent (seconds or an HTTP date), if any. */
      retryAfter?: string
      /** The answer came from another address than asked (a redirect was followed): never to be trusted. */
      redirected?: boolean
    }
  | { kind: 'network' }
  | { kind: 'timeout' }

/** The HTTP gateway's one way out: a POST of JSON, with a timeout. */
export type HttpRequester = (input: {
  url: string
  method: 'POST'
  data: Record<string, unknown>
  timeoutMs: number
}) => Promise<HttpResult>

/** One call to the bureau gateway; the response body is unchecked here. */
export interface GatewayTransport {
  send(operation: Operation, body: Record<string, unknown>): Promise<TransportResponse>
}

/** What the WeChat cashier said. Only the order query decides whether money moved. */
export type PaymentCallback = 'completed' | 'cancelled' | 'failed'

export interface PaymentPort {
  requestPayment(params: PayParams): Promise<PaymentCallback>
}

/**
 * The simulated WeChat cashier sheet of demo builds (mock bureau): what it asks
 * for, and the resident's 支付 / 取消. Builds on a real bureau have none.
 */
export interface SimulatedCashier extends PaymentPort {
  /** The sheet being shown, if any (for useSyncExternalStore). */
  current(): { amountFen: Fen; params: PayParams } | undefined
  subscribe(listener: () => void): () => void
  pay(): void
  cancel(): void
  /** 支付失败: WeChat Pay reports the payment failed; nothing is charged (the order query then says PAYERROR). */
  fail(): void
}

/**
 * How a face check ended on the phone. `finished` says nothing about the
 * result: only the bureau, reading it itself, says whether it passed.
 * `cancelled`: the person left it; `failed`: it could not run to the end
 * (camera, network); `unsupported`: this WeChat cannot do it (base library
 * older than 3.8.12).
 */
export type FaceCheckOutcome = { finished: true } | { finished: false; reason: FaceCheckFailure }
export type FaceCheckFailure = 'cancelled' | 'failed' | 'unsupported'

/**
 * WeChat's face verification (wx.requestFacialVerify) for a verifyId the
 * bureau started: the adapter sees the verifyId only, never a name or ID number.
 */
export interface FaceCheckPort {
  /** The face check is simulated (demo and sandbox builds): the screen must say so. */
  readonly simulated: boolean
  verify(verifyId: string): Promise<FaceCheckOutcome>
}

/** Where a 户口簿 photo upload stands, for the progress the resident sees: the camera or album is open, or so much is sent. */
export type PhotoUploadProgress = { stage: 'choosing' } | { stage: 'uploading'; percent: number }

/**
 * Why there is no ticket: the resident cancelled; the app may not use the
 * camera or album (`denied`); the file is not a photo the bureau takes
 * (`not-image`, `too-large`, `empty`: householdPhotoProblem); the bureau
 * refused it (`refused`, with its reason); the upload failed; or this build
 * has no upload endpoint (`unavailable`).
 */
export type PhotoUploadFailure =
  | { reason: 'cancelled' | 'denied' | 'failed' | 'unavailable' | HouseholdPhotoProblem }
  | { reason: 'refused'; message: string }

/** The 户口簿 photo a child's binding needs: taken or chosen, uploaded, and known to the bureau by a single-use ticket. */
export type PhotoUploadResult = { ok: true; ticket: string } | ({ ok: false } & PhotoUploadFailure)

export interface PhotoUploadRequest {
  /** The payer's session and the member the photo is for: the ticket is good for that member's binding only. */
  token: string
  memberToken: string
  onProgress?(progress: PhotoUploadProgress): void
}

export interface PhotoUploadPort {
  /** Call it straight from the resident's tap: a browser opens its file picker only within a user gesture. */
  uploadHouseholdRegister(request: PhotoUploadRequest): Promise<PhotoUploadResult>
}

export interface Clock {
  /** YYYY-MM-DD in China Standard Time. */
  today(): string
  sleep(ms: number): Promise<void>
  /** Milliseconds since the epoch (default Date.now): when a busy bureau may be asked again. */
  now?(): number
}

/**
 * A cryptographic random source: `length` random bytes (src/platform/random.ts:
 * Web Crypto or wx.getRandomValues, never Math.random). Idempotency keys and
 * the jitter of waits are drawn from it; tests pass a deterministic one.
 */
export type RandomSource = (length: number) => Uint8Array | Promise<Uint8Array>

/**
 * 朗读. `unavailable`: this device cannot speak Chinese (no voice, no clips):
 * the screen says so instead. `stopped`: the resident stopped it, or another
 * reading replaced it.
 */
export type SpeechOutcome = 'done' | 'stopped' | 'unavailable' | 'failed'

export interface SpeechPort {
  speak(script: SpeechScript): Promise<SpeechOutcome>
  stop(): void
}
