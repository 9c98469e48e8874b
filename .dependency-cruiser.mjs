// The import layers of src/, checked by `npm run arch` (dependency-cruiser) in .ci/run.
// ARCHITECTURE.md says the same in words. Bottom to top, each room may import only the rooms
// named in its rule (and itself); anything else under src/ is forbidden, including a room this
// file does not know yet. No cycles anywhere.
//
//   1 generated  imports nothing of ours
//   2 core       generated                                   (and no file, network or GitHub)
//   3 io         core
//   4 runner     io
//   5 reporters  core, runner                                (and no file, network or GitHub)
//   6 github     core, reporters
//   7 app        core, io, reporters
//   8 action     app, core, io, reporters, runner, github    (never cli)
//   8 cli        app, core, io, reporters, runner, github    (never action)
//   9 src/index.ts  action, runner                           (nothing imports an entry)

/** The rule forbidding `room` to import anything under src/ but itself and `allowed`. */
function mayImportOnly(room, allowed) {
  const name = allowed.length === 0 ? 'nothing-of-ours' : `only-${allowed.join('-')}`
  const self = room === 'index' ? [] : [`^src/${room}/`]
  return {
    name: `${room}-may-import-${name}`,
    severity: 'error',
    comment:
      `src/${room === 'index' ? 'index.ts' : `${room}/`} may import from src/ only ` +
      (allowed.length === 0 ? 'itself' : `itself and ${allowed.join(', ')}`) +
      ': an import of any other room points up a layer or sideways (see ARCHITECTURE.md).',
    from: { path: room === 'index' ? '^src/index[.]ts$' : `^src/${room}/` },
    to: { path: '^src/', pathNot: [...self, ...allowed.map((r) => `^src/${r}/`)] },
  }
}

// What a pure room never imports: the file system, processes, the network, the GitHub toolkit.
const fileNetworkOrGitHub = [
  '^(node:)?(fs|fs/promises|child_process|http|https|http2|net|tls|dgram|dns|dns/promises)$',
  '(^|/)node_modules/@(actions|octokit)/',
  '^@(actions|octokit)/',
]

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'This module is part of an import cycle (type-only imports count too).',
      from: {},
      to: { circular: true },
    },

    // The layers, bottom to top.
    mayImportOnly('generated', []),
    mayImportOnly('core', ['generated']),
    mayImportOnly('io', ['core']),
    mayImportOnly('runner', ['io']),
    mayImportOnly('reporters', ['core', 'runner']),
    mayImportOnly('github', ['core', 'reporters']),
    mayImportOnly('app', ['core', 'io', 'reporters']),
    mayImportOnly('action', ['app', 'core', 'io', 'reporters', 'runner', 'github']),
    mayImportOnly('cli', ['app', 'core', 'io', 'reporters', 'runner', 'github']),
    mayImportOnly('index', ['action', 'runner']),
    {
      name: 'nothing-imports-an-entry',
      severity: 'error',
      comment: 'src/index.ts (the action) and src/cli/index.ts (the CLI) are entries: the top.',
      from: {},
      to: { path: ['^src/index[.]ts$', '^src/cli/index[.]ts$'] },
    },

    // The pure rooms.
    {
      name: 'core-is-pure',
      severity: 'error',
      comment:
        'src/core/ touches no file, process or network and knows nothing of GitHub: ' +
        'no node:fs, node:child_process, node:http(s), node:net (and kin), @actions/*, @octokit/*.',
      from: { path: '^src/core/' },
      to: { path: fileNetworkOrGitHub },
    },
    {
      name: 'reporters-are-pure',
      severity: 'error',
      comment:
        'src/reporters/ renders text: no file, process or network access, nothing of @actions/*, @octokit/*.',
      from: { path: '^src/reporters/' },
      to: { path: fileNetworkOrGitHub },
    },

    // Hygiene.
    {
      name: 'src-not-to-test-bench-or-scripts',
      severity: 'error',
      comment: 'What ships (src/) never imports the tests, the benchmarks or the build scripts.',
      from: { path: '^src/' },
      to: { path: '^(test|bench|scripts)/' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment:
        'An import that does not resolve to a file: a typo, a missing package, or a resolution ' +
        'this config gets wrong (which would let every rule above pass unseen).',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'not-to-undeclared-package',
      severity: 'error',
      comment: 'src/ imports a package package.json does not declare (e.g. a transitive one).',
      from: { path: '^src/' },
      to: { dependencyTypes: ['npm-no-pkg', 'npm-unknown'] },
    },
    {
      // Every package is a devDependency: ncc bundles what src/ imports into dist/, so the
      // published package has no dependencies. What may be bundled is therefore listed here, on
      // purpose: a new runtime library is a decision (bundle size, start-up), and the tools of the
      // tests and the bench (@actions/core among them: src/runner/protocol.ts replaces it) stay out.
      name: 'only-bundled-packages',
      severity: 'error',
      comment:
        'src/ imports a package that is not one of the bundled runtime libraries (js-yaml, ajv, ' +
        '@actions/github); add it here deliberately, or keep it in tests and the bench.',
      from: { path: '^src/' },
      to: {
        dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-bundled'],
        dependencyTypesNot: ['type-only'],
        pathNot: ['^node_modules/(js-yaml|ajv|@actions/github|@types)/'],
      },
    },
  ],
  options: {
    doNotFollow: { path: ['node_modules'] },
    moduleSystems: ['es6', 'cjs'],
    // Type-only imports are layered too.
    tsPreCompilationDeps: true,
    // Resolution as tsc does it (NodeNext: './x.js' is './x.ts').
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    skipAnalysisNotInRules: true,
    reporterOptions: {
      // `npm run graph`: one box per npm package, not its files.
      mermaid: { minify: false },
      dot: { collapsePattern: 'node_modules/(?:@[^/]+/[^/]+|[^/]+)' },
      archi: { collapsePattern: '^src/[^/]+|node_modules/(?:@[^/]+/[^/]+|[^/]+)' },
    },
  },
}
