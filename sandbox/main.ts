/**
 * `npm run bureau`: the sandbox bureau on 127.0.0.1:10087 (settings: sandbox/config.ts).
 * SIGTERM or SIGINT shuts it down gracefully; a second signal ends it at once.
 */
import { mkdirSync } from 'node:fs'
import { optionsFromEnv } from './config'
import { createLog, errorFields } from './log'
import { startSandbox } from './server'

async function main(): Promise<void> {
  const options = optionsFromEnv()
  if (options.database?.kind === 'pglite' && options.database.dataDir)
    mkdirSync(options.database.dataDir, { recursive: true })
  const sandbox = await startSandbox(options)
  let stopping = false
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(130)
    stopping = true
    sandbox.log('info', 'shutting down', { signal })
    sandbox.close().then(
      () => process.exit(0),
      (error: unknown) => {
        sandbox.log('error', 'shutdown failed', errorFields(error))
        process.exit(1)
      },
    )
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
}

main().catch((error: unknown) => {
  createLog()('error', 'start failed', {
    ...errorFields(error),
    message: error instanceof Error ? error.message.slice(0, 300) : undefined,
  })
  process.exit(1)
})
