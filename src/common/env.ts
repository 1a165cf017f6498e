/**
 * The environment the runner gives the step (GITHUB_*, RUNNER_*), read
 * through one parameter so tests can hand in their own.
 */
export type Env = Readonly<Record<string, string | undefined>>
