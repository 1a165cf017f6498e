import type { Env } from '../common/env.js'
import { UserError } from '../errors.js'
import {
  DEFAULT_SERVER_URL,
  LINK_FIELDS,
  NEW_TOKEN_PATH,
} from './token-template.js'
import type { TokenTemplate } from './token-template.js'

/**
 * The link that opens GitHub's token form pre-filled with `template`:
 * name, description, target_name, expires_in, then permissions in file
 * order. Values are form-encoded (space as `+`, everything else but
 * letters, digits and `*-._` as `%XX`), so `&`, `#`, `+`, `%`, quotes,
 * non-ASCII and newlines all survive.
 */
export function buildTokenUrl(
  template: TokenTemplate,
  serverUrl: string = DEFAULT_SERVER_URL,
): string {
  const params = new URLSearchParams()
  for (const field of LINK_FIELDS) {
    const value = template[field]
    // A template without a name (toTokenTemplate gives '') links without
    // one: GitHub's form reads no name and an empty one alike.
    if (value === undefined || (field === 'name' && value === '')) continue
    params.append(field, String(value))
  }
  for (const [name, level] of Object.entries(template.permissions ?? {})) {
    params.append(name, level)
  }
  return `${serverUrl.replace(/\/+$/, '')}${NEW_TOKEN_PATH}?${params}`
}

/**
 * The server whose token form links point at: the flag, else the config,
 * else GITHUB_SERVER_URL (set by Actions, also on GitHub Enterprise
 * Server), else github.com.
 */
export function resolveServerUrl(
  flag: string | undefined,
  configured: string | undefined,
  env: Env,
): string {
  const url = flag || configured || env.GITHUB_SERVER_URL || DEFAULT_SERVER_URL
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new UserError(
      `server URL ${JSON.stringify(url)} is not a URL: use e.g. https://github.example.com`,
    )
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new UserError(
      `server URL ${JSON.stringify(url)} must start with https:// (or http://)`,
    )
  }
  // Links go into markdown as `[name](url)`: a `|` or a parenthesis in the
  // path would break the table row or end the link.
  if (!/^[A-Za-z0-9\-._~/%]*$/.test(parsed.pathname)) {
    throw new UserError(
      `server URL ${JSON.stringify(url)} has characters a link cannot carry in its path`,
    )
  }
  return `${parsed.origin}${parsed.pathname.replace(/\/+$/, '')}`
}
