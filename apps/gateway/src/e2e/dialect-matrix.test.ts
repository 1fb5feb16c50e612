import { afterAll, beforeAll } from 'vitest'
import { describeDialectMatrix } from '../test-support/describe-dialect-matrix'
import { type Matrix, startMatrix } from '../test-support/start-matrix'

let matrix: Matrix

beforeAll(async () => {
  matrix = await startMatrix()
})

afterAll(async () => {
  await matrix?.close()
})

describeDialectMatrix(() => ({
  url: matrix.gateway.url,
  emulators: matrix.emulators,
  modelFor: matrix.modelFor,
}))
