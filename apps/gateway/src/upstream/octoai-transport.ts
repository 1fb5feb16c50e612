import { openaiTransport } from './openai-transport'
import type { Transport } from './upstream-target'

/** OctoAI speaks OpenAI's HTTP conventions: `{baseURL}/chat/completions`, Bearer (§6.1). */
export const octoaiTransport: Transport = openaiTransport
