import {
  ENGINE_IMPORTERS,
  isPolicedSource,
  ownPackage,
  REGISTRY_LIST,
  type Vendor,
} from './vendor-name-policy'

/** One line of a file that names a vendor it may not. */
export interface VendorNameHit {
  path: string
  line: number
  text: string
}

const IMPORT =
  /\b(?:import|export)\s*(type\s+)?(\{[^}]*\}|\*\s+as\s+\w+|\w+)?\s*(?:from\s*)?'([^']+)'/g

/**
 * `text` with the engine's imports blanked: the statements importing from a module `module`
 * matches, and every later use of the names they import.
 */
export function blankEngineImports(text: string, module: RegExp): string {
  const names = new Set<string>()
  const blanked = text.replace(IMPORT, (statement, _type, clause: string | undefined, from) => {
    if (!module.test(from)) return statement
    for (const name of (clause ?? '').replace(/[{}]|\btype\b/g, ' ').split(/[\s,]+/)) {
      if (/^\w+$/.test(name) && name !== 'as') names.add(name)
    }
    return statement.replace(/\S/g, ' ')
  })
  if (names.size === 0) return blanked
  const used = new RegExp(`\\b(?:${[...names].join('|')})\\b`, 'g')
  return blanked.replace(used, (name) => ' '.repeat(name.length))
}

/** The lines of the file at `path` that name `vendor` where the policy does not allow it. */
export function findVendorNames(path: string, text: string, vendor: Vendor): VendorNameHit[] {
  if (!isPolicedSource(path) || path === REGISTRY_LIST || path.startsWith(ownPackage(vendor))) {
    return []
  }
  const engine = Object.entries(ENGINE_IMPORTERS).find(
    ([prefix, allowance]) => path.startsWith(prefix) && allowance.vendor === vendor,
  )?.[1]
  const checked = engine ? blankEngineImports(text, engine.module) : text
  const name = new RegExp(vendor, 'i')
  const original = text.split('\n')
  return checked
    .split('\n')
    .flatMap((line, index) =>
      name.test(line) ? [{ path, line: index + 1, text: (original[index] ?? '').trim() }] : [],
    )
}
