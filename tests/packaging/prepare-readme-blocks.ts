import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { extractRunnableBlocks, type RunnableBlock } from './extract-runnable-blocks'
import { BIN, ROOT } from './repository-paths'
import { runCommand } from './run-command'

/** The READMEs whose `<!-- run -->` blocks are run: the root's, each package's, the gateway's. */
function listReadmes(): string[] {
  const packages = readdirSync(`${ROOT}packages`).map((name) => `packages/${name}/README.md`)
  return ['README.md', ...packages, 'apps/gateway/README.md'].filter((file) =>
    existsSync(`${ROOT}${file}`),
  )
}

export function readRunnableBlocks(): RunnableBlock[] {
  return listReadmes().flatMap((file) =>
    extractRunnableBlocks(readFileSync(`${ROOT}${file}`, 'utf8'), file),
  )
}

/** `packages/core/README.md` line 27 → `packages-core-README-L27`. */
export function blockName(block: RunnableBlock): string {
  return `${block.file.replace(/\.md$/, '').replaceAll('/', '-')}-L${block.line}`
}

/**
 * Writes each ts/js block as a module of the npm-installed project `app` (so it imports the
 * installed tarballs, as a user's code would) and compiles the ts ones with tsc, strict, against
 * the packages' published `.d.ts`. Returns tsc's output ('' when every block type-checks).
 */
export async function compileBlocks(app: string, blocks: RunnableBlock[]): Promise<string> {
  const source = join(app, 'blocks')
  mkdirSync(source, { recursive: true })
  for (const block of blocks) {
    const extension = block.language === 'ts' ? 'ts' : 'mjs'
    writeFileSync(join(source, `${blockName(block)}.${extension}`), block.code)
  }
  const compilerOptions = {
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    lib: ['ES2022', 'DOM', 'DOM.Iterable', 'DOM.AsyncIterable'],
    strict: true,
    types: ['node'],
    typeRoots: [`${ROOT}node_modules/@types`],
    skipLibCheck: true,
    rootDir: 'blocks',
    outDir: 'out',
    noEmitOnError: true,
  }
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({ compilerOptions, include: ['blocks/*.ts'] }, null, 2),
  )
  if (!blocks.some((block) => block.language === 'ts')) return ''
  const result = await runCommand(`${BIN}tsc`, ['-p', '.'], { cwd: app, timeoutMs: 120_000 })
  return result.code === 0 ? '' : `${result.stdout}${result.stderr}` || `tsc exit ${result.code}`
}

/** The compiled (or, for js, the written) module of a block, to run with plain node. */
export function blockModule(app: string, block: RunnableBlock): string {
  return block.language === 'ts'
    ? join(app, 'out', `${blockName(block)}.js`)
    : join(app, 'blocks', `${blockName(block)}.mjs`)
}

/**
 * A sh block runs against a running gateway: the README's `127.0.0.1:8787` becomes `origin`,
 * and curl fails on an HTTP error status (a README curl that gets a 4xx is a broken example).
 */
export function shellScript(block: RunnableBlock, origin: string): string {
  const prelude =
    'curl() { command curl --silent --show-error --fail-with-body --max-time 60 "$@"; }'
  return `set -e\n${prelude}\n${block.code.replaceAll('http://127.0.0.1:8787', origin)}`
}
