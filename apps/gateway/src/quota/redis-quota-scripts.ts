/**
 * The token bucket (quota-store.ts) as Redis Lua scripts: one script per operation, so every
 * read-refill-write of every bucket of one call is a single atomic step on the server, whatever
 * other instances send meanwhile. Redis runs a script alone and, since 7.0, replicates its
 * effects (the `HSET`s) rather than the script, so reading `TIME` inside it is allowed.
 *
 * KEYS: the buckets. ARGV[1]: the clock in ms, or '' for Redis `TIME` (one clock for every
 * instance; tests pass their own). Then per bucket: limit, periodMs, amount.
 *
 * A bucket is a hash `{tokens, updatedAtMs}`. A full bucket is stored as no key at all, and a
 * key expires (`PEXPIRE`) exactly when its bucket would be full again, so idle keys vanish.
 */
const BUCKET_FUNCTIONS = `
local function clock()
  if ARGV[1] ~= '' then return tonumber(ARGV[1]) end
  local time = redis.call('TIME')
  return tonumber(time[1]) * 1000 + tonumber(time[2]) / 1000
end

local function charge(i)
  local at = 3 * i - 1
  return tonumber(ARGV[at]), tonumber(ARGV[at + 1]), tonumber(ARGV[at + 2])
end

local function refilled(key, limit, period, now)
  local state = redis.call('HMGET', key, 'tokens', 'updatedAtMs')
  local tokens, updated = tonumber(state[1]), tonumber(state[2])
  if tokens == nil or updated == nil then return limit end
  return math.min(limit, tokens + math.max(0, now - updated) * limit / period)
end

local function save(key, tokens, limit, period, now)
  if tokens >= limit then
    redis.call('DEL', key)
    return
  end
  redis.call('HSET', key, 'tokens', tokens, 'updatedAtMs', now)
  redis.call('PEXPIRE', key, math.ceil((limit - tokens) * period / limit))
end
`

/**
 * All or nothing (token-bucket.ts `takeCharges`): returns `{0, 0}` after taking every amount,
 * or, having taken nothing, `{i, retryAfterMs}`: `i` (1-based) the first bucket short of its
 * amount, the wait the longest any short bucket needs.
 */
export const TAKE_SCRIPT = `${BUCKET_FUNCTIONS}
local now = clock()
local tokens = {}
local refused, wait = 0, 0
for i = 1, #KEYS do
  local limit, period, amount = charge(i)
  tokens[i] = refilled(KEYS[i], limit, period, now)
  if tokens[i] < amount then
    if refused == 0 then refused = i end
    wait = math.max(wait, math.ceil((amount - tokens[i]) * period / limit))
  end
end
if refused ~= 0 then return {refused, wait} end
for i = 1, #KEYS do
  local limit, period, amount = charge(i)
  save(KEYS[i], tokens[i] - amount, limit, period, now)
end
return {0, 0}
`

/** Adds each amount of use without checking (a bucket may go below zero); returns 0. */
export const SETTLE_SCRIPT = `${BUCKET_FUNCTIONS}
local now = clock()
for i = 1, #KEYS do
  local limit, period, amount = charge(i)
  save(KEYS[i], refilled(KEYS[i], limit, period, now) - amount, limit, period, now)
end
return 0
`
