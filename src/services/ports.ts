/**
 * The ports the service layer needs. Implementations: src/gateway (mock and
 * HTTP transports) and src/platform (payment, face check, storage); tests
 * inject fakes.
 */
import type { SpeechScript } from '../domain/read-aloud'

export const OPERATIONS = [
  'verifyIdentity',
  'getEnrolment',
  'createOrder',
  'queryOrder',
  'getReceipt',
  'listRecords',
  'createShareToken',
  'redeemShareToken',
  'listFamilyMembers',
  'addFamilyMember',
  'removeFamilyMember',
  'bindFamilyMember',
  'getPersonalAccount',
] as const
export type Operation = (typeof OPERATIONS)[number]

export type TransportResponse =
  | { kind: 'body'; body: unknown }
  | { kind: 'network' }
  | { kind: 'timeout' }
  | { kind: 'http'; status: number }

/** One call to the bureau gateway; the response body is unchecked here. */
export interface GatewayTransport {
  send(operation: Operation, body: Record<string, unknown>): Promise<TransportResponse>
}

export interface PayParams {
  timeStamp: string
  nonceStr: string
  package: string
  signType: 'MD5' | 'HMAC-SHA256' | 'RSA'
  paySign: string
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
  current(): { amountFen: number; params: PayParams } | undefined
  subscribe(listener: () => void): () => void
  pay(): void
  cancel(): void
}

export type FaceCheckResult = { ok: true; ticket: string } | { ok: false; reason: 'cancelled' | 'failed' }

export interface FaceCheckPort {
  verify(): Promise<FaceCheckResult>
}

/** The 户口簿 photo a child's binding needs: taken or chosen, uploaded, and known to the bureau by a single-use ticket. */
export type PhotoUploadResult = { ok: true; ticket: string } | { ok: false; reason: 'cancelled' | 'failed' }

export interface PhotoUploadPort {
  uploadHouseholdRegister(): Promise<PhotoUploadResult>
}

export interface Clock {
  /** YYYY-MM-DD in China Standard Time. */
  today(): string
  sleep(ms: number): Promise<void>
}

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
