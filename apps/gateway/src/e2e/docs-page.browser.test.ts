import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type LaunchedChromium, launchChromium } from '@chatwire/testkit'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { silentLogger } from '../log/logger'
import { type RunningGateway, startGateway } from '../server/start-gateway'

const ARTIFACTS = fileURLToPath(new URL('../../../../test-artifacts', import.meta.url))
const SCREENSHOT = join(ARTIFACTS, 'gateway-docs.png')

let gateway: RunningGateway
let chromium: LaunchedChromium

beforeAll(async () => {
  gateway = await startGateway({ port: 0, logger: silentLogger })
  chromium = await launchChromium()
}, 60_000)

afterAll(async () => {
  await chromium?.close()
  await gateway?.close()
})

describe("the gateway's GET /docs in headless Chromium", () => {
  it('renders the operations of all four dialects and the gateway, offline', async () => {
    const page = await chromium.context.newPage()
    const outside: string[] = []
    await page.route('**/*', (route) => {
      const { hostname } = new URL(route.request().url())
      if (hostname === '127.0.0.1') return route.continue()
      outside.push(route.request().url())
      return route.abort()
    })
    await page.goto(`${gateway.url}/docs`)
    await page.locator('.opblock-summary-path').first().waitFor({ timeout: 30_000 })
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
    expect(outside).toEqual([])
  }, 60_000)
})
