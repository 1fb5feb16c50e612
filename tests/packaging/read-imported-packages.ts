import { builtinModules } from 'node:module'

/** Package names a bundle loads: static and dynamic imports, require, and require.resolve. */
export function readImportedPackages(bundle: string): string[] {
  const specifiers = [
    ...bundle.matchAll(/^\s*(?:import|export)\b[^;'"]*?from\s*["']([^"']+)["']/gm),
    ...bundle.matchAll(/^\s*import\s*["']([^"']+)["']/gm),
    ...bundle.matchAll(/(?:\bimport|\brequire|\.resolve)\(\s*["']([^"']+)["']\s*\)/g),
  ].map((match) => match[1] ?? '')
  const packages = specifiers
    .filter((specifier) => !specifier.startsWith('.') && !specifier.startsWith('node:'))
    .map((specifier) =>
      specifier
        .split('/')
        .slice(0, specifier.startsWith('@') ? 2 : 1)
        .join('/'),
    )
    .filter((name) => !builtinModules.includes(name))
  return [...new Set(packages)].sort()
}
