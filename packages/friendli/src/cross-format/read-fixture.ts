import { readFileSync } from 'node:fs'

/** A fixture file of this package or a sibling codec package (`openai`, `elastic`, `octoai`). */
export function readFixture(file: string, owner = 'friendli'): Uint8Array {
  const url = new URL(`../../../${owner}/src/__fixtures__/${file}`, import.meta.url)
  return new Uint8Array(readFileSync(url))
}

export function readJsonFixture<T = unknown>(file: string, owner?: string): T {
  return JSON.parse(new TextDecoder().decode(readFixture(file, owner))) as T
}
