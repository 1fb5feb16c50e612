import type { CaseOutcome, CaseResult } from './runtime-input'

/** Where two texts first differ, with a little of each around it. */
function firstDifference(actual: string, expected: string): string {
  let index = 0
  while (index < actual.length && actual[index] === expected[index]) index++
  const around = (text: string) => JSON.stringify(text.slice(Math.max(0, index - 40), index + 80))
  return `output differs from Node's at character ${index}: ${around(actual)} vs ${around(expected)}`
}

/**
 * A case passes when its checks held and its output, as JSON, is exactly the output Node computed
 * from the sources: a runtime that decodes one byte differently (TextDecoder, a RegExp, JSON)
 * fails the case that shows it.
 */
export function judgeRuntimeCases(
  outcomes: CaseOutcome[],
  expected: Record<string, string>,
): CaseResult[] {
  const seen = new Set<string>()
  const results = outcomes.map(({ name, output, problems }) => {
    seen.add(name)
    const want = expected[name]
    const json = JSON.stringify(output)
    const all = [...problems]
    if (want === undefined) all.push('a case Node did not run')
    else if (json !== want) all.push(firstDifference(json, want))
    return { name, passed: all.length === 0, problems: all }
  })
  for (const name of Object.keys(expected))
    if (!seen.has(name)) results.push({ name, passed: false, problems: ['not run'] })
  return results
}
