import type { GatewayConfig } from './gateway-config'

export interface EmulatorURLs {
  openai: string
  elastic: string
  octoai: string
  friendli: string
}

/**
 * The zero-setup default: one emulator per dialect, no keys. Each demo model name picks an
 * upstream dialect; anything else goes to the OpenAI emulator. `friendli-tools-llama` reaches the
 * Friendli emulator's tool-assisted endpoint, where built-in tools (`web:search`, …) run.
 */
export function createEmbeddedConfig(
  urls: EmulatorURLs,
  port = 8787,
  host = '127.0.0.1',
): GatewayConfig {
  return {
    server: { host, port },
    upstreams: {
      openai: { dialect: 'openai', baseURL: `${urls.openai}/v1` },
      elastic: { dialect: 'elastic', baseURL: urls.elastic, inferenceId: 'chatwire-chat' },
      octoai: { dialect: 'octoai', baseURL: `${urls.octoai}/v1` },
      friendli: { dialect: 'friendli', baseURL: `${urls.friendli}/serverless/v1` },
      'friendli-tools': { dialect: 'friendli', baseURL: `${urls.friendli}/serverless/tools/v1` },
    },
    routes: [
      { match: 'gpt-4o-mini', upstream: 'openai' },
      { match: 'elastic-chat', upstream: 'elastic' },
      { match: 'octoai-llama', upstream: 'octoai', model: 'meta-llama-3.1-8b-instruct' },
      { match: 'friendli-llama', upstream: 'friendli', model: 'meta-llama-3.1-8b-instruct' },
      {
        match: 'friendli-tools-llama',
        upstream: 'friendli-tools',
        model: 'meta-llama-3.1-8b-instruct',
      },
      { match: '*', upstream: 'openai' },
    ],
  }
}
