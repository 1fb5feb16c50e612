interface RuntimeGlobals {
  Bun?: { version: string }
  Deno?: { version: { deno: string } }
  process?: { versions?: { node?: string } }
  navigator?: { userAgent?: string }
}

/** `bun 1.4.5`, `deno 2.9.6`, `node 20.20.2`, or a browser's user agent. Bun and Deno first: both also look like Node. */
export function describeRuntime(): string {
  const { Bun, Deno, process, navigator } = globalThis as RuntimeGlobals
  if (Bun) return `bun ${Bun.version}`
  if (Deno) return `deno ${Deno.version.deno}`
  if (process?.versions?.node) return `node ${process.versions.node}`
  return navigator?.userAgent ?? 'unknown'
}
