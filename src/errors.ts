/**
 * A problem the user fixes (bad arguments, config, input or files): shown
 * as one line without a stack trace, exit code 2.
 */
export class UserError extends Error {
  override name = 'UserError'
}
