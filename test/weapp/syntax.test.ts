/**
 * WeChat clients before iOS 13.4 cannot parse ES2020 syntax, and our
 * project.config.json does not ask WeChat to transpile on upload: every script
 * in the built bundle must parse as ES2019.
 */
import { parse } from 'acorn'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

import { WEAPP_DIST as DIST } from '../support/weapp-harness'

function scripts(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return scripts(path)
    return path.endsWith('.js') ? [path] : []
  })
}

test('every script in dist/weapp parses as ES2019', () => {
  if (!existsSync(DIST)) throw new Error('dist/weapp is missing: run `npm run build:weapp` first')
  const files = scripts(DIST)
  expect(files.length).toBeGreaterThan(5)
  const unparsable = files.filter((file) => {
    try {
      parse(readFileSync(file, 'utf8'), { ecmaVersion: 2019 })
      return false
    } catch {
      return true
    }
  })
  expect(unparsable).toEqual([])
})
