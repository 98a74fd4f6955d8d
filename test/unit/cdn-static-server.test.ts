/**
 * The server the Lighthouse bench measures the H5 build through (scripts/cdn-static-server.ts):
 * compressed as a CDN would (brotli first, else gzip), hashed files cached for a year,
 * index.html revalidated, deep links answered with index.html.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { get, type IncomingHttpHeaders } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { serveLikeCdn } from '../../scripts/cdn-static-server'
import type { RunningServer } from '../support/static-server'

const APP_JS = `console.log(${JSON.stringify('医保缴费'.repeat(200))})`
const INDEX = '<!doctype html><html><body><div id="app"></div></body></html>'

let root: string
let server: RunningServer
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'cdn-'))
  mkdirSync(join(root, 'js'))
  writeFileSync(join(root, 'index.html'), INDEX)
  writeFileSync(join(root, 'js/app.3f9a1c2e.js'), APP_JS)
  server = await serveLikeCdn(root)
})
afterAll(async () => {
  await server.close()
  rmSync(root, { recursive: true, force: true })
})

function fetchRaw(
  path: string,
  acceptEncoding: string,
): Promise<{ headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(`${server.url}${path}`, { headers: { 'accept-encoding': acceptEncoding } }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }))
    }).on('error', reject)
  })
}

test('a hashed file comes brotli-compressed when the browser takes brotli, cached for a year', async () => {
  const { headers, body } = await fetchRaw('/js/app.3f9a1c2e.js', 'gzip, deflate, br')
  expect(headers['content-encoding']).toBe('br')
  expect(headers['cache-control']).toBe('public, max-age=31536000, immutable')
  expect(headers.vary).toBe('accept-encoding')
  expect(body.length).toBeLessThan(Buffer.byteLength(APP_JS) / 4)
  expect(brotliDecompressSync(body).toString()).toBe(APP_JS)
})

test('gzip for a browser without brotli, the file as it is for one with neither', async () => {
  const gzipped = await fetchRaw('/js/app.3f9a1c2e.js', 'gzip')
  expect(gzipped.headers['content-encoding']).toBe('gzip')
  expect(gunzipSync(gzipped.body).toString()).toBe(APP_JS)
  const plain = await fetchRaw('/js/app.3f9a1c2e.js', 'identity')
  expect(plain.headers['content-encoding']).toBeUndefined()
  expect(plain.body.toString()).toBe(APP_JS)
})

test('index.html, and any deep link, is revalidated on every load', async () => {
  for (const path of ['/', '/index.html', '/pages/verify/index']) {
    const { headers, body } = await fetchRaw(path, 'br')
    expect(headers['cache-control']).toBe('no-cache')
    expect(brotliDecompressSync(body).toString()).toBe(INDEX)
  }
})
