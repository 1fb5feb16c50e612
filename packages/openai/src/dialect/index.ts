export {
  createOpenAIEndpoint,
  OPENAI_STREAM_HEADERS,
  type OpenAIEndpointOptions,
  refuseUnknownModel,
} from './create-openai-endpoint'
export { openaiDialect } from './openai-dialect'
export { refuseInOpenAI } from './openai-refuse'
export { createOpenAIRequestExamples, EMULATOR_NOTE } from './openai-request-examples'
export { OPENAI_UPSTREAM_OPTIONS, openaiUpstream, targetOpenAIUpstream } from './openai-upstream'
