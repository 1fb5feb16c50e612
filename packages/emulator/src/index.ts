export { listEmulatedDialects } from './dialects/resolve-dialect'
export type {
  Emulator,
  EmulatorOptions,
  RecordedRequest,
  RequestOutcome,
} from './emulator-types'
export { DEFAULT_REPLY } from './model/plan-reply'
export { parseDirectives } from './script/parse-directives'
export type {
  ReplyScript,
  Script,
  ScriptContext,
  ScriptedError,
  ScriptedToolCall,
} from './script/reply-script'
export { startEmulator } from './start-emulator'
