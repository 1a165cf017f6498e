import { perTemplate } from './rule.js'
import type { Rule } from './rule.js'
import { permissionEntries } from './template-fields.js'

export const redundantMetadataRule: Rule = {
  id: 'redundant-metadata',
  defaultSeverity: 'notice',
  description:
    'metadata: read is not listed next to other repository permissions.',
  docs: 'GitHub grants `metadata: read` with every repository permission, so listing it beside one adds nothing. Keep it only when it is the sole permission.',
  create: perTemplate((template, report) => {
    const entries = permissionEntries(template)
    const metadata = entries.find((entry) => entry.name === 'metadata')
    if (metadata?.level !== 'read') return
    const others = entries.filter(
      (entry) =>
        entry.permission?.scope === 'repository' && entry.name !== 'metadata',
    )
    if (others.length === 0) return
    report(
      template.locate(['permissions', 'metadata'], 'key'),
      `metadata: read comes with every repository permission (here ${others[0]!.name}): remove this line`,
    )
  }),
}
