/**
 * Imported for its effect by every module that builds zod schemas. WeChat
 * forbids eval, so zod must not try to compile validators with `new Function`.
 * Schemas import `zod/mini` by name (never re-export the namespace) so that
 * webpack keeps only what is used: +18 KB against +87 KB for full zod.
 */
import { config } from 'zod/mini'

config({ jitless: true })
