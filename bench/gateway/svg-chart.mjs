// Two grouped bar charts in one standalone SVG, no dependency:
// 1. throughput per scenario (group) per target (bar), as % of direct, labelled with req/s;
// 2. latency added over direct at concurrency 1 (non-stream p50, TTFB, TTFT) per target.
import { cellKey, SCENARIOS } from './report.mjs'

const COLORS = ['#6b7280', '#9ca3af', '#2563eb', '#0891b2', '#d97706', '#7c3aed', '#dc2626']
const FONT = 'font-family="system-ui, sans-serif"'

function escapeXml(text) {
  return String(text).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)
}

function niceMax(value) {
  if (!(value > 0)) return 1
  const step = 10 ** Math.floor(Math.log10(value))
  for (const m of [1, 1.2, 1.6, 2, 2.4, 3, 4, 5, 6, 8, 10]) if (m * step >= value) return m * step
  return 10 * step
}

/**
 * groups: [{label, bars: [{series, value, text}]}]; series: names in colour order.
 * Returns SVG elements for a chart whose top-left corner is (x, y).
 */
function barChart({ x, y, width, height, title, yLabel, groups, series, colorOf }) {
  const left = 56
  const bottom = 42
  const plotW = width - left - 10
  const plotH = height - bottom - 40
  const top = y + 40
  const max = niceMax(1.15 * Math.max(0, ...groups.flatMap((g) => g.bars.map((b) => b.value ?? 0))))
  const min = Math.min(0, ...groups.flatMap((g) => g.bars.map((b) => b.value ?? 0)))
  const floor = min < 0 ? -niceMax(-min) : 0
  const scale = (v) => top + plotH - ((v - floor) / (max - floor)) * plotH
  const parts = [
    `<text x="${x + width / 2}" y="${y + 16}" text-anchor="middle" font-size="15" font-weight="600" ${FONT}>${escapeXml(title)}</text>`,
    `<text x="${x + 14}" y="${top + plotH / 2}" text-anchor="middle" font-size="11" ${FONT} transform="rotate(-90 ${x + 14} ${top + plotH / 2})">${escapeXml(yLabel)}</text>`,
  ]
  for (let i = 0; i <= 4; i++) {
    const v = floor + ((max - floor) * i) / 4
    const ty = scale(v)
    parts.push(
      `<line x1="${x + left}" x2="${x + left + plotW}" y1="${ty}" y2="${ty}" stroke="#e5e7eb"/>`,
      `<text x="${x + left - 4}" y="${ty + 4}" text-anchor="end" font-size="10" ${FONT}>${escapeXml(+v.toFixed(2))}</text>`,
    )
  }
  const groupW = plotW / Math.max(1, groups.length)
  const barW = Math.max(2, (groupW * 0.8) / Math.max(1, series.length))
  groups.forEach((group, gi) => {
    const gx = x + left + gi * groupW + groupW * 0.1
    group.bars.forEach((bar) => {
      if (bar.value === undefined) return
      const si = series.indexOf(bar.series)
      const bx = gx + si * barW
      const y0 = scale(0)
      const y1 = scale(bar.value)
      parts.push(
        `<rect x="${bx.toFixed(1)}" y="${Math.min(y0, y1).toFixed(1)}" width="${(barW - 1).toFixed(1)}" height="${Math.abs(y1 - y0).toFixed(1)}" fill="${colorOf(bar.series)}"><title>${escapeXml(`${bar.series}: ${bar.text}`)}</title></rect>`,
      )
      const tx = bx + barW / 2
      const ty = Math.min(y0, y1) - 3
      parts.push(
        `<text x="${tx.toFixed(1)}" y="${ty.toFixed(1)}" font-size="8" ${FONT} text-anchor="start" transform="rotate(-90 ${tx.toFixed(1)} ${ty.toFixed(1)})">${escapeXml(bar.text)}</text>`,
      )
    })
    parts.push(
      `<text x="${(gx + groupW * 0.4).toFixed(1)}" y="${top + plotH + 16}" text-anchor="middle" font-size="10" ${FONT}>${escapeXml(group.label)}</text>`,
    )
  })
  parts.push(
    `<line x1="${x + left}" x2="${x + left + plotW}" y1="${scale(0)}" y2="${scale(0)}" stroke="#111827"/>`,
  )
  return parts.join('\n')
}

/** The whole SVG document for one run's results. */
export function renderSvg(results) {
  const { summary, config } = results
  const targets = config.targets
  const colorOf = (t) => COLORS[targets.indexOf(t) % COLORS.length]
  const width = 980
  const throughputGroups = []
  for (const scenario of config.scenarios) {
    if (!SCENARIOS[scenario]) continue
    for (const conns of config.conns) {
      const key = cellKey(scenario, conns)
      const direct = summary.cells.direct?.[key]?.rps
      throughputGroups.push({
        label: `${SCENARIOS[scenario].label.replace(' stream', '')} @${conns}`,
        bars: targets.map((t) => {
          const rps = summary.cells[t]?.[key]?.rps
          const value = rps !== undefined && direct ? (rps / direct) * 100 : undefined
          return { series: t, value, text: rps === undefined ? '' : `${Math.round(rps)}/s` }
        }),
      })
    }
  }
  const others = targets.filter((t) => t !== 'direct')
  const metric = (label, field) => ({
    label,
    bars: others.map((t) => {
      const value = summary.headline[t]?.[field]
      return { series: t, value, text: value === undefined ? '' : `${value.toFixed(2)} ms` }
    }),
  })
  const latencyGroups = [
    metric('non-stream p50', 'added non-stream p50 c=1 ms'),
    metric('TTFB', 'added TTFB ms'),
    metric('TTFT', 'added TTFT ms'),
  ]
  const legend = targets
    .map(
      (t, i) =>
        `<rect x="${20 + i * 170}" y="8" width="12" height="12" fill="${colorOf(t)}"/><text x="${36 + i * 170}" y="18" font-size="12" ${FONT}>${escapeXml(t)}</text>`,
    )
    .join('\n')
  const chart1 = barChart({
    x: 0,
    y: 30,
    width,
    height: 380,
    title: `Throughput as % of direct (bar labels: requests/s) — ${results.meta.startedAt}`,
    yLabel: '% of direct',
    groups: throughputGroups,
    series: targets,
    colorOf,
  })
  const chart2 = barChart({
    x: 0,
    y: 430,
    width: 620,
    height: 300,
    title: 'Latency added over direct, concurrency 1 (ms)',
    yLabel: 'ms over direct',
    groups: latencyGroups,
    series: targets,
    colorOf,
  })
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="740" viewBox="0 0 ${width} 740">`,
    '<title>chatwire gateway benchmark: throughput as % of direct, and latency added over direct</title>',
    '<rect width="100%" height="100%" fill="#ffffff"/>',
    legend,
    chart1,
    chart2,
    '</svg>',
    '',
  ].join('\n')
}
