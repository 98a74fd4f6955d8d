/**
 * The H5 first screen in Lighthouse (issue 17): home and step 1 (核验身份), each audited
 * three times with Lighthouse's mobile defaults (simulated slow 4G and a 4× slower CPU)
 * against the production build served as a CDN would (scripts/cdn-static-server.ts).
 * Prints every run and the median of each figure against the goal: performance ≥ 0.95,
 * LCP ≤ 1.5 s, TBT ≤ 100 ms. Scores move with the machine's load, so the load average is
 * printed with them.
 *
 * `npm run bench` runs it on dist/h5 (or H5_DIST); alone: `npx tsx scripts/bench-lighthouse.ts [dist dir] [paths]`.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { CHROMIUM_PATH } from '../test/support/browser'
import { serveLikeCdn } from './cdn-static-server'

export const FIRST_SCREEN_GOAL = { performance: 0.95, lcpMs: 1500, tbtMs: 100 }
const RUNS = 3
const PAGES: ReadonlyArray<readonly [name: string, path: string]> = [
  ['home', '/#/pages/home/index'],
  ['step 1 (verify)', '/#/pages/verify/index'],
]

interface RunFigures {
  performance: number
  lcpMs: number
  tbtMs: number
  fcpMs: number
  transferredKb: number
}

interface Chromium {
  port: number
  stop(): Promise<void>
}

/** Chromium with a fresh profile and a DevTools port for Lighthouse (the flags the facts file lists). */
function launchForLighthouse(): Promise<Chromium> {
  const profile = mkdtempSync(join(tmpdir(), 'lighthouse-profile-'))
  const child: ChildProcess = spawn(
    CHROMIUM_PATH,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-extensions',
      'about:blank',
    ],
    // Its own process group: chromium's helper processes write to the profile until they end too.
    { stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  )
  const exited = new Promise<void>((done) => child.once('exit', () => done()))
  // The profile is removed once chromium has exited: it writes to it until then.
  const stop = async () => {
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL')
    await exited
    rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 })
  }
  return new Promise((done, fail) => {
    let said = ''
    child.stderr?.on('data', (chunk: Buffer) => {
      said += chunk.toString()
      const port = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(said)?.[1]
      if (port) done({ port: Number(port), stop })
    })
    child.on('exit', (code) => fail(new Error(`chromium exited (${String(code)}) before listening: ${said}`)))
  })
}

async function auditOnce(url: string): Promise<RunFigures> {
  // Lighthouse is an ES module only: loaded when first needed.
  const { default: lighthouse } = await import('lighthouse')
  const chromium = await launchForLighthouse()
  try {
    const result = await lighthouse(url, {
      port: chromium.port,
      onlyCategories: ['performance'],
      output: 'json',
      logLevel: 'error',
    })
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
    const { lhr } = result
    if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`)
    const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN
    return {
      performance: lhr.categories.performance?.score ?? 0,
      lcpMs: numeric('largest-contentful-paint'),
      tbtMs: numeric('total-blocking-time'),
      fcpMs: numeric('first-contentful-paint'),
      transferredKb: numeric('total-byte-weight') / 1024,
    }
  } finally {
    await chromium.stop()
  }
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

const describe = (run: RunFigures) =>
  `performance ${run.performance.toFixed(2)}, LCP ${(run.lcpMs / 1000).toFixed(2)} s, TBT ${Math.round(run.tbtMs)} ms, FCP ${(run.fcpMs / 1000).toFixed(2)} s, ${run.transferredKb.toFixed(0)} KiB transferred`

/** Audits home and step 1 of the build in `dist` (or other `pages`); true when every median meets the goal. */
export async function lighthouseFirstScreen(dist: string, pages = PAGES): Promise<boolean> {
  const server = await serveLikeCdn(dist)
  let allMet = true
  try {
    for (const [name, path] of pages) {
      const runs: RunFigures[] = []
      for (let i = 0; i < RUNS; i += 1) {
        const load = loadavg()[0] ?? 0
        const run = await auditOnce(`${server.url}${path}`)
        runs.push(run)
        console.log(
          `Lighthouse ${name}, run ${i + 1}/${RUNS} (load average ${load.toFixed(2)}): ${describe(run)}`,
        )
      }
      const mid: RunFigures = {
        performance: median(runs.map((run) => run.performance)),
        lcpMs: median(runs.map((run) => run.lcpMs)),
        tbtMs: median(runs.map((run) => run.tbtMs)),
        fcpMs: median(runs.map((run) => run.fcpMs)),
        transferredKb: median(runs.map((run) => run.transferredKb)),
      }
      const met =
        mid.performance >= FIRST_SCREEN_GOAL.performance &&
        mid.lcpMs <= FIRST_SCREEN_GOAL.lcpMs &&
        mid.tbtMs <= FIRST_SCREEN_GOAL.tbtMs
      allMet &&= met
      console.log(
        `Lighthouse ${name}, median of ${RUNS}: ${describe(mid)} (goal ≥ ${FIRST_SCREEN_GOAL.performance}, LCP ≤ ${FIRST_SCREEN_GOAL.lcpMs / 1000} s, TBT ≤ ${FIRST_SCREEN_GOAL.tbtMs} ms) ${met ? 'OK' : 'MISSED'}`,
      )
    }
  } finally {
    await server.close()
  }
  return allMet
}

if (require.main === module) {
  // Another build, and other pages of it: tsx scripts/bench-lighthouse.ts /tmp/app/dist/h5 /#/pages/index/index
  const [distArgument, ...paths] = process.argv.slice(2)
  const dist = resolve(distArgument ?? join(__dirname, '../dist/h5'))
  lighthouseFirstScreen(dist, paths.length > 0 ? paths.map((path) => [path, path] as const) : PAGES)
    .then((met) => {
      if (!met) process.exitCode = 1
    })
    .catch((error: unknown) => {
      console.error(error)
      process.exitCode = 1
    })
}
