import OpenAI from 'openai'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { GatewayConfig } from '../config/gateway-config'
import { validateConfig } from '../config/validate-config'
import { type FaultGateway, startFaultGateway } from '../test-support/fault-harness'
import {
  FAULT_BASE_PATH,
  type FaultUpstream,
  startFaultUpstream,
} from '../test-support/start-fault-upstream'

// An OpenAI-compatible server that takes the extra fields (vLLM, LiteLLM) is an `openai`
// upstream with `compatibleFields: forward`; api.openai.com (the default, `report`) refuses them,
// so they are left out and listed in `chatwire-dropped`.
const KNOBS = {
  top_k: 5,
  min_p: 0.1,
  repetition_penalty: 1.1,
  chat_template_kwargs: { enable_thinking: false },
}

let upstream: FaultUpstream
let gateway: FaultGateway

beforeAll(async () => {
  upstream = await startFaultUpstream()
  const baseURL = `${upstream.url}${FAULT_BASE_PATH.openai}`
  const config: GatewayConfig = {
    upstreams: {
      vllm: { dialect: 'openai', baseURL, compatibleFields: 'forward' },
      openai: { dialect: 'openai', baseURL },
    },
    routes: [
      { match: 'vllm-*', upstream: 'vllm' },
      // chat_template_kwargs changes the answer: dropping it needs the route's consent.
      { match: 'openai-*', upstream: 'openai', losses: 'allow-semantic' },
    ],
  }
  gateway = await startFaultGateway(config)
})

afterAll(async () => {
  await gateway?.close()
  await upstream?.close()
})

describe('upstreams.*.compatibleFields', () => {
  it.each([
    ['forward', 'vllm-llama', KNOBS, null],
    [
      'report (default)',
      'openai-gpt',
      {},
      'top_k, min_p, repetition_penalty, chat_template_kwargs',
    ],
  ])(
    '%s: what the upstream receives and what the client is told',
    async (_mode, model, sent, dropped) => {
      upstream.reset()
      const sdk = new OpenAI({ baseURL: `${gateway.url}/v1`, apiKey: 'unused', maxRetries: 0 })
      const { data, response } = await sdk.chat.completions
        .create({
          model,
          messages: [{ role: 'user', content: 'Hello' }],
          ...KNOBS,
        } as OpenAI.ChatCompletionCreateParamsNonStreaming)
        .withResponse()
      expect(data.choices[0]?.message.content).toBe('ok')
      const body = JSON.parse(upstream.requests[0]?.body ?? '{}') as Record<string, unknown>
      for (const field of Object.keys(KNOBS))
        expect(body[field], field).toEqual((sent as Record<string, unknown>)[field])
      const header = response.headers.get('chatwire-dropped')
      if (dropped === null) expect(header).toBeNull()
      else expect(header?.split(', ').sort()).toEqual(dropped.split(', ').sort())
    },
  )

  it('is refused for an upstream that is not openai, naming the field', () => {
    expect(() =>
      validateConfig({
        upstreams: {
          f: {
            dialect: 'friendli',
            baseURL: 'http://127.0.0.1:9/serverless/v1',
            compatibleFields: 'forward',
          },
        },
        routes: [{ match: '*', upstream: 'f' }],
      }),
    ).toThrow(/'upstreams\.f\.compatibleFields': applies to openai upstreams only/)
  })
})
