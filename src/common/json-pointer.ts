/**
 * A JSON pointer (ajv's instancePath) as path segments. RFC 6901: `~1` is
 * `/` and `~0` is `~`, decoded in that order.
 */
export function decodePointer(pointer: string): string[] {
  if (pointer === '') return []
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
}
