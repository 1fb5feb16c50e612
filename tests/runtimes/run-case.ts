import type { CaseOutcome } from './runtime-input'

/** Records a failed check: `problem` is only built when `ok` is false. */
export type Check = (ok: boolean, problem: () => string) => void

/**
 * Runs one case: `compute` returns the case's output and reports failed checks through `check`;
 * a throw is a failed check too (the output is then `null`).
 */
export async function runCase(
  name: string,
  compute: (check: Check) => unknown,
): Promise<CaseOutcome> {
  const problems: string[] = []
  const check: Check = (ok, problem) => {
    if (!ok) problems.push(problem())
  }
  try {
    return { name, output: await compute(check), problems }
  } catch (error) {
    const thrown = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
    return { name, output: null, problems: [...problems, `threw ${thrown}`] }
  }
}

/** A value for a problem message, cut short. */
export function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value)
  return text.length > 300 ? `${text.slice(0, 300)}…` : text
}
