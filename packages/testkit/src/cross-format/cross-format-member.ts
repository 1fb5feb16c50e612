import type { Codec } from '@chatwire/core'
import type { Fixtures } from '../load-fixtures'

/** Canonical path patterns (`choices[].logprobs`, indices as `[]`) → why, one line each. */
export type PathReasons = Readonly<Record<string, string>>

/**
 * One dialect in the cross-format matrix: its codec, its recorded fixtures (the sources), and
 * what it says its own way as a target. Every declared pattern must be met by some pair, so the
 * declarations cannot outlive the behaviour they excuse.
 */
export interface CrossFormatMember {
  /** Label in test names (the dialect's name, or `name/endpoint`). */
  name: string
  codec: Codec
  /** A `__fixtures__` folder (see `loadFixtures`) or fixtures already loaded; none: a target only. */
  fixtures?: string | Fixtures
  /**
   * Members of one family (a dialect and its endpoints' codecs) share their declarations: a
   * declaration met by any of them counts as met. Default: the member's own name.
   */
  family?: string
  /** Request fields its decoder fills in although the source did not say them. */
  requestDefaults?: PathReasons
  /** Response (and aggregated stream) fields its wire always carries: filled in if absent. */
  responseDefaults?: PathReasons
  /** Response (and aggregated stream) fields it has no place for: dropped, with no loss channel. */
  unsaid?: PathReasons
  /** Set when it cannot say an in-stream error's message (the stream just ends): why. */
  streamErrorUnsaid?: string
  /** `kind/status` of an error → the `kind/status` it reads back as, and why. */
  errorAliases?: Readonly<Record<string, { as: string; why: string }>>
}

/** A pair known to write a body its own server rejects: kept failing until it is fixed. */
export interface KnownRejection {
  source: string
  target: string
  fixture: string
  /** The field the target's server names. */
  param: string
  why: string
}
