import { QuotaStoreUnavailable } from './quota-store'

/**
 * A store call that takes longer than `waitMs` rejects with {@link QuotaStoreUnavailable}:
 * stores time out on their own, but a hung one must never hold a request.
 */
export function boundStoreCall<T>(call: Promise<T>, waitMs: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new QuotaStoreUnavailable(`no answer within ${waitMs} ms`)),
      waitMs,
    )
  })
  return Promise.race([call, late]).finally(() => clearTimeout(timer))
}
