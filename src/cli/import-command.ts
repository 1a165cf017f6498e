import { lintGeneratedYaml } from '../lint/lint-config.js'
import { loadConfig } from '../config/load-config.js'
import { UserError } from '../errors.js'
import { importedTemplateYaml, importTokenUrl } from '../links/import-url.js'
import { writeLine, type CliIo } from './io.js'

const IMPORTED_FILE = 'imported.yml'

/**
 * `token-templates import URL`: prints the template YAML, then lints it so
 * unknown parameters and invalid values are reported on stderr (exit 1).
 */
export function importCommand(
  links: string[],
  configPath: string | undefined,
  io: CliIo,
): number {
  if (links.length !== 1)
    throw new UserError(
      'import takes exactly one link (quote it: the shell treats & specially)',
    )
  const { fields, notes } = importTokenUrl(links[0]!)
  const yaml = importedTemplateYaml(fields)
  io.stdout(yaml)
  for (const note of notes)
    writeLine(io.stderr, `token-templates: warning: ${note}`)
  const config = loadConfig(io.cwd, configPath)
  const result = lintGeneratedYaml(config, IMPORTED_FILE, yaml, io)
  return result.summary.errors > 0 || notes.length > 0 ? 1 : 0
}
