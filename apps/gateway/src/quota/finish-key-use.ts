import type { ClientIdentity } from '../auth/create-client-keys'
import type { KeyMetrics } from '../metrics/create-key-metrics'
import type { RequestRecord } from '../pipeline/request-record'
import type { QuotaTicket } from './create-key-quota'
import { tokensOfChars } from './estimate-request-tokens'

/**
 * At a request's end: the key's tokens in `/metrics` and its token reservation settled with
 * what was used — the usage the upstream reported; else, for a stream, the prompt's estimate
 * plus the text streamed; else the reservation for an answer, and nothing for a failure
 * before any answer (all of it given back).
 */
export function finishKeyUse(
  identity: ClientIdentity | undefined,
  ticket: QuotaTicket | undefined,
  record: Pick<RequestRecord, 'usage' | 'streamedChars'>,
  answered: boolean,
  metrics: KeyMetrics,
): void {
  const { usage } = record
  if (identity && usage)
    metrics.keyTokens(identity.name, usage.promptTokens, usage.completionTokens)
  if (!ticket) return
  const streamed = record.streamedChars ?? 0
  if (usage) ticket.settle(usage.promptTokens + usage.completionTokens)
  else if (streamed > 0) ticket.settle(ticket.prompt + tokensOfChars(streamed))
  else ticket.settle(answered ? ticket.reserved : 0)
}
