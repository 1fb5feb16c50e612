import { renderDocsInitScript, renderDocsPage } from '../docs/render-docs-page'
import type { OpenApiDocument } from '../openapi/openapi-document'

export interface DocsHandlerOptions {
  /** The OpenAPI document the page renders (default `/openapi.json`). */
  specUrl?: string
  /** The page title (default `chatwire gateway`). */
  title?: string
  /** Where the page is served; its assets live below it (default `/docs`). */
  path?: string
  /** When given, `GET <specUrl>` is answered too, with this document as JSON. */
  document?: OpenApiDocument
}

export type DocsHandler = (request: Request) => Promise<Response | undefined>

interface Asset {
  body: string | Uint8Array<ArrayBuffer>
  type: string
  cacheControl: string
}

// Swagger UI's files, from the swagger-ui-dist package: the page works offline.
const SWAGGER_ASSETS = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'favicon-32x32.png': 'image/png',
} as const

/**
 * A framework-free handler for the API reference page: answers `GET <path>` with the HTML,
 * `GET <path>/<asset>` with Swagger UI's files (read once, at the first request), `GET <specUrl>`
 * with `document` when given, and `undefined` for every other request so the caller can go on
 * routing.
 */
export function createDocsHandler(options: DocsHandlerOptions = {}): DocsHandler {
  const path = (options.path ?? '/docs').replace(/\/+$/, '')
  const specUrl = options.specUrl ?? '/openapi.json'
  const documentText = options.document && JSON.stringify(options.document)
  let assets: Promise<Map<string, Asset>> | undefined
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return undefined
    const { pathname } = new URL(request.url)
    if (documentText !== undefined && pathname === specUrl) {
      return respond(request, {
        body: documentText,
        type: 'application/json',
        cacheControl: 'no-cache',
      })
    }
    const name = assetName(pathname, path)
    if (name === undefined) return undefined
    assets ??= loadAssets(path, specUrl, options)
    const asset = (await assets).get(name)
    return asset && respond(request, asset)
  }
}

function respond(request: Request, asset: Asset): Response {
  const headers = {
    'content-type': asset.type,
    'cache-control': asset.cacheControl,
    'x-content-type-options': 'nosniff',
  }
  return new Response(request.method === 'HEAD' ? null : asset.body, { headers })
}

/** `''` for the page itself, the file name below it, `undefined` outside it. */
function assetName(pathname: string, path: string): string | undefined {
  if (pathname === path || pathname === `${path}/`) return ''
  return pathname.startsWith(`${path}/`) ? pathname.slice(path.length + 1) : undefined
}

async function loadAssets(
  path: string,
  specUrl: string,
  options: DocsHandlerOptions,
): Promise<Map<string, Asset>> {
  // Node's modules through the process, not imported: a gateway bundled for a runtime with no
  // files (workerd) still serves the document; its page and assets are not found there.
  const node = (globalThis as { process?: NodeJS.Process }).process
  if (typeof node?.getBuiltinModule !== 'function') return new Map()
  const { readFile } = node.getBuiltinModule('node:fs/promises')
  const { dirname, join } = node.getBuiltinModule('node:path')
  const { createRequire } = node.getBuiltinModule('node:module')
  const directory = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'))
  const files = await Promise.all(
    Object.entries(SWAGGER_ASSETS).map(async ([file, type]) => {
      const body = new Uint8Array(await readFile(join(directory, file)))
      return [file, { body, type, cacheControl: 'public, max-age=86400' }] as const
    }),
  )
  const page = renderDocsPage({ title: options.title ?? 'chatwire gateway', basePath: path })
  const init = renderDocsInitScript(specUrl)
  return new Map<string, Asset>([
    ...files,
    ['', { body: page, type: 'text/html; charset=utf-8', cacheControl: 'no-cache' }],
    ['init.js', { body: init, type: 'text/javascript; charset=utf-8', cacheControl: 'no-cache' }],
  ])
}
