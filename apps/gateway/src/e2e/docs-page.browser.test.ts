import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type LaunchedChromium, launchChromium } from '@chatwire/testkit'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { silentLogger } from '../log/logger'
import { type RunningGateway, startGateway } from '../server/start-gateway'
import { listTryItOutRows, type Page, readShownAnswer } from './try-it-out-rows'

const ARTIFACTS = fileURLToPath(new URL('../../../../test-artifacts', import.meta.url))
const SCREENSHOT = join(ARTIFACTS, 'gateway-docs.png')
const WAIT = { timeout: 30_000 }

// Top-level await: the "Try it out" rows are the request examples of the served document.
const gateway: RunningGateway = await startGateway({ port: 0, logger: silentLogger })
const rows = await fetch(`${gateway.url}/openapi.json`, { signal: AbortSignal.timeout(30_000) })
  .then((response) => response.json())
  .then(listTryItOutRows)
  .catch(async (error) => {
    await gateway.close()
    throw error
  })

let chromium: LaunchedChromium
let page: Page
/** Requests the page tried to send anywhere but the gateway (refused). */
const outside: string[] = []

beforeAll(async () => {
  chromium = await launchChromium()
  page = await chromium.context.newPage()
  await page.route('**/*', (route) => {
    const { hostname } = new URL(route.request().url())
    if (hostname === '127.0.0.1') return route.continue()
    outside.push(route.request().url())
    return route.abort()
  })
  await page.goto(`${gateway.url}/docs`)
  await page.locator('.opblock-summary-path').first().waitFor(WAIT)
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
      const block = page.locator(`#operations-${row.tag}-${row.operationId}`)
      if (!(await block.locator('.opblock-body').isVisible())) {
        await block.locator('.opblock-summary').click()
        await block.locator('button.try-out__btn').click()
      }
      await block.locator('select.examples-select-element').selectOption(row.example)
      await block.locator('button.execute').click()
      const answer = block.locator('.live-responses-table tr.response')
      await answer.waitFor(WAIT)
      const shown = await readShownAnswer(answer)
      // Cleared, so the next row waits for its own answer.
      await block.locator('button.btn-clear').click()

      expect(shown.status).toBe('200')
      expect(shown.headers['chatwire-upstream']).toBe(row.tag.toLowerCase())
      expect(shown.headers['content-type']).toMatch(
        row.streamed ? /^text\/event-stream/ : /^application\/json/,
      )
      if (row.streamed) expect(shown.body).toMatch(/^data: \[DONE\]$/m)
      if (row.toolName) expect(shown.toolNames).toContain(row.toolName)
      else expect(shown.text).not.toBe('')
      expect(outside).toEqual([])
    },
    60_000,
  )
})
