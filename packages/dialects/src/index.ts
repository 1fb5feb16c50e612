export { createDefaultRegistry } from './create-default-registry'
export { defaultDialects } from './default-dialects'
