import { existsSync, readFileSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { decodeTemplateBytes } from '../common/decode.js'
import { resolveInsideRoot } from '../workspace-path.js'
import {
  ConfigError,
  DEFAULT_CONFIG,
  DEFAULT_CONFIG_PATH,
  parseConfig,
} from './config.js'
import type { Config } from './config.js'

/** As for template files: the config may come from a pull request. */
const MAX_CONFIG_BYTES = 1024 * 1024

/**
 * Reads the config: the given path (which must exist), else the default
 * path when present, else the defaults.
 */
export function loadConfig(root: string, path?: string): Config {
  const file = path ?? DEFAULT_CONFIG_PATH
  if (path === undefined && !existsSync(resolve(root, file))) {
    return DEFAULT_CONFIG
  }
  // The config may come from a pull request: never through a link out.
  const absolute = resolveInsideRoot(root, file)
  let bytes: Buffer
  try {
    const { size } = statSync(absolute)
    if (size > MAX_CONFIG_BYTES)
      throw new ConfigError(
        `${file}: the config file is ${size} bytes, over the 1 MiB limit: a config is a few hundred bytes`,
      )
    bytes = readFileSync(absolute)
  } catch (error) {
    if (error instanceof ConfigError) throw error
    const code = (error as NodeJS.ErrnoException).code
    throw new ConfigError(
      `${file}: cannot read the config file (${code === 'ENOENT' ? 'no such file' : code})`,
    )
  }
  const decoded = decodeTemplateBytes(bytes)
  if (!decoded.ok) throw new ConfigError(`${file}: ${decoded.reason}`)
  return parseConfig(decoded.text, file)
}
