import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { ensureGatewayBuild, GATEWAY_BUNDLE } from '../../scripts/ensure-gateway-build.mjs'
import { readImportedPackages } from './read-imported-packages'
import { ROOT } from './repository-paths'

// The published gateway is one bundle: what it imports at run time must be exactly its
// `dependencies` (a missing one breaks `npx @chatwire/gateway`; an extra one bloats every install).
const manifest = JSON.parse(readFileSync(`${ROOT}apps/gateway/package.json`, 'utf8')) as {
  dependencies: Record<string, string>
}

describe('the gateway bundle', () => {
  let bundle: string
  beforeAll(() => {
    ensureGatewayBuild()
    bundle = readFileSync(GATEWAY_BUNDLE, 'utf8')
  })

  it('imports exactly the packages its package.json lists as dependencies', () => {
    expect(readImportedPackages(bundle)).toEqual(Object.keys(manifest.dependencies).sort())
  })

  it('inlines every workspace package (no @chatwire/ import left)', () => {
    expect(readImportedPackages(bundle).filter((name) => name.startsWith('@chatwire/'))).toEqual([])
  })

  it.each([
    {
      name: 'static, dynamic, side-effect and require forms',
      bundle:
        'import { a } from "hono";\nimport "yaml";\nconst m = await import("undici");\nrequire("@hono/node-server/x");\ncreateRequire(u).resolve("swagger-ui-dist/package.json")',
      packages: ['@hono/node-server', 'hono', 'swagger-ui-dist', 'undici', 'yaml'],
    },
    {
      name: 'builtins and relative paths are not packages',
      bundle:
        'import fs from "fs";\nimport { x } from "node:zlib";\nimport y from "./y.js";\nimport "timers/promises"',
      packages: [],
    },
  ])('readImportedPackages: $name', ({ bundle: text, packages }) => {
    expect(readImportedPackages(text)).toEqual(packages)
  })
})
