import type { Rule } from './rule.js'

/** Reported by `token-templates links` (src/links/lint-links.ts) on the links it finds. */

export const classicTokenLinkRule: Rule = {
  id: 'classic-token-link',
  defaultSeverity: 'notice',
  description:
    'A link to the classic token form names the fine-grained permissions that replace its scopes.',
  docs: 'A link to `/settings/tokens/new?scopes=...` creates a classic personal access token, which reaches every repository the user can reach. `token-templates links` reports each such link with the fine-grained permissions that replace its scopes (`repo` is `contents`, `issues`, `pull_requests` and `metadata`): link to `/settings/personal-access-tokens/new` with those permissions, at the levels the token needs, instead.',
}

export const linkPlaceholderRule: Rule = {
  id: 'link-placeholder',
  defaultSeverity: 'notice',
  description:
    'A value of a token link that a script or doc fills in at run time is said so, and not checked.',
  docs: 'Links in scripts and docs often leave a value to be filled in: `target_name=${OWNER}`, `{owner}`, `<REPO>`, `$OWNER`, `$org`, `$1`, `{}`, `#{org}`, `%s` (as written: `%7Bowner%7D` is none); docs leave one out as `…`. A server written as a placeholder (`https://<HOSTNAME>/settings/...`, `{server}/settings/...`, `%s/settings/...`) is found too, and `--fix` leaves such a link alone. `token-templates links` reports each such parameter as a notice and checks nothing else about its value (no `invalid-target-name` for `<OWNER>`); the other parameters of the link are linted as usual. Make sure whatever fills it in writes a valid value.',
}

export const repeatedLinkParameterRule: Rule = {
  id: 'repeated-link-parameter',
  defaultSeverity: 'error',
  description: 'A token link gives each parameter once.',
  docs: 'A link that gives a parameter twice with different values (`contents=read&contents=write`) leaves the token to whichever one GitHub reads. The finding is at the second one: keep the one the token needs.',
}

export const staleLinkRule: Rule = {
  id: 'stale-link',
  defaultSeverity: 'warning',
  description:
    "A token link with an approved template's permissions is that template's current link.",
  docs: "When the repository has templates, `token-templates links` matches each link against those without lint errors. A link with a template's permissions, at the same levels, but another name, description, target_name or expires_in was most likely written from an older version of the template: the finding gives the template's current link. `token-templates links --fix` writes it in place in Markdown and HTML files (a link with a placeholder, a link cut before its end, and a symbolic link are left alone). A placeholder value matches any value.",
}

export const unapprovedLinkRule: Rule = {
  id: 'unapproved-link',
  defaultSeverity: 'warning',
  description:
    'When the repository has templates, every token link asks for the permissions of one of them.',
  docs: 'Templates are the reviewed list of the tokens a repository asks people to create. A link whose permissions (name and level) match no template without lint errors asks for a token nobody reviewed: the finding names the closest template and what differs. Add a template for the token (and link to its line of the README table that `token-templates docs` writes), or link to an approved template. Repositories without templates get no such finding; set the rule to `off` under `rules:` to keep templates and links apart.',
}
