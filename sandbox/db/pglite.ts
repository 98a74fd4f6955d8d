/**
 * PGlite, loaded with Node's own `require`. Its CommonJS build imports Node
 * built-ins with `import()`, which code loaded through Jest's module registry
 * cannot run (that needs --experimental-vm-modules); Node's loader runs it
 * anywhere. Under tsx this is the module a static import gives.
 * (`process.getBuiltinModule` reaches Node's `module`: Jest hands out its own.)
 */
import { createRequire as jestOrNodeCreateRequire } from 'node:module'
import type * as Pglite from '@electric-sql/pglite'

type PgliteModule = typeof Pglite

const createRequire = process.getBuiltinModule?.('node:module').createRequire ?? jestOrNodeCreateRequire

export const { PGlite } = createRequire(__filename)('@electric-sql/pglite') as PgliteModule
export type PGlite = InstanceType<PgliteModule['PGlite']>
