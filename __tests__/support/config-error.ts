import { ConfigError, parseConfig } from '../../src/config/config.js'

export const CONFIG_FILE = '.github/token-templates.config.yml'

/** The message of the ConfigError `text` throws (there must be one). */
export function configError(text: string): string {
  try {
    parseConfig(text, CONFIG_FILE)
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError)
    return (error as ConfigError).message
  }
  throw new Error('parseConfig accepted the config')
}
