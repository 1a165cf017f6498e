import { Ajv } from 'ajv'
import type { ValidateFunction } from 'ajv'

/**
 * An ajv instance for our generated schemas: every error (not just the
 * first), and the editor-only `markdownDescription` keyword allowed under
 * strict mode.
 */
export const ajvOptions = { allErrors: true, strict: true } as const

export function createAjv(): Ajv {
  const ajv = new Ajv(ajvOptions)
  ajv.addKeyword({ keyword: 'markdownDescription', schemaType: 'string' })
  return ajv
}

export function compileSchema(schema: object): ValidateFunction {
  return createAjv().compile(schema)
}
