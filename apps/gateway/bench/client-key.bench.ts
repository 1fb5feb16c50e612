// Per-request cost of checking a client key. Before: the configured keys kept in clear and
// compared byte by byte in constant time (the gateway up to #16, copied below as the baseline).
// Now: the key hashed with SHA-256 (@noble/hashes, synchronous) and looked up in a Map of hashes.
// Also measured: the same lookup hashing with Web Crypto's `crypto.subtle.digest` (async, what a
// portable hash would otherwise be) and with node:crypto (not on the Workers path).
// 3 keys configured and 100 keys configured; the key is a 40-character `sk-…`.
// Ratios are against the baseline, measured in this run.
// Run: taskset -c 1 pnpm bench client-key
import { createHash } from 'node:crypto'
import { Bench } from 'tinybench'
import { checkClientKey, readClientKey } from '../src/auth/check-client-key'
import { createClientKeys } from '../src/auth/create-client-keys'

const utf8 = new TextEncoder()
const keysOf = (count: number) =>
  Array.from({ length: count }, (_, index) => `sk-bench-${String(index).padStart(31, '0')}`)

/** The gateway's check before #16: plain keys, constant-time compare with each. */
function baselineCheck(keys: readonly Uint8Array[], authorization: string): boolean {
  const key = readClientKey(authorization)
  if (key === undefined) return false
  const given = utf8.encode(key)
  return keys.some((known) => {
    if (known.length !== given.length) return false
    let difference = 0
    for (let index = 0; index < known.length; index++) difference |= known[index]! ^ given[index]!
    return difference === 0
  })
}

const bench = new Bench({ time: 1000, warmup: true })
for (const count of [3, 100]) {
  const keys = keysOf(count)
  const header = `Bearer ${keys.at(-1)}`
  const plain = keys.map((key) => utf8.encode(key))
  const hashed = createClientKeys(keys)
  const byHex = new Map(keys.map((key) => [createHash('sha256').update(key).digest('hex'), key]))
  bench
    .add(`${count} keys: before (plain, constant-time compare)`, () => baselineCheck(plain, header))
    .add(`${count} keys: now (@noble/hashes SHA-256 + Map)`, () => checkClientKey(hashed, header))
    .add(`${count} keys: crypto.subtle.digest + Map`, async () => {
      const digest = await crypto.subtle.digest('SHA-256', utf8.encode(readClientKey(header)))
      return byHex.has(Buffer.from(digest).toString('hex'))
    })
    .add(`${count} keys: node:crypto createHash + Map`, () =>
      byHex.has(
        createHash('sha256')
          .update(readClientKey(header) as string)
          .digest('hex'),
      ),
    )
}
await bench.run()

const mean = (name: string) => {
  const result = bench.getTask(name)?.result as { latency?: { mean: number } } | undefined
  if (!result?.latency) throw new Error(`${name} did not complete`)
  return result.latency.mean * 1000
}
const rows = bench.tasks.map((task) => task.name)
console.table(
  rows.map((name) => {
    const baseline = `${name.split(':')[0]}: before (plain, constant-time compare)`
    return {
      task: name,
      'µs/op': mean(name).toFixed(3),
      'vs before': `${(mean(name) / mean(baseline)).toFixed(2)}×`,
    }
  }),
)
