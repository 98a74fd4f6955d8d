/**
 * Calls `operation` through the bureau client with every field the client can
 * send (a member token, an account part …): the contract test checks those
 * bodies against the request schemas; the client test feeds the answers in.
 */
import type { createBureauClient } from '../../src/services/bureau-client'
import type { Operation } from '../../src/services/ports'
import { seed } from './seed'
import { linOrder } from './verified-order'

/** Calls `operation` through the client with every field it can send. */
export function callOperation(
  client: ReturnType<typeof createBureauClient>,
  operation: Operation,
): Promise<unknown> {
  switch (operation) {
    case 'startFaceVerification':
      return client.startFaceVerification({ name: '林晓华', idNumber: seed('林晓华').idNumber })
    case 'verifyIdentity':
      return client.verifyIdentity('fv_a')
    case 'startMemberFaceVerification':
      return client.startMemberFaceVerification('tk_a', 'mb_a')
    case 'getEnrolment':
      return client.getEnrolment('tk_a', 'mb_a')
    case 'createOrder':
      return client.createOrder({ ...linOrder('tk_a'), memberToken: 'mb_a', accountFen: 100 })
    case 'queryOrder':
      return client.queryOrder('tk_a', 'OD1')
    case 'getReceipt':
      return client.getReceipt('tk_a', 'FJ1')
    case 'listRecords':
      return client.listRecords('tk_a')
    case 'checkReceipt':
      return client.checkReceipt('FJ2026000001', 'K3Z9QD')
    case 'createShareToken':
      return client.createShareToken('tk_a')
    case 'redeemShareToken':
      return client.redeemShareToken('sh_a')
    case 'listShareTokens':
      return client.listShareTokens('tk_a')
    case 'revokeShareToken':
      return client.revokeShareToken('tk_a', 'sh_a')
    case 'listFamilyMembers':
      return client.listFamilyMembers('tk_a')
    case 'addFamilyMember':
      return client.addFamilyMember({
        token: 'tk_a',
        name: '周文静',
        idNumber: seed('周文静').idNumber,
        relation: 'sibling',
      })
    case 'removeFamilyMember':
      return client.removeFamilyMember('tk_a', 'mb_a')
    case 'bindFamilyMember':
      return client.bindFamilyMember({
        token: 'tk_a',
        memberToken: 'mb_a',
        evidence: 'household-register',
        ticket: 'photo-ok',
      })
    case 'getPersonalAccount':
      return client.getPersonalAccount('tk_a')
    case 'requestRefund':
      return client.requestRefund({
        token: 'tk_a',
        receiptNo: 'FJ1',
        reason: 'other',
        note: '单位已为我缴纳',
        idempotencyKey: 'rk_a',
      })
  }
}
