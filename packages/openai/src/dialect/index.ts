export {
  createOpenAIEndpoint,
  OPENAI_STREAM_HEADERS,
  type OpenAIEndpointOptions,
  refuseUnknownModel,
} from './create-openai-endpoint'
export { openaiDialect } from './openai-dialect'
export { refuseInOpenAI } from './openai-refuse'
export { OPENAI_UPSTREAM_OPTIONS, openaiUpstream, targetOpenAIUpstream } from './openai-upstream'
