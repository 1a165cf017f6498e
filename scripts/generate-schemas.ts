// Writes schemas/*.schema.json from the catalog: `npm run schema`.
import { mkdirSync, writeFileSync } from 'node:fs'
import { GENERATED_SCHEMAS, serializeSchema } from '../src/schema/index.js'

mkdirSync('schemas', { recursive: true })
for (const [file, build] of Object.entries(GENERATED_SCHEMAS)) {
  writeFileSync(`schemas/${file}`, serializeSchema(build()))
  console.log(`wrote schemas/${file}`)
}
