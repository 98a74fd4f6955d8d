/**
 * H5 (issue 17): rewrites the entry Taro generates for app.config.ts so that the app starts in
 * tasks of its own instead of one long task (src/root/start-in-stages.ts says why).
 *
 * Taro's entry imports React, its runtime, router and components and the app statically, then
 * creates the app, the history and the router. Rewritten, each import becomes an eager import()
 * (same file, no extra request) evaluated in its own task, with `webpackExports` naming what the
 * entry uses so that tree shaking still drops the rest; `warmUp` lists more modules to evaluate
 * in tasks of their own first (each an import the app makes anyway, big enough to matter); and
 * the calls that start the app are each given a task. CSS imports stay as they are.
 * Any line this does not understand fails the build: a new Taro template must be looked at.
 */
const IMPORT_LINE = /^import\s+(?:(.+?)\s+from\s+)?(['"])([^'"]+)\2;?$/
/** The statements of Taro's entry that start the app, each given a task of its own. */
const START_CALLS = [
  /^var inst = /,
  /^var history = /,
  /^handleAppMount\(/,
  /^createRouter\(/,
  /^initPxTransform\(/,
]

interface StagedImport {
  request: string
  /** What the entry binds from the module, as a destructuring pattern or a name; none for a side effect. */
  binding?: string
  /** The exports it uses (webpackExports); undefined when it binds the whole namespace. */
  usedExports?: string[]
}

function parseImport(line: string): StagedImport {
  const match = IMPORT_LINE.exec(line)
  if (!match) throw new Error(`staged start: cannot read the import \`${line}\``)
  const [, clause, , request] = match as unknown as [string, string | undefined, string, string]
  if (clause === undefined) return { request, usedExports: [] }
  if (clause.startsWith('* as ')) return { request, binding: clause.slice('* as '.length).trim() }
  if (/^[\w$]+$/.test(clause)) return { request, binding: `{ default: ${clause} }`, usedExports: ['default'] }
  const named = /^\{([^}]*)\}$/.exec(clause)?.[1]
  if (named === undefined) throw new Error(`staged start: cannot stage the import \`${line}\``)
  const specifiers = named
    .split(',')
    .map((specifier) => specifier.trim())
    .filter(Boolean)
    .map((specifier) => {
      const [imported, local = imported] = specifier.split(/\s+as\s+/) as [string, string?]
      return { imported, local }
    })
  return {
    request,
    binding: `{ ${specifiers.map(({ imported, local }) => (imported === local ? imported : `${imported}: ${local}`)).join(', ')} }`,
    usedExports: specifiers.map(({ imported }) => imported),
  }
}

const eagerImport = ({ request, usedExports }: StagedImport) => {
  const magic = usedExports
    ? `webpackMode: "eager", webpackExports: ${JSON.stringify(usedExports)}`
    : 'webpackMode: "eager"'
  return `() => import(/* ${magic} */ ${JSON.stringify(request)})`
}

/**
 * The entry rewritten: `stagesModule` is the absolute path of src/root/start-in-stages.ts,
 * `warmUp` the requests evaluated after the entry's first import (Taro's platform runtime and
 * its polyfills) and before the others.
 */
export function stageTaroEntry(source: string, stagesModule: string, warmUp: readonly string[] = []): string {
  const styles: string[] = []
  const imports: StagedImport[] = []
  const body: string[] = []
  for (const line of source.split('\n')) {
    const trimmed = line.trim()
    if (!trimmed.startsWith('import ')) {
      body.push(line)
      continue
    }
    const parsed = parseImport(trimmed)
    if (/\.css$/.test(parsed.request) && parsed.usedExports?.length === 0) styles.push(trimmed)
    else imports.push(parsed)
  }
  for (const call of START_CALLS) {
    const at = body.findIndex((line) => call.test(line))
    if (at < 0) throw new Error(`staged start: Taro's entry has no line matching ${String(call)}`)
    body.splice(at, 0, 'await nextTask()')
  }
  const [first, ...rest] = imports
  if (!first) throw new Error("staged start: Taro's entry imports nothing")
  const staged: StagedImport[] = [first, ...warmUp.map((request) => ({ request, usedExports: [] })), ...rest]
  const bindings = staged.flatMap((entry, index) =>
    entry.binding ? [`const ${entry.binding} = loaded[${index}]`] : [],
  )
  return [
    ...styles,
    `import { nextTask, reportStartFailure, startInStages } from ${JSON.stringify(stagesModule)}`,
    'startInStages([',
    ...staged.map((entry) => `  ${eagerImport(entry)},`),
    ']).then(async (loaded) => {',
    ...bindings,
    ...body,
    '}).catch(reportStartFailure)',
    '',
  ].join('\n')
}

/** The loader that applies it to Taro's generated H5 entry, for a rule on src/app.config.ts. */
export function stagedStartLoader(stagesModule: string, warmUp: readonly string[]) {
  return {
    loader: require.resolve('./source-transform-loader.js'),
    options: { transform: (source: string) => stageTaroEntry(source, stagesModule, warmUp) },
  }
}
