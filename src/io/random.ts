import { closeSync, openSync, readSync } from 'node:fs'
import { createRequire } from 'node:module'

// Unguessable tokens (the runner's stop-commands token, output delimiters, temporary file names)
// without loading node:crypto on every run: node:crypto and the modules it pulls in cost some 8 ms
// of start-up, a tenth of the action's time over `node -e 0` (measured with `npm run bench`). Linux
// and macOS runners read the kernel's generator, /dev/urandom, which node:crypto seeds from too;
// where there is none (Windows), node:crypto gives the bytes.

const require = createRequire(import.meta.url)

/** `bytes` random bytes as lower-case hex. */
export function randomHex(bytes: number): string {
  const buffer = Buffer.alloc(bytes)
  let fd: number | undefined
  try {
    fd = openSync('/dev/urandom', 'r')
    if (readSync(fd, buffer) === bytes) return buffer.toString('hex')
  } catch {
    // No /dev/urandom here: node:crypto below.
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
  return (require('node:crypto') as typeof import('node:crypto')).randomBytes(bytes).toString('hex')
}
