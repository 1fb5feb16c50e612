export { friendliDialect } from './friendli-dialect'
