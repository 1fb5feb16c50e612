// Medians over reps, the ratios the gateway's targets are stated in, and the markdown tables.

export const SCENARIOS = {
  nonstream: { label: 'non-stream', stream: false, chunks: 10 },
  stream20: { label: '20-chunk stream', stream: true, chunks: 20 },
  stream200: { label: '200-chunk stream', stream: true, chunks: 200 },
}

/** The latency probe: sequential streams, 5 content chunks, 5 ms between upstream events. */
export const LATENCY = { chunks: 5, delay: 5, requests: 30 }

export const cellKey = (scenario, conns) => `${scenario}@${conns}`

function median(values) {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v))
  if (sorted.length === 0) return undefined
  sorted.sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

function divide(a, b) {
  return a === undefined || b === undefined || b === 0 ? undefined : a / b
}

function subtract(a, b) {
  return a === undefined || b === undefined ? undefined : a - b
}

/** Medians per target and cell, per-target latency medians, and the headline ratios. */
export function summarize({ runs, latency, targets }) {
  const cells = {}
  for (const target of targets) {
    cells[target] = {}
    const own = runs.filter((r) => r.target === target)
    for (const key of new Set(own.map((r) => cellKey(r.scenario, r.conns)))) {
      const reps = own.filter((r) => cellKey(r.scenario, r.conns) === key)
      cells[target][key] = {
        reps: reps.length,
        rps: median(reps.map((r) => r.rps)),
        p50Ms: median(reps.map((r) => r.latencyMs.p50)),
        p99Ms: median(reps.map((r) => r.latencyMs.p99)),
        cpuUsPerRequest: median(reps.map((r) => r.cpuUsPerRequest)),
        upstreamCpuUsPerRequest: median(reps.map((r) => r.upstreamCpuUsPerRequest)),
        peakRssMiB: median(reps.map((r) => r.peakRssMiB)),
        errors: reps.reduce((sum, r) => sum + r.errorCount, 0),
      }
    }
  }
  const probes = {}
  for (const target of targets) {
    const own = latency.filter((l) => l.target === target && !l.error)
    if (own.length === 0) continue
    probes[target] = {
      ttfbMs: median(own.map((l) => l.ttfbMs.p50)),
      ttftMs: median(own.map((l) => l.ttftMs.p50)),
    }
  }
  const get = (target, key, field) => cells[target]?.[key]?.[field]
  const headline = {}
  for (const target of targets) {
    const h = {}
    for (const key of ['nonstream@32', 'stream200@32']) {
      const rps = get(target, key, 'rps')
      h[`${key} % of direct`] = mul(divide(rps, get('direct', key, 'rps')), 100)
      h[`${key} × portkey`] = divide(rps, get('portkey', key, 'rps'))
    }
    h['added non-stream p50 c=1 ms'] = subtract(
      get(target, 'nonstream@1', 'p50Ms'),
      get('direct', 'nonstream@1', 'p50Ms'),
    )
    h['added TTFB ms'] = subtract(probes[target]?.ttfbMs, probes.direct?.ttfbMs)
    h['added TTFT ms'] = subtract(probes[target]?.ttftMs, probes.direct?.ttftMs)
    const cpu = (key) => get(target, key, 'cpuUsPerRequest')
    h['cpu µs/request'] = cpu('nonstream@32')
    h['cpu µs/chunk (200 vs 20)'] = divide(subtract(cpu('stream200@32'), cpu('stream20@32')), 180)
    h['cpu µs/chunk (200 vs non-stream)'] = divide(
      subtract(cpu('stream200@32'), cpu('nonstream@32')),
      200,
    )
    h['peak RSS MiB @128 streams'] = get(target, 'stream200@128', 'peakRssMiB')
    for (const scenario of Object.keys(SCENARIOS)) {
      const key = cellKey(scenario, 128)
      h[`${key} p99/p50`] = divide(get(target, key, 'p99Ms'), get(target, key, 'p50Ms'))
    }
    headline[target] = h
  }
  const crossDialect = {}
  for (const key of ['nonstream@32', 'stream20@32', 'stream200@32']) {
    crossDialect[key] = divide(
      get('chatwire-elastic', key, 'cpuUsPerRequest'),
      get('chatwire-openai', key, 'cpuUsPerRequest'),
    )
  }
  // With --baseline-root: this checkout's gateway over the other's, lane by lane (below 1 is less).
  const againstBaseline = {}
  for (const lane of ['openai', 'elastic']) {
    for (const key of ['nonstream@32', 'stream200@32']) {
      for (const field of ['rps', 'cpuUsPerRequest']) {
        const ratio = divide(
          get(`chatwire-${lane}`, key, field),
          get(`baseline-${lane}`, key, field),
        )
        if (ratio !== undefined) againstBaseline[`${lane} ${key} ${field}`] = ratio
      }
    }
  }
  return { cells, probes, headline, crossDialect, againstBaseline }
}

function mul(a, b) {
  return a === undefined ? undefined : a * b
}

function fmt(value, digits = 0, suffix = '') {
  if (value === undefined || value === null || Number.isNaN(value)) return '—'
  return `${value.toFixed(digits)}${suffix}`
}

function table(header, rows) {
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`]
  for (const row of rows) lines.push(`| ${row.join(' | ')} |`)
  return lines.join('\n')
}

/** The markdown printed at the end of a run (and pasted into BENCHMARKS.md). */
export function renderMarkdown(results) {
  const { summary, config } = results
  const { targets } = config
  const keys = []
  for (const scenario of config.scenarios) {
    if (!SCENARIOS[scenario]) continue
    for (const conns of config.conns) keys.push(cellKey(scenario, conns))
  }
  const heading = (key) => {
    const [scenario, conns] = key.split('@')
    return `${SCENARIOS[scenario].label} @${conns}`
  }
  const grid = (field, digits) =>
    table(
      ['target', ...keys.map(heading)],
      targets.map((t) => [t, ...keys.map((k) => fmt(summary.cells[t]?.[k]?.[field], digits))]),
    )
  const out = []
  out.push(
    `chatwire gateway throughput — ${results.meta.startedAt}, ${results.meta.node}, ` +
      `load ${results.meta.loadAverage.map((l) => l.toFixed(1)).join(' ')}, ` +
      `${config.reps} rep(s) × ${config.durationS} s, medians`,
  )
  out.push('', '**Throughput, requests/s**', '', grid('rps', 0))
  out.push('', '**Latency p50, ms**', '', grid('p50Ms', 2))
  out.push('', '**Latency p99, ms**', '', grid('p99Ms', 2))
  out.push(
    '',
    '**CPU µs per request** (the target process; for `direct` the fake upstream)',
    '',
    table(
      ['target', ...keys.map(heading)],
      targets.map((t) => [
        t,
        ...keys.map((k) => {
          const cell = summary.cells[t]?.[k]
          return fmt(t === 'direct' ? cell?.upstreamCpuUsPerRequest : cell?.cpuUsPerRequest, 0)
        }),
      ]),
    ),
  )
  const errors = targets.flatMap((t) =>
    Object.entries(summary.cells[t] ?? {})
      .filter(([, c]) => c.errors > 0)
      .map(([k, c]) => `${t} ${k}: ${c.errors}`),
  )
  if (errors.length > 0)
    out.push('', `**wrk errors** (socket/timeout/non-2xx): ${errors.join(', ')}`)
  const shown = targets.filter((t) => t !== 'direct')
  const rows = [
    ['non-stream @32, % of direct', 'nonstream@32 % of direct', 1, ' %'],
    ['non-stream @32, × Portkey', 'nonstream@32 × portkey', 2, '×'],
    ['200-chunk @32, % of direct', 'stream200@32 % of direct', 1, ' %'],
    ['200-chunk @32, × Portkey', 'stream200@32 × portkey', 2, '×'],
    ['added latency c=1, non-stream p50 (ms)', 'added non-stream p50 c=1 ms', 2],
    ['added TTFB c=1 (ms)', 'added TTFB ms', 2],
    ['added TTFT c=1 (ms)', 'added TTFT ms', 2],
    ['CPU µs / request (non-stream @32)', 'cpu µs/request', 0],
    ['CPU µs / chunk ((200 − 20 chunks) / 180, @32)', 'cpu µs/chunk (200 vs 20)', 1],
    [
      'CPU µs / chunk ((200 chunks − non-stream) / 200, @32)',
      'cpu µs/chunk (200 vs non-stream)',
      1,
    ],
    ['peak RSS @128 streams (MiB)', 'peak RSS MiB @128 streams', 0],
    ['p99/p50 non-stream @128', 'nonstream@128 p99/p50', 2, '×'],
    ['p99/p50 20-chunk @128', 'stream20@128 p99/p50', 2, '×'],
    ['p99/p50 200-chunk @128', 'stream200@128 p99/p50', 2, '×'],
  ]
  out.push(
    '',
    '**Ratios** (same run)',
    '',
    table(
      ['', ...shown],
      rows.map(([label, field, digits, suffix = '']) => [
        label,
        ...shown.map((t) => fmt(summary.headline[t]?.[field], digits, suffix)),
      ]),
    ),
  )
  const cross = summary.crossDialect
  out.push(
    '',
    `Cross-dialect cost (chatwire-elastic / chatwire-openai CPU per request): non-stream @32 ` +
      `${fmt(cross['nonstream@32'], 2, '×')}, 20-chunk @32 ${fmt(cross['stream20@32'], 2, '×')}, ` +
      `200-chunk @32 ${fmt(cross['stream200@32'], 2, '×')}`,
  )
  const baselineRows = Object.entries(summary.againstBaseline ?? {})
  if (baselineRows.length > 0) {
    out.push(
      '',
      `**Against the baseline checkout** (${results.meta.baselineCommit ?? '?'}; chatwire-x / baseline-x, same run)`,
      '',
      table(
        ['lane, cell, measure', 'ratio'],
        baselineRows.map(([label, ratio]) => [label, fmt(ratio, 2, '×')]),
      ),
    )
  }
  const probes = summary.probes
  out.push(
    '',
    `Latency probe (c=1, ${LATENCY.chunks} chunks, ${LATENCY.delay} ms per upstream event), p50 ms: ` +
      targets
        .map((t) => `${t} TTFB ${fmt(probes[t]?.ttfbMs, 2)} / TTFT ${fmt(probes[t]?.ttftMs, 2)}`)
        .join('; '),
  )
  return out.join('\n')
}
