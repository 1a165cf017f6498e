import { createRequire } from 'node:module'

/**
 * A dependency loaded on first use rather than at start-up, where most runs
 * never need it (ajv, yaml). `bundled` must call `require` with the literal
 * name, so that the bundler (ncc) keeps the module in the bundle and runs
 * it only then; plain Node ESM (tests, scripts) has no `require`, and loads
 * `name` from node_modules instead.
 */
export function requireOnFirstUse<T>(bundled: () => T, name: string): T {
  return typeof require === 'function'
    ? bundled()
    : (createRequire(import.meta.url)(name) as T)
}
