// `npm run schema`: writes schemas/*.schema.json from the catalog and the
// rule registry, and the README's rules table from the registry.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { RULES } from '../src/rules/index.js'
import {
  renderRulesTable,
  replaceRulesSection,
} from '../src/rules/rules-table.js'
import { GENERATED_SCHEMAS, serializeSchema } from '../src/schema/index.js'
import { renderPrecompiledValidators } from '../src/schema/standalone.js'

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

const readme = readFileSync('README.md', 'utf8')
const updated = replaceRulesSection(readme, renderRulesTable(RULES))
if (updated !== readme) {
  writeFileSync('README.md', updated)
  console.log('updated the rules table in README.md')
}
