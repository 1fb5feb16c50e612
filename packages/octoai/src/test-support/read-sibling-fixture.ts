import { readFileSync } from 'node:fs'

/** A fixture of another codec package (`openai`, `elastic`…), for cross-format tests. */
function readSiblingFixture(dialect: string, name: string): string {
  return readFileSync(
    new URL(`../../../${dialect}/src/__fixtures__/${name}`, import.meta.url),
    'utf8',
  )
}

export function readSiblingJsonFixture(dialect: string, name: string): unknown {
  return JSON.parse(readSiblingFixture(dialect, name))
}
