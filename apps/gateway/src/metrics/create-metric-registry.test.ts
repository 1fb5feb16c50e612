import { describe, expect, it } from 'vitest'
import { createCounter } from './create-counter'
import { createGauge } from './create-gauge'
import { createHistogram } from './create-histogram'
import { createLabelCache } from './create-label-cache'
import { createMetricRegistry, type MetricRegistry } from './create-metric-registry'

/** `[what, fill the registry, the exposition it then renders (one entry a line)]`. */
const RENDERINGS: [string, (registry: MetricRegistry) => void, string[]][] = [
  [
    'writes HELP and TYPE lines, then each series, in registration order',
    (registry) => {
      const counter = registry.register(createCounter('jobs_total', 'Jobs done.'))
      const gauge = registry.register(createGauge('queue_depth', 'Jobs waiting.'))
      const labels = createLabelCache(['kind', 'outcome'])
      counter.inc(labels('mail', 'ok'))
      counter.inc(labels('mail', 'ok'), 2)
      counter.inc(labels('sms', 'error'))
      gauge.add(3)
      gauge.add(-1)
    },
    [
      '# HELP jobs_total Jobs done.',
      '# TYPE jobs_total counter',
      'jobs_total{kind="mail",outcome="ok"} 3',
      'jobs_total{kind="sms",outcome="error"} 1',
      '# HELP queue_depth Jobs waiting.',
      '# TYPE queue_depth gauge',
      'queue_depth 2',
    ],
  ],
  [
    'writes a labelled family never touched as HELP and TYPE only',
    (registry) => {
      registry.register(createCounter('idle_total', 'Nothing yet.'))
    },
    ['# HELP idle_total Nothing yet.', '# TYPE idle_total counter'],
  ],
  [
    'escapes backslash and newline in HELP text, and label values in samples',
    (registry) => {
      const counter = registry.register(createCounter('odd_total', 'A \\ and\na "quote".'))
      counter.inc(createLabelCache(['name'])('say "hi"\\\n'))
    },
    [
      '# HELP odd_total A \\\\ and\\na "quote".',
      '# TYPE odd_total counter',
      'odd_total{name="say \\"hi\\"\\\\\\n"} 1',
    ],
  ],
  [
    'writes a histogram as cumulative _bucket lines up to le="+Inf", then _sum and _count',
    (registry) => {
      const histogram = registry.register(createHistogram('wait_seconds', 'Waits.', [1, 0.1, 0.5]))
      const labels = createLabelCache(['upstream'])('main')
      for (const value of [0.05, 0.1, 0.3, 2, 0.75]) histogram.observe(labels, value)
    },
    [
      '# HELP wait_seconds Waits.',
      '# TYPE wait_seconds histogram',
      'wait_seconds_bucket{upstream="main",le="0.1"} 2',
      'wait_seconds_bucket{upstream="main",le="0.5"} 3',
      'wait_seconds_bucket{upstream="main",le="1"} 4',
      'wait_seconds_bucket{upstream="main",le="+Inf"} 5',
      'wait_seconds_sum{upstream="main"} 3.2',
      'wait_seconds_count{upstream="main"} 5',
    ],
  ],
]

describe('createMetricRegistry', () => {
  it.each(RENDERINGS)('%s', (_, fill, lines) => {
    const registry = createMetricRegistry()
    fill(registry)
    expect(registry.render()).toBe([...lines, ''].join('\n'))
  })

  it('writes an unlabelled histogram with le as its only label', () => {
    const registry = createMetricRegistry()
    registry.register(createHistogram('size_bytes', 'Sizes.', [10])).observe('', 11)
    expect(registry.render()).toContain(
      'size_bytes_bucket{le="10"} 0\nsize_bytes_bucket{le="+Inf"} 1\nsize_bytes_sum 11\nsize_bytes_count 1\n',
    )
  })

  it('refuses the same name twice', () => {
    const registry = createMetricRegistry()
    registry.register(createCounter('a_total', 'A.'))
    expect(() => registry.register(createCounter('a_total', 'A again.'))).toThrow(/twice/)
  })
})

describe('createLabelCache', () => {
  it('hands back the very string it rendered the first time', () => {
    const labels = createLabelCache(['a', 'b'])
    const first = labels('x', 'y')
    expect(labels('x', 'y')).toBe(first)
    expect(labels('x', 'z')).toBe('a="x",b="z"')
    // The join key cannot confuse ('x,y', '') with ('x', 'y,').
    expect(labels('x,y', '')).not.toBe(labels('x', 'y,'))
  })
})
