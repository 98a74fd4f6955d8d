/**
 * The app's own model of what the bureau answers: the types stores, components
 * and pages use, none of them a wire type. They stay plain and close to the
 * wire, but services own them: the bureau client passes every parsed answer
 * through one of the `fromWire` functions, the one place wire becomes app.
 * Money is the domain's `Fen` already (the wire schema brands it).
 */
import type {
  BillLineKind,
  BindFamilyMemberWire,
  CreateOrderWire,
  EnrolmentWire,
  FaceVerificationWire,
  FamilyMembersWire,
  FamilyMemberWire,
  PersonalAccountWire,
  QueryOrderWire,
  ReceiptCheckWire,
  ReceiptResponseWire,
  RecordStatus,
  RecordsWire,
  RedeemShareWire,
  RefundWire,
  RemoveFamilyMemberWire,
  ShareTokenWire,
  SignType,
  VerifyIdentityWire,
} from '../contract/wire-schemas'
import type { BindingEvidence, BindingStatus, Relation } from '../domain/family'
import { fen, type Fen } from '../domain/money'
import type { PaidYear } from '../domain/payment-history'
import type { OrderStatus } from '../domain/payment-machine'
import type { RefundReason, RefundStatus } from '../domain/refund'
import type { Category, SubsidyGroup } from '../domain/region-rules'

export type { RecordStatus, SignType }

/** The bureau's answer to a verification: an opaque token and the masked display. */
export interface VerifiedIdentity {
  token: string
  maskedName: string
  maskedIdNumber: string
  birthDate: string
  /** The bureau's opaque reference to the resident, the same in each of their sessions: whose bill is whose. */
  residentRef: string
}

/** A face verification the bureau started: the verifyId for wx.requestFacialVerify, and how long it is good for. */
export interface FaceVerification {
  verifyId: string
  expiresInSeconds: number
}

/** What a relative's app learns from a share token: a session for that resident, masked. */
export interface SharedSession {
  token: string
  maskedName: string
  maskedIdNumber: string
}

/** 参保记录: one region's enrolment of the resident for a benefit year. */
export interface EnrolmentRecord {
  recordId: string
  adcode: string
  regionName: string
  category: Category
  subsidyGroup: SubsidyGroup
  benefitYear: number
  status: RecordStatus
  receiptNo?: string
  /** What the waiting period and incentive rules need; absent means none known. */
  breakYears?: number
  continuousYears?: number
  claimFreeLastYear?: boolean
  /** A newborn's birth date: enrolment within the region's days covers from birth. */
  birthDate?: string
  inSchool?: boolean
  /** The bureau's date for this bill: the payment date rules count from. */
  bureauDate?: string
  /** The benefit years paid, each with the day it was paid: breaks and late payments come from these. */
  history?: PaidYear[]
  /** Whole years of age on the benefit year's first day (age-band standards); never a birth date. */
  ageOnFirstDay?: number
}

export type Enrolment = { registered: false } | { registered: true; records: EnrolmentRecord[] }

/** WeChat Pay's cashier parameters, handed to the cashier untouched. */
export interface PayParams {
  timeStamp: string
  nonceStr: string
  package: string
  signType: SignType
  paySign: string
}

export interface CreatedOrder {
  orderId: string
  amountFen: Fen
  /** Absent when the personal account pays the whole bill: there is no cashier to open. */
  payParams?: PayParams
  /** The part taken from the employee personal account (家庭共济). */
  accountFen?: Fen
}

/** The order query's answer: the only word on whether money moved. */
export interface OrderAnswer {
  orderId: string
  status: OrderStatus
  /** The order's whole amount, compared with the bill's before SUCCESS counts as paid. */
  amountFen: Fen
  receiptNo?: string
}

/** One item paid: the year's standard, its 长护险 part, group assistance (negative), or 补缴 back-years. */
export interface ReceiptLine {
  kind: BillLineKind
  label: string
  amountFen: Fen
}

/** A bill item with its sign: assistance (a deduction on the wire) lowers the bill, so the lines sum to the total. */
const signedLine = (line: ReceiptLine): ReceiptLine =>
  line.kind === 'assistance' ? { ...line, amountFen: fen(-line.amountFen) } : line

/** 缴费电子凭证. */
export interface Receipt {
  receiptNo: string
  verificationCode: string
  issuer: string
  maskedPayerName: string
  maskedInsuredName: string
  maskedInsuredIdNumber: string
  amountFen: Fen
  benefitYear: number
  coverageStart: string
  /** The items paid (they sum to amountFen); absent for a payment made before this app. */
  lines?: ReceiptLine[]
  paidAt: string
  regionName: string
}

/** A receipt once issued; until then its number only. */
export type ReceiptStatus = { status: 'pending'; receiptNo: string } | { status: 'issued'; receipt: Receipt }

/**
 * 电子凭证查验: what the bureau confirms of a receipt anyone may check (masked
 * names, no ID number), or `not-found` for an unknown number and a wrong code alike.
 */
export type ReceiptCheck =
  | { status: 'not-found' }
  | {
      status: 'valid'
      receiptNo: string
      issuer: string
      maskedPayerName: string
      maskedInsuredName: string
      amountFen: Fen
      benefitYear: number
      /** The day it was paid, YYYY-MM-DD. */
      paidOn: string
    }

/** 缴费记录: one payment made through the app. */
export interface PaymentRecord {
  receiptNo: string
  benefitYear: number
  amountFen: Fen
  paidAt: string
  regionName: string
  maskedInsuredName: string
  /** Paid for one of the requester's 常用缴费人: that member's token. */
  memberToken?: string
  /** The first day of cover; later than the year's first day, the days before are a waiting period. */
  coverageStart: string
  /** The 退费申请 for this payment, if one was asked. */
  refund?: Refund
}

/** 退费申请 and where it stands; the money goes back by the channel it came in. */
export interface Refund {
  refundId: string
  receiptNo: string
  amountFen: Fen
  reason: RefundReason
  note?: string
  status: RefundStatus
  /** 未通过: the bureau's reason. */
  rejectionReason?: string
  submittedOn: string
  /** 已退款: the day the money went back. */
  refundedOn?: string
}

export interface PaymentRecords {
  records: PaymentRecord[]
}

/** 请家人代缴: the opaque token a share card carries, and its last valid day. */
export interface ShareToken {
  shareToken: string
  expiresOn: string
}

/** A 常用缴费人 as the bureau holds them for the payer: an opaque token and masked display only. */
export interface FamilyMember {
  memberToken: string
  maskedName: string
  maskedIdNumber: string
  relation: Relation
  binding: BindingStatus
  /** What the bureau asks for to bind this relative. */
  bindingEvidence: BindingEvidence
}

export interface FamilyMembers {
  members: FamilyMember[]
}

/** The payer's employee personal account (家庭共济), if any. */
export type PersonalAccount =
  { hasAccount: false } | { hasAccount: true; adcode: string; regionName: string; balanceFen: Fen }

/**
 * Wire → app, one function per answer. Where the two have the same shape the
 * function returns its input: the compiler checks they still agree, and this
 * is where they would part.
 */
export const fromWire = {
  verifiedIdentity: (wire: VerifyIdentityWire): VerifiedIdentity => wire,
  faceVerification: (wire: FaceVerificationWire): FaceVerification => wire,
  sharedSession: (wire: RedeemShareWire): SharedSession => wire,
  enrolment: (wire: EnrolmentWire): Enrolment => wire,
  createdOrder: (wire: CreateOrderWire): CreatedOrder => wire,
  orderAnswer: (wire: QueryOrderWire): OrderAnswer => wire,
  receiptStatus: (wire: ReceiptResponseWire): ReceiptStatus =>
    wire.status === 'issued' && wire.receipt.lines
      ? { ...wire, receipt: { ...wire.receipt, lines: wire.receipt.lines.map(signedLine) } }
      : wire,
  paymentRecords: (wire: RecordsWire): PaymentRecords => wire,
  refund: (wire: RefundWire): Refund => wire,
  receiptCheck: (wire: ReceiptCheckWire): ReceiptCheck => wire,
  shareToken: (wire: ShareTokenWire): ShareToken => wire,
  familyMembers: (wire: FamilyMembersWire): FamilyMembers => wire,
  familyMember: (wire: FamilyMemberWire): FamilyMember => wire,
  removed: (wire: RemoveFamilyMemberWire): { removed: true } => wire,
  binding: (wire: BindFamilyMemberWire): { binding: BindingStatus } => wire,
  personalAccount: (wire: PersonalAccountWire): PersonalAccount => wire,
}
