import type { AccessLevel } from '../catalog/index.js'
import type { RepositorySelection } from './repository-selection.js'

/** A template that passed lint: the fields a token link carries. */
export interface TokenTemplate {
  /** '' when the template has none (name is optional on GitHub's form). */
  name: string
  /**
   * What the README table and job summary show for a template without a
   * name: its file, and `#n` (its document number) when the file holds
   * several documents. Not part of the link.
   */
  label?: string
  description?: string
  target_name?: string
  expires_in?: number | 'none'
  /** Why the token needs sensitive permissions: for the docs, not the link. */
  justification?: string
  /** The REST endpoints the token calls: for the docs, not the link. */
  endpoints?: string[]
  /**
   * The repository access a request may choose for `review` to approve it
   * (absent: `selected`): for review, not the link.
   */
  repositories?: RepositorySelection
  /** Permission -> level, in file order (the link keeps that order). */
  permissions?: Record<string, AccessLevel>
}

/** The link's fields, in the order the link lists them. */
export const LINK_FIELDS = [
  'name',
  'description',
  'target_name',
  'expires_in',
] as const

export const DEFAULT_SERVER_URL = 'https://github.com'
export const NEW_TOKEN_PATH = '/settings/personal-access-tokens/new'

/** What tables show for a template: its name, else its label (its file). */
export function displayName(template: TokenTemplate): string {
  return template.name !== '' ? template.name : (template.label ?? '')
}
