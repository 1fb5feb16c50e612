import cluster from 'node:cluster'
import { drainOnSignals } from './cli/drain-on-signals'
import { runCli } from './cli/run-cli'
import { createBatchedWriter } from './log/create-batched-writer'
import { createJsonLogger } from './log/logger'

/** `chatwire [--config FILE] [--port N] [--host H] [--workers N|auto] [--log-level L]`. */
const logger = createJsonLogger(createBatchedWriter())
const result = await runCli(process.argv.slice(2), process.env, {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  logger,
})
if (typeof result === 'number') {
  process.exitCode = result
} else {
  // A bug in one request must not take the others down: log it, keep serving.
  process.on('unhandledRejection', (reason) => {
    logger.error('unhandled-rejection', { reason: String(reason) })
  })
  drainOnSignals(result, logger, cluster.isWorker)
}
