// CI: every public package changed since the base has a changeset naming it.
//
// The base is, in this order:
// - `CHATWIRE_CHANGESET_BASE` (a branch, tag or commit), when set: CI sets it to the target
//   branch of a pull request (e.g. `origin/main`); a base it cannot find is an error;
// - else `origin/<baseBranch>` (`baseBranch` from .changeset/config.json), when that ref exists;
// - else there is nothing to compare with (a clean clone without a remote, a tarball): pass, and
//   say so.
// The check then runs from the merge base of HEAD with it, as `changeset status --since` does:
// `changeset status` validates the changesets and fails when packages changed but no changeset
// was added at all; this script also fails for each changed public package no new changeset
// names. Files matching none of `changedFilePatterns` (.changeset/config.json: tests, fixtures,
// snapshots, benchmarks, markdown) are not changes of the package. Changes are counted as
// changesets counts them: tracked files, committed or not (`git diff <merge base>`). A new empty
// changeset (`pnpm changeset --empty`) says the change needs no release.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

const bin = (name) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url))
const cwd = process.cwd()

const run = (command, args) => {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' })
  return { ok: result.status === 0, out: (result.stdout ?? '').trim(), err: result.stderr ?? '' }
}
const git = (...args) => run('git', args)

/** A glob of changesets' `changedFilePatterns` (`*`, `**`, `?`) as a regular expression. */
export function globToRegExp(glob) {
  let source = ''
  for (let index = 0; index < glob.length; index++) {
    const char = glob[index]
    if (glob.startsWith('**/', index)) {
      source += '(?:.*/)?'
      index += 2
    } else if (glob.startsWith('**', index)) {
      source += '.*'
      index += 1
    } else if (char === '*') source += '[^/]*'
    else if (char === '?') source += '[^/]'
    else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${source}$`)
}

/** Whether a file (relative to its package) is a change of the package, as micromatch says. */
export function matchesPatterns(file, patterns) {
  const positive = patterns.filter((pattern) => !pattern.startsWith('!')).map(globToRegExp)
  const negative = patterns
    .filter((pattern) => pattern.startsWith('!'))
    .map((pattern) => globToRegExp(pattern.slice(1)))
  return positive.some((regex) => regex.test(file)) && !negative.some((regex) => regex.test(file))
}

/** The ref to compare with, or a reason there is none. */
function findBase(config) {
  const explicit = process.env.CHATWIRE_CHANGESET_BASE
  if (explicit) {
    const base = git('merge-base', explicit, 'HEAD')
    if (!base.ok) throw new Error(`CHATWIRE_CHANGESET_BASE=${explicit}: no merge base with HEAD`)
    return { base: base.out, from: explicit }
  }
  const remote = `origin/${config.baseBranch ?? 'main'}`
  if (!git('rev-parse', '--verify', '--quiet', `${remote}^{commit}`).ok) {
    return { reason: `no ${remote} and no CHATWIRE_CHANGESET_BASE: nothing to compare with` }
  }
  const base = git('merge-base', remote, 'HEAD')
  if (!base.ok) return { reason: `no merge base of HEAD with ${remote} (a shallow clone?)` }
  return { base: base.out, from: remote }
}

/** Public workspace packages whose files changed since `base`, by name. */
function listChangedPackages(base, patterns) {
  const listed = run(bin('pnpm'), ['ls', '-r', '--depth', '-1', '--json'])
  if (!listed.ok) throw new Error(`pnpm ls failed: ${listed.err}`)
  const packages = JSON.parse(listed.out)
    .filter((workspace) => workspace.private === false && workspace.path !== cwd)
    // Deepest first, so a file belongs to the innermost package, as changesets decides.
    .sort((a, b) => b.path.length - a.path.length)
  const root = git('rev-parse', '--show-toplevel').out
  const files = git('diff', '--name-only', '--no-relative', base).out.split('\n').filter(Boolean)
  const changed = new Set()
  for (const file of files) {
    const absolute = join(root, file)
    const owner = packages.find((workspace) => absolute.startsWith(`${workspace.path}${sep}`))
    if (!owner) continue
    const inPackage = relative(owner.path, absolute).split(sep).join('/')
    if (matchesPatterns(inPackage, patterns)) changed.add(owner.name)
  }
  return [...changed].sort()
}

function main() {
  const config = JSON.parse(readFileSync(join(cwd, '.changeset', 'config.json'), 'utf8'))
  const found = findBase(config)
  if (!found.base) {
    console.log(`changesets: not checked (${found.reason})`)
    return 0
  }
  const directory = mkdtempSync(join(tmpdir(), 'chatwire-changesets-'))
  try {
    const output = join(directory, 'release-plan.json')
    const status = run(bin('changeset'), ['status', `--since=${found.base}`, `--output=${output}`])
    if (!status.ok) {
      console.error(`${status.out}\n${status.err}`.trim())
      return 1
    }
    const plan = JSON.parse(readFileSync(output, 'utf8'))
    const named = new Set(
      plan.changesets.flatMap((changeset) => changeset.releases.map((r) => r.name)),
    )
    const changed = listChangedPackages(found.base, config.changedFilePatterns ?? ['**'])
    // An empty changeset (`changeset --empty`) says the change needs no release.
    const waived = plan.changesets.some((changeset) => changeset.releases.length === 0)
    const missing = waived ? [] : changed.filter((name) => !named.has(name))
    if (missing.length > 0) {
      console.error(
        `changesets: changed since ${found.from} (${found.base.slice(0, 12)}) without a changeset: ${missing.join(', ')}. Run \`pnpm changeset\` (or \`pnpm changeset --empty\` if no release is needed).`,
      )
      return 1
    }
    console.log(
      `changesets: ${changed.length} changed package(s) since ${found.from}, each named by a changeset`,
    )
    return 0
  } finally {
    rmSync(directory, { recursive: true, force: true })
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exit(main())
