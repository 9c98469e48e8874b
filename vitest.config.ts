import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The end-to-end tests start real Node processes; two workers match the two cores we have.
    maxWorkers: 2,
    testTimeout: 30_000,
  },
})
