import { buildTemplateSchema, serializeSchema } from '../schema/index.js'

export async function runCli(args: readonly string[]): Promise<number> {
  if (args[0] === 'schema') {
    process.stdout.write(serializeSchema(buildTemplateSchema()))
    return 0
  }
  process.stderr.write('usage: token-templates schema\n')
  return 2
}
