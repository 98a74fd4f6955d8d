/**
 * The H5 entry rewritten to start in stages (config/staged-start.ts), on the entry Taro's own
 * loader generates: a new Taro template that the rewrite does not understand fails here.
 */
import { join } from 'node:path'
import { stageTaroEntry } from '../../config/staged-start'
import { nextTask, reportStartFailure, startInStages } from '../../src/root/start-in-stages'

const SOURCE_DIR = join(__dirname, '../../src')
const STAGES_MODULE = '/app/src/root/start-in-stages.ts'

/** What Taro's H5 loader writes for an app of one page, as in a production build of ours. */
function taroEntry(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const generate = (require('@tarojs/taro-loader/lib/h5') as { default: (this: unknown) => string }).default
  return generate.call({
    mode: 'production',
    resourcePath: join(SOURCE_DIR, 'app.config.ts'),
    context: SOURCE_DIR,
    rootContext: join(SOURCE_DIR, '..'),
    utils: { contextify: (_context: string, request: string) => `./${request.slice(SOURCE_DIR.length + 1)}` },
    getOptions: () => ({
      entryFileName: 'app',
      filename: 'app',
      runtimePath: ['@tarojs/plugin-platform-h5/dist/runtime'],
      sourceDir: SOURCE_DIR,
      config: { router: { mode: 'hash' }, pages: ['pages/home/index'] },
      framework: 'react',
      pages: [['pages/home/index', join(SOURCE_DIR, 'pages/home/index.config.ts')]],
      pxTransformConfig: { designWidth: 750, deviceRatio: { 750: 1 } },
      // As @tarojs/plugin-framework-react sets it for React 18 on H5, with our creator (config/index.ts).
      loaderMeta: {
        importFrameworkStatement:
          "\nimport * as React from 'react'\nimport ReactDOM from 'react-dom/client'\n",
        extraImportForWeb: "import { findDOMNode, render, unstable_batchedUpdates } from 'react-dom'\n",
        execBeforeCreateWebApp: 'Object.assign(ReactDOM, { findDOMNode, render, unstable_batchedUpdates })\n',
        creator: 'createAppRenderingInTransitions',
        creatorLocation: '/app/src/root/transition-app.h5.ts',
        frameworkArgs: 'React, ReactDOM, config',
        importFrameworkName: 'React',
      },
    }),
  })
}

const STAGED_IMPORT =
  /import\(\/\* (webpackMode: "eager"(?:, webpackExports: (\[[^\]]*\]))?) \*\/ ("[^"]+")\)/g

/** Runs the rewritten entry with fake modules; resolves with what it loaded and called, in order. */
async function runStaged(code: string, modules: Record<string, object>): Promise<string[]> {
  const events: string[] = []
  const runnable = code
    .split('\n')
    .filter((line) => !line.startsWith('import '))
    .join('\n')
    .replace(STAGED_IMPORT, (_all, _magic, _exports, request: string) => `__load(${request})`)
  const load = (request: string) => {
    events.push(`load ${request}`)
    const found = modules[request]
    return found ? Promise.resolve(found) : Promise.reject(new Error(`no module ${request}`))
  }
  let started!: () => void
  const done = new Promise<void>((resolve) => (started = resolve))
  const entry = new Function('__load', 'nextTask', 'reportStartFailure', 'startInStages', runnable) as (
    ...args: unknown[]
  ) => void
  const record =
    (name: string, result?: unknown) =>
    (...args: unknown[]) => {
      events.push(`${name}(${args.map((arg) => (typeof arg === 'string' ? arg : typeof arg)).join(', ')})`)
      if (name === 'initPxTransform') started()
      return result
    }
  Object.assign(modules['@tarojs/taro'] ?? {}, { initPxTransform: record('initPxTransform') })
  Object.assign(modules['@tarojs/router'] ?? {}, {
    createHashHistory: record('createHashHistory', 'history'),
    handleAppMount: record('handleAppMount'),
    createRouter: record('createRouter'),
  })
  Object.assign(modules['/app/src/root/transition-app.h5.ts'] ?? {}, {
    createAppRenderingInTransitions: record('createAppRenderingInTransitions', 'inst'),
  })
  entry(load, nextTask, reportStartFailure, startInStages)
  await done
  return events
}

const fakeModules = (): Record<string, object> => ({
  '@tarojs/plugin-platform-h5/dist/runtime': {},
  react: {},
  '@tarojs/runtime': { window: {} },
  '@tarojs/taro': {},
  '@tarojs/router': {},
  '"./app"': {},
  './app': { default: 'App' },
  '/app/src/root/transition-app.h5.ts': {},
  'react-dom/client': { default: {} },
  'react-dom': { findDOMNode: 1, render: 2, unstable_batchedUpdates: 3 },
})

describe("Taro's H5 entry, rewritten to start in stages", () => {
  const source = taroEntry()
  const staged = stageTaroEntry(source, STAGES_MODULE, ['react', '@tarojs/runtime'])

  test('only CSS and the stage runner stay static imports', () => {
    const staticImports = staged.split('\n').filter((line) => line.startsWith('import '))
    expect(staticImports).toEqual([
      "import '@tarojs/components/global.css'",
      `import { nextTask, reportStartFailure, startInStages } from "${STAGES_MODULE}"`,
    ])
  })

  test('each import is evaluated in its own stage, naming the exports the entry uses', () => {
    const stages = [...staged.matchAll(STAGED_IMPORT)].map(
      ([, , used, request]) => `${request} ${used ?? '*'}`,
    )
    expect(stages).toEqual([
      '"@tarojs/plugin-platform-h5/dist/runtime" []',
      '"react" []',
      '"@tarojs/runtime" []',
      '"@tarojs/taro" ["initPxTransform"]',
      '"@tarojs/router" ["createRouter","createHashHistory","handleAppMount"]',
      '"./app" ["default"]',
      '"@tarojs/runtime" ["window"]',
      '"/app/src/root/transition-app.h5.ts" ["createAppRenderingInTransitions"]',
      '"react" *',
      '"react-dom/client" ["default"]',
      '"react-dom" ["findDOMNode","render","unstable_batchedUpdates"]',
    ])
  })

  test('the app starts as Taro wrote it: modules in order, then each start call after a yield', async () => {
    const events = await runStaged(staged, fakeModules())
    expect(events).toEqual([
      'load @tarojs/plugin-platform-h5/dist/runtime',
      'load react',
      'load @tarojs/runtime',
      'load @tarojs/taro',
      'load @tarojs/router',
      'load ./app',
      'load @tarojs/runtime',
      'load /app/src/root/transition-app.h5.ts',
      'load react',
      'load react-dom/client',
      'load react-dom',
      'createAppRenderingInTransitions(App, object, object, object)',
      'createHashHistory(object)',
      'handleAppMount(object, history)',
      'createRouter(history, inst, object, object)',
      'initPxTransform(object)',
    ])
    const body = staged.slice(staged.indexOf('.then(async'))
    for (const call of [
      'var inst = ',
      'var history = ',
      'handleAppMount(',
      'createRouter(',
      'initPxTransform(',
    ]) {
      expect(body).toContain(`await nextTask()\n${call}`)
    }
  })

  test('an import it cannot read, or a template without the start calls, fails the build', () => {
    expect(() => stageTaroEntry(`import React, { useState } from 'react'\n${source}`, STAGES_MODULE)).toThrow(
      'cannot stage the import',
    )
    expect(() => stageTaroEntry(source.replace(/^createRouter\(.*$/m, ''), STAGES_MODULE)).toThrow(
      'no line matching',
    )
  })
})

describe('the stage runner', () => {
  test('runs each loader after the one before has finished, and resolves with what they returned', async () => {
    const order: string[] = []
    const stage = (name: string) => async () => {
      order.push(`start ${name}`)
      await Promise.resolve()
      order.push(`end ${name}`)
      return name
    }
    const started = startInStages([stage('a'), stage('b')])
    order.push('asked')
    await expect(started).resolves.toEqual(['a', 'b'])
    expect(order).toEqual(['asked', 'start a', 'end a', 'start b', 'end b'])
  })

  test('yields to a task queued before it, not only to promises', async () => {
    const order: string[] = []
    await new Promise<void>((resolve) => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => {
        order.push('earlier task')
        channel.port1.close()
      }
      channel.port2.postMessage(null)
      void nextTask().then(() => {
        order.push('after yield')
        resolve()
      })
      order.push('same task')
    })
    expect(order).toEqual(['same task', 'earlier task', 'after yield'])
  })

  test('a failing stage stops the start and is reported, not swallowed', async () => {
    const later = jest.fn()
    await expect(startInStages([() => Promise.reject(new Error('chunk failed')), later])).rejects.toThrow(
      'chunk failed',
    )
    expect(later).not.toHaveBeenCalled()
    jest.useFakeTimers()
    reportStartFailure(new Error('chunk failed'))
    expect(() => jest.runOnlyPendingTimers()).toThrow('chunk failed')
    jest.useRealTimers()
  })
})
