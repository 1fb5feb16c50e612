import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const SRC = dirname(fileURLToPath(import.meta.url))
const RELATIVE_IMPORT = /(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g

/** Non-test source: tests and their helpers may reach across folders freely. */
function listSourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory())
      return entry.name === 'test-support' || entry.name === 'e2e' ? [] : listSourceFiles(path)
    return /\.ts$/.test(entry.name) && !/\.test\.ts$|\.d\.ts$/.test(entry.name) ? [path] : []
  })
}

/** A file's node: its top folder under src/, or the file itself when it sits in src/. */
function nodeOf(file: string): string {
  const [first, ...rest] = relative(SRC, file).split(sep)
  return rest.length > 0 ? `${first}/` : (first as string).replace(/\.ts$/, '')
}

/** Folder → folders its files import (edges inside a folder left out). */
function buildFolderGraph(files: readonly string[]): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>()
  for (const file of files) {
    const from = nodeOf(file)
    const edges = graph.get(from) ?? new Map<string, string>()
    graph.set(from, edges)
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(RELATIVE_IMPORT)) {
      const to = nodeOf(resolve(dirname(file), spec as string))
      if (to !== from && !edges.has(to)) edges.set(to, `${relative(SRC, file)} → ${spec}`)
    }
  }
  return graph
}

/** Every cycle found by a depth-first walk, each as the import lines that close it. */
function findCycles(graph: Map<string, Map<string, string>>): string[][] {
  const cycles: string[][] = []
  const state = new Map<string, 'open' | 'done'>()
  const path: string[] = []
  const visit = (node: string) => {
    state.set(node, 'open')
    path.push(node)
    for (const next of graph.get(node)?.keys() ?? []) {
      if (state.get(next) === 'open') {
        const loop = [...path.slice(path.indexOf(next)), next]
        cycles.push(loop.slice(1).map((to, i) => graph.get(loop[i] as string)?.get(to) as string))
      } else if (!state.has(next)) visit(next)
    }
    path.pop()
    state.set(node, 'done')
  }
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node)
  return cycles
}

describe('the gateway source folders', () => {
  it('import each other without a cycle', () => {
    expect(findCycles(buildFolderGraph(listSourceFiles(SRC)))).toEqual([])
  })

  it.each([
    [
      'a two-folder cycle',
      { 'a/': { 'b/': 'a/x.ts → ../b/y' }, 'b/': { 'a/': 'b/y.ts → ../a/x' } },
      1,
    ],
    ['a three-folder cycle', { 'a/': { 'b/': '1' }, 'b/': { 'c/': '2' }, 'c/': { 'a/': '3' } }, 1],
    ['a chain', { 'a/': { 'b/': '1' }, 'b/': { 'c/': '2' }, 'c/': {} }, 0],
  ])('finds %s', (_name, edges, count) => {
    const graph = new Map(
      Object.entries(edges).map(([node, to]) => [node, new Map(Object.entries(to))]),
    )
    expect(findCycles(graph)).toHaveLength(count)
  })
})
