export { createOpenAIEndpoint, type OpenAIEndpointOptions } from './create-openai-endpoint'
export { openaiDialect } from './openai-dialect'
export { createOpenAIRequestExamples } from './openai-request-examples'
export { targetOpenAIUpstream } from './openai-upstream'
