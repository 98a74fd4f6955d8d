/**
 * The compile hint (config/compile-hints.ts) in a minified webpack build like the H5 one: it must
 * be the first line of the initial chunk after minifying (a comment the minifier sees is dropped)
 * and stay off the chunks loaded later.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import webpack from 'webpack'
import { COMPILE_ALL_ON_LOAD, CompileInitialChunksEagerly } from '../../config/compile-hints'

let dir: string

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'compile-hints-'))
  writeFileSync(join(dir, 'entry.js'), "import('./later').then((later) => later.default(document.title))\n")
  writeFileSync(join(dir, 'later.js'), 'export default function shout(text) { return text.toUpperCase() }\n')
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function build(): Promise<Record<string, string>> {
  const compiler = webpack({
    mode: 'production',
    context: dir,
    entry: { app: './entry.js' },
    output: {
      path: join(dir, 'dist'),
      filename: 'js/[name].[contenthash:8].js',
      chunkFilename: 'chunk/[name].[contenthash:8].js',
    },
    plugins: [new CompileInitialChunksEagerly()],
  })
  return new Promise((done, fail) =>
    compiler.run((error, stats) => {
      if (error || stats?.hasErrors()) return fail(error ?? new Error(stats?.toString()))
      const files: Record<string, string> = {}
      for (const folder of ['js', 'chunk'])
        for (const name of readdirSync(join(dir, 'dist', folder)))
          files[`${folder}/${name}`] = readFileSync(join(dir, 'dist', folder, name), 'utf8')
      compiler.close(() => done(files))
    }),
  )
}

test('the minified initial chunk starts with the hint; the later chunk has none', async () => {
  const files = await build()
  const app = Object.entries(files).filter(([name]) => name.startsWith('js/app.'))
  const later = Object.entries(files).filter(([name]) => name.startsWith('chunk/'))
  expect(app).toHaveLength(1)
  expect(later).toHaveLength(1)
  expect(app[0]![1].startsWith(COMPILE_ALL_ON_LOAD)).toBe(true)
  expect(app[0]![1].split(COMPILE_ALL_ON_LOAD)).toHaveLength(2)
  // The entry's code follows the hint, minified (no line breaks left in it).
  expect(app[0]![1].slice(COMPILE_ALL_ON_LOAD.length)).toContain('document.title')
  expect(app[0]![1].trim().split('\n')).toHaveLength(2)
  expect(later[0]![1]).not.toContain('allFunctionsCalledOnLoad')
  expect(later[0]![1]).toContain('toUpperCase')
}, 60_000)
