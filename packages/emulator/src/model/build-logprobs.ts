import type { TokenLogprob } from '@chatwire/core'

const encoder = new TextEncoder()

/**
 * One log-probability entry per streamed piece: the piece is the chosen token with logprob
 * `-0.01 × (1 + position mod 9)`, followed in `topLogprobs` by `alt1`, `alt2`… one unit lower each.
 */
export function buildLogprobs(pieces: readonly string[], topLogprobs: number): TokenLogprob[] {
  return pieces.map((piece, position) => {
    const logprob = -0.01 * (1 + (position % 9))
    const chosen = {
      token: piece,
      logprob: round(logprob),
      bytes: Array.from(encoder.encode(piece)),
    }
    const top = [chosen]
    for (let rank = 1; rank < topLogprobs; rank++) {
      const token = `alt${rank}`
      top.push({ token, logprob: round(logprob - rank), bytes: Array.from(encoder.encode(token)) })
    }
    return { ...chosen, topLogprobs: topLogprobs > 0 ? top : [] }
  })
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000
}
