export { elasticDialect } from './elastic-dialect'
