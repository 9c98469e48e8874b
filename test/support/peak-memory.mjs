// Preloaded (`node --import`) into a bundle a test measures (runNode's `measure` option in
// test/support/runtimes.ts): when the process exits, however it exits short of a signal, the peak
// resident set size it reached (process.resourceUsage().maxRSS, in KiB) and the processor time it
// used (user and system, in microseconds) are written to the file named by
// COEXIST_TEST_PEAK_RSS_FILE. Synchronous, as the 'exit' event requires.
import { writeFileSync } from 'node:fs'

const target = process.env.COEXIST_TEST_PEAK_RSS_FILE
if (!target)
  throw new Error('peak-memory.mjs needs COEXIST_TEST_PEAK_RSS_FILE (a file to write the peak to)')

process.on('exit', () => {
  const usage = process.resourceUsage()
  writeFileSync(target, `${usage.maxRSS} ${usage.userCPUTime + usage.systemCPUTime}\n`)
})
