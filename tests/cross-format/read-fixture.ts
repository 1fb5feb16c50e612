import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** `packages/<name>/src/__fixtures__/`: the vendor's recorded payloads. */
export const fixturesOf = (name: string) =>
  fileURLToPath(new URL(`../../packages/${name}/src/__fixtures__/`, import.meta.url))

/** A fixture of a codec package (`packages/<owner>/src/__fixtures__/<file>`), as bytes. */
export const readFixture = (owner: string, file: string) =>
  new Uint8Array(readFileSync(`${fixturesOf(owner)}${file}`))

export const readJsonFixture = <T = unknown>(owner: string, file: string): T =>
  JSON.parse(new TextDecoder().decode(readFixture(owner, file))) as T

interface ErrorFixture {
  status: number
  headers?: Record<string, string>
  body: string
}

/** An `<name>.error.json` fixture, its body as the raw text a server sends. */
export function readErrorFixture(owner: string, name: string): ErrorFixture {
  const fixture = readJsonFixture<{
    status: number
    headers?: Record<string, string>
    body: unknown
  }>(owner, `${name}.error.json`)
  const body = typeof fixture.body === 'string' ? fixture.body : JSON.stringify(fixture.body)
  return { ...fixture, body }
}

/** The `data:` payloads of SSE bytes. */
export const readSseDataLines = (bytes: Uint8Array) =>
  new TextDecoder()
    .decode(bytes)
    .split('\n')
    .filter((line) => line.startsWith('data: '))
    .map((line) => line.slice('data: '.length))
