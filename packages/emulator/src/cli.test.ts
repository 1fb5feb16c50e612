import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../../..', import.meta.url))
let child: ChildProcess | undefined

afterEach(async () => {
  if (child && child.exitCode === null) {
    child.kill('SIGTERM')
    await once(child, 'exit')
  }
})

/**
 * What `pnpm emulator` runs (tsx on the sources), but with tsx as a loader of this node process
 * rather than its CLI: the CLI relays signals through a child with 30 ms deadlines, which a busy
 * machine misses.
 */
function runCli(args: string[]): ChildProcess {
  const options = ['--conditions=@chatwire/source', '--import', 'tsx']
  return spawn(process.execPath, [...options, 'packages/emulator/src/cli.ts', ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
}

/** The first line of output; keeps reading after it (a closed pipe would kill the child). */
function firstLine(stream: NodeJS.ReadableStream): Promise<string> {
  let text = ''
  return new Promise((resolve) => {
    stream.on('data', (chunk) => {
      text += String(chunk)
      if (text.includes('\n')) resolve(text.slice(0, text.indexOf('\n')))
    })
  })
}

// tsx compiles on start: allow for a slow, busy machine.
describe('pnpm emulator (cli.ts)', { timeout: 30_000 }, () => {
  it('serves the dialect on the given host until SIGTERM', async () => {
    child = runCli(['--dialect', 'elastic', '--port', '0'])
    const line = await firstLine(child.stdout!)
    const match =
      /^elastic emulator: POST (http:\/\/127\.0\.0\.1:\d+)\/_inference\/chat_completion\/\{inference_id\}\/_stream$/.exec(
        line,
      )
    expect(match).not.toBeNull()
    const response = await fetch(`${match![1]}/_inference/chat_completion/cli/_stream`, {
      method: 'POST',
      body: JSON.stringify({ messages: [{ role: 'user', content: 'hi from the cli' }] }),
    })
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('"content":" cli"')
    child.kill('SIGTERM')
    const [code] = await once(child, 'exit')
    expect(code).toBe(0)
  })
})
