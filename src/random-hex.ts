import { requireOnFirstUse } from './bundled-require.js'

/**
 * `bytes` random bytes from node:crypto, as hex. node:crypto loads on the
 * first call (~3 ms): only the docs steps need it, not every start.
 */
export function randomHex(bytes: number): string {
  const crypto = requireOnFirstUse<typeof import('node:crypto')>(
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    () => require('node:crypto'),
    'node:crypto',
  )
  return crypto.randomBytes(bytes).toString('hex')
}
