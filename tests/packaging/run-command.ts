import { spawn } from 'node:child_process'

export interface CommandResult {
  /** The exit code; null when it was killed (by the time limit or a signal). */
  code: number | null
  stdout: string
  stderr: string
}

const MAX_OUTPUT_CHARS = 1_000_000

/**
 * Runs a command to its end, bounded in time and output; never throws for a non-zero exit, so a
 * test can show the output of what failed. On time-out its whole process group is killed: turbo
 * and npm start children that would outlive a killed parent.
 */
export function runCommand(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs: number },
): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (data: Buffer) => {
      stdout = `${stdout}${data}`.slice(-MAX_OUTPUT_CHARS)
    })
    child.stderr.on('data', (data: Buffer) => {
      stderr = `${stderr}${data}`.slice(-MAX_OUTPUT_CHARS)
    })
    const timer = setTimeout(() => {
      stderr += `\n[killed after ${options.timeoutMs} ms]`
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL')
    }, options.timeoutMs)
    child.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr })
    })
  })
}

/** `label: exit N` and the tail of both streams, for an assertion message. */
export function describeResult(label: string, result: CommandResult): string {
  const tail = (text: string) => text.slice(-4000)
  return `${label}: exit ${result.code}\n--- stdout\n${tail(result.stdout)}\n--- stderr\n${tail(result.stderr)}`
}
