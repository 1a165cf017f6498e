import { buildConfigSchema } from './config-schema.js'
import { buildTemplateSchema } from './template-schema.js'

export { buildConfigSchema, CONFIG_SCHEMA_ID } from './config-schema.js'
export { buildTemplateSchema, TARGET_NAME_PATTERN } from './template-schema.js'

/** The files under `schemas/`, each with the function that generates it. */
export const GENERATED_SCHEMAS: Record<string, () => object> = {
  'token-template.schema.json': buildTemplateSchema,
  'config.schema.json': buildConfigSchema,
}

export function serializeSchema(schema: object): string {
  return `${JSON.stringify(schema, null, 2)}\n`
}
