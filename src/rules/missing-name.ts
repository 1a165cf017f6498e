import { perTemplate } from './rule.js'
import type { Rule } from './rule.js'
import { hasMisplacedKeyFor } from './template-fields.js'

export const missingNameRule: Rule = {
  id: 'missing-name',
  defaultSeverity: 'warning',
  description: 'Templates have a name.',
  docs: [
    "GitHub's form takes every pre-filled field as optional and asks for a token name when the user submits, so a template without `name` still gets a link: the README table and the job summary label it by its file (and `#n`, the document number, when the file holds several). Everyone who opens it must then make up a name, and the tokens made from it are hard to tell apart in their token list. An empty or over-long name is a schema error instead.",
    '```yaml\n# wrong\ndescription: Deploys the site\npermissions:\n  contents: read\n# right\nname: Deploy\ndescription: Deploys the site\npermissions:\n  contents: read\n```',
  ].join('\n\n'),
  create: perTemplate((template, report) => {
    if ('name' in template.fields) return // empty or wrong type: schema
    if (hasMisplacedKeyFor(template, 'name')) return // a typo: schema
    report(
      template.start(),
      "add a name: GitHub's form will ask whoever opens the link to type one, and the README labels the template by its file",
    )
  }),
}
