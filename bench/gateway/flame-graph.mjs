// A flame graph (SVG, no dependency) from a V8 `.cpuprofile` (`node --cpu-prof`), for
// BENCHMARKS.md: each box is a function, its width the share of samples in it and below it.
// Usage: node bench/gateway/flame-graph.mjs <profile.cpuprofile> <out.svg> [title]
import { readFileSync, writeFileSync } from 'node:fs'

const [input, output, title = 'CPU profile'] = process.argv.slice(2)
if (!input || !output) {
  console.error('usage: node flame-graph.mjs <profile.cpuprofile> <out.svg> [title]')
  process.exit(2)
}
const profile = JSON.parse(readFileSync(input, 'utf8'))
const nodes = new Map(profile.nodes.map((node) => [node.id, { ...node, total: 0, self: 0 }]))
for (const id of profile.samples) nodes.get(id).self++
const IDLE = new Set(['(idle)', '(program)'])
const root = nodes.get(profile.nodes[0].id)
const total = (node) => {
  node.total = node.self + (node.children ?? []).reduce((sum, id) => sum + total(nodes.get(id)), 0)
  return node.total
}
total(root)
const busy =
  root.total -
  (root.children ?? [])
    .map((id) => nodes.get(id))
    .filter((n) => IDLE.has(n.callFrame.functionName))
    .reduce((s, n) => s + n.total, 0)

const WIDTH = 1200
const ROW = 16
const boxes = []
let depthMax = 0
const place = (node, x, depth) => {
  const { functionName, url } = node.callFrame
  if (depth > 0 && IDLE.has(functionName)) return
  const width = (node.total / busy) * WIDTH
  if (width < 0.5) return
  depthMax = Math.max(depthMax, depth)
  boxes.push({
    x,
    depth,
    width,
    name: functionName || '(anonymous)',
    where: shortUrl(url),
    share: node.total / busy,
  })
  let offset = x
  for (const id of node.children ?? []) {
    const child = nodes.get(id)
    if (IDLE.has(child.callFrame.functionName)) continue
    place(child, offset, depth + 1)
    offset += (child.total / busy) * WIDTH
  }
}
place(root, 0, 0)

function shortUrl(url) {
  if (!url) return 'native'
  if (url.startsWith('node:')) return url
  if (url.includes('/undici/')) return 'undici'
  if (url.includes('/hono')) return 'hono'
  const match = /(apps\/gateway\/src\/.*|packages\/[^/]+\/src\/.*|dist\/main\.js)$/.exec(url)
  return match ? match[1] : url.replace(/^.*\//, '')
}

function color(where) {
  if (where === 'native') return '#e0a060'
  if (where.startsWith('node:')) return '#e8c070'
  if (where === 'undici') return '#b0c4e8'
  if (where === 'hono') return '#c8b0e0'
  return '#98d098'
}

const escapeXml = (text) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c])
const height = (depthMax + 2) * ROW + 30
const rects = boxes
  .map(({ x, depth, width, name, where, share }) => {
    const y = height - (depth + 1) * ROW - 4
    const label = width > 40 ? escapeXml(`${name}`.slice(0, Math.floor(width / 6.5))) : ''
    return `<g><title>${escapeXml(`${name} (${where}) ${(share * 100).toFixed(1)}%`)}</title><rect x="${x.toFixed(1)}" y="${y}" width="${Math.max(width - 0.5, 0.5).toFixed(1)}" height="${ROW - 1}" fill="${color(where)}"/><text x="${(x + 3).toFixed(1)}" y="${y + 11}" font-size="10" font-family="monospace">${label}</text></g>`
  })
  .join('\n')
writeFileSync(
  output,
  `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}">
<title>${escapeXml(title)}</title>
<rect width="100%" height="100%" fill="white"/>
<text x="4" y="16" font-size="13" font-family="sans-serif">${escapeXml(title)} — ${busy} busy samples (idle excluded); green: chatwire, blue: undici, purple: hono, yellow: Node internals, orange: native</text>
${rects}
</svg>
`,
)
console.log(`wrote ${output}: ${boxes.length} boxes, ${busy} busy samples`)
