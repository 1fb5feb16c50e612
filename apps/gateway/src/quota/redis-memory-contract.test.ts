import { describeQuotaStoreContract } from '../test-support/describe-quota-store-contract'
import { createMemoryQuotaStore } from './memory-quota-store'

// The same rows as the Redis store (redis-quota-store.test.ts): the Lua scripts and
// token-bucket.ts agree on every one.
describeQuotaStoreContract('memory', (now) => createMemoryQuotaStore({ now }))
