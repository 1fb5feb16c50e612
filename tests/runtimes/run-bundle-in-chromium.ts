import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { launchChromium } from '@chatwire/testkit'
import { REPORT_GLOBAL, type RuntimeReport } from './runtime-input'

const TIMEOUT_MS = 30_000
const PAGE =
  '<!doctype html><meta charset="utf-8"><script type="module" src="/runtime-matrix.mjs"></script>'

/**
 * Serves a page and the bundle from 127.0.0.1, opens it in headless Chromium (Debian's, through
 * playwright-core; every request elsewhere refused), and reads the report the bundle leaves on
 * `globalThis`. A page error fails at once, with its message.
 */
export async function runBundleInChromium(bundle: string): Promise<RuntimeReport> {
  const code = readFileSync(bundle)
  const server = createServer((request, response) => {
    if (request.url === '/runtime-matrix.mjs') {
      response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(code)
    } else if (request.url === '/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE)
    } else {
      response.writeHead(404).end()
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const chromium = await launchChromium()
  try {
    const page = await chromium.context.newPage()
    await page.route('**/*', (route) =>
      new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort(),
    )
    const failed = new Promise<never>((_, reject) => {
      page.on('pageerror', (error) => reject(new Error(`page error: ${error.message}`)))
    })
    await page.goto(`http://127.0.0.1:${port}/`, { timeout: TIMEOUT_MS })
    const reported = page
      .waitForFunction((name) => name in globalThis, REPORT_GLOBAL, { timeout: TIMEOUT_MS })
      .then(() =>
        page.evaluate((name) => JSON.stringify(Reflect.get(globalThis, name)), REPORT_GLOBAL),
      )
    return JSON.parse(await Promise.race([reported, failed])) as RuntimeReport
  } finally {
    await chromium.close()
    await new Promise((resolve) => server.close(resolve))
  }
}
