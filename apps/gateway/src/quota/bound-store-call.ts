import { QuotaStoreUnavailable } from './quota-store'

/**
 * A store call that takes longer than `waitMs` rejects with {@link QuotaStoreUnavailable}:
 * stores time out on their own, but a hung one must never hold a request. With `describe`
 * (a store bounding its own calls), a failed call rejects with QuotaStoreUnavailable too, and
 * both messages say where: `describe(why)`.
 */
export function boundStoreCall<T>(
  call: Promise<T>,
  waitMs: number,
  describe?: (why: string) => string,
): Promise<T> {
  const unavailable = (why: string) => new QuotaStoreUnavailable(describe ? describe(why) : why)
  let timer: ReturnType<typeof setTimeout> | undefined
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(unavailable(`no answer within ${waitMs} ms`)), waitMs)
  })
  const answered = describe
    ? call.catch((error: unknown) => {
        throw unavailable(error instanceof Error ? error.message : String(error))
      })
    : call
  return Promise.race([answered, late]).finally(() => clearTimeout(timer))
}
