import { readFileSync } from 'node:fs'

/** A payload from `src/__fixtures__`, as text. */
export function readFixture(name: string): string {
  return readFileSync(new URL(`../__fixtures__/${name}`, import.meta.url), 'utf8')
}
