import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { REPOSITORY_ROOT } from '../cli/repository-root'
import type { DialectName } from '../dialect/dialect-descriptor'
import { DIALECT_DESCRIPTORS } from '../dialect/dialect-descriptors'
import { buildGatewayOpenApi } from '../openapi/build-gateway-openapi'
import { type LaunchedChromium, launchChromium } from '../test-support/launch-chromium'
import { serveFetchHandler, type TestServer } from '../test-support/serve-fetch-handler'
import { createDocsHandler } from './create-docs-handler'
import { loadDialectExamples } from './load-dialect-examples'
import { locateFixtures } from './locate-fixtures'

const SCREENSHOT = join(REPOSITORY_ROOT, 'test-artifacts', 'openapi-docs.png')
const dialects = Object.keys(DIALECT_DESCRIPTORS).sort() as DialectName[]
const descriptors = dialects.map((dialect) => DIALECT_DESCRIPTORS[dialect]!)

let server: TestServer
let chromium: LaunchedChromium

beforeAll(async () => {
  const examples = Object.fromEntries(
    dialects.map((dialect) => [dialect, loadDialectExamples(locateFixtures(dialect))]),
  )
  const document = buildGatewayOpenApi({ dialects, examples })
  server = await serveFetchHandler(createDocsHandler({ document, title: 'chatwire gateway' }))
  chromium = await launchChromium()
}, 60_000)

afterAll(async () => {
  await chromium?.close()
  await server?.close()
})

describe('GET /docs in headless Chromium', () => {
  it('renders the operations of every dialect, offline', async () => {
    const page = await chromium.context.newPage()
    const outside: string[] = []
    await page.route('**/*', (route) => {
      const { hostname } = new URL(route.request().url())
      if (hostname === '127.0.0.1') return route.continue()
      outside.push(route.request().url())
      return route.abort()
    })
    await page.goto(`${server.url}/docs`)
    await page.locator('.opblock-summary-path').first().waitFor({ timeout: 30_000 })
    // Saved before the checks, so a failing run leaves the picture to look at.
    mkdirSync(join(REPOSITORY_ROOT, 'test-artifacts'), { recursive: true })
    await page.screenshot({ path: SCREENSHOT, fullPage: true })

    const tags = await page
      .locator('h3.opblock-tag')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-tag')))
    expect(tags).toEqual([...descriptors.map(({ tag }) => tag), 'Gateway'])
    const paths = await page
      .locator('.opblock-summary-path')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-path')))
    const served = descriptors.flatMap(({ operations }) =>
      operations.flatMap(({ gatewayPath }) => gatewayPath ?? []),
    )
    expect(served.length).toBeGreaterThanOrEqual(descriptors.length)
    expect(served.filter((path) => !paths.includes(path))).toEqual([])
    expect(await page.locator('.errors-wrapper').allInnerTexts()).toEqual([])
    expect(outside).toEqual([])
  }, 60_000)
})
