/**
 * The four default dialects by name, in registration order: tests name them (the gateway's
 * source does not; it iterates the registry).
 */
export const UPSTREAM_DIALECTS = ['openai', 'elastic', 'octoai', 'friendli'] as const
export type Dialect = (typeof UPSTREAM_DIALECTS)[number]
