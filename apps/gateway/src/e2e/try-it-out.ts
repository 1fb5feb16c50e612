import type { LaunchedChromium } from '@chatwire/testkit'
import type { RequestExampleRow } from './list-request-examples'

// playwright-core's types, through testkit (the gateway does not depend on it directly).
export type Page = Awaited<ReturnType<LaunchedChromium['context']['newPage']>>
type Locator = ReturnType<Page['locator']>

/**
 * Expands the operation (first time: and clicks "Try it out"), picks the example, clicks
 * "Execute" and reads the answer shown, then clears it so the next call waits for its own.
 */
export async function tryItOut(page: Page, row: RequestExampleRow): Promise<ShownAnswer> {
  const block = page.locator(`#operations-${row.tag}-${row.operationId}`)
  if (!(await block.locator('.opblock-body').isVisible())) {
    await block.locator('.opblock-summary').click()
    await block.locator('button.try-out__btn').click()
  }
  await block.locator('select.examples-select-element').selectOption(row.example)
  await block.locator('button.execute').click()
  const answer = block.locator('.live-responses-table tr.response')
  await answer.waitFor({ timeout: 30_000 })
  const shown = await readShownAnswer(answer)
  await block.locator('button.btn-clear').click()
  return shown
}

export interface ShownAnswer {
  /** The status code (Swagger UI marks one the document does not list "Undocumented"). */
  status: string | undefined
  headers: Record<string, string>
  body: string
  /** The assistant text of a JSON answer, or the deltas of a stream joined. */
  text: string
  /** The functions the answer calls. */
  toolNames: string[]
}

/** What Swagger UI shows of a live answer (`.live-responses-table tr.response`). */
async function readShownAnswer(answer: Locator): Promise<ShownAnswer> {
  const status = /^\d{3}/.exec(
    (await answer.locator('.response-col_status').textContent()) ?? '',
  )?.[0]
  const body = (await answer.locator('.highlight-code pre').textContent()) ?? ''
  const headerLines = await answer.locator('.headerline').allTextContents()
  const headers = Object.fromEntries(
    headerLines.map((line) => {
      const colon = line.indexOf(':')
      return [line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]
    }),
  )
  const messages = readMessages(body)
  return {
    status,
    headers,
    body,
    text: messages.map(({ content }) => content ?? '').join(''),
    toolNames: messages.flatMap(({ tool_calls }) =>
      (tool_calls ?? []).flatMap(({ function: call }) => (call?.name ? [call.name] : [])),
    ),
  }
}

interface Message {
  content?: string | null
  tool_calls?: { function?: { name?: string } }[]
}

interface Completion {
  choices?: { message?: Message; delta?: Message }[]
  chat_completion?: Completion
}

/** The messages (JSON answer) or deltas (each `data:` of a stream) of an OpenAI-shaped body. */
function readMessages(body: string): Message[] {
  const trimmed = body.replaceAll('\uFEFF', '').trim()
  const completions: Completion[] = trimmed.startsWith('{')
    ? [JSON.parse(trimmed)]
    : trimmed
        .split('\n')
        .filter((line) => line.startsWith('data: ') && line !== 'data: [DONE]')
        .map((line) => JSON.parse(line.slice('data: '.length)))
  return completions.flatMap(
    (completion) =>
      (completion.chat_completion ?? completion).choices?.flatMap(
        ({ message, delta }) => message ?? delta ?? [],
      ) ?? [],
  )
}
