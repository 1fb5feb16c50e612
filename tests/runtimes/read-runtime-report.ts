import { REPORT_PREFIX, type RuntimeReport } from './runtime-input'

/** The report line of a CLI runtime's output; throws with the output when there is none. */
export function readRuntimeReport(label: string, stdout: string, stderr: string): RuntimeReport {
  const line = stdout.split('\n').find((text) => text.startsWith(REPORT_PREFIX))
  if (line === undefined) {
    throw new Error(
      `${label} printed no report\n--- stdout\n${stdout.slice(-4000)}\n--- stderr\n${stderr.slice(-4000)}`,
    )
  }
  return JSON.parse(line.slice(REPORT_PREFIX.length)) as RuntimeReport
}
