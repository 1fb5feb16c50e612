import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, dirname, join } from 'node:path'
import { validate } from 'dockerfile-utils'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ensureGatewayBuild } from '../../scripts/ensure-gateway-build.mjs'
import { listPublicPackages } from './list-public-packages'
import { packWithPnpm } from './pack-with-pnpm'
import { type DockerInstruction, readDockerfile, readEnv, readExecForm } from './read-dockerfile'
import { ROOT } from './repository-paths'
import { describeResult, runCommand } from './run-command'
import { findFreePort, startServerProcess } from './start-server-process'

// No Docker engine here (and no hadolint in Debian): the Dockerfile is linted with
// dockerfile-utils (the VS Code Docker extension's validator), checked for the production basics,
// and its runtime stage is run outside Docker: the same files, the same RUN, ENV, ENTRYPOINT and
// HEALTHCHECK, in a temp folder standing for the image's root.
const content = readFileSync(`${ROOT}Dockerfile`, 'utf8')
const { args, stages } = readDockerfile(content)
const runtime = stages.at(-1)
const rootManifest = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as {
  packageManager: string
  engines: { node: string }
}
const gatewayManifest = JSON.parse(readFileSync(`${ROOT}apps/gateway/package.json`, 'utf8')) as {
  bin: Record<string, string>
  devDependencies: Record<string, string>
}

function runtimeInstructions(keyword: string): DockerInstruction[] {
  return runtime?.instructions.filter((instruction) => instruction.keyword === keyword) ?? []
}
function lastRuntimeInstruction(keyword: string): string {
  const found = runtimeInstructions(keyword).at(-1)
  if (!found) throw new Error(`the runtime stage has no ${keyword}`)
  return found.text
}
/** `${NODE_IMAGE}` → the ARG's default. */
function resolveImage(image: string): string {
  return image.replace(/\$\{(\w+)\}/g, (_, name: string) => {
    const arg = args.find(({ text }) => text.startsWith(`${name}=`))
    return arg ? arg.text.slice(name.length + 1) : ''
  })
}
const runtimeEnv = () =>
  readEnv(
    runtimeInstructions('ENV')
      .map(({ text }) => text)
      .join(' '),
  )
const healthcheckCommand = () => {
  const text = lastRuntimeInstruction('HEALTHCHECK')
  return readExecForm(text.slice(text.indexOf('CMD ') + 4))
}

describe('Dockerfile', () => {
  it('has no problem dockerfile-utils reports', () => {
    const problems = validate(content).map(
      (diagnostic) => `line ${diagnostic.range.start.line + 1}: ${diagnostic.message}`,
    )
    expect(problems).toEqual([])
  })

  const nodeMajor = /\d+/.exec(rootManifest.engines.node)?.[0]
  const pnpm = rootManifest.packageManager
  it.each([
    {
      rule: 'builds in one stage and runs in another, on a slim Node of the engines major',
      holds: () =>
        stages.length >= 2 &&
        new RegExp(`^node:${nodeMajor}(\\.\\d+)*-slim$`).test(resolveImage(runtime?.image ?? '')),
    },
    {
      rule: `builds with the pnpm pinned in package.json (${pnpm})`,
      holds: () => stages[0]?.instructions.some(({ text }) => text.includes(pnpm)) === true,
    },
    {
      rule: 'copies only the packed gateway from the build stage into the runtime stage',
      holds: () =>
        runtimeInstructions('COPY').length > 0 &&
        runtimeInstructions('COPY').every(({ text }) => /^--from=build \S+\.tgz \S+$/.test(text)),
    },
    {
      rule: 'runs as a user that is not root',
      holds: () => !['root', '0'].includes(lastRuntimeInstruction('USER').split(':')[0] ?? ''),
    },
    {
      rule: 'exposes the port it listens on (ENV PORT)',
      holds: () => lastRuntimeInstruction('EXPOSE') === runtimeEnv().PORT,
    },
    { rule: 'stops on SIGTERM', holds: () => lastRuntimeInstruction('STOPSIGNAL') === 'SIGTERM' },
    {
      rule: 'health-checks /readyz with node, without curl or wget',
      holds: () => {
        const command = healthcheckCommand()
        return (
          command[0] === 'node' &&
          command.join(' ').includes('/readyz') &&
          !/curl|wget/.test(command.join(' '))
        )
      },
    },
    {
      rule: 'starts the gateway package bin',
      holds: () =>
        readExecForm(lastRuntimeInstruction('ENTRYPOINT'))[0] ===
        Object.keys(gatewayManifest.bin)[0],
    },
    {
      rule: '.dockerignore keeps node_modules, dist and .git out of the build context',
      holds: () => {
        const ignored = readFileSync(`${ROOT}.dockerignore`, 'utf8').split('\n')
        return ['**/node_modules', '**/dist', '.git'].every((entry) => ignored.includes(entry))
      },
    },
  ])('$rule', ({ holds }) => {
    expect(holds()).toBe(true)
  })
})

describe("the Dockerfile's runtime stage, run outside Docker", () => {
  let image: string

  beforeAll(async () => {
    image = mkdtempSync(join(tmpdir(), 'chatwire-image-'))
  })
  afterAll(() => {
    if (image) rmSync(image, { recursive: true, force: true })
  })

  /** An absolute path of the image → the same path under the temp folder. */
  const inImage = (text: string) => text.replace(/(^|[\s:=])\/(app|tmp)\b/g, `$1${image}/$2`)

  it('installs the packed gateway, serves, passes its HEALTHCHECK and stops with exit 0 on STOPSIGNAL', async () => {
    // The build stage's product: the gateway built alone (its bundle inlines the other packages'
    // sources, as `pnpm --filter @chatwire/gateway build` does) and packed by pnpm.
    const buildStage = stages[0]?.instructions.map(({ text }) => text).join('\n') ?? ''
    expect(buildStage).toContain('--filter @chatwire/gateway build')
    expect(buildStage).toContain('--filter @chatwire/gateway pack')
    const gateway = listPublicPackages().filter(({ name }) => name === '@chatwire/gateway')
    mkdirSync(join(image, 'out'))
    ensureGatewayBuild()
    const [tarball] = await packWithPnpm(gateway, join(image, 'out'))
    for (const { text } of runtimeInstructions('COPY')) {
      const destination = inImage(text.split(/\s+/).at(-1) ?? '')
      mkdirSync(dirname(destination), { recursive: true })
      copyFileSync(tarball ?? '', destination)
    }
    const workdir = inImage(lastRuntimeInstruction('WORKDIR'))
    mkdirSync(workdir, { recursive: true })
    const env: NodeJS.ProcessEnv = { ...process.env }
    for (const [name, value] of Object.entries(runtimeEnv()))
      env[name] = inImage(value).replace('$PATH', process.env.PATH ?? '')

    for (const { text } of runtimeInstructions('RUN')) {
      const script = inImage(text.replace(/^(--\S+\s+)+/, ''))
      const result = await runCommand('sh', ['-ec', script], {
        cwd: workdir,
        env,
        timeoutMs: 180_000,
      })
      expect(result.code, describeResult(`RUN ${script}`, result)).toBe(0)
    }
    const devOnly = Object.keys(gatewayManifest.devDependencies).filter(
      (name) => !name.startsWith('@chatwire/') && existsSync(join(workdir, 'node_modules', name)),
    )
    expect(devOnly, 'dev dependencies in the image').toEqual([])
    expect(readdirSync(join(workdir, 'node_modules/@chatwire'))).toEqual(['gateway'])

    // Tests listen on loopback only: the image's 0.0.0.0 becomes 127.0.0.1 here.
    const [command = '', ...commandArgs] = [
      ...readExecForm(lastRuntimeInstruction('ENTRYPOINT')),
      ...readExecForm(lastRuntimeInstruction('CMD')),
    ].map((arg) => (arg === '0.0.0.0' ? '127.0.0.1' : arg))
    const executable = (env.PATH ?? '')
      .split(delimiter)
      .map((folder) => join(folder, command))
      .find((path) => existsSync(path))
    expect(executable, `${command} on the image's PATH`).toBeDefined()
    const port = await findFreePort()
    env.PORT = `${port}`
    const server = await startServerProcess(executable ?? '', commandArgs, {
      cwd: workdir,
      env,
      port,
      readyPath: '/readyz',
    })
    try {
      const [probe = '', ...probeArgs] = healthcheckCommand()
      const health = await runCommand(probe, probeArgs, { cwd: workdir, env, timeoutMs: 30_000 })
      expect(health.code, describeResult('HEALTHCHECK', health)).toBe(0)
    } finally {
      expect(await server.stop(), server.output()).toBe(0)
    }
  }, 300_000)
})
