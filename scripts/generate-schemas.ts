// `npm run schema`: writes schemas/*.schema.json from the catalog and the
// rule registry, and docs/rules.md from the registry and each rule's
// example.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { GENERATED_SCHEMAS, serializeSchema } from '../src/schema/index.js'
import { renderPrecompiledValidators } from '../src/schema/standalone.js'
import { generateRulesDoc, RULES_DOC_PATH } from './generate-rules-doc.js'

mkdirSync('schemas', { recursive: true })
for (const [file, build] of Object.entries(GENERATED_SCHEMAS)) {
  writeFileSync(`schemas/${file}`, serializeSchema(build()))
  console.log(`wrote schemas/${file}`)
}

writeFileSync(
  'src/schema/precompiled-validators.js',
  renderPrecompiledValidators(),
)
console.log('wrote src/schema/precompiled-validators.js')

mkdirSync(dirname(RULES_DOC_PATH), { recursive: true })
writeFileSync(RULES_DOC_PATH, await generateRulesDoc())
console.log(`wrote ${RULES_DOC_PATH}`)
