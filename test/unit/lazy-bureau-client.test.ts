import { createBureauClient, type BureauClient } from '../../src/services/bureau-client'
import { createMockGateway } from '../../src/gateway/mock/mock-gateway'
import { lazyBureauClient } from '../../src/root/lazy-bureau-client'
import { seed } from '../support/seed'

const newGateway = () => createMockGateway({ latencyMs: 0, today: () => '2025-11-20', benefitYear: 2026 })

describe('the bureau client loaded with its first call (src/root/lazy-bureau-client.ts)', () => {
  test('nothing loads until a call, then once, and the calls answer as the loaded client does', async () => {
    const gateway = newGateway()
    const load = jest.fn(() => Promise.resolve(createBureauClient(gateway)))
    const client = lazyBureauClient(load)
    expect(load).not.toHaveBeenCalled()

    const lin = seed('林晓华')
    const [started, again] = await Promise.all([
      client.startFaceVerification({ name: lin.name, idNumber: lin.idNumber }),
      client.startFaceVerification({ name: lin.name, idNumber: lin.idNumber }),
    ])
    expect(started).toEqual({
      ok: true,
      value: { verifyId: expect.stringMatching(/^fv_/), expiresInSeconds: 600 },
    })
    expect(again.ok).toBe(true)
    await client.queryOrder('no-such-token', 'no-such-order')
    expect(load).toHaveBeenCalledTimes(1)
  })

  test('a chunk that fails to load answers a network error, and the next call loads again', async () => {
    const gateway = newGateway()
    const load = jest
      .fn<Promise<BureauClient>, []>()
      .mockRejectedValueOnce(new Error('ChunkLoadError'))
      .mockImplementation(() => Promise.resolve(createBureauClient(gateway)))
    const client = lazyBureauClient(load)

    expect(await client.listRecords('token')).toEqual({ ok: false, error: { kind: 'network' } })
    const second = await client.listRecords('token')
    expect(second.ok ? 'answered' : second.error.kind).not.toBe('network')
    expect(load).toHaveBeenCalledTimes(2)
  })

  test('it is not a thenable: awaiting it gives the client, not a load', async () => {
    const load = jest.fn(() => Promise.resolve(createBureauClient(newGateway())))
    const client = lazyBureauClient(load)
    expect(await Promise.resolve(client)).toBe(client)
    expect(load).not.toHaveBeenCalled()
  })
})
