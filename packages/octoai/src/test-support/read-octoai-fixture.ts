import { readFileSync } from 'node:fs'

const FIXTURES = new URL('../__fixtures__/', import.meta.url)

/** The raw text of a fixture in `src/__fixtures__`. */
export function readOctoAIFixture(name: string): string {
  return readFileSync(new URL(name, FIXTURES), 'utf8')
}

export function readOctoAIJsonFixture<T = unknown>(name: string): T {
  return JSON.parse(readOctoAIFixture(name)) as T
}

export interface ErrorFixture {
  status: number
  headers?: Record<string, string>
  body: string
}
