/**
 * A template's `repositories:` field: which repository access a token
 * request may choose for `token-templates review` to approve it. GitHub's
 * form has no link parameter for it, so it is no part of the link.
 */
export const REPOSITORY_SELECTIONS = ['selected', 'all', 'none'] as const

export type RepositorySelection = (typeof REPOSITORY_SELECTIONS)[number]

/** A token request's `repository_selection`, as GitHub's API gives it. */
export type RequestedSelection = 'none' | 'all' | 'subset'

/** What a template's selection is without `repositories:`. */
export const DEFAULT_REPOSITORY_SELECTION: RepositorySelection = 'selected'

/** The label of GitHub's form for each selection ("Repository access"). */
export const REPOSITORY_SELECTION_LABELS: Readonly<
  Record<RepositorySelection, string>
> = {
  selected: 'Only select repositories',
  all: 'All repositories',
  none: 'Public repositories',
}

/** Whether `value` is one of the template's selections. */
export function isRepositorySelection(
  value: unknown,
): value is RepositorySelection {
  return (REPOSITORY_SELECTIONS as readonly unknown[]).includes(value)
}

/** The requested selections each template selection covers. */
const ALLOWED: Readonly<
  Record<RepositorySelection, readonly RequestedSelection[]>
> = {
  selected: ['subset', 'none'],
  all: ['all', 'subset', 'none'],
  none: ['none'],
}

/**
 * Whether a request with `requested` repository access is within what the
 * template allows (`undefined`: the default, `selected`). `selected` allows
 * selected repositories or none; `all` allows any; `none` (public
 * repositories, read-only) allows none only. Any other value allows nothing.
 */
export function selectionAllows(
  templateSelection: RepositorySelection | undefined,
  requested: RequestedSelection,
): boolean {
  const selection = templateSelection ?? DEFAULT_REPOSITORY_SELECTION
  // A value lint would refuse (rules can be turned off) allows nothing.
  return (
    isRepositorySelection(selection) && ALLOWED[selection].includes(requested)
  )
}
