import { describe, expect, it } from 'vitest'
import type { GatewayConfig } from '../config/gateway-config'
import { TIME_TO_FIRST_BYTE_BUCKETS } from '../metrics/create-gateway-metrics'
import { createFakeUpstreamGateway } from '../test-support/create-fake-upstream-gateway'
import { brokenSseReply, jsonReply, type Reply, sseReply } from '../test-support/fake-fetch'
import { readFixture } from '../test-support/read-fixture'

const TEXT_SSE = readFixture('openai-text.sse')
const TEXT_JSON = readFixture('openai-text.json')
const BAD_TEMPERATURE =
  '{"error":{"message":"Invalid value for \'temperature\'.","type":"invalid_request_error","param":"temperature","code":"invalid_value"}}'
const OVERLOADED =
  '{"error":{"message":"The server is overloaded","type":"server_error","param":null,"code":null}}'

const config = (patch: Partial<GatewayConfig> = {}): GatewayConfig => ({
  upstreams: {
    main: { dialect: 'openai', baseURL: 'http://upstream.test/v1', apiKey: 'sk-up' },
    backup: { dialect: 'openai', baseURL: 'http://backup.test/v1', apiKey: 'sk-backup' },
    es: { dialect: 'elastic', baseURL: 'http://es.test:9200', inferenceId: 'chat' },
  },
  routes: [
    { match: 'gpt-*', upstream: 'main', fallbacks: ['backup'] },
    { match: 'es-chat', upstream: 'es' },
    { match: 'plain', upstream: 'main' },
  ],
  ...patch,
})

function setup(replies: Reply[], patch?: Partial<GatewayConfig>) {
  const { app, post } = createFakeUpstreamGateway(config(patch), replies)
  /** Every sample line of `GET /metrics` as `series → value`. */
  const samples = async () => {
    const text = await (await app.request('/metrics')).text()
    const lines = text.split('\n').filter((line) => line !== '' && !line.startsWith('#'))
    return Object.fromEntries(
      lines.map((line) => {
        const cut = line.lastIndexOf(' ')
        return [line.slice(0, cut), Number(line.slice(cut + 1))]
      }),
    )
  }
  return { app, post, samples }
}

/** A reply that sends `chunk` and then neither sends more nor ends (a slow model). */
const hangingSseReply =
  (chunk: string): Reply =>
  () =>
    new Response(
      new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode(chunk))
        },
      }),
      { status: 200, headers: { 'content-type': 'text/event-stream' } },
    )

const chat = (model: string, extra: Record<string, unknown> = {}) => ({
  model,
  messages: [{ role: 'user', content: 'Hello' }],
  ...extra,
})

/** Timed and per-request families, checked in e2e/metrics.test.ts. */
const CHECKED_ELSEWHERE = [
  'chatwire_upstream_time_to_first',
  'chatwire_request_duration_seconds',
  'chatwire_time_to_first_token_seconds',
  'chatwire_tokens_total',
  'chatwire_in_flight_requests',
]

/** Only the chatwire series a scenario touched (the rest of the text is checked elsewhere). */
const chatwireSeries = (all: Record<string, number>) =>
  Object.fromEntries(
    Object.entries(all).filter(
      ([series]) =>
        series.startsWith('chatwire_') &&
        !CHECKED_ELSEWHERE.some((family) => series.startsWith(family)),
    ),
  )

describe('GET /metrics', () => {
  it('answers in the Prometheus text format, with no key even when the gateway has keys', async () => {
    const { app, post } = setup([], { auth: { keys: ['gw-1'] } })
    expect((await post(chat('gpt-4o'))).status).toBe(401)
    const response = await app.request('/metrics')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8')
    const text = await response.text()
    expect(text).toContain('# TYPE chatwire_requests_total counter\n')
    expect(text).toContain('# TYPE chatwire_upstream_time_to_first_byte_seconds histogram\n')
    expect(text).toContain('chatwire_request_errors_total{inbound="openai",status="401"} 1\n')
    expect(text).toContain('chatwire_in_flight_streams 0\n')
    expect(text).toMatch(/^process_start_time_seconds \d+(\.\d+)?$/m)
    const started = Number(/^process_start_time_seconds (.+)$/m.exec(text)?.[1])
    expect(started).toBeLessThanOrEqual(Date.now() / 1000)
    expect(started).toBeGreaterThan(Date.now() / 1000 - process.uptime() - 5)
  })

  it('counts a streamed success, a JSON success, an upstream error and a client error', async () => {
    const { post, samples } = setup([
      sseReply(TEXT_SSE),
      jsonReply(200, TEXT_JSON),
      jsonReply(400, BAD_TEMPERATURE),
    ])
    const streamed = await post(chat('gpt-4o', { stream: true }))
    await streamed.text()
    expect((await post(chat('gpt-4o'))).status).toBe(200)
    expect((await post(chat('plain', { temperature: 1.5 }))).status).toBe(400)
    expect((await post('{not json')).status).toBe(400)

    const all = await samples()
    expect(chatwireSeries(all)).toEqual({
      'chatwire_requests_total{inbound="openai",upstream="main",outcome="ok"}': 2,
      'chatwire_requests_total{inbound="openai",upstream="none",outcome="error"}': 2,
      'chatwire_request_errors_total{inbound="openai",status="400"}': 2,
      'chatwire_streams_total{inbound="openai",upstream="main",outcome="done"}': 1,
      chatwire_in_flight_streams: 0,
      'chatwire_upstream_errors_total{upstream="main",status="400"}': 1,
    })
    // One observation per upstream response head, the 400 included.
    expect(all['chatwire_upstream_time_to_first_byte_seconds_count{upstream="main"}']).toBe(3)
    expect(
      all['chatwire_upstream_time_to_first_byte_seconds_bucket{upstream="main",le="+Inf"}'],
    ).toBe(3)
    const buckets = Object.keys(all).filter((series) =>
      series.startsWith('chatwire_upstream_time_to_first_byte_seconds_bucket'),
    )
    expect(buckets).toHaveLength(TIME_TO_FIRST_BYTE_BUCKETS.length + 1)
  })

  it('counts streams that break, that the client leaves, and the one still open', async () => {
    const firstTwo = `${TEXT_SSE.split('\n\n').slice(0, 2).join('\n\n')}\n\n`
    const { post, samples } = setup([brokenSseReply(firstTwo), hangingSseReply(firstTwo)])
    await (await post(chat('gpt-4o', { stream: true }))).text()
    const open = await post(chat('gpt-4o', { stream: true }))
    expect((await samples()).chatwire_in_flight_streams).toBe(1)
    await open.body?.cancel()

    expect(chatwireSeries(await samples())).toEqual({
      'chatwire_requests_total{inbound="openai",upstream="main",outcome="error"}': 1,
      'chatwire_requests_total{inbound="openai",upstream="main",outcome="client_closed"}': 1,
      'chatwire_streams_total{inbound="openai",upstream="main",outcome="error"}': 1,
      'chatwire_streams_total{inbound="openai",upstream="main",outcome="client_closed"}': 1,
      chatwire_in_flight_streams: 0,
    })
  })

  it('counts a failed attempt and the fallback that answered', async () => {
    const { post, samples } = setup([jsonReply(503, OVERLOADED), jsonReply(200, TEXT_JSON)])
    expect((await post(chat('gpt-4o'))).headers.get('chatwire-upstream')).toBe('backup')
    const all = await samples()
    expect(chatwireSeries(all)).toEqual({
      'chatwire_requests_total{inbound="openai",upstream="backup",outcome="ok"}': 1,
      chatwire_in_flight_streams: 0,
      'chatwire_upstream_errors_total{upstream="main",status="503"}': 1,
      'chatwire_fallbacks_total{upstream="backup"}': 1,
    })
    expect(all['chatwire_upstream_time_to_first_byte_seconds_count{upstream="main"}']).toBe(1)
    expect(all['chatwire_upstream_time_to_first_byte_seconds_count{upstream="backup"}']).toBe(1)
  })

  it('counts a retry of the same upstream', async () => {
    const { post, samples } = setup([jsonReply(503, OVERLOADED), jsonReply(200, TEXT_JSON)], {
      upstreams: { main: { dialect: 'openai', baseURL: 'http://upstream.test/v1', retries: 1 } },
      routes: [{ match: '*', upstream: 'main' }],
    })
    expect((await post(chat('gpt-4o'))).status).toBe(200)
    const all = await samples()
    expect(all['chatwire_upstream_retries_total{upstream="main"}']).toBe(1)
    expect(all['chatwire_requests_total{inbound="openai",upstream="main",outcome="ok"}']).toBe(1)
  })

  it('counts dropped hints and refused semantic losses', async () => {
    const { post, samples } = setup([sseReply(TEXT_SSE)])
    const answered = await post(
      chat('es-chat', { stream: true, user: 'user-1234', service_tier: 'flex' }),
    )
    expect(answered.headers.get('chatwire-dropped')).toBe('user, service_tier')
    await answered.text()
    const refused = await post(chat('es-chat', { response_format: { type: 'json_object' } }))
    expect(refused.status).toBe(400)

    const all = await samples()
    expect(all['chatwire_dropped_fields_total{inbound="openai",upstream="es"}']).toBe(2)
    expect(all['chatwire_semantic_losses_rejected_total{upstream="es"}']).toBe(1)
    expect(all['chatwire_request_errors_total{inbound="openai",status="400"}']).toBe(1)
  })

  it('counts a fallback skipped because it would lose meaning', async () => {
    const { post, samples } = setup([jsonReply(503, OVERLOADED)], {
      routes: [{ match: '*', upstream: 'main', fallbacks: ['es'] }],
    })
    const response = await post(chat('gpt-4o', { response_format: { type: 'json_object' } }))
    expect(response.status).toBe(503)
    expect(chatwireSeries(await samples())).toEqual({
      'chatwire_requests_total{inbound="openai",upstream="none",outcome="error"}': 1,
      'chatwire_request_errors_total{inbound="openai",status="503"}': 1,
      chatwire_in_flight_streams: 0,
      'chatwire_upstream_errors_total{upstream="main",status="503"}': 1,
      'chatwire_fallbacks_skipped_total{upstream="es"}': 1,
    })
  })

  it('keeps each app instance to its own counts', async () => {
    const first = setup([jsonReply(200, TEXT_JSON)])
    const second = setup([jsonReply(200, TEXT_JSON)])
    await first.post(chat('gpt-4o'))
    await first.post(chat('gpt-4o'))
    await second.post(chat('gpt-4o'))
    const ok = 'chatwire_requests_total{inbound="openai",upstream="main",outcome="ok"}'
    expect((await first.samples())[ok]).toBe(2)
    expect((await second.samples())[ok]).toBe(1)
  })
})
