/**
 * A small local bureau for the HTTP gateway's tests: a Node HTTP server on
 * 127.0.0.1 that answers POST /<operation> from the same mock gateway the app
 * embeds, so the two implementations cannot drift. Faults come from the mock's
 * fault plan and are turned into what a real server would do: an HTTP status,
 * a request left hanging (timeout), a dropped connection.
 */
import { createServer, type Server } from 'node:http'
import { createMockGateway, type MockGateway } from '../../src/gateway/mock/mock-gateway'
import { OPERATIONS, type Operation } from '../../src/services/ports'
import type { FaultPlan } from '../../src/gateway/mock/fault-plan'
import type { RandomBytes } from '../../src/gateway/bureau'

export interface BureauSimulator {
  url: string
  gateway: MockGateway
  requests: Array<{ operation: string; body: string }>
  close(): Promise<void>
}

export interface BureauSimulatorOptions {
  faults?: FaultPlan
  /** The bureau's date: fixed, or read at each request (a test moving the clock past a share's last day). */
  today?: string | (() => string)
  randomBytes?: RandomBytes
}

export async function startBureauSimulator(options: BureauSimulatorOptions = {}): Promise<BureauSimulator> {
  const { today = '2025-11-20' } = options
  const gateway = createMockGateway({
    latencyMs: 0,
    today: typeof today === 'string' ? () => today : today,
    benefitYear: 2026,
    faults: options.faults,
    randomBytes: options.randomBytes,
  })
  const requests: BureauSimulator['requests'] = []
  const hanging = new Set<() => void>()

  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const operation = (request.url ?? '').replace(/^\//, '')
      const text = Buffer.concat(chunks).toString('utf8')
      requests.push({ operation, body: text })
      if (request.method !== 'POST' || !(OPERATIONS as readonly string[]).includes(operation)) {
        response.writeHead(404).end()
        return
      }
      void gateway
        .send(operation as Operation, JSON.parse(text) as Record<string, unknown>)
        .then((answer) => {
          switch (answer.kind) {
            case 'body':
              response
                .writeHead(200, {
                  'content-type': 'application/json',
                  // A refusal with a wait (RATE_LIMITED), as the sandbox sends it.
                  ...(answer.retryAfterMs !== undefined && {
                    'retry-after': String(Math.ceil(answer.retryAfterMs / 1000)),
                  }),
                })
                .end(JSON.stringify(answer.body))
              return
            case 'http':
              response.writeHead(answer.status, { 'content-type': 'application/json' }).end('{}')
              return
            case 'network':
              request.socket.destroy()
              return
            case 'timeout': {
              // Leave the request unanswered until the client gives up (or the server closes).
              const release = () => response.destroy()
              hanging.add(release)
              response.on('close', () => hanging.delete(release))
            }
          }
        })
    })
  })

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    url: `http://127.0.0.1:${port}`,
    gateway,
    requests,
    close: () =>
      new Promise((resolve) => {
        hanging.forEach((release) => release())
        server.close(() => resolve())
        // fetch may hold a spare keep-alive socket that never carried a request; close
        // would wait ~4 s for it to time out, so drop every connection now.
        server.closeAllConnections()
      }),
  }
}
