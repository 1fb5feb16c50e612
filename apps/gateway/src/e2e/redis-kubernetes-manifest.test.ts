import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parseAllDocuments } from 'yaml'
import { createGateway } from '../app'
import type { GatewayConfig } from '../config/gateway-config'
import { GATEWAY_DEFAULTS } from '../config/gateway-defaults'
import { parseConfigText } from '../config/parse-config-text'
import { validateConfig } from '../config/validate-config'
import { silentLogger } from '../log/logger'
import { createMemoryQuotaStore } from '../quota/memory-quota-store'

// deploy/kubernetes: the manifests a user applies, read as Kubernetes reads them, and held to
// the gateway's real config validator, routes and drain.
const DIR = fileURLToPath(new URL('../../../../deploy/kubernetes/', import.meta.url))

// biome-ignore lint/suspicious/noExplicitAny: Kubernetes objects, checked field by field below.
type Manifest = Record<string, any>

const manifests: Manifest[] = readdirSync(DIR)
  .filter((file) => file.endsWith('.yaml'))
  .flatMap((file) =>
    parseAllDocuments(readFileSync(join(DIR, file), 'utf8')).map((document) => {
      expect(document.errors, file).toEqual([])
      return document.toJS() as Manifest
    }),
  )

const find = (kind: string, name: string): Manifest => {
  const found = manifests.find((item) => item.kind === kind && item.metadata?.name === name)
  if (!found) throw new Error(`deploy/kubernetes has no ${kind} ${name}`)
  return found
}

const gateway = find('Deployment', 'chatwire')
const pod = gateway.spec.template.spec
const container = pod.containers.find((item: Manifest) => item.name === 'chatwire')
const secret = find('Secret', 'chatwire-secrets')
const configMap = find('ConfigMap', 'chatwire-config')

/** The file `--config` names, found through the volume mount of the ConfigMap. */
function configText(): string {
  const path = container.args[container.args.indexOf('--config') + 1] as string
  const mount = container.volumeMounts.find((item: Manifest) =>
    path.startsWith(`${item.mountPath}/`),
  )
  const volume = pod.volumes.find((item: Manifest) => item.name === mount.name)
  expect(volume.configMap.name).toBe(configMap.metadata.name)
  return configMap.data[path.slice(mount.mountPath.length + 1)]
}

/** The config as the pod's gateway loads it: the Secret's keys are its only environment. */
function podConfig(): GatewayConfig {
  expect(container.envFrom).toContainEqual({ secretRef: { name: secret.metadata.name } })
  return validateConfig(parseConfigText(configText(), 'chatwire.yaml'), secret.stringData)
}

/** A named container port's number (probes and Services name it). */
const portNumber = (spec: Manifest, port: string | number) =>
  typeof port === 'number'
    ? port
    : spec.ports.find((item: Manifest) => item.name === port)?.containerPort

const matches = (selector: Record<string, string>, labels: Record<string, string>) =>
  Object.entries(selector).every(([name, value]) => labels[name] === value)

describe('deploy/kubernetes', () => {
  it('mounts a config the gateway accepts, its environment references filled from the Secret it loads', () => {
    const config = podConfig()
    expect(config.auth?.store).toMatchObject({ type: 'redis' })
  })

  it.each([
    ['livenessProbe', { status: 'ok' }],
    ['readinessProbe', { status: 'ready' }],
  ])('%s asks a real gateway route, on the port the gateway listens on', async (probe, body) => {
    const config = podConfig()
    const { path, port } = container[probe].httpGet
    expect(portNumber(container, port)).toBe(config.server?.port ?? 8787)
    // Bound to 0.0.0.0 (the image's entry point) and asked by the kubelet at the pod's IP.
    const app = createGateway(config, {
      quotaStore: createMemoryQuotaStore(),
      bindHost: '0.0.0.0',
      logger: silentLogger,
    }).app
    const response = await app.request(path, { headers: { host: `10.1.2.3:${port}` } })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual(body)
  })

  it('grants the pod more time to stop than the preStop pause plus the drain', () => {
    const drainMs = podConfig().server?.drainTimeoutMs ?? GATEWAY_DEFAULTS.server.drainTimeoutMs
    const [command, seconds] = container.lifecycle.preStop.exec.command as [string, string]
    expect(command).toBe('sleep')
    expect(pod.terminationGracePeriodSeconds * 1000).toBeGreaterThan(
      Number(seconds) * 1000 + drainMs,
    )
  })

  it('points the quota store at the Redis Service, which selects the one Redis pod', () => {
    const store = podConfig().auth?.store
    if (store?.type !== 'redis') throw new Error('auth.store is not redis')
    const url = new URL(store.url)
    expect(url.password).toBe(secret.stringData.REDIS_PASSWORD)
    const service = find('Service', url.hostname)
    const redis = manifests.find(
      (item) =>
        item.kind === 'Deployment' &&
        matches(service.spec.selector, item.spec.template.metadata.labels),
    ) as Manifest
    expect(redis.spec.replicas).toBe(1)
    const port = service.spec.ports.find((item: Manifest) => item.port === Number(url.port))
    expect(portNumber(redis.spec.template.spec.containers[0], port.targetPort)).toBe(6379)
  })

  it('serves the gateway pods through its Service on their http port', () => {
    const service = find('Service', 'chatwire')
    expect(matches(service.spec.selector, gateway.spec.template.metadata.labels)).toBe(true)
    expect(portNumber(container, service.spec.ports[0].targetPort)).toBe(8787)
  })
})
