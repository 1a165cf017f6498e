import type { Policy } from '../config/policy.js'

/** "policy.max_lifetime_days, .github/token-templates.config.yml:3" */
export function setting(
  policy: Policy,
  name: string,
  line: number | undefined,
): string {
  return line === undefined
    ? `policy.${name} (default)`
    : `policy.${name}, ${policy.file}:${line}`
}
