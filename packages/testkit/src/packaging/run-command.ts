import { spawn } from 'node:child_process'

export interface CommandResult {
  code: number | null
  stdout: string
  stderr: string
}

export interface RunCommandOptions {
  cwd: string
  timeoutMs?: number
}

/**
 * The environment for programs a test starts: without `NODE_OPTIONS`, so a caller's
 * `--conditions=@chatwire/source` cannot make a packed package resolve to sources it lacks.
 */
function childEnvironment(): NodeJS.ProcessEnv {
  // No colour: with CI=true tools such as publint colour their output, and tests read it as text.
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' }
  delete env.NODE_OPTIONS
  return env
}

/** Runs a program without a shell and collects its output; resolves whatever the exit code. */
export function runCommand(
  command: string,
  args: readonly string[],
  options: RunCommandOptions,
): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: childEnvironment(),
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: options.timeoutMs ?? 120_000,
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (text: string) => {
      stdout += text
    })
    child.stderr.setEncoding('utf8').on('data', (text: string) => {
      stderr += text
    })
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

/** {@link runCommand}, throwing with the program's output when it does not exit with 0. */
export async function runOrThrow(
  command: string,
  args: readonly string[],
  options: RunCommandOptions,
): Promise<CommandResult> {
  const result = await runCommand(command, args, options)
  if (result.code !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} (in ${options.cwd}) exited with ${result.code}\n` +
        `${result.stdout}\n${result.stderr}`,
    )
  }
  return result
}
