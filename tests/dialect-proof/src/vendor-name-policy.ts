/** The vendors whose names only their own packages (and the registry's list) may say. */
export const VENDORS = ['openai', 'elastic', 'octoai', 'friendli'] as const
export type Vendor = (typeof VENDORS)[number]

/** The one file outside the vendors' packages that names them all: the default dialects. */
export const REGISTRY_LIST = 'packages/dialects/src/default-dialects.ts'

/** Source: code in the published and deployed packages (`packages/*`, `apps/*`). */
const SOURCE = /^(?:packages|apps)\/[^/]+\/.*\.(?:[cm]?[jt]s|tsx)$/

/** Tests, their support and data, and benchmarks may name vendors: they test and measure them. */
const NOT_SOURCE = [
  /\.test\.ts$/,
  /\.test-d\.ts$/,
  /(?:^|\/)test-support\//,
  /(?:^|\/)__fixtures__\//,
  /(?:^|\/)__snapshots__\//,
  /(?:^|\/)e2e\//,
  /(?:^|\/)bench\//,
  // The conformance kit every codec runs (`@chatwire/testkit`, private): test code.
  /^packages\/testkit\//,
]

/** Whether a tracked file is non-test source, the files the policy speaks of. */
export function isPolicedSource(path: string): boolean {
  return SOURCE.test(path) && !NOT_SOURCE.some((pattern) => pattern.test(path))
}

/** A vendor's own package: every file in it may name the vendor. */
export const ownPackage = (vendor: Vendor) => `packages/${vendor}/`

/**
 * The one allowance beyond a vendor's own package: the packages built on the OpenAI-compatible
 * engine import it (`@chatwire/openai`, `@chatwire/openai/internal`) and use what they import,
 * whose names say OpenAI. Anything else in them (a comment, a string) is a vendor name.
 */
export const ENGINE_IMPORTERS: Readonly<Record<string, { vendor: Vendor; module: RegExp }>> = {
  'packages/octoai/': { vendor: 'openai', module: /^@chatwire\/openai(?:\/[a-z]+)?$/ },
  'packages/friendli/': { vendor: 'openai', module: /^@chatwire\/openai(?:\/[a-z]+)?$/ },
}
