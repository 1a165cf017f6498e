/** Bad arguments, config or I/O: the CLI prints the message and exits 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}
