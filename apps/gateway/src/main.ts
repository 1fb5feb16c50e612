import { runCli } from './cli/run-cli'
import { createBatchedWriter } from './log/create-batched-writer'
import { createJsonLogger } from './log/logger'

/** `pnpm gateway [--config FILE] [--port N] [--host H]`; `pnpm start` = the embedded default. */
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
  const stop = () => {
    result.close().then(
      () => process.exit(0),
      (error) => {
        logger.error('shutdown.failed', { error: String(error) })
        process.exit(1)
      },
    )
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}
