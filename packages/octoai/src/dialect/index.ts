export { octoaiDialect } from './octoai-dialect'
