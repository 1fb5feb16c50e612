import type { Dialect } from '../config/gateway-config'
import { elasticTransport } from './elastic-transport'
import { friendliTransport } from './friendli-transport'
import { octoaiTransport } from './octoai-transport'
import { openaiTransport } from './openai-transport'
import type { Transport } from './upstream-target'

export const TRANSPORTS: Record<Dialect, Transport> = {
  openai: openaiTransport,
  elastic: elasticTransport,
  octoai: octoaiTransport,
  friendli: friendliTransport,
}
