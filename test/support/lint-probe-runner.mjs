/**
 * Lints probes with the project's eslint.config.mjs and prints the messages as JSON.
 * Input on stdin: { texts: [{ code, filePath }], files: [path] }, paths relative to the repository root.
 * It runs in its own Node process because ESLint loads its config with a dynamic import(), which jest's
 * module sandbox refuses (test/unit/lint-layers.test.ts starts it).
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ESLint } from 'eslint'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

const input = JSON.parse(readFileSync(0, 'utf8'))
// ignore: false so the probes under test/lint-probes (ignored by `eslint .`) are linted here.
const eslint = new ESLint({ cwd: ROOT, ignore: false })

const summary = (result) => ({
  filePath: result.filePath,
  messages: result.messages.map(({ ruleId, message, severity, fatal }) => ({
    ruleId,
    message,
    severity,
    fatal: fatal === true,
  })),
})

const results = []
for (const { code, filePath } of input.texts ?? []) {
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, filePath) })
  results.push(summary(result))
}
if ((input.files ?? []).length > 0) {
  for (const result of await eslint.lintFiles(input.files.map((file) => resolve(ROOT, file))))
    results.push(summary(result))
}
process.stdout.write(JSON.stringify(results))
