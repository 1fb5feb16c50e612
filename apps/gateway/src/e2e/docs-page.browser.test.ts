import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type LaunchedChromium, launchChromium } from '@chatwire/testkit'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createEmbeddedConfig } from '../config/create-embedded-config'
import { silentLogger } from '../log/logger'
import { type EmbeddedUpstreams, startEmbeddedUpstreams } from '../server/start-embedded-upstreams'
import { type RunningGateway, startGateway } from '../server/start-gateway'
import { fetchRequestExamples, type RequestExampleRow } from './list-request-examples'
import { type Page, tryItOut } from './try-it-out'

const ARTIFACTS = fileURLToPath(new URL('../../../../test-artifacts', import.meta.url))
const SCREENSHOT = join(ARTIFACTS, 'gateway-docs.png')
const WAIT = { timeout: 30_000 }
const GATEWAY_KEY = 'docs-page-key'

// Top-level await: the "Try it out" rows are the request examples of the served document.
const gateway: RunningGateway = await startGateway({ port: 0, logger: silentLogger })
const rows = await fetchRequestExamples(gateway)

let chromium: LaunchedChromium
let page: Page
/** Requests a page tried to send anywhere but the gateway (refused). */
const outside: string[] = []

/** The dialect of the upstream a `chatwire-upstream` header names. */
function dialectOf(running: RunningGateway, upstream: string | undefined) {
  return running.config.upstreams[upstream ?? '']?.dialect
}

/** A docs page of `url` that may reach nothing but 127.0.0.1. */
async function openDocs(url: string): Promise<Page> {
  const opened = await chromium.context.newPage()
  await opened.route('**/*', (route) => {
    const { hostname } = new URL(route.request().url())
    if (hostname === '127.0.0.1') return route.continue()
    outside.push(route.request().url())
    return route.abort()
  })
  await opened.goto(`${url}/docs`)
  await opened.locator('.opblock-summary-path').first().waitFor(WAIT)
  return opened
}

beforeAll(async () => {
  chromium = await launchChromium()
  page = await openDocs(gateway.url)
}, 90_000)

afterAll(async () => {
  await chromium?.close()
  await gateway.close()
})

describe("the gateway's GET /docs in headless Chromium", () => {
  it('renders the operations of all four dialects and the gateway, offline', async () => {
    // Saved before the checks, so a failing run leaves the picture to look at.
    mkdirSync(ARTIFACTS, { recursive: true })
    await page.screenshot({ path: SCREENSHOT, fullPage: true })

    const tags = await page
      .locator('h3.opblock-tag')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-tag')))
    expect(tags).toEqual(['OpenAI', 'Elastic', 'OctoAI', 'Friendli', 'Gateway'])
    const paths = await page
      .locator('.opblock-summary-path')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-path')))
    expect(paths).toEqual(
      expect.arrayContaining([
        '/v1/chat/completions',
        '/_inference/chat_completion/{inference_id}/_stream',
        '/octoai/v1/chat/completions',
        '/friendli/serverless/v1/chat/completions',
        '/friendli/dedicated/v1/chat/completions',
        '/friendli/serverless/tools/v1/chat/completions',
      ]),
    )
    expect(await page.locator('.errors-wrapper').allInnerTexts()).toEqual([])
  }, 60_000)

  it('has a "Try it out" row for every dialect', () => {
    expect([...new Set(rows.map(({ tag }) => tag))]).toEqual([
      'OpenAI',
      'Elastic',
      'OctoAI',
      'Friendli',
    ])
  })

  it.each(rows)(
    '"Try it out" → "Execute" on $tag $path with example $example shows its answer',
    async (row) => {
      const shown = await tryItOut(page, row)
      expect(shown.status).toBe('200')
      expect(dialectOf(gateway, shown.headers['chatwire-upstream'])).toBe(row.tag.toLowerCase())
      expect(shown.headers['content-type']).toMatch(
        row.streamed ? /^text\/event-stream/ : /^application\/json/,
      )
      if (row.streamed) expect(shown.body).toMatch(/^data: \[DONE\]$/m)
      if (row.builtinTool) expect(shown.body).toMatch(/^event: tool_status$/m)
      if (row.toolName) expect(shown.toolNames).toContain(row.toolName)
      else expect(shown.text).not.toBe('')
      expect(outside).toEqual([])
    },
    60_000,
  )
})

describe('"Try it out" on a gateway with keys, authorized the way each SDK sends its key', () => {
  let upstreams: EmbeddedUpstreams
  let keyed: RunningGateway
  let keyedPage: Page

  beforeAll(async () => {
    upstreams = await startEmbeddedUpstreams()
    const config = { ...createEmbeddedConfig(upstreams.urls), auth: { keys: [GATEWAY_KEY] } }
    keyed = await startGateway({ config, port: 0, logger: silentLogger })
    keyedPage = await openDocs(keyed.url)
  }, 90_000)

  afterAll(async () => {
    await keyedPage?.close()
    await keyed?.close()
    await upstreams?.close()
  })

  const first = (tag: string): RequestExampleRow => rows.find((row) => row.tag === tag)!

  // Swagger UI's own API for what its "Authorize" dialog stores.
  it.each([
    ['gatewayBearer', 'OpenAI', `window.ui.preauthorizeApiKey('gatewayBearer', '${GATEWAY_KEY}')`],
    [
      'gatewayApiKey',
      'Elastic',
      `window.ui.preauthorizeApiKey('gatewayApiKey', 'ApiKey ${GATEWAY_KEY}')`,
    ],
    [
      'gatewayBasic',
      'Friendli',
      `window.ui.preauthorizeBasic('gatewayBasic', 'me', '${GATEWAY_KEY}')`,
    ],
  ])(
    '%s on %s',
    async (scheme, tag, authorize) => {
      const row = first(tag)
      expect((await tryItOut(keyedPage, row)).status).toBe('401')
      await keyedPage.evaluate(authorize)
      try {
        const shown = await tryItOut(keyedPage, row)
        expect(shown.status).toBe('200')
        expect(dialectOf(keyed, shown.headers['chatwire-upstream'])).toBe(tag.toLowerCase())
      } finally {
        await keyedPage.evaluate(`window.ui.authActions.logout(['${scheme}'])`)
      }
    },
    90_000,
  )
})
