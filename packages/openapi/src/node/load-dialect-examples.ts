import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { DialectExamples, ErrorFixture } from '../examples/dialect-examples'

const KINDS = [
  ['.request.json', 'requests'],
  ['.response.json', 'responses'],
  ['.sse', 'streams'],
  ['.error.json', 'errors'],
] as const

/**
 * A dialect's fixtures (`<name>.request.json`, `.response.json`, `.sse`, `.error.json`) read
 * from `directory`, grouped and sorted by name. Other files are not examples and are skipped.
 */
export function loadDialectExamples(directory: string): DialectExamples {
  const examples: DialectExamples = { requests: [], responses: [], streams: [], errors: [] }
  for (const file of readdirSync(directory).sort()) {
    const kind = KINDS.find(([suffix]) => file.endsWith(suffix))
    if (!kind) continue
    const [suffix, group] = kind
    const text = readFileSync(join(directory, file), 'utf8')
    const name = file.slice(0, -suffix.length)
    if (group === 'streams') examples.streams.push({ name, value: text })
    else if (group === 'errors')
      examples.errors.push({ name, value: parseErrorFixture(file, text) })
    else examples[group].push({ name, value: JSON.parse(text) })
  }
  return examples
}

function parseErrorFixture(file: string, text: string): ErrorFixture {
  const fixture = JSON.parse(text) as Partial<ErrorFixture>
  if (typeof fixture.status !== 'number' || typeof fixture.body !== 'string') {
    throw new Error(`${file}: an error fixture is {status: number, headers?, body: string}`)
  }
  return fixture as ErrorFixture
}
