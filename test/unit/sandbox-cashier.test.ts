/**
 * The H5 sandbox build's cashier (src/gateway/http/sandbox-cashier.ts) against
 * the sandbox bureau in-process: the sheet asks what /cashier/open says the
 * order is for; 支付 settles the order in the sandbox's ledger before the
 * sheet closes; 取消 moves nothing; 模拟支付失败 has the bureau record PAYERROR;
 * an order the sandbox does not know opens no sheet.
 */
import { createHttpGateway } from '../../src/gateway/http/http-gateway'
import { createSandboxCashier } from '../../src/gateway/http/sandbox-cashier'
import { createBureauClient, type BureauClient } from '../../src/services/bureau-client'
import type { PayParams, SimulatedCashier } from '../../src/services/ports'
import { nodeRequester } from '../support/node-http-requester'
import { closeSharedDatabase, startTestSandbox, type TestSandbox } from '../support/sandbox-bureau'
import { linOrder, tokenOf } from '../support/verified-order'

jest.setTimeout(60_000)

let sandbox: TestSandbox
let client: BureauClient
let cashier: SimulatedCashier

beforeEach(async () => {
  sandbox = await startTestSandbox({ logging: 'off' })
  client = createBureauClient(
    createHttpGateway({ baseUrl: sandbox.url, request: nodeRequester, sleep: () => Promise.resolve() }),
  )
  cashier = createSandboxCashier({ baseUrl: `${sandbox.url}/`, request: nodeRequester })
})
afterEach(() => sandbox.close())
afterAll(() => closeSharedDatabase())

async function linOpenOrder(): Promise<{ token: string; orderId: string; payParams: PayParams }> {
  const token = await tokenOf(client, '林晓华', sandbox)
  const created = await client.createOrder(linOrder(token))
  if (!created.ok || !created.value.payParams) throw new Error(`createOrder: ${JSON.stringify(created)}`)
  return { token, orderId: created.value.orderId, payParams: created.value.payParams }
}

/** Opens the sheet and waits until it shows; `outcome` is what the sheet will report (wrapped: an async function would wait for it). */
async function open(params: PayParams): Promise<{ outcome: Promise<string> }> {
  const shown = new Promise<void>((resolve) => {
    const stop = cashier.subscribe(() => {
      if (cashier.current()) {
        stop()
        resolve()
      }
    })
  })
  const outcome = cashier.requestPayment(params)
  const early = outcome.then((said) => {
    throw new Error(`the sheet did not open: ${said}`)
  })
  await Promise.race([shown, early])
  early.catch(() => undefined)
  return { outcome }
}

test('支付: the sheet shows the amount the sandbox asks for, and the money moves before it closes', async () => {
  const before = (await sandbox.paidOrders()).length
  const { token, orderId, payParams } = await linOpenOrder()
  const { outcome } = await open(payParams)
  expect(cashier.current()).toMatchObject({ amountFen: 40_000, params: payParams })
  cashier.pay()
  cashier.pay() // a second tap while the first is on its way does nothing more
  await expect(outcome).resolves.toBe('completed')
  expect(cashier.current()).toBeUndefined()
  const paid = await sandbox.paidOrders()
  expect(paid).toHaveLength(before + 1)
  expect(paid.filter((order) => order.orderId === orderId)).toHaveLength(1)
  const queried = await client.queryOrder(token, orderId)
  expect(queried.ok && queried.value).toMatchObject({ status: 'SUCCESS' })
})

test('取消 moves nothing; 模拟支付失败 is recorded as PAYERROR', async () => {
  const before = (await sandbox.paidOrders()).length
  const { token, orderId, payParams } = await linOpenOrder()
  const { outcome: cancelled } = await open(payParams)
  cashier.cancel()
  await expect(cancelled).resolves.toBe('cancelled')
  const stillOpen = await client.queryOrder(token, orderId)
  expect(stillOpen.ok && stillOpen.value).toMatchObject({ status: 'NOTPAY' })

  const { outcome: failed } = await open(payParams)
  cashier.fail()
  await expect(failed).resolves.toBe('failed')
  const afterFail = await client.queryOrder(token, orderId)
  expect(afterFail.ok && afterFail.value).toMatchObject({ status: 'PAYERROR' })
  expect(await sandbox.paidOrders()).toHaveLength(before)
})

test('an order the sandbox does not know opens no sheet', async () => {
  const params = {
    timeStamp: '1',
    nonceStr: 'n',
    package: 'prepay_id=OD-none',
    signType: 'RSA',
    paySign: 'x',
  }
  await expect(cashier.requestPayment(params as PayParams)).resolves.toBe('failed')
  expect(cashier.current()).toBeUndefined()
})
