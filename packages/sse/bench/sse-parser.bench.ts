// SSE parser throughput: ours against eventsource-parser@3 on the same bytes, same reads.
// Run from the repo root: `node scripts/bench.mjs sse`.
import { isDeepStrictEqual } from 'node:util'
import type { SseEvent } from '@chatwire/core'
import { createParser } from 'eventsource-parser'
import { Bench } from 'tinybench'
import { createSseParser } from '../src/create-sse-parser'
import { checkEventsourceParserConformance } from './check-eventsource-parser-conformance'
import { cutIntoReads, ENGLISH, JAPANESE, makeChatStream } from './make-chat-stream'
import { createLineBomStripper } from './strip-line-boms'

const EVENTS = 201
type Read = Uint8Array | string

function parseOurs(reads: Read[], sink: SseEvent[]): void {
  const parser = createSseParser({ onEvent: (event) => sink.push(event) })
  for (const read of reads) parser.feed(read)
  parser.end()
}

/** As a wrapper would use it: one streaming TextDecoder, the BOM pre-pass where needed. */
function parseTheirs(reads: Read[], sink: SseEvent[], stripBoms: boolean): void {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true })
  const strip = stripBoms ? createLineBomStripper() : (text: string) => text
  const parser = createParser({ onEvent: (event) => sink.push(event as SseEvent) })
  for (const read of reads) {
    parser.feed(strip(typeof read === 'string' ? read : decoder.decode(read, { stream: true })))
  }
}

function reuse(sink: SseEvent[]): SseEvent[] {
  sink.length = 0
  return sink
}

function decodeWithTextDecoder(reads: Uint8Array[]): string[] {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true })
  return reads.map((read) => decoder.decode(read, { stream: true }))
}

const inputs = [
  { name: 'OpenAI framing, English (ASCII)', words: ENGLISH, boms: false },
  { name: 'OpenAI framing, Japanese (UTF-8)', words: JAPANESE, boms: false },
  { name: 'Elastic framing (BOM per event), English', words: ENGLISH, boms: true },
]
// The machine is shared: each task runs in short slices, interleaved over several rounds, and the
// median of the rounds is reported, so that load changes hit every task alike.
const ROUNDS = 7

for (const { name, words, boms } of inputs) {
  const reads = cutIntoReads(makeChatStream(EVENTS - 1, words, boms))
  const texts = decodeWithTextDecoder(reads)
  assertSameEvents(name, reads, texts, boms)
  const theirs = boms ? 'eventsource-parser + BOM pre-pass' : 'eventsource-parser'
  const sink: SseEvent[] = []
  const tasks: [string, () => unknown][] = [
    ['TextDecoder {stream: true} alone', () => decodeWithTextDecoder(reads)],
    [`bytes: ${theirs}`, () => parseTheirs(reads, reuse(sink), boms)],
    ['bytes: @chatwire/sse', () => parseOurs(reads, reuse(sink))],
    [`text: ${theirs}`, () => parseTheirs(texts, reuse(sink), boms)],
    ['text: @chatwire/sse', () => parseOurs(texts, reuse(sink))],
  ]
  const rounds: number[][] = tasks.map(() => [])
  for (let round = 0; round < ROUNDS; round++) {
    const bench = new Bench({ time: 300, warmupTime: round === 0 ? 300 : 50 })
    for (const [taskName, fn] of tasks) bench.add(taskName, fn)
    await bench.run()
    bench.tasks.forEach((task, index) => {
      if (task.result.state !== 'completed') throw new Error(`${task.name}: ${task.result.state}`)
      rounds[index]!.push(task.result.throughput.mean * EVENTS)
    })
  }
  const bytes = reads.reduce((sum, read) => sum + read.length, 0)
  console.log(`\n${name}: ${EVENTS} events, ${bytes} bytes in ${reads.length} reads of 1–4 KiB`)
  const rates = rounds.map(median)
  tasks.forEach(([taskName], index) => {
    const spread = `${fmt(Math.min(...rounds[index]!))}–${fmt(Math.max(...rounds[index]!))}`
    console.log(
      `  ${taskName.padEnd(42)} ${fmt(rates[index]!).padStart(11)} events/s  (rounds ${spread})`,
    )
  })
  console.log(`  ratio ours / theirs, from bytes:        ${(rates[2]! / rates[1]!).toFixed(2)}×`)
  console.log(`  ratio ours / theirs, pre-decoded text:  ${(rates[4]! / rates[3]!).toFixed(2)}×`)
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

function fmt(rate: number): string {
  return Math.round(rate).toLocaleString('en')
}

function assertSameEvents(name: string, reads: Uint8Array[], texts: string[], boms: boolean): void {
  const runs = [reads, texts].flatMap((input) => {
    const ours: SseEvent[] = []
    const theirs: SseEvent[] = []
    parseOurs(input, ours)
    parseTheirs(input, theirs, boms)
    return [ours, theirs]
  })
  const plain = runs.map((events) => events.map((event) => JSON.parse(JSON.stringify(event))))
  if (plain[0]!.length !== EVENTS || plain.some((events) => !isDeepStrictEqual(events, plain[0]))) {
    throw new Error(`${name}: the parsers disagree; the comparison would be meaningless`)
  }
}

console.log('\neventsource-parser@3 (+ BOM pre-pass) on our test table, every chunking:')
for (const row of checkEventsourceParserConformance()) {
  const verdict =
    row.failedChunkings === 0
      ? 'pass'
      : `FAIL ${row.failedChunkings}/${row.chunkings} (first: ${row.firstFailure})`
  console.log(`  ${verdict.padEnd(32)} ${row.name}`)
}
