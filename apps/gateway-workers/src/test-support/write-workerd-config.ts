/** What one test workerd runs: the bundled module, its date and its text bindings. */
export interface WorkerdConfigOptions {
  /** The bundled ES module's file name, beside the config file. */
  moduleFile: string
  compatibilityDate: string
  compatibilityFlags: readonly string[]
  /** Text bindings (vars, secrets): `CHATWIRE_CONFIG` and what `${NAME}` names. */
  bindings: Record<string, string>
  /** Where the Durable Objects' SQLite files go (a temporary directory). */
  storageDirectory: string
}

/**
 * A workerd Cap'n Proto config (workerd.capnp in the workerd package) as wrangler.toml declares
 * the Worker: the `QUOTAS` Durable Object namespace of `QuotaBuckets` (SQLite-backed, in a
 * temporary directory: workerd's `inMemory` storage refuses the synchronous `storage.kv` API),
 * the bindings, one HTTP socket on 127.0.0.1 with an ephemeral port, and outbound network to
 * loopback only, where the emulators listen.
 */
export function writeWorkerdConfig(options: WorkerdConfigOptions): string {
  const bindings = Object.entries(options.bindings).map(
    ([name, value]) => `(name = ${JSON.stringify(name)}, text = ${JSON.stringify(value)})`,
  )
  return `using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [
    (name = "gateway", worker = .gateway),
    (name = "internet", network = (allow = ["local"])),
    (name = "storage", disk = (path = ${JSON.stringify(options.storageDirectory)}, writable = true)),
  ],
  sockets = [(name = "http", address = "127.0.0.1:0", http = (), service = "gateway")],
);

const gateway :Workerd.Worker = (
  modules = [(name = "worker.js", esModule = embed ${JSON.stringify(options.moduleFile)})],
  compatibilityDate = ${JSON.stringify(options.compatibilityDate)},
  compatibilityFlags = ${JSON.stringify(options.compatibilityFlags)},
  bindings = [
    (name = "QUOTAS", durableObjectNamespace = "QuotaBuckets"),
    ${bindings.join(',\n    ')}
  ],
  durableObjectNamespaces = [(className = "QuotaBuckets", uniqueKey = "chatwire-quota-buckets", enableSql = true)],
  durableObjectStorage = (localDisk = "storage"),
);
`
}
