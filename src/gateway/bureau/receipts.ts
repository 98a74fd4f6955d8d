/**
 * 电子凭证 and 缴费记录. A receipt is read by the session of its payer or of
 * the insured resident, or by the share session whose order it settled;
 * anyone else is told NOT_FOUND, as for a receipt that does not exist.
 * 电子凭证查验 needs no session: the number and its verification code answer
 * the masked receipt, and anything else the one answer `not-found` (a
 * refunded receipt too: it no longer proves the year paid).
 */
import { maskIdNumber, maskPersonName } from '../../domain/masking'
import { withSession, residentOnly, type Caller, type Handler } from './access'
import type { BureauContext } from './context'
import { memberTokenFor } from './family'
import type { LedgerTx, Order, Receipt } from './ledger'
import type { Person } from './people'
import { CODE_ALPHABET, DIGITS, randomText } from './random'
import { refundReply } from './refund-reply'
import { refuse, reply, text } from './replies'

/** A receipt number: a readable prefix and year, then 12 random digits (FJ2026…). */
async function newReceiptNo(ctx: BureauContext, tx: LedgerTx): Promise<string> {
  for (;;) {
    const receiptNo = `FJ${ctx.benefitYear}${await randomText(ctx.randomBytes, 12, DIGITS)}`
    if (!(await tx.getReceipt(receiptNo))) return receiptNo
  }
}

/** The six characters a counter clerk types to check a receipt. */
const newVerificationCode = (ctx: BureauContext): Promise<string> =>
  randomText(ctx.randomBytes, 6, CODE_ALPHABET)

/** The receipt for an order the money has just paid. */
export async function receiptFor(
  ctx: BureauContext,
  tx: LedgerTx,
  order: Order,
  insured: Person,
): Promise<Receipt> {
  return {
    receiptNo: await newReceiptNo(ctx, tx),
    verificationCode: await newVerificationCode(ctx),
    orderId: order.orderId,
    insured: order.insured,
    payer: order.payer,
    recordId: order.recordId,
    benefitYear: order.benefitYear,
    amountFen: order.amountFen,
    coverageStart: order.coverageStart,
    ...(order.lines && { lines: order.lines }),
    paidAt: `${ctx.todayFor(insured)} 10:00`,
    lagQueriesLeft: insured.receiptLagQueries ?? 0,
    viaShare: order.viaShare,
  }
}

/** Payments the bureau had before this app (seeded), written to the ledger once. */
export async function recordSeededPayments(
  ctx: BureauContext,
  tx: LedgerTx,
  seeds: readonly Person[],
): Promise<void> {
  for (const person of seeds) {
    const ref = ctx.registry.refOf(person.idNumber)
    for (const record of person.records ?? []) {
      if (!record.paid || !ref || (await tx.getReceipt(record.paid.receiptNo))) continue
      await tx.putReceipt({
        ...record.paid,
        verificationCode: await newVerificationCode(ctx),
        insured: ref,
        payer: ref,
        recordId: record.recordId,
        benefitYear: ctx.yearFor(person),
        lagQueriesLeft: 0,
      })
    }
  }
}

const regionNameOf = (insured: Person, receipt: Receipt): string =>
  insured.records?.find((record) => record.recordId === receipt.recordId)?.regionName ?? ''

const issuerOf = (regionName: string): string => `${regionName}医疗保障局`

// A relative who paid through a 请家人代缴 link is not known by name to the bureau.
const maskedPayerOf = (receipt: Receipt, payer: Person): string =>
  receipt.viaShare ? '家人代缴' : maskPersonName(payer.name)

/** Compares every character whatever the first difference, so the time taken tells nothing of the code. */
function sameCode(expected: string, given: string): boolean {
  let difference = expected.length ^ given.length
  for (let index = 0; index < expected.length; index += 1) {
    difference |= expected.charCodeAt(index) ^ given.charCodeAt(index % Math.max(1, given.length))
  }
  return difference === 0
}

/** Whether the caller may read this receipt (and ask for its refund). */
export const mayReadReceipt = (caller: Caller, receipt: Receipt): boolean =>
  caller.session.scope === 'share'
    ? receipt.viaShare !== undefined && receipt.viaShare === caller.session.shareToken
    : receipt.insured === caller.ref || receipt.payer === caller.ref

export const receiptHandlers: Record<'getReceipt' | 'checkReceipt' | 'listRecords', Handler> = {
  getReceipt: withSession(async (ctx, tx, body, caller) => {
    const receipt = await tx.getReceipt(text(body.receiptNo))
    const insured = receipt && ctx.registry.person(receipt.insured)
    const payer = receipt && ctx.registry.person(receipt.payer)
    if (!receipt || !insured || !payer || !mayReadReceipt(caller, receipt))
      return refuse('NOT_FOUND', '未找到电子凭证')
    if (receipt.lagQueriesLeft > 0) {
      await tx.putReceipt({ ...receipt, lagQueriesLeft: receipt.lagQueriesLeft - 1 })
      return reply({ status: 'pending', receiptNo: receipt.receiptNo })
    }
    const regionName = regionNameOf(insured, receipt)
    return reply({
      status: 'issued',
      receipt: {
        receiptNo: receipt.receiptNo,
        verificationCode: receipt.verificationCode,
        issuer: issuerOf(regionName),
        maskedPayerName: maskedPayerOf(receipt, payer),
        maskedInsuredName: maskPersonName(insured.name),
        maskedInsuredIdNumber: maskIdNumber(insured.idNumber),
        amountFen: receipt.amountFen,
        benefitYear: receipt.benefitYear,
        coverageStart: receipt.coverageStart,
        // What was paid, item by item (补缴 years beside the year's standard).
        // On the wire every amount is ≥ 0: an assistance item is a deduction by its kind.
        lines: receipt.lines?.map((line) => ({ ...line, amountFen: Math.abs(line.amountFen) })),
        paidAt: receipt.paidAt,
        regionName,
      },
    })
  }),

  // 电子凭证查验: the caller's rate is limited before this runs (caller-limits.ts).
  checkReceipt: async (ctx, tx, body) => {
    const receiptNo = text(body.receiptNo).trim()
    const receipt = receiptNo ? await tx.getReceipt(receiptNo) : undefined
    const insured = receipt && ctx.registry.person(receipt.insured)
    const payer = receipt && ctx.registry.person(receipt.payer)
    const code = text(body.verificationCode).trim().toUpperCase()
    // A refunded receipt (已退款) no longer proves a payment: it answers as one that does not exist.
    if (!receipt || !insured || !payer || !sameCode(receipt.verificationCode, code) || receipt.refundedOn)
      return reply({ status: 'not-found' })
    return reply({
      status: 'valid',
      receiptNo: receipt.receiptNo,
      issuer: issuerOf(regionNameOf(insured, receipt)),
      maskedPayerName: maskedPayerOf(receipt, payer),
      maskedInsuredName: maskPersonName(insured.name),
      amountFen: receipt.amountFen,
      benefitYear: receipt.benefitYear,
      paidOn: receipt.paidAt.slice(0, 10),
    })
  },

  listRecords: residentOnly(async (ctx, tx, _body, caller) => {
    const receipts = await tx.findReceiptsOf(caller.ref)
    const records = []
    for (const receipt of receipts) {
      const insured = ctx.registry.person(receipt.insured)
      if (!insured) continue
      const refund = await tx.findRefundByReceipt(receipt.receiptNo)
      records.push({
        receiptNo: receipt.receiptNo,
        benefitYear: receipt.benefitYear,
        amountFen: receipt.amountFen,
        paidAt: receipt.paidAt,
        coverageStart: receipt.coverageStart,
        refund: refund && refundReply(refund),
        regionName: insured.records?.find((record) => record.recordId === receipt.recordId)?.regionName ?? '',
        maskedInsuredName: maskPersonName(insured.name),
        memberToken:
          receipt.insured === caller.ref ? undefined : await memberTokenFor(tx, caller.ref, receipt.insured),
      })
    }
    return reply({ records })
  }),
}
