/**
 * The layer rules of eslint.config.mjs, tested by linting probes: each wrong-way probe is one import that a
 * layer may not make and must be refused with the rule (and, for layers, the message) we expect; the right-way
 * probes must lint clean, so the test also fails if the config stops resolving imports or classifying files.
 * Probes are linted as virtual files inside src/ (their imports point at real files); the cycle needs two real
 * files, kept in test/lint-probes, which `eslint .` ignores.
 */
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { resolve as resolveImport } from 'eslint-import-resolver-typescript'

const ROOT = resolve(__dirname, '../..')
const RUNNER = join(ROOT, 'test/support/lint-probe-runner.mjs')

interface LintMessage {
  ruleId: string | null
  message: string
  severity: number
  fatal: boolean
}
interface LintResult {
  filePath: string
  messages: LintMessage[]
}

interface Probe {
  name: string
  filePath: string
  code: string
  /** The rule that must refuse it. */
  rule: string
  /** A fragment the message must contain (for layer probes: "<from> may not import <to>"). */
  says?: string
}

/** `import * as target from '<source>'`: no names, so renaming an export does not break the probe. */
const importAll = (source: string): string => `import * as target from '${source}'\nexport { target }\n`

const BOUNDARIES = 'boundaries/dependencies'
const TARO = 'no-restricted-imports'
const COMPONENT = 'src/features/payment/components/probe.tsx'
const PAGE = 'src/pages/probe/index.tsx'
const GATEWAY = 'src/gateway/mock/probe.ts'

/** A layer probe: `filePath` imports `source`, which boundaries must refuse saying `says`. */
const layer = (name: string, filePath: string, source: string, says?: string): Probe => ({
  name,
  filePath,
  code: importAll(source),
  rule: BOUNDARIES,
  says,
})

/** A Taro probe: `code` imports a Taro API outside src/platform. */
const taro = (name: string, filePath: string, code: string): Probe => ({
  name,
  filePath,
  code,
  rule: TARO,
  says: 'src/platform adapter',
})

const WRONG_WAY: Probe[] = [
  layer(
    'domain → platform',
    'src/domain/probe.ts',
    '../platform/navigation',
    'domain may not import platform',
  ),
  layer(
    'domain → services',
    'src/domain/probe.ts',
    '../services/payment-service',
    'domain may not import services',
  ),
  layer(
    'domain → gateway',
    'src/domain/probe.ts',
    '../gateway/mock/mock-gateway',
    'domain may not import gateway',
  ),
  {
    name: 'domain → react',
    filePath: 'src/domain/probe.ts',
    code: importAll('react'),
    rule: TARO,
    says: 'no React',
  },
  layer('config → services', 'src/config/probe.ts', '../services/rules', 'config may not import services'),
  layer(
    'contract → services',
    'src/contract/probe.ts',
    '../services/ports',
    'contract may not import services',
  ),
  layer(
    'services → a feature',
    'src/services/probe.ts',
    '../features/payment',
    'services may not import feature',
  ),
  layer(
    'services → platform',
    'src/services/probe.ts',
    '../platform/storage',
    'services may not import platform',
  ),
  layer(
    'services → gateway',
    'src/services/probe.ts',
    '../gateway/http/http-gateway',
    'services may not import gateway',
  ),
  layer('gateway → platform', GATEWAY, '../../platform/storage', 'gateway may not import platform'),
  layer(
    'gateway → a services module other than ports (value import)',
    GATEWAY,
    '../../services/payment-service',
    'gateway may not import services',
  ),
  taro(
    'component → request from @tarojs/taro',
    COMPONENT,
    "import { request } from '@tarojs/taro'\nexport { request }\n",
  ),
  taro(
    'component → requestPayment from @tarojs/taro',
    COMPONENT,
    "import { requestPayment } from '@tarojs/taro'\nexport { requestPayment }\n",
  ),
  taro(
    'component → setStorageSync from @tarojs/taro',
    COMPONENT,
    "import { setStorageSync } from '@tarojs/taro'\nexport { setStorageSync }\n",
  ),
  taro('component → Taro default import', COMPONENT, "import Taro from '@tarojs/taro'\nexport { Taro }\n"),
  taro(
    'page → useRouter from @tarojs/taro (params come through usePageParams)',
    PAGE,
    "import { useRouter } from '@tarojs/taro'\nexport { useRouter }\n",
  ),
  layer(
    'component → the mock gateway',
    COMPONENT,
    '../../../gateway/mock/mock-gateway',
    'feature may not import gateway',
  ),
  {
    name: 'component → the mock gateway (dynamic import)',
    filePath: COMPONENT,
    code: "export const load = () => import('../../../gateway/mock/mock-gateway')\n",
    rule: BOUNDARIES,
    says: 'feature may not import gateway',
  },
  layer(
    "feature → another feature's store",
    COMPONENT,
    '../../family/store/family-store',
    "feature may not import a feature's internals",
  ),
  layer('feature → src/root', COMPONENT, '../../../root/app-services', 'feature may not import root'),
  layer(
    'feature → src/contract',
    COMPONENT,
    '../../../contract/wire-schemas',
    'feature may not import contract',
  ),
  layer('ui → a feature', 'src/ui/probe.tsx', '../features/payment', 'ui may not import feature'),
  layer('ui → platform', 'src/ui/probe.tsx', '../platform/navigation', 'ui may not import platform'),
  layer(
    'platform → a feature',
    'src/platform/probe.ts',
    '../features/read-aloud',
    'platform may not import feature',
  ),
  layer(
    'platform → gateway',
    'src/platform/probe.ts',
    '../gateway/mock/mock-gateway',
    'platform may not import gateway',
  ),
  layer('page → the HTTP gateway', PAGE, '../../gateway/http/http-gateway', 'page may not import gateway'),
  layer(
    "page → a feature's internals",
    PAGE,
    '../../features/payment/store/payment-store',
    "page may not import a feature's internals",
  ),
  layer('page → services', PAGE, '../../services/payment-service', 'page may not import services'),
  layer(
    'page → a platform module other than navigation',
    PAGE,
    '../../platform/storage',
    'page may not import platform',
  ),
  layer(
    'subpackage page → services',
    'src/packages/family/pages/probe/index.tsx',
    '../../../../services/gateway-errors',
    'page may not import services',
  ),
  layer('services → src/app.ts (outside every layer)', 'src/services/probe.ts', '../app'),
  {
    name: 'a file in a folder that is no layer',
    filePath: 'src/lib/probe.ts',
    code: 'export const x = 1\n',
    rule: 'boundaries/no-unknown-files',
  },
]

const RIGHT_WAY: Probe[] = [
  {
    name: "page → a feature's index, ui, domain, navigation and a lifecycle hook",
    filePath: PAGE,
    code: [
      "import { useDidShow } from '@tarojs/taro'",
      "import * as payment from '../../features/payment'",
      "import * as ui from '../../ui'",
      "import * as money from '../../domain/money'",
      "import * as navigation from '../../platform/navigation'",
      'export { useDidShow, payment, ui, money, navigation }',
      '',
    ].join('\n'),
    rule: '',
  },
  {
    name: "feature → another feature's index, ui, services, domain, config, platform and @tarojs/components",
    filePath: COMPONENT,
    code: [
      "import { View } from '@tarojs/components'",
      "import * as family from '../../family'",
      "import * as ui from '../../../ui'",
      "import * as service from '../../../services/payment-service'",
      "import * as money from '../../../domain/money'",
      "import * as routes from '../../../config/routes'",
      "import * as share from '../../../platform/share'",
      'export { View, family, ui, service, money, routes, share }',
      '',
    ].join('\n'),
    rule: '',
  },
  {
    name: 'gateway → ports, types of services, contract, config, domain',
    filePath: GATEWAY,
    code: [
      "import * as ports from '../../services/ports'",
      "import type * as service from '../../services/payment-service'",
      "import * as wire from '../../contract/wire-schemas'",
      "import * as regions from '../../config/regions'",
      "import * as money from '../../domain/money'",
      'export type Service = typeof service',
      'export { ports, wire, regions, money }',
      '',
    ].join('\n'),
    rule: '',
  },
  {
    name: 'platform → ports, config, domain',
    filePath: 'src/platform/probe.ts',
    code: [
      "import * as ports from '../services/ports'",
      "import * as routes from '../config/routes'",
      "import * as money from '../domain/money'",
      'export { ports, routes, money }',
      '',
    ].join('\n'),
    rule: '',
  },
]

const CYCLE_FILE = 'test/lint-probes/cycle/cycle-a.ts'

/** The relative imports of a probe, resolved the way tsc would (x.ts, x.tsx, x/index.ts). */
function missingTargets(probe: Probe): string[] {
  const sources = [...probe.code.matchAll(/from '(\.[^']+)'|import\('(\.[^']+)'\)/g)].map(
    (m) => m[1] ?? m[2] ?? '',
  )
  return sources.filter((source) => {
    const base = join(ROOT, dirname(probe.filePath), source)
    return !['.ts', '.tsx', '/index.ts', '/index.tsx'].some((ext) => existsSync(base + ext))
  })
}

function runLint(texts: Probe[], files: string[]): Promise<LintResult[]> {
  return new Promise((done, fail) => {
    const child = execFile(
      process.execPath,
      [RUNNER],
      { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) fail(new Error(`${error.message}\n${stderr}`))
        else done(JSON.parse(stdout) as LintResult[])
      },
    )
    child.stdin?.end(
      JSON.stringify({ texts: texts.map(({ code, filePath }) => ({ code, filePath })), files }),
    )
  })
}

let results: LintResult[] = []

beforeAll(async () => {
  results = await runLint([...WRONG_WAY, ...RIGHT_WAY], [CYCLE_FILE])
}, 120_000)

const resultOf = (index: number): LintResult => {
  const result = results[index]
  if (!result) throw new Error(`no lint result for probe ${index}`)
  return result
}

describe('lint layers: every wrong-way import is refused', () => {
  test.each(WRONG_WAY.map((probe, index) => [probe.name, probe, index] as const))(
    '%s',
    (_name, probe, index) => {
      expect(missingTargets(probe)).toEqual([])
      const { messages } = resultOf(index)
      expect(messages.filter((m) => m.fatal)).toEqual([])
      const refusals = messages.filter((m) => m.ruleId === probe.rule && m.severity === 2)
      expect(refusals.length).toBeGreaterThan(0)
      if (probe.says) expect(refusals.map((m) => m.message).join('\n')).toContain(probe.says)
    },
  )

  test('an import cycle between two real files', () => {
    const { messages } = resultOf(WRONG_WAY.length + RIGHT_WAY.length)
    expect(messages.map((m) => m.ruleId)).toContain('import-x/no-cycle')
  })
})

describe('lint layers: right-way imports lint clean', () => {
  test.each(RIGHT_WAY.map((probe, index) => [probe.name, probe, WRONG_WAY.length + index] as const))(
    '%s',
    (_name, probe, index) => {
      expect(missingTargets(probe)).toEqual([])
      expect(resultOf(index).messages).toEqual([])
    },
  )
})

describe('lint layers: the resolver picks the plain file of a multi-end pair', () => {
  test.each([
    ['src/platform/share', 'src/platform/share.ts'],
    ['src/platform/speech', 'src/platform/speech.ts'],
    ['src/gateway/mock/load-mock-gateway', 'src/gateway/mock/load-mock-gateway.ts'],
    ['src/root/load-rules', 'src/root/load-rules.ts'],
  ])('./%s → %s', (source, expected) => {
    expect(existsSync(join(ROOT, source.replace(/$/, '.h5.ts')))).toBe(true)
    const found = resolveImport(`./${source}`, join(ROOT, 'probe.ts'), {
      project: join(ROOT, 'tsconfig.json'),
    })
    expect(found.found).toBe(true)
    expect(found.path).toBe(join(ROOT, expected))
  })
})
