import type OpenAI from 'openai'
import parsePrometheusTextFormat, { type ParsedFamily } from 'parse-prometheus-text-format'
import { describe, expect, it } from 'vitest'
import {
  REQUEST_DURATION_BUCKETS,
  TIME_TO_FIRST_TOKEN_BUCKETS,
} from '../metrics/create-request-metrics'
import { useObservedGateway, user } from './start-observed-gateway'

const observed = useObservedGateway()

interface Scrape {
  text: string
  /** By name, from an independent parser (it throws on a malformed line). */
  families: Map<string, ParsedFamily>
}

/** `GET /metrics`, checked line by line and parsed. */
async function scrape(): Promise<Scrape> {
  const response = await fetch(`${observed().gateway.url}/metrics`, {
    signal: AbortSignal.timeout(5000),
  })
  expect(response.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8')
  const text = await response.text()
  expectWellFormed(text)
  const families = parsePrometheusTextFormat(text).map((family) => [family.name, family] as const)
  return { text, families: new Map(families) }
}

/** Each family's HELP then TYPE before its samples; every sample line `name{labels} value`. */
function expectWellFormed(text: string): void {
  expect(text.endsWith('\n')).toBe(true)
  let family = ''
  for (const line of text.slice(0, -1).split('\n')) {
    const help = /^# HELP ([a-zA-Z_:][a-zA-Z0-9_:]*) /.exec(line)
    if (help) {
      family = help[1] as string
      continue
    }
    if (line.startsWith('# TYPE ')) {
      expect(line).toMatch(new RegExp(`^# TYPE ${family} (counter|gauge|histogram)$`))
      continue
    }
    expect(line).toMatch(
      /^[a-zA-Z_:][a-zA-Z0-9_:]*(\{([a-zA-Z_][a-zA-Z0-9_]*="([^"\\\n]|\\[\\"n])*",?)*\})? (-?[0-9.e+-]+|[+-]Inf|NaN)$/,
    )
    expect(line.startsWith(family)).toBe(true)
  }
}

const sample = (
  families: Map<string, ParsedFamily>,
  name: string,
  labels: Record<string, string> = {},
) =>
  families
    .get(name)
    ?.metrics.find((metric) => JSON.stringify(metric.labels ?? {}) === JSON.stringify(labels))

const numberOf = (
  families: Map<string, ParsedFamily>,
  name: string,
  labels?: Record<string, string>,
) => Number(sample(families, name, labels)?.value)

/**
 * Cumulative buckets, one per bound plus +Inf, the last equal to `_count`. Read from the text:
 * the parser above merges a histogram's label sets into one (parse-prometheus-text-format 1.1.1
 * keeps only unlabelled histograms).
 */
function expectHistogram(
  { text }: Scrape,
  name: string,
  labels: Record<string, string>,
  bounds: readonly number[],
  count: number,
): void {
  const rendered = Object.entries(labels)
    .map(([label, value]) => `${label}="${value}"`)
    .join(',')
  const read = (series: string) => {
    const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `))
    expect(line, series).toBeDefined()
    return Number(line?.slice(series.length + 1))
  }
  const les = [...bounds.map(String), '+Inf']
  const counts = les.map((le) => read(`${name}_bucket{${rendered},le="${le}"}`))
  expect([...counts].sort((a, b) => a - b)).toEqual(counts)
  expect(counts.at(-1)).toBe(count)
  expect(read(`${name}_count{${rendered}}`)).toBe(count)
  expect(read(`${name}_sum{${rendered}}`)).toBeGreaterThan(0)
  const series = text.split('\n').filter((line) => line.startsWith(`${name}_bucket{${rendered},`))
  expect(series).toHaveLength(les.length)
}

describe('GET /metrics after traffic', () => {
  it('counts requests, first tokens, tokens and in-flight requests as the traffic was', async () => {
    const seen = { prompt: 0, completion: 0 }
    const add = (usage: OpenAI.CompletionUsage | undefined | null) => {
      expect(usage?.total_tokens).toBeGreaterThan(0)
      seen.prompt += usage?.prompt_tokens ?? 0
      seen.completion += usage?.completion_tokens ?? 0
    }

    // One stream held open (a chunk every 100 ms) while /metrics is read.
    const held = await observed().client.chat.completions.create({
      model: 'chat-held',
      messages: user('[[text:a b c d]] [[delay:100]]'),
      stream: true,
      stream_options: { include_usage: true },
    })
    const reader = held[Symbol.asyncIterator]()
    await reader.next()
    const during = await scrape()
    expect(numberOf(during.families, 'chatwire_in_flight_requests')).toBe(1)
    expect(numberOf(during.families, 'chatwire_in_flight_streams')).toBe(1)
    for (let next = await reader.next(); !next.done; next = await reader.next())
      if (next.value.usage) add(next.value.usage)

    for (const text of ['one two', 'three four five']) {
      const stream = await observed().client.chat.completions.create({
        model: 'chat-stream',
        messages: user(`[[text:${text}]]`),
        stream: true,
        stream_options: { include_usage: true },
      })
      for await (const chunk of stream) if (chunk.usage) add(chunk.usage)
    }
    for (const text of ['six', 'seven eight']) {
      const completion = await observed().client.chat.completions.create({
        model: 'chat-json',
        messages: user(`[[text:${text}]]`),
      })
      add(completion.usage)
    }
    await expect(
      observed().client.chat.completions.create({
        model: 'chat-fail',
        messages: user('[[error:500]]'),
      }),
    ).rejects.toThrow()

    const after = await scrape()
    const ok = { inbound: 'openai', upstream: 'main', outcome: 'ok' }
    const failed = { inbound: 'openai', upstream: 'main', outcome: 'upstream_error' }
    expectHistogram(after, 'chatwire_request_duration_seconds', ok, REQUEST_DURATION_BUCKETS, 5)
    expectHistogram(after, 'chatwire_request_duration_seconds', failed, REQUEST_DURATION_BUCKETS, 1)
    const countLines = after.text.match(/^chatwire_request_duration_seconds_count\{/gm)
    expect(countLines).toHaveLength(2)
    expectHistogram(
      after,
      'chatwire_time_to_first_token_seconds',
      { inbound: 'openai', upstream: 'main' },
      TIME_TO_FIRST_TOKEN_BUCKETS,
      3,
    )
    const tokens = (kind: string) =>
      numberOf(after.families, 'chatwire_tokens_total', {
        inbound: 'openai',
        upstream: 'main',
        kind,
      })
    expect(tokens('prompt')).toBe(seen.prompt)
    expect(tokens('completion')).toBe(seen.completion)
    expect(numberOf(after.families, 'chatwire_in_flight_requests')).toBe(0)
    expect(numberOf(after.families, 'chatwire_in_flight_streams')).toBe(0)
  })

  it('has the process series, with values a live process has', async () => {
    const { families } = await scrape()
    const value = (name: string) => numberOf(families, name)
    for (const [name, type] of [
      ['process_cpu_user_seconds_total', 'COUNTER'],
      ['process_cpu_system_seconds_total', 'COUNTER'],
      ['process_cpu_seconds_total', 'COUNTER'],
      ['process_resident_memory_bytes', 'GAUGE'],
      ['nodejs_heap_size_total_bytes', 'GAUGE'],
      ['nodejs_heap_size_used_bytes', 'GAUGE'],
      ['process_open_fds', 'GAUGE'],
      ['process_max_fds', 'GAUGE'],
      ['process_start_time_seconds', 'GAUGE'],
      ['nodejs_eventloop_lag_p99_seconds', 'GAUGE'],
    ] as const)
      expect(families.get(name)?.type, name).toBe(type)
    expect(value('process_cpu_user_seconds_total')).toBeGreaterThan(0)
    expect(value('process_cpu_seconds_total')).toBeGreaterThanOrEqual(
      value('process_cpu_user_seconds_total'),
    )
    expect(value('process_resident_memory_bytes')).toBeGreaterThan(1 << 20)
    expect(value('nodejs_heap_size_used_bytes')).toBeGreaterThan(0)
    expect(value('nodejs_heap_size_used_bytes')).toBeLessThanOrEqual(
      value('nodejs_heap_size_total_bytes'),
    )
    // This process has at least stdio and the gateway's listening socket open.
    expect(value('process_open_fds')).toBeGreaterThanOrEqual(4)
    expect(value('process_max_fds')).toBeGreaterThanOrEqual(value('process_open_fds'))
    expect(value('process_start_time_seconds')).toBeLessThanOrEqual(Date.now() / 1000)
    for (const stat of ['min', 'max', 'mean', 'stddev', 'p50', 'p90', 'p99'])
      expect(value(`nodejs_eventloop_lag_${stat}_seconds`)).toBeGreaterThanOrEqual(0)
    expect(value('nodejs_eventloop_lag_min_seconds')).toBeLessThanOrEqual(
      value('nodejs_eventloop_lag_max_seconds'),
    )
  })
})
