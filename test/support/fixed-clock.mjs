// Preloaded (`node --import`) into every bundle a test starts, so that what the bundles print about
// exception dates does not depend on the day the suite runs: the clock starts at the instant in
// COEXIST_TEST_CLOCK (set by test/support/runtimes.ts) and runs on from there, so timeouts and
// deadlines still expire as they would.
const start = Date.parse(process.env.COEXIST_TEST_CLOCK ?? '')
if (Number.isNaN(start))
  throw new Error('fixed-clock.mjs needs COEXIST_TEST_CLOCK (an ISO instant)')
const offset = start - Date.now()
const RealDate = Date

class ShiftedDate extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(RealDate.now() + offset)
    else super(...args)
  }

  static now() {
    return RealDate.now() + offset
  }
}

globalThis.Date = ShiftedDate
