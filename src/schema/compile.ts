import { requireOnFirstUse } from '../bundled-require.js'
import type { Ajv, ValidateFunction } from 'ajv'

/**
 * An ajv instance for our generated schemas: every error (not just the
 * first), and the editor-only `markdownDescription` keyword allowed under
 * strict mode.
 */
export const ajvOptions = { allErrors: true, strict: true } as const

/** ajv: only a config with extra permissions compiles a schema. */
function loadAjv(): typeof import('ajv') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return requireOnFirstUse(() => require('ajv'), 'ajv')
}

export function createAjv(): Ajv {
  const ajv = new (loadAjv().Ajv)(ajvOptions)
  ajv.addKeyword({ keyword: 'markdownDescription', schemaType: 'string' })
  return ajv
}

export function compileSchema(schema: object): ValidateFunction {
  return createAjv().compile(schema)
}
