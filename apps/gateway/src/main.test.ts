import { spawn } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const tsx = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url))
const main = fileURLToPath(new URL('./main.ts', import.meta.url))

describe('main.ts, the process `pnpm gateway` starts', () => {
  // One real process (tsx start-up takes seconds on a busy machine): flags reach runCli, the
  // exit code reaches the shell, SIGTERM closes the server.
  it('serves until SIGTERM, then exits 0', { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chatwire-gateway-'))
    const file = join(dir, 'gateway.yaml')
    writeFileSync(
      file,
      'upstreams:\n  a: { dialect: openai, baseURL: "http://127.0.0.1:1/v1" }\nroutes:\n  - { match: "*", upstream: a }\n',
    )
    const child = spawn(tsx, ['--conditions=@chatwire/source', main, '--config', file], {
      env: { ...process.env, PORT: '0' },
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
    let stdout = ''
    child.stdout.on('data', (data) => {
      stdout += data
    })
    try {
      await expect
        .poll(() => stdout, { timeout: 50_000, interval: 100 })
        .toMatch(/listening on http:\/\/\S+:\d+/)
      const url = /listening on (\S+)/.exec(stdout)?.[1]
      expect(await (await fetch(`${url}/healthz`)).json()).toEqual({ status: 'ok' })
      child.kill('SIGTERM')
      expect(await exited, `stdout: ${stdout}`).toBe(0)
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL')
    }
  })
})
