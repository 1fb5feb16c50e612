import cluster from 'node:cluster'
import { drainOnSignals } from './cli/drain-on-signals'
import { runCli } from './cli/run-cli'
import { createBatchedWriter } from './log/create-batched-writer'
import { createJsonLogger, type Logger } from './log/logger'

/** `chatwire [--config FILE] [--port N] [--host H] [--workers N|auto] [--log-level L]`. */
const writer = createBatchedWriter()
let logger: Logger = createJsonLogger(writer)
const result = await runCli(process.argv.slice(2), process.env, {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  logger: (level) => {
    logger = createJsonLogger(writer, { level })
    return logger
  },
})
if (typeof result === 'number') {
  // A worker's IPC channel would keep it alive: leave now (stderr is synchronous on pipes).
  if (cluster.isWorker) process.exit(result)
  process.exitCode = result
} else {
  // A bug in one request must not take the others down: log it, keep serving.
  process.on('unhandledRejection', (reason) => {
    logger.error('unhandled-rejection', { reason: String(reason) })
  })
  drainOnSignals(result, logger, cluster.isWorker)
}
