import { createRequire } from 'node:module'
import type { Ajv, ValidateFunction } from 'ajv'

/**
 * An ajv instance for our generated schemas: every error (not just the
 * first), and the editor-only `markdownDescription` keyword allowed under
 * strict mode.
 */
export const ajvOptions = { allErrors: true, strict: true } as const

/**
 * ajv, loaded on first use: the catalog's validators are precompiled, so
 * only a config with extra permissions compiles a schema, and loading ajv
 * at start-up cost every run several ms. In the bundle, `require` is the
 * bundler's own (ajv stays bundled); plain Node ESM (tests, scripts) has
 * none, and gets one from createRequire.
 */
function loadAjv(): typeof import('ajv') {
  return typeof require === 'function'
    ? // eslint-disable-next-line @typescript-eslint/no-require-imports
      require('ajv')
    : createRequire(import.meta.url)('ajv')
}

export function createAjv(): Ajv {
  const ajv = new (loadAjv().Ajv)(ajvOptions)
  ajv.addKeyword({ keyword: 'markdownDescription', schemaType: 'string' })
  return ajv
}

export function compileSchema(schema: object): ValidateFunction {
  return createAjv().compile(schema)
}
