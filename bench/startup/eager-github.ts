// The action as built before the GitHub client was loaded lazily: src/github/pr-comment.ts (and
// with it @actions/github) is a static import, so its whole module graph is evaluated at start-up
// on every run, before the action runs as src/index.ts runs it. bench/startup.mjs bundles this.
import '../../src/github/pr-comment.js'
import '../../src/index.js'
