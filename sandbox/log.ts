/**
 * Structured logs: one JSON object a line. What goes in is chosen field by
 * field (operation, status, duration, request id, business code), never a
 * request or answer body, so no name, ID number, token or order number can
 * reach a log line; error entries carry the error's name and SQLSTATE, not
 * its message (a database message may quote a row).
 */
export type LogEntry = Record<string, string | number | boolean | undefined>

export type Log = (level: 'info' | 'warn' | 'error', msg: string, fields?: LogEntry) => void

export type LineSink = (line: string) => void

export const stdoutSink: LineSink = (line) => {
  process.stdout.write(`${line}\n`)
}

export function createLog(sink: LineSink = stdoutSink): Log {
  return (level, msg, fields = {}) => {
    sink(JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields }))
  }
}

export const silentLog: Log = () => undefined

/** What may be logged of an error: its class and SQLSTATE. */
export function errorFields(error: unknown): LogEntry {
  const name = error instanceof Error ? error.name : typeof error
  const code = (error as { code?: unknown } | null)?.code
  return { error: name, sqlState: typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined }
}
