import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 4951:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://github.com/ajv-validator/ajv/issues/889
const equal = __nccwpck_require__(3430);
equal.code = 'require("ajv/dist/runtime/equal").default';
exports["default"] = equal;
//# sourceMappingURL=equal.js.map

/***/ }),

/***/ 6214:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports["default"] = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 3430:
/***/ ((module) => {



// do not edit .js files directly - edit src/index.jst



module.exports = function equal(a, b) {
  if (a === b) return true;

  if (a && b && typeof a == 'object' && typeof b == 'object') {
    if (a.constructor !== b.constructor) return false;

    var length, i, keys;
    if (Array.isArray(a)) {
      length = a.length;
      if (length != b.length) return false;
      for (i = length; i-- !== 0;)
        if (!equal(a[i], b[i])) return false;
      return true;
    }



    if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
    if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
    if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();

    keys = Object.keys(a);
    length = keys.length;
    if (length !== Object.keys(b).length) return false;

    for (i = length; i-- !== 0;)
      if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;

    for (i = length; i-- !== 0;) {
      var key = keys[i];

      if (!equal(a[key], b[key])) return false;
    }

    return true;
  }

  // true if both NaN, false otherwise
  return a!==a && b!==b;
};


/***/ }),

/***/ 5098:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// UNUSED EXPORTS: LOG_FINDINGS

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: ./src/core/baseline.ts
/**
 * New-only mode: a finding that the base commit's version of the file already had \u2014 same client
 * and server, same products, same status, and not waived there \u2014 is pre-existing. It stays in the
 * report (summary, comment, JSON) but is not annotated and does not fail the run, so a pull request
 * is judged on what it adds. A file the base commit did not have, or could not evaluate, has
 * nothing pre-existing.
 *
 * The match is deliberately strict: a base finding that an exception waived was accepted, not
 * tolerated, so a pull request that drops the exception (or changes the population's product to
 * another failing one) adds a failure rather than inheriting an old one.
 */
function markPreexisting(current, base) {
    if (!base || base.errors.length > 0)
        return current;
    const known = new Set(base.results.filter((r) => r.severity !== 'none' && !r.waived).map(findingKey));
    const knownEstate = new Set((base.estate ?? []).map(estateKey));
    const marked = {
        ...current,
        results: current.results.map((r) => r.severity !== 'none' && known.has(findingKey(r)) ? { ...r, preexisting: true } : r),
    };
    if (current.estate)
        marked.estate = current.estate.map((f) => knownEstate.has(estateKey(f)) ? { ...f, preexisting: true } : f);
    return marked;
}
/** The same kind of finding about the same population or pools, with the same products (in its title) and status. */
function estateKey(f) {
    return [f.kind, f.subject, f.title, f.status].join('\u0000');
}
function findingKey(r) {
    return [r.client, r.server, r.clientProduct, r.serverProduct, r.status].join('\u0000');
}

// EXTERNAL MODULE: ./src/core/check.ts + 1 modules
var check = __nccwpck_require__(7);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
;// CONCATENATED MODULE: ./src/io/git.ts


// `fetch-depth` is what users have to change, so the message names it.
const SHALLOW_CHECKOUT_HELP = 'actions/checkout fetches only the head commit by default; give it `fetch-depth: 0` (or fetch the base commit, e.g. `git fetch --depth=1 origin <base sha>`) so coexist can read the topology as the base commit had it';
/**
 * The top-level folder of the git working tree holding `dir`: the nearest folder up from it with a
 * `.git` entry (a folder, or the file of a worktree or submodule), as `git rev-parse
 * --show-toplevel` answers; undefined outside git. Found without starting git, which would cost
 * every CLI run its start-up.
 */
async function gitTopLevel(dir) {
    for (let folder = path.resolve(dir);; folder = path.dirname(folder)) {
        if (await lstat(path.join(folder, '.git')).then(() => true, () => false))
            return folder;
        if (path.dirname(folder) === folder)
            return undefined;
    }
}
/** Why `revision` cannot serve as a base in `cwd`, as the end of a sentence; undefined when it can. */
function revisionProblem(cwd, revision) {
    if (!passable(revision))
        return Promise.resolve('not a revision coexist will pass to git');
    return new Promise((resolve) => {
        git(cwd, ['rev-parse', '--verify', '--quiet', `${revision}^{commit}`], 1024, (error, _, said) => {
            if (!error)
                return resolve(undefined);
            if (error.code === 'ENOENT')
                return resolve('git is not installed');
            if (/not a git repository/i.test(said))
                return resolve(`${cwd} is not in a git repository`);
            resolve('no such revision in this repository');
        });
    });
}
// Revisions come from the event payload or the command line; refuse anything git could take for an option.
function passable(revision) {
    return /^[\w./~^@{}-]+$/.test(revision) && !revision.startsWith('-');
}
/** The file at `relativePath` (relative to `cwd`) as commit `revision` had it, read with `git show`. */
function readAtRevision(cwd, revision, relativePath, maxBytes) {
    if (!passable(revision)) {
        return Promise.resolve({
            ok: false,
            reason: 'unavailable',
            message: `"${revision}" is not a revision coexist will pass to git`,
        });
    }
    return new Promise((resolve) => {
        git(cwd, ['show', `${revision}:./${relativePath}`], maxBytes, async (error, stdout, said) => {
            if (!error)
                return resolve({ ok: true, bytes: stdout });
            if (error.code === 'ENOENT')
                return resolve({ ok: false, reason: 'unavailable', message: 'git is not installed' });
            if (/does not exist in|exists on disk, but not in/.test(said)) {
                // Git says this for a full sha it does not have, too (it takes 40 hex digits on trust), which
                // is exactly the shallow checkout: only a commit that exists makes the file truly absent.
                const exists = await new Promise((done) => git(cwd, ['cat-file', '-e', `${revision}^{commit}`], 1024, (missing) => done(!missing)));
                return resolve(exists
                    ? { ok: false, reason: 'absent' }
                    : { ok: false, reason: 'unavailable', message: missingRevision(revision) });
            }
            if (/not a git repository/i.test(said))
                return resolve({
                    ok: false,
                    reason: 'unavailable',
                    message: 'the workspace is not a git checkout',
                });
            if (/invalid object name|bad revision|unknown revision|bad object/i.test(said))
                return resolve({ ok: false, reason: 'unavailable', message: missingRevision(revision) });
            resolve({
                ok: false,
                reason: 'unavailable',
                message: `git show failed: ${said.trim().split('\n')[0] || error.message}`,
            });
        });
    });
}
function missingRevision(revision) {
    return `the base commit ${revision} is not in the checkout; ${SHALLOW_CHECKOUT_HELP}`;
}
function git(cwd, args, maxBuffer, callback) {
    // Loaded here, by the runs that read a base commit: child_process and the modules it pulls in
    // cost every other run some 5 ms of start-up.
    Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1421, 23)).then(({ execFile }) => 
    // LC_ALL=C: the messages above are matched in English, whatever language the user's git speaks.
    execFile('git', args, {
        cwd,
        encoding: 'buffer',
        maxBuffer,
        timeout: 30_000,
        env: { ...process.env, LC_ALL: 'C' },
    }, (error, stdout, stderr) => callback(error, stdout, stderr.toString('utf8'))), (error) => callback(error, Buffer.alloc(0), ''));
}

;// CONCATENATED MODULE: ./src/core/byte-size.ts
// The size limit is an option of both shells (action input max-bytes, CLI --max-bytes).
/** `16MiB`, `500KiB`, `2048` (bytes): a positive size of at most 1 GiB, or undefined. */
function parseByteSize(text) {
    const match = /^(\d+)\s*(|B|KiB|MiB|GiB)$/i.exec(text.trim());
    if (!match)
        return undefined;
    const unit = { '': 1, b: 1, kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3 }[(match[2] ?? '').toLowerCase()] ?? 1;
    const bytes = Number(match[1]) * unit;
    return bytes > 0 && bytes <= 1024 ** 3 ? bytes : undefined;
}
/** A size as parseByteSize reads it, in the largest unit that divides it: 16777216 \u2192 `16MiB`. */
function formatByteSize(bytes) {
    for (const [unit, size] of [
        ['GiB', 1024 ** 3],
        ['MiB', 1024 ** 2],
        ['KiB', 1024],
    ]) {
        if (bytes % size === 0)
            return `${bytes / size}${unit}`;
    }
    return String(bytes);
}

// EXTERNAL MODULE: ./src/core/format.ts
var format = __nccwpck_require__(6228);
// EXTERNAL MODULE: ./src/core/limits.ts
var core_limits = __nccwpck_require__(6419);
// EXTERNAL MODULE: ./src/core/suggest.ts
var suggest = __nccwpck_require__(2085);
;// CONCATENATED MODULE: ./src/core/types.ts
// The vocabulary shared by the core, the shells and the reporters.
/**
 * supported, interoperable (some features only), not-supported, not-applicable (no counterpart on
 * that server), and undocumented: no source states the combination, so coexist does not guess.
 */
const STATUSES = [
    'supported',
    'interoperable',
    'not-supported',
    'not-applicable',
    'undocumented',
];

;// CONCATENATED MODULE: ./src/core/policy.ts


const DEFAULT_FAIL_ON = 'not-supported';
/** Exceptions that expire within this many days get a notice (action input and CLI option expiry-warning-days). */
const DEFAULT_EXPIRY_WARNING_DAYS = 30;
/** An accepted risk is to be reviewed at least once a year (max-waiver-days). */
const DEFAULT_MAX_WAIVER_DAYS = 365;
/** A number of days as the options take it: a whole number from 0 to 3650 (ten years). */
function parseDays(text) {
    return /^\d{1,4}$/.test(text) && Number(text) <= 3650 ? Number(text) : undefined;
}
/**
 * Reads `fail-on`: a comma-separated list of statuses, or `none`. Empty means the default, so an
 * action input left blank behaves like one left out.
 */
function parseFailOn(text) {
    const words = (text.trim() === '' ? DEFAULT_FAIL_ON : text)
        .split(',')
        .map((w) => w.trim().toLowerCase())
        .filter((w) => w !== '');
    if (words.length === 0)
        return {
            ok: false,
            message: `fail-on: "${text}" names no status; use a comma-separated list of ${STATUSES.join(', ')}, or none`,
        };
    if (words.length === 1 && words[0] === 'none')
        return { ok: true, failOn: new Set() };
    const failOn = new Set();
    for (const word of words) {
        if (!STATUSES.includes(word)) {
            const hint = word === 'none' ? ' ("none" cannot be combined with statuses)' : (0,suggest/* didYouMean */.au)(word, STATUSES);
            return {
                ok: false,
                message: `fail-on: unknown status "${word}"${hint}; use a comma-separated list of ${STATUSES.join(', ')}, or none`,
            };
        }
        failOn.add(word);
    }
    return { ok: true, failOn };
}

;// CONCATENATED MODULE: ./src/app/options.ts




/** The options given as text, in the order they are checked; each shell spells them its own way. */
const TEXT_OPTIONS = [
    'fail-on',
    'matrix',
    'expiry-warning-days',
    'max-waiver-days',
    'max-bytes',
    'max-nodes',
    'max-pairs',
    'base',
];
/**
 * The options as text from a shell: `textOf` gives an option's text, or undefined where the shell
 * got none (a flag not given, an input left blank, an option the shell does not have).
 */
function runOptionsText(topology, allowEmpty, textOf) {
    const text = { topology, allowEmpty };
    for (const option of TEXT_OPTIONS) {
        const value = textOf(option);
        if (value !== undefined)
            text[option] = value;
    }
    return text;
}
/** The topology file a run reads when it is given none. */
const DEFAULT_TOPOLOGY = 'coexist.yml';
/** The one place that checks a run's options and fills in their defaults. */
function parseRunOptions(text, wording) {
    const invalid = (option, given, expected) => ({
        ok: false,
        message: wording === 'input'
            ? `input ${option}: "${given}" is not ${expected}`
            : `--${option} must be ${expected}, not "${given}"`,
    });
    const failOn = parseFailOn(text['fail-on'] ?? '');
    if (!failOn.ok)
        return { ok: false, message: wording === 'input' ? `input ${failOn.message}` : failOn.message };
    const days = {};
    for (const [option, fallback] of [
        ['expiry-warning-days', DEFAULT_EXPIRY_WARNING_DAYS],
        ['max-waiver-days', DEFAULT_MAX_WAIVER_DAYS],
    ]) {
        const given = text[option];
        const value = given === undefined ? fallback : parseDays(given);
        if (value === undefined)
            return invalid(option, given, 'a whole number of days from 0 to 3650');
        days[option] = value;
    }
    const maxBytesText = text['max-bytes'];
    const maxBytes = maxBytesText === undefined ? core_limits/* DEFAULT_MAX_BYTES */.fS : parseByteSize(maxBytesText);
    if (maxBytes === undefined)
        return invalid('max-bytes', maxBytesText, 'a size such as 16MiB, 500KiB or 1000000');
    const limits = { ...core_limits/* DEFAULT_LIMITS */.dR };
    for (const [option, key] of [
        ['max-nodes', 'maxNodes'],
        ['max-pairs', 'maxPairs'],
    ]) {
        const given = text[option];
        if (given === undefined)
            continue;
        const value = (0,core_limits/* parseLimit */.Fv)(given, core_limits/* LIMIT_CEILINGS */.VW[key]);
        if (value === undefined)
            return invalid(option, given, `a whole number from 1 to ${(0,format/* formatCount */.B4)(core_limits/* LIMIT_CEILINGS */.VW[key])} (250000, 250k or 1M)`);
        limits[key] = value;
    }
    const topology = text.topology && text.topology.length > 0 ? text.topology : [DEFAULT_TOPOLOGY];
    // An empty --matrix or --base is no choice at all, as an empty input is.
    const matrix = text.matrix || undefined;
    const base = text.base || undefined;
    return {
        ok: true,
        options: {
            topology,
            allowEmpty: text.allowEmpty === true,
            failOn: failOn.failOn,
            ...(matrix === undefined ? {} : { matrix }),
            expiryWarningDays: days['expiry-warning-days'],
            maxWaiverDays: days['max-waiver-days'],
            maxBytes,
            limits,
            ...(base === undefined ? {} : { baseRevision: base }),
        },
    };
}
/** The policy a run judges by, at the moment `now`. */
function policyOf(options, now) {
    return {
        failOn: options.failOn,
        now,
        expiryWarningDays: options.expiryWarningDays,
        maxWaiverDays: options.maxWaiverDays,
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./src/core/builtin-matrices.ts + 1 modules
var builtin_matrices = __nccwpck_require__(9399);
// EXTERNAL MODULE: ./src/core/decode.ts
var decode = __nccwpck_require__(969);
// EXTERNAL MODULE: ./src/core/document.ts + 2 modules
var core_document = __nccwpck_require__(664);
// EXTERNAL MODULE: ./src/core/matrix.ts
var matrix = __nccwpck_require__(5490);
// EXTERNAL MODULE: ./src/core/schema-errors.ts
var schema_errors = __nccwpck_require__(6386);
// EXTERNAL MODULE: ./src/core/schema-validator.ts + 1 modules
var schema_validator = __nccwpck_require__(9331);
;// CONCATENATED MODULE: ./src/core/matrix-resolver.ts









/** A reference names a file when it looks like one; anything else is a built-in id. */
function isMatrixPath(ref) {
    return /[/\\]/.test(ref) || /\.(ya?ml|json)$/i.test(ref);
}
/**
 * Resolves `matrix:` references: built-in ids, and matrix files (YAML or JSON, validated against
 * schema/matrix.schema.json with errors at their lines) that may `extends` a built-in matrix or
 * another file. Each file is read and resolved once per resolver (one resolver per run), however
 * many topologies name it and however they spell its path; its nodes count against the run's budget.
 */
function createMatrixResolver(readFile, budget) {
    /** By the file's key (its real path), and by each spelling already read, so a spelling is read once too. */
    const resolved = new Map();
    const bySpelling = new Map();
    const resolve = (ref, chain) => {
        if (!isMatrixPath(ref)) {
            const matrix = (0,builtin_matrices/* builtinMatrix */.Ze)(ref);
            if (matrix)
                return { ok: true, matrix };
            return {
                ok: false,
                message: `unknown matrix "${ref}"${(0,suggest/* didYouMean */.au)(ref, builtin_matrices/* BUILTIN_MATRIX_IDS */.Fi)}; built-in matrices: ${builtin_matrices/* BUILTIN_MATRIX_IDS */.Fi.join(', ')}; a matrix file is named by its path (.yml, .yaml or .json)`,
            };
        }
        const spelled = bySpelling.get(ref);
        if (spelled)
            return spelled;
        const read = readFile(ref);
        if (!read.ok)
            return { ok: false, message: `matrix file ${ref}: ${read.message}` };
        const key = read.key ?? read.file;
        if (chain.includes(read.file))
            return {
                ok: false,
                message: `matrix files extend each other in a cycle: ${[...chain, read.file].join(' \u2192 ')}`,
            };
        let outcome = resolved.get(key);
        if (!outcome) {
            const loaded = read.load();
            outcome = loaded.ok
                ? resolveFile(read.file, loaded.bytes, [...chain, read.file])
                : { ok: false, message: `matrix file ${ref}: ${loaded.message}` };
            resolved.set(key, outcome);
        }
        bySpelling.set(ref, outcome);
        return outcome;
    };
    const resolveFile = (file, bytes, chain) => {
        /** This file's problems, and those of the files it extends, each file's once. */
        const invalid = (errors, unlisted = 0, bases = []) => {
            const count = errors.length + unlisted;
            return {
                ok: false,
                message: `matrix file ${file} is invalid (${count === 1 ? 'see the error there' : `see the ${(0,format/* formatCount */.B4)(count)} errors there`})`,
                invalidFiles: [{ file, errors, unlisted }, ...bases],
            };
        };
        const decoded = (0,decode/* decodeSource */.E)(bytes);
        if (!decoded.ok)
            return invalid([
                {
                    file,
                    line: decoded.line,
                    column: decoded.column,
                    endLine: decoded.line,
                    endColumn: decoded.column,
                    message: decoded.message,
                },
            ]);
        const parsed = (0,core_document/* parseDocument */.Tp)(decoded.text, file, /\.json$/i.test(file) ? 'json' : 'yaml', budget);
        if (!parsed.ok)
            return invalid(parsed.errors);
        const { document } = parsed;
        const schemaErrors = (0,schema_validator/* matrixSchemaErrors */.I)(document.value);
        if (schemaErrors.length > 0) {
            const described = (0,schema_errors/* schemaDiagnostics */.V)(document, schemaErrors, budget);
            return invalid(described.diagnostics, described.unlisted);
        }
        const overlay = document.value;
        // A file that took a built-in id would read as that matrix in every report: a pull request could
        // then present its own verdicts as Microsoft's.
        if (builtin_matrices/* BUILTIN_MATRIX_IDS */.Fi.includes(overlay.id)) {
            return invalid([
                {
                    file,
                    ...(0,core_document/* locate */.x5)(document, ['id']),
                    message: `"${overlay.id}" is the id of a built-in matrix; a matrix file needs an id of its own (e.g. ${overlay.id}-house-rules), so that no report mistakes it for the built-in one`,
                },
            ]);
        }
        let data;
        if (overlay.extends === undefined) {
            data = overlay;
        }
        else {
            if (chain.length > core_limits/* MAX_EXTENDS_DEPTH */.B6) {
                return invalid([
                    {
                        file,
                        ...(0,core_document/* locate */.x5)(document, ['extends']),
                        message: `matrix files extend each other more than ${core_limits/* MAX_EXTENDS_DEPTH */.B6} deep: ${chain.join(' \u2192 ')} \u2192 \u2026; flatten the chain`,
                    },
                ]);
            }
            const base = resolve(overlay.extends, chain);
            if (!base.ok)
                return invalid([{ file, ...(0,core_document/* locate */.x5)(document, ['extends']), message: base.message }], 0, base.invalidFiles);
            data = mergeMatrix(base.matrix.data, overlay);
        }
        // Product facts (capabilities, builds, server rules) come from a built-in matrix only: a file
        // cannot redefine what Microsoft's documents state about a product by naming another file.
        const facts = data.facts === undefined ? undefined : (0,builtin_matrices/* builtinFacts */.t7)(data.facts);
        if (data.facts !== undefined && !facts) {
            const path = overlay.facts === undefined ? ['extends'] : ['facts'];
            return invalid([
                {
                    file,
                    ...(0,core_document/* locate */.x5)(document, path),
                    message: `facts: "${data.facts}" is no built-in matrix${(0,suggest/* didYouMean */.au)(data.facts, builtin_matrices/* BUILTIN_MATRIX_IDS */.Fi)}; built-in matrices: ${builtin_matrices/* BUILTIN_MATRIX_IDS */.Fi.join(', ')}`,
                },
            ]);
        }
        // The file passed the schema above, and what it extends is valid: the merge needs no second schema check.
        const loaded = matrix/* Matrix */.u.fromCheckedShape(data, file, facts);
        if (!loaded.ok) {
            // The schema passed, so what is left is consistency across the merged matrix (a cell for every
            // pair, references that resolve); point at the matrix's id, where the merged result is named.
            const at = (0,core_document/* locate */.x5)(document, ['id']);
            const base = overlay.extends === undefined ? '' : ` (with what it extends from ${overlay.extends})`;
            return invalid(loaded.problems.map((problem) => ({
                file,
                ...at,
                message: `matrix ${overlay.id}${base}: ${problem}`,
            })), loaded.unlisted);
        }
        return { ok: true, matrix: loaded.matrix };
    };
    return (ref) => resolve(ref, []);
}
/**
 * `overlay` on top of `base`: entries with a base entry's id replace it, new ones are added in
 * order after the base's; cells are keyed by client and server, sources by key.
 */
function mergeMatrix(base, overlay) {
    const byKey = (from, over, key) => {
        const merged = new Map(from.map((item) => [key(item), item]));
        for (const item of over ?? [])
            merged.set(key(item), item);
        return [...merged.values()];
    };
    const id = (item) => item.id;
    return {
        id: overlay.id,
        title: overlay.title ?? base.title,
        // A description says what one matrix covers; the base's would describe the base.
        ...(overlay.description === undefined ? {} : { description: overlay.description }),
        sources: { ...base.sources, ...overlay.sources },
        workloads: byKey(base.workloads, overlay.workloads, id),
        servers: byKey(base.servers, overlay.servers, id),
        clients: byKey(base.clients, overlay.clients, id),
        footnotes: byKey(base.footnotes, overlay.footnotes, id),
        cells: byKey(base.cells, overlay.cells, (cell) => `${cell.client}\u0000${cell.server}`),
        ...(base.unsupportedProducts || overlay.unsupportedProducts
            ? {
                unsupportedProducts: byKey(base.unsupportedProducts ?? [], overlay.unsupportedProducts, id),
            }
            : {}),
        ...(base.serverRules || overlay.serverRules
            ? { serverRules: byKey(base.serverRules ?? [], overlay.serverRules, id) }
            : {}),
        // The product facts the base takes from a built-in matrix hold for what extends it, unless it names its own.
        ...((overlay.facts ?? base.facts) === undefined ? {} : { facts: overlay.facts ?? base.facts }),
    };
}

;// CONCATENATED MODULE: ./src/io/paths.ts


/** Whether `file` lies outside `root` (both absolute): the one test every path check here uses. */
function isOutside(file, root) {
    const relative = external_node_path_default().relative(root, file);
    return relative === '..' || relative.startsWith(`..${(external_node_path_default()).sep}`) || external_node_path_default().isAbsolute(relative);
}
/**
 * How reports name a file: relative to `cwd` with forward slashes, as terminals, editors,
 * annotations and SARIF want it (`../site.yml` from a subfolder of the root); absolute when it lies
 * outside `root`, the folder the run may read (the workspace in the action, where it is `cwd` too).
 */
function displayPath(absolute, cwd, root = cwd) {
    const relative = external_node_path_default().relative(cwd, absolute);
    const shown = relative === '' || external_node_path_default().isAbsolute(relative) || isOutside(absolute, root) ? absolute : relative;
    return shown.split((external_node_path_default()).sep).join('/');
}
/** Whether `absolute` is a folder (following symbolic links); false when it cannot be looked at. */
function isDirectory(absolute) {
    return (0,promises_.stat)(absolute).then((found) => found.isDirectory(), () => false);
}

;// CONCATENATED MODULE: ./src/io/matrix-files.ts




// A matrix is a table of a few hundred cells; anything near this is not one.
const MAX_MATRIX_BYTES = 4 * 1024 * 1024;
/**
 * Built-in ids plus matrix files, read relative to the repository root (the workspace), as a
 * matrix file's `extends` names them. A path leaving the workspace is refused: on a pull request
 * the topology, and so `matrix:`, is written by whoever opened it, and must not make coexist read
 * files outside the checkout. One resolver per run: each file is read once, keyed by its real path
 * however it is spelled (`./m.yml`, `a/../m.yml`). `cwd` is where reports name files from.
 */
function matrixResolver(workspace, budget, cwd = workspace) {
    return createMatrixResolver(readMatrixFile(workspace, cwd), budget);
}
/** The matrix files of a run that reads inside `workspace`, with paths on the command line relative to `cwd`. */
function matrixFiles(workspace, cwd = workspace, budget) {
    const resolve = matrixResolver(workspace, budget, cwd);
    const exists = (absolute) => {
        try {
            return (0,external_node_fs_.lstatSync)(absolute, { throwIfNoEntry: false }) !== undefined;
        }
        catch {
            return false;
        }
    };
    const leaves = (ref) => ({
        ok: false,
        message: `matrix file ${ref}: the path leaves the repository; name a matrix file inside it`,
    });
    // The resolver reads paths relative to the workspace: a file found elsewhere is handed to it so.
    const fromWorkspace = (absolute) => resolve(external_node_path_default().relative(workspace, absolute).split((external_node_path_default()).sep).join('/') || './');
    return {
        named(ref) {
            if (!isMatrixPath(ref))
                return resolve(ref);
            const absolute = external_node_path_default().resolve(cwd, ref);
            if (isOutside(absolute, workspace))
                return leaves(ref);
            if (exists(absolute))
                return fromWorkspace(absolute);
            return {
                ok: false,
                message: `matrix file ${ref}: no such file (paths are relative to the ${external_node_path_default().resolve(cwd) === external_node_path_default().resolve(workspace) ? 'repository root' : 'current directory'})`,
            };
        },
        fromTopology(ref, folder, folderName = "the topology's folder") {
            if (!isMatrixPath(ref))
                return resolve(ref);
            const nextTo = external_node_path_default().resolve(folder, ref);
            if (isOutside(nextTo, workspace))
                return leaves(ref);
            if (exists(nextTo))
                return fromWorkspace(nextTo);
            const atRoot = external_node_path_default().resolve(workspace, ref);
            if (!isOutside(atRoot, workspace) && exists(atRoot))
                return fromWorkspace(atRoot);
            return {
                ok: false,
                message: `matrix file ${ref}: no such file (paths are relative to ${external_node_path_default().resolve(folder) === external_node_path_default().resolve(workspace) ? 'the repository root' : `${folderName}, then the repository root`})`,
            };
        },
    };
}
function readMatrixFile(workspace, cwd) {
    return (ref) => {
        const absolute = external_node_path_default().resolve(workspace, ref);
        if (isOutside(absolute, workspace)) {
            return { ok: false, message: 'the path leaves the repository; name a matrix file inside it' };
        }
        let real;
        try {
            // A symbolic link inside the checkout may point anywhere; judge where it really leads.
            real = (0,external_node_fs_.realpathSync)(absolute);
        }
        catch (error) {
            return { ok: false, message: failure(error) };
        }
        if (isOutside(real, (0,external_node_fs_.realpathSync)(workspace)))
            return {
                ok: false,
                message: 'the path leads out of the repository (through a symbolic link); name a matrix file inside it',
            };
        // The real path is the key: 200 spellings of one file are one file, read once.
        return {
            ok: true,
            file: displayPath(absolute, cwd, workspace),
            key: real,
            load: () => loadMatrixFile(real),
        };
    };
}
function loadMatrixFile(file) {
    let fd;
    try {
        // O_NONBLOCK: a FIFO must not block the run; it is refused below as not a regular file.
        fd = (0,external_node_fs_.openSync)(file, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK);
        const stat = (0,external_node_fs_.fstatSync)(fd);
        if (!stat.isFile())
            return { ok: false, message: 'not a regular file' };
        if (stat.size > MAX_MATRIX_BYTES)
            return {
                ok: false,
                message: `the file is ${stat.size} bytes; coexist reads matrix files up to ${MAX_MATRIX_BYTES} bytes`,
            };
        return { ok: true, bytes: (0,external_node_fs_.readFileSync)(fd) };
    }
    catch (error) {
        return { ok: false, message: failure(error) };
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
    }
}
function failure(error) {
    const code = error.code;
    return code === 'ENOENT'
        ? 'no such file (paths are relative to the repository root)'
        : code === 'EISDIR'
            ? 'this is a directory'
            : `cannot read it (${code ?? 'unknown error'})`;
}

;// CONCATENATED MODULE: ./src/io/read-topology.ts



/**
 * The bytes of one topology file, or why not. Never hangs on a FIFO, never reads a file over
 * `maxBytes` (the check is made on the open file, so what is checked is what is read). `what`
 * names the kind of file in the refusal (an inventory's limit is not a topology's).
 */
async function readTopologyBytes(file, maxBytes = core_limits/* DEFAULT_MAX_BYTES */.fS, what = 'topologies') {
    let handle;
    try {
        // Open first and inspect the open file, so what we check is what we read. O_NONBLOCK keeps a
        // FIFO from blocking the open until some writer appears; it changes nothing for regular files.
        handle = await (0,promises_.open)(file, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK);
    }
    catch (error) {
        return {
            ok: false,
            message: openFailure(error),
            ...(error.code === 'ENOENT' ? { missing: true } : {}),
        };
    }
    try {
        const stat = await handle.stat();
        if (stat.isDirectory())
            return { ok: false, message: 'this is a directory; name a topology file such as coexist.yml' };
        if (!stat.isFile())
            return { ok: false, message: 'this is not a regular file; name a topology file' };
        if (stat.size > maxBytes)
            return {
                ok: false,
                message: `the file is ${stat.size} bytes; coexist reads ${what} up to ${maxBytes} bytes (max-bytes)`,
            };
        return { ok: true, bytes: await handle.readFile() };
    }
    catch (error) {
        return { ok: false, message: openFailure(error) };
    }
    finally {
        await handle.close();
    }
}
function openFailure(error) {
    const code = error.code;
    if (code === 'ENOENT')
        return 'no such file; check the path (relative paths start at the current directory: for the action, the repository root)';
    if (code === 'EISDIR')
        return 'this is a directory; name a topology file such as coexist.yml';
    if (code === 'EACCES' || code === 'EPERM')
        return 'permission denied';
    return `cannot read the file (${code ?? 'unknown error'})`;
}

;// CONCATENATED MODULE: ./src/io/glob-pattern.ts
// Glob patterns for topology files, expanded by coexist itself (a quoted pattern, or the action's
// `topology` input, never reaches a shell), on Node 20 as well (no fs.glob there). This file is
// the syntax and the matching of names; walk.ts reads the directories.
//
// Syntax, per path segment (segments are separated by `/`):
//   *        any run of characters except `/`        ?       one character except `/`
//   [abc]    one of the characters; ranges [a-z]; [!abc] or [^abc] for none of them
//   **       a whole segment: zero or more directories
//   {a,b}    alternatives, expanded first (they may hold `/` and nest): {emea,amer}/*.yml
//   \x       the character x itself
// Like a shell, a name starting with a dot is matched only by a segment that starts with a
// literal dot: `*` and `**` skip dotfiles and dot-directories. Matching is case-sensitive.
// Nothing else is syntax: `(`, `|`, `+`, `!`, `@`, `"`, `{n}` and the like are plain characters.
//
// Why not picomatch (or minimatch): both compile a whole pattern to one regular expression, with
// `*` as a lazy `[^/]*?`, and JavaScript regexes backtrack: picomatch's regex for `*a*a*a*a*b`
// takes ten seconds to fail on a name of 255 a's (Node 20), and each further star multiplies that
// many times over; a pull request writes the pattern's input (the names in the repository). Their
// dialects are also wider than the one above (parentheses and `|` become groups, `+` after a class
// a quantifier, `[!a]` is no negation in picomatch). So matching stays here, built for that: each
// piece between two stars (characters, `?`, classes) is a small anchored regex with no star in it,
// and matchPieces places the pieces from left to right, each at its leftmost place, going through
// a name once: a segment costs at most (name length + pieces) piece tests, whatever the pattern.
const GLOB_LIMITS = {
    maxMatches: 10_000,
    maxEntries: 100_000,
    maxAlternatives: 256,
    maxPatternLength: 4_096,
};
/** Directories that `*` and `**` never enter; a literal segment may still name them. */
const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules']);
const SPECIAL = new Set(['*', '?', '[', ']', '{', '}', '\\', ',']);
/**
 * True when `text` uses glob syntax: an unescaped `*`, `?`, a bracket class, `{a,b}` alternatives,
 * or a backslash escape of one of those. Anything else is a plain path and is read as written.
 */
function isGlobPattern(text) {
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (ch === '\\') {
            if (i + 1 < text.length && SPECIAL.has(text[i + 1]))
                return true;
            i++;
            continue;
        }
        if (ch === '*' || ch === '?')
            return true;
        if (ch === '[' && classEnd(text, i) > 0)
            return true;
        if (ch === '{' && braceAt(text, i))
            return true;
    }
    return false;
}
/**
 * Expands `{a,b}` alternatives, nested ones too, left to right as a shell does:
 * `{a,b}/{c,d}.yml` \u2192 a/c.yml, a/d.yml, b/c.yml, b/d.yml. A brace without a top-level comma, or
 * without its closing brace, is a literal character. Refuses more than `max` results.
 */
function expandBraces(pattern, max = GLOB_LIMITS.maxAlternatives) {
    const out = [];
    const pending = [pattern];
    while (pending.length > 0) {
        const current = pending.shift();
        const brace = firstBrace(current);
        if (!brace) {
            if (!out.includes(current))
                out.push(current);
            if (out.length > max)
                return {
                    ok: false,
                    message: `this pattern expands to more than ${max} alternatives; split it into several patterns`,
                };
            continue;
        }
        const head = current.slice(0, brace.start);
        const tail = current.slice(brace.end + 1);
        const alternatives = brace.parts.map((part) => head + part + tail);
        pending.unshift(...alternatives);
        if (pending.length + out.length > max * 4)
            return {
                ok: false,
                message: `this pattern expands to more than ${max} alternatives; split it into several patterns`,
            };
    }
    return { ok: true, patterns: out };
}
/**
 * A brace-free pattern \u2192 its segments. Empty and `.` segments are dropped; a trailing `**` means
 * every file below (`**` then `*`). `..` segments are kept as literals: callers refuse them.
 */
function compileSegments(pattern) {
    const segments = [];
    for (const source of splitSegments(pattern)) {
        if (source === '' || source === '.')
            continue;
        if (source === '**') {
            if (segments.at(-1)?.kind !== 'globstar')
                segments.push({ kind: 'globstar' });
            continue;
        }
        const tokens = tokenize(source);
        if (tokens.every((t) => t.kind === 'char')) {
            const name = tokens.map((t) => t.ch).join('');
            if (name !== '.')
                segments.push({ kind: 'literal', name });
        }
        else
            segments.push(compileWildcard(source, tokens));
    }
    if (segments.at(-1)?.kind === 'globstar')
        segments.push(compileWildcard('*', tokenize('*')));
    return segments;
}
function compileWildcard(source, tokens) {
    const runs = [[]];
    for (const token of tokens) {
        if (token.kind !== 'star')
            runs.at(-1).push(token);
        else if (runs.at(-1).length > 0 || runs.length === 1)
            runs.push([]); // consecutive stars are one
    }
    const pieces = runs.map((run) => ({
        length: run.length,
        regex: run.length === 0 ? undefined : pieceRegExp(run),
    }));
    const dotted = tokens[0]?.kind === 'char' && tokens[0].ch === '.';
    return { kind: 'wildcard', source, dotted, pieces };
}
/** A run of tokens (no star) \u2192 a regex over exactly that many characters (code points). */
function pieceRegExp(run) {
    const source = run
        .map((token) => token.kind === 'char'
        ? literal(token.ch)
        : token.kind === 'any'
            ? '[^/]'
            : classSource(token))
        .join('');
    return new RegExp(`^${source}$`, 'u');
}
function classSource(token) {
    const parts = token.items.map((item) => {
        if ('ch' in item)
            return literal(item.ch);
        // A reversed range matches nothing, as in bash.
        return item.from.codePointAt(0) <= item.to.codePointAt(0)
            ? `${literal(item.from)}-${literal(item.to)}`
            : '';
    });
    const body = parts.join('');
    if (token.negate)
        return `[^/${body}]`;
    return body === '' ? '(?!)' : `[${body}]`;
}
// Every character but letters and digits as \u{\u2026}: nothing in a name can be read as regex syntax.
function literal(ch) {
    return /^[\p{L}\p{N}]$/u.test(ch) ? ch : `\\u{${ch.codePointAt(0).toString(16)}}`;
}
/** Whether a directory entry's name matches one segment. */
function matchSegment(segment, name) {
    if (segment.kind === 'literal')
        return segment.name === name;
    if (segment.kind === 'globstar')
        return !name.startsWith('.');
    if (name.startsWith('.') && !segment.dotted)
        return false;
    return matchPieces(segment.pieces, [...name]);
}
/**
 * Whether `chars` is the pieces with any runs between them. The first piece must start the name
 * and the last end it; each piece in between is taken at its leftmost place after the one before,
 * which leaves the most room to the rest. `at` only moves forward: at most one piece test per
 * character, plus one per piece.
 */
function matchPieces(pieces, chars) {
    const fits = (piece, at) => piece.regex === undefined || piece.regex.test(chars.slice(at, at + piece.length).join(''));
    const first = pieces[0];
    if (pieces.length === 1)
        return chars.length === first.length && fits(first, 0);
    const last = pieces.at(-1);
    const end = chars.length - last.length; // where the last piece must start
    if (first.length > end || !fits(first, 0))
        return false;
    let at = first.length;
    for (const piece of pieces.slice(1, -1)) {
        while (at + piece.length <= end && !fits(piece, at))
            at++;
        if (at + piece.length > end)
            return false;
        at += piece.length;
    }
    return fits(last, end);
}
/**
 * Whether a relative path (forward slashes) is one the walk would find for `pattern`: the pure form
 * of the walk, for tests and reasoning. Directories on the way that `*` or `**` stand for must not
 * start with a dot and must not be .git or node_modules.
 */
function matchGlob(pattern, relativePath) {
    const expanded = expandBraces(pattern);
    if (!expanded.ok)
        return false;
    const names = relativePath.split('/').filter((n) => n !== '' && n !== '.');
    return expanded.patterns.some((p) => matchNames(compileSegments(p), names));
}
function matchNames(segments, names) {
    const memo = new Map();
    const enterable = (name) => !name.startsWith('.') && !SKIPPED_DIRECTORIES.has(name);
    const go = (s, n) => {
        const key = s * (names.length + 1) + n;
        const known = memo.get(key);
        if (known !== undefined)
            return known;
        let result;
        const segment = segments[s];
        if (segment === undefined)
            result = n === names.length;
        else if (n === names.length)
            result = false;
        else if (segment.kind === 'globstar')
            result =
                go(s + 1, n) || (n < names.length - 1 && enterable(names[n]) && go(s, n + 1));
        else {
            const name = names[n];
            const last = s === segments.length - 1;
            result =
                matchSegment(segment, name) &&
                    (last || segment.kind === 'literal' || !SKIPPED_DIRECTORIES.has(name)) &&
                    go(s + 1, n + 1);
        }
        memo.set(key, result);
        return result;
    };
    return segments.length > 0 && go(0, 0);
}
function tokenize(segment) {
    const tokens = [];
    const chars = [...segment];
    for (let i = 0; i < chars.length; i++) {
        const ch = chars[i];
        if (ch === '\\' && i + 1 < chars.length)
            tokens.push({ kind: 'char', ch: chars[++i] });
        else if (ch === '*')
            tokens.push({ kind: 'star' });
        else if (ch === '?')
            tokens.push({ kind: 'any' });
        else if (ch === '[' && classEnd(chars, i) > 0) {
            const end = classEnd(chars, i);
            tokens.push(parseClass(chars.slice(i + 1, end)));
            i = end;
        }
        else
            tokens.push({ kind: 'char', ch });
    }
    return tokens;
}
/** Index of the `]` closing the class opened at `start`, or -1 when it is not a class. */
function classEnd(chars, start) {
    let i = start + 1;
    if (chars[i] === '!' || chars[i] === '^')
        i++;
    if (chars[i] === ']')
        i++; // a `]` first in the class is a member
    for (; i < chars.length; i++) {
        const ch = chars[i];
        if (ch === '\\')
            i++;
        else if (ch === '/')
            return -1;
        else if (ch === ']')
            return i;
    }
    return -1;
}
function parseClass(body) {
    let i = 0;
    const negate = body[0] === '!' || body[0] === '^';
    if (negate)
        i++;
    const members = [];
    for (; i < body.length; i++)
        members.push(body[i] === '\\' && i + 1 < body.length ? body[++i] : body[i]);
    const items = [];
    for (let j = 0; j < members.length; j++) {
        const from = members[j];
        if (members[j + 1] === '-' && j + 2 < members.length) {
            items.push({ from, to: members[j + 2] });
            j += 2;
        }
        else
            items.push({ ch: from });
    }
    return { kind: 'class', negate, items };
}
function splitSegments(pattern) {
    const segments = [];
    let current = '';
    for (let i = 0; i < pattern.length; i++) {
        const ch = pattern[i];
        if (ch === '\\' && i + 1 < pattern.length)
            current += ch + pattern[++i];
        else if (ch === '/') {
            segments.push(current);
            current = '';
        }
        else
            current += ch;
    }
    segments.push(current);
    return segments;
}
/**
 * The indexes, from `from` on, of the characters of `text` that can act as syntax: those neither
 * escaped with a backslash nor inside a bracket class (where `{`, `,` and `}` are plain characters).
 */
function* syntaxIndexes(text, from) {
    for (let i = from; i < text.length; i++) {
        if (text[i] === '\\') {
            i++;
            continue;
        }
        if (text[i] === '[') {
            const end = classEnd(text, i);
            if (end > 0) {
                i = end;
                continue;
            }
        }
        yield i;
    }
}
/** The `{\u2026}` at `start` when it holds a top-level comma and is closed. */
function braceAt(text, start) {
    let depth = 0;
    const parts = [];
    let partStart = start + 1;
    for (const i of syntaxIndexes(text, start)) {
        const ch = text[i];
        if (ch === '{')
            depth++;
        else if (ch === '}') {
            depth--;
            if (depth === 0) {
                if (parts.length === 0)
                    return undefined;
                parts.push(text.slice(partStart, i));
                return { start, end: i, parts };
            }
        }
        else if (ch === ',' && depth === 1) {
            parts.push(text.slice(partStart, i));
            partStart = i + 1;
        }
    }
    return undefined;
}
function firstBrace(text) {
    for (const i of syntaxIndexes(text, 0)) {
        if (text[i] !== '{')
            continue;
        const brace = braceAt(text, i);
        if (brace)
            return brace;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/io/walk.ts





function createBudget(limits = {}) {
    return { limits: { ...GLOB_LIMITS, ...limits }, entries: 0, matches: 0 };
}
/**
 * Every file under `root` the segments match, sorted, each once. Symbolic links to files count when
 * they resolve inside the root (those resolving outside come back flagged); links to directories
 * are never entered. Stops with a message when the budget runs out.
 */
async function walkGlob(root, alternatives, budget) {
    const stats = { directories: 0, entries: 0, starts: [] };
    const found = new Map();
    const listings = new Map();
    let realRoot;
    const fail = (message) => ({ ok: false, message, stats });
    const spend = (n) => {
        budget.entries += n;
        stats.entries += n;
        return budget.entries <= budget.limits.maxEntries;
    };
    const tooMany = () => fail(`coexist stops after looking at ${(0,format/* formatCount */.B4)(budget.limits.maxEntries)} directory entries in one run, and this pattern went past that; narrow it (say sites/*/coexist.yml rather than **/coexist.yml)`);
    async function list(dir) {
        const cached = listings.get(dir);
        if (cached !== undefined)
            return cached;
        const entries = [];
        try {
            const handle = await (0,promises_.opendir)(external_node_path_default().join(root, dir));
            stats.directories++;
            for await (const entry of handle) {
                // A directory bigger than what is left of the budget is not read to its end (leaving the
                // loop closes it); what is read is paid for each time it is gone through, below.
                if (budget.entries + entries.length >= budget.limits.maxEntries)
                    return 'over';
                entries.push(entry);
            }
        }
        catch {
            listings.set(dir, null);
            return null;
        }
        listings.set(dir, entries);
        return entries;
    }
    async function addFile(relative, kind) {
        if (found.has(relative))
            return true;
        if (kind === 'symlink') {
            const absolute = external_node_path_default().join(root, relative);
            try {
                if (!(await (0,promises_.stat)(absolute)).isFile())
                    return true;
                realRoot ??= await (0,promises_.realpath)(root);
                if (isOutside(await (0,promises_.realpath)(absolute), realRoot)) {
                    found.set(relative, { path: relative, outside: true });
                    return countMatch();
                }
            }
            catch {
                return true; // a dangling link is no file
            }
        }
        found.set(relative, { path: relative });
        return countMatch();
    }
    // Some file systems do not say what an entry is; then lstat says it (never following a link).
    async function kindOf(entry, relative) {
        const known = (info) => info.isFile()
            ? 'file'
            : info.isDirectory()
                ? 'directory'
                : info.isSymbolicLink()
                    ? 'symlink'
                    : undefined;
        const said = known(entry);
        if (said)
            return said;
        if (entry.isFIFO() || entry.isSocket() || entry.isBlockDevice() || entry.isCharacterDevice())
            return 'other';
        const info = await (0,promises_.lstat)(external_node_path_default().join(root, relative)).catch(() => undefined);
        return (info && known(info)) ?? 'other';
    }
    const countMatch = () => ++budget.matches <= budget.limits.maxMatches;
    const tooManyMatches = () => fail(`this pattern takes the run past ${(0,format/* formatCount */.B4)(budget.limits.maxMatches)} topology files, the most coexist checks in one run; narrow it`);
    for (const segments of alternatives) {
        if (segments.length === 0)
            continue;
        // The literal directories at the start are looked up one by one, without listing anything.
        let start = '';
        let i = 0;
        let state = 'directory';
        while (i < segments.length - 1 && segments[i]?.kind === 'literal') {
            const name = segments[i].name;
            if (!spend(1))
                return tooMany();
            const next = start === '' ? name : `${start}/${name}`;
            const info = await (0,promises_.lstat)(external_node_path_default().join(root, next)).catch(() => undefined);
            start = next;
            i++;
            if (!info)
                state = 'missing';
            else if (info.isSymbolicLink())
                state = 'symlink';
            else if (!info.isDirectory())
                state = 'not-a-directory';
            if (state !== 'directory')
                break;
        }
        if (!stats.starts.some((s) => s.path === start))
            stats.starts.push({ path: start, state });
        if (state !== 'directory')
            continue;
        const seen = new Set();
        const stack = [[start, i]];
        while (stack.length > 0) {
            const [dir, s] = stack.pop();
            const key = `${s}\u0000${dir}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            const segment = segments[s];
            const last = s === segments.length - 1;
            const join = (name) => (dir === '' ? name : `${dir}/${name}`);
            if (segment.kind === 'literal') {
                if (!spend(1))
                    return tooMany();
                const info = await (0,promises_.lstat)(external_node_path_default().join(root, join(segment.name))).catch(() => undefined);
                if (!info)
                    continue;
                if (last) {
                    if ((info.isFile() || info.isSymbolicLink()) &&
                        !(await addFile(join(segment.name), info.isFile() ? 'file' : 'symlink')))
                        return tooManyMatches();
                }
                else if (info.isDirectory())
                    stack.push([join(segment.name), s + 1]);
                continue;
            }
            const entries = await list(dir);
            if (entries === 'over')
                return tooMany();
            // Every visit costs one, plus each entry gone through: a pattern like **/a/**/a/**/a/\u2026 that
            // goes through the same directories many times pays for each time.
            if (!spend(1 + (entries?.length ?? 0)))
                return tooMany();
            if (entries === null)
                continue;
            if (segment.kind === 'globstar') {
                // Zero directories, or one more (then still in the globstar). Pushed in reverse so names pop in order.
                for (const entry of [...entries].reverse()) {
                    if (entry.name.startsWith('.') || SKIPPED_DIRECTORIES.has(entry.name))
                        continue;
                    if ((await kindOf(entry, join(entry.name))) === 'directory')
                        stack.push([join(entry.name), s]);
                }
                stack.push([dir, s + 1]);
                continue;
            }
            for (const entry of entries) {
                if (!matchSegment(segment, entry.name))
                    continue;
                const kind = await kindOf(entry, join(entry.name));
                if (last) {
                    if ((kind === 'file' || kind === 'symlink') && !(await addFile(join(entry.name), kind)))
                        return tooManyMatches();
                }
                else if (kind === 'directory' && !SKIPPED_DIRECTORIES.has(entry.name))
                    stack.push([join(entry.name), s + 1]);
            }
        }
    }
    const matches = [...found.values()].sort((a, b) => comparePaths(a.path, b.path));
    return { ok: true, matches, stats };
}
/** Segment by segment, by UTF-16 code units: the same order on every machine and locale. */
function comparePaths(a, b) {
    const x = a.split('/');
    const y = b.split('/');
    for (let i = 0; i < Math.min(x.length, y.length); i++) {
        const p = x[i];
        const q = y[i];
        if (p !== q)
            return p < q ? -1 : 1;
    }
    return x.length - y.length;
}

;// CONCATENATED MODULE: ./src/io/topology-files.ts
// The list of topology files a run checks: the action's `topology` input or the CLI's FILES, with
// glob patterns expanded here (so a quoted pattern works the same in both shells and on Node 20).






/** The names a folder given as a topology path is looked into for, in this order: the first found is checked. */
const TOPOLOGY_FILE_NAMES = ['coexist.yml', 'coexist.yaml', 'coexist.json'];
/**
 * Expands the given paths and patterns relative to `options.cwd` (the workspace unless given), and
 * never reads outside `workspace`. A plain path (no glob syntax) is resolved as written, duplicates
 * included, a missing one reported when it is read, a folder replaced by the first of
 * TOPOLOGY_FILE_NAMES in it; one whose real
 * path leaves the workspace (by ".." or a symbolic link) is refused, because on a pull request the
 * files are the author's, unless it was written as an absolute path outside the workspace: whoever
 * types that (on a command line, in a workflow) names a file elsewhere on purpose. A pattern adds the files it matches that are not already listed (by a plain path or an
 * earlier pattern), sorted; it never leaves the workspace, and one that matches nothing is a
 * problem unless `allowEmpty`. All patterns of a run share one budget (GLOB_LIMITS).
 */
async function expandTopologyFiles(given, workspace, options = {}) {
    const budget = createBudget(options.limits);
    const cwd = options.cwd ?? workspace;
    const realWorkspace = await (0,promises_.realpath)(workspace).catch(() => external_node_path_default().resolve(workspace));
    // Plain paths first, so that a pattern leaves out the files they name (a folder's included).
    const plainEntries = new Map();
    let stdinTaken = false;
    for (const [index, item] of given.entries()) {
        if (isGlobPattern(item))
            continue;
        if (item === '-' && options.stdin) {
            plainEntries.set(index, stdinTaken
                ? { kind: 'problem', pattern: item, message: 'standard input can be read only once' }
                : { kind: 'stdin' });
            stdinTaken = true;
            continue;
        }
        plainEntries.set(index, await plainEntry(item, external_node_path_default().resolve(cwd, item), workspace, realWorkspace));
    }
    const plain = new Set([...plainEntries.values()].flatMap((e) => (e.kind === 'file' ? [e.absolute] : [])));
    const listed = new Set();
    const entries = [];
    const unmatched = [];
    for (const [index, item] of given.entries()) {
        const plainOne = plainEntries.get(index);
        if (plainOne) {
            entries.push(plainOne);
            continue;
        }
        const compiled = compilePattern(item, workspace, budget.limits, cwd);
        if (!compiled.ok) {
            entries.push({ kind: 'problem', pattern: item, message: compiled.message });
            continue;
        }
        const walk = await walkGlob(workspace, compiled.alternatives, budget);
        if (!walk.ok) {
            entries.push({ kind: 'problem', pattern: item, message: walk.message });
            continue;
        }
        if (walk.matches.length === 0) {
            if (options.allowEmpty)
                unmatched.push(item);
            else
                entries.push({
                    kind: 'problem',
                    pattern: item,
                    message: noMatch(walk.stats, external_node_path_default().resolve(cwd) !== external_node_path_default().resolve(workspace)),
                });
            continue;
        }
        for (const match of walk.matches) {
            const absolute = external_node_path_default().join(workspace, ...match.path.split('/'));
            if (plain.has(absolute) || listed.has(absolute))
                continue;
            listed.add(absolute);
            entries.push(match.outside
                ? {
                    kind: 'refused',
                    absolute,
                    message: 'this is a symbolic link to a file outside the repository; coexist does not follow it (remove the link, or name the file by its absolute path)',
                }
                : { kind: 'file', absolute });
        }
    }
    return { entries, unmatched };
}
const LEAVES_WORKSPACE = 'this path leaves the repository (by ".." or a symbolic link); coexist reads only files inside it, or a file named by an absolute path outside it';
/** A plain path's entry: the file, the file its folder holds, or why it is refused (see expandTopologyFiles). */
async function plainEntry(given, absolute, workspace, realWorkspace) {
    const namedOutside = isNamedOutside(given, absolute, workspace);
    const refused = { kind: 'refused', absolute, message: LEAVES_WORKSPACE };
    if (await isRefusedPath(given, absolute, workspace, realWorkspace))
        return refused;
    if (!(await isDirectory(absolute)))
        return { kind: 'file', absolute };
    for (const name of TOPOLOGY_FILE_NAMES) {
        const inside = external_node_path_default().join(absolute, name);
        const present = await (0,promises_.lstat)(inside).then(() => true, () => false);
        if (!present)
            continue;
        return !namedOutside && (await leadsOut(inside, realWorkspace))
            ? { ...refused, absolute: inside }
            : { kind: 'file', absolute: inside };
    }
    return {
        kind: 'refused',
        absolute,
        message: `this is a directory with no ${TOPOLOGY_FILE_NAMES.slice(0, -1).join(', ')} or ${TOPOLOGY_FILE_NAMES.at(-1)} in it; name a topology file`,
    };
}
// Whoever typed an absolute path outside the workspace named that place on purpose, and what a
// folder there holds with it.
function isNamedOutside(given, absolute, workspace) {
    return external_node_path_default().isAbsolute(given) && isOutside(absolute, external_node_path_default().resolve(workspace));
}
/** Whether the path `given` (resolved to `absolute`) leaves the workspace without being named outside it on purpose. */
async function isRefusedPath(given, absolute, workspace, realWorkspace) {
    if (isNamedOutside(given, absolute, workspace))
        return false;
    return isOutside(absolute, external_node_path_default().resolve(workspace)) || leadsOut(absolute, realWorkspace);
}
/**
 * One file named on the command line (not a pattern, not a folder), by the rule topology paths
 * follow: resolved from `cwd`, refused when it leaves the workspace by ".." or a symbolic link
 * unless it was written as an absolute path outside it.
 */
async function resolvePlainFile(given, cwd, workspace) {
    const absolute = path.resolve(cwd, given);
    const realWorkspace = await realpath(workspace).catch(() => path.resolve(workspace));
    return (await isRefusedPath(given, absolute, workspace, realWorkspace))
        ? { ok: false, message: LEAVES_WORKSPACE }
        : { ok: true, absolute };
}
/** Whether an existing path's real path lies outside the workspace; a path that does not exist is judged as written. */
async function leadsOut(absolute, realWorkspace) {
    const real = await (0,promises_.realpath)(absolute).catch(() => undefined);
    return real !== undefined && isOutside(real, realWorkspace);
}
/** What to tell the user when allow-empty let patterns match nothing; undefined when none did. */
function unmatchedNotice(unmatched, filesChecked) {
    if (unmatched.length === 0)
        return undefined;
    const names = unmatched.map((p) => `"${p}"`).join(', ');
    if (filesChecked === 0)
        return `nothing was checked: no topology file matches ${names} (allow-empty is set, so this passes)`;
    return `no topology file matches ${names} (allow-empty is set); the other files were checked`;
}
/**
 * A pattern \u2192 the segments of each `{a,b}` alternative, relative to the workspace, or why not. A
 * relative pattern starts at `cwd`; its literal start may go up with ".." while it stays inside
 * the workspace (`../*\/coexist.yml` from a subfolder).
 */
function compilePattern(pattern, workspace, limits = GLOB_LIMITS, cwd = workspace) {
    if (pattern.length > limits.maxPatternLength)
        return {
            ok: false,
            message: `this pattern is ${pattern.length} characters long; coexist takes patterns up to ${limits.maxPatternLength}`,
        };
    const expanded = expandBraces(pattern, limits.maxAlternatives);
    if (!expanded.ok)
        return expanded;
    const alternatives = [];
    for (const alternative of expanded.patterns) {
        const inside = relativeToWorkspace(alternative, compileSegments(alternative), workspace, cwd);
        if (!inside.ok)
            return inside;
        const { segments } = inside;
        if (segments.length === 0)
            return {
                ok: false,
                message: 'this pattern names no file; write it from the repository root, e.g. **/coexist.yml',
            };
        alternatives.push(segments);
    }
    return { ok: true, alternatives };
}
// A pattern is fine when its literal start (from `cwd`, or from the file system's root when it is
// absolute) lies inside the workspace; it is then rewritten relative to the workspace, so that
// everything after is matched (and shown) like any other pattern. A ".." is refused where it could
// lead out: after a wildcard, or in a literal start that leaves the workspace.
function relativeToWorkspace(alternative, segments, workspace, cwd) {
    const root = external_node_path_default().parse(alternative).root;
    const literal = [];
    for (const segment of segments) {
        if (segment.kind !== 'literal')
            break;
        literal.push(segment.name);
    }
    const rootName = root.replace(/[\\/]+$/, '');
    const names = rootName !== '' && literal[0] === rootName ? literal.slice(1) : literal;
    const start = external_node_path_default().resolve(root === '' ? cwd : root, ...names);
    const outside = isOutside(start, external_node_path_default().resolve(workspace));
    const rest = segments.slice(literal.length);
    if (rest.some((s) => s.kind === 'literal' && s.name === '..') ||
        (outside && literal.includes('..')))
        return {
            ok: false,
            message: 'this pattern has a ".." segment; patterns must stay inside the repository, so write them from its root (e.g. sites/*/coexist.yml)',
        };
    if (outside)
        return {
            ok: false,
            message: root === ''
                ? `this pattern starts outside the repository (${external_node_path_default().resolve(workspace)}), from the current directory; patterns must stay inside it`
                : `this pattern is an absolute path outside the repository (${external_node_path_default().resolve(workspace)}); patterns must stay inside it, so write them from its root (e.g. sites/*/coexist.yml)`,
        };
    const relative = external_node_path_default().relative(external_node_path_default().resolve(workspace), start);
    const prefix = relative === '' ? [] : relative.split((external_node_path_default()).sep).map((name) => ({ kind: 'literal', name }));
    return { ok: true, segments: [...prefix, ...rest] };
}
function noMatch(stats, fromSubfolder) {
    const shown = (p) => (p === '' ? 'the repository root' : `${p}/`);
    const fix = `Check the pattern (it is resolved from the ${fromSubfolder ? 'current directory' : 'repository root'}), or set allow-empty to accept a run that matches no file`;
    const searched = stats.starts.filter((s) => s.state === 'directory');
    const absent = stats.starts
        .filter((s) => s.state !== 'directory')
        .map((s) => `${shown(s.path)} ${s.state === 'missing' ? 'does not exist' : s.state === 'symlink' ? 'is a symbolic link, which coexist does not follow' : 'is a file, not a directory'}`);
    const parts = [];
    if (searched.length > 0) {
        parts.push(`searched ${searched.map((s) => shown(s.path)).join(', ')} (${(0,format/* plural */.LS)(stats.directories, 'directory', 'directories')} listed, ${(0,format/* plural */.LS)(stats.entries, 'entry', 'entries')} looked at; * and ** skip names starting with a dot, .git, node_modules and links to directories)`);
    }
    parts.push(...absent);
    return `no file matches this pattern: ${parts.join('; ')}. ${fix}`;
}

;// CONCATENATED MODULE: ./src/app/topologies.ts







// The part of a run that `check` and `plan` share: which files, read how, on which matrix. Written
// once so that every option of the files (patterns, allow-empty, max-bytes, max-nodes, matrix)
// means the same in both.
/** How reports name the topology read from standard input. */
const STDIN_NAME = '<stdin>';
/** What a run reads its topologies and matrices with, and spends. */
class TopologyReader {
    options;
    environment;
    budget;
    matrices;
    root;
    reported = new Set();
    /** Matrix files found invalid and not yet handed out with `takeInvalidMatrixFiles`. */
    invalidMatrixFiles = [];
    override;
    /** Set once `files()` has been gone through: what allow-empty let match nothing, as one line. */
    notice;
    constructor(options, environment, budget) {
        this.options = options;
        this.environment = environment;
        this.budget = budget;
        this.root = environment.root ?? environment.cwd;
        const given = environment.matrices;
        // Matrices given by a test answer every name the same way, wherever it is written.
        this.matrices = given
            ? { named: given, fromTopology: (ref) => given(ref) }
            : matrixFiles(this.root, environment.cwd, budget);
    }
    /**
     * The reader of one run of `check` or `plan`, with its budget, once the matrix option (if any)
     * is known to be usable; otherwise why not, and the run stops there, before any file is read.
     */
    static open(options, environment) {
        const reader = new TopologyReader(options, environment, new core_limits/* RunBudget */.bG(options.limits));
        const problem = reader.chooseMatrix();
        return problem ? { ok: false, problem } : { ok: true, reader };
    }
    /**
     * Resolves the matrix option, once for the whole run. Undefined when there is none or it is
     * usable; otherwise why not, and the run should stop there.
     */
    chooseMatrix() {
        if (this.options.matrix === undefined)
            return undefined;
        this.override = this.matrices.named(this.options.matrix);
        return this.override.ok
            ? undefined
            : { message: this.override.message, invalidFiles: this.override.invalidFiles ?? [] };
    }
    /** Every topology file of the run, in order; then `notice` says what allow-empty let match nothing. */
    async *files() {
        const { cwd, stdin } = this.environment;
        const expanded = await expandTopologyFiles(this.options.topology, this.root, {
            allowEmpty: this.options.allowEmpty,
            cwd,
            stdin: stdin !== undefined,
        });
        let count = 0;
        for (const entry of expanded.entries) {
            count++;
            if (entry.kind === 'problem') {
                yield { ok: false, report: (0,check/* unreadable */.O$)(entry.pattern, entry.message) };
                continue;
            }
            if (entry.kind === 'refused') {
                yield { ok: false, report: (0,check/* unreadable */.O$)(this.display(entry.absolute), entry.message) };
                continue;
            }
            // Standard input has no folder: its `matrix:` path starts where its other paths would.
            const [file, absolute, folder, read] = entry.kind === 'stdin'
                ? [
                    STDIN_NAME,
                    undefined,
                    cwd,
                    await stdin(this.options.maxBytes),
                ]
                : [
                    this.display(entry.absolute),
                    entry.absolute,
                    external_node_path_default().dirname(entry.absolute),
                    await readTopologyBytes(entry.absolute, this.options.maxBytes),
                ];
            const parsed = read.ok
                ? this.parse(file, read.bytes)
                : { ok: false, errors: (0,check/* unreadable */.O$)(file, read.message).errors };
            yield parsed.ok
                ? { ok: true, file, ...(absolute === undefined ? {} : { absolute }), folder, parsed }
                : { ok: false, report: (0,check/* fileReport */.Jo)({ file, errors: parsed.errors }) };
        }
        this.notice = unmatchedNotice(expanded.unmatched, count);
    }
    parse(file, bytes) {
        return (0,check/* parseTopology */.Ln)(file, bytes, this.budget);
    }
    display(absolute) {
        return displayPath(absolute, this.environment.cwd, this.root);
    }
    /** The path of a file of the run relative to the root, where git runs. */
    relative(absolute) {
        return external_node_path_default().relative(this.root, absolute);
    }
    /**
     * The matrix a parsed topology is checked on: the matrix option's, else the one the file names.
     * An invalid matrix file is kept (once per run, however many files name it) for
     * takeInvalidMatrixFiles, unless `reportInvalid` is false: a base-commit check names matrices
     * the current files already reported on.
     */
    matrixFor(topology, reportInvalid = true) {
        if (this.override)
            return this.override;
        const resolution = this.matrices.fromTopology(topology.parsed.matrixRef, topology.folder, topology.absolute === undefined ? 'the current directory' : undefined);
        if (resolution.ok || !reportInvalid)
            return resolution;
        for (const invalid of resolution.invalidFiles ?? []) {
            if (this.reported.has(invalid.file))
                continue;
            this.reported.add(invalid.file);
            this.invalidMatrixFiles.push((0,check/* fileReport */.Jo)({
                file: invalid.file,
                kind: 'matrix',
                errors: invalid.errors,
                unlistedErrors: invalid.unlisted,
            }));
        }
        return resolution;
    }
    /** Invalid matrix files found since the last call: each is listed right after the first topology naming it. */
    takeInvalidMatrixFiles() {
        return this.invalidMatrixFiles.splice(0);
    }
    /** Whether the matrix option chose the matrix (messages then say so). */
    get matrixOverridden() {
        return this.override !== undefined;
    }
}

;// CONCATENATED MODULE: ./src/app/check.ts





/**
 * `coexist check`, for both shells: expands the topology patterns, reads each file and runs the
 * pure check on it; a file that cannot be read, or a pattern that cannot be expanded or matches
 * nothing, is reported (an error at 1:1), not thrown. With a base revision (new-only mode), each
 * file is also checked as that commit had it, and findings already there are marked pre-existing.
 * When the base cannot be read at all, every finding stays new: failing closed is the safe side
 * of a gate. A matrix option that cannot be used stops the run before any file is read.
 */
async function check_check(options, environment) {
    const opened = TopologyReader.open(options, environment);
    if (!opened.ok)
        return opened;
    const { reader } = opened;
    const checkOptions = {
        policy: policyOf(options, environment.now),
        budget: reader.budget,
        ...(options.matrix === undefined ? {} : { matrixOverride: options.matrix }),
    };
    const files = [];
    let baselineProblem;
    for await (const topology of reader.files()) {
        if (!topology.ok) {
            files.push(topology.report, ...reader.takeInvalidMatrixFiles());
            continue;
        }
        let report = (0,check/* checkDocument */.sw)(topology.parsed.document, reader.matrixFor(topology), checkOptions);
        // Standard input has no history to compare with (the CLI refuses --base with `-`).
        if (options.baseRevision &&
            topology.absolute !== undefined &&
            baselineProblem === undefined &&
            report.errors.length === 0) {
            const base = await readAtRevision(environment.root ?? environment.cwd, options.baseRevision, reader.relative(topology.absolute), options.maxBytes);
            if (base.ok) {
                const parsed = reader.parse(topology.file, base.bytes);
                const before = parsed.ok
                    ? (0,check/* checkDocument */.sw)(parsed.document, reader.matrixFor({ ...topology, parsed }, false), checkOptions)
                    : (0,check/* fileReport */.Jo)({ file: topology.file, errors: parsed.errors });
                report = markPreexisting(report, before);
            }
            else if (base.reason === 'unavailable')
                baselineProblem = base.message;
        }
        files.push(report, ...reader.takeInvalidMatrixFiles());
    }
    if (baselineProblem !== undefined) {
        // Marks made before the base turned out unreadable would make the verdict depend on file order.
        for (const [i, file] of files.entries()) {
            files[i] = {
                ...file,
                results: file.results.map((r) => ({ ...r, preexisting: false })),
                ...(file.estate ? { estate: file.estate.map((f) => ({ ...f, preexisting: false })) } : {}),
            };
        }
    }
    const baseline = options.baseRevision
        ? {
            revision: options.baseRevision,
            ...(baselineProblem === undefined ? {} : { problem: baselineProblem }),
        }
        : undefined;
    const report = (0,check/* buildReport */.FK)(files, baseline);
    if (reader.notice !== undefined)
        report.notice = reader.notice;
    return { ok: true, report };
}

;// CONCATENATED MODULE: ./src/github/context.ts

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);
/**
 * Reads GITHUB_* variables and the event payload. The payload is only read for pull request
 * events, and a missing or malformed one leaves `pullRequest` unset rather than failing the gate.
 */
function readRunContext(env) {
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    const apiUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const repository = owner && repo ? { owner, repo } : undefined;
    const runUrl = repository && env.GITHUB_RUN_ID
        ? `${serverUrl}/${repository.owner}/${repository.repo}/actions/runs/${env.GITHUB_RUN_ID}`
        : undefined;
    const context = {
        eventName,
        serverUrl,
        apiUrl,
        ...(repository ? { repository } : {}),
        ...(runUrl ? { runUrl } : {}),
    };
    if (!PULL_REQUEST_EVENTS.has(eventName) || !env.GITHUB_EVENT_PATH)
        return context;
    const pullRequest = pullRequestOf(env.GITHUB_EVENT_PATH);
    return pullRequest ? { ...context, pullRequest } : context;
}
function pullRequestOf(eventPath) {
    let payload;
    try {
        payload = JSON.parse((0,external_node_fs_.readFileSync)(eventPath, 'utf8'));
    }
    catch {
        return undefined;
    }
    const pr = payload?.pull_request;
    const base = pr?.base;
    const head = pr?.head;
    if (typeof pr?.number !== 'number' ||
        typeof base?.sha !== 'string' ||
        typeof head?.sha !== 'string')
        return undefined;
    // A PR is from a fork when its head lives in another repository (or in one since deleted); the
    // `fork` flag only says the head repository is a fork of something, which a base can be too.
    const fromFork = head.repo == null || head.repo.full_name !== base.repo?.full_name;
    return { number: pr.number, baseSha: base.sha, headSha: head.sha, fromFork };
}

// EXTERNAL MODULE: ./src/io/random.ts
var random = __nccwpck_require__(4993);
;// CONCATENATED MODULE: ./src/io/write-file.ts
// Every file coexist writes goes through here. On a pull request the checkout is the author's: any
// name on the way to an output file may be a symbolic link (to a file outside the workspace, to
// /dev/stdin, to a directory), a FIFO or a device. Writing through one would let a pull request
// create or overwrite files elsewhere on the runner, hang the step, or crash it before its outputs
// are set. So nothing existing is written through: the file is written fresh and renamed into place.





// O_EXCL: a new file, never one that is already there; O_NOFOLLOW: not even a link put there meanwhile.
const FRESH_FILE = external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | external_node_fs_.constants.O_NOFOLLOW;
/**
 * Writes `chunks` (a reporter's pieces, each awaited, never joined) to `target`, relative to `root`
 * or absolute, and returns the absolute path written. A target leaving `root` by ".." is refused;
 * an absolute one outside `root` was typed by a workflow author on purpose, so its own (existing)
 * directory is taken as the root instead. Below the root, a symbolic link anywhere is refused, as
 * is a directory on the way that is not one or a target that is not a regular file; missing
 * directories are created. Any failure is one sentence naming `target`, and leaves it as it was.
 */
async function writeFileInside(root, target, chunks) {
    const absolute = external_node_path_default().resolve(root, target);
    const outside = isOutside(absolute, external_node_path_default().resolve(root));
    if (outside && !external_node_path_default().isAbsolute(target)) {
        return {
            ok: false,
            message: `"${target}" leads out of ${external_node_path_default().resolve(root)} (by ".."); name a path inside it, or an absolute path`,
        };
    }
    const base = outside ? external_node_path_default().dirname(absolute) : external_node_path_default().resolve(root);
    const names = external_node_path_default().relative(base, absolute)
        .split((external_node_path_default()).sep)
        .filter((name) => name !== '');
    const fileName = names.pop();
    if (fileName === undefined)
        return { ok: false, message: `"${target}" names a directory, not a file` };
    // How a directory on the way is named in a message: as the target was written, absolute or relative.
    const shown = (dir) => external_node_path_default().isAbsolute(target) ? dir : external_node_path_default().relative(base, dir).split((external_node_path_default()).sep).join('/');
    let dir = base;
    for (const name of names) {
        dir = external_node_path_default().join(dir, name);
        const entered = await enterDirectory(dir, `"${shown(dir)}" in "${target}"`);
        if (!entered.ok)
            return entered;
    }
    const file = external_node_path_default().join(dir, fileName);
    const existing = await lstatIfAny(file);
    if (!existing.ok)
        return { ok: false, message: `"${target}" could not be checked: ${reason(existing.error)}` };
    if (existing.stats) {
        const refused = refusal(existing.stats, `"${target}"`, 'file');
        if (refused)
            return { ok: false, message: refused };
    }
    const written = await replaceFile(dir, file, chunks);
    return written.ok
        ? { ok: true, path: file }
        : { ok: false, message: `"${target}" could not be written: ${written.reason}` };
}
/** Makes sure `dir` is a real directory (not a link to one), creating it when missing: one level, no `recursive`. */
async function enterDirectory(dir, named) {
    let existing = await lstatIfAny(dir);
    if (existing.ok && existing.stats === undefined) {
        try {
            await (0,promises_.mkdir)(dir);
        }
        catch (error) {
            // EEXIST: something appeared there meanwhile; it is judged below like anything else.
            if (error.code !== 'EEXIST')
                return {
                    ok: false,
                    message: `the directory ${named} could not be created: ${reason(error)}`,
                };
        }
        // Judged again after creating it: what is there now is what the file goes into.
        existing = await lstatIfAny(dir);
    }
    if (!existing.ok)
        return { ok: false, message: `${named} could not be checked: ${reason(existing.error)}` };
    const refused = existing.stats
        ? refusal(existing.stats, named, 'directory')
        : `${named} disappeared while it was being created`;
    return refused ? { ok: false, message: refused } : { ok: true };
}
/** Why `stats` is not what may be written into (a directory) or over (a file); undefined when it is. */
function refusal(stats, named, wanted) {
    if (stats.isSymbolicLink())
        return `${named} is a symbolic link, and coexist does not write through links; remove it or choose another path`;
    if (wanted === 'directory')
        return stats.isDirectory() ? undefined : `${named} is not a directory`;
    if (stats.isDirectory())
        return `${named} is a directory; name a file`;
    if (!stats.isFile())
        return `${named} is not a regular file (it is ${kindOf(stats)}); coexist writes only regular files`;
    return undefined;
}
function kindOf(stats) {
    if (stats.isFIFO())
        return 'a FIFO';
    if (stats.isSocket())
        return 'a socket';
    if (stats.isCharacterDevice() || stats.isBlockDevice())
        return 'a device';
    return 'neither a file nor a directory';
}
async function lstatIfAny(file) {
    try {
        return { ok: true, stats: await (0,promises_.lstat)(file) };
    }
    catch (error) {
        return error.code === 'ENOENT' ? { ok: true } : { ok: false, error };
    }
}
/**
 * Writes a new temporary file next to `file` and renames it over `file`: rename replaces whatever
 * entry is there (a file, or a link put there since the check) and never follows it. Nothing is
 * opened but the new file, so a FIFO or device at the path cannot block or swallow the write. On
 * failure the temporary file is removed and `file` is untouched.
 */
async function replaceFile(dir, file, chunks) {
    const temporary = external_node_path_default().join(dir, `.coexist-${(0,random/* randomHex */.n)(6)}.tmp`);
    let handle;
    try {
        handle = await (0,promises_.open)(temporary, FRESH_FILE, 0o644);
    }
    catch (error) {
        return { ok: false, reason: reason(error) };
    }
    try {
        // Given a handle, writeFile writes each piece whole and awaits it before taking the next.
        await (0,promises_.writeFile)(handle, chunks);
        await handle.close();
        handle = undefined;
        await (0,promises_.rename)(temporary, file);
        return { ok: true };
    }
    catch (error) {
        await handle?.close().catch(() => undefined);
        await (0,promises_.rm)(temporary, { force: true }).catch(() => undefined);
        return { ok: false, reason: reason(error) };
    }
}
function reason(error) {
    const code = error?.code;
    switch (code) {
        case 'ENOSPC':
            return 'the disk is full (ENOSPC)';
        case 'EDQUOT':
            return 'the disk quota is used up (EDQUOT)';
        case 'EACCES':
        case 'EPERM':
            return `permission denied (${code})`;
        case 'EROFS':
            return 'the file system is read-only (EROFS)';
        case 'ENOENT':
            return 'its directory does not exist (ENOENT)';
        case 'ENOTDIR':
            return 'a name on the way is not a directory (ENOTDIR)';
        case 'EISDIR':
            return 'a directory is in the way (EISDIR)';
        case 'ELOOP':
            return 'a symbolic link is in the way, and coexist does not write through links (ELOOP)';
        case 'ENAMETOOLONG':
            return 'the name is too long (ENAMETOOLONG)';
        case undefined:
            return error instanceof Error ? error.message : String(error);
        default:
            return `${error.message.split(',')[0]}`;
    }
}

// EXTERNAL MODULE: ./src/reporters/markup.ts
var markup = __nccwpck_require__(7184);
// EXTERNAL MODULE: ./src/core/order.ts
var order = __nccwpck_require__(2831);
// EXTERNAL MODULE: ./src/core/statuses.ts
var statuses = __nccwpck_require__(2309);
// EXTERNAL MODULE: ./src/reporters/shared.ts
var shared = __nccwpck_require__(2129);
// EXTERNAL MODULE: ./src/runner/protocol.ts
var protocol = __nccwpck_require__(1864);
;// CONCATENATED MODULE: ./src/reporters/annotations.ts





// GitHub shows at most 10 annotations of each level per step and drops the rest silently, so
// coexist picks the 10 that matter most itself and says how many it left out.
const ANNOTATIONS_PER_LEVEL = 10;
/**
 * GitHub annotations as workflow commands: one per input error, per warning about the input, and
 * per finding that is new (pre-existing findings in new-only mode are not annotated), a supported
 * pair with a footnote included, as a notice: on the exact line and columns, with the footnotes
 * spelled out so a reviewer never has to open the matrix. At most 10 per level, the worst first;
 * then one notice counts the rest and points to the summary.
 * The run's own messages (new-only off, comment not posted, nothing checked) come first in their
 * level: the cap must not drop the one line that says why the run behaved differently.
 */
function renderAnnotations(report, run = {}) {
    const own = (level, { title, message }) => ({
        level,
        rank: 200,
        file: '',
        line: 0,
        command: (0,protocol/* formatCommand */.fE)(level, { title }, message),
    });
    const candidates = [
        ...(run.errors ?? []).map((m) => own('error', m)),
        ...(run.warnings ?? []).map((m) => own('warning', m)),
        ...(run.notices ?? []).map((m) => own('notice', m)),
    ];
    // Problems a file found beyond those it lists (limits.ts) are never annotated, only counted.
    let unlisted = 0;
    for (const file of report.files) {
        unlisted +=
            (file.unlisted?.errors ?? 0) + (file.unlisted?.warnings ?? 0) + (file.unlisted?.notices ?? 0);
        for (const error of file.errors)
            candidates.push(diagnostic('error', file.kind === 'matrix' ? 'coexist: invalid matrix' : 'coexist: invalid topology', error));
        for (const warning of file.warnings)
            candidates.push(diagnostic('warning', warning.topic === 'server-version' ? 'coexist: server version' : 'coexist: exception', warning));
        for (const notice of file.notices)
            candidates.push(diagnostic('notice', 'coexist: exception expires soon', notice));
        for (const finding of file.estate ?? [])
            if (finding.severity !== 'none' && !finding.preexisting)
                candidates.push(annotated(finding));
        for (const result of file.results)
            if (result.severity !== 'none' && !result.preexisting)
                candidates.push(annotated(result, 
                // Supported, with nothing to do but read a footnote: the first notice the cap drops.
                result.severity === 'notice' && result.status === 'supported' && !result.missingUpdate
                    ? 0
                    : undefined));
    }
    const byLevel = (level) => candidates
        .filter((c) => c.level === level)
        .sort((a, b) => b.rank - a.rank || (0,order/* compareText */.n)(a.file, b.file) || a.line - b.line);
    const errors = byLevel('error');
    const warnings = byLevel('warning');
    const notices = byLevel('notice');
    const dropped = (list, slots) => Math.max(0, list.length - slots);
    const droppedOthers = dropped(errors, ANNOTATIONS_PER_LEVEL) + dropped(warnings, ANNOTATIONS_PER_LEVEL);
    // The roll-up is a notice too: when anything is dropped and notices are full, it takes a slot.
    const noticeSlots = droppedOthers + dropped(notices, ANNOTATIONS_PER_LEVEL) > 0 &&
        notices.length >= ANNOTATIONS_PER_LEVEL
        ? ANNOTATIONS_PER_LEVEL - 1
        : ANNOTATIONS_PER_LEVEL;
    const left = droppedOthers + dropped(notices, noticeSlots) + unlisted;
    const shown = [
        ...errors.slice(0, ANNOTATIONS_PER_LEVEL),
        ...warnings.slice(0, ANNOTATIONS_PER_LEVEL),
        ...notices.slice(0, noticeSlots),
    ];
    const lines = shown.map((c) => c.command);
    if (left > 0) {
        lines.push((0,protocol/* formatCommand */.fE)('notice', { title: `coexist: ${left} more finding${left === 1 ? '' : 's'} not annotated` }, `GitHub shows at most ${ANNOTATIONS_PER_LEVEL} annotations of each level per step, so ${left} more finding${left === 1 ? ' is' : 's are'} not annotated (the worst are shown first). The job summary and the JSON report list every finding.`));
    }
    return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
const annotationsReporter = { chunks: (report) => [renderAnnotations(report)] };
/** `rank` by default: the worse severity, then the worse status, first. */
function annotated(result, rank = check/* SEVERITY_RANK */.f3[result.severity] * 10 + statuses/* STATUS_RANK */.Mo[result.status]) {
    const level = result.severity === 'error' ? 'error' : result.severity === 'warning' ? 'warning' : 'notice';
    const footnotes = result.footnotes.map((f) => `Footnote ${f.id}: ${f.text}`);
    const { source } = result;
    const cited = source.title === undefined
        ? `Source: none; ${(0,shared/* matrixLabel */.Uy)(source)} states no verdict here.`
        : `Source: ${(0,shared/* matrixLabel */.Uy)(source)}, "${source.title}"${source.table ? `, table "${source.table}"` : ''}${source.note ? `. ${source.note}` : ''}`;
    const message = [result.message, ...footnotes, cited].join('\n\n');
    const command = (0,protocol/* formatCommand */.fE)(level, { ...position(result), title: result.waived ? `${result.title} (waived)` : result.title }, message);
    return {
        level,
        rank,
        file: result.file,
        line: result.line,
        command,
    };
}
function diagnostic(level, title, d) {
    // Input errors come before failing pairs: until they are fixed, nothing else in the file counts.
    return {
        level,
        rank: 100,
        file: d.file,
        line: d.line,
        command: (0,protocol/* formatCommand */.fE)(level, { ...position(d), title }, d.message),
    };
}
// GitHub's annotation columns are inclusive; our spans end one past the last character.
function position(d) {
    const sameLine = d.endLine === d.line;
    return {
        file: d.file,
        line: d.line,
        endLine: d.endLine,
        // GitHub ignores columns on annotations that span lines, so give them only on one line.
        col: sameLine ? d.column : undefined,
        endColumn: sameLine ? Math.max(d.column, d.endColumn - 1) : undefined,
    };
}

// EXTERNAL MODULE: ./src/reporters/reporter.ts
var reporter = __nccwpck_require__(9221);
;// CONCATENATED MODULE: ./src/reporters/json.ts


/** The version of the JSON report's shape (schema/report.schema.json); a breaking change raises it. */
const JSON_REPORT_VERSION = 2;
/**
 * The machine-readable report: one object with every evaluated pair (supported ones included),
 * every finding about the estate (capabilities, server rules, products supported nowhere), every
 * input error and every warning about the input, each with file, line and column.
 *
 * What many results share is given once, as SARIF gives its rules: `matrices` holds, per matrix the
 * results cite, its footnotes (by the matrix's footnote id), the documents its verdicts cite and the
 * alternatives results propose (each by an id of the report's own, in order of first use). Results
 * and findings name their matrix and refer to these by id; schema/report.schema.json is the shape.
 *
 * Each top-level key is on a line of its own and so is each element of the lists (and each matrix),
 * in compact JSON: a report of a large estate stays greppable and diffs line by line, and is
 * serialized as it is written rather than as one indented string.
 */
const jsonReporter = {
    chunks: (report) => {
        const tables = new MatrixTables();
        for (const file of report.files) {
            for (const result of file.results)
                tables.addResult(result);
            for (const finding of file.estate ?? [])
                tables.addFinding(finding);
        }
        return jsonLines([
            ['version', String(JSON_REPORT_VERSION)],
            ['passed', JSON.stringify(report.passed)],
            ['counts', JSON.stringify((0,check/* countFindings */.Gt)(report))],
            ...(report.baseline ? [['baseline', JSON.stringify(report.baseline)]] : []),
            ['matrices', { members: tables.entries() }],
            ['results', resultLines(report.files, tables)],
            ['findings', estateLines(report.files, tables)],
            ['errors', diagnosticLines(report.files, 'errors')],
            ['warnings', diagnosticLines(report.files, 'warnings')],
            ['notices', diagnosticLines(report.files, 'notices')],
            // Only when a file found more problems than it lists (limits.ts): how many, per file and kind.
            ...(report.files.some((f) => f.unlisted)
                ? [['unlisted', unlistedLines(report.files)]]
                : []),
        ]);
    },
};
/**
 * An object of the given members, each a serialized value, a list given element by element or an
 * object given member by member, in pieces of about CHUNK_LENGTH.
 */
function* jsonLines(members) {
    let chunk = '{';
    for (const [index, [key, value]] of members.entries()) {
        chunk += `${index === 0 ? '' : ','}\n  ${JSON.stringify(key)}: `;
        if (typeof value === 'string') {
            chunk += value;
            continue;
        }
        const object = 'members' in value;
        const lines = object
            ? (function* () {
                for (const [k, v] of value.members)
                    yield `${JSON.stringify(k)}:${v}`;
            })()
            : value;
        let count = 0;
        for (const element of lines) {
            chunk += `${count++ === 0 ? (object ? '{' : '[') : ','}\n    ${element}`;
            if (chunk.length >= reporter/* CHUNK_LENGTH */.TS) {
                yield chunk;
                chunk = '';
            }
        }
        chunk += count === 0 ? (object ? '{}' : '[]') : object ? '\n  }' : '\n  ]';
    }
    yield `${chunk}\n}\n`;
}
/**
 * The per-matrix tables, filled from every result and finding before any is written, and what each
 * result's shared values become: the serialized `"matrix":\u2026,"footnotes":\u2026` references, cached by
 * the identity of the values the core shares between results.
 */
class MatrixTables {
    tables = new Map();
    /** A matrix id (and file, for a custom matrix) \u2192 the key of its table. */
    keys = new Map();
    sourceRefs = new Map();
    footnoteRefs = new Map();
    alternativeRefs = new Map();
    strings = new Map();
    addResult(r) {
        const table = this.table(r.source);
        this.source(r.source);
        this.footnotes(r.footnotes, table);
        if (r.alternatives !== undefined)
            this.alternatives(r.alternatives, table);
    }
    addFinding(f) {
        this.source(f.source);
    }
    /** The table of the source's matrix: keyed by the matrix id, or should another file take the id too, by id@file. */
    table(source) {
        const identity = `${source.matrix}\u0000${source.matrixFile ?? ''}`;
        let key = this.keys.get(identity);
        if (key === undefined) {
            key = this.tables.has(source.matrix) ? `${source.matrix}@${source.matrixFile}` : source.matrix;
            this.keys.set(identity, key);
            this.tables.set(key, {
                id: source.matrix,
                ...(source.matrixFile === undefined ? {} : { file: source.matrixFile }),
                footnotes: new Map(),
                sources: new Map(),
                alternatives: new Map(),
            });
        }
        return Object.assign(this.tables.get(key), { key });
    }
    /** The key of the finding's matrix and, when some source states the verdict, its reference. */
    source(source) {
        let reference = this.sourceRefs.get(source);
        if (reference === undefined) {
            const table = this.table(source);
            const ref = (document) => {
                const serialized = JSON.stringify({
                    title: document.title,
                    ...(document.table === undefined ? {} : { table: document.table }),
                    ...(document.url === undefined ? {} : { url: document.url }),
                });
                let id = table.sources.get(serialized);
                if (id === undefined) {
                    id = String(table.sources.size + 1);
                    table.sources.set(serialized, id);
                }
                return id;
            };
            const cited = source.title === undefined && source.conflicts === undefined
                ? undefined
                : {
                    ...(source.title === undefined
                        ? {}
                        : { ref: ref({ title: source.title, table: source.table, url: source.url }) }),
                    ...(source.note === undefined ? {} : { note: source.note }),
                    ...(source.quote === undefined ? {} : { quote: source.quote }),
                    ...(source.conflicts === undefined
                        ? {}
                        : {
                            conflicts: source.conflicts.map((c) => ({
                                ref: ref(c),
                                status: c.status,
                                ...(c.note === undefined ? {} : { note: c.note }),
                            })),
                        }),
                };
            reference = {
                matrix: table.key,
                cited,
                matrixJson: `"matrix":${this.string(table.key)}`,
                sourceJson: cited === undefined ? '' : `,"source":${JSON.stringify(cited)}`,
            };
            this.sourceRefs.set(source, reference);
        }
        return reference;
    }
    /** The footnote ids, as a JSON list; their texts go to the matrix's table. */
    footnotes(footnotes, table) {
        let json = this.footnoteRefs.get(footnotes);
        if (json === undefined) {
            for (const { id, text } of footnotes)
                if (!table.footnotes.has(id))
                    table.footnotes.set(id, text);
            json = JSON.stringify(footnotes.map((f) => f.id));
            this.footnoteRefs.set(footnotes, json);
        }
        return json;
    }
    /** The id of the alternatives in the matrix's table, as a JSON string. */
    alternatives(alternatives, table) {
        let json = this.alternativeRefs.get(alternatives);
        if (json === undefined) {
            const serialized = JSON.stringify(alternatives);
            let id = table.alternatives.get(serialized);
            if (id === undefined) {
                id = String(table.alternatives.size + 1);
                table.alternatives.set(serialized, id);
            }
            json = JSON.stringify(id);
            this.alternativeRefs.set(alternatives, json);
        }
        return json;
    }
    /** A string serialized once per report: results repeat the same few servers, products and titles. */
    string(value) {
        let json = this.strings.get(value);
        if (json === undefined) {
            json = JSON.stringify(value);
            this.strings.set(value, json);
        }
        return json;
    }
    *entries() {
        const object = (entries) => `{${[...entries].map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`;
        for (const [key, t] of this.tables) {
            const swap = (m) => [...m].map(([json, id]) => [id, json]);
            yield [
                key,
                `{"id":${JSON.stringify(t.id)}${t.file === undefined ? '' : `,"file":${JSON.stringify(t.file)}`}` +
                    `,"footnotes":${object([...t.footnotes].sort(([a], [b]) => byId(a, b)).map(([id, text]) => [id, JSON.stringify(text)]))}` +
                    `,"sources":${object(swap(t.sources))},"alternatives":${object(swap(t.alternatives))}}`,
            ];
        }
    }
}
/** Footnote ids in the matrix's order: "2" before "10", then "sfb-1"... */
const byId = (a, b) => a.localeCompare(b, 'en', { numeric: true });
function* resultLines(files, tables) {
    // Results share their nested values (footnotes, source, alternatives...) by identity and repeat
    // the same few servers, products and titles: each is serialized once per report and spliced
    // into every result that holds it.
    const serialized = new Map();
    const recurring = (value) => {
        let json = serialized.get(value);
        if (json === undefined) {
            json = JSON.stringify(value);
            serialized.set(value, json);
        }
        return json;
    };
    for (const file of files)
        for (const result of file.results)
            yield resultJson(result, tables, recurring);
}
/** The estate findings, each with its kind and subject (a population, or the pools a server rule is about). */
function* estateLines(files, tables) {
    for (const file of files) {
        for (const f of file.estate ?? []) {
            const { matrix, cited } = tables.source(f.source);
            yield JSON.stringify({
                file: f.file,
                line: f.line,
                column: f.column,
                endLine: f.endLine,
                endColumn: f.endColumn,
                matrix,
                kind: f.kind,
                subject: f.subject,
                status: f.status,
                severity: f.severity,
                preexisting: f.preexisting,
                ...(cited ? { source: cited } : {}),
                ...(f.related ? { related: f.related } : {}),
                title: f.title,
                message: f.message,
            });
        }
    }
}
function* unlistedLines(files) {
    for (const file of files)
        if (file.unlisted)
            yield JSON.stringify({ file: file.file, ...file.unlisted });
}
/**
 * A result as JSON.stringify would give its object form: keys in this order, `undefined` members
 * left out. Positions are whole numbers and flags booleans, which print the same either way.
 */
function resultJson(r, tables, recurring) {
    const s = (value) => tables.string(value);
    const table = tables.table(r.source);
    const { matrixJson, sourceJson } = tables.source(r.source);
    let json = `{"file":${s(r.file)},"line":${r.line},"column":${r.column},"endLine":${r.endLine},"endColumn":${r.endColumn}`;
    json += `,${matrixJson}`;
    json += `,"client":${JSON.stringify(r.client)},"server":${s(r.server)},"clientProduct":${s(r.clientProduct)},"serverProduct":${s(r.serverProduct)}`;
    json += `,"status":${s(r.status)},"severity":${s(r.severity)},"waived":${r.waived},"preexisting":${r.preexisting}`;
    json += `,"workloads":${recurring(r.workloads)},"footnotes":${tables.footnotes(r.footnotes, table)}`;
    if (r.replacement !== undefined)
        json += `,"replacement":${s(r.replacement)}`;
    if (r.alternatives !== undefined)
        json += `,"alternatives":${tables.alternatives(r.alternatives, table)}`;
    if (r.workloadVerdicts !== undefined)
        json += `,"workloadVerdicts":${recurring(r.workloadVerdicts)}`;
    if (r.missingUpdate !== undefined)
        json += `,"missingUpdate":${recurring(r.missingUpdate)}`;
    json += sourceJson;
    if (r.exception !== undefined)
        json += `,"exception":${recurring(r.exception)}`;
    return `${json},"title":${s(r.title)},"message":${JSON.stringify(r.message)}}`;
}
function* diagnosticLines(files, kind) {
    for (const file of files) {
        for (const d of file[kind])
            yield JSON.stringify({
                file: d.file,
                line: d.line,
                column: d.column,
                endLine: d.endLine,
                endColumn: d.endColumn,
                ...(d.topic ? { topic: d.topic } : {}),
                message: d.message,
            });
    }
}

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
// EXTERNAL MODULE: ./src/reporters/finding-ids.ts
var finding_ids = __nccwpck_require__(2104);
;// CONCATENATED MODULE: ./src/reporters/sarif.ts









// SARIF 2.1.0 for GitHub code scanning (and any other SARIF viewer). One run; one rule per kind of
// finding (status plus the footnotes the matrix attached), so an alert's help carries the footnote
// that explains it; every finding a person should read is a result at its exact span. The output
// is a pure function of the report: no clock, no machine paths, no environment.
const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** The partialFingerprints keys; bump the version when what they hash changes. */
const PAIR_FINGERPRINT = 'coexist/pair/v1';
const ESTATE_FINGERPRINT = 'coexist/estate/v1';
const INPUT_FINGERPRINT = 'coexist/input/v1';
/** GitHub code scanning's limit on the results of one run. */
const SARIF_MAX_RESULTS = 25_000;
const LEVEL_RANK = { error: 2, warning: 1, note: 0 };
const sarifReporter = {
    *chunks(report) {
        // The log is indented for people, except its results: one compact result per line, written
        // piece by piece, so a log of 25,000 results is never one string of tens of megabytes.
        const log = sarifLog(report);
        const [run] = log.runs;
        const { results } = run;
        const skeleton = JSON.stringify({ ...log, runs: [{ ...run, results: [RESULTS_MARK] }] }, null, 2);
        const at = skeleton.indexOf(JSON.stringify(RESULTS_MARK));
        const indent = skeleton.slice(skeleton.lastIndexOf('\n', at) + 1, at);
        let chunk = skeleton.slice(0, at);
        for (const [i, result] of results.entries()) {
            chunk += `${i === 0 ? '' : `,\n${indent}`}${JSON.stringify(result)}`;
            if (chunk.length >= reporter/* CHUNK_LENGTH */.TS) {
                yield chunk;
                chunk = '';
            }
        }
        yield `${chunk}${skeleton.slice(at + JSON.stringify(RESULTS_MARK).length)}\n`;
    },
};
/** Stands in for the results while the rest of the log is serialized (a string no result can be). */
const RESULTS_MARK = '\u0000coexist-results\u0000';
/** The log as an object; the reporter's output is this, serialized. `maxResults` is for tests. */
function sarifLog(report, maxResults = SARIF_MAX_RESULTS) {
    const rules = new Map();
    /** Every result the log could hold, made only if it is kept (see SARIF_MAX_RESULTS). */
    const pending = [];
    // A baseline that could not be read marked nothing pre-existing: saying "new" would be a guess.
    const baselineUsed = report.baseline !== undefined && report.baseline.problem === undefined;
    for (const file of report.files) {
        const inputFingerprint = (0,finding_ids/* inputFingerprints */.ex)();
        const diagnostic = (rule, d, level, title) => {
            const made = {
                rule,
                result: {
                    level,
                    message: { text: plainText([(0,shared/* sentence */.em)(title), (0,shared/* sentence */.em)(d.message)]) },
                    locations: [sarif_location(d)],
                    partialFingerprints: { [INPUT_FINGERPRINT]: inputFingerprint(rule.id, d) },
                    // Input problems always count in this run, whatever the base commit had.
                    ...(baselineUsed ? { baselineState: 'new' } : {}),
                },
            };
            pending.push({ level, make: () => made });
        };
        for (const error of file.errors) {
            if (file.kind === 'matrix')
                diagnostic(INVALID_MATRIX, error, 'error', 'Invalid matrix file');
            else
                diagnostic(INVALID_TOPOLOGY, error, 'error', 'Invalid topology');
        }
        for (const warning of file.warnings) {
            if (warning.topic === 'server-version')
                diagnostic(SERVER_VERSION, warning, 'warning', 'Server version to declare');
            else
                diagnostic(EXCEPTION_TO_REVIEW, warning, 'warning', 'Exception to review');
        }
        for (const finding of (0,shared/* findingsOf */.WX)(file)) {
            const level = LEVEL[finding.severity];
            if ((0,shared/* isPair */.tO)(finding))
                pending.push({
                    level,
                    make: () => ({
                        rule: pairRule(finding, file.matrix),
                        result: pairResult(finding, file.matrix, baselineUsed),
                    }),
                });
            else
                pending.push({
                    level,
                    make: () => ({
                        rule: estateRule(finding, file.matrix),
                        result: estateResult(finding, file.matrix, baselineUsed),
                    }),
                });
        }
    }
    const notifications = [
        ...(report.baseline?.problem === undefined
            ? []
            : [
                plainText([
                    (0,shared/* sentence */.em)(`Could not compare with ${report.baseline.revision}: ${report.baseline.problem}`),
                    'Every finding is reported as new.',
                ]),
            ]),
        ...report.files.flatMap((file) => (0,shared/* unlistedLines */.Gr)(file).map((line) => `${file.file}: ${line.replace(/^\u2026 and /, '')}.`)),
    ];
    // GitHub code scanning rejects a run of more than 25,000 results: past that, the most severe are
    // kept (input problems, then errors, warnings, notes) and a notification says how many are not.
    const chosen = pending.length <= maxResults
        ? pending
        : [...pending].sort((a, b) => LEVEL_RANK[b.level] - LEVEL_RANK[a.level]).slice(0, maxResults);
    const kept = chosen.map((item) => item.make());
    if (kept.length < pending.length) {
        const left = pending.length - kept.length;
        notifications.push(`${(0,format/* plural */.LS)(left, 'more result')} ${left === 1 ? 'is' : 'are'} not in this log: GitHub code scanning accepts at most ${(0,format/* formatCount */.B4)(SARIF_MAX_RESULTS)} results per run, so the most severe are kept. The JSON report lists every result.`);
    }
    for (const { rule } of kept)
        rules.set(rule.id, rule);
    const ordered = [...rules.values()].sort((a, b) => (0,order/* compareIds */.q)(a.id, b.id));
    const index = new Map(ordered.map((rule, i) => [rule.id, i]));
    const results = kept.map(({ rule, result }) => ({
        ruleId: rule.id,
        ruleIndex: index.get(rule.id),
        ...result,
    }));
    return {
        $schema: SARIF_SCHEMA_URI,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'coexist',
                        version: package_namespaceObject.rE,
                        semanticVersion: package_namespaceObject.rE,
                        rules: ordered,
                    },
                },
                originalUriBaseIds: {
                    '%SRCROOT%': {
                        description: { text: 'The repository root: topology paths are relative to it.' },
                    },
                },
                // Our columns count UTF-16 code units (JavaScript string offsets); SARIF's default is code points.
                columnKind: 'utf16CodeUnits',
                results,
                ...(notifications.length === 0
                    ? {}
                    : {
                        invocations: [
                            {
                                executionSuccessful: true,
                                toolExecutionNotifications: notifications.map((text) => ({
                                    level: 'warning',
                                    message: { text },
                                })),
                            },
                        ],
                    }),
                ...(report.baseline ? { properties: { baseline: { ...report.baseline } } } : {}),
            },
        ],
    };
}
// ---------------------------------------------------------------------------------------------
// Results
// ---------------------------------------------------------------------------------------------
const LEVEL = {
    error: 'error',
    warning: 'warning',
    notice: 'note',
};
function pairResult(r, matrix, baselineUsed) {
    return {
        // A waived result keeps the level coexist gives it (a notice, so "note"), not the level of its
        // status. GitHub code scanning cannot be relied on to honour `suppressions` in an uploaded log
        // (tools exist just to dismiss such alerts through its API afterwards): where it opens an alert
        // anyway, an "error" would fail the pull request's code scanning check for an accepted risk.
        // A note keeps the risk visible without blocking anything, as the annotations and the exit
        // code treat it; viewers that honour suppressions hide it, and the rule's
        // defaultConfiguration still says how severe the status itself is.
        level: LEVEL[r.severity],
        message: { text: findingText(r) },
        locations: [sarif_location(r)],
        partialFingerprints: { [PAIR_FINGERPRINT]: (0,finding_ids/* pairFingerprint */.n4)(r) },
        ...(baselineUsed
            ? { baselineState: r.preexisting ? 'unchanged' : 'new' }
            : {}),
        ...(r.waived && r.exception
            ? {
                suppressions: [
                    {
                        kind: 'external',
                        status: 'accepted',
                        justification: plainText([
                            `${(0,shared/* sentence */.em)(r.exception.reason)} Waived until the end of ${r.exception.expires} (UTC)${r.exception.owner ? ` by ${r.exception.owner}` : ''}${r.exception.ticket ? ` (${r.exception.ticket})` : ''}.`,
                        ]),
                    },
                ],
            }
            : {}),
        properties: {
            client: r.client,
            server: r.server,
            clientProduct: r.clientProduct,
            serverProduct: r.serverProduct,
            status: r.status,
            ...(matrix === undefined ? {} : { matrix }),
            ...(r.workloads.length > 0 ? { workloads: [...r.workloads] } : {}),
            ...(r.replacement === undefined ? {} : { replacement: r.replacement }),
            ...(r.exception === undefined ? {} : { exception: { ...r.exception } }),
            ...(r.workloadVerdicts === undefined
                ? {}
                : { workloadVerdicts: r.workloadVerdicts.map((w) => ({ ...w })) }),
            source: sourceProperty(r.source),
        },
    };
}
function estateResult(f, matrix, baselineUsed) {
    return {
        level: LEVEL[f.severity],
        message: { text: findingText(f) },
        locations: [sarif_location(f)],
        ...(f.related
            ? {
                relatedLocations: f.related.map((r, i) => ({
                    id: i + 1,
                    ...sarif_location({ file: f.file, ...r }),
                    message: { text: plainText([r.message]) },
                })),
            }
            : {}),
        partialFingerprints: { [ESTATE_FINGERPRINT]: (0,finding_ids/* estateFingerprint */.Zf)(f) },
        ...(baselineUsed
            ? { baselineState: f.preexisting ? 'unchanged' : 'new' }
            : {}),
        properties: {
            kind: f.kind,
            subject: f.subject,
            status: f.status,
            ...(matrix === undefined ? {} : { matrix }),
            source: sourceProperty(f.source),
        },
    };
}
/** A result's message: its title and explanation, the footnotes in full, and where the verdict is stated (or that nothing states it). */
function findingText(f) {
    return plainText([
        (0,shared/* sentence */.em)(f.title),
        (0,shared/* sentence */.em)(f.message),
        ...f.footnotes.map((n) => `Footnote ${n.id}: ${(0,shared/* sentence */.em)(n.text)}`),
        (0,shared/* sourceSentence */.v3)(f.source),
    ]);
}
function sourceProperty(source) {
    return JSON.parse(JSON.stringify(source));
}
function sarif_location(span) {
    // Our spans are 1-based and end one past the last character, which is SARIF's own convention.
    const region = {
        startLine: span.line,
        startColumn: span.column,
        endLine: span.endLine,
        endColumn: span.endColumn,
    };
    return { physicalLocation: { artifactLocation: artifactLocation(span.file), region } };
}
/**
 * Report paths are repository-relative with forward slashes (absolute only for a file outside the
 * working directory, which a CLI user may name). Each segment is percent-encoded, so a space, "#",
 * "?" or ":" in a file name cannot change what the URI means.
 */
function artifactLocation(file) {
    const encode = (path) => path.split('/').map(encodeURIComponent).join('/');
    const drive = /^([A-Za-z]):\//.exec(file);
    if (drive)
        return { uri: `file:///${drive[1]}:/${encode(file.slice(3))}` };
    if (file.startsWith('/'))
        return { uri: `file://${encode(file)}` };
    return { uri: encode(file), uriBaseId: '%SRCROOT%' };
}
/**
 * A SARIF plain text message from paragraphs. Names come from the topology file: control and
 * bidirectional-override characters become "?" (a line break in a name must not start a paragraph
 * of its own); "[", "]" and "\" are backslash-escaped so `[text](https://\u2026)` in a name cannot
 * become an embedded link (SARIF \u00a73.11.6); "{" and "}" are doubled, as \u00a73.11.5 requires of every
 * message string, so a viewer never takes them for placeholders.
 */
function plainText(paragraphs) {
    return paragraphs
        .map((p) => p
        .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '?')
        .replace(/[\\[\]]/g, (c) => `\\${c}`)
        .replace(/[{}]/g, (c) => c + c))
        .join('\n\n');
}
// ---------------------------------------------------------------------------------------------
// Rules
// ---------------------------------------------------------------------------------------------
const sarif_DEFAULT_FAIL_ON = (() => {
    const parsed = parseFailOn('');
    if (!parsed.ok)
        throw new Error(parsed.message);
    return parsed.failOn;
})();
const STATUS_TEXT = {
    supported: {
        name: 'Supported',
        short: 'Supported client and server, with conditions',
        full: 'A client population connects to a server the compatibility matrix lists as supported.',
        meaning: 'Supported: the compatibility matrix lists this client as supported on this server. coexist reports such a pair when the matrix attaches a footnote to it (read the footnote: it states the conditions) or when fail-on lists supported.',
    },
    interoperable: {
        name: 'InteroperableOnly',
        short: 'Client only interoperable with server',
        full: 'A client population connects to a server the compatibility matrix marks interoperable only: it works for some features during a migration, but it is not fully supported.',
        meaning: 'Interoperable only: the client works with this server for the features the matrix names, typically for the duration of a migration, but it is not fully supported. Plan the move to a client the server fully supports, or keep the population to the workloads that interoperate.',
    },
    'not-supported': {
        name: 'NotSupported',
        short: 'Client not supported on server',
        full: 'A client population connects to a server the compatibility matrix marks not supported.',
        meaning: 'Not supported: Microsoft does not support this client on this server. Move the population to the client the result names (the matrix replacement), or to a server that supports it; if the risk is accepted for a while, record an exception with a reason and an expiry date under exceptions: in the topology.',
    },
    undocumented: {
        name: 'Undocumented',
        short: 'No source states the client on the server',
        full: 'A client population connects to a server, and no source the matrix cites states whether that client is supported on it.',
        meaning: 'Undocumented: no source states this combination, so coexist does not call it supported, and does not guess. Choose a combination a source documents (the result names some), or confirm this one with the vendor and record an exception; fail-on: undocumented makes such pairs fail the run.',
    },
    'not-applicable': {
        name: 'NotApplicable',
        short: 'Client not applicable to server',
        full: 'A client population connects to a server the compatibility matrix marks not applicable: the client has no counterpart on that server.',
        meaning: 'Not applicable: the client has no counterpart on this server (for example, a client for a server role this server does not have), so the connection cannot work as declared. Remove the server from the population, or point the population at a server where the client applies.',
    },
};
/** What each kind of estate finding is about, for its rules. */
const ESTATE_TEXT = {
    capability: {
        name: 'Workload',
        short: 'Client population declares a workload its client does not fully offer',
        meaning: 'A client population declares a workload (instant messaging, presence, conferencing, group chat) that its client does not offer at all, offers only in part, or that no source states it offers, according to the client comparison tables the matrix cites. This is about the client, whatever the server: remove the workload from the population, or move the population to a client that offers it (the result names some).',
    },
    'server-rule': {
        name: 'ServerCoexistence',
        short: 'Server products side by side that the sources do not support',
        meaning: 'The topology runs server products side by side (a coexistence or a migration) that the sources do not support together, or that no source speaks of. The result quotes the source and names every server involved. Complete or undo the migration step, or split the estate; fail-on decides whether undocumented combinations fail the run.',
    },
    'server-product': {
        name: 'ServerProductSupportedNowhere',
        short: 'Server product that no source supports',
        meaning: 'A server runs a product the matrix knows only to say that nothing is supported on it (an earlier version such as Office Communications Server 2007 or Live Communications Server 2005). None of its client pairs is checked. Migrate the server to a supported product.',
    },
    'client-product': {
        name: 'ClientProductSupportedNowhere',
        short: 'Client product that no source supports',
        meaning: 'A client population runs a product the matrix knows only to say that no server of the matrix supports it. None of its pairs is checked. Move the population to a supported client.',
    },
};
function estateRule(f, matrixId) {
    const kind = ESTATE_TEXT[f.kind];
    const scope = matrixId !== undefined && matrixId !== builtin_matrices/* DEFAULT_MATRIX_ID */.U_ ? `${matrixId}/` : '';
    const meaning = `${kind.meaning} Status of this rule: ${shared/* STATUS_LABEL */._P[f.status]}.`;
    return {
        id: `coexist/${scope}${f.kind}/${f.status}`,
        name: `${kind.name}${STATUS_TEXT[f.status].name}${scope ? `In${pascal(matrixId ?? '')}` : ''}`,
        shortDescription: { text: `${kind.short} (${shared/* STATUS_LABEL */._P[f.status]})` },
        fullDescription: {
            text: `${kind.short}, with the status ${shared/* STATUS_LABEL */._P[f.status]}; each result quotes the source that states it, or says that none does.`,
        },
        help: { text: meaning, markdown: (0,markup/* escapeMarkup */.M)(meaning) },
        defaultConfiguration: { level: sarif_DEFAULT_FAIL_ON.has(f.status) ? 'error' : 'warning' },
        properties: { tags: ['compatibility', f.kind, f.status] },
    };
}
function pairRule(r, matrixId) {
    const status = STATUS_TEXT[r.status];
    const footnotes = [...r.footnotes].sort((a, b) => (0,order/* compareIds */.q)(a.id, b.id));
    // Footnote numbers belong to a matrix: another matrix's footnote 2 says something else, so its
    // rules carry the matrix id. The default matrix keeps the short ids.
    const scope = matrixId !== undefined && matrixId !== builtin_matrices/* DEFAULT_MATRIX_ID */.U_ ? `${matrixId}/` : '';
    const id = `coexist/${scope}${r.status}${footnotes.map((f) => `/footnote-${f.id}`).join('')}`;
    const cited = footnotes.length === 0 ? '' : ` (${footnoteList(footnotes)})`;
    // No source here: cells under one rule can come from different documents, so each result cites its own.
    const helpParagraphs = [
        status.meaning,
        ...footnotes.map((f) => `Footnote ${f.id}${matrixId ? ` of matrix ${matrixId}` : ''}: ${f.text}`),
    ];
    return {
        id,
        name: `${status.name}${footnotes.map((f) => `Footnote${pascal(f.id)}`).join('')}${scope ? `In${pascal(matrixId ?? '')}` : ''}`,
        shortDescription: { text: `${status.short}${cited}` },
        fullDescription: {
            text: `${status.full}${footnotes.length > 0 ? ` The matrix attaches ${footnoteList(footnotes)} to the pair.` : ''}`,
        },
        help: {
            text: helpParagraphs.join('\n\n'),
            markdown: [
                (0,markup/* escapeMarkup */.M)(status.meaning),
                ...footnotes.map((f) => `**Footnote ${(0,markup/* escapeMarkup */.M)(f.id)}**${matrixId ? ` of matrix \`${matrixId}\`` : ''}: ${(0,markup/* escapeMarkup */.M)(f.text)}`),
            ].join('\n\n'),
        },
        defaultConfiguration: {
            level: sarif_DEFAULT_FAIL_ON.has(r.status)
                ? 'error'
                : r.status === 'supported'
                    ? 'note'
                    : 'warning',
        },
        properties: {
            tags: ['compatibility', r.status, ...(footnotes.length > 0 ? ['footnote'] : [])],
        },
    };
}
/** A rule about the input rather than a pair: its help is one paragraph, the same in text and Markdown. */
function inputRule(id, name, short, full, meaning, level, tags) {
    return {
        id,
        name,
        shortDescription: { text: short },
        fullDescription: { text: full },
        help: { text: meaning, markdown: (0,markup/* escapeMarkup */.M)(meaning) },
        defaultConfiguration: { level },
        properties: { tags },
    };
}
const INVALID_TOPOLOGY = inputRule(finding_ids/* INVALID_TOPOLOGY_RULE */.VD, 'InvalidTopology', 'Invalid topology file', 'A topology file could not be evaluated because of a problem with its content or the file itself.', 'The topology file could not be evaluated: it is missing or unreadable, is not valid YAML or JSON, does not match the topology schema, or names products, servers or clients that do not exist. None of its pairs gets a verdict until every problem is fixed; coexist reports all problems of a file at once, each at its place.', 'error', ['input', 'configuration']);
const INVALID_MATRIX = inputRule(finding_ids/* INVALID_MATRIX_RULE */.bE, 'InvalidMatrix', 'Invalid matrix file', 'A custom matrix file could not be used because of a problem with its content or the file itself.', 'A matrix file named by a topology (its matrix: key, or the matrix input) could not be used: it is unreadable, is not valid YAML or JSON, does not match the matrix schema, takes the id of a built-in matrix, extends too deep or in a cycle, or leaves pairs without a cell. No topology that names it gets a verdict until every problem is fixed.', 'error', ['input', 'configuration']);
const EXCEPTION_TO_REVIEW = inputRule(finding_ids/* EXCEPTION_RULE */.JA, 'ExceptionToReview', 'Exception to review', 'An exception in the topology file has expired, names a supported pair, was written for another product, or runs past max-waiver-days.', 'An exception under exceptions: needs a review. Either it waives nothing: it has passed the end of its expires: date (UTC), so its pair is judged again; its pair is supported and needs no waiver; or it was written for another client product than the population runs now. Or it runs further ahead than max-waiver-days (by default a year): an accepted risk is meant to be reviewed. Fix the pair, or renew the exception with its product, a reason and a nearer date, or remove it.', 'warning', ['exception', 'configuration']);
const SERVER_VERSION = inputRule(finding_ids/* SERVER_VERSION_RULE */.Qt, 'ServerVersionToDeclare', 'Server version to declare', 'A cell needs a cumulative update on a server, and the server declares no version, or one that no source lets coexist compare.', "A client on this server needs a cumulative update (the message names it and its build), and coexist cannot check it: the server declares no version: key, or declares an update whose build no source gives. Add version: with the pool's build as Get-CsServerPatchVersion reports it.", 'warning', ['version', 'configuration']);
function footnoteList(footnotes) {
    return `${footnotes.length === 1 ? 'footnote' : 'footnotes'} ${footnotes.map((f) => f.id).join(', ')}`;
}
function pascal(id) {
    return id
        .split(/[^A-Za-z0-9]+/)
        .filter((w) => w !== '')
        .map((w) => w[0]?.toUpperCase() + w.slice(1))
        .join('');
}

// EXTERNAL MODULE: ./src/reporters/summary.ts
var summary = __nccwpck_require__(9654);
// EXTERNAL MODULE: ./src/reporters/text.ts
var reporters_text = __nccwpck_require__(955);
;// CONCATENATED MODULE: ./src/reporters/registry.ts





const whole = (render) => ({
    chunks: (subject) => [render(subject)],
});
// Every workflow run starts the action's bundle, and the action reports on checks only. Plans,
// matrices, the PR comment's body (which src/github renders when it posts) and the CLI's reports
// for other CI systems are loaded when asked for, so that the action's bundle does not carry them
// (ncc puts them in chunks of their own).
/** What each command reports on, and in which formats. */
const FORMATS = {
    check: {
        text: {
            cli: true,
            create: async (o) => (0,reporters_text/* textReporter */.hF)({ color: o.color === true, ...(o.limit ? { limit: o.limit } : {}) }),
        },
        json: { cli: true, create: async () => jsonReporter },
        sarif: { cli: true, help: '(SARIF 2.1.0)', create: async () => sarifReporter },
        junit: {
            cli: true,
            help: '(JUnit XML)',
            create: async () => (await __nccwpck_require__.e(/* import() */ 962).then(__nccwpck_require__.bind(__nccwpck_require__, 962))).junitReporter,
        },
        gitlab: {
            cli: true,
            help: '(GitLab Code Quality)',
            create: async () => (await __nccwpck_require__.e(/* import() */ 295).then(__nccwpck_require__.bind(__nccwpck_require__, 2295))).gitlabReporter,
        },
        // The job summary's Markdown, for a CI system's own summary page or a file.
        markdown: { cli: true, create: async () => summary/* summaryReporter */.GF },
        summary: { cli: false, create: async () => summary/* summaryReporter */.GF },
        annotations: {
            cli: false,
            create: async (o) => whole((report) => renderAnnotations(report, o.run)),
        },
        'pr-comment': {
            cli: false,
            create: async (o) => {
                const { renderPrComment } = await __nccwpck_require__.e(/* import() */ 454).then(__nccwpck_require__.bind(__nccwpck_require__, 5454));
                return whole((report) => renderPrComment(report, o.links));
            },
        },
    },
    plan: {
        text: {
            cli: true,
            create: async (o) => {
                const { renderPlanText } = await __nccwpck_require__.e(/* import() */ 787).then(__nccwpck_require__.bind(__nccwpck_require__, 787));
                return whole((plans) => renderPlanText(plans, { color: o.color === true }));
            },
        },
        json: { cli: true, create: async () => whole((await __nccwpck_require__.e(/* import() */ 606).then(__nccwpck_require__.bind(__nccwpck_require__, 2606))).renderPlanJson) },
        markdown: {
            cli: true,
            create: async () => whole((await __nccwpck_require__.e(/* import() */ 825).then(__nccwpck_require__.bind(__nccwpck_require__, 6825))).renderPlanMarkdown),
        },
    },
    matrix: {
        markdown: {
            cli: true,
            create: async () => whole((await __nccwpck_require__.e(/* import() */ 539).then(__nccwpck_require__.bind(__nccwpck_require__, 539))).renderMatrixMarkdown),
        },
        json: { cli: true, create: async () => (await __nccwpck_require__.e(/* import() */ 572).then(__nccwpck_require__.bind(__nccwpck_require__, 3572))).matrixJsonReporter },
    },
};
/** The reporter for `thing` in `format`. */
function reporterFor(thing, format, options = {}) {
    const formats = FORMATS[thing];
    return formats[format].create(options);
}
/** The formats the CLI offers for `thing`, the default first. */
function cliFormats(thing) {
    return Object.entries(FORMATS[thing])
        .filter(([, format]) => format.cli)
        .map(([name]) => name);
}
/** `thing`'s CLI formats for help, e.g. "text (default), json, or sarif (SARIF 2.1.0)". */
function cliFormatsHelp(thing) {
    const formats = FORMATS[thing];
    const names = cliFormats(thing).map((name, i) => [name, i === 0 ? '(default)' : undefined, formats[name]?.help].filter(Boolean).join(' '));
    return names.length <= 2
        ? names.join(' or ')
        : `${names.slice(0, -1).join(', ')}, or ${names.at(-1)}`;
}

;// CONCATENATED MODULE: ./src/action/inputs.ts


const PR_COMMENT_MODES = ['auto', 'always', 'never'];
/** The one place that reads and checks the action's inputs. */
function readInputs(env) {
    const allowEmpty = booleanInput((0,protocol/* getInput */.V4)(env, 'allow-empty'));
    if (allowEmpty === undefined)
        return {
            ok: false,
            message: `input allow-empty: "${(0,protocol/* getInput */.V4)(env, 'allow-empty')}" is not true or false`,
        };
    // A blank input is one left out: the runner passes every input action.yml declares. The base
    // revision is no input: new-only takes it from the pull request (main.ts).
    const text = runOptionsText(splitTopology((0,protocol/* getInput */.V4)(env, 'topology')), allowEmpty, (option) => option === 'base' ? undefined : (0,protocol/* getInput */.V4)(env, option) || undefined);
    const run = parseRunOptions(text, 'input');
    if (!run.ok)
        return run;
    const prComment = ((0,protocol/* getInput */.V4)(env, 'pr-comment') || 'auto').toLowerCase();
    if (!PR_COMMENT_MODES.includes(prComment)) {
        return {
            ok: false,
            message: `input pr-comment: "${prComment}" is not one of ${PR_COMMENT_MODES.join(', ')}`,
        };
    }
    const newOnly = booleanInput((0,protocol/* getInput */.V4)(env, 'new-only'));
    if (newOnly === undefined)
        return {
            ok: false,
            message: `input new-only: "${(0,protocol/* getInput */.V4)(env, 'new-only')}" is not true or false`,
        };
    const deadline = Number(env.COEXIST_GITHUB_DEADLINE_MS);
    return {
        ok: true,
        inputs: {
            run: run.options,
            prComment: prComment,
            githubToken: (0,protocol/* getInput */.V4)(env, 'github-token'),
            sarif: (0,protocol/* getInput */.V4)(env, 'sarif'),
            newOnly,
            githubDeadlineMs: Number.isFinite(deadline) && deadline > 0 ? deadline : 30_000,
        },
    };
}
/**
 * Entries are separated by newlines or commas, except commas inside a glob's `{a,b}` alternatives
 * (`{emea,amer}/coexist.yml` is one entry). Each is trimmed; blank ones are dropped.
 */
function splitTopology(value) {
    const entries = [];
    for (const line of value.split('\n')) {
        let depth = 0;
        let start = 0;
        const parts = [];
        for (let i = 0; i < line.length; i++) {
            const ch = line[i];
            if (ch === '\\')
                i++;
            else if (ch === '{')
                depth++;
            else if (ch === '}' && depth > 0)
                depth--;
            else if (ch === ',' && depth === 0) {
                parts.push(line.slice(start, i));
                start = i + 1;
            }
        }
        parts.push(line.slice(start));
        // An unclosed brace is no glob: then every comma separates, as it always did.
        entries.push(...(depth === 0 ? parts : line.split(',')));
    }
    return entries.map((p) => p.trim()).filter((p) => p !== '');
}
// The YAML 1.2 core schema's booleans, as @actions/core's getBooleanInput accepts them.
function booleanInput(value) {
    if (value === '' || ['false', 'False', 'FALSE'].includes(value))
        return false;
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    return undefined;
}

;// CONCATENATED MODULE: ./src/action/main.ts
















const defaultDeps = {
    env: process.env,
    cwd: process.cwd(),
    stdout: process.stdout,
    now: () => new Date(),
};
/** The step log is read by people: it lists the worst findings, and says where the others are. */
const LOG_FINDINGS = 200;
/**
 * One action run: check the topology files, annotate, summarise, write the reports, set outputs,
 * and comment on the pull request. Returns the exit code: 0 passed, 1 the policy failed, 2 the
 * input could not be evaluated. Nothing the GitHub API does changes any of that.
 */
async function run(deps = defaultDeps) {
    const { env, stdout } = deps;
    const invalidInput = async (message, invalidFiles = []) => {
        // Outputs and summary still say what happened: a later step reading `passed` must not see
        // nothing. A bad matrix file's own problems are listed, and annotated within GitHub's cap.
        const report = (0,check/* buildReport */.FK)(invalidFiles.map((f) => (0,check/* fileReport */.Jo)({ file: f.file, kind: 'matrix', errors: f.errors, unlistedErrors: f.unlisted })));
        stdout.write((0,reporter/* renderToString */.F0)(await reporterFor('check', 'annotations', {
            run: { errors: [{ title: 'coexist: invalid input', message }] },
        }), report));
        await (0,protocol/* appendSummary */.fe)(env, `## \u274c coexist could not run\n\n${(0,markup/* escapeMarkup */.M)(message)}\n\n${report.files.flatMap(summary/* renderFileSummary */.Js).join('\n')}`);
        await (0,protocol/* setOutputs */.n0)(env, {
            passed: 'false',
            errors: String(1 + (0,check/* countFindings */.Gt)(report).errors),
            warnings: '0',
            waived: '0',
            report: '',
            sarif: '',
        });
        return 2;
    };
    // Masked before anything else is printed, even an input error, so no later line can reveal it.
    const token = (0,protocol/* getInput */.V4)(env, 'github-token');
    if (token)
        stdout.write((0,protocol/* setSecret */.Pq)(token));
    const read = readInputs(env);
    if (!read.ok)
        return invalidInput(read.message);
    const { inputs } = read;
    const context = readRunContext(env);
    const workspace = env.GITHUB_WORKSPACE || deps.cwd;
    const errors = [];
    const warnings = [];
    let options = inputs.run;
    if (inputs.newOnly) {
        if (context.pullRequest)
            options = { ...options, baseRevision: context.pullRequest.baseSha };
        else
            warnings.push({
                title: 'coexist',
                message: `new-only applies to pull requests; on this ${context.eventName || 'unknown'} event every finding counts`,
            });
    }
    const outcome = await check_check(options, { cwd: workspace, now: deps.now() });
    // A matrix named by the input applies to every file: it is checked once, as an input.
    if (!outcome.ok)
        return invalidInput(`input matrix: ${outcome.problem.message}`, outcome.problem.invalidFiles);
    const { report } = outcome;
    if (report.baseline?.problem)
        warnings.push({
            title: 'coexist',
            message: `new-only could not compare with the base commit, so every finding counts: ${report.baseline.problem}`,
        });
    await (0,protocol/* appendSummary */.fe)(env, (0,reporter/* renderToString */.F0)(await reporterFor('check', 'summary'), report));
    // Written piece by piece: the report of a large estate is never one string in memory.
    const temp = env.RUNNER_TEMP || (0,external_node_os_namespaceObject.tmpdir)();
    const reportPath = await writeOutputFile(env, errors, temp, external_node_path_default().join(temp, 'coexist-report.json'), (await reporterFor('check', 'json')).chunks(report), 'JSON report');
    const sarifPath = inputs.sarif
        ? await writeOutputFile(env, errors, workspace, inputs.sarif, (await reporterFor('check', 'sarif')).chunks(report), 'SARIF log')
        : '';
    await writeLog(stdout, report, reportPath, sarifPath);
    // The comment comes before the annotations so that a warning about it counts against (and is
    // kept within) GitHub's 10 warnings per step.
    const comment = await commentOnPullRequest(report, inputs, context);
    if (comment)
        warnings.push({ title: 'coexist', message: comment });
    const notices = report.notice ? [{ title: 'coexist', message: report.notice }] : [];
    stdout.write((0,reporter/* renderToString */.F0)(await reporterFor('check', 'annotations', { run: { errors, warnings, notices } }), report));
    const counts = (0,check/* countFindings */.Gt)(report);
    await (0,protocol/* setOutputs */.n0)(env, {
        passed: String(report.passed),
        errors: String(counts.errors),
        warnings: String(counts.warnings),
        waived: String(counts.waived),
        report: reportPath ?? '',
        sarif: sarifPath ?? '',
    });
    // A file that could not be written is an input the run could not honour, whatever the verdict.
    return reportPath === undefined || sarifPath === undefined ? 2 : (0,check/* exitCodeOf */.FO)(report);
}
/**
 * The step log, bounded at any size: the verdict and the counts first, visible when the rest is
 * collapsed; the text report with at most LOG_FINDINGS findings, worst first, in a `::group::`;
 * and, when findings were left out, where they are. The group is opened and closed outside the
 * stop-commands blocks, where the runner would not honour it; whatever came from the topology or
 * the inputs is printed inside one.
 */
async function writeLog(stdout, report, reportPath, sarifPath) {
    const places = [
        ...(reportPath ? [`the JSON report at ${reportPath} (output report) lists every result`] : []),
        ...(sarifPath
            ? [
                `the SARIF log at ${sarifPath} (output sarif) has the most severe ${(0,format/* formatCount */.B4)(SARIF_MAX_RESULTS)}`,
            ]
            : []),
        'the job summary has the grid and the findings up to 1 MiB',
    ];
    const elsewhere = places.join('; ');
    const text = (0,reporter/* renderToString */.F0)(await reporterFor('check', 'text', { limit: { findings: LOG_FINDINGS, elsewhere } }), report);
    const total = report.files.reduce((n, file) => n + (file.errors.length > 0 ? 0 : (0,shared/* findingsOf */.WX)(file).length), 0);
    const shown = Math.min(total, LOG_FINDINGS);
    stdout.write(`${(0,reporters_text/* verdictLine */.MT)(report, false)}\n`);
    stdout.write(`::group::coexist report: ${shown === total ? (0,format/* plural */.LS)(total, 'finding') : `the worst ${shown} of ${(0,format/* formatCount */.B4)(total)} findings`}\n`);
    stdout.write((0,protocol/* stopCommands */.FN)(text));
    stdout.write('::endgroup::\n');
    if (total > shown) {
        const left = total - shown;
        stdout.write((0,protocol/* stopCommands */.FN)(`${(0,format/* formatCount */.B4)(left)} more ${left === 1 ? 'finding is' : 'findings are'} not in this log: ${elsewhere}.`));
    }
}
/**
 * Writes one output file (see writeFileInside for what is refused: the pull request shapes the
 * workspace) and returns its path; when that fails, adds an error for the annotations, says so in
 * the summary and returns undefined. The verdict, summary and other outputs stand either way.
 */
async function writeOutputFile(env, errors, root, target, chunks, what) {
    const written = await writeFileInside(root, target, chunks);
    if (written.ok)
        return written.path;
    const change = what === 'SARIF log'
        ? 'change the sarif input, or what is at that path in the workspace'
        : "check what is at that path in the runner's temporary directory";
    errors.push({
        title: `coexist: ${what} not written`,
        message: `The ${what} was not written: ${written.message}. The verdict stands; to get the file, ${change}.`,
    });
    await (0,protocol/* appendSummary */.fe)(env, `\n> [!WARNING]\n> The ${what} was not written: ${(0,markup/* escapeMarkup */.M)(written.message)}.\n`);
    return undefined;
}
/** Posts or updates the sticky PR comment; returns a warning when that did not work. */
async function commentOnPullRequest(report, inputs, context) {
    if (!context.pullRequest || inputs.prComment === 'never')
        return undefined;
    if (!inputs.githubToken)
        return 'no github-token, so no pull request comment; the default `${{ github.token }}` works with `permissions: pull-requests: write`';
    // Loaded only here: runs that do not comment never pay for the GitHub client. A comment is a
    // courtesy: if even loading it fails, the verdict stands and a warning says why.
    try {
        const { publishPrComment } = await Promise.all(/* import() */[__nccwpck_require__.e(351), __nccwpck_require__.e(203)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5203));
        const outcome = await publishPrComment(report, {
            mode: inputs.prComment,
            token: inputs.githubToken,
            context,
            deadlineMs: inputs.githubDeadlineMs,
        });
        return outcome.warning;
    }
    catch (error) {
        return `the pull request comment was not posted: ${error instanceof Error ? error.message : String(error)}`;
    }
}


/***/ }),

/***/ 9399:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Fi: () => (/* binding */ BUILTIN_MATRIX_IDS),
  U_: () => (/* binding */ DEFAULT_MATRIX_ID),
  t7: () => (/* binding */ builtinFacts),
  Ze: () => (/* binding */ builtinMatrix),
  L2: () => (/* binding */ knownProduct)
});

// UNUSED EXPORTS: CATALOGUE_MATRIX_ID, resolveBuiltinMatrix

;// CONCATENATED MODULE: ./src/generated/matrices.js
// Generated by scripts/generate.mjs from matrices/*.json. Do not edit.

/** Each built-in matrix as JSON text, by id. */
const BUILTIN_MATRICES = {
  "all-generations":
    "{\"$schema\":\"../schema/matrix.schema.json\",\"id\":\"all-generations\",\"title\":\"Client and server support across generations: Office Communications Server 2007 R2 to Skype for Business Server 2019\",\"description\":\"A catalogue of every client the sources name for Skype for Business Server 2019 and 2015, Lync Server 2013 and 2010 and Office Communications Server 2007 R2, with every pair's verdict and its source; the other built-in matrices take their product facts (offers, builds, unsupported products, server rules) from it. Cells: the seed table (Gg398499, lync-server-2013) wins wherever it speaks; a differing source (Table 1 of Client interoperability in Lync 2013) is kept in `conflicts`. A cell read from a sentence has a `quote`; one read from a column of a feature comparison or from a list says \\\"Implied:\\\" in its note. A pair no source states is `undocumented`, without a source. Footnotes: ids are the source's number with a prefix for the table it belongs to: seed-N (the seed table), interop-N (Table 1 of Client interoperability in Lync 2013), sfb-N (the Skype for Business pages, which number none; numbered as in the skype-for-business-server matrix). Offers: derived from the desktop client comparison tables (Lync Server 2013, Skype for Business Server 2015 and 2019) by defining rows, using the table of the newest server with a column for the client: im \\\"Initiate IM or email to a contact\\\" (2015/2019: \\\"Initiate IM with or email to a contact\\\"); presence \\\"Publish status\\\" and \\\"View status\\\"; group-chat \\\"Persistent Chat (Group Chat) integration\\\"; conferencing \\\"Add computer audio\\\", \\\"Access detailed meeting roster\\\", \\\"Participate in multiparty IM\\\" and \\\"Use in-meeting presenter controls\\\". yes = every defining row marked; partial = some; no = a column and no row marked; undocumented = no column. A source that states a capability directly (Table 2 of Client interoperability in Lync 2013 and its note, the meetings-only notes, the mobile comparison tables, the seed footnote 3, the Skype for Business client statements) wins, and its note says so. Builds: the line and updates each source states (no build of Office Communications Server 2007 R2 is stated, so it has none).\",\"sources\":{\"gg398499\":{\"title\":\"Supported clients from previous deployments in Lync Server 2013\",\"table\":\"Supported Server and Client Combinations\",\"url\":\"https://technet.microsoft.com/en-us/library/Gg398499(v=OCS.15)\",\"lastModified\":\"2012-12-14\"},\"jj204672-t1\":{\"title\":\"Client interoperability in Lync 2013\",\"table\":\"Table 1 - Server and Client Compatibility\",\"url\":\"https://technet.microsoft.com/en-us/library/JJ204672(v=OCS.15)\",\"lastModified\":\"2016-03-04\"},\"jj204672-t2\":{\"title\":\"Client interoperability in Lync 2013\",\"table\":\"Table 2 - Peer-to-Peer Feature Support\",\"url\":\"https://technet.microsoft.com/en-us/library/JJ204672(v=OCS.15)\",\"lastModified\":\"2016-03-04\"},\"jj204672-t4\":{\"title\":\"Client interoperability in Lync 2013\",\"table\":\"Table 4 - Scheduling Add-in Support\",\"url\":\"https://technet.microsoft.com/en-us/library/JJ204672(v=OCS.15)\",\"lastModified\":\"2016-03-04\"},\"jj204672-lync2010-meetings\":{\"title\":\"Client interoperability in Lync 2013\",\"table\":\"Conferencing Feature Support for Lync 2013 Clients in Lync Server 2010 Meetings\",\"url\":\"https://technet.microsoft.com/en-us/library/JJ204672(v=OCS.15)\",\"lastModified\":\"2016-03-04\"},\"gg425836\":{\"title\":\"Desktop client comparison tables for Lync Server 2013\",\"table\":\"Enhanced Presence Support, IM Support, Conferencing Support (columns of all tables)\",\"url\":\"https://technet.microsoft.com/en-us/library/Gg425836(v=OCS.15)\",\"lastModified\":\"2018-01-23\"},\"hh691004\":{\"title\":\"Mobile client comparison tables for Lync Server 2013\",\"table\":\"Enhanced Presence Support, Instant Messaging Support and Conferencing Support in Lync Mobile Clients\",\"url\":\"https://technet.microsoft.com/en-us/library/Hh691004(v=OCS.15)\",\"lastModified\":\"2015-09-21\"},\"hh690037\":{\"title\":\"Topologies and components for mobility in Lync Server 2013\",\"url\":\"https://technet.microsoft.com/en-us/library/Hh690037(v=OCS.15)\",\"lastModified\":\"2013-02-17\"},\"jj823129\":{\"title\":\"Lync Windows Store app requirements for Lync Server 2013\",\"url\":\"https://technet.microsoft.com/en-us/library/JJ823129(v=OCS.15)\",\"lastModified\":\"2013-12-03\"},\"dn954919\":{\"title\":\"Configure the client experience with Skype for Business (Lync Server 2013)\",\"table\":\"Default client experiences\",\"url\":\"https://technet.microsoft.com/en-us/library/Dn954919(v=OCS.15)\",\"lastModified\":\"2015-09-17\"},\"gg425764\":{\"title\":\"Supported server migration paths and coexistence scenarios in Lync Server 2013\",\"url\":\"https://technet.microsoft.com/en-us/library/Gg425764(v=OCS.15)\",\"lastModified\":\"2012-10-16\"},\"sfb2019-migration\":{\"title\":\"Migration to Skype for Business Server 2019\",\"url\":\"https://learn.microsoft.com/skypeforbusiness/sfbserver2019/migration/migration-to-skype-for-business-server-2019\"},\"sfb2019-deprecations\":{\"title\":\"Skype for Business Server 2019 deprecations\",\"url\":\"https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/06f3e6e7e369fdb8d03da7f67b9ba859e7434323/Skype/SfBServer2019/deprecated-2019.md\"},\"sfb-clients\":{\"title\":\"Plan for clients and devices\",\"table\":\"Available clients\",\"url\":\"https://learn.microsoft.com/skypeforbusiness/plan-your-deployment/clients-and-devices/clients-and-devices\"},\"sfb-legacy-clients\":{\"title\":\"Plan for clients and devices\",\"table\":\"Legacy clients\",\"url\":\"https://learn.microsoft.com/skypeforbusiness/plan-your-deployment/clients-and-devices/clients-and-devices\"},\"sfb2015-feature-comparison\":{\"title\":\"Desktop client feature comparison for Skype for Business Server 2015\",\"table\":\"Enhanced Presence support, IM support, Meetings support (columns of all tables)\",\"url\":\"https://learn.microsoft.com/skypeforbusiness/plan-your-deployment/clients-and-devices/desktop-feature-comparison\"},\"sfb2019-feature-comparison\":{\"title\":\"Desktop client feature comparison for Skype for Business Server 2019\",\"table\":\"Enhanced Presence support, IM support, Meetings support (columns of all tables)\",\"url\":\"https://learn.microsoft.com/skypeforbusiness/sfbserver2019/plan/feature-comparison\"},\"gg398499-2010\":{\"title\":\"Supported Clients from Previous Deployments (Lync Server 2010)\",\"url\":\"https://learn.microsoft.com/en-us/previous-versions/office/skype-server-2010/gg398499(v=ocs.14)\",\"lastModified\":\"2011-01-04\"},\"gg413014-it\":{\"title\":\"Client Interoperability (Lync Server 2010 Planning), Italian edition\",\"url\":\"https://technet.microsoft.com/it-it/library/gg413014(v=ocs.14).aspx\",\"lastModified\":\"2012-01-25\"},\"get-csserverversion\":{\"title\":\"Get-CsServerVersion\",\"url\":\"https://github.com/MicrosoftDocs/office-docs-powershell/blob/93336da2bca96c31c0fc8acc52658a30ef8a6c94/skype/skype-ps/SkypeForBusiness/Get-CsServerVersion.md\"},\"get-csserverpatchversion\":{\"title\":\"Get-CsServerPatchVersion\",\"url\":\"https://github.com/MicrosoftDocs/office-docs-powershell/blob/93336da2bca96c31c0fc8acc52658a30ef8a6c94/skype/skype-ps/SkypeForBusiness/Get-CsServerPatchVersion.md\"},\"move-csuser\":{\"title\":\"Move-CsUser\",\"url\":\"https://github.com/MicrosoftDocs/office-docs-powershell/blob/a4864374770a96a24d0ccea6c7dc94f168ac9cfb/skype/skype-ps/SkypeForBusiness/Move-CsUser.md\"},\"disable-tls\":{\"title\":\"Disable TLS 1.0/1.1 in Skype for Business Server 2015\",\"url\":\"https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/045c371e6b0d69f767a03fc4a9e3c7fd8669b569/Skype/SfbServer/manage/topology/disable-tls-1.0-1.1.md\"},\"sfb-server-updates\":{\"title\":\"Skype for Business Server updates\",\"url\":\"https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/011f49044ec9e2bc84b5f3038068c3843ec65604/Skype/SfbServer/sfb-server-updates.md\"},\"kb2809243-link\":{\"title\":\"Updates for Lync Server 2013 (KB 2809243), as linked from a Microsoft troubleshooting article (its path is not resolved in the sources)\",\"url\":\"https://support.microsoft.com/help/2809243\"},\"hybrid-pstn-planning\":{\"title\":\"Microsoft hybrid / PSTN planning page (its path is not resolved in the sources)\",\"url\":\"https://learn.microsoft.com/\"},\"meeting-room-move\":{\"title\":\"Microsoft meeting-room move page (its path is not resolved in the sources)\",\"url\":\"https://learn.microsoft.com/\"}},\"workloads\":[{\"id\":\"im\",\"name\":\"instant messaging\"},{\"id\":\"presence\",\"name\":\"presence\"},{\"id\":\"conferencing\",\"name\":\"conferencing (meetings)\"},{\"id\":\"group-chat\",\"name\":\"group chat\"}],\"servers\":[{\"id\":\"skype-for-business-server-2019\",\"name\":\"Skype for Business Server 2019\",\"aliases\":[\"Microsoft Skype for Business Server 2019\",\"SfB Server 2019\"],\"builds\":{\"line\":\"7.0.2046\",\"source\":{\"ref\":\"move-csuser\",\"note\":\"Stated by the builds of its cumulative updates (CU6 is 7.0.2046.385); no Microsoft source states the RTM build (7.0.2046.0), and the TLS page prints CU1 as \\\"17.0.2046.123\\\", almost certainly a typo for 7.0.2046.123.\",\"quote\":\"CU6 |7.0.2046.385|\"},\"updates\":[{\"id\":\"cu1\",\"name\":\"Cumulative Update 1\",\"aliases\":[\"CU1\",\"KB 4470124\"],\"released\":\"2019-07\",\"source\":{\"ref\":\"sfb-server-updates\",\"quote\":\"Skype for Business Server 2019 Cumulative Update 1\",\"note\":\"The updates page dates CU1 July 2019. The TLS page (Disable TLS 1.0/1.1) says \\\"Skype for Business Server 2019 CU1 17.0.2046.123 (June 2019) or higher\\\": another month, and a build that is almost certainly a typo for 7.0.2046.123; neither is used, so CU1 has no build here.\"}},{\"id\":\"cu6\",\"name\":\"Cumulative Update 6\",\"aliases\":[\"CU6\"],\"build\":\"7.0.2046.385\",\"source\":{\"ref\":\"move-csuser\",\"quote\":\"|Skype for Business Server 2019| CU6 |7.0.2046.385|\"}}]}},{\"id\":\"skype-for-business-server-2015\",\"name\":\"Skype for Business Server 2015\",\"aliases\":[\"Microsoft Skype for Business Server 2015\",\"SfB Server 2015\"],\"builds\":{\"line\":\"6.0.9319\",\"source\":{\"ref\":\"get-csserverpatchversion\",\"note\":\"Stated by the builds of its cumulative updates (6.0.9319.102 to 6.0.9319.619); the RTM build 6.0.9319.0 is stated only by a community script.\",\"quote\":\"November 2015 Cumulative Update (6.0.9319.102)\"},\"updates\":[{\"id\":\"nov-2015\",\"name\":\"November 2015 cumulative update\",\"aliases\":[\"CU November 2015\",\"November 2015 Cumulative Update\"],\"build\":\"6.0.9319.102\",\"released\":\"2015-11\",\"source\":{\"ref\":\"get-csserverpatchversion\",\"quote\":\"November 2015 Cumulative Update (6.0.9319.102)\"}},{\"id\":\"mar-2016\",\"name\":\"March 2016 cumulative update\",\"aliases\":[\"CU March 2016\",\"March 2016 Cumulative Update\"],\"build\":\"6.0.9319.235\",\"released\":\"2016-03\",\"source\":{\"ref\":\"hybrid-pstn-planning\",\"quote\":\"Skype for Business Server 2015, March 2016 Cumulative Update 6.0.9319.235\"}},{\"id\":\"may-2017\",\"name\":\"May 2017 cumulative update\",\"aliases\":[\"CU May 2017\"],\"build\":\"6.0.9319.281\",\"released\":\"2017-05\",\"source\":{\"ref\":\"meeting-room-move\",\"quote\":\"the May 2017 cumulative update 6.0.9319.281 for Skype for Business Server 2015\"}},{\"id\":\"cu9\",\"name\":\"Cumulative Update 9\",\"aliases\":[\"CU9\",\"CU9 (May 2019)\"],\"build\":\"6.0.9319.548\",\"released\":\"2019-05\",\"source\":{\"ref\":\"disable-tls\",\"quote\":\"Skype for Business Server 2015 CU9 6.0.9319.548 (May 2019) or higher\"}},{\"id\":\"cu12\",\"name\":\"Cumulative Update 12\",\"aliases\":[\"CU12\"],\"build\":\"6.0.9319.619\",\"source\":{\"ref\":\"move-csuser\",\"quote\":\"|Skype for Business Server 2015| CU12|6.0.9319.619|\"}},{\"id\":\"cu4\",\"name\":\"Cumulative Update 4\",\"aliases\":[\"CU4\"],\"source\":{\"ref\":\"sfb2015-feature-comparison\",\"quote\":\"Requires Skype for Business Server 2015 CU4 or later\",\"note\":\"Named (for Manage delegates from Skype for Business on Mac) without a build or a date, so it cannot be ordered against the others.\"}},{\"id\":\"cu6\",\"name\":\"Cumulative Update 6\",\"aliases\":[\"CU6\"],\"source\":{\"ref\":\"sfb2015-feature-comparison\",\"quote\":\"Requires Skype for Business Server 2015 CU6 or later\",\"note\":\"Named (for emergency services (E-911) from Skype for Business on Mac) without a build or a date, so it cannot be ordered against the others.\"}}]}},{\"id\":\"lync-server-2013\",\"name\":\"Lync Server 2013\",\"aliases\":[\"Microsoft Lync Server 2013\"],\"builds\":{\"line\":\"5.0.8308\",\"source\":{\"ref\":\"get-csserverversion\",\"quote\":\"Get-CsServerVersion will return a value such as 5.0.8308 even if an update has officially changed the version number to 5.0.8308.291.\",\"note\":\"The example build 5.0.8308.291 names no update, so it is not listed as one.\"},\"updates\":[{\"id\":\"feb-2013\",\"name\":\"February 2013 cumulative update\",\"aliases\":[\"Cumulative Updates for Lync Server 2013: February 2013\",\"CU February 2013\"],\"released\":\"2013-02\",\"source\":{\"ref\":\"hh690037\",\"quote\":\"The Cumulative Updates for Lync Server 2013: February 2013 adds a complimentary, but advanced, service for Lync 2013 Mobile clients\"}},{\"id\":\"dec-2014\",\"name\":\"December 2014 cumulative update\",\"aliases\":[\"CU December 2014\",\"December 2014 Cumulative Update\"],\"build\":\"5.0.8308.857\",\"released\":\"2014-12\",\"source\":{\"ref\":\"dn954919\",\"quote\":\"Lync Server 2013 - December 2014 Cumulative Update (5.0.8308.857) for Lync Server 2013.\"}},{\"id\":\"may-2015\",\"name\":\"May 2015 cumulative update\",\"aliases\":[\"CU May 2015\"],\"build\":\"5.0.8308.887\",\"released\":\"2015-05\",\"source\":{\"ref\":\"kb2809243-link\",\"quote\":\"May 2015 cumulative update (5.0.8308.887)\"}},{\"id\":\"jul-2015\",\"name\":\"July 2015 cumulative update\",\"aliases\":[\"CU July 2015\",\"July 2015 Cumulative Update\"],\"build\":\"5.0.8308.920\",\"released\":\"2015-07\",\"source\":{\"ref\":\"hybrid-pstn-planning\",\"quote\":\"Lync Server 2013 July 2015 Cumulative Update 5.0.8308.920\"}},{\"id\":\"jul-2017\",\"name\":\"July 2017 cumulative update\",\"aliases\":[\"CU July 2017\"],\"build\":\"5.0.8308.992\",\"released\":\"2017-07\",\"source\":{\"ref\":\"meeting-room-move\",\"quote\":\"the July 2017 cumulative update 5.0.8308.992 for Lync Server 2013\"}},{\"id\":\"cu10\",\"name\":\"Cumulative Update 10\",\"aliases\":[\"CU10\",\"KB 4295703\"],\"released\":\"2018-07\",\"source\":{\"ref\":\"sfb-server-updates\",\"quote\":\"Lync Server 2013 Cumulative Update 10\"}},{\"id\":\"cu10-hf7\",\"name\":\"CU10 with Hotfix 7\",\"aliases\":[\"Cumulative Update 10 Hotfix 7\"],\"build\":\"5.0.8308.1182\",\"source\":{\"ref\":\"move-csuser\",\"quote\":\"|Lync Server 2013| CU10 with Hotfix 7|5.0.8308.1182|\"}},{\"id\":\"cu8-hf1\",\"name\":\"CU8 HF1\",\"aliases\":[\"Cumulative Update 8 Hotfix 1\"],\"source\":{\"ref\":\"gg425836\",\"quote\":\"Requires Lync Server 2013 CU8 HF1 or later\",\"note\":\"Named (for emergency services (E-911) from Skype for Business on Mac) without a build or a date, so it cannot be ordered against the others.\"}}]}},{\"id\":\"lync-server-2010\",\"name\":\"Lync Server 2010\",\"aliases\":[\"Microsoft Lync Server 2010\"],\"builds\":{\"line\":\"4.0.7577\",\"source\":{\"ref\":\"dn954919\",\"quote\":\"February 2015 Cumulative Update (4.0.7577.710)\",\"note\":\"Stated by the build of its February 2015 cumulative update; the RTM build 4.0.7577.0 is stated only by a community script.\"},\"updates\":[{\"id\":\"nov-2011\",\"name\":\"November 2011 cumulative update\",\"aliases\":[\"Cumulative Update for Lync Server 2010: November 2011\",\"CU November 2011\"],\"released\":\"2011-11\",\"source\":{\"ref\":\"hh690037\",\"quote\":\"Introduced in Cumulative Update for Lync Server 2010: November 2011, the Mcx service provides services to Lync 2010 Mobile clients.\"}},{\"id\":\"feb-2012\",\"name\":\"February 2012 cumulative update\",\"aliases\":[\"cumulative update for Lync Server 2010: February 2012\",\"CU February 2012\",\"KB 2670352\"],\"released\":\"2012-02\",\"source\":{\"ref\":\"jj823129\",\"quote\":\"run the cumulative update for Lync Server 2010: February 2012 (KB 2670352) or later on all servers\"}},{\"id\":\"oct-2012\",\"name\":\"October 2012 cumulative update\",\"aliases\":[\"cumulative update for Lync Server 2010: October 2012\",\"CU October 2012\",\"KB 2737915\"],\"released\":\"2012-10\",\"source\":{\"ref\":\"jj823129\",\"quote\":\"run the cumulative update for Lync Server 2010: October 2012 (KB 2737915) on the servers\"}},{\"id\":\"feb-2015\",\"name\":\"February 2015 cumulative update\",\"aliases\":[\"CU February 2015\",\"February 2015 Cumulative Update\"],\"build\":\"4.0.7577.710\",\"released\":\"2015-02\",\"source\":{\"ref\":\"dn954919\",\"quote\":\"Lync Server 2010 - February 2015 Cumulative Update (4.0.7577.710) for Lync Server 2010.\"}},{\"id\":\"cu18\",\"name\":\"Cumulative Update 18\",\"aliases\":[\"CU18\",\"KB 2493736\"],\"released\":\"2019-01\",\"source\":{\"ref\":\"sfb-server-updates\",\"quote\":\"Lync Server 2010 Cumulative Update 18\"}}]}},{\"id\":\"ocs-2007-r2\",\"name\":\"Office Communications Server 2007 R2\",\"aliases\":[\"Microsoft Office Communications Server 2007 R2\",\"OCS 2007 R2\"]}],\"clients\":[{\"id\":\"skype-for-business-2019\",\"name\":\"Skype for Business 2019\",\"aliases\":[\"Microsoft Skype for Business 2019\",\"Skype for Business (2019)\"],\"offers\":{\"im\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb2019-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2019, IM support, column \\\"Skype for Business 2015, 2016, or 2019 client\\\": \\\"Initiate IM with or email to a contact\\\" is marked.\"}},\"presence\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb2019-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2019, Enhanced Presence support, column \\\"Skype for Business 2015, 2016, or 2019 client\\\": \\\"Publish status\\\", \\\"View status\\\" are marked.\"}},\"conferencing\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb-clients\",\"quote\":\"Skype for Business (2019) is the recommended full-featured client for Skype for Business Server 2015 and 2019.\",\"note\":\"Stated: \\\"the recommended full-featured client\\\". No Meetings support table has a column for the 2019 client (both have \\\"Skype for Business 2016 client\\\" and \\\"Skype for Business 2015 client\\\" columns), so the defining-row rule alone would leave conferencing undocumented. No desktop comparison table has a column for it.\"}},\"group-chat\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb2019-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2019, IM support, column \\\"Skype for Business 2015, 2016, or 2019 client\\\": \\\"Persistent Chat (Group Chat) integration\\\" is marked.\"}}}},{\"id\":\"skype-for-business-2016\",\"name\":\"Skype for Business 2016\",\"aliases\":[\"Microsoft Skype for Business 2016\"],\"offers\":{\"im\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb2019-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2019, IM support, column \\\"Skype for Business 2015, 2016, or 2019 client\\\": \\\"Initiate IM with or email to a contact\\\" is marked.\"},\"note\":\"Older tables agree: Desktop client feature comparison for Skype for Business Server 2015 (IM support, column \\\"Skype for Business 2015 or 2016 client\\\"): yes; Desktop client comparison tables for Lync Server 2013 (IM Support, column \\\"Skype for Business 2015 and 2016 client\\\"): yes.\"},\"presence\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb2019-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2019, Enhanced Presence support, column \\\"Skype for Business 2015, 2016, or 2019 client\\\": \\\"Publish status\\\", \\\"View status\\\" are marked.\"},\"note\":\"Older tables agree: Desktop client feature comparison for Skype for Business Server 2015 (Enhanced Presence support, column \\\"Skype for Business 2015 or 2016 client\\\"): yes; Desktop client comparison tables for Lync Server 2013 (Enhanced Presence Support, column \\\"Skype for Business 2015 and 2016 client\\\"): yes.\"},\"conferencing\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb2019-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2019, Meetings support, column \\\"Skype for Business 2016 client\\\": \\\"Add computer audio\\\", \\\"Access detailed meeting roster\\\", \\\"Participate in multiparty IM\\\", \\\"Use in-meeting presenter controls\\\" are marked.\"},\"note\":\"Older tables agree: Desktop client feature comparison for Skype for Business Server 2015 (Meetings support, column \\\"Skype for Business 2016 client\\\"): yes; Desktop client comparison tables for Lync Server 2013 (Conferencing Support, column \\\"Skype for Business 2015 and 2016 client\\\"): yes.\"},\"group-chat\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb2019-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2019, IM support, column \\\"Skype for Business 2015, 2016, or 2019 client\\\": \\\"Persistent Chat (Group Chat) integration\\\" is marked.\"},\"note\":\"Older tables agree: Desktop client feature comparison for Skype for Business Server 2015 (IM support, column \\\"Skype for Business 2015 or 2016 client\\\"): yes; Desktop client comparison tables for Lync Server 2013 (IM Support, column \\\"Skype for Business 2015 and 2016 client\\\"): yes.\"}}},{\"id\":\"skype-for-business-2015\",\"name\":\"Skype for Business 2015\",\"aliases\":[\"Microsoft Skype for Business 2015\"],\"offers\":{\"im\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb2019-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2019, IM support, column \\\"Skype for Business 2015, 2016, or 2019 client\\\": \\\"Initiate IM with or email to a contact\\\" is marked.\"},\"note\":\"Older tables agree: Desktop client feature comparison for Skype for Business Server 2015 (IM support, column \\\"Skype for Business 2015 or 2016 client\\\"): yes; Desktop client comparison tables for Lync Server 2013 (IM Support, column \\\"Skype for Business 2015 and 2016 client\\\"): yes.\"},\"presence\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb2019-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2019, Enhanced Presence support, column \\\"Skype for Business 2015, 2016, or 2019 client\\\": \\\"Publish status\\\", \\\"View status\\\" are marked.\"},\"note\":\"Older tables agree: Desktop client feature comparison for Skype for Business Server 2015 (Enhanced Presence support, column \\\"Skype for Business 2015 or 2016 client\\\"): yes; Desktop client comparison tables for Lync Server 2013 (Enhanced Presence Support, column \\\"Skype for Business 2015 and 2016 client\\\"): yes.\"},\"conferencing\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb2019-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2019, Meetings support, column \\\"Skype for Business 2015 client\\\": \\\"Add computer audio\\\", \\\"Access detailed meeting roster\\\", \\\"Participate in multiparty IM\\\", \\\"Use in-meeting presenter controls\\\" are marked.\"},\"note\":\"Older tables agree: Desktop client feature comparison for Skype for Business Server 2015 (Meetings support, column \\\"Skype for Business 2015 client\\\"): yes; Desktop client comparison tables for Lync Server 2013 (Conferencing Support, column \\\"Skype for Business 2015 and 2016 client\\\"): yes.\"},\"group-chat\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb2019-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2019, IM support, column \\\"Skype for Business 2015, 2016, or 2019 client\\\": \\\"Persistent Chat (Group Chat) integration\\\" is marked.\"},\"note\":\"Older tables agree: Desktop client feature comparison for Skype for Business Server 2015 (IM support, column \\\"Skype for Business 2015 or 2016 client\\\"): yes; Desktop client comparison tables for Lync Server 2013 (IM Support, column \\\"Skype for Business 2015 and 2016 client\\\"): yes.\"}}},{\"id\":\"skype-for-business-on-mac\",\"name\":\"Skype for Business on Mac\",\"aliases\":[\"Microsoft Skype for Business on Mac\",\"Skype for Business for Mac\"],\"offers\":{\"im\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb2019-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2019, IM support, column \\\"Skype for Business on Mac\\\": \\\"Initiate IM with or email to a contact\\\" is marked.\"},\"note\":\"Older tables agree: Desktop client feature comparison for Skype for Business Server 2015 (IM support, column \\\"Skype for Business on Mac\\\"): yes; Desktop client comparison tables for Lync Server 2013 (IM Support, column \\\"Skype for Business on Mac\\\"): yes.\"},\"presence\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb2019-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2019, Enhanced Presence support, column \\\"Skype for Business on Mac\\\": \\\"Publish status\\\", \\\"View status\\\" are marked.\"},\"note\":\"Older tables agree: Desktop client feature comparison for Skype for Business Server 2015 (Enhanced Presence support, column \\\"Skype for Business on Mac\\\"): yes; Desktop client comparison tables for Lync Server 2013 (Enhanced Presence Support, column \\\"Skype for Business on Mac\\\"): yes.\"},\"conferencing\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb2019-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2019, Meetings support, column \\\"Skype for Business on Mac\\\": \\\"Add computer audio\\\", \\\"Access detailed meeting roster\\\", \\\"Participate in multiparty IM\\\", \\\"Use in-meeting presenter controls\\\" are marked.\"},\"note\":\"Older tables agree: Desktop client feature comparison for Skype for Business Server 2015 (Meetings support, column \\\"Skype for Business on Mac\\\"): yes; Desktop client comparison tables for Lync Server 2013 (Conferencing Support, column \\\"Skype for Business on Mac\\\"): yes.\"},\"group-chat\":{\"level\":\"no\",\"source\":{\"ref\":\"sfb2019-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2019, IM support, column \\\"Skype for Business on Mac\\\": \\\"Persistent Chat (Group Chat) integration\\\" is not marked.\"},\"note\":\"Older tables agree: Desktop client feature comparison for Skype for Business Server 2015 (IM support, column \\\"Skype for Business on Mac\\\"): no; Desktop client comparison tables for Lync Server 2013 (IM Support, column \\\"Skype for Business on Mac\\\"): no.\"}}},{\"id\":\"skype-for-business-web-app\",\"name\":\"Skype for Business Web App\",\"aliases\":[\"Microsoft Skype for Business Web App\"],\"offers\":{\"im\":{\"level\":\"no\",\"source\":{\"ref\":\"sfb2019-feature-comparison\",\"quote\":\"The Skype for Business Web App browser client and Skype Meetings App Windows 10 app only provide Meetings support.\",\"note\":\"Stated: the web app only provides Meetings support (the same note is in the Skype for Business Server 2015 comparison). The web app has a column only in the Meetings support tables.\"}},\"presence\":{\"level\":\"no\",\"source\":{\"ref\":\"sfb2019-feature-comparison\",\"quote\":\"The Skype for Business Web App browser client and Skype Meetings App Windows 10 app only provide Meetings support.\",\"note\":\"Stated: the web app only provides Meetings support (the same note is in the Skype for Business Server 2015 comparison). The web app has a column only in the Meetings support tables.\"}},\"conferencing\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb2019-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2019, Meetings support, column \\\"Skype for Business Web App\\\": \\\"Add computer audio\\\", \\\"Access detailed meeting roster\\\", \\\"Participate in multiparty IM\\\", \\\"Use in-meeting presenter controls\\\" are marked.\"},\"note\":\"Older table agrees: Desktop client feature comparison for Skype for Business Server 2015 (Meetings support, column \\\"Skype for Business Web App\\\"): yes.\"},\"group-chat\":{\"level\":\"no\",\"source\":{\"ref\":\"sfb2019-feature-comparison\",\"quote\":\"The Skype for Business Web App browser client and Skype Meetings App Windows 10 app only provide Meetings support.\",\"note\":\"Stated: the web app only provides Meetings support (the same note is in the Skype for Business Server 2015 comparison). The web app has a column only in the Meetings support tables.\"}}}},{\"id\":\"skype-meetings-app\",\"name\":\"Skype Meetings App\",\"aliases\":[\"Microsoft Skype Meetings App\",\"Skype Meetings App Windows 10 app\"],\"offers\":{\"im\":{\"level\":\"no\",\"source\":{\"ref\":\"sfb2019-feature-comparison\",\"quote\":\"The Skype for Business Web App browser client and Skype Meetings App Windows 10 app only provide Meetings support.\",\"note\":\"Stated: the Skype Meetings App only provides Meetings support, so no peer-to-peer IM; no comparison table has a column for it.\"}},\"presence\":{\"level\":\"no\",\"source\":{\"ref\":\"sfb2019-feature-comparison\",\"quote\":\"The Skype for Business Web App browser client and Skype Meetings App Windows 10 app only provide Meetings support.\",\"note\":\"Stated: the Skype Meetings App only provides Meetings support, so no presence; no comparison table has a column for it.\"}},\"conferencing\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb2019-feature-comparison\",\"quote\":\"The Skype for Business Web App browser client and Skype Meetings App Windows 10 app only provide Meetings support.\",\"note\":\"Stated: the Skype Meetings App only provides Meetings support; no comparison table has a column for it.\"}},\"group-chat\":{\"level\":\"no\",\"source\":{\"ref\":\"sfb2019-feature-comparison\",\"quote\":\"The Skype for Business Web App browser client and Skype Meetings App Windows 10 app only provide Meetings support.\",\"note\":\"Stated: the Skype Meetings App only provides Meetings support, so no group chat; no comparison table has a column for it.\"}}}},{\"id\":\"skype-for-business-mobile\",\"name\":\"Skype for Business mobile\",\"aliases\":[\"Microsoft Skype for Business mobile\",\"Skype for Business for iOS and Android\"],\"offers\":{\"im\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb-clients\",\"quote\":\"All current Skype for Business mobile clients already use Unified Communications Web API (UCWA) to support instant messaging (IM), presence, and contacts.\",\"note\":\"Stated; no comparison table has a column for Skype for Business mobile clients.\"}},\"presence\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb-clients\",\"quote\":\"All current Skype for Business mobile clients already use Unified Communications Web API (UCWA) to support instant messaging (IM), presence, and contacts.\",\"note\":\"Stated; no comparison table has a column for Skype for Business mobile clients.\"}},\"conferencing\":{\"level\":\"undocumented\"},\"group-chat\":{\"level\":\"undocumented\"}}},{\"id\":\"lync-2013\",\"name\":\"Lync 2013\",\"aliases\":[\"Microsoft Lync 2013\"],\"offers\":{\"im\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb2019-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2019, IM support, column \\\"Lync 2013 client\\\": \\\"Initiate IM with or email to a contact\\\" is marked.\"},\"note\":\"Older tables agree: Desktop client feature comparison for Skype for Business Server 2015 (IM support, column \\\"Lync 2013 client\\\"): yes; Desktop client comparison tables for Lync Server 2013 (IM Support, column \\\"Lync 2013\\\"): yes.\"},\"presence\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb2019-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2019, Enhanced Presence support, column \\\"Lync 2013 client\\\": \\\"Publish status\\\", \\\"View status\\\" are marked.\"},\"note\":\"Older tables agree: Desktop client feature comparison for Skype for Business Server 2015 (Enhanced Presence support, column \\\"Lync 2013 client\\\"): yes; Desktop client comparison tables for Lync Server 2013 (Enhanced Presence Support, column \\\"Lync 2013\\\"): yes.\"},\"conferencing\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb2019-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2019, Meetings support, column \\\"Lync 2013 client\\\": \\\"Add computer audio\\\", \\\"Access detailed meeting roster\\\", \\\"Participate in multiparty IM\\\", \\\"Use in-meeting presenter controls\\\" are marked.\"},\"note\":\"Older tables agree: Desktop client feature comparison for Skype for Business Server 2015 (Meetings support, column \\\"Lync 2013 client\\\"): yes; Desktop client comparison tables for Lync Server 2013 (Conferencing Support, column \\\"Lync 2013\\\"): yes.\"},\"group-chat\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb2019-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2019, IM support, column \\\"Lync 2013 client\\\": \\\"Persistent Chat (Group Chat) integration\\\" is marked.\"},\"note\":\"Older tables agree: Desktop client feature comparison for Skype for Business Server 2015 (IM support, column \\\"Lync 2013 client\\\"): yes; Desktop client comparison tables for Lync Server 2013 (IM Support, column \\\"Lync 2013\\\"): yes.\"}}},{\"id\":\"lync-2013-basic\",\"name\":\"Lync 2013 Basic\",\"aliases\":[\"Microsoft Lync 2013 Basic\",\"Lync Basic 2013\",\"Microsoft Lync Basic 2013\"],\"offers\":{\"im\":{\"level\":\"yes\",\"source\":{\"ref\":\"gg425836\",\"note\":\"Desktop client comparison tables for Lync Server 2013, IM Support, column \\\"Lync 2013 Basic\\\": \\\"Initiate IM or email to a contact\\\" is marked.\"}},\"presence\":{\"level\":\"yes\",\"source\":{\"ref\":\"gg425836\",\"note\":\"Desktop client comparison tables for Lync Server 2013, Enhanced Presence Support, column \\\"Lync 2013 Basic\\\": \\\"Publish status\\\", \\\"View status\\\" are marked.\"}},\"conferencing\":{\"level\":\"yes\",\"source\":{\"ref\":\"gg425836\",\"note\":\"Desktop client comparison tables for Lync Server 2013, Conferencing Support, column \\\"Lync 2013 Basic\\\": \\\"Add computer audio\\\", \\\"Access detailed meeting roster\\\", \\\"Participate in multiparty IM\\\", \\\"Use in-meeting presenter controls\\\" are marked.\"}},\"group-chat\":{\"level\":\"yes\",\"source\":{\"ref\":\"gg425836\",\"note\":\"Desktop client comparison tables for Lync Server 2013, IM Support, column \\\"Lync 2013 Basic\\\": \\\"Persistent Chat (Group Chat) integration\\\" is marked.\"}}}},{\"id\":\"lync-web-app-2013\",\"name\":\"Lync Web App 2013\",\"aliases\":[\"Microsoft Lync Web App 2013\",\"LWA 2013\"],\"offers\":{\"im\":{\"level\":\"no\",\"source\":{\"ref\":\"gg425836\",\"note\":\"Desktop client comparison tables for Lync Server 2013, IM Support, column \\\"Lync Web App\\\": \\\"Initiate IM or email to a contact\\\" is not marked.\"},\"note\":\"Table 2 of Client interoperability in Lync 2013 says \\\"Lync Web App and Lync 2010 Attendee are meeting-only clients\\\".\"},\"presence\":{\"level\":\"no\",\"source\":{\"ref\":\"gg425836\",\"note\":\"Desktop client comparison tables for Lync Server 2013, Enhanced Presence Support, column \\\"Lync Web App\\\": \\\"Publish status\\\", \\\"View status\\\" are not marked.\"},\"note\":\"Table 2 of Client interoperability in Lync 2013 says \\\"Lync Web App and Lync 2010 Attendee are meeting-only clients\\\".\"},\"conferencing\":{\"level\":\"yes\",\"source\":{\"ref\":\"gg425836\",\"note\":\"Desktop client comparison tables for Lync Server 2013, Conferencing Support, column \\\"Lync Web App\\\": \\\"Add computer audio\\\", \\\"Access detailed meeting roster\\\", \\\"Participate in multiparty IM\\\", \\\"Use in-meeting presenter controls\\\" are marked.\"},\"note\":\"Table 2 of Client interoperability in Lync 2013 says \\\"Lync Web App and Lync 2010 Attendee are meeting-only clients\\\".\"},\"group-chat\":{\"level\":\"no\",\"source\":{\"ref\":\"gg425836\",\"note\":\"Desktop client comparison tables for Lync Server 2013, IM Support, column \\\"Lync Web App\\\": \\\"Persistent Chat (Group Chat) integration\\\" is not marked.\"},\"note\":\"Table 2 of Client interoperability in Lync 2013 says \\\"Lync Web App and Lync 2010 Attendee are meeting-only clients\\\".\"}}},{\"id\":\"lync-windows-store-app\",\"name\":\"Lync Windows Store app\",\"aliases\":[\"Microsoft Lync Windows Store app\"],\"offers\":{\"im\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb2015-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2015, IM support, column \\\"Lync Windows Store app\\\": \\\"Initiate IM with or email to a contact\\\" is marked.\"},\"note\":\"Older table agrees: Desktop client comparison tables for Lync Server 2013 (IM Support, column \\\"Lync Windows Store app\\\"): yes.\"},\"presence\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb2015-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2015, Enhanced Presence support, column \\\"Lync Windows Store app\\\": \\\"Publish status\\\", \\\"View status\\\" are marked.\"},\"note\":\"Older table agrees: Desktop client comparison tables for Lync Server 2013 (Enhanced Presence Support, column \\\"Lync Windows Store app\\\"): yes.\"},\"conferencing\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb2015-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2015, Meetings support, column \\\"Lync Windows Store app\\\": \\\"Add computer audio\\\", \\\"Access detailed meeting roster\\\", \\\"Participate in multiparty IM\\\", \\\"Use in-meeting presenter controls\\\" are marked.\"},\"note\":\"Older table agrees: Desktop client comparison tables for Lync Server 2013 (Conferencing Support, column \\\"Lync Windows Store app\\\"): yes.\"},\"group-chat\":{\"level\":\"no\",\"source\":{\"ref\":\"sfb2015-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2015, IM support, column \\\"Lync Windows Store app\\\": \\\"Persistent Chat (Group Chat) integration\\\" is not marked.\"},\"note\":\"Older table agrees: Desktop client comparison tables for Lync Server 2013 (IM Support, column \\\"Lync Windows Store app\\\"): no.\"}}},{\"id\":\"lync-2013-mobile\",\"name\":\"Lync 2013 Mobile\",\"aliases\":[\"Microsoft Lync 2013 Mobile\",\"Lync Mobile 2013\"],\"offers\":{\"im\":{\"level\":\"yes\",\"source\":{\"ref\":\"hh691004\",\"note\":\"Instant Messaging Support in Lync Mobile Clients, row \\\"Initiate instant messaging (IM) with a contact\\\": marked for Windows Phone, iPhone, iPad and Android. The mobile tables are not among the desktop tables the defining-row rule reads; their row is used as a direct statement. No desktop comparison table has a column for it.\"}},\"presence\":{\"level\":\"yes\",\"source\":{\"ref\":\"hh691004\",\"note\":\"Enhanced Presence Support in Lync Mobile Clients, row \\\"Publish and view status\\\": marked for Windows Phone, iPhone, iPad and Android (a direct statement; the desktop defining rows \\\"Publish status\\\" and \\\"View status\\\" are one row here). No desktop comparison table has a column for it.\"}},\"conferencing\":{\"level\":\"partial\",\"source\":{\"ref\":\"hh691004\",\"note\":\"Conferencing Support in Lync Mobile Clients: \\\"Participate in multiparty IM\\\", \\\"Access detailed meeting roster for audio conferences\\\" and \\\"Access detailed meeting roster for IM conferences\\\" are marked for Windows Phone, iPhone, iPad and Android; \\\"Use in-meeting presenter controls\\\" is not (the table has no \\\"Add computer audio\\\" row). Some of the defining rows: partial. No desktop comparison table has a column for it.\"}},\"group-chat\":{\"level\":\"undocumented\"}}},{\"id\":\"online-meeting-add-in-for-lync-2013\",\"name\":\"Online Meeting Add-in for Lync 2013\",\"aliases\":[\"Microsoft Online Meeting Add-in for Lync 2013\"],\"offers\":{\"im\":{\"level\":\"undocumented\"},\"presence\":{\"level\":\"undocumented\"},\"conferencing\":{\"level\":\"undocumented\"},\"group-chat\":{\"level\":\"undocumented\"}}},{\"id\":\"lync-2013-web-scheduler\",\"name\":\"Lync 2013 Web Scheduler\",\"aliases\":[\"Microsoft Lync 2013 Web Scheduler\",\"Lync Web Scheduler\"],\"offers\":{\"im\":{\"level\":\"undocumented\"},\"presence\":{\"level\":\"undocumented\"},\"conferencing\":{\"level\":\"undocumented\"},\"group-chat\":{\"level\":\"undocumented\"}}},{\"id\":\"lync-2010\",\"name\":\"Lync 2010\",\"aliases\":[\"Microsoft Lync 2010\"],\"offers\":{\"im\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb2015-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2015, IM support, column \\\"Lync 2010\\\": \\\"Initiate IM with or email to a contact\\\" is marked.\"},\"note\":\"Older table agrees: Desktop client comparison tables for Lync Server 2013 (IM Support, column \\\"Lync 2010\\\"): yes.\"},\"presence\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb2015-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2015, Enhanced Presence support, column \\\"Lync 2010\\\": \\\"Publish status\\\", \\\"View status\\\" are marked.\"},\"note\":\"Older table agrees: Desktop client comparison tables for Lync Server 2013 (Enhanced Presence Support, column \\\"Lync 2010\\\"): yes.\"},\"conferencing\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb2015-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2015, Meetings support, column \\\"Lync 2010\\\": \\\"Add computer audio\\\", \\\"Access detailed meeting roster\\\", \\\"Participate in multiparty IM\\\", \\\"Use in-meeting presenter controls\\\" are marked.\"},\"note\":\"Older table agrees: Desktop client comparison tables for Lync Server 2013 (Conferencing Support, column \\\"Lync 2010\\\"): yes.\"},\"group-chat\":{\"level\":\"no\",\"source\":{\"ref\":\"sfb2015-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2015, IM support, column \\\"Lync 2010\\\": \\\"Persistent Chat (Group Chat) integration\\\" is not marked.\"},\"note\":\"Older table agrees: Desktop client comparison tables for Lync Server 2013 (IM Support, column \\\"Lync 2010\\\"): no.\"}}},{\"id\":\"lync-2010-attendant\",\"name\":\"Lync 2010 Attendant\",\"aliases\":[\"Microsoft Lync 2010 Attendant\"],\"offers\":{\"im\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb2015-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2015, IM support, column \\\"Lync 2010 Attendant\\\": \\\"Initiate IM with or email to a contact\\\" is marked.\"},\"note\":\"Older table agrees: Desktop client comparison tables for Lync Server 2013 (IM Support, column \\\"Lync 2010 Attendant\\\"): yes.\"},\"presence\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb2015-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2015, Enhanced Presence support, column \\\"Lync 2010 Attendant\\\": \\\"Publish status\\\", \\\"View status\\\" are marked.\"},\"note\":\"Older table agrees: Desktop client comparison tables for Lync Server 2013 (Enhanced Presence Support, column \\\"Lync 2010 Attendant\\\"): yes.\"},\"conferencing\":{\"level\":\"partial\",\"source\":{\"ref\":\"sfb2015-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2015, Meetings support, column \\\"Lync 2010 Attendant\\\": \\\"Add computer audio\\\", \\\"Access detailed meeting roster\\\", \\\"Participate in multiparty IM\\\" are marked; \\\"Use in-meeting presenter controls\\\" is not marked.\"},\"note\":\"Older table agrees: Desktop client comparison tables for Lync Server 2013 (Conferencing Support, column \\\"Lync 2010 Attendant\\\"): partial.\"},\"group-chat\":{\"level\":\"no\",\"source\":{\"ref\":\"sfb2015-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2015, IM support, column \\\"Lync 2010 Attendant\\\": \\\"Persistent Chat (Group Chat) integration\\\" is not marked.\"},\"note\":\"Older table agrees: Desktop client comparison tables for Lync Server 2013 (IM Support, column \\\"Lync 2010 Attendant\\\"): no.\"}}},{\"id\":\"lync-2010-group-chat\",\"name\":\"Lync 2010 Group Chat\",\"aliases\":[\"Microsoft Lync 2010 Group Chat\"],\"offers\":{\"im\":{\"level\":\"undocumented\"},\"presence\":{\"level\":\"undocumented\"},\"conferencing\":{\"level\":\"undocumented\"},\"group-chat\":{\"level\":\"yes\",\"source\":{\"ref\":\"gg398499\",\"quote\":\"In Microsoft Lync Server 2010, group chat functionality was available with Group Chat Server, a third-party trusted application for Lync Server 2010.\",\"note\":\"Footnote 1 of the seed table, attached to this client's cell on Lync Server 2010: the Group Chat client is the client of that group chat functionality. No comparison table has a column for the client, so its other workloads stay undocumented.\"}}}},{\"id\":\"lync-web-app-2010\",\"name\":\"Lync Web App 2010\",\"aliases\":[\"Microsoft Lync Web App 2010\",\"LWA 2010\"],\"offers\":{\"im\":{\"level\":\"no\",\"source\":{\"ref\":\"jj204672-t2\",\"quote\":\"Lync Web App and Lync 2010 Attendee are meeting-only clients\",\"note\":\"Stated by the note on Table 2 (peer-to-peer features, clients signed in to Lync Server 2013 or Lync Server 2010): a meeting-only client. No comparison table has a column for Lync Web App 2010.\"}},\"presence\":{\"level\":\"no\",\"source\":{\"ref\":\"jj204672-t2\",\"quote\":\"Lync Web App and Lync 2010 Attendee are meeting-only clients\",\"note\":\"Stated by the note on Table 2 (peer-to-peer features, clients signed in to Lync Server 2013 or Lync Server 2010): a meeting-only client. No comparison table has a column for Lync Web App 2010.\"}},\"conferencing\":{\"level\":\"yes\",\"source\":{\"ref\":\"jj204672-t2\",\"quote\":\"Lync Web App and Lync 2010 Attendee are meeting-only clients\",\"note\":\"Stated by the note on Table 2 (peer-to-peer features, clients signed in to Lync Server 2013 or Lync Server 2010): a meeting-only client. No comparison table has a column for Lync Web App 2010.\"}},\"group-chat\":{\"level\":\"no\",\"source\":{\"ref\":\"jj204672-t2\",\"quote\":\"Lync Web App and Lync 2010 Attendee are meeting-only clients\",\"note\":\"Stated by the note on Table 2 (peer-to-peer features, clients signed in to Lync Server 2013 or Lync Server 2010): a meeting-only client. No comparison table has a column for Lync Web App 2010.\"}}}},{\"id\":\"lync-2010-attendee\",\"name\":\"Lync 2010 Attendee\",\"aliases\":[\"Microsoft Lync 2010 Attendee\"],\"offers\":{\"im\":{\"level\":\"no\",\"source\":{\"ref\":\"jj204672-t2\",\"quote\":\"Lync Web App and Lync 2010 Attendee are meeting-only clients\",\"note\":\"Stated by the note on Table 2 (peer-to-peer features): a meeting-only client. No comparison table has a column for Lync 2010 Attendee.\"}},\"presence\":{\"level\":\"no\",\"source\":{\"ref\":\"jj204672-t2\",\"quote\":\"Lync Web App and Lync 2010 Attendee are meeting-only clients\",\"note\":\"Stated by the note on Table 2 (peer-to-peer features): a meeting-only client. No comparison table has a column for Lync 2010 Attendee.\"}},\"conferencing\":{\"level\":\"yes\",\"source\":{\"ref\":\"jj204672-t2\",\"quote\":\"Lync Web App and Lync 2010 Attendee are meeting-only clients\",\"note\":\"Stated by the note on Table 2 (peer-to-peer features): a meeting-only client. No comparison table has a column for Lync 2010 Attendee.\"}},\"group-chat\":{\"level\":\"no\",\"source\":{\"ref\":\"jj204672-t2\",\"quote\":\"Lync Web App and Lync 2010 Attendee are meeting-only clients\",\"note\":\"Stated by the note on Table 2 (peer-to-peer features): a meeting-only client. No comparison table has a column for Lync 2010 Attendee.\"}}}},{\"id\":\"lync-2010-mobile\",\"name\":\"Lync 2010 Mobile\",\"aliases\":[\"Microsoft Lync 2010 Mobile\"],\"offers\":{\"im\":{\"level\":\"yes\",\"source\":{\"ref\":\"jj204672-t2\",\"note\":\"Table 2 (Peer-to-Peer Feature Support), row \\\"Lync 2010 Mobile\\\": Instant Messaging \\\"Yes\\\". No desktop comparison table has a column for it.\"}},\"presence\":{\"level\":\"yes\",\"source\":{\"ref\":\"jj204672-t2\",\"note\":\"Table 2 (Peer-to-Peer Feature Support), row \\\"Lync 2010 Mobile\\\": Presence \\\"Yes\\\". No desktop comparison table has a column for it.\"}},\"conferencing\":{\"level\":\"undocumented\"},\"group-chat\":{\"level\":\"undocumented\"}}},{\"id\":\"lync-phone-edition\",\"name\":\"Lync Phone Edition\",\"aliases\":[\"Microsoft Lync Phone Edition\",\"Lync 2010 Phone Edition\",\"Microsoft Lync 2010 Phone Edition\"],\"offers\":{\"im\":{\"level\":\"yes\",\"source\":{\"ref\":\"jj204672-t2\",\"note\":\"Table 2 (Peer-to-Peer Feature Support), row \\\"Lync Phone Edition\\\": Instant Messaging \\\"Yes\\\". This wins over the defining-row rule, which gives \\\"no\\\": the row \\\"Initiate IM with or email to a contact\\\" (Skype for Business Server 2015 comparison, IM support) and \\\"Initiate IM or email to a contact\\\" (Lync Server 2013 comparison, IM Support) are blank for Lync Phone Edition.\"}},\"presence\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb2015-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2015, Enhanced Presence support, column \\\"Lync Phone Edition\\\": \\\"Publish status\\\", \\\"View status\\\" are marked.\"},\"note\":\"Older table agrees: Desktop client comparison tables for Lync Server 2013 (Enhanced Presence Support, column \\\"Lync Phone Edition\\\"): yes.\"},\"conferencing\":{\"level\":\"partial\",\"source\":{\"ref\":\"sfb2015-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2015, Meetings support, column \\\"Lync Phone Edition\\\": \\\"Add computer audio\\\" is marked; \\\"Access detailed meeting roster\\\", \\\"Participate in multiparty IM\\\", \\\"Use in-meeting presenter controls\\\" are not marked.\"},\"note\":\"Older table agrees: Desktop client comparison tables for Lync Server 2013 (Conferencing Support, column \\\"Lync Phone Edition\\\"): partial.\"},\"group-chat\":{\"level\":\"no\",\"source\":{\"ref\":\"sfb2015-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2015, IM support, column \\\"Lync Phone Edition\\\": \\\"Persistent Chat (Group Chat) integration\\\" is not marked.\"},\"note\":\"Older table agrees: Desktop client comparison tables for Lync Server 2013 (IM Support, column \\\"Lync Phone Edition\\\"): no.\"}}},{\"id\":\"lync-for-mac-2011\",\"name\":\"Lync for Mac 2011\",\"aliases\":[\"Microsoft Lync for Mac 2011\"],\"offers\":{\"im\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb2015-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2015, IM support, column \\\"Lync for Mac 2011\\\": \\\"Initiate IM with or email to a contact\\\" is marked.\"},\"note\":\"Older table agrees: Desktop client comparison tables for Lync Server 2013 (IM Support, column \\\"Lync for Mac 2011\\\"): yes.\"},\"presence\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb2015-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2015, Enhanced Presence support, column \\\"Lync for Mac 2011\\\": \\\"Publish status\\\", \\\"View status\\\" are marked.\"},\"note\":\"Older table agrees: Desktop client comparison tables for Lync Server 2013 (Enhanced Presence Support, column \\\"Lync for Mac 2011\\\"): yes.\"},\"conferencing\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb2015-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2015, Meetings support, column \\\"Lync for Mac 2011\\\": \\\"Add computer audio\\\", \\\"Access detailed meeting roster\\\", \\\"Participate in multiparty IM\\\", \\\"Use in-meeting presenter controls\\\" are marked.\"},\"note\":\"Older table agrees: Desktop client comparison tables for Lync Server 2013 (Conferencing Support, column \\\"Lync for Mac 2011\\\"): yes.\"},\"group-chat\":{\"level\":\"no\",\"source\":{\"ref\":\"sfb2015-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2015, IM support, column \\\"Lync for Mac 2011\\\": \\\"Persistent Chat (Group Chat) integration\\\" is not marked.\"},\"note\":\"Older table agrees: Desktop client comparison tables for Lync Server 2013 (IM Support, column \\\"Lync for Mac 2011\\\"): no.\"}}},{\"id\":\"online-meeting-add-in-for-lync-2010\",\"name\":\"Online Meeting Add-in for Lync 2010\",\"aliases\":[\"Microsoft Online Meeting Add-in for Lync 2010\"],\"offers\":{\"im\":{\"level\":\"undocumented\"},\"presence\":{\"level\":\"undocumented\"},\"conferencing\":{\"level\":\"undocumented\"},\"group-chat\":{\"level\":\"undocumented\"}}},{\"id\":\"office-communicator-2007-r2\",\"name\":\"Office Communicator 2007 R2\",\"aliases\":[\"Microsoft Office Communicator 2007 R2\",\"OC 2007 R2\"],\"offers\":{\"im\":{\"level\":\"yes\",\"source\":{\"ref\":\"jj204672-t2\",\"note\":\"Table 2 (Peer-to-Peer Feature Support), row \\\"Office Communicator 2007 R2\\\": Instant Messaging \\\"Yes\\\". No comparison table has a column for it.\"}},\"presence\":{\"level\":\"yes\",\"source\":{\"ref\":\"jj204672-t2\",\"note\":\"Table 2 (Peer-to-Peer Feature Support), row \\\"Office Communicator 2007 R2\\\": Presence \\\"Yes\\\". No comparison table has a column for it.\"}},\"conferencing\":{\"level\":\"yes\",\"source\":{\"ref\":\"gg398499\",\"quote\":\"The presence and IM features in Office Communicator 2007 R2 are compatible with Lync Server 2013, but conferencing features are not.\",\"note\":\"Footnote 3 of the seed table (footnote 4 of Table 1) speaks of the conferencing features of Office Communicator 2007 R2 (which are not compatible with Lync Server 2013): the client has them. No comparison table has a column for it.\"}},\"group-chat\":{\"level\":\"undocumented\"}}},{\"id\":\"communicator-for-mac-2011\",\"name\":\"Communicator for Mac 2011\",\"aliases\":[\"Microsoft Communicator for Mac 2011\"],\"offers\":{\"im\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb2015-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2015, IM support, column \\\"Communicator for Mac 2011\\\": \\\"Initiate IM with or email to a contact\\\" is marked.\"},\"note\":\"Older table agrees: Desktop client comparison tables for Lync Server 2013 (IM Support, column \\\"Communicator for Mac 2011\\\"): yes.\"},\"presence\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb2015-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2015, Enhanced Presence support, column \\\"Communicator for Mac 2011\\\": \\\"Publish status\\\", \\\"View status\\\" are marked.\"},\"note\":\"Older table agrees: Desktop client comparison tables for Lync Server 2013 (Enhanced Presence Support, column \\\"Communicator for Mac 2011\\\"): yes.\"},\"conferencing\":{\"level\":\"partial\",\"source\":{\"ref\":\"sfb2015-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2015, Meetings support, column \\\"Communicator for Mac 2011\\\": \\\"Add computer audio\\\", \\\"Participate in multiparty IM\\\" are marked; \\\"Access detailed meeting roster\\\", \\\"Use in-meeting presenter controls\\\" are not marked.\"},\"note\":\"Older table agrees: Desktop client comparison tables for Lync Server 2013 (Conferencing Support, column \\\"Communicator for Mac 2011\\\"): partial.\"},\"group-chat\":{\"level\":\"no\",\"source\":{\"ref\":\"sfb2015-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2015, IM support, column \\\"Communicator for Mac 2011\\\": \\\"Persistent Chat (Group Chat) integration\\\" is not marked.\"},\"note\":\"Older table agrees: Desktop client comparison tables for Lync Server 2013 (IM Support, column \\\"Communicator for Mac 2011\\\"): no.\"}}},{\"id\":\"ocs-2007-r2-attendant\",\"name\":\"Microsoft Office Communications Server 2007 R2 Attendant\",\"aliases\":[\"Office Communications Server 2007 R2 Attendant\",\"OCS 2007 R2 Attendant\"],\"offers\":{\"im\":{\"level\":\"undocumented\"},\"presence\":{\"level\":\"undocumented\"},\"conferencing\":{\"level\":\"undocumented\"},\"group-chat\":{\"level\":\"undocumented\"}}},{\"id\":\"office-communicator-2007-r2-conferencing-add-in\",\"name\":\"Office Communicator 2007 R2 Conferencing Add-in\",\"aliases\":[\"Microsoft Office Communicator 2007 R2 Conferencing Add-in\",\"OC 2007 R2 Conferencing Add-in\"],\"offers\":{\"im\":{\"level\":\"undocumented\"},\"presence\":{\"level\":\"undocumented\"},\"conferencing\":{\"level\":\"undocumented\"},\"group-chat\":{\"level\":\"undocumented\"}}},{\"id\":\"office-communicator-2007\",\"name\":\"Office Communicator 2007\",\"aliases\":[\"Microsoft Office Communicator 2007\",\"OC 2007\"],\"offers\":{\"im\":{\"level\":\"undocumented\"},\"presence\":{\"level\":\"undocumented\"},\"conferencing\":{\"level\":\"undocumented\"},\"group-chat\":{\"level\":\"undocumented\"}}},{\"id\":\"office-live-meeting-2007\",\"name\":\"Office Live Meeting 2007\",\"aliases\":[\"Microsoft Office Live Meeting 2007\",\"Live Meeting 2007\"],\"offers\":{\"im\":{\"level\":\"undocumented\"},\"presence\":{\"level\":\"undocumented\"},\"conferencing\":{\"level\":\"undocumented\"},\"group-chat\":{\"level\":\"undocumented\"}}}],\"footnotes\":[{\"id\":\"seed-1\",\"text\":\"In Microsoft Lync Server 2010, group chat functionality was available with Group Chat Server, a third-party trusted application for Lync Server 2010. Lync 2013 clients are not compatible with Lync Server 2010, Group Chat.\",\"reading\":\"Footnote 1 of the seed table. Attached to Lync 2010 Group Chat on Lync Server 2010, and applied as a refinement: a population of Lync 2013 on Lync Server 2010 that declares group-chat is not supported (Lync 2010 Group Chat is the replacement).\"},{\"id\":\"seed-2\",\"text\":\"Lync Web App 2013 now provides a full in-meeting experience, including computer audio and video, and is considered the replacement for Lync 2010 Attendee.\",\"reading\":\"Footnote 2 of the seed table. Attached to Lync 2010 Attendee on Lync Server 2013 (not supported), whose replacement is Lync Web App 2013.\"},{\"id\":\"seed-3\",\"text\":\"The presence and IM features in Office Communicator 2007 R2 are compatible with Lync Server 2013, but conferencing features are not. During migration from Office Communications Server 2007 R2, Office Communicator 2007 R2 is suitable for presence and IM interoperability, but users should use Lync Web App 2013 to join Lync Server 2013 meetings.\",\"reading\":\"Footnote 3 of the seed table. Applied as a refinement: a population of Office Communicator 2007 R2 on Lync Server 2013 that declares conferencing or group-chat is not supported (Lync Web App 2013 joins the meetings); im and presence stay interoperable.\"},{\"id\":\"interop-1\",\"text\":\"For details, see Migration from Lync Server 2010, Group Chat or Office Communications Server 2007 R2 Group Chat to Lync Server 2013, Persistent Chat Server.\",\"reading\":\"Footnote 1 of Table 1 of Client interoperability in Lync 2013. Shown with that table's conflicting verdict (Supported) for Lync 2010 Group Chat on Lync Server 2013; the seed table's Not Applicable wins.\"},{\"id\":\"interop-2\",\"text\":\"In Microsoft Lync Server 2010, group chat functionality was available with Group Chat Server, a third-party trusted application for Lync Server 2010. Lync 2013 clients are not compatible with Lync Server 2010, Group Chat.\",\"reading\":\"Footnote 2 of Table 1 (the seed's footnote 1, renumbered). Applied as a refinement where the seed table has no row: a population of Lync 2013 Basic on Lync Server 2010 that declares group-chat is not supported.\"},{\"id\":\"interop-3\",\"text\":\"Lync Web App 2013 now provides a full in-meeting experience, including computer audio and video, and is considered the replacement for Lync 2010 Attendee. Lync 2010 Attendee will connect to Lync Server 2013 only when you are using an unsupported browser (Internet Explorer 6 or Internet Explorer 7) and Windows XP.\",\"reading\":\"Footnote 3 of Table 1: the seed's footnote 2 plus a sentence on Internet Explorer 6 or 7 and Windows XP. Shown with Table 1's verdict for Lync 2010 Attendee on Lync Server 2013, a conflict in footnote only; the status is not supported either way.\"},{\"id\":\"interop-5\",\"text\":\"For limitations, see \\\"Conferencing Feature Support for Lync 2013 Clients in Lync Server 2010 Meetings\\\" later in this topic.\",\"reading\":\"Footnote 5 of Table 1. Applied as a refinement: a population of Lync 2013 or Lync 2013 Basic on Lync Server 2010 that declares conferencing is interoperable (Lync Server 2010 meetings lack some Lync 2013 features: No Meeting IM, Gallery View, Lock the Video Spotlight, Pin to Gallery); also shown with Table 1's verdict for Lync 2013 on Lync Server 2010, which the seed prints without a footnote.\"},{\"id\":\"sfb-1\",\"text\":\"If you've previously used a combination of Lync clients, note that there are unsupported Legacy clients that are incompatible with Skype for Business Server 2019.\",\"reading\":\"Attached to the previously released clients that Skype for Business Server 2015 lists and Skype for Business Server 2019 does not (Lync 2010, Lync 2010 Attendant, Lync Phone Edition): not supported on Skype for Business Server 2019. The sources number none of the Skype for Business footnotes; these are numbered as in the skype-for-business-server matrix.\"},{\"id\":\"sfb-2\",\"text\":\"MCX (Mobility Service) support for legacy mobile clients is no longer available in Skype for Business Server 2019. All current Skype for Business mobile clients already use Unified Communications Web API (UCWA) to support instant messaging (IM), presence, and contacts. Users with legacy clients using MCX will need to upgrade to a current client.\",\"reading\":\"Attached to Lync 2010 Mobile (an Mcx client) on Skype for Business Server 2019: not supported; its replacement is a current Skype for Business mobile client.\"},{\"id\":\"sfb-3\",\"text\":\"Persitent Chat, SQL Mirroring, and XMPP Gateway functionalities are no longer available as Skype for Business Server 2019 features.\",\"reading\":\"Applied as a refinement of every supported cell on Skype for Business Server 2019 whose client offers group chat: a population that declares group-chat is not supported there. A client without Persistent Chat integration (Skype for Business on Mac, the web app) gets a capability finding instead, on whatever server.\"},{\"id\":\"sfb-4\",\"text\":\"The Skype for Business Web App browser client and Skype Meetings App Windows 10 app only provide Meetings support.\",\"reading\":\"Attached to Skype for Business Web App on both servers, where conferencing is supported. The web app offers meetings only: a web-app population that declares im, presence or group-chat gets a capability finding (the client does not offer the workload), from the client capabilities, on whatever server.\"}],\"cells\":[{\"client\":\"skype-for-business-2019\",\"server\":\"skype-for-business-server-2019\",\"status\":\"supported\",\"workloads\":{\"group-chat\":{\"status\":\"not-supported\",\"footnotes\":[\"sfb-3\"],\"advice\":\"Keep users who need Persistent Chat on a Skype for Business Server 2015 pool.\",\"source\":{\"ref\":\"sfb2019-deprecations\",\"note\":\"Derived from footnote sfb-3: Persistent Chat (group chat) is no longer available in Skype for Business Server 2019.\",\"quote\":\"Persitent Chat, SQL Mirroring, and XMPP Gateway functionalities are no longer available as Skype for Business Server 2019 features.\"}}},\"source\":{\"ref\":\"sfb-clients\",\"quote\":\"Skype for Business (2019) is the recommended full-featured client for Skype for Business Server 2015 and 2019.\"}},{\"client\":\"skype-for-business-2019\",\"server\":\"skype-for-business-server-2015\",\"status\":\"supported\",\"source\":{\"ref\":\"sfb-clients\",\"quote\":\"Skype for Business (2019) is the recommended full-featured client for Skype for Business Server 2015 and 2019.\"}},{\"client\":\"skype-for-business-2019\",\"server\":\"lync-server-2013\",\"status\":\"undocumented\"},{\"client\":\"skype-for-business-2019\",\"server\":\"lync-server-2010\",\"status\":\"undocumented\"},{\"client\":\"skype-for-business-2019\",\"server\":\"ocs-2007-r2\",\"status\":\"undocumented\"},{\"client\":\"skype-for-business-2016\",\"server\":\"skype-for-business-server-2019\",\"status\":\"supported\",\"workloads\":{\"group-chat\":{\"status\":\"not-supported\",\"footnotes\":[\"sfb-3\"],\"advice\":\"Keep users who need Persistent Chat on a Skype for Business Server 2015 pool.\",\"source\":{\"ref\":\"sfb2019-deprecations\",\"note\":\"Derived from footnote sfb-3: Persistent Chat (group chat) is no longer available in Skype for Business Server 2019.\",\"quote\":\"Persitent Chat, SQL Mirroring, and XMPP Gateway functionalities are no longer available as Skype for Business Server 2019 features.\"}}},\"source\":{\"ref\":\"sfb-clients\",\"quote\":\"Skype for Business 2016 is a full-featured client for Skype for Business Server 2015 or 2019.\"}},{\"client\":\"skype-for-business-2016\",\"server\":\"skype-for-business-server-2015\",\"status\":\"supported\",\"source\":{\"ref\":\"sfb-clients\",\"quote\":\"Skype for Business 2016 is a full-featured client for Skype for Business Server 2015 or 2019.\"}},{\"client\":\"skype-for-business-2016\",\"server\":\"lync-server-2013\",\"status\":\"supported\",\"advice\":\"The Lync 2013 client experience is not an option for Skype for Business 2016: its users keep the Skype for Business user interface.\",\"requires\":{\"update\":\"dec-2014\",\"unmet\":\"supported\",\"note\":\"The update is \\\"required to manage the configuration of the Skype for Business client\\\" (EnableSkypeUI). Without it the client still signs in, but \\\"User asked to switch to Lync client experience (user cannot switch to Skype for Business later)\\\": the pair stays supported, in the Lync client experience. The page adds that \\\"The Lync 2013 client experience is not an option for Skype for Business 2016 client versions\\\" and does not say what a 2016 client does on an unpatched server.\",\"source\":{\"ref\":\"dn954919\",\"quote\":\"Lync Server 2013 - December 2014 Cumulative Update (5.0.8308.857) for Lync Server 2013.\"}},\"source\":{\"ref\":\"dn954919\",\"quote\":\"Lync Server 2013 supports the new Skype for Business client experience as well as the Lync client experience.\",\"note\":\"The page configures the experience of Skype for Business client users in a Lync Server 2013 environment, and names Skype for Business 2016 client versions in it; the Desktop client comparison tables for Lync Server 2013 also have a column \\\"Skype for Business 2015 and 2016 client\\\".\"}},{\"client\":\"skype-for-business-2016\",\"server\":\"lync-server-2010\",\"status\":\"supported\",\"advice\":\"The Lync 2013 client experience is not an option for Skype for Business 2016: its users keep the Skype for Business user interface.\",\"requires\":{\"update\":\"feb-2015\",\"unmet\":\"supported\",\"note\":\"The update is \\\"required to manage the configuration of the Skype for Business client\\\" (EnableSkypeUI). Without it the client still signs in, but \\\"User asked to switch to Lync client experience (user cannot switch to Skype for Business later)\\\": the pair stays supported, in the Lync client experience. The page adds that \\\"The Lync 2013 client experience is not an option for Skype for Business 2016 client versions\\\" and does not say what a 2016 client does on an unpatched server.\",\"source\":{\"ref\":\"dn954919\",\"quote\":\"Lync Server 2010 - February 2015 Cumulative Update (4.0.7577.710) for Lync Server 2010.\"}},\"source\":{\"ref\":\"dn954919\",\"quote\":\"Lync Server 2010 or Lync Server 2013 (with correct patches)\",\"note\":\"Implied: the client-experience tables give the experience of the Skype for Business client on \\\"Lync Server 2010 or Lync Server 2013\\\", with and without patches, and the page lists the Lync Server 2010 update needed to manage it; it names Skype for Business 2016 client versions.\"}},{\"client\":\"skype-for-business-2016\",\"server\":\"ocs-2007-r2\",\"status\":\"undocumented\"},{\"client\":\"skype-for-business-2015\",\"server\":\"skype-for-business-server-2019\",\"status\":\"supported\",\"workloads\":{\"group-chat\":{\"status\":\"not-supported\",\"footnotes\":[\"sfb-3\"],\"advice\":\"Keep users who need Persistent Chat on a Skype for Business Server 2015 pool.\",\"source\":{\"ref\":\"sfb2019-deprecations\",\"note\":\"Derived from footnote sfb-3: Persistent Chat (group chat) is no longer available in Skype for Business Server 2019.\",\"quote\":\"Persitent Chat, SQL Mirroring, and XMPP Gateway functionalities are no longer available as Skype for Business Server 2019 features.\"}}},\"source\":{\"ref\":\"sfb-clients\",\"quote\":\"Skype for Business 2015 is a full-featured client for Skype for Business Server 2015 or 2019.\"}},{\"client\":\"skype-for-business-2015\",\"server\":\"skype-for-business-server-2015\",\"status\":\"supported\",\"source\":{\"ref\":\"sfb-clients\",\"quote\":\"Skype for Business 2015 is a full-featured client for Skype for Business Server 2015 or 2019.\"}},{\"client\":\"skype-for-business-2015\",\"server\":\"lync-server-2013\",\"status\":\"supported\",\"requires\":{\"update\":\"dec-2014\",\"unmet\":\"supported\",\"note\":\"The update is \\\"required to manage the configuration of the Skype for Business client\\\" (EnableSkypeUI). Without it the client still signs in, but \\\"User asked to switch to Lync client experience (user cannot switch to Skype for Business later)\\\": the pair stays supported, in the Lync client experience.\",\"source\":{\"ref\":\"dn954919\",\"quote\":\"Lync Server 2013 - December 2014 Cumulative Update (5.0.8308.857) for Lync Server 2013.\"}},\"source\":{\"ref\":\"dn954919\",\"quote\":\"Lync Server 2013 supports the new Skype for Business client experience as well as the Lync client experience.\",\"note\":\"The page configures the experience of Skype for Business client users in a Lync Server 2013 environment; the Desktop client comparison tables for Lync Server 2013 also have a column \\\"Skype for Business 2015 and 2016 client\\\".\"}},{\"client\":\"skype-for-business-2015\",\"server\":\"lync-server-2010\",\"status\":\"supported\",\"requires\":{\"update\":\"feb-2015\",\"unmet\":\"supported\",\"note\":\"The update is \\\"required to manage the configuration of the Skype for Business client\\\" (EnableSkypeUI). Without it the client still signs in, but \\\"User asked to switch to Lync client experience (user cannot switch to Skype for Business later)\\\": the pair stays supported, in the Lync client experience.\",\"source\":{\"ref\":\"dn954919\",\"quote\":\"Lync Server 2010 - February 2015 Cumulative Update (4.0.7577.710) for Lync Server 2010.\"}},\"source\":{\"ref\":\"dn954919\",\"quote\":\"Lync Server 2010 or Lync Server 2013 (with correct patches)\",\"note\":\"Implied: the client-experience tables give the experience of the Skype for Business client on \\\"Lync Server 2010 or Lync Server 2013\\\", with and without patches, and the page lists the Lync Server 2010 update needed to manage it.\"}},{\"client\":\"skype-for-business-2015\",\"server\":\"ocs-2007-r2\",\"status\":\"undocumented\"},{\"client\":\"skype-for-business-on-mac\",\"server\":\"skype-for-business-server-2019\",\"status\":\"supported\",\"source\":{\"ref\":\"sfb2019-feature-comparison\",\"note\":\"Implied: Skype for Business on Mac is a column of the Desktop client feature comparison for Skype for Business Server 2019; no list of supported clients names it.\"}},{\"client\":\"skype-for-business-on-mac\",\"server\":\"skype-for-business-server-2015\",\"status\":\"supported\",\"advice\":\"Run Skype for Business Server 2015 CU4 or later for managing delegates from Skype for Business on Mac, and CU6 or later for its emergency services (E-911).\",\"source\":{\"ref\":\"sfb2015-feature-comparison\",\"note\":\"Implied: Skype for Business on Mac is a column of the Desktop client feature comparison for Skype for Business Server 2015; no list of supported clients names it. Its Voice (Telephony) support table says \\\"Requires Skype for Business Server 2015 CU4 or later\\\" for Manage delegates and \\\"Requires Skype for Business Server 2015 CU6 or later\\\" for emergency services (E-911).\"},\"requires\":{\"update\":\"cu6\",\"unmet\":\"supported\",\"note\":\"Its Voice (Telephony) support table says \\\"Requires Skype for Business Server 2015 CU4 or later\\\" for Manage delegates and \\\"Requires Skype for Business Server 2015 CU6 or later\\\" for emergency services (E-911). Below CU6 the client still signs in and the pair stays supported, without those features.\",\"source\":{\"ref\":\"sfb2015-feature-comparison\",\"quote\":\"Requires Skype for Business Server 2015 CU6 or later\"}}},{\"client\":\"skype-for-business-on-mac\",\"server\":\"lync-server-2013\",\"status\":\"supported\",\"advice\":\"Run Lync Server 2013 CU8 HF1 or later for emergency services (E-911) from Skype for Business on Mac.\",\"source\":{\"ref\":\"gg425836\",\"note\":\"Implied: Skype for Business on Mac is a column of the Desktop client comparison tables for Lync Server 2013, whose tables \\\"indicate the features that are available to Lync users in an on-premises deployment of Lync Server 2013\\\"; no list of supported clients names it. Its Voice (Telephony) Support table says \\\"Requires Lync Server 2013 CU8 HF1 or later\\\" for emergency services (E911).\",\"quote\":\"These tables indicate the features that are available to Lync users in an on-premises deployment of Lync Server 2013.\"},\"requires\":{\"update\":\"cu8-hf1\",\"unmet\":\"supported\",\"note\":\"Its Voice (Telephony) Support table says \\\"Requires Lync Server 2013 CU8 HF1 or later\\\" for emergency services (E911). Below it the client still signs in and the pair stays supported, without E911.\",\"source\":{\"ref\":\"gg425836\",\"quote\":\"Requires Lync Server 2013 CU8 HF1 or later\"}}},{\"client\":\"skype-for-business-on-mac\",\"server\":\"lync-server-2010\",\"status\":\"undocumented\"},{\"client\":\"skype-for-business-on-mac\",\"server\":\"ocs-2007-r2\",\"status\":\"undocumented\"},{\"client\":\"skype-for-business-web-app\",\"server\":\"skype-for-business-server-2019\",\"status\":\"supported\",\"footnotes\":[\"sfb-4\"],\"advice\":\"Use Skype for Business Web App to join meetings only.\",\"source\":{\"ref\":\"sfb2019-feature-comparison\",\"note\":\"Implied: Skype for Business Web App is a column of the Desktop client feature comparison for Skype for Business Server 2019; no list of supported clients names it. Its note says the web app only provides Meetings support (footnote sfb-4).\"}},{\"client\":\"skype-for-business-web-app\",\"server\":\"skype-for-business-server-2015\",\"status\":\"supported\",\"footnotes\":[\"sfb-4\"],\"advice\":\"Use Skype for Business Web App to join meetings only.\",\"source\":{\"ref\":\"sfb2015-feature-comparison\",\"note\":\"Implied: Skype for Business Web App is a column of the Desktop client feature comparison for Skype for Business Server 2015; no list of supported clients names it. Its note says the web app only provides Meetings support (footnote sfb-4).\"}},{\"client\":\"skype-for-business-web-app\",\"server\":\"lync-server-2013\",\"status\":\"undocumented\"},{\"client\":\"skype-for-business-web-app\",\"server\":\"lync-server-2010\",\"status\":\"undocumented\"},{\"client\":\"skype-for-business-web-app\",\"server\":\"ocs-2007-r2\",\"status\":\"undocumented\"},{\"client\":\"skype-meetings-app\",\"server\":\"skype-for-business-server-2019\",\"status\":\"undocumented\"},{\"client\":\"skype-meetings-app\",\"server\":\"skype-for-business-server-2015\",\"status\":\"undocumented\"},{\"client\":\"skype-meetings-app\",\"server\":\"lync-server-2013\",\"status\":\"undocumented\"},{\"client\":\"skype-meetings-app\",\"server\":\"lync-server-2010\",\"status\":\"undocumented\"},{\"client\":\"skype-meetings-app\",\"server\":\"ocs-2007-r2\",\"status\":\"undocumented\"},{\"client\":\"skype-for-business-mobile\",\"server\":\"skype-for-business-server-2019\",\"status\":\"supported\",\"workloads\":{\"group-chat\":{\"status\":\"not-supported\",\"footnotes\":[\"sfb-3\"],\"advice\":\"Keep users who need Persistent Chat on a Skype for Business Server 2015 pool.\",\"source\":{\"ref\":\"sfb2019-deprecations\",\"note\":\"Derived from footnote sfb-3: Persistent Chat (group chat) is no longer available in Skype for Business Server 2019.\",\"quote\":\"Persitent Chat, SQL Mirroring, and XMPP Gateway functionalities are no longer available as Skype for Business Server 2019 features.\"}}},\"source\":{\"ref\":\"sfb-clients\",\"quote\":\"All current Skype for Business mobile clients already use Unified Communications Web API (UCWA) to support instant messaging (IM), presence, and contacts.\",\"note\":\"Implied: the note that removes MCX from Skype for Business Server 2019 says current Skype for Business mobile clients already use UCWA, and that users of MCX clients \\\"will need to upgrade to a current client\\\".\"}},{\"client\":\"skype-for-business-mobile\",\"server\":\"skype-for-business-server-2015\",\"status\":\"undocumented\"},{\"client\":\"skype-for-business-mobile\",\"server\":\"lync-server-2013\",\"status\":\"undocumented\"},{\"client\":\"skype-for-business-mobile\",\"server\":\"lync-server-2010\",\"status\":\"undocumented\"},{\"client\":\"skype-for-business-mobile\",\"server\":\"ocs-2007-r2\",\"status\":\"undocumented\"},{\"client\":\"lync-2013\",\"server\":\"skype-for-business-server-2019\",\"status\":\"supported\",\"workloads\":{\"group-chat\":{\"status\":\"not-supported\",\"footnotes\":[\"sfb-3\"],\"advice\":\"Keep users who need Persistent Chat on a Skype for Business Server 2015 pool.\",\"source\":{\"ref\":\"sfb2019-deprecations\",\"note\":\"Derived from footnote sfb-3: Persistent Chat (group chat) is no longer available in Skype for Business Server 2019.\",\"quote\":\"Persitent Chat, SQL Mirroring, and XMPP Gateway functionalities are no longer available as Skype for Business Server 2019 features.\"}}},\"source\":{\"ref\":\"sfb-legacy-clients\",\"quote\":\"Skype for Business Server 2019 and Skype for Business Online support the following previously released clients: Skype for Business 2016, Skype for Business 2015, Lync 2013.\"}},{\"client\":\"lync-2013\",\"server\":\"skype-for-business-server-2015\",\"status\":\"supported\",\"source\":{\"ref\":\"sfb-legacy-clients\",\"quote\":\"Skype for Business Server 2015 supports the following previously released clients: Lync 2013, Lync 2010, Lync 2010 Mobile, Lync Phone Edition, and Lync 2010 Attendant.\"}},{\"client\":\"lync-2013\",\"server\":\"lync-server-2013\",\"status\":\"supported\",\"source\":{\"ref\":\"gg398499\"}},{\"client\":\"lync-2013\",\"server\":\"lync-server-2010\",\"status\":\"supported\",\"workloads\":{\"group-chat\":{\"status\":\"not-supported\",\"footnotes\":[\"seed-1\"],\"replacement\":\"lync-2010-group-chat\",\"advice\":\"Keep Lync 2010 Group Chat for group chat on Lync Server 2010.\",\"source\":{\"ref\":\"gg398499\",\"note\":\"Derived from footnote seed-1: Lync 2013 clients are not compatible with Lync Server 2010 Group Chat.\",\"quote\":\"Lync 2013 clients are not compatible with Lync Server 2010, Group Chat.\"}},\"conferencing\":{\"status\":\"interoperable\",\"footnotes\":[\"interop-5\"],\"advice\":\"In Lync Server 2010 meetings, No Meeting IM, Gallery View, Lock the Video Spotlight and Pin to Gallery do not function for Lync 2013 clients.\",\"source\":{\"ref\":\"jj204672-lync2010-meetings\",\"quote\":\"When users join Lync Server 2010 meetings with a Lync 2013 client, they have access to Lync 2013 client features with the following exceptions\",\"note\":\"Derived from footnote interop-5 (footnote 5 of Table 1): Lync 2013 clients have their features in Lync Server 2010 meetings with exceptions, so conferencing works for some features only.\"}}},\"conflicts\":[{\"ref\":\"jj204672-t1\",\"status\":\"supported\",\"footnotes\":[\"interop-5\"],\"note\":\"Table 1 says \\\"Supported5\\\": the same status, with footnote 5 (conferencing limitations of Lync 2013 clients in Lync Server 2010 meetings), which the seed table does not print; the seed cell stands and footnote 5 refines conferencing.\"}],\"source\":{\"ref\":\"gg398499\"}},{\"client\":\"lync-2013\",\"server\":\"ocs-2007-r2\",\"status\":\"not-supported\",\"source\":{\"ref\":\"gg398499\"}},{\"client\":\"lync-2013-basic\",\"server\":\"skype-for-business-server-2019\",\"status\":\"undocumented\"},{\"client\":\"lync-2013-basic\",\"server\":\"skype-for-business-server-2015\",\"status\":\"undocumented\"},{\"client\":\"lync-2013-basic\",\"server\":\"lync-server-2013\",\"status\":\"supported\",\"source\":{\"ref\":\"jj204672-t1\",\"note\":\"The seed table (Gg398499) has no row for Lync 2013 Basic.\"}},{\"client\":\"lync-2013-basic\",\"server\":\"lync-server-2010\",\"status\":\"supported\",\"workloads\":{\"group-chat\":{\"status\":\"not-supported\",\"footnotes\":[\"interop-2\"],\"replacement\":\"lync-2010-group-chat\",\"advice\":\"Keep Lync 2010 Group Chat for group chat on Lync Server 2010.\",\"source\":{\"ref\":\"jj204672-t1\",\"note\":\"Inferred from footnote interop-2, which Table 1 attaches to no Lync 2013 Basic cell: it says Lync 2013 clients are not compatible with Lync Server 2010 Group Chat, and Lync 2013 Basic is a Lync 2013 client (one with Persistent Chat (Group Chat) integration, per the Desktop client comparison tables for Lync Server 2013).\",\"quote\":\"Lync 2013 clients are not compatible with Lync Server 2010, Group Chat.\"}},\"conferencing\":{\"status\":\"interoperable\",\"footnotes\":[\"interop-5\"],\"advice\":\"In Lync Server 2010 meetings, No Meeting IM, Gallery View, Lock the Video Spotlight and Pin to Gallery do not function for Lync 2013 clients.\",\"source\":{\"ref\":\"jj204672-lync2010-meetings\",\"quote\":\"When users join Lync Server 2010 meetings with a Lync 2013 client, they have access to Lync 2013 client features with the following exceptions\",\"note\":\"Inferred from footnote interop-5 (footnote 5 of Table 1, which Table 1 attaches to Lync 2013 only; Lync 2013 Basic is a Lync 2013 client): Lync 2013 clients have their features in Lync Server 2010 meetings with exceptions, so conferencing works for some features only.\"}}},\"source\":{\"ref\":\"jj204672-t1\",\"note\":\"The seed table (Gg398499) has no row for Lync 2013 Basic.\"}},{\"client\":\"lync-2013-basic\",\"server\":\"ocs-2007-r2\",\"status\":\"not-supported\",\"source\":{\"ref\":\"jj204672-t1\",\"note\":\"The seed table (Gg398499) has no row for Lync 2013 Basic.\"}},{\"client\":\"lync-web-app-2013\",\"server\":\"skype-for-business-server-2019\",\"status\":\"undocumented\"},{\"client\":\"lync-web-app-2013\",\"server\":\"skype-for-business-server-2015\",\"status\":\"undocumented\"},{\"client\":\"lync-web-app-2013\",\"server\":\"lync-server-2013\",\"status\":\"supported\",\"source\":{\"ref\":\"gg398499\"}},{\"client\":\"lync-web-app-2013\",\"server\":\"lync-server-2010\",\"status\":\"not-supported\",\"source\":{\"ref\":\"gg398499\"}},{\"client\":\"lync-web-app-2013\",\"server\":\"ocs-2007-r2\",\"status\":\"not-supported\",\"source\":{\"ref\":\"gg398499\"}},{\"client\":\"lync-windows-store-app\",\"server\":\"skype-for-business-server-2019\",\"status\":\"undocumented\"},{\"client\":\"lync-windows-store-app\",\"server\":\"skype-for-business-server-2015\",\"status\":\"supported\",\"source\":{\"ref\":\"sfb2015-feature-comparison\",\"note\":\"Implied: the Lync Windows Store app is a column of the Desktop client feature comparison for Skype for Business Server 2015; no list of supported clients names it. The page's list of the previously released clients Skype for Business Server 2015 supports does not name it either.\"}},{\"client\":\"lync-windows-store-app\",\"server\":\"lync-server-2013\",\"status\":\"supported\",\"source\":{\"ref\":\"jj204672-t1\",\"note\":\"The seed table (Gg398499) has no row for the Lync Windows Store app.\"}},{\"client\":\"lync-windows-store-app\",\"server\":\"lync-server-2010\",\"status\":\"supported\",\"workloads\":{\"conferencing\":{\"status\":\"supported\",\"requires\":{\"update\":\"oct-2012\",\"unmet\":\"not-supported\",\"note\":\"\\\"To enable users to join meetings, run the cumulative update for Lync Server 2010: October 2012 (KB 2737915) on the servers.\\\" Below it, users of the app cannot join meetings.\",\"source\":{\"ref\":\"jj823129\",\"quote\":\"To enable users to join meetings, run the cumulative update for Lync Server 2010: October 2012 (KB 2737915) on the servers.\"}},\"source\":{\"ref\":\"jj823129\",\"quote\":\"To enable users to join meetings, run the cumulative update for Lync Server 2010: October 2012 (KB 2737915) on the servers.\",\"note\":\"Meeting join of the Lync Windows Store app on Lync Server 2010 depends on the October 2012 cumulative update.\"}}},\"requires\":{\"update\":\"feb-2012\",\"unmet\":\"not-supported\",\"note\":\"The Lync Windows Store app requirements say: \\\"For Lync Server 2010, run the cumulative update for Lync Server 2010: February 2012 (KB 2670352) or later on all servers.\\\" Below it the app is not supported.\",\"source\":{\"ref\":\"jj823129\",\"quote\":\"For Lync Server 2010, run the cumulative update for Lync Server 2010: February 2012 (KB 2670352) or later on all servers.\"}},\"source\":{\"ref\":\"jj204672-t1\",\"note\":\"The seed table (Gg398499) has no row for the Lync Windows Store app.\"}},{\"client\":\"lync-windows-store-app\",\"server\":\"ocs-2007-r2\",\"status\":\"not-supported\",\"source\":{\"ref\":\"jj204672-t1\",\"note\":\"The seed table (Gg398499) has no row for the Lync Windows Store app.\"}},{\"client\":\"lync-2013-mobile\",\"server\":\"skype-for-business-server-2019\",\"status\":\"undocumented\"},{\"client\":\"lync-2013-mobile\",\"server\":\"skype-for-business-server-2015\",\"status\":\"undocumented\"},{\"client\":\"lync-2013-mobile\",\"server\":\"lync-server-2013\",\"status\":\"supported\",\"requires\":{\"update\":\"feb-2013\",\"unmet\":\"not-supported\",\"note\":\"\\\"A Lync Server 2013 deployment without the Cumulative Updates for Lync Server 2013: February 2013 will use the Mcx Mobility Service and can provide services only for Lync 2010 Mobile.\\\" Below it Lync 2013 Mobile is not served.\",\"source\":{\"ref\":\"hh690037\",\"quote\":\"A Lync Server 2013 deployment without the Cumulative Updates for Lync Server 2013: February 2013 will use the Mcx Mobility Service and can provide services only for Lync 2010 Mobile.\"}},\"source\":{\"ref\":\"hh690037\",\"quote\":\"Applying the Cumulative Updates for Lync Server 2013: February 2013 adds the UCWA web components to support mobility for Lync 2013 Mobile client features\"}},{\"client\":\"lync-2013-mobile\",\"server\":\"lync-server-2010\",\"status\":\"undocumented\"},{\"client\":\"lync-2013-mobile\",\"server\":\"ocs-2007-r2\",\"status\":\"undocumented\"},{\"client\":\"online-meeting-add-in-for-lync-2013\",\"server\":\"skype-for-business-server-2019\",\"status\":\"undocumented\"},{\"client\":\"online-meeting-add-in-for-lync-2013\",\"server\":\"skype-for-business-server-2015\",\"status\":\"undocumented\"},{\"client\":\"online-meeting-add-in-for-lync-2013\",\"server\":\"lync-server-2013\",\"status\":\"supported\",\"source\":{\"ref\":\"jj204672-t4\"}},{\"client\":\"online-meeting-add-in-for-lync-2013\",\"server\":\"lync-server-2010\",\"status\":\"supported\",\"source\":{\"ref\":\"jj204672-t4\",\"note\":\"Table 4 says \\\"Supported (new add-in features not available)\\\".\"}},{\"client\":\"online-meeting-add-in-for-lync-2013\",\"server\":\"ocs-2007-r2\",\"status\":\"not-supported\",\"source\":{\"ref\":\"jj204672-t4\"}},{\"client\":\"lync-2013-web-scheduler\",\"server\":\"skype-for-business-server-2019\",\"status\":\"undocumented\"},{\"client\":\"lync-2013-web-scheduler\",\"server\":\"skype-for-business-server-2015\",\"status\":\"undocumented\"},{\"client\":\"lync-2013-web-scheduler\",\"server\":\"lync-server-2013\",\"status\":\"supported\",\"source\":{\"ref\":\"jj204672-t4\"}},{\"client\":\"lync-2013-web-scheduler\",\"server\":\"lync-server-2010\",\"status\":\"not-supported\",\"source\":{\"ref\":\"jj204672-t4\"}},{\"client\":\"lync-2013-web-scheduler\",\"server\":\"ocs-2007-r2\",\"status\":\"not-supported\",\"source\":{\"ref\":\"jj204672-t4\"}},{\"client\":\"lync-2010\",\"server\":\"skype-for-business-server-2019\",\"status\":\"not-supported\",\"footnotes\":[\"sfb-1\"],\"replacement\":\"skype-for-business-2019\",\"advice\":\"Upgrade to Skype for Business 2019, the recommended client, or keep these users on a Skype for Business Server 2015 pool.\",\"source\":{\"ref\":\"sfb-legacy-clients\",\"quote\":\"there are unsupported Legacy clients that are incompatible with Skype for Business Server 2019\",\"note\":\"Implied: the Legacy clients section lists the previously released clients Skype for Business Server 2019 supports (Skype for Business 2016, Skype for Business 2015, Lync 2013) and those Skype for Business Server 2015 supports; Lync 2010 is in the 2015 list only, and the same page says there are unsupported legacy clients that are incompatible with Skype for Business Server 2019 (footnote sfb-1).\"}},{\"client\":\"lync-2010\",\"server\":\"skype-for-business-server-2015\",\"status\":\"supported\",\"source\":{\"ref\":\"sfb-legacy-clients\",\"quote\":\"Skype for Business Server 2015 supports the following previously released clients: Lync 2013, Lync 2010, Lync 2010 Mobile, Lync Phone Edition, and Lync 2010 Attendant.\"}},{\"client\":\"lync-2010\",\"server\":\"lync-server-2013\",\"status\":\"supported\",\"source\":{\"ref\":\"gg398499\"}},{\"client\":\"lync-2010\",\"server\":\"lync-server-2010\",\"status\":\"supported\",\"source\":{\"ref\":\"gg398499\"}},{\"client\":\"lync-2010\",\"server\":\"ocs-2007-r2\",\"status\":\"not-supported\",\"source\":{\"ref\":\"gg398499\"}},{\"client\":\"lync-2010-attendant\",\"server\":\"skype-for-business-server-2019\",\"status\":\"not-supported\",\"footnotes\":[\"sfb-1\"],\"advice\":\"Keep Lync 2010 Attendant users on a Skype for Business Server 2015 pool.\",\"source\":{\"ref\":\"sfb-legacy-clients\",\"quote\":\"there are unsupported Legacy clients that are incompatible with Skype for Business Server 2019\",\"note\":\"Implied: the Legacy clients section lists the previously released clients Skype for Business Server 2019 supports (Skype for Business 2016, Skype for Business 2015, Lync 2013) and those Skype for Business Server 2015 supports; Lync 2010 Attendant is in the 2015 list only, and the same page says there are unsupported legacy clients that are incompatible with Skype for Business Server 2019 (footnote sfb-1).\"}},{\"client\":\"lync-2010-attendant\",\"server\":\"skype-for-business-server-2015\",\"status\":\"supported\",\"source\":{\"ref\":\"sfb-legacy-clients\",\"quote\":\"Skype for Business Server 2015 supports the following previously released clients: Lync 2013, Lync 2010, Lync 2010 Mobile, Lync Phone Edition, and Lync 2010 Attendant.\"}},{\"client\":\"lync-2010-attendant\",\"server\":\"lync-server-2013\",\"status\":\"supported\",\"source\":{\"ref\":\"gg398499\"}},{\"client\":\"lync-2010-attendant\",\"server\":\"lync-server-2010\",\"status\":\"supported\",\"source\":{\"ref\":\"gg398499\"}},{\"client\":\"lync-2010-attendant\",\"server\":\"ocs-2007-r2\",\"status\":\"not-supported\",\"source\":{\"ref\":\"gg398499\"}},{\"client\":\"lync-2010-group-chat\",\"server\":\"skype-for-business-server-2019\",\"status\":\"undocumented\"},{\"client\":\"lync-2010-group-chat\",\"server\":\"skype-for-business-server-2015\",\"status\":\"undocumented\"},{\"client\":\"lync-2010-group-chat\",\"server\":\"lync-server-2013\",\"status\":\"not-applicable\",\"conflicts\":[{\"ref\":\"jj204672-t1\",\"status\":\"supported\",\"footnotes\":[\"interop-1\"],\"note\":\"Table 1 says \\\"Supported1\\\", with footnote 1 (migration from Lync Server 2010 Group Chat to Lync Server 2013 Persistent Chat Server); the seed table says \\\"Not Applicable\\\", and the seed wins.\"}],\"source\":{\"ref\":\"gg398499\"}},{\"client\":\"lync-2010-group-chat\",\"server\":\"lync-server-2010\",\"status\":\"supported\",\"footnotes\":[\"seed-1\"],\"source\":{\"ref\":\"gg398499\"}},{\"client\":\"lync-2010-group-chat\",\"server\":\"ocs-2007-r2\",\"status\":\"not-applicable\",\"source\":{\"ref\":\"gg398499\"}},{\"client\":\"lync-web-app-2010\",\"server\":\"skype-for-business-server-2019\",\"status\":\"undocumented\"},{\"client\":\"lync-web-app-2010\",\"server\":\"skype-for-business-server-2015\",\"status\":\"undocumented\"},{\"client\":\"lync-web-app-2010\",\"server\":\"lync-server-2013\",\"status\":\"not-supported\",\"source\":{\"ref\":\"gg398499\"}},{\"client\":\"lync-web-app-2010\",\"server\":\"lync-server-2010\",\"status\":\"supported\",\"source\":{\"ref\":\"gg398499\"}},{\"client\":\"lync-web-app-2010\",\"server\":\"ocs-2007-r2\",\"status\":\"not-supported\",\"source\":{\"ref\":\"gg398499\"}},{\"client\":\"lync-2010-attendee\",\"server\":\"skype-for-business-server-2019\",\"status\":\"undocumented\"},{\"client\":\"lync-2010-attendee\",\"server\":\"skype-for-business-server-2015\",\"status\":\"undocumented\"},{\"client\":\"lync-2010-attendee\",\"server\":\"lync-server-2013\",\"status\":\"not-supported\",\"footnotes\":[\"seed-2\"],\"replacement\":\"lync-web-app-2013\",\"conflicts\":[{\"ref\":\"jj204672-t1\",\"status\":\"not-supported\",\"footnotes\":[\"interop-3\"],\"note\":\"Table 1 says \\\"Not Supported3\\\": the same status, with a footnote that adds \\\"Lync 2010 Attendee will connect to Lync Server 2013 only when you are using an unsupported browser (Internet Explorer 6 or Internet Explorer 7) and Windows XP.\\\"\"}],\"source\":{\"ref\":\"gg398499\"}},{\"client\":\"lync-2010-attendee\",\"server\":\"lync-server-2010\",\"status\":\"supported\",\"source\":{\"ref\":\"gg398499\"}},{\"client\":\"lync-2010-attendee\",\"server\":\"ocs-2007-r2\",\"status\":\"not-supported\",\"source\":{\"ref\":\"gg398499\"}},{\"client\":\"lync-2010-mobile\",\"server\":\"skype-for-business-server-2019\",\"status\":\"not-supported\",\"footnotes\":[\"sfb-2\"],\"replacement\":\"skype-for-business-mobile\",\"advice\":\"Upgrade these users to a current Skype for Business mobile client, which uses UCWA.\",\"source\":{\"ref\":\"sfb-clients\",\"quote\":\"MCX (Mobility Service) support for legacy mobile clients is no longer available in Skype for Business Server 2019.\",\"note\":\"Implied: MCX support for legacy mobile clients is no longer available in Skype for Business Server 2019 (footnote sfb-2), and Lync 2010 Mobile is an Mcx client (\\\"the Mcx service provides services to Lync 2010 Mobile clients\\\", Topologies and components for mobility in Lync Server 2013); it is also in the Legacy clients list of Skype for Business Server 2015 only.\"}},{\"client\":\"lync-2010-mobile\",\"server\":\"skype-for-business-server-2015\",\"status\":\"supported\",\"source\":{\"ref\":\"sfb-legacy-clients\",\"quote\":\"Skype for Business Server 2015 supports the following previously released clients: Lync 2013, Lync 2010, Lync 2010 Mobile, Lync Phone Edition, and Lync 2010 Attendant.\"}},{\"client\":\"lync-2010-mobile\",\"server\":\"lync-server-2013\",\"status\":\"supported\",\"source\":{\"ref\":\"gg425836\",\"quote\":\"Lync Server 2013 supports the following previously released clients: Lync 2010, Lync 2010 Mobile, Lync Phone Edition, and Lync 2010 Attendant.\"}},{\"client\":\"lync-2010-mobile\",\"server\":\"lync-server-2010\",\"status\":\"supported\",\"requires\":{\"update\":\"nov-2011\",\"unmet\":\"not-supported\",\"note\":\"\\\"Introduced in Cumulative Update for Lync Server 2010: November 2011, the Mcx service provides services to Lync 2010 Mobile clients.\\\" Below it there is no Mcx mobility service for the client.\",\"source\":{\"ref\":\"hh690037\",\"quote\":\"Introduced in Cumulative Update for Lync Server 2010: November 2011, the Mcx service provides services to Lync 2010 Mobile clients.\"}},\"source\":{\"ref\":\"hh690037\",\"quote\":\"Introduced in Cumulative Update for Lync Server 2010: November 2011, the Mcx service provides services to Lync 2010 Mobile clients.\"}},{\"client\":\"lync-2010-mobile\",\"server\":\"ocs-2007-r2\",\"status\":\"undocumented\"},{\"client\":\"lync-phone-edition\",\"server\":\"skype-for-business-server-2019\",\"status\":\"not-supported\",\"footnotes\":[\"sfb-1\"],\"advice\":\"Keep Lync Phone Edition devices on a Skype for Business Server 2015 pool.\",\"source\":{\"ref\":\"sfb-legacy-clients\",\"quote\":\"there are unsupported Legacy clients that are incompatible with Skype for Business Server 2019\",\"note\":\"Implied: the Legacy clients section lists the previously released clients Skype for Business Server 2019 supports (Skype for Business 2016, Skype for Business 2015, Lync 2013) and those Skype for Business Server 2015 supports; Lync Phone Edition is in the 2015 list only, and the same page says there are unsupported legacy clients that are incompatible with Skype for Business Server 2019 (footnote sfb-1).\"}},{\"client\":\"lync-phone-edition\",\"server\":\"skype-for-business-server-2015\",\"status\":\"supported\",\"source\":{\"ref\":\"sfb-legacy-clients\",\"quote\":\"Skype for Business Server 2015 supports the following previously released clients: Lync 2013, Lync 2010, Lync 2010 Mobile, Lync Phone Edition, and Lync 2010 Attendant.\"}},{\"client\":\"lync-phone-edition\",\"server\":\"lync-server-2013\",\"status\":\"supported\",\"source\":{\"ref\":\"gg425836\",\"quote\":\"Lync Server 2013 supports the following previously released clients: Lync 2010, Lync 2010 Mobile, Lync Phone Edition, and Lync 2010 Attendant.\"}},{\"client\":\"lync-phone-edition\",\"server\":\"lync-server-2010\",\"status\":\"supported\",\"source\":{\"ref\":\"jj204672-t2\",\"quote\":\"The following table compares feature availability in peer-to-peer sessions where the client is signed in to either Lync Server 2013 or Lync Server 2010.\",\"note\":\"Implied: Lync Phone Edition is a row of Table 2 (instant messaging, presence and voice \\\"Yes\\\"), whose clients are signed in to either Lync Server 2013 or Lync Server 2010.\"}},{\"client\":\"lync-phone-edition\",\"server\":\"ocs-2007-r2\",\"status\":\"undocumented\"},{\"client\":\"lync-for-mac-2011\",\"server\":\"skype-for-business-server-2019\",\"status\":\"undocumented\"},{\"client\":\"lync-for-mac-2011\",\"server\":\"skype-for-business-server-2015\",\"status\":\"supported\",\"source\":{\"ref\":\"sfb2015-feature-comparison\",\"note\":\"Implied: Lync for Mac 2011 is a column of the Desktop client feature comparison for Skype for Business Server 2015; no list of supported clients names it. The page's list of the previously released clients Skype for Business Server 2015 supports does not name it either.\"}},{\"client\":\"lync-for-mac-2011\",\"server\":\"lync-server-2013\",\"status\":\"supported\",\"source\":{\"ref\":\"gg425836\",\"note\":\"Implied: Lync for Mac 2011 is a column of the Desktop client comparison tables for Lync Server 2013, whose tables \\\"indicate the features that are available to Lync users in an on-premises deployment of Lync Server 2013\\\"; no list of supported clients names it.\",\"quote\":\"These tables indicate the features that are available to Lync users in an on-premises deployment of Lync Server 2013.\"}},{\"client\":\"lync-for-mac-2011\",\"server\":\"lync-server-2010\",\"status\":\"undocumented\"},{\"client\":\"lync-for-mac-2011\",\"server\":\"ocs-2007-r2\",\"status\":\"undocumented\"},{\"client\":\"online-meeting-add-in-for-lync-2010\",\"server\":\"skype-for-business-server-2019\",\"status\":\"undocumented\"},{\"client\":\"online-meeting-add-in-for-lync-2010\",\"server\":\"skype-for-business-server-2015\",\"status\":\"undocumented\"},{\"client\":\"online-meeting-add-in-for-lync-2010\",\"server\":\"lync-server-2013\",\"status\":\"supported\",\"source\":{\"ref\":\"jj204672-t4\"}},{\"client\":\"online-meeting-add-in-for-lync-2010\",\"server\":\"lync-server-2010\",\"status\":\"supported\",\"source\":{\"ref\":\"jj204672-t4\"}},{\"client\":\"online-meeting-add-in-for-lync-2010\",\"server\":\"ocs-2007-r2\",\"status\":\"not-supported\",\"source\":{\"ref\":\"jj204672-t4\"}},{\"client\":\"office-communicator-2007-r2\",\"server\":\"skype-for-business-server-2019\",\"status\":\"undocumented\"},{\"client\":\"office-communicator-2007-r2\",\"server\":\"skype-for-business-server-2015\",\"status\":\"undocumented\"},{\"client\":\"office-communicator-2007-r2\",\"server\":\"lync-server-2013\",\"status\":\"interoperable\",\"footnotes\":[\"seed-3\"],\"advice\":\"Use Office Communicator 2007 R2 for presence and IM only during the migration.\",\"workloads\":{\"conferencing\":{\"status\":\"not-supported\",\"footnotes\":[\"seed-3\"],\"replacement\":\"lync-web-app-2013\",\"advice\":\"Join Lync Server 2013 meetings with Lync Web App 2013.\",\"source\":{\"ref\":\"gg398499\",\"note\":\"Derived from footnote seed-3: conferencing features of Office Communicator 2007 R2 are not compatible with Lync Server 2013.\",\"quote\":\"The presence and IM features in Office Communicator 2007 R2 are compatible with Lync Server 2013, but conferencing features are not.\"}},\"group-chat\":{\"status\":\"not-supported\",\"footnotes\":[\"seed-3\"],\"advice\":\"Only presence and IM of Office Communicator 2007 R2 work with Lync Server 2013.\",\"source\":{\"ref\":\"gg398499\",\"note\":\"Derived from footnote seed-3: only the presence and IM features of Office Communicator 2007 R2 are compatible with Lync Server 2013; group chat is neither.\",\"quote\":\"Office Communicator 2007 R2 is suitable for presence and IM interoperability\"}}},\"source\":{\"ref\":\"gg398499\"}},{\"client\":\"office-communicator-2007-r2\",\"server\":\"lync-server-2010\",\"status\":\"supported\",\"source\":{\"ref\":\"gg398499\"}},{\"client\":\"office-communicator-2007-r2\",\"server\":\"ocs-2007-r2\",\"status\":\"supported\",\"source\":{\"ref\":\"gg398499\"}},{\"client\":\"communicator-for-mac-2011\",\"server\":\"skype-for-business-server-2019\",\"status\":\"undocumented\"},{\"client\":\"communicator-for-mac-2011\",\"server\":\"skype-for-business-server-2015\",\"status\":\"supported\",\"source\":{\"ref\":\"sfb2015-feature-comparison\",\"note\":\"Implied: Communicator for Mac 2011 is a column of the Desktop client feature comparison for Skype for Business Server 2015; no list of supported clients names it. The page's list of the previously released clients Skype for Business Server 2015 supports does not name it either.\"}},{\"client\":\"communicator-for-mac-2011\",\"server\":\"lync-server-2013\",\"status\":\"supported\",\"source\":{\"ref\":\"gg425836\",\"note\":\"Implied: Communicator for Mac 2011 is a column of the Desktop client comparison tables for Lync Server 2013, whose tables \\\"indicate the features that are available to Lync users in an on-premises deployment of Lync Server 2013\\\"; no list of supported clients names it.\",\"quote\":\"These tables indicate the features that are available to Lync users in an on-premises deployment of Lync Server 2013.\"}},{\"client\":\"communicator-for-mac-2011\",\"server\":\"lync-server-2010\",\"status\":\"undocumented\"},{\"client\":\"communicator-for-mac-2011\",\"server\":\"ocs-2007-r2\",\"status\":\"undocumented\"},{\"client\":\"ocs-2007-r2-attendant\",\"server\":\"skype-for-business-server-2019\",\"status\":\"undocumented\"},{\"client\":\"ocs-2007-r2-attendant\",\"server\":\"skype-for-business-server-2015\",\"status\":\"undocumented\"},{\"client\":\"ocs-2007-r2-attendant\",\"server\":\"lync-server-2013\",\"status\":\"not-supported\",\"source\":{\"ref\":\"gg398499\"}},{\"client\":\"ocs-2007-r2-attendant\",\"server\":\"lync-server-2010\",\"status\":\"supported\",\"source\":{\"ref\":\"gg398499\"}},{\"client\":\"ocs-2007-r2-attendant\",\"server\":\"ocs-2007-r2\",\"status\":\"supported\",\"source\":{\"ref\":\"gg398499\"}},{\"client\":\"office-communicator-2007-r2-conferencing-add-in\",\"server\":\"skype-for-business-server-2019\",\"status\":\"undocumented\"},{\"client\":\"office-communicator-2007-r2-conferencing-add-in\",\"server\":\"skype-for-business-server-2015\",\"status\":\"undocumented\"},{\"client\":\"office-communicator-2007-r2-conferencing-add-in\",\"server\":\"lync-server-2013\",\"status\":\"not-supported\",\"source\":{\"ref\":\"jj204672-t4\"}},{\"client\":\"office-communicator-2007-r2-conferencing-add-in\",\"server\":\"lync-server-2010\",\"status\":\"supported\",\"source\":{\"ref\":\"jj204672-t4\"}},{\"client\":\"office-communicator-2007-r2-conferencing-add-in\",\"server\":\"ocs-2007-r2\",\"status\":\"supported\",\"source\":{\"ref\":\"jj204672-t4\"}},{\"client\":\"office-communicator-2007\",\"server\":\"skype-for-business-server-2019\",\"status\":\"undocumented\"},{\"client\":\"office-communicator-2007\",\"server\":\"skype-for-business-server-2015\",\"status\":\"undocumented\"},{\"client\":\"office-communicator-2007\",\"server\":\"lync-server-2013\",\"status\":\"not-supported\",\"source\":{\"ref\":\"gg398499\"}},{\"client\":\"office-communicator-2007\",\"server\":\"lync-server-2010\",\"status\":\"supported\",\"source\":{\"ref\":\"gg398499\"}},{\"client\":\"office-communicator-2007\",\"server\":\"ocs-2007-r2\",\"status\":\"supported\",\"source\":{\"ref\":\"gg398499\"}},{\"client\":\"office-live-meeting-2007\",\"server\":\"skype-for-business-server-2019\",\"status\":\"undocumented\"},{\"client\":\"office-live-meeting-2007\",\"server\":\"skype-for-business-server-2015\",\"status\":\"undocumented\"},{\"client\":\"office-live-meeting-2007\",\"server\":\"lync-server-2013\",\"status\":\"not-supported\",\"source\":{\"ref\":\"gg398499\"}},{\"client\":\"office-live-meeting-2007\",\"server\":\"lync-server-2010\",\"status\":\"supported\",\"source\":{\"ref\":\"gg398499\"}},{\"client\":\"office-live-meeting-2007\",\"server\":\"ocs-2007-r2\",\"status\":\"supported\",\"source\":{\"ref\":\"gg398499\"}}],\"unsupportedProducts\":[{\"id\":\"ocs-2007\",\"kind\":\"server\",\"name\":\"Office Communications Server 2007\",\"aliases\":[\"Microsoft Office Communications Server 2007\",\"OCS 2007\"],\"statement\":\"No source gives any client support on Office Communications Server 2007, and Lync Server 2013 does not accept it as a migration source: \\\"Migration from earlier versions, such as Microsoft Office Communications Server 2007 or Live Communications Server 2005, is not supported.\\\"\",\"source\":{\"ref\":\"gg425764\",\"quote\":\"Migration from earlier versions, such as Microsoft Office Communications Server 2007 or Live Communications Server 2005, is not supported.\"}},{\"id\":\"lcs-2005\",\"kind\":\"server\",\"name\":\"Live Communications Server 2005\",\"aliases\":[\"Microsoft Live Communications Server 2005\",\"LCS 2005\"],\"statement\":\"No source gives any client support on Live Communications Server 2005, and Lync Server 2013 does not accept it as a migration source: \\\"Migration from earlier versions, such as Microsoft Office Communications Server 2007 or Live Communications Server 2005, is not supported.\\\"\",\"source\":{\"ref\":\"gg425764\",\"quote\":\"Migration from earlier versions, such as Microsoft Office Communications Server 2007 or Live Communications Server 2005, is not supported.\"}},{\"id\":\"office-communicator-2005\",\"kind\":\"client\",\"name\":\"Office Communicator 2005\",\"aliases\":[\"Microsoft Office Communicator 2005\",\"OC 2005\"],\"statement\":\"Lync Server 2010 supports Office Communicator 2005 only across federation: \\\"Interaction with Microsoft Office Communicator 2005 clients (basic presence and IM) is supported only if the Office Communicator 2005 user is on a federated network.\\\" No source supports it on a server of this matrix.\",\"source\":{\"ref\":\"gg398499-2010\",\"quote\":\"Interaction with Microsoft Office Communicator 2005 clients (basic presence and IM) is supported only if the Office Communicator 2005 user is on a federated network.\"}}],\"serverRules\":[{\"id\":\"lync-server-2013-migration\",\"kind\":\"migration\",\"from\":[\"lync-server-2010\",\"ocs-2007-r2\"],\"to\":\"lync-server-2013\",\"status\":\"supported\",\"source\":{\"ref\":\"gg425764\",\"quote\":\"Lync Server 2013 supports migration from either of the following: Microsoft Lync Server 2010; Microsoft Office Communications Server 2007 R2\",\"note\":\"From either one; \\\"Lync Server 2013 supports only the following migration method: Side-by-side migration.\\\"\"}},{\"id\":\"lync-server-2013-migration-from-earlier\",\"kind\":\"migration\",\"from\":[\"ocs-2007\",\"lcs-2005\"],\"to\":\"lync-server-2013\",\"status\":\"not-supported\",\"source\":{\"ref\":\"gg425764\",\"quote\":\"Migration from earlier versions, such as Microsoft Office Communications Server 2007 or Live Communications Server 2005, is not supported.\"}},{\"id\":\"lync-server-2013-with-lync-server-2010\",\"kind\":\"together\",\"servers\":[\"lync-server-2013\",\"lync-server-2010\"],\"status\":\"supported\",\"source\":{\"ref\":\"gg425764\",\"quote\":\"Lync Server 2013 can coexist with components of either a Lync Server 2010 deployment or an Office Communications Server 2007 R2 deployment.\",\"note\":\"Components of a Lync Server 2010 deployment. The mobility topologies add: \\\"The Edge Server can be a Lync Server 2010 Edge Server.\\\"\"}},{\"id\":\"lync-server-2013-with-ocs-2007-r2\",\"kind\":\"together\",\"servers\":[\"lync-server-2013\",\"ocs-2007-r2\"],\"status\":\"supported\",\"source\":{\"ref\":\"gg425764\",\"quote\":\"Lync Server 2013 can coexist with components of either a Lync Server 2010 deployment or an Office Communications Server 2007 R2 deployment.\",\"note\":\"Components of an Office Communications Server 2007 R2 deployment.\"}},{\"id\":\"lync-server-2013-with-both\",\"kind\":\"together\",\"servers\":[\"lync-server-2013\",\"lync-server-2010\",\"ocs-2007-r2\"],\"status\":\"not-supported\",\"source\":{\"ref\":\"gg425764\",\"quote\":\"Concurrent deployment of Lync Server 2013 with both Lync Server 2010 and Office Communications Server 2007 R2 (concurrent deployment of all three versions) is not supported.\",\"note\":\"Likewise for migration: \\\"Migration from an environment running both of these previous versions is not supported.\\\"\"}},{\"id\":\"skype-for-business-server-2015-with-lync-server-2013\",\"kind\":\"together\",\"servers\":[\"skype-for-business-server-2015\",\"lync-server-2013\"],\"status\":\"supported\",\"source\":{\"ref\":\"dn954919\",\"quote\":\"If your organization has both Skype for Business Server 2015 and Lync Server 2013 deployed\",\"note\":\"The client-experience page documents this pair deployed side by side (the default client experience then depends on the server versions and UI settings).\"}},{\"id\":\"skype-for-business-server-2019-migration\",\"kind\":\"migration\",\"from\":[\"lync-server-2013\",\"skype-for-business-server-2015\"],\"to\":\"skype-for-business-server-2019\",\"status\":\"supported\",\"exclusive\":true,\"source\":{\"ref\":\"sfb2019-migration\",\"quote\":\"Lync Server 2013 or Skype for Business Server 2015\",\"note\":\"The sources give the migration to Skype for Business Server 2019 as from \\\"Lync Server 2013 or Skype for Business Server 2015\\\", and no other; in-place upgrades \\\"are no longer supported in Skype for Business Server 2019\\\", so the migration is side by side.\"}},{\"id\":\"lync-server-2010-with-ocs-2007\",\"kind\":\"together\",\"servers\":[\"lync-server-2010\",\"ocs-2007\"],\"status\":\"supported\",\"source\":{\"ref\":\"gg413014-it\",\"quote\":\"Lync Server 2010 can coexist with components of an Office Communications Server 2007 or Office Communications Server 2007 R2 deployment.\",\"note\":\"Translated from the Italian edition of the page (the English final page could not be retrieved).\"}},{\"id\":\"lync-server-2010-with-ocs-2007-r2\",\"kind\":\"together\",\"servers\":[\"lync-server-2010\",\"ocs-2007-r2\"],\"status\":\"supported\",\"source\":{\"ref\":\"gg413014-it\",\"quote\":\"Lync Server 2010 can coexist with components of an Office Communications Server 2007 or Office Communications Server 2007 R2 deployment.\",\"note\":\"Translated from the Italian edition of the page (the English final page could not be retrieved).\"}},{\"id\":\"lync-server-2010-with-both\",\"kind\":\"together\",\"servers\":[\"lync-server-2010\",\"ocs-2007\",\"ocs-2007-r2\"],\"status\":\"not-supported\",\"source\":{\"ref\":\"gg413014-it\",\"quote\":\"Concurrent deployment of Lync Server 2010 with both OCS 2007 and OCS 2007 R2 (all three versions) is not supported.\",\"note\":\"Translated from the Italian edition of the page (the English final page could not be retrieved).\"}}]}",
  "lync-2013-client-interoperability":
    "{\"$schema\":\"../schema/matrix.schema.json\",\"id\":\"lync-2013-client-interoperability\",\"facts\":\"all-generations\",\"title\":\"Client interoperability in Lync 2013\",\"description\":\"Table 1 (Server and Client Compatibility) of Microsoft's \\\"Client interoperability in Lync 2013\\\": all 13 clients \u00d7 3 servers, cell for cell, with its five footnotes. It adds Lync 2013 Basic and the Lync Windows Store app to the seed table and differs from it in five cells, one of them in status; each difference is in the cell's source note.\",\"sources\":{\"jj204672\":{\"title\":\"Client interoperability in Lync 2013\",\"table\":\"Table 1 - Server and Client Compatibility\",\"url\":\"https://technet.microsoft.com/en-us/library/JJ204672(v=OCS.15)\",\"lastModified\":\"2016-03-04\"}},\"workloads\":[{\"id\":\"im\",\"name\":\"instant messaging\"},{\"id\":\"presence\",\"name\":\"presence\"},{\"id\":\"conferencing\",\"name\":\"conferencing (meetings)\"},{\"id\":\"group-chat\",\"name\":\"group chat\"}],\"servers\":[{\"id\":\"lync-server-2013\",\"name\":\"Lync Server 2013\",\"aliases\":[\"Microsoft Lync Server 2013\"]},{\"id\":\"lync-server-2010\",\"name\":\"Lync Server 2010\",\"aliases\":[\"Microsoft Lync Server 2010\"]},{\"id\":\"ocs-2007-r2\",\"name\":\"Office Communications Server 2007 R2\",\"aliases\":[\"Microsoft Office Communications Server 2007 R2\",\"OCS 2007 R2\"]}],\"clients\":[{\"id\":\"lync-2013\",\"name\":\"Lync 2013\",\"aliases\":[\"Microsoft Lync 2013\"]},{\"id\":\"lync-2013-basic\",\"name\":\"Lync 2013 Basic\",\"aliases\":[\"Microsoft Lync 2013 Basic\",\"Lync Basic 2013\",\"Microsoft Lync Basic 2013\"]},{\"id\":\"lync-web-app-2013\",\"name\":\"Lync Web App 2013\",\"aliases\":[\"Microsoft Lync Web App 2013\",\"LWA 2013\"]},{\"id\":\"lync-2010\",\"name\":\"Lync 2010\",\"aliases\":[\"Microsoft Lync 2010\"]},{\"id\":\"lync-2010-attendant\",\"name\":\"Lync 2010 Attendant\",\"aliases\":[\"Microsoft Lync 2010 Attendant\"]},{\"id\":\"lync-2010-group-chat\",\"name\":\"Lync 2010 Group Chat\",\"aliases\":[\"Microsoft Lync 2010 Group Chat\"]},{\"id\":\"lync-web-app-2010\",\"name\":\"Lync Web App 2010\",\"aliases\":[\"Microsoft Lync Web App 2010\",\"LWA 2010\"]},{\"id\":\"lync-2010-attendee\",\"name\":\"Lync 2010 Attendee\",\"aliases\":[\"Microsoft Lync 2010 Attendee\"]},{\"id\":\"office-communicator-2007-r2\",\"name\":\"Office Communicator 2007 R2\",\"aliases\":[\"Microsoft Office Communicator 2007 R2\",\"OC 2007 R2\"]},{\"id\":\"ocs-2007-r2-attendant\",\"name\":\"Microsoft Office Communications Server 2007 R2 Attendant\",\"aliases\":[\"Office Communications Server 2007 R2 Attendant\",\"OCS 2007 R2 Attendant\"]},{\"id\":\"office-communicator-2007\",\"name\":\"Office Communicator 2007\",\"aliases\":[\"Microsoft Office Communicator 2007\",\"OC 2007\"]},{\"id\":\"office-live-meeting-2007\",\"name\":\"Office Live Meeting 2007\",\"aliases\":[\"Microsoft Office Live Meeting 2007\",\"Live Meeting 2007\"]},{\"id\":\"lync-windows-store-app\",\"name\":\"Lync Windows Store app\",\"aliases\":[\"Microsoft Lync Windows Store app\"]}],\"footnotes\":[{\"id\":\"1\",\"text\":\"For details, see Migration from Lync Server 2010, Group Chat or Office Communications Server 2007 R2 Group Chat to Lync Server 2013, Persistent Chat Server.\",\"reading\":\"Attached to Lync 2010 Group Chat on Lync Server 2013 (supported in this table, not applicable in the seed table): its group chat moves to Lync Server 2013 Persistent Chat Server.\"},{\"id\":\"2\",\"text\":\"In Microsoft Lync Server 2010, group chat functionality was available with Group Chat Server, a third-party trusted application for Lync Server 2010. Lync 2013 clients are not compatible with Lync Server 2010, Group Chat.\",\"reading\":\"Attached to Lync 2010 Group Chat on Lync Server 2010, and applied as refinements: a population of Lync 2013 or Lync 2013 Basic on Lync Server 2010 that declares group-chat is not supported (Lync 2010 Group Chat is the replacement).\"},{\"id\":\"3\",\"text\":\"Lync Web App 2013 now provides a full in-meeting experience, including computer audio and video, and is considered the replacement for Lync 2010 Attendee. Lync 2010 Attendee will connect to Lync Server 2013 only when you are using an unsupported browser (Internet Explorer 6 or Internet Explorer 7) and Windows XP.\",\"reading\":\"Attached to Lync 2010 Attendee on Lync Server 2013 (not supported), whose replacement is Lync Web App 2013.\"},{\"id\":\"4\",\"text\":\"The presence and IM features in Office Communicator 2007 R2 are compatible with Lync Server 2013, but conferencing features are not. During migration from Office Communications Server 2007 R2, Office Communicator 2007 R2 is suitable for presence and IM interoperability, but users should use Lync Web App 2013 to join Lync Server 2013 meetings.\",\"reading\":\"Applied as a refinement: a population of Office Communicator 2007 R2 on Lync Server 2013 that declares conferencing or group-chat is not supported (Lync Web App 2013 joins the meetings); im and presence stay interoperable.\"},{\"id\":\"5\",\"text\":\"For limitations, see \\\"Conferencing Feature Support for Lync 2013 Clients in Lync Server 2010 Meetings\\\" later in this topic.\",\"reading\":\"Attached to Lync 2013 on Lync Server 2010, and applied as refinements: a population of Lync 2013 or Lync 2013 Basic on Lync Server 2010 that declares conferencing is interoperable, since Lync Server 2010 meetings lack some Lync 2013 features (No Meeting IM, Gallery View, Lock the Video Spotlight, Pin to Gallery).\"}],\"cells\":[{\"client\":\"lync-2013\",\"server\":\"lync-server-2013\",\"status\":\"supported\",\"source\":{\"ref\":\"jj204672\"}},{\"client\":\"lync-2013\",\"server\":\"lync-server-2010\",\"status\":\"supported\",\"footnotes\":[\"5\"],\"workloads\":{\"group-chat\":{\"status\":\"not-supported\",\"footnotes\":[\"2\"],\"replacement\":\"lync-2010-group-chat\",\"advice\":\"Keep Lync 2010 Group Chat for group chat on Lync Server 2010.\",\"source\":{\"ref\":\"jj204672\",\"note\":\"Derived from footnote 2: Lync 2013 clients are not compatible with Lync Server 2010 Group Chat. (The seed table numbers this footnote 1.)\"}},\"conferencing\":{\"status\":\"interoperable\",\"footnotes\":[\"5\"],\"advice\":\"In Lync Server 2010 meetings, No Meeting IM, Gallery View, Lock the Video Spotlight and Pin to Gallery do not function for Lync 2013 clients.\",\"source\":{\"ref\":\"jj204672\",\"note\":\"Derived from footnote 5: \\\"When users join Lync Server 2010 meetings with a Lync 2013 client, they have access to Lync 2013 client features with the following exceptions\\\" (Conferencing Feature Support for Lync 2013 Clients in Lync Server 2010 Meetings), so conferencing works for some features only.\"}}},\"source\":{\"ref\":\"jj204672\",\"note\":\"The seed table (Gg398499) says \\\"Supported\\\", without a footnote; this table adds footnote 5, the conferencing limitations of Lync 2013 clients in Lync Server 2010 meetings.\"}},{\"client\":\"lync-2013\",\"server\":\"ocs-2007-r2\",\"status\":\"not-supported\",\"source\":{\"ref\":\"jj204672\"}},{\"client\":\"lync-2013-basic\",\"server\":\"lync-server-2013\",\"status\":\"supported\",\"source\":{\"ref\":\"jj204672\",\"note\":\"The seed table (Gg398499) has no row for Lync 2013 Basic.\"}},{\"client\":\"lync-2013-basic\",\"server\":\"lync-server-2010\",\"status\":\"supported\",\"workloads\":{\"group-chat\":{\"status\":\"not-supported\",\"footnotes\":[\"2\"],\"replacement\":\"lync-2010-group-chat\",\"advice\":\"Keep Lync 2010 Group Chat for group chat on Lync Server 2010.\",\"source\":{\"ref\":\"jj204672\",\"note\":\"Inferred from footnote 2, which this table attaches to no Lync 2013 Basic cell: it says Lync 2013 clients are not compatible with Lync Server 2010 Group Chat, and Lync 2013 Basic is a Lync 2013 client (one with Persistent Chat (Group Chat) integration, per the Desktop client comparison tables for Lync Server 2013, Gg425836).\"}},\"conferencing\":{\"status\":\"interoperable\",\"footnotes\":[\"5\"],\"advice\":\"In Lync Server 2010 meetings, No Meeting IM, Gallery View, Lock the Video Spotlight and Pin to Gallery do not function for Lync 2013 clients.\",\"source\":{\"ref\":\"jj204672\",\"note\":\"Inferred from footnote 5, which this table attaches to Lync 2013 only: \\\"When users join Lync Server 2010 meetings with a Lync 2013 client, they have access to Lync 2013 client features with the following exceptions\\\" (Conferencing Feature Support for Lync 2013 Clients in Lync Server 2010 Meetings), and Lync 2013 Basic is a Lync 2013 client.\"}}},\"source\":{\"ref\":\"jj204672\",\"note\":\"The seed table (Gg398499) has no row for Lync 2013 Basic.\"}},{\"client\":\"lync-2013-basic\",\"server\":\"ocs-2007-r2\",\"status\":\"not-supported\",\"source\":{\"ref\":\"jj204672\",\"note\":\"The seed table (Gg398499) has no row for Lync 2013 Basic.\"}},{\"client\":\"lync-web-app-2013\",\"server\":\"lync-server-2013\",\"status\":\"supported\",\"source\":{\"ref\":\"jj204672\"}},{\"client\":\"lync-web-app-2013\",\"server\":\"lync-server-2010\",\"status\":\"not-supported\",\"source\":{\"ref\":\"jj204672\"}},{\"client\":\"lync-web-app-2013\",\"server\":\"ocs-2007-r2\",\"status\":\"not-supported\",\"source\":{\"ref\":\"jj204672\"}},{\"client\":\"lync-2010\",\"server\":\"lync-server-2013\",\"status\":\"supported\",\"source\":{\"ref\":\"jj204672\"}},{\"client\":\"lync-2010\",\"server\":\"lync-server-2010\",\"status\":\"supported\",\"source\":{\"ref\":\"jj204672\"}},{\"client\":\"lync-2010\",\"server\":\"ocs-2007-r2\",\"status\":\"not-supported\",\"source\":{\"ref\":\"jj204672\"}},{\"client\":\"lync-2010-attendant\",\"server\":\"lync-server-2013\",\"status\":\"supported\",\"source\":{\"ref\":\"jj204672\"}},{\"client\":\"lync-2010-attendant\",\"server\":\"lync-server-2010\",\"status\":\"supported\",\"source\":{\"ref\":\"jj204672\"}},{\"client\":\"lync-2010-attendant\",\"server\":\"ocs-2007-r2\",\"status\":\"not-supported\",\"source\":{\"ref\":\"jj204672\"}},{\"client\":\"lync-2010-group-chat\",\"server\":\"lync-server-2013\",\"status\":\"supported\",\"footnotes\":[\"1\"],\"source\":{\"ref\":\"jj204672\",\"note\":\"The seed table (Gg398499) says \\\"Not Applicable\\\"; this table says Supported, with footnote 1 (migration from Lync Server 2010 Group Chat to Lync Server 2013 Persistent Chat Server).\"}},{\"client\":\"lync-2010-group-chat\",\"server\":\"lync-server-2010\",\"status\":\"supported\",\"footnotes\":[\"2\"],\"source\":{\"ref\":\"jj204672\",\"note\":\"The seed table (Gg398499) says \\\"Supported1\\\": the same footnote text, numbered 1 there.\"}},{\"client\":\"lync-2010-group-chat\",\"server\":\"ocs-2007-r2\",\"status\":\"not-applicable\",\"source\":{\"ref\":\"jj204672\"}},{\"client\":\"lync-web-app-2010\",\"server\":\"lync-server-2013\",\"status\":\"not-supported\",\"source\":{\"ref\":\"jj204672\"}},{\"client\":\"lync-web-app-2010\",\"server\":\"lync-server-2010\",\"status\":\"supported\",\"source\":{\"ref\":\"jj204672\"}},{\"client\":\"lync-web-app-2010\",\"server\":\"ocs-2007-r2\",\"status\":\"not-supported\",\"source\":{\"ref\":\"jj204672\"}},{\"client\":\"lync-2010-attendee\",\"server\":\"lync-server-2013\",\"status\":\"not-supported\",\"footnotes\":[\"3\"],\"replacement\":\"lync-web-app-2013\",\"source\":{\"ref\":\"jj204672\",\"note\":\"The seed table (Gg398499) says \\\"Not Supported2\\\": its footnote 2 lacks the last sentence of this table's footnote 3 (Lync 2010 Attendee connects to Lync Server 2013 only with Internet Explorer 6 or 7, unsupported browsers, on Windows XP).\"}},{\"client\":\"lync-2010-attendee\",\"server\":\"lync-server-2010\",\"status\":\"supported\",\"source\":{\"ref\":\"jj204672\"}},{\"client\":\"lync-2010-attendee\",\"server\":\"ocs-2007-r2\",\"status\":\"not-supported\",\"source\":{\"ref\":\"jj204672\"}},{\"client\":\"office-communicator-2007-r2\",\"server\":\"lync-server-2013\",\"status\":\"interoperable\",\"footnotes\":[\"4\"],\"advice\":\"Use Office Communicator 2007 R2 for presence and IM only during the migration.\",\"workloads\":{\"conferencing\":{\"status\":\"not-supported\",\"footnotes\":[\"4\"],\"replacement\":\"lync-web-app-2013\",\"advice\":\"Join Lync Server 2013 meetings with Lync Web App 2013.\",\"source\":{\"ref\":\"jj204672\",\"note\":\"Derived from footnote 4: conferencing features of Office Communicator 2007 R2 are not compatible with Lync Server 2013. (The seed table numbers this footnote 3.)\"}},\"group-chat\":{\"status\":\"not-supported\",\"footnotes\":[\"4\"],\"advice\":\"Only presence and IM of Office Communicator 2007 R2 work with Lync Server 2013.\",\"source\":{\"ref\":\"jj204672\",\"note\":\"Derived from footnote 4: only the presence and IM features of Office Communicator 2007 R2 are compatible with Lync Server 2013; group chat is neither. (The seed table numbers this footnote 3.)\"}}},\"source\":{\"ref\":\"jj204672\",\"note\":\"The seed table (Gg398499) says \\\"Interoperable3\\\": the same footnote text, numbered 3 there.\"}},{\"client\":\"office-communicator-2007-r2\",\"server\":\"lync-server-2010\",\"status\":\"supported\",\"source\":{\"ref\":\"jj204672\"}},{\"client\":\"office-communicator-2007-r2\",\"server\":\"ocs-2007-r2\",\"status\":\"supported\",\"source\":{\"ref\":\"jj204672\"}},{\"client\":\"ocs-2007-r2-attendant\",\"server\":\"lync-server-2013\",\"status\":\"not-supported\",\"source\":{\"ref\":\"jj204672\"}},{\"client\":\"ocs-2007-r2-attendant\",\"server\":\"lync-server-2010\",\"status\":\"supported\",\"source\":{\"ref\":\"jj204672\"}},{\"client\":\"ocs-2007-r2-attendant\",\"server\":\"ocs-2007-r2\",\"status\":\"supported\",\"source\":{\"ref\":\"jj204672\"}},{\"client\":\"office-communicator-2007\",\"server\":\"lync-server-2013\",\"status\":\"not-supported\",\"source\":{\"ref\":\"jj204672\"}},{\"client\":\"office-communicator-2007\",\"server\":\"lync-server-2010\",\"status\":\"supported\",\"source\":{\"ref\":\"jj204672\"}},{\"client\":\"office-communicator-2007\",\"server\":\"ocs-2007-r2\",\"status\":\"supported\",\"source\":{\"ref\":\"jj204672\"}},{\"client\":\"office-live-meeting-2007\",\"server\":\"lync-server-2013\",\"status\":\"not-supported\",\"source\":{\"ref\":\"jj204672\"}},{\"client\":\"office-live-meeting-2007\",\"server\":\"lync-server-2010\",\"status\":\"supported\",\"source\":{\"ref\":\"jj204672\"}},{\"client\":\"office-live-meeting-2007\",\"server\":\"ocs-2007-r2\",\"status\":\"supported\",\"source\":{\"ref\":\"jj204672\"}},{\"client\":\"lync-windows-store-app\",\"server\":\"lync-server-2013\",\"status\":\"supported\",\"source\":{\"ref\":\"jj204672\",\"note\":\"The seed table (Gg398499) has no row for the Lync Windows Store app.\"}},{\"client\":\"lync-windows-store-app\",\"server\":\"lync-server-2010\",\"status\":\"supported\",\"advice\":\"Run the Lync Server 2010 cumulative update of February 2012 (KB 2670352) or later on all servers, and that of October 2012 (KB 2737915) for meeting join (Lync Windows Store app requirements, JJ823129).\",\"source\":{\"ref\":\"jj204672\",\"note\":\"The seed table (Gg398499) has no row for the Lync Windows Store app.\"}},{\"client\":\"lync-windows-store-app\",\"server\":\"ocs-2007-r2\",\"status\":\"not-supported\",\"source\":{\"ref\":\"jj204672\",\"note\":\"The seed table (Gg398499) has no row for the Lync Windows Store app.\"}}]}",
  "lync-server-2013":
    "{\"$schema\":\"../schema/matrix.schema.json\",\"id\":\"lync-server-2013\",\"facts\":\"all-generations\",\"title\":\"Supported clients from previous deployments in Lync Server 2013\",\"description\":\"Microsoft's table of supported client and server combinations during a migration to Lync Server 2013, cell for cell, with its three footnotes.\",\"sources\":{\"gg398499\":{\"title\":\"Supported clients from previous deployments in Lync Server 2013\",\"table\":\"Supported Server and Client Combinations\",\"url\":\"https://technet.microsoft.com/en-us/library/Gg398499(v=OCS.15)\",\"lastModified\":\"2012-12-14\"}},\"workloads\":[{\"id\":\"im\",\"name\":\"instant messaging\"},{\"id\":\"presence\",\"name\":\"presence\"},{\"id\":\"conferencing\",\"name\":\"conferencing (meetings)\"},{\"id\":\"group-chat\",\"name\":\"group chat\"}],\"servers\":[{\"id\":\"lync-server-2013\",\"name\":\"Lync Server 2013\",\"aliases\":[\"Microsoft Lync Server 2013\"]},{\"id\":\"lync-server-2010\",\"name\":\"Lync Server 2010\",\"aliases\":[\"Microsoft Lync Server 2010\"]},{\"id\":\"ocs-2007-r2\",\"name\":\"Office Communications Server 2007 R2\",\"aliases\":[\"Microsoft Office Communications Server 2007 R2\",\"OCS 2007 R2\"]}],\"clients\":[{\"id\":\"lync-2013\",\"name\":\"Lync 2013\",\"aliases\":[\"Microsoft Lync 2013\"]},{\"id\":\"lync-web-app-2013\",\"name\":\"Lync Web App 2013\",\"aliases\":[\"Microsoft Lync Web App 2013\",\"LWA 2013\"]},{\"id\":\"lync-2010\",\"name\":\"Lync 2010\",\"aliases\":[\"Microsoft Lync 2010\"]},{\"id\":\"lync-2010-attendant\",\"name\":\"Lync 2010 Attendant\",\"aliases\":[\"Microsoft Lync 2010 Attendant\"]},{\"id\":\"lync-2010-group-chat\",\"name\":\"Lync 2010 Group Chat\",\"aliases\":[\"Microsoft Lync 2010 Group Chat\"]},{\"id\":\"lync-web-app-2010\",\"name\":\"Lync Web App 2010\",\"aliases\":[\"Microsoft Lync Web App 2010\",\"LWA 2010\"]},{\"id\":\"lync-2010-attendee\",\"name\":\"Lync 2010 Attendee\",\"aliases\":[\"Microsoft Lync 2010 Attendee\"]},{\"id\":\"office-communicator-2007-r2\",\"name\":\"Office Communicator 2007 R2\",\"aliases\":[\"Microsoft Office Communicator 2007 R2\",\"OC 2007 R2\"]},{\"id\":\"ocs-2007-r2-attendant\",\"name\":\"Microsoft Office Communications Server 2007 R2 Attendant\",\"aliases\":[\"Office Communications Server 2007 R2 Attendant\",\"OCS 2007 R2 Attendant\"]},{\"id\":\"office-communicator-2007\",\"name\":\"Office Communicator 2007\",\"aliases\":[\"Microsoft Office Communicator 2007\",\"OC 2007\"]},{\"id\":\"office-live-meeting-2007\",\"name\":\"Office Live Meeting 2007\",\"aliases\":[\"Microsoft Office Live Meeting 2007\",\"Live Meeting 2007\"]}],\"footnotes\":[{\"id\":\"1\",\"text\":\"In Microsoft Lync Server 2010, group chat functionality was available with Group Chat Server, a third-party trusted application for Lync Server 2010. Lync 2013 clients are not compatible with Lync Server 2010, Group Chat.\",\"reading\":\"Attached to Lync 2010 Group Chat on Lync Server 2010, and applied as a refinement: a population of Lync 2013 on Lync Server 2010 that declares group-chat is not supported (Lync 2010 Group Chat is the replacement).\"},{\"id\":\"2\",\"text\":\"Lync Web App 2013 now provides a full in-meeting experience, including computer audio and video, and is considered the replacement for Lync 2010 Attendee.\",\"reading\":\"Attached to Lync 2010 Attendee on Lync Server 2013 (not supported), whose replacement is Lync Web App 2013.\"},{\"id\":\"3\",\"text\":\"The presence and IM features in Office Communicator 2007 R2 are compatible with Lync Server 2013, but conferencing features are not. During migration from Office Communications Server 2007 R2, Office Communicator 2007 R2 is suitable for presence and IM interoperability, but users should use Lync Web App 2013 to join Lync Server 2013 meetings.\",\"reading\":\"Applied as a refinement: a population of Office Communicator 2007 R2 on Lync Server 2013 that declares conferencing or group-chat is not supported (Lync Web App 2013 joins the meetings); im and presence stay interoperable.\"}],\"cells\":[{\"client\":\"lync-2013\",\"server\":\"lync-server-2013\",\"status\":\"supported\",\"source\":{\"ref\":\"gg398499\"}},{\"client\":\"lync-2013\",\"server\":\"lync-server-2010\",\"status\":\"supported\",\"workloads\":{\"group-chat\":{\"status\":\"not-supported\",\"footnotes\":[\"1\"],\"replacement\":\"lync-2010-group-chat\",\"advice\":\"Keep Lync 2010 Group Chat for group chat on Lync Server 2010.\",\"source\":{\"ref\":\"gg398499\",\"note\":\"Derived from footnote 1: Lync 2013 clients are not compatible with Lync Server 2010 Group Chat.\"}}},\"source\":{\"ref\":\"gg398499\"}},{\"client\":\"lync-2013\",\"server\":\"ocs-2007-r2\",\"status\":\"not-supported\",\"source\":{\"ref\":\"gg398499\"}},{\"client\":\"lync-web-app-2013\",\"server\":\"lync-server-2013\",\"status\":\"supported\",\"source\":{\"ref\":\"gg398499\"}},{\"client\":\"lync-web-app-2013\",\"server\":\"lync-server-2010\",\"status\":\"not-supported\",\"source\":{\"ref\":\"gg398499\"}},{\"client\":\"lync-web-app-2013\",\"server\":\"ocs-2007-r2\",\"status\":\"not-supported\",\"source\":{\"ref\":\"gg398499\"}},{\"client\":\"lync-2010\",\"server\":\"lync-server-2013\",\"status\":\"supported\",\"source\":{\"ref\":\"gg398499\"}},{\"client\":\"lync-2010\",\"server\":\"lync-server-2010\",\"status\":\"supported\",\"source\":{\"ref\":\"gg398499\"}},{\"client\":\"lync-2010\",\"server\":\"ocs-2007-r2\",\"status\":\"not-supported\",\"source\":{\"ref\":\"gg398499\"}},{\"client\":\"lync-2010-attendant\",\"server\":\"lync-server-2013\",\"status\":\"supported\",\"source\":{\"ref\":\"gg398499\"}},{\"client\":\"lync-2010-attendant\",\"server\":\"lync-server-2010\",\"status\":\"supported\",\"source\":{\"ref\":\"gg398499\"}},{\"client\":\"lync-2010-attendant\",\"server\":\"ocs-2007-r2\",\"status\":\"not-supported\",\"source\":{\"ref\":\"gg398499\"}},{\"client\":\"lync-2010-group-chat\",\"server\":\"lync-server-2013\",\"status\":\"not-applicable\",\"source\":{\"ref\":\"gg398499\"}},{\"client\":\"lync-2010-group-chat\",\"server\":\"lync-server-2010\",\"status\":\"supported\",\"footnotes\":[\"1\"],\"source\":{\"ref\":\"gg398499\"}},{\"client\":\"lync-2010-group-chat\",\"server\":\"ocs-2007-r2\",\"status\":\"not-applicable\",\"source\":{\"ref\":\"gg398499\"}},{\"client\":\"lync-web-app-2010\",\"server\":\"lync-server-2013\",\"status\":\"not-supported\",\"source\":{\"ref\":\"gg398499\"}},{\"client\":\"lync-web-app-2010\",\"server\":\"lync-server-2010\",\"status\":\"supported\",\"source\":{\"ref\":\"gg398499\"}},{\"client\":\"lync-web-app-2010\",\"server\":\"ocs-2007-r2\",\"status\":\"not-supported\",\"source\":{\"ref\":\"gg398499\"}},{\"client\":\"lync-2010-attendee\",\"server\":\"lync-server-2013\",\"status\":\"not-supported\",\"footnotes\":[\"2\"],\"replacement\":\"lync-web-app-2013\",\"source\":{\"ref\":\"gg398499\"}},{\"client\":\"lync-2010-attendee\",\"server\":\"lync-server-2010\",\"status\":\"supported\",\"source\":{\"ref\":\"gg398499\"}},{\"client\":\"lync-2010-attendee\",\"server\":\"ocs-2007-r2\",\"status\":\"not-supported\",\"source\":{\"ref\":\"gg398499\"}},{\"client\":\"office-communicator-2007-r2\",\"server\":\"lync-server-2013\",\"status\":\"interoperable\",\"footnotes\":[\"3\"],\"advice\":\"Use Office Communicator 2007 R2 for presence and IM only during the migration.\",\"workloads\":{\"conferencing\":{\"status\":\"not-supported\",\"footnotes\":[\"3\"],\"replacement\":\"lync-web-app-2013\",\"advice\":\"Join Lync Server 2013 meetings with Lync Web App 2013.\",\"source\":{\"ref\":\"gg398499\",\"note\":\"Derived from footnote 3: conferencing features of Office Communicator 2007 R2 are not compatible with Lync Server 2013.\"}},\"group-chat\":{\"status\":\"not-supported\",\"footnotes\":[\"3\"],\"advice\":\"Only presence and IM of Office Communicator 2007 R2 work with Lync Server 2013.\",\"source\":{\"ref\":\"gg398499\",\"note\":\"Derived from footnote 3: only the presence and IM features of Office Communicator 2007 R2 are compatible with Lync Server 2013; group chat is neither.\"}}},\"source\":{\"ref\":\"gg398499\"}},{\"client\":\"office-communicator-2007-r2\",\"server\":\"lync-server-2010\",\"status\":\"supported\",\"source\":{\"ref\":\"gg398499\"}},{\"client\":\"office-communicator-2007-r2\",\"server\":\"ocs-2007-r2\",\"status\":\"supported\",\"source\":{\"ref\":\"gg398499\"}},{\"client\":\"ocs-2007-r2-attendant\",\"server\":\"lync-server-2013\",\"status\":\"not-supported\",\"source\":{\"ref\":\"gg398499\"}},{\"client\":\"ocs-2007-r2-attendant\",\"server\":\"lync-server-2010\",\"status\":\"supported\",\"source\":{\"ref\":\"gg398499\"}},{\"client\":\"ocs-2007-r2-attendant\",\"server\":\"ocs-2007-r2\",\"status\":\"supported\",\"source\":{\"ref\":\"gg398499\"}},{\"client\":\"office-communicator-2007\",\"server\":\"lync-server-2013\",\"status\":\"not-supported\",\"source\":{\"ref\":\"gg398499\"}},{\"client\":\"office-communicator-2007\",\"server\":\"lync-server-2010\",\"status\":\"supported\",\"source\":{\"ref\":\"gg398499\"}},{\"client\":\"office-communicator-2007\",\"server\":\"ocs-2007-r2\",\"status\":\"supported\",\"source\":{\"ref\":\"gg398499\"}},{\"client\":\"office-live-meeting-2007\",\"server\":\"lync-server-2013\",\"status\":\"not-supported\",\"source\":{\"ref\":\"gg398499\"}},{\"client\":\"office-live-meeting-2007\",\"server\":\"lync-server-2010\",\"status\":\"supported\",\"source\":{\"ref\":\"gg398499\"}},{\"client\":\"office-live-meeting-2007\",\"server\":\"ocs-2007-r2\",\"status\":\"supported\",\"source\":{\"ref\":\"gg398499\"}}]}",
  "skype-for-business-server":
    "{\"$schema\":\"../schema/matrix.schema.json\",\"id\":\"skype-for-business-server\",\"facts\":\"all-generations\",\"title\":\"Supported clients on Skype for Business Server 2019 and 2015\",\"description\":\"Which desktop, phone and mobile clients Skype for Business Server 2019 and Skype for Business Server 2015 support, from Microsoft's \\\"Plan for clients and devices\\\" (Available clients, Legacy clients), the desktop client feature comparisons of both servers and the Skype for Business Server 2019 deprecations. The sources print lists, not a grid: a cell they state is plain; a cell they only imply says \\\"Implied:\\\" in its source note. The footnotes quote the sources verbatim; the sources number none of them.\",\"sources\":{\"sfb-clients\":{\"title\":\"Plan for clients and devices\",\"table\":\"Available clients\",\"url\":\"https://learn.microsoft.com/skypeforbusiness/plan-your-deployment/clients-and-devices/clients-and-devices\"},\"sfb-legacy-clients\":{\"title\":\"Plan for clients and devices\",\"table\":\"Legacy clients\",\"url\":\"https://learn.microsoft.com/skypeforbusiness/plan-your-deployment/clients-and-devices/clients-and-devices\"},\"sfb2015-feature-comparison\":{\"title\":\"Desktop client feature comparison for Skype for Business Server 2015\",\"table\":\"Meetings support\",\"url\":\"https://learn.microsoft.com/skypeforbusiness/plan-your-deployment/clients-and-devices/desktop-feature-comparison\"},\"sfb2019-feature-comparison\":{\"title\":\"Desktop client feature comparison for Skype for Business Server 2019\",\"table\":\"Meetings support\",\"url\":\"https://learn.microsoft.com/skypeforbusiness/sfbserver2019/plan/feature-comparison\"},\"sfb2019-deprecations\":{\"title\":\"Skype for Business Server 2019 deprecations\",\"url\":\"https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/06f3e6e7e369fdb8d03da7f67b9ba859e7434323/Skype/SfBServer2019/deprecated-2019.md\"}},\"workloads\":[{\"id\":\"im\",\"name\":\"instant messaging\"},{\"id\":\"presence\",\"name\":\"presence\"},{\"id\":\"conferencing\",\"name\":\"conferencing (meetings)\"},{\"id\":\"group-chat\",\"name\":\"group chat\"}],\"servers\":[{\"id\":\"skype-for-business-server-2019\",\"name\":\"Skype for Business Server 2019\",\"aliases\":[\"Microsoft Skype for Business Server 2019\",\"SfB Server 2019\"]},{\"id\":\"skype-for-business-server-2015\",\"name\":\"Skype for Business Server 2015\",\"aliases\":[\"Microsoft Skype for Business Server 2015\",\"SfB Server 2015\"]}],\"clients\":[{\"id\":\"skype-for-business-2019\",\"name\":\"Skype for Business 2019\",\"aliases\":[\"Microsoft Skype for Business 2019\",\"Skype for Business (2019)\"]},{\"id\":\"skype-for-business-2016\",\"name\":\"Skype for Business 2016\",\"aliases\":[\"Microsoft Skype for Business 2016\"]},{\"id\":\"skype-for-business-2015\",\"name\":\"Skype for Business 2015\",\"aliases\":[\"Microsoft Skype for Business 2015\"]},{\"id\":\"lync-2013\",\"name\":\"Lync 2013\",\"aliases\":[\"Microsoft Lync 2013\"]},{\"id\":\"lync-2010\",\"name\":\"Lync 2010\",\"aliases\":[\"Microsoft Lync 2010\"]},{\"id\":\"lync-2010-mobile\",\"name\":\"Lync 2010 Mobile\",\"aliases\":[\"Microsoft Lync 2010 Mobile\"]},{\"id\":\"lync-phone-edition\",\"name\":\"Lync Phone Edition\",\"aliases\":[\"Microsoft Lync Phone Edition\",\"Lync 2010 Phone Edition\",\"Microsoft Lync 2010 Phone Edition\"]},{\"id\":\"lync-2010-attendant\",\"name\":\"Lync 2010 Attendant\",\"aliases\":[\"Microsoft Lync 2010 Attendant\"]},{\"id\":\"skype-for-business-on-mac\",\"name\":\"Skype for Business on Mac\",\"aliases\":[\"Microsoft Skype for Business on Mac\",\"Skype for Business for Mac\"]},{\"id\":\"skype-for-business-web-app\",\"name\":\"Skype for Business Web App\",\"aliases\":[\"Microsoft Skype for Business Web App\"]}],\"footnotes\":[{\"id\":\"1\",\"text\":\"If you've previously used a combination of Lync clients, note that there are unsupported Legacy clients that are incompatible with Skype for Business Server 2019.\",\"reading\":\"Attached to the previously released clients that Skype for Business Server 2015 lists and Skype for Business Server 2019 does not (Lync 2010, Lync Phone Edition, Lync 2010 Attendant): not supported on Skype for Business Server 2019.\"},{\"id\":\"2\",\"text\":\"MCX (Mobility Service) support for legacy mobile clients is no longer available in Skype for Business Server 2019. All current Skype for Business mobile clients already use Unified Communications Web API (UCWA) to support instant messaging (IM), presence, and contacts. Users with legacy clients using MCX will need to upgrade to a current client.\",\"reading\":\"Attached to Lync 2010 Mobile (an Mcx client) on Skype for Business Server 2019: not supported; its users need a current Skype for Business mobile client.\"},{\"id\":\"3\",\"text\":\"Persitent Chat, SQL Mirroring, and XMPP Gateway functionalities are no longer available as Skype for Business Server 2019 features.\",\"reading\":\"Applied as a refinement of every supported cell on Skype for Business Server 2019 whose client offers group chat: a population that declares group-chat is not supported there. A client without Persistent Chat integration (Skype for Business on Mac, the web app) gets a capability finding instead, on whatever server.\"},{\"id\":\"4\",\"text\":\"The Skype for Business Web App browser client and Skype Meetings App Windows 10 app only provide Meetings support.\",\"reading\":\"Attached to Skype for Business Web App on both servers, where conferencing is supported. The web app offers meetings only: a web-app population that declares im, presence or group-chat gets a capability finding (the client does not offer the workload), from the client capabilities, on whatever server.\"}],\"cells\":[{\"client\":\"skype-for-business-2019\",\"server\":\"skype-for-business-server-2019\",\"status\":\"supported\",\"workloads\":{\"group-chat\":{\"status\":\"not-supported\",\"footnotes\":[\"3\"],\"source\":{\"ref\":\"sfb2019-deprecations\",\"note\":\"Derived from footnote 3: Persistent Chat (group chat) is no longer available in Skype for Business Server 2019.\"},\"advice\":\"Keep users who need Persistent Chat on a Skype for Business Server 2015 pool.\"}},\"source\":{\"ref\":\"sfb-clients\"}},{\"client\":\"skype-for-business-2019\",\"server\":\"skype-for-business-server-2015\",\"status\":\"supported\",\"source\":{\"ref\":\"sfb-clients\"}},{\"client\":\"skype-for-business-2016\",\"server\":\"skype-for-business-server-2019\",\"status\":\"supported\",\"workloads\":{\"group-chat\":{\"status\":\"not-supported\",\"footnotes\":[\"3\"],\"source\":{\"ref\":\"sfb2019-deprecations\",\"note\":\"Derived from footnote 3: Persistent Chat (group chat) is no longer available in Skype for Business Server 2019.\"},\"advice\":\"Keep users who need Persistent Chat on a Skype for Business Server 2015 pool.\"}},\"source\":{\"ref\":\"sfb-clients\"}},{\"client\":\"skype-for-business-2016\",\"server\":\"skype-for-business-server-2015\",\"status\":\"supported\",\"source\":{\"ref\":\"sfb-clients\"}},{\"client\":\"skype-for-business-2015\",\"server\":\"skype-for-business-server-2019\",\"status\":\"supported\",\"workloads\":{\"group-chat\":{\"status\":\"not-supported\",\"footnotes\":[\"3\"],\"source\":{\"ref\":\"sfb2019-deprecations\",\"note\":\"Derived from footnote 3: Persistent Chat (group chat) is no longer available in Skype for Business Server 2019.\"},\"advice\":\"Keep users who need Persistent Chat on a Skype for Business Server 2015 pool.\"}},\"source\":{\"ref\":\"sfb-clients\"}},{\"client\":\"skype-for-business-2015\",\"server\":\"skype-for-business-server-2015\",\"status\":\"supported\",\"source\":{\"ref\":\"sfb-clients\"}},{\"client\":\"lync-2013\",\"server\":\"skype-for-business-server-2019\",\"status\":\"supported\",\"workloads\":{\"group-chat\":{\"status\":\"not-supported\",\"footnotes\":[\"3\"],\"source\":{\"ref\":\"sfb2019-deprecations\",\"note\":\"Derived from footnote 3: Persistent Chat (group chat) is no longer available in Skype for Business Server 2019.\"},\"advice\":\"Keep users who need Persistent Chat on a Skype for Business Server 2015 pool.\"}},\"source\":{\"ref\":\"sfb-legacy-clients\"}},{\"client\":\"lync-2013\",\"server\":\"skype-for-business-server-2015\",\"status\":\"supported\",\"source\":{\"ref\":\"sfb-legacy-clients\"}},{\"client\":\"lync-2010\",\"server\":\"skype-for-business-server-2019\",\"status\":\"not-supported\",\"footnotes\":[\"1\"],\"replacement\":\"skype-for-business-2019\",\"advice\":\"Upgrade to Skype for Business 2019, the recommended client, or keep these users on a Skype for Business Server 2015 pool.\",\"source\":{\"ref\":\"sfb-legacy-clients\",\"note\":\"Implied: the Legacy clients section lists the previously released clients Skype for Business Server 2019 supports (Skype for Business 2016, Skype for Business 2015, Lync 2013) and those Skype for Business Server 2015 supports; Lync 2010 is in the 2015 list only, and the same page says there are unsupported legacy clients that are incompatible with Skype for Business Server 2019 (footnote 1).\"}},{\"client\":\"lync-2010\",\"server\":\"skype-for-business-server-2015\",\"status\":\"supported\",\"source\":{\"ref\":\"sfb-legacy-clients\"}},{\"client\":\"lync-2010-mobile\",\"server\":\"skype-for-business-server-2019\",\"status\":\"not-supported\",\"footnotes\":[\"2\"],\"advice\":\"Upgrade these users to a current Skype for Business mobile client, which uses UCWA.\",\"source\":{\"ref\":\"sfb-clients\",\"note\":\"Implied: MCX (Mobility Service) support for legacy mobile clients is no longer available in Skype for Business Server 2019 (footnote 2), and Lync 2010 Mobile is an Mcx client (\\\"the Mcx service provides services to Lync 2010 Mobile clients\\\", Topologies and components for mobility in Lync Server 2013, Hh690037); it is also in the Legacy clients list of Skype for Business Server 2015 only, not in that of 2019.\"}},{\"client\":\"lync-2010-mobile\",\"server\":\"skype-for-business-server-2015\",\"status\":\"supported\",\"source\":{\"ref\":\"sfb-legacy-clients\"}},{\"client\":\"lync-phone-edition\",\"server\":\"skype-for-business-server-2019\",\"status\":\"not-supported\",\"footnotes\":[\"1\"],\"advice\":\"Keep Lync Phone Edition devices on a Skype for Business Server 2015 pool.\",\"source\":{\"ref\":\"sfb-legacy-clients\",\"note\":\"Implied: the Legacy clients section lists the previously released clients Skype for Business Server 2019 supports (Skype for Business 2016, Skype for Business 2015, Lync 2013) and those Skype for Business Server 2015 supports; Lync Phone Edition is in the 2015 list only, and the same page says there are unsupported legacy clients that are incompatible with Skype for Business Server 2019 (footnote 1).\"}},{\"client\":\"lync-phone-edition\",\"server\":\"skype-for-business-server-2015\",\"status\":\"supported\",\"source\":{\"ref\":\"sfb-legacy-clients\"}},{\"client\":\"lync-2010-attendant\",\"server\":\"skype-for-business-server-2019\",\"status\":\"not-supported\",\"footnotes\":[\"1\"],\"advice\":\"Keep Lync 2010 Attendant users on a Skype for Business Server 2015 pool.\",\"source\":{\"ref\":\"sfb-legacy-clients\",\"note\":\"Implied: the Legacy clients section lists the previously released clients Skype for Business Server 2019 supports (Skype for Business 2016, Skype for Business 2015, Lync 2013) and those Skype for Business Server 2015 supports; Lync 2010 Attendant is in the 2015 list only, and the same page says there are unsupported legacy clients that are incompatible with Skype for Business Server 2019 (footnote 1).\"}},{\"client\":\"lync-2010-attendant\",\"server\":\"skype-for-business-server-2015\",\"status\":\"supported\",\"source\":{\"ref\":\"sfb-legacy-clients\"}},{\"client\":\"skype-for-business-on-mac\",\"server\":\"skype-for-business-server-2019\",\"status\":\"supported\",\"source\":{\"ref\":\"sfb2019-feature-comparison\",\"note\":\"Implied: Skype for Business on Mac is a column of the Desktop client feature comparison for Skype for Business Server 2019 (Meetings support and the other tables); no list of supported clients names it.\"}},{\"client\":\"skype-for-business-on-mac\",\"server\":\"skype-for-business-server-2015\",\"status\":\"supported\",\"advice\":\"Run Skype for Business Server 2015 CU4 or later for managing delegates from Skype for Business on Mac, and CU6 or later for its emergency services (E-911).\",\"source\":{\"ref\":\"sfb2015-feature-comparison\",\"note\":\"Implied: Skype for Business on Mac is a column of the Desktop client feature comparison for Skype for Business Server 2015 (Meetings support and the other tables), whose Voice (Telephony) support table says \\\"Requires Skype for Business Server 2015 CU4 or later\\\" for Manage delegates and \\\"Requires Skype for Business Server 2015 CU6 or later\\\" for emergency services (E-911); no list of supported clients names it.\"},\"requires\":{\"update\":\"cu6\",\"unmet\":\"supported\",\"note\":\"Its Voice (Telephony) support table says \\\"Requires Skype for Business Server 2015 CU4 or later\\\" for Manage delegates and \\\"Requires Skype for Business Server 2015 CU6 or later\\\" for emergency services (E-911). Below CU6 the client still signs in and the pair stays supported, without those features.\",\"source\":{\"ref\":\"sfb2015-feature-comparison\",\"quote\":\"Requires Skype for Business Server 2015 CU6 or later\"}}},{\"client\":\"skype-for-business-web-app\",\"server\":\"skype-for-business-server-2019\",\"status\":\"supported\",\"footnotes\":[\"4\"],\"advice\":\"Use Skype for Business Web App to join meetings only.\",\"source\":{\"ref\":\"sfb2019-feature-comparison\",\"note\":\"Implied: Skype for Business Web App is a column of the Meetings support table of the Desktop client feature comparison for Skype for Business Server 2019, whose note says it only provides Meetings support (footnote 4); no list of supported clients names it.\"}},{\"client\":\"skype-for-business-web-app\",\"server\":\"skype-for-business-server-2015\",\"status\":\"supported\",\"footnotes\":[\"4\"],\"advice\":\"Use Skype for Business Web App to join meetings only.\",\"source\":{\"ref\":\"sfb2015-feature-comparison\",\"note\":\"Implied: Skype for Business Web App is a column of the Meetings support table of the Desktop client feature comparison for Skype for Business Server 2015, whose note says it only provides Meetings support (footnote 4); no list of supported clients names it.\"}}]}",
}

/** The product facts of each matrix another takes its facts from: the matrix without its cells and footnotes. */
const BUILTIN_FACTS = {
  "all-generations":
    "{\"$schema\":\"../schema/matrix.schema.json\",\"id\":\"all-generations\",\"title\":\"Client and server support across generations: Office Communications Server 2007 R2 to Skype for Business Server 2019\",\"description\":\"A catalogue of every client the sources name for Skype for Business Server 2019 and 2015, Lync Server 2013 and 2010 and Office Communications Server 2007 R2, with every pair's verdict and its source; the other built-in matrices take their product facts (offers, builds, unsupported products, server rules) from it. Cells: the seed table (Gg398499, lync-server-2013) wins wherever it speaks; a differing source (Table 1 of Client interoperability in Lync 2013) is kept in `conflicts`. A cell read from a sentence has a `quote`; one read from a column of a feature comparison or from a list says \\\"Implied:\\\" in its note. A pair no source states is `undocumented`, without a source. Footnotes: ids are the source's number with a prefix for the table it belongs to: seed-N (the seed table), interop-N (Table 1 of Client interoperability in Lync 2013), sfb-N (the Skype for Business pages, which number none; numbered as in the skype-for-business-server matrix). Offers: derived from the desktop client comparison tables (Lync Server 2013, Skype for Business Server 2015 and 2019) by defining rows, using the table of the newest server with a column for the client: im \\\"Initiate IM or email to a contact\\\" (2015/2019: \\\"Initiate IM with or email to a contact\\\"); presence \\\"Publish status\\\" and \\\"View status\\\"; group-chat \\\"Persistent Chat (Group Chat) integration\\\"; conferencing \\\"Add computer audio\\\", \\\"Access detailed meeting roster\\\", \\\"Participate in multiparty IM\\\" and \\\"Use in-meeting presenter controls\\\". yes = every defining row marked; partial = some; no = a column and no row marked; undocumented = no column. A source that states a capability directly (Table 2 of Client interoperability in Lync 2013 and its note, the meetings-only notes, the mobile comparison tables, the seed footnote 3, the Skype for Business client statements) wins, and its note says so. Builds: the line and updates each source states (no build of Office Communications Server 2007 R2 is stated, so it has none).\",\"sources\":{\"gg398499\":{\"title\":\"Supported clients from previous deployments in Lync Server 2013\",\"table\":\"Supported Server and Client Combinations\",\"url\":\"https://technet.microsoft.com/en-us/library/Gg398499(v=OCS.15)\",\"lastModified\":\"2012-12-14\"},\"jj204672-t1\":{\"title\":\"Client interoperability in Lync 2013\",\"table\":\"Table 1 - Server and Client Compatibility\",\"url\":\"https://technet.microsoft.com/en-us/library/JJ204672(v=OCS.15)\",\"lastModified\":\"2016-03-04\"},\"jj204672-t2\":{\"title\":\"Client interoperability in Lync 2013\",\"table\":\"Table 2 - Peer-to-Peer Feature Support\",\"url\":\"https://technet.microsoft.com/en-us/library/JJ204672(v=OCS.15)\",\"lastModified\":\"2016-03-04\"},\"jj204672-t4\":{\"title\":\"Client interoperability in Lync 2013\",\"table\":\"Table 4 - Scheduling Add-in Support\",\"url\":\"https://technet.microsoft.com/en-us/library/JJ204672(v=OCS.15)\",\"lastModified\":\"2016-03-04\"},\"jj204672-lync2010-meetings\":{\"title\":\"Client interoperability in Lync 2013\",\"table\":\"Conferencing Feature Support for Lync 2013 Clients in Lync Server 2010 Meetings\",\"url\":\"https://technet.microsoft.com/en-us/library/JJ204672(v=OCS.15)\",\"lastModified\":\"2016-03-04\"},\"gg425836\":{\"title\":\"Desktop client comparison tables for Lync Server 2013\",\"table\":\"Enhanced Presence Support, IM Support, Conferencing Support (columns of all tables)\",\"url\":\"https://technet.microsoft.com/en-us/library/Gg425836(v=OCS.15)\",\"lastModified\":\"2018-01-23\"},\"hh691004\":{\"title\":\"Mobile client comparison tables for Lync Server 2013\",\"table\":\"Enhanced Presence Support, Instant Messaging Support and Conferencing Support in Lync Mobile Clients\",\"url\":\"https://technet.microsoft.com/en-us/library/Hh691004(v=OCS.15)\",\"lastModified\":\"2015-09-21\"},\"hh690037\":{\"title\":\"Topologies and components for mobility in Lync Server 2013\",\"url\":\"https://technet.microsoft.com/en-us/library/Hh690037(v=OCS.15)\",\"lastModified\":\"2013-02-17\"},\"jj823129\":{\"title\":\"Lync Windows Store app requirements for Lync Server 2013\",\"url\":\"https://technet.microsoft.com/en-us/library/JJ823129(v=OCS.15)\",\"lastModified\":\"2013-12-03\"},\"dn954919\":{\"title\":\"Configure the client experience with Skype for Business (Lync Server 2013)\",\"table\":\"Default client experiences\",\"url\":\"https://technet.microsoft.com/en-us/library/Dn954919(v=OCS.15)\",\"lastModified\":\"2015-09-17\"},\"gg425764\":{\"title\":\"Supported server migration paths and coexistence scenarios in Lync Server 2013\",\"url\":\"https://technet.microsoft.com/en-us/library/Gg425764(v=OCS.15)\",\"lastModified\":\"2012-10-16\"},\"sfb2019-migration\":{\"title\":\"Migration to Skype for Business Server 2019\",\"url\":\"https://learn.microsoft.com/skypeforbusiness/sfbserver2019/migration/migration-to-skype-for-business-server-2019\"},\"sfb2019-deprecations\":{\"title\":\"Skype for Business Server 2019 deprecations\",\"url\":\"https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/06f3e6e7e369fdb8d03da7f67b9ba859e7434323/Skype/SfBServer2019/deprecated-2019.md\"},\"sfb-clients\":{\"title\":\"Plan for clients and devices\",\"table\":\"Available clients\",\"url\":\"https://learn.microsoft.com/skypeforbusiness/plan-your-deployment/clients-and-devices/clients-and-devices\"},\"sfb-legacy-clients\":{\"title\":\"Plan for clients and devices\",\"table\":\"Legacy clients\",\"url\":\"https://learn.microsoft.com/skypeforbusiness/plan-your-deployment/clients-and-devices/clients-and-devices\"},\"sfb2015-feature-comparison\":{\"title\":\"Desktop client feature comparison for Skype for Business Server 2015\",\"table\":\"Enhanced Presence support, IM support, Meetings support (columns of all tables)\",\"url\":\"https://learn.microsoft.com/skypeforbusiness/plan-your-deployment/clients-and-devices/desktop-feature-comparison\"},\"sfb2019-feature-comparison\":{\"title\":\"Desktop client feature comparison for Skype for Business Server 2019\",\"table\":\"Enhanced Presence support, IM support, Meetings support (columns of all tables)\",\"url\":\"https://learn.microsoft.com/skypeforbusiness/sfbserver2019/plan/feature-comparison\"},\"gg398499-2010\":{\"title\":\"Supported Clients from Previous Deployments (Lync Server 2010)\",\"url\":\"https://learn.microsoft.com/en-us/previous-versions/office/skype-server-2010/gg398499(v=ocs.14)\",\"lastModified\":\"2011-01-04\"},\"gg413014-it\":{\"title\":\"Client Interoperability (Lync Server 2010 Planning), Italian edition\",\"url\":\"https://technet.microsoft.com/it-it/library/gg413014(v=ocs.14).aspx\",\"lastModified\":\"2012-01-25\"},\"get-csserverversion\":{\"title\":\"Get-CsServerVersion\",\"url\":\"https://github.com/MicrosoftDocs/office-docs-powershell/blob/93336da2bca96c31c0fc8acc52658a30ef8a6c94/skype/skype-ps/SkypeForBusiness/Get-CsServerVersion.md\"},\"get-csserverpatchversion\":{\"title\":\"Get-CsServerPatchVersion\",\"url\":\"https://github.com/MicrosoftDocs/office-docs-powershell/blob/93336da2bca96c31c0fc8acc52658a30ef8a6c94/skype/skype-ps/SkypeForBusiness/Get-CsServerPatchVersion.md\"},\"move-csuser\":{\"title\":\"Move-CsUser\",\"url\":\"https://github.com/MicrosoftDocs/office-docs-powershell/blob/a4864374770a96a24d0ccea6c7dc94f168ac9cfb/skype/skype-ps/SkypeForBusiness/Move-CsUser.md\"},\"disable-tls\":{\"title\":\"Disable TLS 1.0/1.1 in Skype for Business Server 2015\",\"url\":\"https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/045c371e6b0d69f767a03fc4a9e3c7fd8669b569/Skype/SfbServer/manage/topology/disable-tls-1.0-1.1.md\"},\"sfb-server-updates\":{\"title\":\"Skype for Business Server updates\",\"url\":\"https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/011f49044ec9e2bc84b5f3038068c3843ec65604/Skype/SfbServer/sfb-server-updates.md\"},\"kb2809243-link\":{\"title\":\"Updates for Lync Server 2013 (KB 2809243), as linked from a Microsoft troubleshooting article (its path is not resolved in the sources)\",\"url\":\"https://support.microsoft.com/help/2809243\"},\"hybrid-pstn-planning\":{\"title\":\"Microsoft hybrid / PSTN planning page (its path is not resolved in the sources)\",\"url\":\"https://learn.microsoft.com/\"},\"meeting-room-move\":{\"title\":\"Microsoft meeting-room move page (its path is not resolved in the sources)\",\"url\":\"https://learn.microsoft.com/\"}},\"workloads\":[{\"id\":\"im\",\"name\":\"instant messaging\"},{\"id\":\"presence\",\"name\":\"presence\"},{\"id\":\"conferencing\",\"name\":\"conferencing (meetings)\"},{\"id\":\"group-chat\",\"name\":\"group chat\"}],\"servers\":[{\"id\":\"skype-for-business-server-2019\",\"name\":\"Skype for Business Server 2019\",\"aliases\":[\"Microsoft Skype for Business Server 2019\",\"SfB Server 2019\"],\"builds\":{\"line\":\"7.0.2046\",\"source\":{\"ref\":\"move-csuser\",\"note\":\"Stated by the builds of its cumulative updates (CU6 is 7.0.2046.385); no Microsoft source states the RTM build (7.0.2046.0), and the TLS page prints CU1 as \\\"17.0.2046.123\\\", almost certainly a typo for 7.0.2046.123.\",\"quote\":\"CU6 |7.0.2046.385|\"},\"updates\":[{\"id\":\"cu1\",\"name\":\"Cumulative Update 1\",\"aliases\":[\"CU1\",\"KB 4470124\"],\"released\":\"2019-07\",\"source\":{\"ref\":\"sfb-server-updates\",\"quote\":\"Skype for Business Server 2019 Cumulative Update 1\",\"note\":\"The updates page dates CU1 July 2019. The TLS page (Disable TLS 1.0/1.1) says \\\"Skype for Business Server 2019 CU1 17.0.2046.123 (June 2019) or higher\\\": another month, and a build that is almost certainly a typo for 7.0.2046.123; neither is used, so CU1 has no build here.\"}},{\"id\":\"cu6\",\"name\":\"Cumulative Update 6\",\"aliases\":[\"CU6\"],\"build\":\"7.0.2046.385\",\"source\":{\"ref\":\"move-csuser\",\"quote\":\"|Skype for Business Server 2019| CU6 |7.0.2046.385|\"}}]}},{\"id\":\"skype-for-business-server-2015\",\"name\":\"Skype for Business Server 2015\",\"aliases\":[\"Microsoft Skype for Business Server 2015\",\"SfB Server 2015\"],\"builds\":{\"line\":\"6.0.9319\",\"source\":{\"ref\":\"get-csserverpatchversion\",\"note\":\"Stated by the builds of its cumulative updates (6.0.9319.102 to 6.0.9319.619); the RTM build 6.0.9319.0 is stated only by a community script.\",\"quote\":\"November 2015 Cumulative Update (6.0.9319.102)\"},\"updates\":[{\"id\":\"nov-2015\",\"name\":\"November 2015 cumulative update\",\"aliases\":[\"CU November 2015\",\"November 2015 Cumulative Update\"],\"build\":\"6.0.9319.102\",\"released\":\"2015-11\",\"source\":{\"ref\":\"get-csserverpatchversion\",\"quote\":\"November 2015 Cumulative Update (6.0.9319.102)\"}},{\"id\":\"mar-2016\",\"name\":\"March 2016 cumulative update\",\"aliases\":[\"CU March 2016\",\"March 2016 Cumulative Update\"],\"build\":\"6.0.9319.235\",\"released\":\"2016-03\",\"source\":{\"ref\":\"hybrid-pstn-planning\",\"quote\":\"Skype for Business Server 2015, March 2016 Cumulative Update 6.0.9319.235\"}},{\"id\":\"may-2017\",\"name\":\"May 2017 cumulative update\",\"aliases\":[\"CU May 2017\"],\"build\":\"6.0.9319.281\",\"released\":\"2017-05\",\"source\":{\"ref\":\"meeting-room-move\",\"quote\":\"the May 2017 cumulative update 6.0.9319.281 for Skype for Business Server 2015\"}},{\"id\":\"cu9\",\"name\":\"Cumulative Update 9\",\"aliases\":[\"CU9\",\"CU9 (May 2019)\"],\"build\":\"6.0.9319.548\",\"released\":\"2019-05\",\"source\":{\"ref\":\"disable-tls\",\"quote\":\"Skype for Business Server 2015 CU9 6.0.9319.548 (May 2019) or higher\"}},{\"id\":\"cu12\",\"name\":\"Cumulative Update 12\",\"aliases\":[\"CU12\"],\"build\":\"6.0.9319.619\",\"source\":{\"ref\":\"move-csuser\",\"quote\":\"|Skype for Business Server 2015| CU12|6.0.9319.619|\"}},{\"id\":\"cu4\",\"name\":\"Cumulative Update 4\",\"aliases\":[\"CU4\"],\"source\":{\"ref\":\"sfb2015-feature-comparison\",\"quote\":\"Requires Skype for Business Server 2015 CU4 or later\",\"note\":\"Named (for Manage delegates from Skype for Business on Mac) without a build or a date, so it cannot be ordered against the others.\"}},{\"id\":\"cu6\",\"name\":\"Cumulative Update 6\",\"aliases\":[\"CU6\"],\"source\":{\"ref\":\"sfb2015-feature-comparison\",\"quote\":\"Requires Skype for Business Server 2015 CU6 or later\",\"note\":\"Named (for emergency services (E-911) from Skype for Business on Mac) without a build or a date, so it cannot be ordered against the others.\"}}]}},{\"id\":\"lync-server-2013\",\"name\":\"Lync Server 2013\",\"aliases\":[\"Microsoft Lync Server 2013\"],\"builds\":{\"line\":\"5.0.8308\",\"source\":{\"ref\":\"get-csserverversion\",\"quote\":\"Get-CsServerVersion will return a value such as 5.0.8308 even if an update has officially changed the version number to 5.0.8308.291.\",\"note\":\"The example build 5.0.8308.291 names no update, so it is not listed as one.\"},\"updates\":[{\"id\":\"feb-2013\",\"name\":\"February 2013 cumulative update\",\"aliases\":[\"Cumulative Updates for Lync Server 2013: February 2013\",\"CU February 2013\"],\"released\":\"2013-02\",\"source\":{\"ref\":\"hh690037\",\"quote\":\"The Cumulative Updates for Lync Server 2013: February 2013 adds a complimentary, but advanced, service for Lync 2013 Mobile clients\"}},{\"id\":\"dec-2014\",\"name\":\"December 2014 cumulative update\",\"aliases\":[\"CU December 2014\",\"December 2014 Cumulative Update\"],\"build\":\"5.0.8308.857\",\"released\":\"2014-12\",\"source\":{\"ref\":\"dn954919\",\"quote\":\"Lync Server 2013 - December 2014 Cumulative Update (5.0.8308.857) for Lync Server 2013.\"}},{\"id\":\"may-2015\",\"name\":\"May 2015 cumulative update\",\"aliases\":[\"CU May 2015\"],\"build\":\"5.0.8308.887\",\"released\":\"2015-05\",\"source\":{\"ref\":\"kb2809243-link\",\"quote\":\"May 2015 cumulative update (5.0.8308.887)\"}},{\"id\":\"jul-2015\",\"name\":\"July 2015 cumulative update\",\"aliases\":[\"CU July 2015\",\"July 2015 Cumulative Update\"],\"build\":\"5.0.8308.920\",\"released\":\"2015-07\",\"source\":{\"ref\":\"hybrid-pstn-planning\",\"quote\":\"Lync Server 2013 July 2015 Cumulative Update 5.0.8308.920\"}},{\"id\":\"jul-2017\",\"name\":\"July 2017 cumulative update\",\"aliases\":[\"CU July 2017\"],\"build\":\"5.0.8308.992\",\"released\":\"2017-07\",\"source\":{\"ref\":\"meeting-room-move\",\"quote\":\"the July 2017 cumulative update 5.0.8308.992 for Lync Server 2013\"}},{\"id\":\"cu10\",\"name\":\"Cumulative Update 10\",\"aliases\":[\"CU10\",\"KB 4295703\"],\"released\":\"2018-07\",\"source\":{\"ref\":\"sfb-server-updates\",\"quote\":\"Lync Server 2013 Cumulative Update 10\"}},{\"id\":\"cu10-hf7\",\"name\":\"CU10 with Hotfix 7\",\"aliases\":[\"Cumulative Update 10 Hotfix 7\"],\"build\":\"5.0.8308.1182\",\"source\":{\"ref\":\"move-csuser\",\"quote\":\"|Lync Server 2013| CU10 with Hotfix 7|5.0.8308.1182|\"}},{\"id\":\"cu8-hf1\",\"name\":\"CU8 HF1\",\"aliases\":[\"Cumulative Update 8 Hotfix 1\"],\"source\":{\"ref\":\"gg425836\",\"quote\":\"Requires Lync Server 2013 CU8 HF1 or later\",\"note\":\"Named (for emergency services (E-911) from Skype for Business on Mac) without a build or a date, so it cannot be ordered against the others.\"}}]}},{\"id\":\"lync-server-2010\",\"name\":\"Lync Server 2010\",\"aliases\":[\"Microsoft Lync Server 2010\"],\"builds\":{\"line\":\"4.0.7577\",\"source\":{\"ref\":\"dn954919\",\"quote\":\"February 2015 Cumulative Update (4.0.7577.710)\",\"note\":\"Stated by the build of its February 2015 cumulative update; the RTM build 4.0.7577.0 is stated only by a community script.\"},\"updates\":[{\"id\":\"nov-2011\",\"name\":\"November 2011 cumulative update\",\"aliases\":[\"Cumulative Update for Lync Server 2010: November 2011\",\"CU November 2011\"],\"released\":\"2011-11\",\"source\":{\"ref\":\"hh690037\",\"quote\":\"Introduced in Cumulative Update for Lync Server 2010: November 2011, the Mcx service provides services to Lync 2010 Mobile clients.\"}},{\"id\":\"feb-2012\",\"name\":\"February 2012 cumulative update\",\"aliases\":[\"cumulative update for Lync Server 2010: February 2012\",\"CU February 2012\",\"KB 2670352\"],\"released\":\"2012-02\",\"source\":{\"ref\":\"jj823129\",\"quote\":\"run the cumulative update for Lync Server 2010: February 2012 (KB 2670352) or later on all servers\"}},{\"id\":\"oct-2012\",\"name\":\"October 2012 cumulative update\",\"aliases\":[\"cumulative update for Lync Server 2010: October 2012\",\"CU October 2012\",\"KB 2737915\"],\"released\":\"2012-10\",\"source\":{\"ref\":\"jj823129\",\"quote\":\"run the cumulative update for Lync Server 2010: October 2012 (KB 2737915) on the servers\"}},{\"id\":\"feb-2015\",\"name\":\"February 2015 cumulative update\",\"aliases\":[\"CU February 2015\",\"February 2015 Cumulative Update\"],\"build\":\"4.0.7577.710\",\"released\":\"2015-02\",\"source\":{\"ref\":\"dn954919\",\"quote\":\"Lync Server 2010 - February 2015 Cumulative Update (4.0.7577.710) for Lync Server 2010.\"}},{\"id\":\"cu18\",\"name\":\"Cumulative Update 18\",\"aliases\":[\"CU18\",\"KB 2493736\"],\"released\":\"2019-01\",\"source\":{\"ref\":\"sfb-server-updates\",\"quote\":\"Lync Server 2010 Cumulative Update 18\"}}]}},{\"id\":\"ocs-2007-r2\",\"name\":\"Office Communications Server 2007 R2\",\"aliases\":[\"Microsoft Office Communications Server 2007 R2\",\"OCS 2007 R2\"]}],\"clients\":[{\"id\":\"skype-for-business-2019\",\"name\":\"Skype for Business 2019\",\"aliases\":[\"Microsoft Skype for Business 2019\",\"Skype for Business (2019)\"],\"offers\":{\"im\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb2019-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2019, IM support, column \\\"Skype for Business 2015, 2016, or 2019 client\\\": \\\"Initiate IM with or email to a contact\\\" is marked.\"}},\"presence\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb2019-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2019, Enhanced Presence support, column \\\"Skype for Business 2015, 2016, or 2019 client\\\": \\\"Publish status\\\", \\\"View status\\\" are marked.\"}},\"conferencing\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb-clients\",\"quote\":\"Skype for Business (2019) is the recommended full-featured client for Skype for Business Server 2015 and 2019.\",\"note\":\"Stated: \\\"the recommended full-featured client\\\". No Meetings support table has a column for the 2019 client (both have \\\"Skype for Business 2016 client\\\" and \\\"Skype for Business 2015 client\\\" columns), so the defining-row rule alone would leave conferencing undocumented. No desktop comparison table has a column for it.\"}},\"group-chat\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb2019-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2019, IM support, column \\\"Skype for Business 2015, 2016, or 2019 client\\\": \\\"Persistent Chat (Group Chat) integration\\\" is marked.\"}}}},{\"id\":\"skype-for-business-2016\",\"name\":\"Skype for Business 2016\",\"aliases\":[\"Microsoft Skype for Business 2016\"],\"offers\":{\"im\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb2019-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2019, IM support, column \\\"Skype for Business 2015, 2016, or 2019 client\\\": \\\"Initiate IM with or email to a contact\\\" is marked.\"},\"note\":\"Older tables agree: Desktop client feature comparison for Skype for Business Server 2015 (IM support, column \\\"Skype for Business 2015 or 2016 client\\\"): yes; Desktop client comparison tables for Lync Server 2013 (IM Support, column \\\"Skype for Business 2015 and 2016 client\\\"): yes.\"},\"presence\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb2019-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2019, Enhanced Presence support, column \\\"Skype for Business 2015, 2016, or 2019 client\\\": \\\"Publish status\\\", \\\"View status\\\" are marked.\"},\"note\":\"Older tables agree: Desktop client feature comparison for Skype for Business Server 2015 (Enhanced Presence support, column \\\"Skype for Business 2015 or 2016 client\\\"): yes; Desktop client comparison tables for Lync Server 2013 (Enhanced Presence Support, column \\\"Skype for Business 2015 and 2016 client\\\"): yes.\"},\"conferencing\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb2019-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2019, Meetings support, column \\\"Skype for Business 2016 client\\\": \\\"Add computer audio\\\", \\\"Access detailed meeting roster\\\", \\\"Participate in multiparty IM\\\", \\\"Use in-meeting presenter controls\\\" are marked.\"},\"note\":\"Older tables agree: Desktop client feature comparison for Skype for Business Server 2015 (Meetings support, column \\\"Skype for Business 2016 client\\\"): yes; Desktop client comparison tables for Lync Server 2013 (Conferencing Support, column \\\"Skype for Business 2015 and 2016 client\\\"): yes.\"},\"group-chat\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb2019-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2019, IM support, column \\\"Skype for Business 2015, 2016, or 2019 client\\\": \\\"Persistent Chat (Group Chat) integration\\\" is marked.\"},\"note\":\"Older tables agree: Desktop client feature comparison for Skype for Business Server 2015 (IM support, column \\\"Skype for Business 2015 or 2016 client\\\"): yes; Desktop client comparison tables for Lync Server 2013 (IM Support, column \\\"Skype for Business 2015 and 2016 client\\\"): yes.\"}}},{\"id\":\"skype-for-business-2015\",\"name\":\"Skype for Business 2015\",\"aliases\":[\"Microsoft Skype for Business 2015\"],\"offers\":{\"im\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb2019-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2019, IM support, column \\\"Skype for Business 2015, 2016, or 2019 client\\\": \\\"Initiate IM with or email to a contact\\\" is marked.\"},\"note\":\"Older tables agree: Desktop client feature comparison for Skype for Business Server 2015 (IM support, column \\\"Skype for Business 2015 or 2016 client\\\"): yes; Desktop client comparison tables for Lync Server 2013 (IM Support, column \\\"Skype for Business 2015 and 2016 client\\\"): yes.\"},\"presence\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb2019-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2019, Enhanced Presence support, column \\\"Skype for Business 2015, 2016, or 2019 client\\\": \\\"Publish status\\\", \\\"View status\\\" are marked.\"},\"note\":\"Older tables agree: Desktop client feature comparison for Skype for Business Server 2015 (Enhanced Presence support, column \\\"Skype for Business 2015 or 2016 client\\\"): yes; Desktop client comparison tables for Lync Server 2013 (Enhanced Presence Support, column \\\"Skype for Business 2015 and 2016 client\\\"): yes.\"},\"conferencing\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb2019-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2019, Meetings support, column \\\"Skype for Business 2015 client\\\": \\\"Add computer audio\\\", \\\"Access detailed meeting roster\\\", \\\"Participate in multiparty IM\\\", \\\"Use in-meeting presenter controls\\\" are marked.\"},\"note\":\"Older tables agree: Desktop client feature comparison for Skype for Business Server 2015 (Meetings support, column \\\"Skype for Business 2015 client\\\"): yes; Desktop client comparison tables for Lync Server 2013 (Conferencing Support, column \\\"Skype for Business 2015 and 2016 client\\\"): yes.\"},\"group-chat\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb2019-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2019, IM support, column \\\"Skype for Business 2015, 2016, or 2019 client\\\": \\\"Persistent Chat (Group Chat) integration\\\" is marked.\"},\"note\":\"Older tables agree: Desktop client feature comparison for Skype for Business Server 2015 (IM support, column \\\"Skype for Business 2015 or 2016 client\\\"): yes; Desktop client comparison tables for Lync Server 2013 (IM Support, column \\\"Skype for Business 2015 and 2016 client\\\"): yes.\"}}},{\"id\":\"skype-for-business-on-mac\",\"name\":\"Skype for Business on Mac\",\"aliases\":[\"Microsoft Skype for Business on Mac\",\"Skype for Business for Mac\"],\"offers\":{\"im\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb2019-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2019, IM support, column \\\"Skype for Business on Mac\\\": \\\"Initiate IM with or email to a contact\\\" is marked.\"},\"note\":\"Older tables agree: Desktop client feature comparison for Skype for Business Server 2015 (IM support, column \\\"Skype for Business on Mac\\\"): yes; Desktop client comparison tables for Lync Server 2013 (IM Support, column \\\"Skype for Business on Mac\\\"): yes.\"},\"presence\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb2019-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2019, Enhanced Presence support, column \\\"Skype for Business on Mac\\\": \\\"Publish status\\\", \\\"View status\\\" are marked.\"},\"note\":\"Older tables agree: Desktop client feature comparison for Skype for Business Server 2015 (Enhanced Presence support, column \\\"Skype for Business on Mac\\\"): yes; Desktop client comparison tables for Lync Server 2013 (Enhanced Presence Support, column \\\"Skype for Business on Mac\\\"): yes.\"},\"conferencing\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb2019-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2019, Meetings support, column \\\"Skype for Business on Mac\\\": \\\"Add computer audio\\\", \\\"Access detailed meeting roster\\\", \\\"Participate in multiparty IM\\\", \\\"Use in-meeting presenter controls\\\" are marked.\"},\"note\":\"Older tables agree: Desktop client feature comparison for Skype for Business Server 2015 (Meetings support, column \\\"Skype for Business on Mac\\\"): yes; Desktop client comparison tables for Lync Server 2013 (Conferencing Support, column \\\"Skype for Business on Mac\\\"): yes.\"},\"group-chat\":{\"level\":\"no\",\"source\":{\"ref\":\"sfb2019-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2019, IM support, column \\\"Skype for Business on Mac\\\": \\\"Persistent Chat (Group Chat) integration\\\" is not marked.\"},\"note\":\"Older tables agree: Desktop client feature comparison for Skype for Business Server 2015 (IM support, column \\\"Skype for Business on Mac\\\"): no; Desktop client comparison tables for Lync Server 2013 (IM Support, column \\\"Skype for Business on Mac\\\"): no.\"}}},{\"id\":\"skype-for-business-web-app\",\"name\":\"Skype for Business Web App\",\"aliases\":[\"Microsoft Skype for Business Web App\"],\"offers\":{\"im\":{\"level\":\"no\",\"source\":{\"ref\":\"sfb2019-feature-comparison\",\"quote\":\"The Skype for Business Web App browser client and Skype Meetings App Windows 10 app only provide Meetings support.\",\"note\":\"Stated: the web app only provides Meetings support (the same note is in the Skype for Business Server 2015 comparison). The web app has a column only in the Meetings support tables.\"}},\"presence\":{\"level\":\"no\",\"source\":{\"ref\":\"sfb2019-feature-comparison\",\"quote\":\"The Skype for Business Web App browser client and Skype Meetings App Windows 10 app only provide Meetings support.\",\"note\":\"Stated: the web app only provides Meetings support (the same note is in the Skype for Business Server 2015 comparison). The web app has a column only in the Meetings support tables.\"}},\"conferencing\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb2019-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2019, Meetings support, column \\\"Skype for Business Web App\\\": \\\"Add computer audio\\\", \\\"Access detailed meeting roster\\\", \\\"Participate in multiparty IM\\\", \\\"Use in-meeting presenter controls\\\" are marked.\"},\"note\":\"Older table agrees: Desktop client feature comparison for Skype for Business Server 2015 (Meetings support, column \\\"Skype for Business Web App\\\"): yes.\"},\"group-chat\":{\"level\":\"no\",\"source\":{\"ref\":\"sfb2019-feature-comparison\",\"quote\":\"The Skype for Business Web App browser client and Skype Meetings App Windows 10 app only provide Meetings support.\",\"note\":\"Stated: the web app only provides Meetings support (the same note is in the Skype for Business Server 2015 comparison). The web app has a column only in the Meetings support tables.\"}}}},{\"id\":\"skype-meetings-app\",\"name\":\"Skype Meetings App\",\"aliases\":[\"Microsoft Skype Meetings App\",\"Skype Meetings App Windows 10 app\"],\"offers\":{\"im\":{\"level\":\"no\",\"source\":{\"ref\":\"sfb2019-feature-comparison\",\"quote\":\"The Skype for Business Web App browser client and Skype Meetings App Windows 10 app only provide Meetings support.\",\"note\":\"Stated: the Skype Meetings App only provides Meetings support, so no peer-to-peer IM; no comparison table has a column for it.\"}},\"presence\":{\"level\":\"no\",\"source\":{\"ref\":\"sfb2019-feature-comparison\",\"quote\":\"The Skype for Business Web App browser client and Skype Meetings App Windows 10 app only provide Meetings support.\",\"note\":\"Stated: the Skype Meetings App only provides Meetings support, so no presence; no comparison table has a column for it.\"}},\"conferencing\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb2019-feature-comparison\",\"quote\":\"The Skype for Business Web App browser client and Skype Meetings App Windows 10 app only provide Meetings support.\",\"note\":\"Stated: the Skype Meetings App only provides Meetings support; no comparison table has a column for it.\"}},\"group-chat\":{\"level\":\"no\",\"source\":{\"ref\":\"sfb2019-feature-comparison\",\"quote\":\"The Skype for Business Web App browser client and Skype Meetings App Windows 10 app only provide Meetings support.\",\"note\":\"Stated: the Skype Meetings App only provides Meetings support, so no group chat; no comparison table has a column for it.\"}}}},{\"id\":\"skype-for-business-mobile\",\"name\":\"Skype for Business mobile\",\"aliases\":[\"Microsoft Skype for Business mobile\",\"Skype for Business for iOS and Android\"],\"offers\":{\"im\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb-clients\",\"quote\":\"All current Skype for Business mobile clients already use Unified Communications Web API (UCWA) to support instant messaging (IM), presence, and contacts.\",\"note\":\"Stated; no comparison table has a column for Skype for Business mobile clients.\"}},\"presence\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb-clients\",\"quote\":\"All current Skype for Business mobile clients already use Unified Communications Web API (UCWA) to support instant messaging (IM), presence, and contacts.\",\"note\":\"Stated; no comparison table has a column for Skype for Business mobile clients.\"}},\"conferencing\":{\"level\":\"undocumented\"},\"group-chat\":{\"level\":\"undocumented\"}}},{\"id\":\"lync-2013\",\"name\":\"Lync 2013\",\"aliases\":[\"Microsoft Lync 2013\"],\"offers\":{\"im\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb2019-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2019, IM support, column \\\"Lync 2013 client\\\": \\\"Initiate IM with or email to a contact\\\" is marked.\"},\"note\":\"Older tables agree: Desktop client feature comparison for Skype for Business Server 2015 (IM support, column \\\"Lync 2013 client\\\"): yes; Desktop client comparison tables for Lync Server 2013 (IM Support, column \\\"Lync 2013\\\"): yes.\"},\"presence\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb2019-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2019, Enhanced Presence support, column \\\"Lync 2013 client\\\": \\\"Publish status\\\", \\\"View status\\\" are marked.\"},\"note\":\"Older tables agree: Desktop client feature comparison for Skype for Business Server 2015 (Enhanced Presence support, column \\\"Lync 2013 client\\\"): yes; Desktop client comparison tables for Lync Server 2013 (Enhanced Presence Support, column \\\"Lync 2013\\\"): yes.\"},\"conferencing\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb2019-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2019, Meetings support, column \\\"Lync 2013 client\\\": \\\"Add computer audio\\\", \\\"Access detailed meeting roster\\\", \\\"Participate in multiparty IM\\\", \\\"Use in-meeting presenter controls\\\" are marked.\"},\"note\":\"Older tables agree: Desktop client feature comparison for Skype for Business Server 2015 (Meetings support, column \\\"Lync 2013 client\\\"): yes; Desktop client comparison tables for Lync Server 2013 (Conferencing Support, column \\\"Lync 2013\\\"): yes.\"},\"group-chat\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb2019-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2019, IM support, column \\\"Lync 2013 client\\\": \\\"Persistent Chat (Group Chat) integration\\\" is marked.\"},\"note\":\"Older tables agree: Desktop client feature comparison for Skype for Business Server 2015 (IM support, column \\\"Lync 2013 client\\\"): yes; Desktop client comparison tables for Lync Server 2013 (IM Support, column \\\"Lync 2013\\\"): yes.\"}}},{\"id\":\"lync-2013-basic\",\"name\":\"Lync 2013 Basic\",\"aliases\":[\"Microsoft Lync 2013 Basic\",\"Lync Basic 2013\",\"Microsoft Lync Basic 2013\"],\"offers\":{\"im\":{\"level\":\"yes\",\"source\":{\"ref\":\"gg425836\",\"note\":\"Desktop client comparison tables for Lync Server 2013, IM Support, column \\\"Lync 2013 Basic\\\": \\\"Initiate IM or email to a contact\\\" is marked.\"}},\"presence\":{\"level\":\"yes\",\"source\":{\"ref\":\"gg425836\",\"note\":\"Desktop client comparison tables for Lync Server 2013, Enhanced Presence Support, column \\\"Lync 2013 Basic\\\": \\\"Publish status\\\", \\\"View status\\\" are marked.\"}},\"conferencing\":{\"level\":\"yes\",\"source\":{\"ref\":\"gg425836\",\"note\":\"Desktop client comparison tables for Lync Server 2013, Conferencing Support, column \\\"Lync 2013 Basic\\\": \\\"Add computer audio\\\", \\\"Access detailed meeting roster\\\", \\\"Participate in multiparty IM\\\", \\\"Use in-meeting presenter controls\\\" are marked.\"}},\"group-chat\":{\"level\":\"yes\",\"source\":{\"ref\":\"gg425836\",\"note\":\"Desktop client comparison tables for Lync Server 2013, IM Support, column \\\"Lync 2013 Basic\\\": \\\"Persistent Chat (Group Chat) integration\\\" is marked.\"}}}},{\"id\":\"lync-web-app-2013\",\"name\":\"Lync Web App 2013\",\"aliases\":[\"Microsoft Lync Web App 2013\",\"LWA 2013\"],\"offers\":{\"im\":{\"level\":\"no\",\"source\":{\"ref\":\"gg425836\",\"note\":\"Desktop client comparison tables for Lync Server 2013, IM Support, column \\\"Lync Web App\\\": \\\"Initiate IM or email to a contact\\\" is not marked.\"},\"note\":\"Table 2 of Client interoperability in Lync 2013 says \\\"Lync Web App and Lync 2010 Attendee are meeting-only clients\\\".\"},\"presence\":{\"level\":\"no\",\"source\":{\"ref\":\"gg425836\",\"note\":\"Desktop client comparison tables for Lync Server 2013, Enhanced Presence Support, column \\\"Lync Web App\\\": \\\"Publish status\\\", \\\"View status\\\" are not marked.\"},\"note\":\"Table 2 of Client interoperability in Lync 2013 says \\\"Lync Web App and Lync 2010 Attendee are meeting-only clients\\\".\"},\"conferencing\":{\"level\":\"yes\",\"source\":{\"ref\":\"gg425836\",\"note\":\"Desktop client comparison tables for Lync Server 2013, Conferencing Support, column \\\"Lync Web App\\\": \\\"Add computer audio\\\", \\\"Access detailed meeting roster\\\", \\\"Participate in multiparty IM\\\", \\\"Use in-meeting presenter controls\\\" are marked.\"},\"note\":\"Table 2 of Client interoperability in Lync 2013 says \\\"Lync Web App and Lync 2010 Attendee are meeting-only clients\\\".\"},\"group-chat\":{\"level\":\"no\",\"source\":{\"ref\":\"gg425836\",\"note\":\"Desktop client comparison tables for Lync Server 2013, IM Support, column \\\"Lync Web App\\\": \\\"Persistent Chat (Group Chat) integration\\\" is not marked.\"},\"note\":\"Table 2 of Client interoperability in Lync 2013 says \\\"Lync Web App and Lync 2010 Attendee are meeting-only clients\\\".\"}}},{\"id\":\"lync-windows-store-app\",\"name\":\"Lync Windows Store app\",\"aliases\":[\"Microsoft Lync Windows Store app\"],\"offers\":{\"im\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb2015-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2015, IM support, column \\\"Lync Windows Store app\\\": \\\"Initiate IM with or email to a contact\\\" is marked.\"},\"note\":\"Older table agrees: Desktop client comparison tables for Lync Server 2013 (IM Support, column \\\"Lync Windows Store app\\\"): yes.\"},\"presence\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb2015-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2015, Enhanced Presence support, column \\\"Lync Windows Store app\\\": \\\"Publish status\\\", \\\"View status\\\" are marked.\"},\"note\":\"Older table agrees: Desktop client comparison tables for Lync Server 2013 (Enhanced Presence Support, column \\\"Lync Windows Store app\\\"): yes.\"},\"conferencing\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb2015-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2015, Meetings support, column \\\"Lync Windows Store app\\\": \\\"Add computer audio\\\", \\\"Access detailed meeting roster\\\", \\\"Participate in multiparty IM\\\", \\\"Use in-meeting presenter controls\\\" are marked.\"},\"note\":\"Older table agrees: Desktop client comparison tables for Lync Server 2013 (Conferencing Support, column \\\"Lync Windows Store app\\\"): yes.\"},\"group-chat\":{\"level\":\"no\",\"source\":{\"ref\":\"sfb2015-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2015, IM support, column \\\"Lync Windows Store app\\\": \\\"Persistent Chat (Group Chat) integration\\\" is not marked.\"},\"note\":\"Older table agrees: Desktop client comparison tables for Lync Server 2013 (IM Support, column \\\"Lync Windows Store app\\\"): no.\"}}},{\"id\":\"lync-2013-mobile\",\"name\":\"Lync 2013 Mobile\",\"aliases\":[\"Microsoft Lync 2013 Mobile\",\"Lync Mobile 2013\"],\"offers\":{\"im\":{\"level\":\"yes\",\"source\":{\"ref\":\"hh691004\",\"note\":\"Instant Messaging Support in Lync Mobile Clients, row \\\"Initiate instant messaging (IM) with a contact\\\": marked for Windows Phone, iPhone, iPad and Android. The mobile tables are not among the desktop tables the defining-row rule reads; their row is used as a direct statement. No desktop comparison table has a column for it.\"}},\"presence\":{\"level\":\"yes\",\"source\":{\"ref\":\"hh691004\",\"note\":\"Enhanced Presence Support in Lync Mobile Clients, row \\\"Publish and view status\\\": marked for Windows Phone, iPhone, iPad and Android (a direct statement; the desktop defining rows \\\"Publish status\\\" and \\\"View status\\\" are one row here). No desktop comparison table has a column for it.\"}},\"conferencing\":{\"level\":\"partial\",\"source\":{\"ref\":\"hh691004\",\"note\":\"Conferencing Support in Lync Mobile Clients: \\\"Participate in multiparty IM\\\", \\\"Access detailed meeting roster for audio conferences\\\" and \\\"Access detailed meeting roster for IM conferences\\\" are marked for Windows Phone, iPhone, iPad and Android; \\\"Use in-meeting presenter controls\\\" is not (the table has no \\\"Add computer audio\\\" row). Some of the defining rows: partial. No desktop comparison table has a column for it.\"}},\"group-chat\":{\"level\":\"undocumented\"}}},{\"id\":\"online-meeting-add-in-for-lync-2013\",\"name\":\"Online Meeting Add-in for Lync 2013\",\"aliases\":[\"Microsoft Online Meeting Add-in for Lync 2013\"],\"offers\":{\"im\":{\"level\":\"undocumented\"},\"presence\":{\"level\":\"undocumented\"},\"conferencing\":{\"level\":\"undocumented\"},\"group-chat\":{\"level\":\"undocumented\"}}},{\"id\":\"lync-2013-web-scheduler\",\"name\":\"Lync 2013 Web Scheduler\",\"aliases\":[\"Microsoft Lync 2013 Web Scheduler\",\"Lync Web Scheduler\"],\"offers\":{\"im\":{\"level\":\"undocumented\"},\"presence\":{\"level\":\"undocumented\"},\"conferencing\":{\"level\":\"undocumented\"},\"group-chat\":{\"level\":\"undocumented\"}}},{\"id\":\"lync-2010\",\"name\":\"Lync 2010\",\"aliases\":[\"Microsoft Lync 2010\"],\"offers\":{\"im\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb2015-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2015, IM support, column \\\"Lync 2010\\\": \\\"Initiate IM with or email to a contact\\\" is marked.\"},\"note\":\"Older table agrees: Desktop client comparison tables for Lync Server 2013 (IM Support, column \\\"Lync 2010\\\"): yes.\"},\"presence\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb2015-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2015, Enhanced Presence support, column \\\"Lync 2010\\\": \\\"Publish status\\\", \\\"View status\\\" are marked.\"},\"note\":\"Older table agrees: Desktop client comparison tables for Lync Server 2013 (Enhanced Presence Support, column \\\"Lync 2010\\\"): yes.\"},\"conferencing\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb2015-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2015, Meetings support, column \\\"Lync 2010\\\": \\\"Add computer audio\\\", \\\"Access detailed meeting roster\\\", \\\"Participate in multiparty IM\\\", \\\"Use in-meeting presenter controls\\\" are marked.\"},\"note\":\"Older table agrees: Desktop client comparison tables for Lync Server 2013 (Conferencing Support, column \\\"Lync 2010\\\"): yes.\"},\"group-chat\":{\"level\":\"no\",\"source\":{\"ref\":\"sfb2015-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2015, IM support, column \\\"Lync 2010\\\": \\\"Persistent Chat (Group Chat) integration\\\" is not marked.\"},\"note\":\"Older table agrees: Desktop client comparison tables for Lync Server 2013 (IM Support, column \\\"Lync 2010\\\"): no.\"}}},{\"id\":\"lync-2010-attendant\",\"name\":\"Lync 2010 Attendant\",\"aliases\":[\"Microsoft Lync 2010 Attendant\"],\"offers\":{\"im\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb2015-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2015, IM support, column \\\"Lync 2010 Attendant\\\": \\\"Initiate IM with or email to a contact\\\" is marked.\"},\"note\":\"Older table agrees: Desktop client comparison tables for Lync Server 2013 (IM Support, column \\\"Lync 2010 Attendant\\\"): yes.\"},\"presence\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb2015-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2015, Enhanced Presence support, column \\\"Lync 2010 Attendant\\\": \\\"Publish status\\\", \\\"View status\\\" are marked.\"},\"note\":\"Older table agrees: Desktop client comparison tables for Lync Server 2013 (Enhanced Presence Support, column \\\"Lync 2010 Attendant\\\"): yes.\"},\"conferencing\":{\"level\":\"partial\",\"source\":{\"ref\":\"sfb2015-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2015, Meetings support, column \\\"Lync 2010 Attendant\\\": \\\"Add computer audio\\\", \\\"Access detailed meeting roster\\\", \\\"Participate in multiparty IM\\\" are marked; \\\"Use in-meeting presenter controls\\\" is not marked.\"},\"note\":\"Older table agrees: Desktop client comparison tables for Lync Server 2013 (Conferencing Support, column \\\"Lync 2010 Attendant\\\"): partial.\"},\"group-chat\":{\"level\":\"no\",\"source\":{\"ref\":\"sfb2015-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2015, IM support, column \\\"Lync 2010 Attendant\\\": \\\"Persistent Chat (Group Chat) integration\\\" is not marked.\"},\"note\":\"Older table agrees: Desktop client comparison tables for Lync Server 2013 (IM Support, column \\\"Lync 2010 Attendant\\\"): no.\"}}},{\"id\":\"lync-2010-group-chat\",\"name\":\"Lync 2010 Group Chat\",\"aliases\":[\"Microsoft Lync 2010 Group Chat\"],\"offers\":{\"im\":{\"level\":\"undocumented\"},\"presence\":{\"level\":\"undocumented\"},\"conferencing\":{\"level\":\"undocumented\"},\"group-chat\":{\"level\":\"yes\",\"source\":{\"ref\":\"gg398499\",\"quote\":\"In Microsoft Lync Server 2010, group chat functionality was available with Group Chat Server, a third-party trusted application for Lync Server 2010.\",\"note\":\"Footnote 1 of the seed table, attached to this client's cell on Lync Server 2010: the Group Chat client is the client of that group chat functionality. No comparison table has a column for the client, so its other workloads stay undocumented.\"}}}},{\"id\":\"lync-web-app-2010\",\"name\":\"Lync Web App 2010\",\"aliases\":[\"Microsoft Lync Web App 2010\",\"LWA 2010\"],\"offers\":{\"im\":{\"level\":\"no\",\"source\":{\"ref\":\"jj204672-t2\",\"quote\":\"Lync Web App and Lync 2010 Attendee are meeting-only clients\",\"note\":\"Stated by the note on Table 2 (peer-to-peer features, clients signed in to Lync Server 2013 or Lync Server 2010): a meeting-only client. No comparison table has a column for Lync Web App 2010.\"}},\"presence\":{\"level\":\"no\",\"source\":{\"ref\":\"jj204672-t2\",\"quote\":\"Lync Web App and Lync 2010 Attendee are meeting-only clients\",\"note\":\"Stated by the note on Table 2 (peer-to-peer features, clients signed in to Lync Server 2013 or Lync Server 2010): a meeting-only client. No comparison table has a column for Lync Web App 2010.\"}},\"conferencing\":{\"level\":\"yes\",\"source\":{\"ref\":\"jj204672-t2\",\"quote\":\"Lync Web App and Lync 2010 Attendee are meeting-only clients\",\"note\":\"Stated by the note on Table 2 (peer-to-peer features, clients signed in to Lync Server 2013 or Lync Server 2010): a meeting-only client. No comparison table has a column for Lync Web App 2010.\"}},\"group-chat\":{\"level\":\"no\",\"source\":{\"ref\":\"jj204672-t2\",\"quote\":\"Lync Web App and Lync 2010 Attendee are meeting-only clients\",\"note\":\"Stated by the note on Table 2 (peer-to-peer features, clients signed in to Lync Server 2013 or Lync Server 2010): a meeting-only client. No comparison table has a column for Lync Web App 2010.\"}}}},{\"id\":\"lync-2010-attendee\",\"name\":\"Lync 2010 Attendee\",\"aliases\":[\"Microsoft Lync 2010 Attendee\"],\"offers\":{\"im\":{\"level\":\"no\",\"source\":{\"ref\":\"jj204672-t2\",\"quote\":\"Lync Web App and Lync 2010 Attendee are meeting-only clients\",\"note\":\"Stated by the note on Table 2 (peer-to-peer features): a meeting-only client. No comparison table has a column for Lync 2010 Attendee.\"}},\"presence\":{\"level\":\"no\",\"source\":{\"ref\":\"jj204672-t2\",\"quote\":\"Lync Web App and Lync 2010 Attendee are meeting-only clients\",\"note\":\"Stated by the note on Table 2 (peer-to-peer features): a meeting-only client. No comparison table has a column for Lync 2010 Attendee.\"}},\"conferencing\":{\"level\":\"yes\",\"source\":{\"ref\":\"jj204672-t2\",\"quote\":\"Lync Web App and Lync 2010 Attendee are meeting-only clients\",\"note\":\"Stated by the note on Table 2 (peer-to-peer features): a meeting-only client. No comparison table has a column for Lync 2010 Attendee.\"}},\"group-chat\":{\"level\":\"no\",\"source\":{\"ref\":\"jj204672-t2\",\"quote\":\"Lync Web App and Lync 2010 Attendee are meeting-only clients\",\"note\":\"Stated by the note on Table 2 (peer-to-peer features): a meeting-only client. No comparison table has a column for Lync 2010 Attendee.\"}}}},{\"id\":\"lync-2010-mobile\",\"name\":\"Lync 2010 Mobile\",\"aliases\":[\"Microsoft Lync 2010 Mobile\"],\"offers\":{\"im\":{\"level\":\"yes\",\"source\":{\"ref\":\"jj204672-t2\",\"note\":\"Table 2 (Peer-to-Peer Feature Support), row \\\"Lync 2010 Mobile\\\": Instant Messaging \\\"Yes\\\". No desktop comparison table has a column for it.\"}},\"presence\":{\"level\":\"yes\",\"source\":{\"ref\":\"jj204672-t2\",\"note\":\"Table 2 (Peer-to-Peer Feature Support), row \\\"Lync 2010 Mobile\\\": Presence \\\"Yes\\\". No desktop comparison table has a column for it.\"}},\"conferencing\":{\"level\":\"undocumented\"},\"group-chat\":{\"level\":\"undocumented\"}}},{\"id\":\"lync-phone-edition\",\"name\":\"Lync Phone Edition\",\"aliases\":[\"Microsoft Lync Phone Edition\",\"Lync 2010 Phone Edition\",\"Microsoft Lync 2010 Phone Edition\"],\"offers\":{\"im\":{\"level\":\"yes\",\"source\":{\"ref\":\"jj204672-t2\",\"note\":\"Table 2 (Peer-to-Peer Feature Support), row \\\"Lync Phone Edition\\\": Instant Messaging \\\"Yes\\\". This wins over the defining-row rule, which gives \\\"no\\\": the row \\\"Initiate IM with or email to a contact\\\" (Skype for Business Server 2015 comparison, IM support) and \\\"Initiate IM or email to a contact\\\" (Lync Server 2013 comparison, IM Support) are blank for Lync Phone Edition.\"}},\"presence\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb2015-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2015, Enhanced Presence support, column \\\"Lync Phone Edition\\\": \\\"Publish status\\\", \\\"View status\\\" are marked.\"},\"note\":\"Older table agrees: Desktop client comparison tables for Lync Server 2013 (Enhanced Presence Support, column \\\"Lync Phone Edition\\\"): yes.\"},\"conferencing\":{\"level\":\"partial\",\"source\":{\"ref\":\"sfb2015-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2015, Meetings support, column \\\"Lync Phone Edition\\\": \\\"Add computer audio\\\" is marked; \\\"Access detailed meeting roster\\\", \\\"Participate in multiparty IM\\\", \\\"Use in-meeting presenter controls\\\" are not marked.\"},\"note\":\"Older table agrees: Desktop client comparison tables for Lync Server 2013 (Conferencing Support, column \\\"Lync Phone Edition\\\"): partial.\"},\"group-chat\":{\"level\":\"no\",\"source\":{\"ref\":\"sfb2015-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2015, IM support, column \\\"Lync Phone Edition\\\": \\\"Persistent Chat (Group Chat) integration\\\" is not marked.\"},\"note\":\"Older table agrees: Desktop client comparison tables for Lync Server 2013 (IM Support, column \\\"Lync Phone Edition\\\"): no.\"}}},{\"id\":\"lync-for-mac-2011\",\"name\":\"Lync for Mac 2011\",\"aliases\":[\"Microsoft Lync for Mac 2011\"],\"offers\":{\"im\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb2015-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2015, IM support, column \\\"Lync for Mac 2011\\\": \\\"Initiate IM with or email to a contact\\\" is marked.\"},\"note\":\"Older table agrees: Desktop client comparison tables for Lync Server 2013 (IM Support, column \\\"Lync for Mac 2011\\\"): yes.\"},\"presence\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb2015-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2015, Enhanced Presence support, column \\\"Lync for Mac 2011\\\": \\\"Publish status\\\", \\\"View status\\\" are marked.\"},\"note\":\"Older table agrees: Desktop client comparison tables for Lync Server 2013 (Enhanced Presence Support, column \\\"Lync for Mac 2011\\\"): yes.\"},\"conferencing\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb2015-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2015, Meetings support, column \\\"Lync for Mac 2011\\\": \\\"Add computer audio\\\", \\\"Access detailed meeting roster\\\", \\\"Participate in multiparty IM\\\", \\\"Use in-meeting presenter controls\\\" are marked.\"},\"note\":\"Older table agrees: Desktop client comparison tables for Lync Server 2013 (Conferencing Support, column \\\"Lync for Mac 2011\\\"): yes.\"},\"group-chat\":{\"level\":\"no\",\"source\":{\"ref\":\"sfb2015-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2015, IM support, column \\\"Lync for Mac 2011\\\": \\\"Persistent Chat (Group Chat) integration\\\" is not marked.\"},\"note\":\"Older table agrees: Desktop client comparison tables for Lync Server 2013 (IM Support, column \\\"Lync for Mac 2011\\\"): no.\"}}},{\"id\":\"online-meeting-add-in-for-lync-2010\",\"name\":\"Online Meeting Add-in for Lync 2010\",\"aliases\":[\"Microsoft Online Meeting Add-in for Lync 2010\"],\"offers\":{\"im\":{\"level\":\"undocumented\"},\"presence\":{\"level\":\"undocumented\"},\"conferencing\":{\"level\":\"undocumented\"},\"group-chat\":{\"level\":\"undocumented\"}}},{\"id\":\"office-communicator-2007-r2\",\"name\":\"Office Communicator 2007 R2\",\"aliases\":[\"Microsoft Office Communicator 2007 R2\",\"OC 2007 R2\"],\"offers\":{\"im\":{\"level\":\"yes\",\"source\":{\"ref\":\"jj204672-t2\",\"note\":\"Table 2 (Peer-to-Peer Feature Support), row \\\"Office Communicator 2007 R2\\\": Instant Messaging \\\"Yes\\\". No comparison table has a column for it.\"}},\"presence\":{\"level\":\"yes\",\"source\":{\"ref\":\"jj204672-t2\",\"note\":\"Table 2 (Peer-to-Peer Feature Support), row \\\"Office Communicator 2007 R2\\\": Presence \\\"Yes\\\". No comparison table has a column for it.\"}},\"conferencing\":{\"level\":\"yes\",\"source\":{\"ref\":\"gg398499\",\"quote\":\"The presence and IM features in Office Communicator 2007 R2 are compatible with Lync Server 2013, but conferencing features are not.\",\"note\":\"Footnote 3 of the seed table (footnote 4 of Table 1) speaks of the conferencing features of Office Communicator 2007 R2 (which are not compatible with Lync Server 2013): the client has them. No comparison table has a column for it.\"}},\"group-chat\":{\"level\":\"undocumented\"}}},{\"id\":\"communicator-for-mac-2011\",\"name\":\"Communicator for Mac 2011\",\"aliases\":[\"Microsoft Communicator for Mac 2011\"],\"offers\":{\"im\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb2015-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2015, IM support, column \\\"Communicator for Mac 2011\\\": \\\"Initiate IM with or email to a contact\\\" is marked.\"},\"note\":\"Older table agrees: Desktop client comparison tables for Lync Server 2013 (IM Support, column \\\"Communicator for Mac 2011\\\"): yes.\"},\"presence\":{\"level\":\"yes\",\"source\":{\"ref\":\"sfb2015-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2015, Enhanced Presence support, column \\\"Communicator for Mac 2011\\\": \\\"Publish status\\\", \\\"View status\\\" are marked.\"},\"note\":\"Older table agrees: Desktop client comparison tables for Lync Server 2013 (Enhanced Presence Support, column \\\"Communicator for Mac 2011\\\"): yes.\"},\"conferencing\":{\"level\":\"partial\",\"source\":{\"ref\":\"sfb2015-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2015, Meetings support, column \\\"Communicator for Mac 2011\\\": \\\"Add computer audio\\\", \\\"Participate in multiparty IM\\\" are marked; \\\"Access detailed meeting roster\\\", \\\"Use in-meeting presenter controls\\\" are not marked.\"},\"note\":\"Older table agrees: Desktop client comparison tables for Lync Server 2013 (Conferencing Support, column \\\"Communicator for Mac 2011\\\"): partial.\"},\"group-chat\":{\"level\":\"no\",\"source\":{\"ref\":\"sfb2015-feature-comparison\",\"note\":\"Desktop client feature comparison for Skype for Business Server 2015, IM support, column \\\"Communicator for Mac 2011\\\": \\\"Persistent Chat (Group Chat) integration\\\" is not marked.\"},\"note\":\"Older table agrees: Desktop client comparison tables for Lync Server 2013 (IM Support, column \\\"Communicator for Mac 2011\\\"): no.\"}}},{\"id\":\"ocs-2007-r2-attendant\",\"name\":\"Microsoft Office Communications Server 2007 R2 Attendant\",\"aliases\":[\"Office Communications Server 2007 R2 Attendant\",\"OCS 2007 R2 Attendant\"],\"offers\":{\"im\":{\"level\":\"undocumented\"},\"presence\":{\"level\":\"undocumented\"},\"conferencing\":{\"level\":\"undocumented\"},\"group-chat\":{\"level\":\"undocumented\"}}},{\"id\":\"office-communicator-2007-r2-conferencing-add-in\",\"name\":\"Office Communicator 2007 R2 Conferencing Add-in\",\"aliases\":[\"Microsoft Office Communicator 2007 R2 Conferencing Add-in\",\"OC 2007 R2 Conferencing Add-in\"],\"offers\":{\"im\":{\"level\":\"undocumented\"},\"presence\":{\"level\":\"undocumented\"},\"conferencing\":{\"level\":\"undocumented\"},\"group-chat\":{\"level\":\"undocumented\"}}},{\"id\":\"office-communicator-2007\",\"name\":\"Office Communicator 2007\",\"aliases\":[\"Microsoft Office Communicator 2007\",\"OC 2007\"],\"offers\":{\"im\":{\"level\":\"undocumented\"},\"presence\":{\"level\":\"undocumented\"},\"conferencing\":{\"level\":\"undocumented\"},\"group-chat\":{\"level\":\"undocumented\"}}},{\"id\":\"office-live-meeting-2007\",\"name\":\"Office Live Meeting 2007\",\"aliases\":[\"Microsoft Office Live Meeting 2007\",\"Live Meeting 2007\"],\"offers\":{\"im\":{\"level\":\"undocumented\"},\"presence\":{\"level\":\"undocumented\"},\"conferencing\":{\"level\":\"undocumented\"},\"group-chat\":{\"level\":\"undocumented\"}}}],\"footnotes\":[],\"cells\":[],\"unsupportedProducts\":[{\"id\":\"ocs-2007\",\"kind\":\"server\",\"name\":\"Office Communications Server 2007\",\"aliases\":[\"Microsoft Office Communications Server 2007\",\"OCS 2007\"],\"statement\":\"No source gives any client support on Office Communications Server 2007, and Lync Server 2013 does not accept it as a migration source: \\\"Migration from earlier versions, such as Microsoft Office Communications Server 2007 or Live Communications Server 2005, is not supported.\\\"\",\"source\":{\"ref\":\"gg425764\",\"quote\":\"Migration from earlier versions, such as Microsoft Office Communications Server 2007 or Live Communications Server 2005, is not supported.\"}},{\"id\":\"lcs-2005\",\"kind\":\"server\",\"name\":\"Live Communications Server 2005\",\"aliases\":[\"Microsoft Live Communications Server 2005\",\"LCS 2005\"],\"statement\":\"No source gives any client support on Live Communications Server 2005, and Lync Server 2013 does not accept it as a migration source: \\\"Migration from earlier versions, such as Microsoft Office Communications Server 2007 or Live Communications Server 2005, is not supported.\\\"\",\"source\":{\"ref\":\"gg425764\",\"quote\":\"Migration from earlier versions, such as Microsoft Office Communications Server 2007 or Live Communications Server 2005, is not supported.\"}},{\"id\":\"office-communicator-2005\",\"kind\":\"client\",\"name\":\"Office Communicator 2005\",\"aliases\":[\"Microsoft Office Communicator 2005\",\"OC 2005\"],\"statement\":\"Lync Server 2010 supports Office Communicator 2005 only across federation: \\\"Interaction with Microsoft Office Communicator 2005 clients (basic presence and IM) is supported only if the Office Communicator 2005 user is on a federated network.\\\" No source supports it on a server of this matrix.\",\"source\":{\"ref\":\"gg398499-2010\",\"quote\":\"Interaction with Microsoft Office Communicator 2005 clients (basic presence and IM) is supported only if the Office Communicator 2005 user is on a federated network.\"}}],\"serverRules\":[{\"id\":\"lync-server-2013-migration\",\"kind\":\"migration\",\"from\":[\"lync-server-2010\",\"ocs-2007-r2\"],\"to\":\"lync-server-2013\",\"status\":\"supported\",\"source\":{\"ref\":\"gg425764\",\"quote\":\"Lync Server 2013 supports migration from either of the following: Microsoft Lync Server 2010; Microsoft Office Communications Server 2007 R2\",\"note\":\"From either one; \\\"Lync Server 2013 supports only the following migration method: Side-by-side migration.\\\"\"}},{\"id\":\"lync-server-2013-migration-from-earlier\",\"kind\":\"migration\",\"from\":[\"ocs-2007\",\"lcs-2005\"],\"to\":\"lync-server-2013\",\"status\":\"not-supported\",\"source\":{\"ref\":\"gg425764\",\"quote\":\"Migration from earlier versions, such as Microsoft Office Communications Server 2007 or Live Communications Server 2005, is not supported.\"}},{\"id\":\"lync-server-2013-with-lync-server-2010\",\"kind\":\"together\",\"servers\":[\"lync-server-2013\",\"lync-server-2010\"],\"status\":\"supported\",\"source\":{\"ref\":\"gg425764\",\"quote\":\"Lync Server 2013 can coexist with components of either a Lync Server 2010 deployment or an Office Communications Server 2007 R2 deployment.\",\"note\":\"Components of a Lync Server 2010 deployment. The mobility topologies add: \\\"The Edge Server can be a Lync Server 2010 Edge Server.\\\"\"}},{\"id\":\"lync-server-2013-with-ocs-2007-r2\",\"kind\":\"together\",\"servers\":[\"lync-server-2013\",\"ocs-2007-r2\"],\"status\":\"supported\",\"source\":{\"ref\":\"gg425764\",\"quote\":\"Lync Server 2013 can coexist with components of either a Lync Server 2010 deployment or an Office Communications Server 2007 R2 deployment.\",\"note\":\"Components of an Office Communications Server 2007 R2 deployment.\"}},{\"id\":\"lync-server-2013-with-both\",\"kind\":\"together\",\"servers\":[\"lync-server-2013\",\"lync-server-2010\",\"ocs-2007-r2\"],\"status\":\"not-supported\",\"source\":{\"ref\":\"gg425764\",\"quote\":\"Concurrent deployment of Lync Server 2013 with both Lync Server 2010 and Office Communications Server 2007 R2 (concurrent deployment of all three versions) is not supported.\",\"note\":\"Likewise for migration: \\\"Migration from an environment running both of these previous versions is not supported.\\\"\"}},{\"id\":\"skype-for-business-server-2015-with-lync-server-2013\",\"kind\":\"together\",\"servers\":[\"skype-for-business-server-2015\",\"lync-server-2013\"],\"status\":\"supported\",\"source\":{\"ref\":\"dn954919\",\"quote\":\"If your organization has both Skype for Business Server 2015 and Lync Server 2013 deployed\",\"note\":\"The client-experience page documents this pair deployed side by side (the default client experience then depends on the server versions and UI settings).\"}},{\"id\":\"skype-for-business-server-2019-migration\",\"kind\":\"migration\",\"from\":[\"lync-server-2013\",\"skype-for-business-server-2015\"],\"to\":\"skype-for-business-server-2019\",\"status\":\"supported\",\"exclusive\":true,\"source\":{\"ref\":\"sfb2019-migration\",\"quote\":\"Lync Server 2013 or Skype for Business Server 2015\",\"note\":\"The sources give the migration to Skype for Business Server 2019 as from \\\"Lync Server 2013 or Skype for Business Server 2015\\\", and no other; in-place upgrades \\\"are no longer supported in Skype for Business Server 2019\\\", so the migration is side by side.\"}},{\"id\":\"lync-server-2010-with-ocs-2007\",\"kind\":\"together\",\"servers\":[\"lync-server-2010\",\"ocs-2007\"],\"status\":\"supported\",\"source\":{\"ref\":\"gg413014-it\",\"quote\":\"Lync Server 2010 can coexist with components of an Office Communications Server 2007 or Office Communications Server 2007 R2 deployment.\",\"note\":\"Translated from the Italian edition of the page (the English final page could not be retrieved).\"}},{\"id\":\"lync-server-2010-with-ocs-2007-r2\",\"kind\":\"together\",\"servers\":[\"lync-server-2010\",\"ocs-2007-r2\"],\"status\":\"supported\",\"source\":{\"ref\":\"gg413014-it\",\"quote\":\"Lync Server 2010 can coexist with components of an Office Communications Server 2007 or Office Communications Server 2007 R2 deployment.\",\"note\":\"Translated from the Italian edition of the page (the English final page could not be retrieved).\"}},{\"id\":\"lync-server-2010-with-both\",\"kind\":\"together\",\"servers\":[\"lync-server-2010\",\"ocs-2007\",\"ocs-2007-r2\"],\"status\":\"not-supported\",\"source\":{\"ref\":\"gg413014-it\",\"quote\":\"Concurrent deployment of Lync Server 2010 with both OCS 2007 and OCS 2007 R2 (all three versions) is not supported.\",\"note\":\"Translated from the Italian edition of the page (the English final page could not be retrieved).\"}}]}",
}

// EXTERNAL MODULE: ./src/core/matrix.ts
var matrix = __nccwpck_require__(5490);
// EXTERNAL MODULE: ./src/core/suggest.ts
var suggest = __nccwpck_require__(2085);
;// CONCATENATED MODULE: ./src/core/builtin-matrices.ts



// The matrices shipped with coexist: every file under matrices/, listed at build time
// (src/generated/matrices.js), so that a new built-in matrix is a new data file and nothing else.
const DEFAULT_MATRIX_ID = 'lync-server-2013';
/** The catalogue: every client and server product the sources name, with the servers' builds. */
const CATALOGUE_MATRIX_ID = 'all-generations';
/** The built-in ids, the default first, then by name. */
const BUILTIN_MATRIX_IDS = [
    DEFAULT_MATRIX_ID,
    ...Object.keys(BUILTIN_MATRICES)
        .filter((id) => id !== DEFAULT_MATRIX_ID)
        .sort(),
];
const loaded = new Map();
const factsLoaded = new Map();
/**
 * The built-in matrix `id`, with the facts matrix it names, made on first use; undefined for an
 * unknown id. The test suite has validated every one (test/matrices.test.ts).
 */
function builtinMatrix(id) {
    const cached = loaded.get(id);
    if (cached)
        return cached;
    if (!Object.hasOwn(BUILTIN_MATRICES, id))
        return undefined;
    const matrix = fromData(JSON.parse(BUILTIN_MATRICES[id]));
    loaded.set(id, matrix);
    return matrix;
}
/**
 * The product facts of built-in matrix `id` (its clients' capabilities, its servers' builds, its
 * server rules and products supported nowhere), for a matrix that names it as `facts`: the whole
 * matrix when it is loaded already, else only that part of it. Undefined for an id no built-in
 * matrix takes facts from.
 */
function builtinFacts(id) {
    const cached = loaded.get(id) ?? factsLoaded.get(id);
    if (cached)
        return cached;
    if (!Object.hasOwn(BUILTIN_FACTS, id))
        return builtinMatrix(id);
    const facts = fromData(JSON.parse(BUILTIN_FACTS[id]));
    factsLoaded.set(id, facts);
    return facts;
}
function fromData(data) {
    const facts = data.facts === undefined ? undefined : builtinFacts(data.facts);
    if (data.facts !== undefined && !facts)
        throw new Error(`the built-in matrix ${data.id} takes its facts from ${data.facts}, which is no other built-in matrix`);
    return matrix/* Matrix */.u.builtin(data, facts);
}
/** Resolves a built-in id; the CLI and the action add matrix files on top (src/io/matrix-files.ts). */
function resolveBuiltinMatrix(ref) {
    const matrix = builtinMatrix(ref);
    if (matrix)
        return { ok: true, matrix };
    return {
        ok: false,
        message: `unknown matrix "${ref}"${didYouMean(ref, BUILTIN_MATRIX_IDS)}; built-in matrices: ${BUILTIN_MATRIX_IDS.join(', ')}`,
    };
}
let known;
/**
 * The product any built-in matrix means by a name (folded by normalizeName), whichever matrix a
 * topology uses: so that a product the chosen matrix lacks is recognised and explained, never
 * "corrected" to a similar one. Built on first use (only topologies with a product their matrix
 * lacks pay for it).
 */
function knownProduct(folded) {
    if (!known) {
        known = new Map();
        for (const id of BUILTIN_MATRIX_IDS) {
            const matrix = builtinMatrix(id);
            const products = [
                ...matrix.data.clients.map((p) => ['client', p]),
                ...matrix.data.servers.map((p) => ['server', p]),
            ];
            for (const [kind, product] of products) {
                for (const alias of [product.name, product.id, ...(product.aliases ?? [])]) {
                    const key = (0,suggest/* normalizeName */.Pc)(alias);
                    const entry = known.get(key) ?? { kind, product, matrices: [] };
                    if (!entry.matrices.includes(id))
                        entry.matrices.push(id);
                    known.set(key, entry);
                }
            }
            for (const unsupported of matrix.unsupportedProducts) {
                for (const alias of [unsupported.name, unsupported.id, ...(unsupported.aliases ?? [])]) {
                    const key = (0,suggest/* normalizeName */.Pc)(alias);
                    if (!known.has(key))
                        known.set(key, { kind: unsupported.kind, product: unsupported, matrices: [] });
                }
            }
        }
    }
    return known.get(folded);
}


/***/ }),

/***/ 7:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  f3: () => (/* binding */ SEVERITY_RANK),
  FK: () => (/* binding */ buildReport),
  sw: () => (/* binding */ checkDocument),
  Gt: () => (/* binding */ countFindings),
  FO: () => (/* binding */ exitCodeOf),
  Jo: () => (/* binding */ fileReport),
  Ln: () => (/* binding */ parseTopology),
  O$: () => (/* binding */ unreadable)
});

// UNUSED EXPORTS: checkTopology, loadTopology

// EXTERNAL MODULE: ./src/core/builtin-matrices.ts + 1 modules
var builtin_matrices = __nccwpck_require__(9399);
// EXTERNAL MODULE: ./src/core/decode.ts
var decode = __nccwpck_require__(969);
// EXTERNAL MODULE: ./src/core/document.ts + 2 modules
var core_document = __nccwpck_require__(664);
// EXTERNAL MODULE: ./src/core/evaluate.ts + 3 modules
var evaluate = __nccwpck_require__(5176);
// EXTERNAL MODULE: ./src/core/limits.ts
var limits = __nccwpck_require__(6419);
// EXTERNAL MODULE: ./src/core/schema-errors.ts
var schema_errors = __nccwpck_require__(6386);
// EXTERNAL MODULE: ./src/core/schema-validator.ts + 1 modules
var schema_validator = __nccwpck_require__(9331);
// EXTERNAL MODULE: ./src/core/suggest.ts
var suggest = __nccwpck_require__(2085);
// EXTERNAL MODULE: ./src/core/versions.ts
var versions = __nccwpck_require__(4506);
;// CONCATENATED MODULE: ./src/core/topology.ts






/**
 * Checks a parsed document against the topology schema and against its matrix, resolved by the
 * caller (products exist, names are unique, references resolve), reporting every problem of the
 * file at once.
 */
function topology_readTopology(document, resolution, options = {}) {
    const { budget } = options;
    const schemaErrors = (0,schema_validator/* topologySchemaErrors */.Y)(document.value);
    // A schema violation must not hide the file's other problems, so the checks below still run on
    // every value that has the right shape. A reference is checked only against a section whose names
    // are all known (NamesKnown): a server "missing" because its section or its name is misspelled is
    // not a second mistake.
    const intact = schemaErrors.length === 0;
    const { data, namesKnown } = intact
        ? { data: document.value, namesKnown: { servers: true, clients: true } }
        : salvage(document.value);
    const described = intact
        ? { diagnostics: [], unlisted: 0 }
        : (0,schema_errors/* schemaDiagnostics */.V)(document, schemaErrors, budget);
    const errors = described.diagnostics;
    const schemaErrorCount = errors.length;
    const fail = (path, message, part = 'value') => errors.push({ file: document.file, ...(0,core_document/* locate */.x5)(document, path, part), message });
    if (!resolution.ok) {
        // The matrix file's own errors are reported with that file, once, by whoever resolved it.
        // A prefix, not a parenthesis: many of the resolver's messages end in one already.
        fail(['matrix'], options.overridden ? `matrix option: ${resolution.message}` : resolution.message);
        return { ok: false, errors, unlisted: described.unlisted };
    }
    const { matrix } = resolution;
    /** One message per distinct unknown name: a large file repeats the same few mistakes. */
    const productProblems = new Map();
    /** The product named by the `product:` of entry `i` of `section`. */
    const resolveProduct = (section, i, kind, name) => {
        const found = matrix.lookup(name, kind);
        if (found.ok)
            return found;
        const key = `${kind}\u0000${name}`;
        let message = productProblems.get(key);
        if (message === undefined) {
            message = productProblem(matrix, name, kind, budget);
            productProblems.set(key, message);
        }
        fail([section, i, 'product'], message);
        return undefined;
    };
    // Names are checked on their own, so a duplicate is reported even when a product is misspelled.
    /** Records the first entry of each name and reports any later one; returns the earlier index, if any. */
    const claimName = (seen, section, i, name) => {
        const first = seen.get(name);
        if (first === undefined)
            seen.set(name, i);
        else
            fail([section, i, 'name'], `duplicate ${section === 'servers' ? 'server' : 'client'} name "${name}"; it is already declared at line ${(0,core_document/* locate */.x5)(document, [section, first, 'name']).line}`);
        return first;
    };
    const firstServerIndex = new Map();
    const servers = new Map();
    data.servers.forEach((server, i) => {
        if (!server)
            return;
        const first = claimName(firstServerIndex, 'servers', i, server.name);
        if (server.product === undefined)
            return;
        const found = resolveProduct('servers', i, 'server', server.product);
        if (!found || first !== undefined)
            return;
        const entry = {
            name: server.name,
            product: found.product,
            index: i,
            productSpan: (0,core_document/* locate */.x5)(document, ['servers', i, 'product']),
        };
        if (found.unsupported)
            entry.unsupported = found.unsupported;
        else if (server.version !== undefined) {
            const reading = (0,versions/* readVersion */.$4)(server.version, found.product, matrix);
            if (!reading.ok)
                fail(['servers', i, 'version'], reading.message);
            else
                entry.version = { ...reading.version, span: (0,core_document/* locate */.x5)(document, ['servers', i, 'version']) };
        }
        servers.set(server.name, entry);
    });
    const allServerNames = [...firstServerIndex.keys()];
    /**
     * The usable servers among those named. Made with map(), which sizes the list exactly: push()
     * would reserve room for 17 servers in each of a large topology's 100,000 lists.
     */
    const reached = (names) => {
        const found = names.map((name) => servers.get(name));
        return found.every(isDefined) ? found : found.filter(isDefined);
    };
    const firstClientIndex = new Map();
    const clients = [];
    data.clients.forEach((client, i) => {
        if (!client)
            return;
        const first = claimName(firstClientIndex, 'clients', i, client.name);
        const found = client.product === undefined
            ? undefined
            : resolveProduct('clients', i, 'client', client.product);
        const names = client.servers ?? allServerNames;
        // Indexed loops: these run once per pair and per declared workload, and make nothing.
        for (let j = 0; namesKnown.servers && j < names.length; j++) {
            const name = names[j];
            if (!firstServerIndex.has(name)) {
                fail(['clients', i, 'servers', j], `client "${client.name}" names server "${name}", which is not declared under servers${(0,suggest/* didYouMean */.au)(name, allServerNames, budget)}`);
            }
        }
        const workloads = client.workloads ?? [];
        for (let j = 0; j < workloads.length; j++) {
            const workload = workloads[j];
            if (matrix.workloadName(workload) === undefined)
                fail(['clients', i, 'workloads', j], `unknown workload "${workload}"${(0,suggest/* didYouMean */.au)(workload, matrix.workloadIds, budget)}; workloads of matrix ${matrix.id}: ${matrix.workloadIds.join(', ')}`);
        }
        if (found && first === undefined) {
            const entry = {
                name: client.name,
                product: found.product,
                index: i,
                servers: reached(names),
                workloads: client.workloads ?? [],
                productSpan: (0,core_document/* locate */.x5)(document, ['clients', i, 'product']),
            };
            if (found.unsupported)
                entry.unsupported = found.unsupported;
            clients.push(entry);
        }
    });
    /**
     * The server names a population connects to, as its first entry writes them (or every server by
     * default); undefined for an undeclared client.
     */
    const serversOf = (name) => {
        const first = firstClientIndex.get(name);
        return first === undefined ? undefined : (data.clients[first]?.servers ?? allServerNames);
    };
    /** Whether a list of server names has `server`: a short list is searched, a long one hashed. */
    const serverSets = new Map();
    const listsServer = (names, server) => {
        if (names.length <= SHORT_LIST)
            return names.includes(server);
        let set = serverSets.get(names);
        if (!set) {
            set = new Set(names);
            serverSets.set(names, set);
        }
        return set.has(server);
    };
    const exceptions = [];
    const waivedPairs = new Map();
    for (const [i, exception] of (data.exceptions ?? []).entries()) {
        if (!exception)
            continue;
        const { client, server } = exception;
        const connected = client === undefined ? undefined : serversOf(client);
        const serverDeclared = server !== undefined && firstServerIndex.has(server);
        if (client !== undefined && !connected && namesKnown.clients)
            fail(['exceptions', i, 'client'], `exception names client "${client}", which is not declared under clients${(0,suggest/* didYouMean */.au)(client, firstClientIndex.keys(), budget)}`);
        if (server !== undefined && !serverDeclared && namesKnown.servers)
            fail(['exceptions', i, 'server'], `exception names server "${server}", which is not declared under servers${(0,suggest/* didYouMean */.au)(server, allServerNames, budget)}`);
        if (connected && serverDeclared && !listsServer(connected, server)) {
            fail(['exceptions', i, 'server'], `exception names the pair "${client}" on "${server}", but that client does not connect to that server`);
        }
        if (client !== undefined && server !== undefined) {
            const pair = `${client}\u0000${server}`;
            const earlier = waivedPairs.get(pair);
            if (earlier !== undefined)
                fail(['exceptions', i], `a second exception for "${client}" on "${server}"; the first is at line ${(0,core_document/* locate */.x5)(document, ['exceptions', earlier]).line}`);
            waivedPairs.set(pair, earlier ?? i);
        }
        const product = exception.product === undefined
            ? undefined
            : resolveProduct('exceptions', i, 'client', exception.product)?.product;
        const expiresAt = exception.expires === undefined ? undefined : endOfDayUtc(exception.expires);
        if (exception.expires !== undefined && expiresAt === undefined)
            fail(['exceptions', i, 'expires'], `"${exception.expires}" is not a calendar date`);
        // Only a file that passed the schema is evaluated, and there every exception has all its keys.
        if (!intact || expiresAt === undefined || !product)
            continue;
        exceptions.push({
            ...exception,
            product,
            expiresAt,
            span: (0,core_document/* locate */.x5)(document, ['exceptions', i]),
            productSpan: (0,core_document/* locate */.x5)(document, ['exceptions', i, 'product']),
            expiresSpan: (0,core_document/* locate */.x5)(document, ['exceptions', i, 'expires']),
        });
    }
    if (errors.length > 0) {
        // Where the schema already objected to a value, a second opinion on it adds nothing.
        const schemaPlaces = new Set(errors.slice(0, schemaErrorCount).map((e) => `${e.line}:${e.column}`));
        const unique = errors.filter((e, i) => i < schemaErrorCount || !schemaPlaces.has(`${e.line}:${e.column}`));
        return {
            ok: false,
            errors: unique.sort((a, b) => a.line - b.line || a.column - b.column),
            unlisted: described.unlisted,
        };
    }
    // Unreachable with schema errors: they are in `errors`. Stated for the type checker.
    if (!intact)
        return { ok: false, errors, unlisted: described.unlisted };
    return {
        ok: true,
        topology: {
            file: document.file,
            matrix,
            servers: [...servers.values()],
            clients,
            exceptions,
            locate: (path) => (0,core_document/* locate */.x5)(document, path),
        },
    };
}
/**
 * Why `name` names no product of this kind in `matrix`: a product another built-in matrix has (or
 * one coexist knows is supported nowhere) is named and explained, never "corrected" to a similar
 * product of this matrix; otherwise the matrix says what it has.
 */
function productProblem(matrix, name, kind, budget) {
    // Folded once: a file can hold tens of thousands of unknown names.
    const folded = (0,suggest/* normalizeName */.Pc)(name);
    const known = matrix.findFolded(folded) ? undefined : (0,builtin_matrices/* knownProduct */.L2)(folded);
    if (!known)
        return matrix.lookupProblem(name, kind, budget, folded);
    const what = known.product.name === name ? `"${name}"` : `"${name}" (${known.product.name})`;
    if (known.kind !== kind)
        return `${what} is a ${known.kind} product, not a ${kind}; ${matrix.listing(kind)}`;
    const elsewhere = known.matrices.filter((id) => id !== matrix.id);
    const where = elsewhere.length > 0
        ? `built-in matrices that have it: ${elsewhere.join(', ')}`
        : 'no built-in matrix supports it';
    return `${what} is not a ${kind} of matrix ${matrix.id} (${where}); ${matrix.listing(kind)}`;
}
function isDefined(value) {
    return value !== undefined;
}
/**
 * What of a file that failed the schema still has the shape the checks need: an entry without a
 * string name becomes a hole, so every entry keeps its index (and so its position in the file), and
 * a value of the wrong shape is left out of its entry. With it, which sections have every name known.
 */
function salvage(value) {
    const record = (v) => typeof v === 'object' && v !== null && !Array.isArray(v)
        ? v
        : undefined;
    const list = (v) => (Array.isArray(v) ? v : []);
    const strings = (v) => Array.isArray(v) && v.every((s) => typeof s === 'string') ? v : undefined;
    const text = (entry, key) => typeof entry?.[key] === 'string' ? entry[key] : undefined;
    /** The keys of `entry` that hold text, each only if it does. */
    const texts = (entry, keys) => {
        const found = {};
        for (const key of keys) {
            const v = entry[key];
            if (typeof v === 'string')
                found[key] = v;
        }
        return found;
    };
    const top = record(value) ?? {};
    // A list under an unknown top-level key may be a section misspelled (`severs:`), with names in it.
    const strayList = Object.entries(top).some(([key, v]) => !TOP_LEVEL_KEYS.has(key) && Array.isArray(v));
    const allNamed = (section) => !strayList &&
        Array.isArray(section) &&
        section.every((entry) => text(record(entry), 'name') !== undefined);
    const data = {
        ...(typeof top.matrix === 'string' ? { matrix: top.matrix } : {}),
        servers: list(top.servers).map((v) => {
            const entry = record(v);
            const name = text(entry, 'name');
            if (entry === undefined || name === undefined)
                return undefined;
            return { ...texts(entry, ['product', 'version']), name };
        }),
        clients: list(top.clients).map((v) => {
            const entry = record(v);
            const name = text(entry, 'name');
            if (entry === undefined || name === undefined)
                return undefined;
            const [servers, workloads] = [strings(entry.servers), strings(entry.workloads)];
            return {
                ...texts(entry, ['product']),
                name,
                ...(servers ? { servers } : {}),
                ...(workloads ? { workloads } : {}),
            };
        }),
        exceptions: list(top.exceptions).map((v) => {
            const entry = record(v);
            if (entry === undefined)
                return undefined;
            const { expires, ...rest } = texts(entry, ['client', 'server', 'product', 'expires']);
            // A date not written YYYY-MM-DD is the schema's error; only a well-written one is checked.
            return expires !== undefined && DATE.test(expires) ? { ...rest, expires } : rest;
        }),
    };
    return { data, namesKnown: { servers: allNamed(top.servers), clients: allNamed(top.clients) } };
}
/** How long a list of server names may be and still be searched item by item. */
const SHORT_LIST = 16;
const TOP_LEVEL_KEYS = new Set(['$schema', 'matrix', 'servers', 'clients', 'exceptions']);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The instant after the last moment of `date` (YYYY-MM-DD) in UTC, or undefined for 2027-02-30 and the like. */
function endOfDayUtc(date) {
    const [year, month, day] = date.split('-').map(Number);
    const start = Date.UTC(year, month - 1, day);
    const check = new Date(start);
    if (check.getUTCFullYear() !== year ||
        check.getUTCMonth() !== month - 1 ||
        check.getUTCDate() !== day)
        return undefined;
    return Date.UTC(year, month - 1, day + 1);
}

;// CONCATENATED MODULE: ./src/core/check.ts






/**
 * Bytes \u2192 text \u2192 document with positions, and the matrix the file names (its `matrix:`, else the
 * default). The shell resolves that matrix (reading matrix files is I/O) before readTopology.
 */
function parseTopology(file, bytes, budget) {
    const decoded = (0,decode/* decodeSource */.E)(bytes);
    if (!decoded.ok)
        return {
            ok: false,
            errors: unreadable(file, decoded.message, decoded.line, decoded.column).errors,
        };
    const parsed = (0,core_document/* parseDocument */.Tp)(decoded.text, file, /\.json$/i.test(file) ? 'json' : 'yaml', budget);
    if (!parsed.ok)
        return parsed;
    const { value } = parsed.document;
    const named = typeof value === 'object' && value !== null ? value.matrix : undefined;
    return {
        ok: true,
        document: parsed.document,
        matrixRef: typeof named === 'string' ? named : builtin_matrices/* DEFAULT_MATRIX_ID */.U_,
    };
}
/** Bytes \u2192 validated topology on a matrix from `options.matrices` (built-in ones by default), or every error on the way. */
function loadTopology(file, bytes, options) {
    const parsed = parseTopology(file, bytes, options.budget);
    if (!parsed.ok)
        return parsed;
    const resolution = (options.matrices ?? resolveBuiltinMatrix)(options.matrixOverride ?? parsed.matrixRef);
    return readTopology(parsed.document, resolution, {
        overridden: options.matrixOverride !== undefined,
        ...(options.budget ? { budget: options.budget } : {}),
    });
}
/**
 * The whole pure pipeline for one topology file: bytes \u2192 text \u2192 document with positions \u2192
 * validated topology \u2192 one result per client/server pair. A file that cannot be read yields its
 * errors and no results, never a partial verdict.
 */
function checkTopology(file, bytes, options) {
    const budget = options.budget ?? new RunBudget();
    const parsed = parseTopology(file, bytes, budget);
    if (!parsed.ok)
        return fileReport({ file, errors: parsed.errors });
    const resolution = (options.matrices ?? resolveBuiltinMatrix)(options.matrixOverride ?? parsed.matrixRef);
    return checkDocument(parsed.document, resolution, { ...options, budget });
}
/**
 * A parsed topology checked on its resolved matrix: validated, then every pair evaluated, within the
 * run's budget of pairs. A matrix that could not be resolved is an error at the file's `matrix:`.
 */
function checkDocument(document, resolution, options) {
    const { file } = document;
    const { budget } = options;
    const read = topology_readTopology(document, resolution, {
        overridden: options.matrixOverride !== undefined,
        budget,
    });
    if (!read.ok)
        return fileReport({ file, errors: read.errors, unlistedErrors: read.unlisted ?? 0 });
    const { topology } = read;
    const pairs = topology.clients.reduce((sum, client) => sum + client.servers.length, 0);
    if (!budget.pairs.take(pairs))
        return fileReport({
            file,
            errors: [
                { file, ...(0,core_document/* locate */.x5)(document, ['clients'], 'key'), message: budget.pairs.refusal(pairs) },
            ],
        });
    const { results, estate, warnings, notices } = (0,evaluate/* evaluate */._)(topology, options.policy);
    return fileReport({
        file,
        matrix: topology.matrix.id,
        ...(topology.matrix.file === undefined ? {} : { matrixFile: topology.matrix.file }),
        topology: {
            servers: topology.servers.map((s) => ({ name: s.name, product: s.product.name })),
            clients: topology.clients.map((c) => ({
                name: c.name,
                product: c.product.name,
                servers: c.servers.map((s) => s.name),
            })),
        },
        results,
        estate,
        warnings,
        notices,
    });
}
/**
 * A file's report with its problems in line order, each kind cut to PROBLEMS_LISTED_PER_FILE and
 * the rest counted: a hostile file can have a problem on every line, and a report (or a log) that
 * listed them all would cost more than the file.
 */
function fileReport(parts) {
    const { unlistedErrors = 0, ...rest } = parts;
    const errors = listed(parts.errors ?? []);
    const warnings = listed(parts.warnings ?? []);
    const notices = listed(parts.notices ?? []);
    const report = {
        ...rest,
        results: parts.results ?? [],
        errors: errors.listed,
        warnings: warnings.listed,
        notices: notices.listed,
    };
    const unlisted = {
        errors: errors.unlisted + unlistedErrors,
        warnings: warnings.unlisted,
        notices: notices.unlisted,
    };
    if (unlisted.errors + unlisted.warnings + unlisted.notices > 0)
        report.unlisted = unlisted;
    return report;
}
function listed(diagnostics) {
    const sorted = [...diagnostics].sort((a, b) => a.line - b.line || a.column - b.column);
    return {
        listed: sorted.slice(0, limits/* PROBLEMS_LISTED_PER_FILE */._$),
        unlisted: Math.max(0, sorted.length - limits/* PROBLEMS_LISTED_PER_FILE */._$),
    };
}
/** A file that could not be read at all (missing, a directory, not text): one error at its start. */
function unreadable(file, message, line = 1, column = 1) {
    return {
        file,
        results: [],
        errors: [{ file, line, column, endLine: line, endColumn: column, message }],
        warnings: [],
        notices: [],
    };
}
function buildReport(files, baseline) {
    const fails = (f) => f.severity === 'error' && !f.preexisting;
    const passed = files.every((f) => f.errors.length === 0 && !f.results.some(fails) && !(f.estate ?? []).some(fails));
    return { passed, files, ...(baseline ? { baseline } : {}) };
}
/** 0: passed; 1: the policy failed; 2: some input could not be evaluated. */
function exitCodeOf(report) {
    if (report.files.some((f) => f.errors.length > 0))
        return 2;
    return report.passed ? 0 : 1;
}
const SEVERITY_RANK = { error: 3, warning: 2, notice: 1, none: 0 };
/** Counts a finding (pair or estate) under its severity, or as waived or pre-existing. */
function countFinding(counts, finding) {
    if (finding.waived)
        counts.waived++;
    if (finding.preexisting)
        counts.preexisting++;
    else if (finding.severity === 'error')
        counts.errors++;
    else if (finding.severity === 'warning')
        counts.warnings++;
    else if (finding.severity === 'notice')
        counts.notices++;
}
/** Counts as the action's outputs and the summaries state them: input errors count as errors, listed or not. */
function countFindings(report) {
    const counts = { errors: 0, warnings: 0, notices: 0, waived: 0, preexisting: 0, pairs: 0 };
    for (const file of report.files) {
        counts.errors += file.errors.length + (file.unlisted?.errors ?? 0);
        counts.warnings += file.warnings.length + (file.unlisted?.warnings ?? 0);
        counts.notices += file.notices.length + (file.unlisted?.notices ?? 0);
        for (const result of file.results) {
            counts.pairs++;
            countFinding(counts, result);
        }
        for (const finding of file.estate ?? [])
            countFinding(counts, finding);
    }
    return counts;
}


/***/ }),

/***/ 969:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ decodeSource)
/* harmony export */ });
/* unused harmony export decodeInventory */
/* harmony import */ var _line_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5240);

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
/**
 * Topology files must be UTF-8 (a BOM is allowed and dropped). UTF-16 files are named as such
 * because editors on Windows still save them, and the fix is to re-save, not to edit.
 */
function decodeSource(bytes, what = 'a topology') {
    const b0 = bytes[0];
    const b1 = bytes[1];
    if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
        return { ok: false, message: 'the file is UTF-16; save it as UTF-8', line: 1, column: 1 };
    }
    let text;
    try {
        text = utf8.decode(bytes);
    }
    catch {
        return {
            ok: false,
            message: 'the file is not valid UTF-8; save it as UTF-8',
            ...bytePosition(bytes, firstInvalidByte(bytes)),
        };
    }
    const nul = text.indexOf('\u0000');
    if (nul !== -1)
        return {
            ok: false,
            message: `the file contains a NUL byte; it is binary, not ${what}`,
            ...new _line_index_js__WEBPACK_IMPORTED_MODULE_0__/* .LineIndex */ .r(text).position(nul),
        };
    return { ok: true, text };
}
/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstInvalidByte(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        const length = b < 0x80
            ? 1
            : b >= 0xc2 && b <= 0xdf
                ? 2
                : b >= 0xe0 && b <= 0xef
                    ? 3
                    : b >= 0xf0 && b <= 0xf4
                        ? 4
                        : 0;
        if (length === 0)
            return i;
        const chunk = bytes.subarray(i, i + length);
        if (chunk.length < length)
            return i;
        try {
            utf8.decode(chunk);
        }
        catch {
            return i;
        }
        i += length;
    }
    return i;
}
function bytePosition(bytes, offset) {
    // Everything before the bad byte is valid UTF-8, so lines and columns count as in the text.
    const prefix = new TextDecoder().decode(bytes.subarray(0, offset));
    return new _line_index_js__WEBPACK_IMPORTED_MODULE_0__/* .LineIndex */ .r(prefix).position(prefix.length);
}
/**
 * An inventory's text. Inventories come from Windows tools, and some write UTF-16 with a byte order
 * mark (Reporting Services' CSV export, PowerShell's Out-File): that is read too, where a topology,
 * which people edit, is asked to be re-saved.
 */
function decodeInventory(bytes) {
    const b0 = bytes[0];
    const b1 = bytes[1];
    const encoding = b0 === 0xff && b1 === 0xfe ? 'utf-16le' : b0 === 0xfe && b1 === 0xff ? 'utf-16be' : undefined;
    if (encoding === undefined)
        return decodeSource(bytes, 'an inventory');
    try {
        return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes) };
    }
    catch {
        return {
            ok: false,
            message: `the file is not valid ${encoding.toUpperCase()}`,
            line: 1,
            column: 1,
        };
    }
}


/***/ }),

/***/ 664:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e_: () => (/* binding */ hasMergeKey),
  x5: () => (/* binding */ locate),
  Tp: () => (/* binding */ parseDocument)
});

// UNUSED EXPORTS: NodePositions, estimateNodes

;// CONCATENATED MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
/*! js-yaml 5.5.0 https://github.com/nodeca/js-yaml @license MIT */
//#region src/tag.ts
/**
* Returned by a scalar resolver when the source does not match its tag.
*
* @category Tags
*/
var NOT_RESOLVED = Symbol("NOT_RESOLVED");
/**
* Create a normalized scalar tag definition.
*
* @category Tags
*/
function defineScalarTag(tagName, options) {
	return {
		tagName,
		nodeKind: "scalar",
		implicit: options.implicit ?? false,
		matchByTagPrefix: options.matchByTagPrefix ?? false,
		implicitFirstChars: options.implicitFirstChars ?? null,
		resolve: options.resolve,
		identify: options.identify,
		represent: options.represent ?? ((data) => String(data)),
		representTagName: options.representTagName ?? (() => tagName)
	};
}
/**
* Create a normalized sequence tag definition.
*
* @category Tags
*/
function defineSequenceTag(tagName, options) {
	const carrierIsResult = options.finalize === void 0;
	return {
		tagName,
		nodeKind: "sequence",
		implicit: false,
		matchByTagPrefix: options.matchByTagPrefix ?? false,
		create: options.create,
		addItem: options.addItem,
		finalize: options.finalize ?? ((carrier) => carrier),
		carrierIsResult,
		identify: options.identify,
		represent: options.represent ?? ((data) => data),
		representTagName: options.representTagName ?? (() => tagName)
	};
}
/**
* Create a normalized mapping tag definition.
*
* @category Tags
*/
function defineMappingTag(tagName, options) {
	const carrierIsResult = options.finalize === void 0;
	return {
		tagName,
		nodeKind: "mapping",
		implicit: false,
		matchByTagPrefix: options.matchByTagPrefix ?? false,
		create: options.create,
		addPair: options.addPair,
		has: options.has,
		keys: options.keys,
		get: options.get,
		finalize: options.finalize ?? ((carrier) => carrier),
		carrierIsResult,
		identify: options.identify,
		represent: options.represent ?? ((data) => data),
		representTagName: options.representTagName ?? (() => tagName)
	};
}
//#endregion
//#region src/tag/scalar/str.ts
/** @category Tags */
var strTag = defineScalarTag("tag:yaml.org,2002:str", {
	resolve: (source) => source,
	identify: (data) => typeof data === "string"
});
//#endregion
//#region src/tag/scalar/null_core.ts
var NULL_VALUES$1 = [
	"",
	"~",
	"null",
	"Null",
	"NULL"
];
/** @category Tags */
var nullCoreTag = defineScalarTag("tag:yaml.org,2002:null", {
	implicit: true,
	implicitFirstChars: [
		"",
		"~",
		"n",
		"N"
	],
	resolve: (source) => {
		if (NULL_VALUES$1.indexOf(source) !== -1) return null;
		return NOT_RESOLVED;
	},
	identify: (object) => object === null,
	represent: () => "null"
});
//#endregion
//#region src/tag/scalar/null_json.ts
/** @category Tags */
var nullJsonTag = defineScalarTag("tag:yaml.org,2002:null", {
	implicit: true,
	implicitFirstChars: ["n"],
	resolve: (source, isExplicit) => {
		if (source === "null" || isExplicit && source === "") return null;
		return NOT_RESOLVED;
	},
	identify: (object) => object === null,
	represent: () => "null"
});
//#endregion
//#region src/tag/scalar/null_yaml11.ts
var NULL_VALUES = [
	"",
	"~",
	"null",
	"Null",
	"NULL"
];
/** @category Tags */
var nullYaml11Tag = defineScalarTag("tag:yaml.org,2002:null", {
	implicit: true,
	implicitFirstChars: [
		"",
		"~",
		"n",
		"N"
	],
	resolve: (source) => {
		if (NULL_VALUES.indexOf(source) !== -1) return null;
		return NOT_RESOLVED;
	},
	identify: (object) => object === null,
	represent: () => "null"
});
//#endregion
//#region src/tag/scalar/bool_core.ts
var TRUE_VALUES$2 = [
	"true",
	"True",
	"TRUE"
];
var FALSE_VALUES$2 = [
	"false",
	"False",
	"FALSE"
];
/** @category Tags */
var boolCoreTag = defineScalarTag("tag:yaml.org,2002:bool", {
	implicit: true,
	implicitFirstChars: [
		"t",
		"T",
		"f",
		"F"
	],
	resolve: (source) => {
		if (TRUE_VALUES$2.indexOf(source) !== -1) return true;
		if (FALSE_VALUES$2.indexOf(source) !== -1) return false;
		return NOT_RESOLVED;
	},
	identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
	represent: (object) => object ? "true" : "false"
});
//#endregion
//#region src/tag/scalar/bool_json.ts
var TRUE_VALUES$1 = ["true"];
var FALSE_VALUES$1 = ["false"];
/** @category Tags */
var boolJsonTag = defineScalarTag("tag:yaml.org,2002:bool", {
	implicit: true,
	implicitFirstChars: ["t", "f"],
	resolve: (source) => {
		if (TRUE_VALUES$1.indexOf(source) !== -1) return true;
		if (FALSE_VALUES$1.indexOf(source) !== -1) return false;
		return NOT_RESOLVED;
	},
	identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
	represent: (object) => object ? "true" : "false"
});
//#endregion
//#region src/tag/scalar/bool_yaml11.ts
var TRUE_VALUES = [
	"true",
	"True",
	"TRUE",
	"y",
	"Y",
	"yes",
	"Yes",
	"YES",
	"on",
	"On",
	"ON"
];
var FALSE_VALUES = [
	"false",
	"False",
	"FALSE",
	"n",
	"N",
	"no",
	"No",
	"NO",
	"off",
	"Off",
	"OFF"
];
/** @category Tags */
var boolYaml11Tag = defineScalarTag("tag:yaml.org,2002:bool", {
	implicit: true,
	implicitFirstChars: [
		"y",
		"Y",
		"n",
		"N",
		"t",
		"T",
		"f",
		"F",
		"o",
		"O"
	],
	resolve: (source) => {
		if (TRUE_VALUES.indexOf(source) !== -1) return true;
		if (FALSE_VALUES.indexOf(source) !== -1) return false;
		return NOT_RESOLVED;
	},
	identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
	represent: (object) => object ? "true" : "false"
});
//#endregion
//#region src/tag/scalar/int_core.ts
var YAML_INTEGER_IMPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
var YAML_INTEGER_EXPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$2(source) {
	let value = source;
	let sign = 1;
	if (value[0] === "-" || value[0] === "+") {
		if (value[0] === "-") sign = -1;
		value = value.slice(1);
	}
	if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
	if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
	if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
	return sign * parseInt(value, 10);
}
function resolveYamlInteger$2(source, isExplicit) {
	if (isExplicit) {
		if (!YAML_INTEGER_EXPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
	} else if (!YAML_INTEGER_IMPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
	const result = parseYamlInteger$2(source);
	return Number.isFinite(result) ? result : NOT_RESOLVED;
}
/** @category Tags */
var intCoreTag = defineScalarTag("tag:yaml.org,2002:int", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		..."0123456789"
	],
	resolve: resolveYamlInteger$2,
	identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
	represent: (object) => object.toString(10)
});
//#endregion
//#region src/tag/scalar/int_json.ts
var YAML_INTEGER_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)$");
var YAML_INTEGER_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$1(source) {
	let value = source;
	let sign = 1;
	if (value[0] === "-" || value[0] === "+") {
		if (value[0] === "-") sign = -1;
		value = value.slice(1);
	}
	if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
	if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
	if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
	return sign * parseInt(value, 10);
}
function resolveYamlInteger$1(source, isExplicit) {
	if (isExplicit) {
		if (!YAML_INTEGER_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
	} else if (!YAML_INTEGER_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
	const result = parseYamlInteger$1(source);
	return Number.isFinite(result) ? result : NOT_RESOLVED;
}
/** @category Tags */
var intJsonTag = defineScalarTag("tag:yaml.org,2002:int", {
	implicit: true,
	implicitFirstChars: ["-", ..."0123456789"],
	resolve: resolveYamlInteger$1,
	identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
	represent: (object) => object.toString(10)
});
//#endregion
//#region src/tag/scalar/int_yaml11.ts
var YAML_INTEGER_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+|[-+]?(?:0|[1-9][0-9_]*))$");
function parseYamlInteger(source) {
	let value = source.replace(/_/g, "");
	let sign = 1;
	if (value[0] === "-" || value[0] === "+") {
		if (value[0] === "-") sign = -1;
		value = value.slice(1);
	}
	if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
	if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
	if (value.includes(":")) {
		let result = 0;
		for (const part of value.split(":")) result = result * 60 + Number(part);
		return sign * result;
	}
	if (value !== "0" && value[0] === "0") return sign * parseInt(value, 8);
	return sign * parseInt(value, 10);
}
function resolveYamlInteger(source) {
	if (!YAML_INTEGER_PATTERN.test(source)) return NOT_RESOLVED;
	const result = parseYamlInteger(source);
	return Number.isFinite(result) ? result : NOT_RESOLVED;
}
/** @category Tags */
var intYaml11Tag = defineScalarTag("tag:yaml.org,2002:int", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		..."0123456789"
	],
	resolve: resolveYamlInteger,
	identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
	represent: (object) => object.toString(10)
});
//#endregion
//#region src/tag/scalar/float_core.ts
var YAML_FLOAT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$2(source) {
	if (!YAML_FLOAT_PATTERN$1.test(source)) return NOT_RESOLVED;
	let value = source.toLowerCase();
	const sign = value[0] === "-" ? -1 : 1;
	if ("+-".includes(value[0])) value = value.slice(1);
	if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
	if (value === ".nan") return NaN;
	const result = sign * parseFloat(value);
	if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN$1.test(source)) return result;
	return NOT_RESOLVED;
}
function representYamlFloat$2(object) {
	if (isNaN(object)) return ".nan";
	if (object === Number.POSITIVE_INFINITY) return ".inf";
	if (object === Number.NEGATIVE_INFINITY) return "-.inf";
	if (Object.is(object, -0)) return "-0.0";
	const result = object.toString(10);
	return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
/** @category Tags */
var floatCoreTag = defineScalarTag("tag:yaml.org,2002:float", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		".",
		..."0123456789"
	],
	resolve: resolveYamlFloat$2,
	identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
	represent: representYamlFloat$2
});
//#endregion
//#region src/tag/scalar/float_json.ts
var YAML_FLOAT_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$");
var YAML_FLOAT_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$1(source, isExplicit) {
	if (isExplicit) {
		if (!YAML_FLOAT_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
		let value = source.toLowerCase();
		const sign = value[0] === "-" ? -1 : 1;
		if ("+-".includes(value[0])) value = value.slice(1);
		if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
		if (value === ".nan") return NaN;
		const result = sign * parseFloat(value);
		return Number.isFinite(result) ? result : NOT_RESOLVED;
	}
	if (!YAML_FLOAT_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
	const result = Number(source);
	if (Number.isFinite(result)) return result;
	return NOT_RESOLVED;
}
function representYamlFloat$1(object) {
	if (isNaN(object)) return ".nan";
	if (object === Number.POSITIVE_INFINITY) return ".inf";
	if (object === Number.NEGATIVE_INFINITY) return "-.inf";
	if (Object.is(object, -0)) return "-0.0";
	const result = object.toString(10);
	return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
/** @category Tags */
var floatJsonTag = defineScalarTag("tag:yaml.org,2002:float", {
	implicit: true,
	implicitFirstChars: ["-", ..."0123456789"],
	resolve: resolveYamlFloat$1,
	identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
	represent: representYamlFloat$1
});
//#endregion
//#region src/tag/scalar/float_yaml11.ts
var YAML_FLOAT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?(?:(?:[0-9][0-9_]*)?\\.[0-9_]*)(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat(source) {
	if (!YAML_FLOAT_PATTERN.test(source)) return NOT_RESOLVED;
	let value = source.toLowerCase().replace(/_/g, "");
	const sign = value[0] === "-" ? -1 : 1;
	if ("+-".includes(value[0])) value = value.slice(1);
	if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
	if (value === ".nan") return NaN;
	let result = 0;
	if (value.includes(":")) {
		for (const part of value.split(":")) result = result * 60 + Number(part);
		result *= sign;
	} else result = sign * parseFloat(value);
	if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN.test(source)) return result;
	return NOT_RESOLVED;
}
function representYamlFloat(object) {
	if (isNaN(object)) return ".nan";
	if (object === Number.POSITIVE_INFINITY) return ".inf";
	if (object === Number.NEGATIVE_INFINITY) return "-.inf";
	if (Object.is(object, -0)) return "-0.0";
	const result = object.toString(10);
	return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
/** @category Tags */
var floatYaml11Tag = defineScalarTag("tag:yaml.org,2002:float", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		".",
		..."0123456789"
	],
	resolve: resolveYamlFloat,
	identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
	represent: representYamlFloat
});
//#endregion
//#region src/tag/scalar/merge.ts
/**
* Enables merge keys in {@link CORE_SCHEMA} when added with
* {@link Schema.withTags}.
*
* @category Tags
*/
var mergeTag = defineScalarTag("tag:yaml.org,2002:merge", {
	implicit: true,
	implicitFirstChars: ["<"],
	resolve: (source, isExplicit) => {
		if (source === "<<" || isExplicit && source === "") return "<<";
		return NOT_RESOLVED;
	},
	identify: () => false
});
//#endregion
//#region src/tag/scalar/binary.ts
var BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;
function resolveYamlBinary(source) {
	const input = source.replace(/\s/g, "");
	if (input.length % 4 !== 0 || !BASE64_PATTERN.test(input)) return NOT_RESOLVED;
	const binary = atob(input);
	const result = new Uint8Array(binary.length);
	for (let index = 0; index < binary.length; index++) result[index] = binary.charCodeAt(index);
	return result;
}
function representYamlBinary(object) {
	let binary = "";
	for (let index = 0; index < object.length; index++) binary += String.fromCharCode(object[index]);
	return btoa(binary);
}
/**
* The `!!binary` tag, represented as a `Uint8Array`.
*
* @category Tags
*/
var binaryTag = defineScalarTag("tag:yaml.org,2002:binary", {
	resolve: resolveYamlBinary,
	identify: (object) => Object.prototype.toString.call(object) === "[object Uint8Array]",
	represent: representYamlBinary
});
//#endregion
//#region src/tag/scalar/timestamp.ts
var YAML_DATE_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$");
var YAML_TIMESTAMP_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");
function makeUtcDate(year, month, day, hour = 0, minute = 0, second = 0, fraction = 0) {
	const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
	date.setUTCFullYear(year, month, day);
	return date;
}
function resolveYamlTimestamp(source) {
	let match = YAML_DATE_REGEXP.exec(source);
	if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(source);
	if (match === null) return NOT_RESOLVED;
	const year = +match[1];
	const month = +match[2] - 1;
	const day = +match[3];
	if (!match[4]) {
		const date = makeUtcDate(year, month, day);
		if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
		return date;
	}
	const hour = +match[4];
	const minute = +match[5];
	const second = +match[6];
	let fraction = 0;
	if (hour > 23 || minute > 59 || second > 59) return NOT_RESOLVED;
	if (match[7]) {
		let value = match[7].slice(0, 3);
		while (value.length < 3) value += "0";
		fraction = +value;
	}
	const date = makeUtcDate(year, month, day, hour, minute, second, fraction);
	if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
	if (match[9]) {
		const offsetHour = +match[10];
		const offsetMinute = +(match[11] || 0);
		if (offsetHour > 23 || offsetMinute > 59) return NOT_RESOLVED;
		const offset = (offsetHour * 60 + offsetMinute) * 6e4;
		date.setTime(date.getTime() - (match[9] === "-" ? -offset : offset));
	}
	return date;
}
/**
* The YAML 1.1 `!!timestamp` tag, represented as a JavaScript `Date`.
*
* @category Tags
*/
var timestampTag = defineScalarTag("tag:yaml.org,2002:timestamp", {
	implicit: true,
	implicitFirstChars: [..."0123456789"],
	resolve: resolveYamlTimestamp,
	identify: (object) => object instanceof Date,
	represent: (object) => object.toISOString()
});
//#endregion
//#region src/tag/sequence/seq.ts
/** @category Tags */
var seqTag = defineSequenceTag("tag:yaml.org,2002:seq", {
	create: () => [],
	addItem: (container, item) => {
		container.push(item);
	},
	identify: Array.isArray
});
//#endregion
//#region src/common/object.ts
function isPlainObject(data) {
	if (data === null || typeof data !== "object" || Array.isArray(data)) return false;
	const prototype = Object.getPrototypeOf(data);
	return prototype === null || prototype === Object.prototype;
}
function pick(object, keys) {
	const result = {};
	for (const key of keys) if (object[key] !== void 0) result[key] = object[key];
	return result;
}
//#endregion
//#region src/tag/sequence/omap.ts
/**
* Provided only for YAML 1.1 compatibility and supported by the loader only.
* JavaScript has no dedicated class to represent this type, so it cannot be
* identified and dumped.
*
* ```yaml
* !!omap
*   - one: 1
*   - two: 2
* ```
*
* is loaded as
*
* ```javascript
* [
*   { one: 1 },
*   { two: 2 }
* ]
* ```
*
* @category Tags
*/
var omapTag = defineSequenceTag("tag:yaml.org,2002:omap", {
	create: () => ({
		list: [],
		seen: /* @__PURE__ */ new Set()
	}),
	addItem: (carrier, item) => {
		let key;
		if (item instanceof Map) {
			if (item.size !== 1) return "cannot resolve an ordered map item";
			key = item.keys().next().value;
		} else if (isPlainObject(item)) {
			const itemKeys = Object.keys(item);
			if (itemKeys.length !== 1) return "cannot resolve an ordered map item";
			key = itemKeys[0];
		} else return "cannot resolve an ordered map item";
		if (carrier.seen.has(key)) return "duplicate key in ordered map";
		carrier.seen.add(key);
		carrier.list.push(item);
		return "";
	},
	finalize: (carrier) => carrier.list,
	identify: () => false
});
//#endregion
//#region src/tag/sequence/pairs.ts
/**
* Provided only for YAML 1.1 compatibility and supported by the loader only.
* JavaScript has no dedicated class to represent this type, so it cannot be
* identified and dumped.
*
* ```yaml
* !!pairs
*   - one: 1
*   - two: 2
* ```
*
* is loaded as
*
* ```javascript
* [
*   ['one', 1],
*   ['two', 2]
* ]
* ```
*
* @category Tags
*/
var pairsTag = defineSequenceTag("tag:yaml.org,2002:pairs", {
	create: () => [],
	addItem: (container, item) => {
		if (item instanceof Map) {
			if (item.size !== 1) return "cannot resolve a pairs item";
			container.push(item.entries().next().value);
			return "";
		}
		if (Object.prototype.toString.call(item) !== "[object Object]") return "cannot resolve a pairs item";
		const object = item;
		const keys = Object.keys(object);
		if (keys.length !== 1) return "cannot resolve a pairs item";
		container.push([keys[0], object[keys[0]]]);
		return "";
	},
	identify: () => false
});
//#endregion
//#region src/tag/mapping/map.ts
/**
* This is the default mapping implementation. It uses `{}` objects and has only
* partial functionality due to language limitations. This choice was made
* because users expect to get JavaScript objects, and it was left unchanged to
* avoid too many breaking changes in the v5 release.
*
* Side effects:
*
* - `Object.hasOwn()` checks or `for...of` loops are required for safe use (to
*   avoid falling through to prototypes).
* - Only scalar string keys are supported properly.
* - Other scalar keys, such as `null` and numbers, are converted to strings.
*   This is historical behaviour, and it can cause side effects such as
*   problems with `!!merge`.
*
* Note that non-string scalar keys may be deprecated in future versions.
*
* Ideally, use {@link realMapTag} instead.
*
* @category Tags
*/
var mapTag = defineMappingTag("tag:yaml.org,2002:map", {
	create: () => ({}),
	identify: isPlainObject,
	represent: (o) => {
		const map = /* @__PURE__ */ new Map();
		for (const key of Object.keys(o)) map.set(key, o[key]);
		return map;
	},
	addPair: (container, key, value) => {
		if (key !== null && typeof key === "object") return "object-based map does not support complex keys";
		const normalizedKey = String(key);
		if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
			value,
			enumerable: true,
			configurable: true,
			writable: true
		});
		else container[normalizedKey] = value;
		return "";
	},
	has: (container, key) => {
		if (key !== null && typeof key === "object") return false;
		return Object.prototype.hasOwnProperty.call(container, String(key));
	},
	keys: (container) => Object.keys(container),
	get: (container, key) => {
		const normalizedKey = String(key);
		if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
		return container[normalizedKey];
	}
});
//#endregion
//#region src/tag/mapping/set.ts
/**
* The YAML 1.1 `!!set` tag, represented as a JavaScript `Set`.
*
* @category Tags
*/
var setTag = defineMappingTag("tag:yaml.org,2002:set", {
	create: () => /* @__PURE__ */ new Set(),
	identify: (data) => data instanceof Set,
	represent: (data) => {
		const map = /* @__PURE__ */ new Map();
		for (const key of data) map.set(key, null);
		return map;
	},
	addPair: (container, key, value) => {
		if (value !== null) return "cannot resolve a set item";
		container.add(key);
		return "";
	},
	has: (container, key) => container.has(key),
	keys: (container) => container.keys(),
	get: () => null
});
//#endregion
//#region src/schema.ts
function createTagDefinitionMap() {
	return {
		scalar: Object.create(null),
		sequence: Object.create(null),
		mapping: Object.create(null)
	};
}
function createTagDefinitionListMap() {
	return {
		scalar: [],
		sequence: [],
		mapping: []
	};
}
function compileTags(tags) {
	const result = [];
	for (const tag of tags) {
		let index = result.length;
		for (let previousIndex = 0; previousIndex < result.length; previousIndex++) {
			const previous = result[previousIndex];
			if (previous.nodeKind === tag.nodeKind && previous.tagName === tag.tagName && previous.matchByTagPrefix === tag.matchByTagPrefix) {
				index = previousIndex;
				break;
			}
		}
		result[index] = tag;
	}
	return result;
}
/**
* Controls tag resolution when loading and type selection when dumping.
*
* @category Schemas
*/
var Schema = class Schema {
	tags;
	/** @internal */
	implicitScalarTags;
	/**
	* Dispatch implicit scalar resolvers by `source.charAt(0)`. Each bucket holds
	* the resolvers that may match that key, in schema order; a key absent from
	* the map uses
	* {@link Schema.implicitScalarAnyFirstChar}
	* (resolvers that declared no first-char constraint, so they apply to any
	* first character).
	*/
	implicitScalarByFirstChar;
	implicitScalarAnyFirstChar;
	/**
	* The default scalar tag (`!!str`), resolved once so the composer's fallback
	* for unresolved plain scalars avoids a keyed lookup per scalar.
	*
	* @internal
	*/
	defaultScalarTag;
	/**
	* The default container tags (`!!seq` / `!!map`), used by the dumper: when a
	* value is identified by its default tag, the tag is implicit and not
	* printed. Undefined if the schema does not define them (then such values
	* can't be dumped).
	*
	* @internal
	*/
	defaultSequenceTag;
	/** @internal */
	defaultMappingTag;
	exact;
	prefix;
	constructor(tags) {
		const compiledTags = compileTags(tags);
		const implicitScalarTags = [];
		const exact = createTagDefinitionMap();
		const prefix = createTagDefinitionListMap();
		for (const tag of compiledTags) {
			if (tag.nodeKind === "scalar" && tag.implicit) {
				if (tag.matchByTagPrefix) throw new Error("Implicit scalar tags cannot match by tag prefix");
				implicitScalarTags.push(tag);
			}
			switch (tag.nodeKind) {
				case "scalar":
					if (tag.matchByTagPrefix) prefix.scalar.push(tag);
					else exact.scalar[tag.tagName] = tag;
					break;
				case "sequence":
					if (tag.matchByTagPrefix) prefix.sequence.push(tag);
					else exact.sequence[tag.tagName] = tag;
					break;
				case "mapping": if (tag.matchByTagPrefix) prefix.mapping.push(tag);
				else exact.mapping[tag.tagName] = tag;
			}
		}
		const implicitScalarAnyFirstChar = implicitScalarTags.filter((tag) => tag.implicitFirstChars === null);
		const keys = /* @__PURE__ */ new Set();
		for (const tag of implicitScalarTags) if (tag.implicitFirstChars !== null) for (const key of tag.implicitFirstChars) keys.add(key);
		const implicitScalarByFirstChar = /* @__PURE__ */ new Map();
		for (const key of keys) implicitScalarByFirstChar.set(key, implicitScalarTags.filter((tag) => tag.implicitFirstChars === null || tag.implicitFirstChars.indexOf(key) !== -1));
		const defaultScalarTag = exact.scalar["tag:yaml.org,2002:str"];
		if (!defaultScalarTag) throw new Error("schema does not define the default scalar tag (tag:yaml.org,2002:str)");
		this.tags = compiledTags;
		this.implicitScalarTags = implicitScalarTags;
		this.implicitScalarByFirstChar = implicitScalarByFirstChar;
		this.implicitScalarAnyFirstChar = implicitScalarAnyFirstChar;
		this.defaultScalarTag = defaultScalarTag;
		this.defaultSequenceTag = exact.sequence["tag:yaml.org,2002:seq"];
		this.defaultMappingTag = exact.mapping["tag:yaml.org,2002:map"];
		this.exact = exact;
		this.prefix = prefix;
	}
	/** @internal */
	lookupScalarTag(tagName) {
		const exactTag = this.exact.scalar[tagName];
		if (exactTag) return exactTag;
		for (const tag of this.prefix.scalar) if (tagName.startsWith(tag.tagName)) return tag;
	}
	/** @internal */
	lookupSequenceTag(tagName) {
		const exactTag = this.exact.sequence[tagName];
		if (exactTag) return exactTag;
		for (const tag of this.prefix.sequence) if (tagName.startsWith(tag.tagName)) return tag;
	}
	/** @internal */
	lookupMappingTag(tagName) {
		const exactTag = this.exact.mapping[tagName];
		if (exactTag) return exactTag;
		for (const tag of this.prefix.mapping) if (tagName.startsWith(tag.tagName)) return tag;
	}
	/** @internal */
	resolveImplicitScalarTag(source) {
		const candidates = this.implicitScalarByFirstChar.get(source.charAt(0)) ?? this.implicitScalarAnyFirstChar;
		for (const tag of candidates) {
			const value = tag.resolve(source, false, tag.tagName);
			if (value !== NOT_RESOLVED) return {
				value,
				tag
			};
		}
		const tag = this.defaultScalarTag;
		return {
			value: tag.resolve(source, false, tag.tagName),
			tag
		};
	}
	/**
	* Creates a new schema with the specified tags added. If a tag already
	* exists, it is replaced by the specified tag.
	*
	* @example
	*
	* ```javascript
	* import { CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
	*
	* const schema = CORE_SCHEMA.withTags(mergeTag, realMapTag)
	* ```
	*/
	withTags(...tags) {
		let flatTags = [];
		for (const tag of tags) flatTags = flatTags.concat(tag);
		return new Schema([...this.tags, ...flatTags]);
	}
};
/**
* The YAML 1.2 Failsafe Schema: strings, sequences, and mappings.
*
* @category Schemas
*/
var FAILSAFE_SCHEMA = new Schema([
	strTag,
	seqTag,
	mapTag
]);
/**
* The YAML 1.2 JSON Schema. It uses JSON scalar forms while retaining YAML
* collection syntax.
*
* @category Schemas
*/
var JSON_SCHEMA = new Schema([
	...FAILSAFE_SCHEMA.tags,
	nullJsonTag,
	boolJsonTag,
	intJsonTag,
	floatJsonTag
]);
/**
* The default schema for the loaders. Note, {@link CORE_SCHEMA} comes
* without the `!!merge` tag. You can easily enable it if needed.
*
* @example
* Enable {@link mergeTag}:
*
* ```javascript
* import { load, CORE_SCHEMA, mergeTag } from 'js-yaml'
*
* try {
*   load(data, { schema: CORE_SCHEMA.withTags(mergeTag) })
* } catch (e) {
*   console.error(e)
* }
* ```
*
* @category Schemas
*/
var CORE_SCHEMA = new Schema([
	...FAILSAFE_SCHEMA.tags,
	nullCoreTag,
	boolCoreTag,
	intCoreTag,
	floatCoreTag
]);
/**
* YAML 1.1-compatible schema.
*
* @category Schemas
*/
var YAML11_SCHEMA = new Schema([
	...FAILSAFE_SCHEMA.tags,
	nullYaml11Tag,
	boolYaml11Tag,
	intYaml11Tag,
	floatYaml11Tag,
	timestampTag,
	mergeTag,
	binaryTag,
	omapTag,
	pairsTag,
	setTag
]);
/**
* The dumper schema for maximum compatibility. It combines all supported type
* variants from YAML 1.1 and YAML 1.2 so strings matching any of them are
* quoted. This makes the generated YAML more compatible with other parsers.
*
* The schema is based on YAML 1.1, but extends `!!int` and `!!float` to accept
* both YAML 1.1 and Core Schema forms, since Core Schema supports some forms
* that YAML 1.1 does not.
*
* @category Schemas
*/
var DUMP_SCHEMA = YAML11_SCHEMA.withTags({
	...intYaml11Tag,
	resolve: (source, isExplicit, tagName) => {
		const result = intYaml11Tag.resolve(source, isExplicit, tagName);
		return result === NOT_RESOLVED ? intCoreTag.resolve(source, isExplicit, tagName) : result;
	}
}, {
	...floatYaml11Tag,
	resolve: (source, isExplicit, tagName) => {
		const result = floatYaml11Tag.resolve(source, isExplicit, tagName);
		return result === NOT_RESOLVED ? floatCoreTag.resolve(source, isExplicit, tagName) : result;
	}
});
//#endregion
//#region src/tag/mapping/real_map.ts
/**
* Recommended when non-string keys are actually needed. It uses native
* JavaScript `Map` objects, so keys keep their constructed types instead of
* being converted to strings.
*
* It is not the default to avoid widespread breaking changes in existing
* projects. `Map` has a different access API and does not pass deep equality
* checks against `{}`-based fixtures. Alongside the other changes in v5,
* making it the default was considered too disruptive.
*
* If these differences are acceptable for your project, we recommend using
* {@link realMapTag} to guarantee the absence of problems and side effects.
*
* @example
* Enable {@link realMapTag}:
*
* ```javascript
* import { load, CORE_SCHEMA, realMapTag } from 'js-yaml'
*
* try {
*   load(data, { schema: CORE_SCHEMA.withTags(realMapTag) })
* } catch (e) {
*   console.error(e)
* }
* ```
*
* @category Tags
*/
var realMapTag = defineMappingTag("tag:yaml.org,2002:map", {
	create: () => /* @__PURE__ */ new Map(),
	addPair: (container, key, value) => {
		container.set(key, value);
		return "";
	},
	has: (container, key) => container.has(key),
	keys: (container) => container.keys(),
	get: (container, key) => container.get(key),
	identify: (data) => data instanceof Map || isPlainObject(data),
	represent: (data) => {
		if (data instanceof Map) return data;
		const map = /* @__PURE__ */ new Map();
		const obj = data;
		for (const key of Object.keys(obj)) map.set(key, obj[key]);
		return map;
	}
});
//#endregion
//#region src/tag/mapping/legacy_map.ts
function normalizeKey(key) {
	if (Array.isArray(key)) {
		const array = Array.prototype.slice.call(key);
		for (let index = 0; index < array.length; index++) {
			if (Array.isArray(array[index])) return null;
			if (typeof array[index] === "object" && Object.prototype.toString.call(array[index]) === "[object Object]") array[index] = "[object Object]";
		}
		return String(array);
	}
	if (typeof key === "object" && Object.prototype.toString.call(key) === "[object Object]") return "[object Object]";
	return String(key);
}
/**
* This implementation exists solely to reproduce v4 behavior exactly. Its use
* is strongly discouraged. If complex or non-string keys are needed, use
* {@link realMapTag} instead.
*
* @category Tags
*/
var legacyMapTag = defineMappingTag("tag:yaml.org,2002:map", {
	create: () => ({}),
	identify: isPlainObject,
	represent: (o) => {
		const map = /* @__PURE__ */ new Map();
		for (const key of Object.keys(o)) map.set(key, o[key]);
		return map;
	},
	addPair: (container, key, value) => {
		const normalizedKey = normalizeKey(key);
		if (normalizedKey === null) return "nested arrays are not supported inside keys";
		if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
			value,
			enumerable: true,
			configurable: true,
			writable: true
		});
		else container[normalizedKey] = value;
		return "";
	},
	has: (container, key) => {
		const normalizedKey = normalizeKey(key);
		return normalizedKey !== null && Object.prototype.hasOwnProperty.call(container, normalizedKey);
	},
	keys: (container) => Object.keys(container),
	get: (container, key) => {
		const normalizedKey = String(key);
		if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
		return container[normalizedKey];
	}
});
//#endregion
//#region src/common/snippet.ts
var DEFAULT_SNIPPET_OPTIONS = {
	maxLength: 79,
	indent: 1,
	linesBefore: 3,
	linesAfter: 2
};
function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
	let head = "";
	let tail = "";
	const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
	if (position - lineStart > maxHalfLength) {
		head = " ... ";
		lineStart = position - maxHalfLength + head.length;
	}
	if (lineEnd - position > maxHalfLength) {
		tail = " ...";
		lineEnd = position + maxHalfLength - tail.length;
	}
	return {
		str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
		pos: position - lineStart + head.length
	};
}
function padStart(string, max) {
	return " ".repeat(Math.max(max - string.length, 0)) + string;
}
function makeSnippet(mark, options) {
	if (!mark.buffer) return null;
	const opts = {
		...DEFAULT_SNIPPET_OPTIONS,
		...options
	};
	const re = /\r?\n|\r|\0/g;
	const lineStarts = [0];
	const lineEnds = [];
	let match;
	let foundLineNo = -1;
	while (match = re.exec(mark.buffer)) {
		lineEnds.push(match.index);
		lineStarts.push(match.index + match[0].length);
		if (mark.position <= match.index && foundLineNo < 0) foundLineNo = lineStarts.length - 2;
	}
	if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
	let result = "";
	const lineNoLength = Math.min(mark.line + opts.linesAfter, lineEnds.length).toString().length;
	const maxLineLength = opts.maxLength - (opts.indent + lineNoLength + 3);
	for (let i = 1; i <= opts.linesBefore; i++) {
		if (foundLineNo - i < 0) break;
		const line = getLine(mark.buffer, lineStarts[foundLineNo - i], lineEnds[foundLineNo - i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]), maxLineLength);
		result = `${" ".repeat(opts.indent)}${padStart((mark.line - i + 1).toString(), lineNoLength)} | ${line.str}\n${result}`;
	}
	const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
	result += `${" ".repeat(opts.indent)}${padStart((mark.line + 1).toString(), lineNoLength)} | ${line.str}\n`;
	result += `${"-".repeat(opts.indent + lineNoLength + 3 + line.pos)}^\n`;
	for (let i = 1; i <= opts.linesAfter; i++) {
		if (foundLineNo + i >= lineEnds.length) break;
		const line = getLine(mark.buffer, lineStarts[foundLineNo + i], lineEnds[foundLineNo + i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]), maxLineLength);
		result += `${" ".repeat(opts.indent)}${padStart((mark.line + i + 1).toString(), lineNoLength)} | ${line.str}\n`;
	}
	return result.replace(/\n$/, "");
}
//#endregion
//#region src/common/exception.ts
function formatError(exception, compact) {
	let where = "";
	if (!exception.mark) return exception.reason;
	if (exception.mark.name) where += `in "${exception.mark.name}" `;
	where += `(${exception.mark.line + 1}:${exception.mark.column + 1})`;
	if (!compact && exception.mark.snippet) where += `\n\n${exception.mark.snippet}`;
	return `${exception.reason} ${where}`;
}
/**
* A YAML error. Unlike an ordinary `Error`, it adds a source snippet showing
* the location of the problem to the error message, when available.
*
* @category Main
*/
var YAMLException = class YAMLException extends Error {
	reason;
	mark;
	/**
	* Optional `mark` contains source snippet data. Usually, use
	* {@link YAMLException.throwAt} instead of passing it directly.
	*/
	constructor(reason, mark) {
		super();
		this.name = "YAMLException";
		this.reason = reason;
		this.mark = mark;
		this.message = formatError(this, false);
		if (Error.captureStackTrace) Error.captureStackTrace(this, this.constructor);
	}
	/**
	* Returns the formatted error, omitting the source snippet in compact mode.
	*/
	toString(compact) {
		return `${this.name}: ${formatError(this, compact)}`;
	}
	/**
	* Builds a YAMLException with a source snippet and throws it. `source` is
	* the raw input text; `position` is an offset into it.
	*/
	static throwAt(source, position, message, filename = "") {
		let line = 0;
		let lineStart = 0;
		for (let index = 0; index < position; index++) {
			const ch = source.charCodeAt(index);
			if (ch === 10) {
				line++;
				lineStart = index + 1;
			} else if (ch === 13) {
				line++;
				if (source.charCodeAt(index + 1) === 10) index++;
				lineStart = index + 1;
			}
		}
		const mark = {
			name: filename,
			buffer: source,
			position,
			line,
			column: position - lineStart
		};
		mark.snippet = makeSnippet(mark);
		throw new YAMLException(message, mark);
	}
};
//#endregion
//#region src/parser/events.ts
/** @category Events */
var EVENT_ID = {
	DOCUMENT: 1,
	SEQUENCE: 2,
	MAPPING: 3,
	SCALAR: 4,
	ALIAS: 5,
	POP: 6
};
/** @category Nodes */
var SCALAR_STYLE = {
	PLAIN: 1,
	SINGLE_QUOTED: 2,
	DOUBLE_QUOTED: 3,
	LITERAL_BLOCK: 4,
	FOLDED_BLOCK: 5
};
/** @category Nodes */
var COLLECTION_STYLE = {
	BLOCK: 1,
	FLOW: 2
};
/** @category Nodes */
var CHOMPING_MODE = {
	CLIP: 1,
	STRIP: 2,
	KEEP: 3
};
//#endregion
//#region src/parser/parser_scalar.ts
var NO_RANGE$3 = -1;
function simpleEscapeSequence(c) {
	switch (c) {
		case 48: return "\0";
		case 97: return "\x07";
		case 98: return "\b";
		case 116: return "	";
		case 9: return "	";
		case 110: return "\n";
		case 118: return "\v";
		case 102: return "\f";
		case 114: return "\r";
		case 101: return "\x1B";
		case 32: return " ";
		case 34: return "\"";
		case 47: return "/";
		case 92: return "\\";
		case 78: return "\u0085";
		case 95: return "\xA0";
		case 76: return "\u2028";
		case 80: return "\u2029";
		default: return "";
	}
}
var simpleEscapeCheck = new Array(256);
var simpleEscapeMap = new Array(256);
for (let i = 0; i < 256; i++) {
	simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
	simpleEscapeMap[i] = simpleEscapeSequence(i);
}
function charFromCodepoint(c) {
	if (c <= 65535) return String.fromCharCode(c);
	return String.fromCharCode((c - 65536 >> 10) + 55296, (c - 65536 & 1023) + 56320);
}
function fromHexCode$1(c) {
	if (c >= 48 && c <= 57) return c - 48;
	return (c | 32) - 97 + 10;
}
function escapedHexLen$1(c) {
	if (c === 120) return 2;
	if (c === 117) return 4;
	return 8;
}
function skipFoldedBreaks(input, position, end) {
	let breaks = 0;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 10) {
			breaks++;
			position++;
		} else if (ch === 13) {
			breaks++;
			position++;
			if (input.charCodeAt(position) === 10) position++;
		} else if (ch === 32 || ch === 9) position++;
		else break;
	}
	return {
		position,
		breaks
	};
}
function foldedBreaks(count) {
	if (count === 1) return " ";
	return "\n".repeat(count - 1);
}
function getPlainValue(input, start, end) {
	let result = "";
	let position = start;
	let captureStart = start;
	let captureEnd = start;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 10 || ch === 13) {
			result += input.slice(captureStart, captureEnd);
			const fold = skipFoldedBreaks(input, position, end);
			result += foldedBreaks(fold.breaks);
			position = captureStart = captureEnd = fold.position;
		} else {
			position++;
			if (ch !== 32 && ch !== 9) captureEnd = position;
		}
	}
	return result + input.slice(captureStart, captureEnd);
}
function getSingleQuotedValue(input, start, end) {
	let result = "";
	let position = start;
	let captureStart = start;
	let captureEnd = start;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 39) {
			result += input.slice(captureStart, position) + "'";
			position += 2;
			captureStart = captureEnd = position;
		} else if (ch === 10 || ch === 13) {
			result += input.slice(captureStart, captureEnd);
			const fold = skipFoldedBreaks(input, position, end);
			result += foldedBreaks(fold.breaks);
			position = captureStart = captureEnd = fold.position;
		} else {
			position++;
			if (ch !== 32 && ch !== 9) captureEnd = position;
		}
	}
	return result + input.slice(captureStart, end);
}
function getDoubleQuotedValue(input, start, end) {
	let result = "";
	let position = start;
	let captureStart = start;
	let captureEnd = start;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 92) {
			result += input.slice(captureStart, position);
			position++;
			const escaped = input.charCodeAt(position);
			if (escaped === 10 || escaped === 13) position = skipFoldedBreaks(input, position, end).position;
			else if (escaped < 256 && simpleEscapeCheck[escaped]) {
				result += simpleEscapeMap[escaped];
				position++;
			} else {
				let hexLength = escapedHexLen$1(escaped);
				let hexResult = 0;
				for (; hexLength > 0; hexLength--) {
					position++;
					const digit = fromHexCode$1(input.charCodeAt(position));
					hexResult = (hexResult << 4) + digit;
				}
				result += charFromCodepoint(hexResult);
				position++;
			}
			captureStart = captureEnd = position;
		} else if (ch === 10 || ch === 13) {
			result += input.slice(captureStart, captureEnd);
			const fold = skipFoldedBreaks(input, position, end);
			result += foldedBreaks(fold.breaks);
			position = captureStart = captureEnd = fold.position;
		} else {
			position++;
			if (ch !== 32 && ch !== 9) captureEnd = position;
		}
	}
	return result + input.slice(captureStart, end);
}
function getBlockValue(input, start, end, indent, chomping, folded) {
	const textIndent = indent < 0 ? 0 : indent;
	const region = input.slice(start, end).replace(/\r\n?/g, "\n");
	const lines = region === "" ? [] : (region.endsWith("\n") ? region.slice(0, -1) : region).split("\n");
	let result = "";
	let didReadContent = false;
	let emptyLines = 0;
	let atMoreIndented = false;
	for (const line of lines) {
		let column = 0;
		while (column < textIndent && line.charCodeAt(column) === 32) column++;
		if (indent < 0 || column >= line.length) {
			emptyLines++;
			continue;
		}
		const content = line.slice(textIndent);
		const first = content.charCodeAt(0);
		if (folded) {
			if (first === 32 || first === 9) {
				atMoreIndented = true;
				result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
			} else if (atMoreIndented) {
				atMoreIndented = false;
				result += "\n".repeat(emptyLines + 1);
			} else if (emptyLines === 0) {
				if (didReadContent) result += " ";
			} else result += "\n".repeat(emptyLines);
		} else result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
		result += content;
		didReadContent = true;
		emptyLines = 0;
	}
	if (chomping === CHOMPING_MODE.KEEP) result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
	else if (chomping !== CHOMPING_MODE.STRIP) {
		if (didReadContent) result += "\n";
	}
	return result;
}
/**
* Decodes the scalar referenced by event offsets in `input`.
*
* @category Events
*/
function getScalarValue(input, scalar) {
	if (scalar.valueStart === NO_RANGE$3) return "";
	const { valueStart, valueEnd } = scalar;
	if (scalar.fast) return input.slice(valueStart, valueEnd);
	switch (scalar.style) {
		case SCALAR_STYLE.SINGLE_QUOTED: return getSingleQuotedValue(input, valueStart, valueEnd);
		case SCALAR_STYLE.DOUBLE_QUOTED: return getDoubleQuotedValue(input, valueStart, valueEnd);
		case SCALAR_STYLE.LITERAL_BLOCK: return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, false);
		case SCALAR_STYLE.FOLDED_BLOCK: return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, true);
		default: return getPlainValue(input, valueStart, valueEnd);
	}
}
//#endregion
//#region src/common/tagname.ts
var DEFAULT_TAG_HANDLERS = Object.assign(Object.create(null), {
	"!": "!",
	"!!": "tag:yaml.org,2002:"
});
var TAG_SUFFIX_CHARS = "-#;/?:@&=+$_.~*'()";
var TAG_URI_CHARS = TAG_SUFFIX_CHARS + "!,[]";
var HEX = "0123456789ABCDEF";
function percentByte(byte) {
	return "%" + HEX[byte >> 4] + HEX[byte & 15];
}
function tagPercentEncode(source, isSuffix) {
	const allowed = isSuffix ? TAG_SUFFIX_CHARS : TAG_URI_CHARS;
	let result = "";
	for (let index = 0; index < source.length; index++) {
		let ch = source.charCodeAt(index);
		if (ch >= 48 && ch <= 57 || ch >= 65 && ch <= 90 || ch >= 97 && ch <= 122 || allowed.includes(source[index])) {
			result += source[index];
			continue;
		}
		if (ch >= 55296 && ch <= 56319) ch = 65536 + ((ch & 1023) << 10) + (source.charCodeAt(++index) & 1023);
		if (ch < 128) result += percentByte(ch);
		else if (ch < 2048) result += percentByte(192 | ch >> 6) + percentByte(128 | ch & 63);
		else if (ch < 65536) result += percentByte(224 | ch >> 12) + percentByte(128 | ch >> 6 & 63) + percentByte(128 | ch & 63);
		else result += percentByte(240 | ch >> 18) + percentByte(128 | ch >> 12 & 63) + percentByte(128 | ch >> 6 & 63) + percentByte(128 | ch & 63);
	}
	return result;
}
function tagPercentDecode(source) {
	let result = "";
	let index = 0;
	while (index < source.length) {
		if (source.charCodeAt(index) !== 37) {
			result += source[index++];
			continue;
		}
		let ch = parseInt(source.slice(index + 1, index + 3), 16);
		index += 3;
		if (ch >= 192) {
			let remaining = ch < 224 ? 1 : ch < 240 ? 2 : 3;
			ch &= (1 << 6 - remaining) - 1;
			while (remaining-- > 0) {
				ch = ch << 6 | parseInt(source.slice(index + 1, index + 3), 16) & 63;
				index += 3;
			}
		}
		if (ch < 65536) result += String.fromCharCode(ch);
		else {
			ch -= 65536;
			result += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
		}
	}
	return result;
}
function tagNameFull(rawTag, tagHandlers) {
	if (rawTag.startsWith("!<") && rawTag.endsWith(">")) return tagPercentDecode(rawTag.slice(2, -1));
	const handleEnd = rawTag.indexOf("!", 1);
	const handle = handleEnd === -1 ? "!" : rawTag.slice(0, handleEnd + 1);
	return tagPercentDecode(tagHandlers?.[handle] ?? DEFAULT_TAG_HANDLERS[handle] ?? handle) + tagPercentDecode(rawTag.slice(handle.length));
}
function tagNameShort(fullTag) {
	let tag = fullTag;
	if (tag.charCodeAt(0) === 33) {
		tag = tag.slice(1);
		return `!${tagPercentEncode(tag, true)}`;
	}
	if (tag.slice(0, 18) === "tag:yaml.org,2002:") return `!!${tagPercentEncode(tag.slice(18), true)}`;
	return `!<${tagPercentEncode(tag, false)}>`;
}
//#endregion
//#region src/parser/constructor.ts
var NO_RANGE$2 = -1;
var MERGE_TAG_NAME = "tag:yaml.org,2002:merge";
var DEFAULT_CONSTRUCTOR_OPTIONS = {
	filename: "",
	schema: CORE_SCHEMA,
	json: false,
	maxTotalMergeKeys: 1e4,
	maxAliases: -1
};
function eventPosition$1(event) {
	if ("tagStart" in event && event.tagStart !== NO_RANGE$2) return event.tagStart;
	if ("anchorStart" in event && event.anchorStart !== NO_RANGE$2) return event.anchorStart;
	if ("valueStart" in event && event.valueStart !== NO_RANGE$2) return event.valueStart;
	if ("start" in event) return event.start;
	return 0;
}
function throwError$1(state, message) {
	YAMLException.throwAt(state.source, state.position, message, state.filename);
}
function finalizeCollection(state, position, tag, carrier) {
	try {
		return tag.finalize(carrier);
	} catch (error) {
		if (error instanceof YAMLException) throw error;
		YAMLException.throwAt(state.source, position, error instanceof Error ? error.message : String(error), state.filename);
	}
}
function constructScalar(state, event) {
	const source = getScalarValue(state.source, event);
	const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
	const strTag = state.schema.defaultScalarTag;
	if (rawTag !== "") {
		if (rawTag === "!") return {
			value: source,
			tag: strTag
		};
		const tagName = tagNameFull(rawTag, state.tagHandlers);
		const scalarTag = state.schema.lookupScalarTag(tagName);
		if (scalarTag) {
			const result = scalarTag.resolve(source, true, tagName);
			if (result === NOT_RESOLVED) throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
			return {
				value: result,
				tag: scalarTag
			};
		}
		const collectionTagDef = state.schema.lookupMappingTag(tagName) ?? state.schema.lookupSequenceTag(tagName);
		if (collectionTagDef) {
			if (source !== "") throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
			const carrier = collectionTagDef.create(tagName);
			return {
				value: collectionTagDef.carrierIsResult ? carrier : finalizeCollection(state, state.position, collectionTagDef, carrier),
				tag: collectionTagDef
			};
		}
		throwError$1(state, `unknown scalar tag !<${tagName}>`);
	}
	if (event.style === SCALAR_STYLE.PLAIN) return state.schema.resolveImplicitScalarTag(source);
	return {
		value: strTag.resolve(source, false, strTag.tagName),
		tag: strTag
	};
}
function collectionTagName(state, event, defaultTagName) {
	const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
	return rawTag === "" || rawTag === "!" ? defaultTagName : tagNameFull(rawTag, state.tagHandlers);
}
function isMappingTag(tag) {
	return tag.nodeKind === "mapping";
}
function chargeMergeWork(state) {
	state.totalMergeKeys++;
	if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) throwError$1(state, `merge keys exceeded maxTotalMergeKeys (${state.maxTotalMergeKeys})`);
}
function mergeKeys(state, frame, source, sourceTag) {
	chargeMergeWork(state);
	for (const sourceKey of sourceTag.keys(source)) {
		chargeMergeWork(state);
		if (frame.tag.has(frame.value, sourceKey)) continue;
		const err = frame.tag.addPair(frame.value, sourceKey, sourceTag.get(source, sourceKey));
		if (err) throwError$1(state, err);
		frame.overridable ??= /* @__PURE__ */ new Set();
		frame.overridable.add(sourceKey);
	}
}
function mergeSource(state, frame, source, sourceTag) {
	state.position = frame.keyPosition;
	if (isMappingTag(sourceTag)) mergeKeys(state, frame, source, sourceTag);
	else if (sourceTag.nodeKind === "sequence" && Array.isArray(source)) {
		if (source.length > 100) throwError$1(state, "abnormal merge sequence size");
		for (const element of source) {
			const elementTag = state.nodeTags.get(element);
			if (!elementTag) throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
			mergeKeys(state, frame, element, elementTag);
		}
	} else throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
}
function addMappingValue(state, frame, key, value, tag) {
	state.position = frame.keyPosition;
	if (frame.keyIsMerge) {
		mergeSource(state, frame, value, tag);
		return;
	}
	if (!state.json && frame.tag.has(frame.value, key) && !frame.overridable?.has(key)) throwError$1(state, "duplicated mapping key");
	const err = frame.tag.addPair(frame.value, key, value);
	if (err) throwError$1(state, err);
	frame.overridable?.delete(key);
}
function addValue(state, value, tag) {
	const frame = state.frames[state.frames.length - 1];
	if (frame.kind === "document") {
		frame.value = value;
		frame.hasValue = true;
	} else if (frame.kind === "sequence") {
		if (isMappingTag(tag)) state.nodeTags.set(value, tag);
		const err = frame.tag.addItem(frame.value, value, frame.index++);
		if (err) throwError$1(state, err);
	} else if (frame.hasKey) {
		const key = frame.key;
		frame.key = void 0;
		frame.hasKey = false;
		addMappingValue(state, frame, key, value, tag);
	} else {
		frame.key = value;
		frame.keyPosition = state.position;
		frame.hasKey = true;
		frame.keyIsMerge = tag.tagName === MERGE_TAG_NAME;
	}
}
function storeAnchor(state, event, value, tag, isValueFinal) {
	if (event.anchorStart !== NO_RANGE$2) {
		const anchor = {
			value,
			tag,
			isValueFinal
		};
		state.anchors.set(state.source.slice(event.anchorStart, event.anchorEnd), anchor);
		return anchor;
	}
	return null;
}
/**
* Constructs JavaScript documents directly from parser events, without an
* intermediate AST.
*
* @category Events
*/
function constructFromEvents(events, options) {
	const state = {
		...DEFAULT_CONSTRUCTOR_OPTIONS,
		...options,
		events,
		documents: [],
		eventIndex: 0,
		position: 0,
		frames: [],
		anchors: /* @__PURE__ */ new Map(),
		nodeTags: /* @__PURE__ */ new Map(),
		tagHandlers: Object.create(null),
		totalMergeKeys: 0,
		aliasCount: 0
	};
	while (state.eventIndex < state.events.length) {
		const event = state.events[state.eventIndex++];
		state.position = eventPosition$1(event);
		switch (event.type) {
			case EVENT_ID.DOCUMENT:
				state.anchors = /* @__PURE__ */ new Map();
				state.nodeTags = /* @__PURE__ */ new Map();
				state.aliasCount = 0;
				state.tagHandlers = Object.create(null);
				for (const directive of event.directives) if (directive.kind === "tag") state.tagHandlers[directive.handle] = directive.prefix;
				state.frames.push({
					kind: "document",
					position: state.position,
					value: void 0,
					hasValue: false
				});
				break;
			case EVENT_ID.SCALAR: {
				const { value, tag } = constructScalar(state, event);
				storeAnchor(state, event, value, tag, true);
				addValue(state, value, tag);
				break;
			}
			case EVENT_ID.SEQUENCE: {
				const tagName = collectionTagName(state, event, "tag:yaml.org,2002:seq");
				const tag = state.schema.lookupSequenceTag(tagName);
				if (!tag) throwError$1(state, `unknown sequence tag !<${tagName}>`);
				const value = tag.create(tagName);
				const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
				state.frames.push({
					kind: "sequence",
					position: state.position,
					value,
					tag,
					anchor,
					index: 0
				});
				break;
			}
			case EVENT_ID.MAPPING: {
				const tagName = collectionTagName(state, event, "tag:yaml.org,2002:map");
				const tag = state.schema.lookupMappingTag(tagName);
				if (!tag) throwError$1(state, `unknown mapping tag !<${tagName}>`);
				const value = tag.create(tagName);
				const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
				state.frames.push({
					kind: "mapping",
					position: state.position,
					value,
					tag,
					anchor,
					key: void 0,
					keyPosition: state.position,
					hasKey: false,
					keyIsMerge: false,
					overridable: null
				});
				break;
			}
			case EVENT_ID.ALIAS: {
				if (state.maxAliases !== -1 && ++state.aliasCount > state.maxAliases) throwError$1(state, `aliases exceeded maxAliases (${state.maxAliases})`);
				const name = state.source.slice(event.anchorStart, event.anchorEnd);
				const anchor = state.anchors.get(name);
				if (!anchor) throwError$1(state, `unidentified alias "${name}"`);
				if (!anchor.isValueFinal) throwError$1(state, `recursive alias "${name}" is not supported for tag ${anchor.tag.tagName} because it uses finalize()`);
				addValue(state, anchor.value, anchor.tag);
				break;
			}
			case EVENT_ID.POP: {
				const frame = state.frames.pop();
				if (frame.kind === "mapping" && frame.hasKey) {
					state.position = frame.keyPosition;
					throwError$1(state, "incomplete mapping pair in event stream");
				}
				if (frame.kind === "document") state.documents.push(frame.value);
				else {
					const value = frame.tag.carrierIsResult ? frame.value : finalizeCollection(state, frame.position, frame.tag, frame.value);
					if (frame.anchor) {
						frame.anchor.value = value;
						frame.anchor.isValueFinal = true;
					}
					addValue(state, value, frame.tag);
				}
				break;
			}
		}
	}
	return state.documents;
}
//#endregion
//#region src/parser/parser.ts
var NO_RANGE$1 = -1;
var HAS_OWN = Object.prototype.hasOwnProperty;
var CONTEXT_FLOW_IN = 1;
var CONTEXT_FLOW_OUT = 2;
var CONTEXT_BLOCK_IN = 3;
var CONTEXT_BLOCK_OUT = 4;
var PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
var PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
var PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
var NS_URI_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$,_.!~*'()\[\]])`;
var NS_TAG_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$.~*'()_])`;
var PATTERN_TAG_URI = new RegExp(`^(?:${NS_URI_CHAR})*$`);
var PATTERN_TAG_SUFFIX = new RegExp(`^(?:${NS_TAG_CHAR})+$`);
var PATTERN_TAG_PREFIX = new RegExp(`^(?:!(?:${NS_URI_CHAR})*|${NS_TAG_CHAR}(?:${NS_URI_CHAR})*)$`);
var DEFAULT_PARSER_OPTIONS = {
	filename: "",
	maxDepth: 100
};
function addDocumentEvent(state, explicitStart, explicitEnd) {
	state.events.push({
		type: EVENT_ID.DOCUMENT,
		explicitStart,
		explicitEnd,
		directives: state.directives
	});
}
function addSequenceEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
	state.events.push({
		type: EVENT_ID.SEQUENCE,
		start,
		anchorStart,
		anchorEnd,
		tagStart,
		tagEnd,
		style
	});
}
function addMappingEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
	state.events.push({
		type: EVENT_ID.MAPPING,
		start,
		anchorStart,
		anchorEnd,
		tagStart,
		tagEnd,
		style
	});
}
function insertFlowPairMappingEvent(state, snapshot) {
	state.events.splice(snapshot.eventsLength, 0, {
		type: EVENT_ID.MAPPING,
		start: snapshot.position,
		anchorStart: NO_RANGE$1,
		anchorEnd: NO_RANGE$1,
		tagStart: NO_RANGE$1,
		tagEnd: NO_RANGE$1,
		style: COLLECTION_STYLE.FLOW
	});
}
function addScalarEvent(state, valueStart, valueEnd, anchorStart, anchorEnd, tagStart, tagEnd, style, chomping = CHOMPING_MODE.CLIP, indent = -1, fast = false) {
	state.events.push({
		type: EVENT_ID.SCALAR,
		valueStart,
		valueEnd,
		anchorStart,
		anchorEnd,
		tagStart,
		tagEnd,
		style,
		chomping,
		indent,
		fast
	});
}
function addAliasEvent(state, anchorStart, anchorEnd) {
	state.events.push({
		type: EVENT_ID.ALIAS,
		anchorStart,
		anchorEnd
	});
}
function addPopEvent(state) {
	state.events.push({ type: EVENT_ID.POP });
}
function addEmptyScalarEvent(state) {
	addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, SCALAR_STYLE.PLAIN);
}
function emptyProperties() {
	return {
		anchorStart: NO_RANGE$1,
		anchorEnd: NO_RANGE$1,
		tagStart: NO_RANGE$1,
		tagEnd: NO_RANGE$1
	};
}
function snapshotState(state) {
	return {
		position: state.position,
		line: state.line,
		lineStart: state.lineStart,
		lineIndent: state.lineIndent,
		firstTabInLine: state.firstTabInLine,
		eventsLength: state.events.length
	};
}
function restoreState(state, snapshot) {
	state.position = snapshot.position;
	state.line = snapshot.line;
	state.lineStart = snapshot.lineStart;
	state.lineIndent = snapshot.lineIndent;
	state.firstTabInLine = snapshot.firstTabInLine;
	state.events.length = snapshot.eventsLength;
}
function throwError(state, message) {
	YAMLException.throwAt(state.input.slice(0, state.length), state.position, message, state.filename);
}
function isEol(c) {
	return c === 10 || c === 13;
}
function isWhiteSpace(c) {
	return c === 9 || c === 32;
}
function isWsOrEol(c) {
	return isWhiteSpace(c) || isEol(c);
}
function isWsOrEolOrEnd(c) {
	return c === 0 || isWsOrEol(c);
}
function isFlowIndicator(c) {
	return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
function fromDecimalCode(c) {
	return c >= 48 && c <= 57 ? c - 48 : -1;
}
function fromHexCode(c) {
	if (c >= 48 && c <= 57) return c - 48;
	const lc = c | 32;
	if (lc >= 97 && lc <= 102) return lc - 97 + 10;
	return -1;
}
function escapedHexLen(c) {
	if (c === 120) return 2;
	if (c === 117) return 4;
	if (c === 85) return 8;
	return 0;
}
function isSimpleEscape(c) {
	return c === 48 || c === 97 || c === 98 || c === 116 || c === 9 || c === 110 || c === 118 || c === 102 || c === 114 || c === 101 || c === 32 || c === 34 || c === 47 || c === 92 || c === 78 || c === 95 || c === 76 || c === 80;
}
function consumeLineBreak(state) {
	if (state.input.charCodeAt(state.position) === 10) state.position++;
	else {
		state.position++;
		if (state.input.charCodeAt(state.position) === 10) state.position++;
	}
	state.line++;
	state.lineStart = state.position;
	state.lineIndent = 0;
	state.firstTabInLine = -1;
}
function skipSeparationSpace(state, allowComments) {
	let lineBreaks = 0;
	let ch = state.input.charCodeAt(state.position);
	let hasSeparation = state.position === state.lineStart || isWsOrEol(state.input.charCodeAt(state.position - 1));
	while (ch !== 0) {
		while (isWhiteSpace(ch)) {
			hasSeparation = true;
			if (ch === 9 && state.firstTabInLine === -1) state.firstTabInLine = state.position;
			ch = state.input.charCodeAt(++state.position);
		}
		if (allowComments && hasSeparation && ch === 35) do
			ch = state.input.charCodeAt(++state.position);
		while (!isEol(ch) && ch !== 0);
		if (!isEol(ch)) break;
		consumeLineBreak(state);
		lineBreaks++;
		hasSeparation = true;
		ch = state.input.charCodeAt(state.position);
		while (ch === 32) {
			state.lineIndent++;
			ch = state.input.charCodeAt(++state.position);
		}
	}
	return lineBreaks;
}
function testDocumentSeparator(state, position = state.position) {
	const ch = state.input.charCodeAt(position);
	if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(position + 1) && ch === state.input.charCodeAt(position + 2)) {
		const following = state.input.charCodeAt(position + 3);
		return following === 0 || isWsOrEol(following);
	}
	return false;
}
function skipByteOrderMark(state) {
	if (state.position === state.lineStart && state.input.charCodeAt(state.position) === 65279) {
		state.position++;
		state.lineStart = state.position;
	}
}
function testDocumentBoundary(state) {
	if (state.position !== state.lineStart) return false;
	if (testDocumentSeparator(state)) return true;
	if (state.input.charCodeAt(state.position) !== 65279) return false;
	const snapshot = snapshotState(state);
	skipByteOrderMark(state);
	skipSeparationSpace(state, true);
	const ch = state.input.charCodeAt(state.position);
	const result = state.position === state.lineStart && (ch === 37 || ch === 45 && testDocumentSeparator(state));
	restoreState(state, snapshot);
	return result;
}
function skipUntilLineEnd(state) {
	let ch = state.input.charCodeAt(state.position);
	while (ch !== 0 && !isEol(ch)) ch = state.input.charCodeAt(++state.position);
}
function checkPrintable(state, start, end) {
	const match = PATTERN_NON_PRINTABLE.exec(state.input.slice(start, end));
	if (match !== null) {
		state.position = start + match.index + match[0].length - 1;
		throwError(state, "the stream contains non-printable characters");
	}
}
function readTagProperty(state, props, inFlow) {
	if (state.input.charCodeAt(state.position) !== 33) return false;
	if (props.tagStart !== NO_RANGE$1) throwError(state, "duplication of a tag property");
	const start = state.position;
	let isVerbatim = false;
	let isNamed = false;
	let tagHandle = "!";
	let ch = state.input.charCodeAt(++state.position);
	if (ch === 60) {
		isVerbatim = true;
		ch = state.input.charCodeAt(++state.position);
	} else if (ch === 33) {
		isNamed = true;
		tagHandle = "!!";
		ch = state.input.charCodeAt(++state.position);
	}
	let suffixStart = state.position;
	let tagName;
	if (isVerbatim) {
		while (ch !== 0 && ch !== 62) ch = state.input.charCodeAt(++state.position);
		if (ch !== 62) throwError(state, "unexpected end of the stream within a verbatim tag");
		tagName = state.input.slice(suffixStart, state.position);
		state.position++;
	} else {
		while (ch !== 0 && !isWsOrEol(ch) && !(inFlow && isFlowIndicator(ch))) {
			if (ch === 33) {
				if (!isNamed) {
					tagHandle = state.input.slice(suffixStart - 1, state.position + 1);
					if (!PATTERN_TAG_HANDLE.test(tagHandle)) throwError(state, "named tag handle cannot contain such characters");
					isNamed = true;
					suffixStart = state.position + 1;
				} else throwError(state, "tag suffix cannot contain exclamation marks");
			}
			ch = state.input.charCodeAt(++state.position);
		}
		tagName = state.input.slice(suffixStart, state.position);
		if (PATTERN_FLOW_INDICATORS.test(tagName)) throwError(state, "tag suffix cannot contain flow indicator characters");
	}
	if (tagName && !(isVerbatim ? PATTERN_TAG_URI.test(tagName) : PATTERN_TAG_SUFFIX.test(tagName))) throwError(state, `tag name cannot contain such characters: ${tagName}`);
	if (!isVerbatim && tagHandle !== "!" && tagHandle !== "!!" && !HAS_OWN.call(state.tagHandlers, tagHandle)) throwError(state, `undeclared tag handle "${tagHandle}"`);
	props.tagStart = start;
	props.tagEnd = state.position;
	return true;
}
function readAnchorProperty(state, props) {
	if (state.input.charCodeAt(state.position) !== 38) return false;
	if (props.anchorStart !== NO_RANGE$1) throwError(state, "duplication of an anchor property");
	state.position++;
	const start = state.position;
	while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
	if (state.position === start) throwError(state, "name of an anchor node must contain at least one character");
	props.anchorStart = start;
	props.anchorEnd = state.position;
	return true;
}
function readAlias(state, props) {
	if (state.input.charCodeAt(state.position) !== 42) return false;
	if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) throwError(state, "alias node should not have any properties");
	state.position++;
	const start = state.position;
	while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
	if (state.position === start) throwError(state, "name of an alias node must contain at least one character");
	addAliasEvent(state, start, state.position);
	return true;
}
function readFlowScalarBreak(state, nodeIndent) {
	skipSeparationSpace(state, false);
	if (state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readSingleQuotedScalar(state, nodeIndent, props) {
	if (state.input.charCodeAt(state.position) !== 39) return false;
	state.position++;
	const start = state.position;
	let simple = true;
	while (state.input.charCodeAt(state.position) !== 0) {
		const ch = state.input.charCodeAt(state.position);
		if (ch === 39) {
			if (state.input.charCodeAt(state.position + 1) === 39) {
				simple = false;
				state.position += 2;
				continue;
			}
			const end = state.position;
			state.position++;
			addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.SINGLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
			return true;
		}
		if (isEol(ch)) {
			simple = false;
			readFlowScalarBreak(state, nodeIndent);
		} else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a single quoted scalar");
		else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
		else state.position++;
	}
	throwError(state, "unexpected end of the stream within a single quoted scalar");
}
function readDoubleQuotedScalar(state, nodeIndent, props) {
	if (state.input.charCodeAt(state.position) !== 34) return false;
	state.position++;
	const start = state.position;
	let simple = true;
	while (state.input.charCodeAt(state.position) !== 0) {
		const ch = state.input.charCodeAt(state.position);
		if (ch === 34) {
			const end = state.position;
			state.position++;
			addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.DOUBLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
			return true;
		}
		if (ch === 92) {
			simple = false;
			const escaped = state.input.charCodeAt(++state.position);
			if (isEol(escaped)) readFlowScalarBreak(state, nodeIndent);
			else if (isSimpleEscape(escaped)) state.position++;
			else {
				let hexLength = escapedHexLen(escaped);
				if (hexLength === 0) throwError(state, "unknown escape sequence");
				while (hexLength-- > 0) {
					state.position++;
					if (fromHexCode(state.input.charCodeAt(state.position)) < 0) throwError(state, "expected hexadecimal character");
				}
				state.position++;
			}
		} else if (isEol(ch)) {
			simple = false;
			readFlowScalarBreak(state, nodeIndent);
		} else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a double quoted scalar");
		else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
		else state.position++;
	}
	throwError(state, "unexpected end of the stream within a double quoted scalar");
}
function readBlockScalar(state, parentIndent, props) {
	const ch = state.input.charCodeAt(state.position);
	let chomping = CHOMPING_MODE.CLIP;
	let indent = -1;
	let detectedIndent = false;
	if (ch !== 124 && ch !== 62) return false;
	const style = ch === 124 ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
	state.position++;
	while (state.input.charCodeAt(state.position) !== 0) {
		const current = state.input.charCodeAt(state.position);
		const digit = fromDecimalCode(current);
		if (current === 43 || current === 45) {
			if (chomping !== CHOMPING_MODE.CLIP) throwError(state, "repeat of a chomping mode identifier");
			chomping = current === 43 ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP;
			state.position++;
		} else if (digit >= 0) {
			if (digit === 0) throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
			if (detectedIndent) throwError(state, "repeat of an indentation width identifier");
			indent = parentIndent + digit - 1;
			detectedIndent = true;
			state.position++;
		} else break;
	}
	let hadWhitespace = false;
	while (isWhiteSpace(state.input.charCodeAt(state.position))) {
		hadWhitespace = true;
		state.position++;
	}
	if (hadWhitespace && state.input.charCodeAt(state.position) === 35) skipUntilLineEnd(state);
	if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
	else if (state.input.charCodeAt(state.position) !== 0) throwError(state, "a line break is expected");
	let contentIndent = detectedIndent ? indent : -1;
	let maxLeadingIndent = 0;
	const valueStart = state.position;
	let valueEnd = state.position;
	while (state.input.charCodeAt(state.position) !== 0) {
		const linePosition = state.position;
		let column = 0;
		while (state.input.charCodeAt(linePosition + column) === 32) column++;
		const first = state.input.charCodeAt(linePosition + column);
		if (first === 0) {
			if (contentIndent >= 0) {
				if (column > contentIndent) valueEnd = linePosition + column;
			} else if (column > 0) valueEnd = linePosition + column;
			break;
		}
		if (testDocumentBoundary(state)) break;
		if (!detectedIndent && contentIndent === -1 && isEol(first)) maxLeadingIndent = Math.max(maxLeadingIndent, column);
		if (!detectedIndent && contentIndent === -1 && !isEol(first)) {
			if (first === 9 && column < parentIndent) {
				state.position = linePosition + column;
				throwError(state, "tab characters must not be used in indentation");
			}
			if (column >= parentIndent && column < maxLeadingIndent) {
				state.position = linePosition + column;
				throwError(state, "bad indentation of a mapping entry");
			}
		}
		if (contentIndent === -1 && first !== 0 && !isEol(first) && column < parentIndent) {
			state.lineIndent = column;
			state.position = linePosition + column;
			break;
		}
		if (!detectedIndent && first !== 0 && !isEol(first) && contentIndent === -1) contentIndent = column;
		const requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
		if (first !== 0 && !isEol(first) && column < requiredIndent) {
			state.lineIndent = column;
			state.position = linePosition + column;
			break;
		}
		skipUntilLineEnd(state);
		valueEnd = state.position;
		if (isEol(state.input.charCodeAt(state.position))) {
			consumeLineBreak(state);
			valueEnd = state.position;
		}
	}
	checkPrintable(state, valueStart, valueEnd);
	addScalarEvent(state, valueStart, valueEnd, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, style, chomping, contentIndent);
	return true;
}
function canStartPlainScalar(state, nodeContext) {
	const ch = state.input.charCodeAt(state.position);
	const inFlow = nodeContext === CONTEXT_FLOW_IN;
	if (ch === 0 || isWsOrEol(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96 || isFlowIndicator(ch)) return false;
	if (ch === 63 || ch === 45) {
		const following = state.input.charCodeAt(state.position + 1);
		if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) return false;
	}
	return true;
}
function readPlainScalar(state, nodeIndent, nodeContext, props) {
	if (!canStartPlainScalar(state, nodeContext)) return false;
	const start = state.position;
	let end = state.position;
	let ch = state.input.charCodeAt(state.position);
	const inFlow = nodeContext === CONTEXT_FLOW_IN;
	let multiline = false;
	while (ch !== 0) {
		if (testDocumentBoundary(state)) break;
		if (ch === 58) {
			const following = state.input.charCodeAt(state.position + 1);
			if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) break;
		} else if (ch === 35) {
			if (isWsOrEol(state.input.charCodeAt(state.position - 1))) break;
		} else if (inFlow && isFlowIndicator(ch)) break;
		else if (isEol(ch)) {
			const savedPosition = state.position;
			const savedLine = state.line;
			const savedLineStart = state.lineStart;
			const savedLineIndent = state.lineIndent;
			skipSeparationSpace(state, false);
			if (state.lineIndent >= nodeIndent) {
				multiline = true;
				ch = state.input.charCodeAt(state.position);
				continue;
			}
			state.position = savedPosition;
			state.line = savedLine;
			state.lineStart = savedLineStart;
			state.lineIndent = savedLineIndent;
			break;
		}
		if (!isWhiteSpace(ch)) end = state.position + 1;
		ch = state.input.charCodeAt(++state.position);
	}
	if (end === start) return false;
	checkPrintable(state, start, end);
	addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN, CHOMPING_MODE.CLIP, -1, !multiline);
	return true;
}
function skipFlowSeparationSpace(state, nodeIndent) {
	const startLine = state.line;
	skipSeparationSpace(state, true);
	if (state.line > startLine && state.lineIndent < nodeIndent || state.firstTabInLine !== -1 && state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readFlowCollection(state, nodeIndent, props) {
	const ch = state.input.charCodeAt(state.position);
	const isMapping = ch === 123;
	const start = state.position;
	let readNext = true;
	if (ch !== 91 && ch !== 123) return false;
	const terminator = isMapping ? 125 : 93;
	if (isMapping) addMappingEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
	else addSequenceEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
	state.position++;
	while (state.input.charCodeAt(state.position) !== 0) {
		skipFlowSeparationSpace(state, nodeIndent);
		let ch = state.input.charCodeAt(state.position);
		if (ch === terminator) {
			state.position++;
			addPopEvent(state);
			return true;
		} else if (!readNext) throwError(state, "missed comma between flow collection entries");
		else if (ch === 44) throwError(state, "expected the node content, but found ','");
		let isPair = false;
		let isExplicitPair = false;
		if (ch === 63 && isWsOrEol(state.input.charCodeAt(state.position + 1))) {
			isPair = isExplicitPair = true;
			state.position += 1;
			skipFlowSeparationSpace(state, nodeIndent);
		}
		const entryLine = state.line;
		const entryStart = snapshotState(state);
		const keyWasRead = parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
		skipFlowSeparationSpace(state, nodeIndent);
		ch = state.input.charCodeAt(state.position);
		if ((isMapping || isExplicitPair || state.line === entryLine) && ch === 58) {
			isPair = true;
			state.position++;
			skipFlowSeparationSpace(state, nodeIndent);
			if (!isMapping) {
				insertFlowPairMappingEvent(state, entryStart);
				if (!keyWasRead) addEmptyScalarEvent(state);
			} else if (!keyWasRead) addEmptyScalarEvent(state);
			if (!parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true)) addEmptyScalarEvent(state);
			skipFlowSeparationSpace(state, nodeIndent);
			if (!isMapping) addPopEvent(state);
		} else if (isMapping && isPair) {
			if (!keyWasRead) addEmptyScalarEvent(state);
			addEmptyScalarEvent(state);
		} else if (isMapping) addEmptyScalarEvent(state);
		else if (isPair) {
			insertFlowPairMappingEvent(state, entryStart);
			if (!keyWasRead) addEmptyScalarEvent(state);
			addEmptyScalarEvent(state);
			addPopEvent(state);
		}
		ch = state.input.charCodeAt(state.position);
		if (ch === 44) {
			readNext = true;
			state.position++;
		} else readNext = false;
	}
	throwError(state, "unexpected end of the stream within a flow collection");
}
function readBlockSequence(state, nodeIndent, props) {
	if (state.firstTabInLine !== -1 || state.input.charCodeAt(state.position) !== 45 || !isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) return false;
	addSequenceEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
	while (state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) {
		if (state.firstTabInLine !== -1) {
			state.position = state.firstTabInLine;
			throwError(state, "tab characters must not be used in indentation");
		}
		const entryLine = state.line;
		state.position++;
		const hadBreak = skipSeparationSpace(state, true) > 0;
		if (state.firstTabInLine !== -1 && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
		if (hadBreak && state.lineIndent <= nodeIndent) addEmptyScalarEvent(state);
		else parseNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
		skipSeparationSpace(state, true);
		if (state.lineIndent < nodeIndent || state.position >= state.length) break;
		if (state.lineIndent > nodeIndent) throwError(state, "bad indentation of a sequence entry");
		if (state.line === entryLine && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
	}
	addPopEvent(state);
	return true;
}
function readBlockMapping(state, nodeIndent, flowIndent, props) {
	let atExplicitKey = false;
	let detected = false;
	let mappingOpened = false;
	let pendingExplicitKey = false;
	if (state.firstTabInLine !== -1) return false;
	let ch = state.input.charCodeAt(state.position);
	while (ch !== 0) {
		if (!atExplicitKey && state.firstTabInLine !== -1) {
			state.position = state.firstTabInLine;
			throwError(state, "tab characters must not be used in indentation");
		}
		const following = state.input.charCodeAt(state.position + 1);
		const entryLine = state.line;
		if ((ch === 63 || ch === 58) && isWsOrEolOrEnd(following)) {
			if (!mappingOpened) {
				addMappingEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
				mappingOpened = true;
			}
			if (ch === 63) {
				if (atExplicitKey) addEmptyScalarEvent(state);
				detected = true;
				atExplicitKey = true;
			} else if (atExplicitKey) atExplicitKey = false;
			else {
				addEmptyScalarEvent(state);
				detected = true;
				atExplicitKey = false;
			}
			state.position += 1;
			pendingExplicitKey = true;
		} else {
			if (atExplicitKey) {
				addEmptyScalarEvent(state);
				atExplicitKey = false;
			}
			const beforeKey = snapshotState(state);
			if (!parseNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) break;
			if (state.line === entryLine) {
				ch = state.input.charCodeAt(state.position);
				while (isWhiteSpace(ch)) ch = state.input.charCodeAt(++state.position);
				if (ch === 58) {
					ch = state.input.charCodeAt(++state.position);
					if (!isWsOrEolOrEnd(ch)) throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
					if (!mappingOpened) {
						state.events.splice(beforeKey.eventsLength, 0, {
							type: EVENT_ID.MAPPING,
							start: beforeKey.position,
							anchorStart: props.anchorStart,
							anchorEnd: props.anchorEnd,
							tagStart: props.tagStart,
							tagEnd: props.tagEnd,
							style: COLLECTION_STYLE.BLOCK
						});
						mappingOpened = true;
					}
					detected = true;
					atExplicitKey = false;
					pendingExplicitKey = false;
				} else if (detected) throwError(state, "expected ':' after a mapping key");
				else {
					if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
						restoreState(state, beforeKey);
						return false;
					}
					return true;
				}
			} else if (detected) throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
			else {
				if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
					restoreState(state, beforeKey);
					return false;
				}
				return true;
			}
		}
		if (parseNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, pendingExplicitKey)) pendingExplicitKey = false;
		if (!atExplicitKey) {
			if (pendingExplicitKey) {
				addEmptyScalarEvent(state);
				pendingExplicitKey = false;
			}
		}
		skipSeparationSpace(state, true);
		ch = state.input.charCodeAt(state.position);
		if ((state.line === entryLine || state.lineIndent > nodeIndent) && ch !== 0) throwError(state, "bad indentation of a mapping entry");
		else if (state.lineIndent < nodeIndent) break;
	}
	if (!detected) return false;
	if (atExplicitKey) addEmptyScalarEvent(state);
	if (mappingOpened) addPopEvent(state);
	return true;
}
function parseNode(state, parentIndent, nodeContext, allowToSeek, allowCompact, allowPropertyMapping = true) {
	if (state.depth >= state.maxDepth) throwError(state, `nesting exceeded maxDepth (${state.maxDepth})`);
	state.depth++;
	let indentStatus = 1;
	let atNewLine = false;
	let hasContent = false;
	let propertyStart = null;
	const props = emptyProperties();
	let allowBlockScalars = nodeContext === CONTEXT_BLOCK_OUT || nodeContext === CONTEXT_BLOCK_IN;
	let allowBlockCollections = allowBlockScalars;
	const allowBlockStyles = allowBlockScalars;
	if (allowToSeek && skipSeparationSpace(state, true)) {
		atNewLine = true;
		if (state.lineIndent > parentIndent) indentStatus = 1;
		else if (state.lineIndent === parentIndent) indentStatus = 0;
		else indentStatus = -1;
	}
	if (indentStatus === 1) while (true) {
		const ch = state.input.charCodeAt(state.position);
		const propertyState = snapshotState(state);
		if (atNewLine && indentStatus !== 1 && (ch === 33 || ch === 38)) break;
		if (atNewLine && allowBlockStyles && (props.tagStart !== NO_RANGE$1 || props.anchorStart !== NO_RANGE$1) && (ch === 33 || ch === 38)) {
			const fallbackState = snapshotState(state);
			const flowIndent = parentIndent + 1;
			if (readBlockMapping(state, state.position - state.lineStart, flowIndent, props) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) {
				state.depth--;
				return true;
			}
			restoreState(state, fallbackState);
		}
		if (atNewLine && (ch === 33 && props.tagStart !== NO_RANGE$1 || ch === 38 && props.anchorStart !== NO_RANGE$1)) break;
		if (!readTagProperty(state, props, nodeContext === CONTEXT_FLOW_IN) && !readAnchorProperty(state, props)) break;
		if (propertyStart === null) propertyStart = propertyState;
		if (skipSeparationSpace(state, true)) {
			atNewLine = true;
			allowBlockCollections = allowBlockStyles;
			if (state.lineIndent > parentIndent) indentStatus = 1;
			else if (state.lineIndent === parentIndent) indentStatus = 0;
			else indentStatus = -1;
		} else allowBlockCollections = false;
	}
	if (allowBlockCollections) allowBlockCollections = atNewLine || allowCompact;
	if (indentStatus === 1 || nodeContext === CONTEXT_BLOCK_OUT) {
		const flowIndent = nodeContext === CONTEXT_FLOW_IN || nodeContext === CONTEXT_FLOW_OUT ? parentIndent : parentIndent + 1;
		const blockIndent = state.position - state.lineStart;
		if (indentStatus === 1) {
			if (allowBlockCollections && (readBlockSequence(state, blockIndent, props) || readBlockMapping(state, blockIndent, flowIndent, props)) || readFlowCollection(state, flowIndent, props)) hasContent = true;
			else {
				const ch = state.input.charCodeAt(state.position);
				if (propertyStart !== null && allowPropertyMapping && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62) {
					const fallbackState = snapshotState(state);
					const propertyIndent = propertyStart.position - propertyStart.lineStart;
					restoreState(state, propertyStart);
					if (readBlockMapping(state, propertyIndent, flowIndent, emptyProperties()) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) hasContent = true;
					else restoreState(state, fallbackState);
				}
				if (!hasContent && (allowBlockScalars && readBlockScalar(state, flowIndent, props) || readSingleQuotedScalar(state, flowIndent, props) || readDoubleQuotedScalar(state, flowIndent, props) || readAlias(state, props) || readPlainScalar(state, flowIndent, nodeContext, props))) hasContent = true;
			}
		} else if (indentStatus === 0) hasContent = allowBlockCollections && readBlockSequence(state, blockIndent, props);
	}
	allowBlockScalars = allowBlockScalars && !hasContent;
	if (!hasContent && (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1 || allowBlockScalars)) {
		addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN);
		hasContent = true;
	}
	state.depth--;
	return hasContent || props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1;
}
function readDirective(state) {
	if (state.lineIndent > 0 || state.input.charCodeAt(state.position) !== 37) return false;
	state.position++;
	const nameStart = state.position;
	while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
	const name = state.input.slice(nameStart, state.position);
	const args = [];
	if (name.length === 0) throwError(state, "directive name must not be less than one character in length");
	while (state.input.charCodeAt(state.position) !== 0 && !isEol(state.input.charCodeAt(state.position))) {
		while (isWhiteSpace(state.input.charCodeAt(state.position))) state.position++;
		if (state.input.charCodeAt(state.position) === 35 || isEol(state.input.charCodeAt(state.position)) || state.input.charCodeAt(state.position) === 0) break;
		const start = state.position;
		while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
		args.push(state.input.slice(start, state.position));
	}
	if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
	if (name === "YAML") {
		if (state.directives.some((directive) => directive.kind === "yaml")) throwError(state, "duplication of %YAML directive");
		if (args.length !== 1) throwError(state, "YAML directive accepts exactly one argument");
		const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
		if (match === null) throwError(state, "ill-formed argument of the YAML directive");
		if (parseInt(match[1], 10) !== 1) throwError(state, "unacceptable YAML version of the document");
		state.directives.push({
			kind: "yaml",
			version: args[0]
		});
	} else if (name === "TAG") {
		if (args.length !== 2) throwError(state, "TAG directive accepts exactly two arguments");
		const [handle, prefix] = args;
		if (!PATTERN_TAG_HANDLE.test(handle)) throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
		if (HAS_OWN.call(state.tagHandlers, handle)) throwError(state, `there is a previously declared suffix for "${handle}" tag handle`);
		if (!PATTERN_TAG_PREFIX.test(prefix)) throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
		state.tagHandlers[handle] = prefix;
		state.directives.push({
			kind: "tag",
			handle,
			prefix
		});
	}
	return true;
}
function readDocument(state) {
	state.directives = [];
	state.tagHandlers = Object.create(null);
	let hasDirectives = false;
	skipSeparationSpace(state, true);
	while (readDirective(state)) {
		hasDirectives = true;
		skipSeparationSpace(state, true);
	}
	let explicitStart = false;
	let explicitEnd = false;
	let allowCompact = true;
	if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 3))) {
		explicitStart = true;
		const markerLine = state.line;
		state.position += 3;
		skipSeparationSpace(state, true);
		allowCompact = state.line > markerLine;
	} else if (hasDirectives) throwError(state, "directives end mark is expected");
	const documentEventIndex = state.events.length;
	if (!explicitStart && state.position === state.lineStart && state.input.charCodeAt(state.position) === 46 && testDocumentSeparator(state)) {
		state.position += 3;
		skipSeparationSpace(state, true);
		return;
	}
	addDocumentEvent(state, explicitStart, false);
	if (!parseNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, allowCompact, allowCompact)) addEmptyScalarEvent(state);
	skipSeparationSpace(state, true);
	if (state.position === state.lineStart && testDocumentSeparator(state)) {
		explicitEnd = state.input.charCodeAt(state.position) === 46;
		if (explicitEnd) {
			const markerLine = state.line;
			state.position += 3;
			skipSeparationSpace(state, true);
			if (state.line === markerLine && state.position < state.length) throwError(state, "end of the stream or a document separator is expected");
		}
	}
	const documentEvent = state.events[documentEventIndex];
	if (documentEvent?.type === EVENT_ID.DOCUMENT) documentEvent.explicitEnd = explicitEnd;
	addPopEvent(state);
	if (!explicitEnd && state.position < state.length && !testDocumentBoundary(state)) throwError(state, "end of the stream or a document separator is expected");
}
/**
* Parses YAML into a flat event stream referencing source text by offsets.
*
* @category Events
*/
function parseEvents(input, options) {
	const length = input.length;
	const state = {
		...DEFAULT_PARSER_OPTIONS,
		...options,
		input: `${input}\0`,
		length,
		position: 0,
		line: 0,
		lineStart: 0,
		lineIndent: 0,
		firstTabInLine: -1,
		depth: 0,
		directives: [],
		tagHandlers: Object.create(null),
		events: []
	};
	const nullpos = input.indexOf("\0");
	if (nullpos !== -1) YAMLException.throwAt(input, nullpos, "null byte is not allowed in input", state.filename);
	while (state.position < state.length) {
		skipByteOrderMark(state);
		skipSeparationSpace(state, true);
		if (state.position >= state.length) break;
		const documentStart = state.position;
		readDocument(state);
		if (state.position === documentStart)
 /* c8 ignore next */
		throwError(state, "can not read a document");
	}
	return state.events;
}
//#endregion
//#region src/load.ts
var DEFAULT_LOAD_OPTIONS = {
	...DEFAULT_PARSER_OPTIONS,
	...DEFAULT_CONSTRUCTOR_OPTIONS
};
function loadDocuments(input, options = {}) {
	const opts = {
		...DEFAULT_LOAD_OPTIONS,
		...options
	};
	const source = String(input);
	const PARSER_OPT_KEYS = Object.keys(DEFAULT_PARSER_OPTIONS);
	const CONSTRUCTOR_OPT_KEYS = Object.keys(DEFAULT_CONSTRUCTOR_OPTIONS);
	return constructFromEvents(parseEvents(source, pick(opts, PARSER_OPT_KEYS)), {
		...pick(opts, CONSTRUCTOR_OPT_KEYS),
		source
	});
}
function loadAll(input, iteratorOrOptions, options) {
	let iterator = null;
	if (typeof iteratorOrOptions === "function") iterator = iteratorOrOptions;
	else if (iteratorOrOptions !== null && typeof iteratorOrOptions === "object") options = iteratorOrOptions;
	const documents = loadDocuments(input, options);
	if (iterator === null) return documents;
	for (const document of documents) iterator(document);
}
/**
* Parses `string` as a single YAML document. Throws {@link YAMLException} on
* error. This function does not understand multi-document or empty sources; it
* throws an exception on those.
*
* > [!NOTE]
* > 1. When processing untrusted input, see the
* >    [security considerations](../docs/safety.md).
* > 2. All exceptions MUST be caught, not just {@link YAMLException}.
* > 3. The default {@link CORE_SCHEMA} comes without the `!!merge` tag. You can
* >    easily enable it if needed.
* > 4. The default {@link mapTag} is `{}`-object based, with known limitations
* >    (see description). For full compatibility use {@link realMapTag}
* >    instead (it uses native JS `Map`).
*
* @example
* Enable {@link mergeTag} and {@link realMapTag}:
*
* ```javascript
* import { load, CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
*
* try {
*   load(data, { schema: CORE_SCHEMA.withTags(mergeTag, realMapTag) })
* } catch (e) {
*   console.error(e)
* }
* ```
*
* @category Main
*/
function load(input, options) {
	const documents = loadDocuments(input, options);
	if (documents.length === 0) throw new YAMLException("expected a document, but the input is empty");
	if (documents.length === 1) return documents[0];
	throw new YAMLException("expected a single document in the stream, but found more");
}
//#endregion
//#region src/ast/from_js.ts
var INVALID = Symbol("INVALID");
function buildRepresentTypes(schema) {
	const defaultTags = new Set([
		schema.defaultScalarTag,
		schema.defaultSequenceTag,
		schema.defaultMappingTag
	].filter((t) => t !== void 0));
	const implicitScalars = schema.implicitScalarTags;
	const explicitTags = schema.tags.filter((t) => !(t.nodeKind === "scalar" && t.implicit) && !defaultTags.has(t));
	const defaultTagsLast = schema.tags.filter((t) => defaultTags.has(t));
	return [
		...implicitScalars.map((tag) => ({
			tag,
			implicitTag: true
		})),
		...explicitTags.map((tag) => ({
			tag,
			implicitTag: false
		})),
		...defaultTagsLast.map((tag) => ({
			tag,
			implicitTag: true
		}))
	];
}
function matchTag(state, object) {
	for (let index = 0, length = state.representTypes.length; index < length; index += 1) {
		const { tag, implicitTag } = state.representTypes[index];
		if (tag.identify(object)) {
			let tagName;
			if (tag.matchByTagPrefix) tagName = tag.representTagName(object);
			else tagName = tag.tagName;
			return {
				tag,
				tagName,
				implicitTag
			};
		}
	}
	return null;
}
function build(state, object) {
	if (!state.noRefs && object !== null && typeof object === "object") {
		const existing = state.refs.get(object);
		if (existing) {
			if (existing.anchor === void 0) existing.anchor = `ref_${state.refCounter++}`;
			return {
				kind: "alias",
				anchor: existing.anchor
			};
		}
	}
	const matched = matchTag(state, object);
	if (!matched) {
		if (object === void 0) return INVALID;
		if (state.skipInvalid) return INVALID;
		throw new YAMLException(`unacceptable kind of an object to dump ${Object.prototype.toString.call(object)}`);
	}
	const { tag, tagName, implicitTag } = matched;
	const nodeTagName = implicitTag ? tagName : tagNameShort(tagName);
	if (tag.nodeKind === "scalar") return {
		kind: "scalar",
		tag: nodeTagName,
		tagged: !implicitTag,
		style: SCALAR_STYLE.PLAIN,
		value: tag.represent(object)
	};
	if (tag.nodeKind === "sequence") {
		const container = tag.represent(object);
		const node = {
			kind: "sequence",
			tag: nodeTagName,
			tagged: !implicitTag,
			style: COLLECTION_STYLE.BLOCK,
			items: []
		};
		if (!state.noRefs) state.refs.set(object, node);
		for (let index = 0, length = container.length; index < length; index += 1) {
			let item = build(state, container[index]);
			if (item === INVALID && container[index] === void 0) item = build(state, null);
			if (item === INVALID) continue;
			node.items.push(item);
		}
		return node;
	}
	const map = tag.represent(object);
	const node = {
		kind: "mapping",
		tag: nodeTagName,
		tagged: !implicitTag,
		style: COLLECTION_STYLE.BLOCK,
		items: []
	};
	if (!state.noRefs) state.refs.set(object, node);
	for (const [objectKey, objectValue] of map) {
		const key = build(state, objectKey);
		if (key === INVALID) continue;
		const value = build(state, objectValue);
		if (value === INVALID) continue;
		node.items.push({
			key,
			value
		});
	}
	return node;
}
/**
* Convert JS object to AST. A JS value is one YAML document. An unrepresentable
* root becomes an empty document, which the presenter renders as an empty
* string.
*
* @category AST
*/
function jsToAst(input, schema, options = {}) {
	const root = build({
		representTypes: buildRepresentTypes(schema),
		noRefs: options.noRefs ?? false,
		skipInvalid: options.skipInvalid ?? false,
		refs: /* @__PURE__ */ new Map(),
		refCounter: 0
	}, input);
	return [{
		contents: root === INVALID ? null : root,
		directives: []
	}];
}
//#endregion
//#region src/ast/visit.ts
/**
* Return from a visitor to stop the whole traversal.
*
* @category AST
*/
var VISIT_BREAK = Symbol("visit:break");
/**
* Return from a visitor to skip the current node's children.
*
* @category AST
*/
var VISIT_SKIP = Symbol("visit:skip");
function visitNode(node, visitor, ctx) {
	const control = visitor(node, ctx);
	if (control === VISIT_BREAK) return true;
	if (control === VISIT_SKIP) return false;
	const depth = ctx.depth + 1;
	switch (node.kind) {
		case "sequence":
			for (const item of node.items) if (visitNode(item, visitor, {
				depth,
				parent: node,
				isKey: false
			})) return true;
			break;
		case "mapping": for (const { key, value } of node.items) {
			if (visitNode(key, visitor, {
				depth,
				parent: node,
				isKey: true
			})) return true;
			if (visitNode(value, visitor, {
				depth,
				parent: node,
				isKey: false
			})) return true;
		}
	}
	return false;
}
/**
* Walk every node in the documents, calling {@link Visitor} once per
* node (pre-order).
*
* @category AST
*/
function visit(documents, visitor) {
	for (const doc of documents) if (doc.contents && visitNode(doc.contents, visitor, {
		depth: 0,
		parent: null,
		isKey: false
	})) return;
}
//#endregion
//#region src/ast/styler_defaults.ts
function hasBit(mask, bit) {
	return (mask & 1 << bit) !== 0;
}
/**
* Default scalar styling rules in application order.
* See [Scalar styling](../../docs/scalar_styling.md) for usage details.
*
* @category AST
*/
var DEFAULT_SCALAR_STYLE_RULES = {
	applyQuoteFlowKeysOption,
	doubleQuoteForInvisibles,
	doubleQuoteWhitespaceOnly,
	applyForceQuotesOption,
	tryLongOrMultilineAsBlock,
	quoteInvalidPlain,
	fallbackToDoubleQuoted
};
function _preferredQuotedStyle(layout) {
	if (layout.presenterOptions.quoteStyle === "single" && hasBit(layout.allowedStylesMask, SCALAR_STYLE.SINGLE_QUOTED)) return SCALAR_STYLE.SINGLE_QUOTED;
	return SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyQuoteFlowKeysOption(layout) {
	if (!layout.presenterOptions.quoteFlowKeys) return;
	if (!layout.isKey || !layout.flowOnly || layout.style !== SCALAR_STYLE.PLAIN) return;
	layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteForInvisibles(layout) {
	if (layout.style === SCALAR_STYLE.PLAIN && /[\t\x7F-\xA0\u2028\u2029\uFEFF\uFFFE\uFFFF]/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteWhitespaceOnly(layout) {
	if (layout.style === SCALAR_STYLE.PLAIN && /^\s+$/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyForceQuotesOption(layout) {
	if (!layout.presenterOptions.forceQuotes) return;
	if (layout.isKey || layout.style !== SCALAR_STYLE.PLAIN) return;
	if (layout.node.tag !== layout.presenterOptions.schema.defaultScalarTag.tagName) return;
	layout.style = layout.node.value.includes("\n") ? SCALAR_STYLE.DOUBLE_QUOTED : _preferredQuotedStyle(layout);
}
function tryLongOrMultilineAsBlock(layout) {
	if (layout.style !== SCALAR_STYLE.PLAIN || layout.isKey) return;
	const value = layout.node.value;
	const multiline = value.indexOf("\n") !== -1;
	if (!hasBit(layout.allowedStylesMask, SCALAR_STYLE.LITERAL_BLOCK)) {
		if (multiline) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
		return;
	}
	const w = layout.presenterOptions.lineWidth;
	if (w === -1) {
		if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
		return;
	}
	const availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
	let position = 0;
	let shouldFold = false;
	while (position <= value.length) {
		let lineEnd = value.length;
		const nextLineBreak = value.indexOf("\n", position);
		if (nextLineBreak !== -1) lineEnd = nextLineBreak;
		const line = value.slice(position, lineEnd);
		if (line.length > availableWidth && line[0] !== " " && / [^ \t]/.test(line)) shouldFold = true;
		if (nextLineBreak === -1) break;
		position = nextLineBreak + 1;
	}
	if (shouldFold) layout.style = SCALAR_STYLE.FOLDED_BLOCK;
	else if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
}
function quoteInvalidPlain(layout) {
	if (layout.style === SCALAR_STYLE.PLAIN && !hasBit(layout.allowedStylesMask, SCALAR_STYLE.PLAIN)) layout.style = _preferredQuotedStyle(layout);
}
function fallbackToDoubleQuoted(layout) {
	if (!hasBit(layout.allowedStylesMask, layout.style)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
//#endregion
//#region src/ast/scalar_styler.ts
function setBit(mask, bit) {
	return mask | 1 << bit;
}
var SRC_C_PRINTABLE = "[\\x09\\x0A\\x0D\\x20-\\x7E\\x85\\xA0-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]";
var SRC_B_CHAR = "[\\n\\r]";
var SRC_C_BYTE_ORDER_MARK = "\\uFEFF";
var SRC_S_WHITE = "[ \\t]";
var SRC_NB_CHAR = `(?:(?!(?:${SRC_B_CHAR}|${SRC_C_BYTE_ORDER_MARK}))${SRC_C_PRINTABLE})`;
var SRC_NS_CHAR = `(?:(?!${SRC_S_WHITE})${SRC_NB_CHAR})`;
var SRC_NB_JSON = "[\\x09\\x20-\\uD7FF\\uE000-\\uFFFF\\u{10000}-\\u{10FFFF}]";
var SRC_C_INDICATOR = "[-?:,\\[\\]{}#&*!|>'\"%@`]";
var SRC_C_FLOW_INDICATOR = "[,\\[\\]{}]";
var SRC_NS_PLAIN_SAFE_FLOW_OUT = SRC_NS_CHAR;
var SRC_NS_PLAIN_SAFE_FLOW_IN = `(?:(?!${SRC_C_FLOW_INDICATOR})${SRC_NS_CHAR})`;
var SRC_NS_PLAIN_FIRST_FLOW_OUT = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))`;
var SRC_NS_PLAIN_FIRST_FLOW_IN = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))`;
var SRC_NS_PLAIN_CHAR_FLOW_OUT = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_OUT})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))#*`;
var SRC_NS_PLAIN_CHAR_FLOW_IN = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_IN})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))#*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_OUT})*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_IN})*`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_OUT = `${SRC_NS_PLAIN_FIRST_FLOW_OUT}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_IN = `${SRC_NS_PLAIN_FIRST_FLOW_IN}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_OUT;
var SRC_NS_PLAIN_ONE_LINE_FLOW_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_IN;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_OUT}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_IN}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT = `${SRC_NS_PLAIN_ONE_LINE_FLOW_OUT}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT})*`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_IN = `${SRC_NS_PLAIN_ONE_LINE_FLOW_IN}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN})*`;
var NS_PLAIN_FLOW_OUT = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT})$`, "u");
var NS_PLAIN_FLOW_IN = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_IN})$`, "u");
var NS_PLAIN_BLOCK_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY})$`, "u");
var NS_PLAIN_FLOW_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_FLOW_KEY})$`, "u");
var NB_SINGLE_ONE_LINE = new RegExp(`^(?:${SRC_NB_JSON})*$`, "u");
var NB_SINGLE_MULTI_LINE = new RegExp(`^(?:${SRC_NB_JSON}|\\n)*$`, "u");
var BLOCK_SCALAR_CONTENT = new RegExp(`^(?:${SRC_NB_CHAR}|\\n)*$`, "u");
var C_FORBIDDEN_FIRST_LINE = /^(?:---|\.\.\.)(?=$|[ \t\n\r])/;
var C_FORBIDDEN_CONTENT = /^(?:---|\.\.\.)(?=$|[ \t\n\r])/m;
function canUsePlain(layout) {
	const str = layout.node.value;
	if (str !== "") {
		if (!(layout.isKey ? layout.flowOnly ? NS_PLAIN_FLOW_KEY : NS_PLAIN_BLOCK_KEY : layout.flowOnly ? NS_PLAIN_FLOW_IN : NS_PLAIN_FLOW_OUT).test(str)) return false;
		if (layout.shiftOfFirstLine === 0 && C_FORBIDDEN_FIRST_LINE.test(str)) return false;
		if (layout.shiftOfContent === 0) {
			const firstLineBreak = str.indexOf("\n");
			if (firstLineBreak !== -1) {
				const content = str.slice(firstLineBreak + 1);
				if (C_FORBIDDEN_CONTENT.test(content)) return false;
			}
		}
	}
	const resolvedTag = layout.presenterOptions.schema.resolveImplicitScalarTag(str).tag.tagName;
	if (!layout.node.tagged && resolvedTag !== layout.node.tag) return false;
	if (!layout.node.tagged && str === "=" && resolvedTag === layout.presenterOptions.schema.defaultScalarTag.tagName) return false;
	return true;
}
function canUseSingleQuoted(layout) {
	const str = layout.node.value;
	if (!(layout.isKey ? NB_SINGLE_ONE_LINE : NB_SINGLE_MULTI_LINE).test(str)) return false;
	if (/[ \t]\n|\n[ \t]/.test(str)) return false;
	if (!layout.isKey && layout.shiftOfContent === 0) {
		const firstLineBreak = str.indexOf("\n");
		if (firstLineBreak !== -1 && C_FORBIDDEN_CONTENT.test(str.slice(firstLineBreak + 1))) return false;
	}
	return true;
}
function canUseBlock(layout) {
	if (layout.flowOnly || !BLOCK_SCALAR_CONTENT.test(layout.node.value)) return false;
	const contentIndent = layout.shiftOfContent - layout.shiftOfParent;
	if (contentIndent < 1) return false;
	if (contentIndent > 9 && /^\n* /.test(layout.node.value)) return false;
	if (layout.shiftOfContent === 0 && C_FORBIDDEN_CONTENT.test(layout.node.value)) return false;
	return true;
}
function detectAllowedStyles(layout) {
	let mask = setBit(0, SCALAR_STYLE.DOUBLE_QUOTED);
	if (canUsePlain(layout)) mask = setBit(mask, SCALAR_STYLE.PLAIN);
	if (canUseSingleQuoted(layout)) mask = setBit(mask, SCALAR_STYLE.SINGLE_QUOTED);
	if (canUseBlock(layout)) mask = setBit(setBit(mask, SCALAR_STYLE.LITERAL_BLOCK), SCALAR_STYLE.FOLDED_BLOCK);
	layout.allowedStylesMask = mask;
}
function renderScalar(layout) {
	switch (layout.style) {
		case SCALAR_STYLE.PLAIN: return renderPlain(layout);
		case SCALAR_STYLE.SINGLE_QUOTED: return renderSingleQuoted(layout);
		case SCALAR_STYLE.LITERAL_BLOCK: return renderLiteralBlock(layout);
		case SCALAR_STYLE.FOLDED_BLOCK: return renderFoldedBlock(layout);
		case SCALAR_STYLE.DOUBLE_QUOTED: return renderDoubleQuoted(layout);
	}
}
function renderPlain(layout) {
	return encodeFlowBreaks(layout.node.value, layout.shiftOfContent);
}
function renderSingleQuoted(layout) {
	return `'${encodeFlowBreaks(layout.node.value, layout.shiftOfContent).replace(/'/g, "''")}'`;
}
function renderLiteralBlock(layout) {
	const value = layout.node.value;
	return "|" + blockHeader(value, layout.shiftOfParent, layout.shiftOfContent) + dropEndingNewline(indentString(value, layout.shiftOfContent));
}
function renderFoldedBlock(layout) {
	const value = layout.node.value;
	const w = layout.presenterOptions.lineWidth;
	let availableWidth = Infinity;
	if (w !== -1) availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
	return ">" + blockHeader(value, layout.shiftOfParent, layout.shiftOfContent) + dropEndingNewline(indentString(foldBlockScalar(value, availableWidth), layout.shiftOfContent));
}
function renderDoubleQuoted(layout) {
	return `"${escapeString(layout.node.value)}"`;
}
function encodeFlowBreaks(string, shiftOfContent) {
	let nextLF = string.indexOf("\n");
	if (nextLF === -1) return string;
	const pad = " ".repeat(shiftOfContent);
	let result = string.slice(0, nextLF);
	const lineRe = /(\n+)([^\n]*)/g;
	lineRe.lastIndex = nextLF;
	let match;
	while (match = lineRe.exec(string)) {
		const breaks = match[1].length;
		const line = match[2];
		result += "\n".repeat(breaks + 1) + pad + line;
	}
	return result;
}
function indentString(string, spaces) {
	const indent = " ".repeat(spaces);
	let position = 0;
	let result = "";
	const length = string.length;
	while (position < length) {
		let line;
		const next = string.indexOf("\n", position);
		if (next === -1) {
			line = string.slice(position);
			position = length;
		} else {
			line = string.slice(position, next + 1);
			position = next + 1;
		}
		if (line.length && line !== "\n") result += indent;
		result += line;
	}
	return result;
}
function needIndentIndicator(string) {
	return /^\n* /.test(string);
}
function blockHeader(string, shiftOfParent, shiftOfContent) {
	const indentIndicator = needIndentIndicator(string) ? String(shiftOfContent - shiftOfParent) : "";
	const clip = string[string.length - 1] === "\n";
	return `${indentIndicator}${clip && (string[string.length - 2] === "\n" || string === "\n") ? "+" : clip ? "" : "-"}\n`;
}
function dropEndingNewline(string) {
	return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
}
function isMoreIndented(char) {
	return char === " " || char === "	";
}
function foldLine(line, width) {
	if (line === "" || isMoreIndented(line[0])) return line;
	const breakRe = / [^ \t]/g;
	let match;
	let start = 0;
	let end;
	let curr = 0;
	let next = 0;
	let result = "";
	while (match = breakRe.exec(line)) {
		next = match.index;
		if (next - start > width) {
			end = curr > start ? curr : next;
			result += `\n${line.slice(start, end)}`;
			start = end + 1;
		}
		curr = next;
	}
	result += "\n";
	if (line.length - start > width && curr > start) result += `${line.slice(start, curr)}\n${line.slice(curr + 1)}`;
	else result += line.slice(start);
	return result.slice(1);
}
function foldBlockScalar(string, width) {
	const lineRe = /(\n+)([^\n]*)/g;
	let nextLF = string.indexOf("\n");
	if (nextLF === -1) nextLF = string.length;
	lineRe.lastIndex = nextLF;
	let result = foldLine(string.slice(0, nextLF), width);
	let prevMoreIndented = string[0] === "\n" || isMoreIndented(string[0]);
	let moreIndented;
	let match;
	while (match = lineRe.exec(string)) {
		const prefix = match[1];
		const line = match[2];
		moreIndented = line !== "" && isMoreIndented(line[0]);
		result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
		prevMoreIndented = moreIndented;
	}
	return result;
}
var CHARACTERS_TO_ESCAPE = /["\\\x00-\x1F\x7F-\xA0\u2028\u2029\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]/gu;
function escapeCharacter(character) {
	switch (character) {
		case "\0": return "\\0";
		case "\x07": return "\\a";
		case "\b": return "\\b";
		case "	": return "\\t";
		case "\n": return "\\n";
		case "\v": return "\\v";
		case "\f": return "\\f";
		case "\r": return "\\r";
		case "\x1B": return "\\e";
		case "\"": return "\\\"";
		case "\\": return "\\\\";
		case "\u0085": return "\\N";
		case "\xA0": return "\\_";
		case "\u2028": return "\\L";
		case "\u2029": return "\\P";
	}
	const code = character.charCodeAt(0);
	const hex = code.toString(16).toUpperCase();
	if (code <= 255) return `\\x${"0".repeat(2 - hex.length)}${hex}`;
	return `\\u${"0".repeat(4 - hex.length)}${hex}`;
}
function escapeString(string) {
	return string.replace(CHARACTERS_TO_ESCAPE, escapeCharacter);
}
//#endregion
//#region src/ast/presenter.ts
var CHAR_LINE_FEED = 10;
var DEFAULT_PRESENTER_OPTIONS = {
	indent: 2,
	seqNoIndent: false,
	seqInlineFirst: true,
	lineWidth: 80,
	flowBracketPadding: false,
	flowSkipCommaSpace: false,
	flowSkipColonSpace: false,
	quoteFlowKeys: false,
	quoteStyle: "single",
	forceQuotes: false,
	scalarStyleRules: Object.keys(DEFAULT_SCALAR_STYLE_RULES).map((name) => Reflect.get(DEFAULT_SCALAR_STYLE_RULES, name)),
	tagBeforeAnchor: false
};
function nodeTagShort(node) {
	return node.tagged ? node.tag : tagNameShort(node.tag);
}
function createPresenterState(options) {
	const opts = {
		...DEFAULT_PRESENTER_OPTIONS,
		...options
	};
	if (opts.flowSkipColonSpace) opts.quoteFlowKeys = true;
	return {
		...opts,
		defaultScalarTagName: opts.schema.defaultScalarTag.tagName,
		openEnded: false
	};
}
function generateNextLine(state, level) {
	return `\n${" ".repeat(state.indent * level)}`;
}
function scalarLayout(state, node, parent, level, isKey, flowOnly) {
	return {
		node,
		parent,
		level,
		isKey,
		flowOnly,
		shiftOfParent: level === 0 ? -1 : state.indent * (level - 1),
		shiftOfContent: state.indent * Math.max(1, level),
		shiftOfFirstLine: level === 0 ? 0 : state.indent * level,
		presenterOptions: state,
		allowedStylesMask: 0,
		style: node.style
	};
}
function writeFlowSequence(state, level, node) {
	let result = "";
	for (let index = 0, length = node.items.length; index < length; index += 1) {
		const item = writeNode(state, level, node.items[index], node, {}).text;
		if (index > 0) result += `,${!state.flowSkipCommaSpace ? " " : ""}`;
		result += item;
	}
	const pad = state.flowBracketPadding && node.items.length > 0 ? " " : "";
	return `[${pad}${result}${pad}]`;
}
function writeBlockSequence(state, level, node, compact) {
	let result = "";
	for (let index = 0, length = node.items.length; index < length; index += 1) {
		const item = writeNode(state, level + 1, node.items[index], node, {
			block: true,
			compact: state.seqInlineFirst,
			isblockseq: true
		}).text;
		if (!compact || result !== "") result += generateNextLine(state, level);
		if (item === "" || CHAR_LINE_FEED === item.charCodeAt(0)) result += "-";
		else result += "- ";
		result += item;
	}
	return result;
}
function writeFlowMapping(state, level, node) {
	let result = "";
	for (const { key, value } of node.items) {
		let pairBuffer = "";
		if (result !== "") pairBuffer += `,${!state.flowSkipCommaSpace ? " " : ""}`;
		const keyRender = writeNode(state, level, key, node, { iskey: true });
		const keyText = keyRender.text;
		const valueText = writeNode(state, level, value, node, {}).text;
		const sep = state.flowSkipColonSpace || valueText === "" ? "" : " ";
		const keyIsBareProps = key.kind === "scalar" && keyRender.noBody && (key.tagged || key.anchor !== void 0);
		const keyColonSep = key.kind === "alias" || keyIsBareProps ? " " : "";
		pairBuffer += `${keyText}${keyColonSep}:${sep}${valueText}`;
		result += pairBuffer;
	}
	const pad = state.flowBracketPadding && result !== "" ? " " : "";
	return `{${pad}${result}${pad}}`;
}
function writeBlockMapping(state, level, node, compact) {
	let result = "";
	for (let index = 0, length = node.items.length; index < length; index += 1) {
		let pairBuffer = "";
		if (!compact || result !== "") pairBuffer += generateNextLine(state, level);
		const { key, value } = node.items[index];
		const keyIsBlock = (key.kind === "mapping" || key.kind === "sequence") && key.style === COLLECTION_STYLE.BLOCK && key.items.length !== 0 || key.kind === "scalar" && (key.style === SCALAR_STYLE.LITERAL_BLOCK || key.style === SCALAR_STYLE.FOLDED_BLOCK);
		const keyRender = keyIsBlock ? writeNode(state, level + 1, key, node, {
			block: true,
			compact: true,
			isblockseq: !cannotBeCompact(state, key, level + 1)
		}) : writeNode(state, level + 1, key, node, {
			block: true,
			compact: true,
			iskey: true
		});
		const keyText = keyRender.text;
		const keyHasLineBreak = key.kind === "scalar" && key.value.indexOf("\n") !== -1;
		const keyIsTooLong = keyText.length > 1024 && /^[\s\S]{1025}/u.test(keyText);
		const explicitPair = keyIsBlock || keyHasLineBreak || keyIsTooLong;
		if (explicitPair) {
			if (keyText && CHAR_LINE_FEED === keyText.charCodeAt(0)) pairBuffer += "?";
			else pairBuffer += "? ";
		}
		pairBuffer += keyText;
		if (explicitPair) pairBuffer += generateNextLine(state, level);
		const valueText = writeNode(state, level + 1, value, node, {
			block: true,
			compact: explicitPair,
			isblockseq: explicitPair && !cannotBeCompact(state, value, level + 1)
		}).text;
		const keyIsBareProps = key.kind === "scalar" && keyRender.noBody && (key.tagged || key.anchor !== void 0);
		const keyColonSep = !explicitPair && (key.kind === "alias" || keyIsBareProps) ? " " : "";
		if (valueText === "" || CHAR_LINE_FEED === valueText.charCodeAt(0)) pairBuffer += `${keyColonSep}:`;
		else pairBuffer += `${keyColonSep}: `;
		pairBuffer += valueText;
		result += pairBuffer;
	}
	return result;
}
function cannotBeCompact(state, node, level) {
	if (node.kind === "alias") return true;
	return node.tagged || node.anchor !== void 0 || state.indent < 2 && level > 0;
}
function writeNode(state, level, node, parent, ctx) {
	if (node.kind === "alias") {
		state.openEnded = false;
		return {
			text: `*${node.anchor}`,
			noBody: false
		};
	}
	const { block = false, iskey = false, isblockseq = false } = ctx;
	let compact = ctx.compact ?? false;
	const hasAnchor = node.anchor !== void 0;
	if (cannotBeCompact(state, node, level)) compact = false;
	let body;
	let shouldPrintTag = node.tagged;
	const useBlockCollection = block && (node.kind === "mapping" || node.kind === "sequence") && node.style === COLLECTION_STYLE.BLOCK && node.items.length !== 0;
	if (node.kind === "mapping") {
		if (useBlockCollection) body = writeBlockMapping(state, level, node, compact);
		else body = writeFlowMapping(state, level, node);
	} else if (node.kind === "sequence") {
		if (useBlockCollection) {
			if (state.seqNoIndent && !isblockseq && level > 0) body = writeBlockSequence(state, level - 1, node, compact);
			else body = writeBlockSequence(state, level, node, compact);
		} else body = writeFlowSequence(state, level, node);
	} else {
		const layout = scalarLayout(state, node, parent, level, iskey, !block);
		detectAllowedStyles(layout);
		for (const rule of state.scalarStyleRules) rule(layout);
		body = renderScalar(layout);
		state.openEnded = (layout.style === SCALAR_STYLE.LITERAL_BLOCK || layout.style === SCALAR_STYLE.FOLDED_BLOCK) && (node.value === "\n" || node.value.endsWith("\n\n"));
		shouldPrintTag = node.tagged || body === "" && layout.flowOnly && parent?.kind === "sequence" && !hasAnchor || layout.style !== SCALAR_STYLE.PLAIN && node.tag !== state.defaultScalarTagName;
	}
	if ((node.kind === "mapping" || node.kind === "sequence") && !useBlockCollection) state.openEnded = false;
	if (useBlockCollection && compact && level > 0 && state.indent > 2) body = `${" ".repeat(state.indent - 2)}${body}`;
	const noBody = body === "";
	let text = body;
	if (shouldPrintTag || hasAnchor) {
		const props = [];
		const tag = shouldPrintTag ? nodeTagShort(node) : null;
		const anchor = hasAnchor ? `&${node.anchor}` : null;
		if (state.tagBeforeAnchor) {
			if (tag !== null) props.push(tag);
			if (anchor !== null) props.push(anchor);
		} else {
			if (anchor !== null) props.push(anchor);
			if (tag !== null) props.push(tag);
		}
		const sep = body === "" || body.charCodeAt(0) === CHAR_LINE_FEED ? "" : " ";
		text = `${props.join(" ")}${sep}${body}`;
	}
	return {
		text,
		noBody
	};
}
function rootStartsOwnLine(node) {
	return (node.kind === "sequence" || node.kind === "mapping") && node.style === COLLECTION_STYLE.BLOCK && node.items.length !== 0 && !node.tagged && node.anchor === void 0;
}
function writeDocumentDirectives(doc) {
	let result = "";
	for (const directive of doc.directives) {
		if (directive.kind === "yaml") {
			result += `%YAML ${directive.version}\n`;
			continue;
		}
		const { handle, prefix } = directive;
		result += `%TAG ${handle} ${prefix}\n`;
	}
	return result;
}
/**
* Build YAML from AST.
*
* @category AST
*/
function present(documents, options) {
	const state = createPresenterState(options);
	let result = "";
	let previousEnded = false;
	for (let index = 0; index < documents.length; index += 1) {
		const doc = documents[index];
		state.openEnded = false;
		const directives = writeDocumentDirectives(doc);
		const hasDirectives = directives !== "";
		const marker = doc.explicitStart || hasDirectives || index > 0 && !previousEnded;
		result += directives;
		if (doc.contents === null) {
			if (marker) result += "---\n";
		} else if (marker) {
			const body = writeNode(state, 0, doc.contents, null, {
				block: true,
				compact: true
			}).text;
			const sep = body === "" ? "" : hasDirectives || rootStartsOwnLine(doc.contents) ? "\n" : " ";
			result += `---${sep}${body}\n`;
		} else result += writeNode(state, 0, doc.contents, null, {
			block: true,
			compact: true
		}).text + "\n";
		previousEnded = doc.explicitEnd || state.openEnded;
		if (previousEnded) result += "...\n";
	}
	return result;
}
//#endregion
//#region src/dump.ts
var DEFAULT_DUMP_OPTIONS = {
	...DEFAULT_PRESENTER_OPTIONS,
	schema: DUMP_SCHEMA,
	skipInvalid: false,
	noRefs: false,
	flowLevel: -1,
	sortKeys: false,
	transform: () => {}
};
function defaultCompareFn(a, b) {
	const x = String(a);
	const y = String(b);
	if (x < y) return -1;
	if (x > y) return 1;
	return 0;
}
/**
* Serializes JS object as a YAML document. By default it can dump every
* supported YAML type, so it throws an exception if you try to dump regexps or
* functions. However, you can disable exceptions by setting the
* {@link DumpOptions.skipInvalid} option to `true`.
*
* @category Main
*/
function dump(input, options = {}) {
	const opts = {
		...DEFAULT_DUMP_OPTIONS,
		...options
	};
	const documents = jsToAst(input, opts.schema, {
		noRefs: opts.noRefs,
		skipInvalid: opts.skipInvalid
	});
	if (opts.flowLevel >= 0) visit(documents, (node, ctx) => {
		if (ctx.depth < opts.flowLevel) return;
		if (node.kind === "sequence" || node.kind === "mapping") node.style = COLLECTION_STYLE.FLOW;
		return VISIT_SKIP;
	});
	if (opts.sortKeys) {
		const compareFn = opts.sortKeys === true ? defaultCompareFn : opts.sortKeys;
		visit(documents, (node) => {
			if (node.kind !== "mapping") return;
			node.items.sort((a, b) => compareFn(a.key.kind === "scalar" ? a.key.value : "", b.key.kind === "scalar" ? b.key.value : ""));
		});
	}
	opts.transform(documents);
	return present(documents, {
		...pick(opts, Object.keys(DEFAULT_PRESENTER_OPTIONS)),
		schema: opts.schema
	});
}
//#endregion
//#region src/ast/from_events.ts
var NO_RANGE = (/* unused pure expression or super */ null && (-1));
function eventPosition(event) {
	if ("tagStart" in event && event.tagStart !== NO_RANGE) return event.tagStart;
	if ("anchorStart" in event && event.anchorStart !== NO_RANGE) return event.anchorStart;
	if ("valueStart" in event && event.valueStart !== NO_RANGE) return event.valueStart;
	if ("start" in event) return event.start;
	return 0;
}
function rawTag(state, event) {
	return event.tagStart === NO_RANGE ? "" : state.source.slice(event.tagStart, event.tagEnd);
}
function anchorName(state, event) {
	return event.anchorStart === NO_RANGE ? void 0 : state.source.slice(event.anchorStart, event.anchorEnd);
}
function buildScalar(state, event) {
	const value = getScalarValue(state.source, event);
	const raw = rawTag(state, event);
	let tag;
	let tagged = false;
	if (raw !== "") {
		tagged = true;
		tag = raw;
	} else if (event.style === SCALAR_STYLE.PLAIN) tag = state.schema.resolveImplicitScalarTag(value).tag.tagName;
	else tag = state.schema.defaultScalarTag.tagName;
	return {
		kind: "scalar",
		tag,
		tagged,
		style: event.style,
		anchor: anchorName(state, event),
		value
	};
}
function buildCollection(state, event, defaultTagName) {
	const raw = rawTag(state, event);
	let tag;
	let tagged = false;
	if (raw === "") tag = defaultTagName;
	else {
		tag = raw;
		tagged = true;
	}
	return {
		tag,
		tagged,
		style: event.style,
		anchor: anchorName(state, event)
	};
}
function addNode(state, node) {
	const frame = state.frames[state.frames.length - 1];
	if (frame.kind === "document") frame.doc.contents = node;
	else if (frame.kind === "sequence") frame.node.items.push(node);
	else if (frame.key) {
		frame.node.items.push({
			key: frame.key,
			value: node
		});
		frame.key = null;
	} else frame.key = node;
}
/**
* Builds an AST from parser events
*
* @category AST
*/
function eventsToAst(events, options) {
	const state = {
		source: options.source,
		schema: options.schema,
		eventIndex: 0,
		position: 0,
		frames: [],
		documents: []
	};
	while (state.eventIndex < events.length) {
		const event = events[state.eventIndex++];
		state.position = eventPosition(event);
		switch (event.type) {
			case EVENT_ID.DOCUMENT: {
				const doc = {
					contents: null,
					explicitStart: event.explicitStart,
					explicitEnd: event.explicitEnd,
					directives: event.directives
				};
				state.frames.push({
					kind: "document",
					doc
				});
				break;
			}
			case EVENT_ID.SCALAR:
				addNode(state, buildScalar(state, event));
				break;
			case EVENT_ID.SEQUENCE: {
				const { tag, tagged, style, anchor } = buildCollection(state, event, "tag:yaml.org,2002:seq");
				const node = {
					kind: "sequence",
					tag,
					tagged,
					style,
					anchor,
					items: []
				};
				state.frames.push({
					kind: "sequence",
					node
				});
				break;
			}
			case EVENT_ID.MAPPING: {
				const { tag, tagged, style, anchor } = buildCollection(state, event, "tag:yaml.org,2002:map");
				const node = {
					kind: "mapping",
					tag,
					tagged,
					style,
					anchor,
					items: []
				};
				state.frames.push({
					kind: "mapping",
					node,
					key: null
				});
				break;
			}
			case EVENT_ID.ALIAS:
				addNode(state, {
					kind: "alias",
					anchor: state.source.slice(event.anchorStart, event.anchorEnd)
				});
				break;
			case EVENT_ID.POP: {
				const frame = state.frames.pop();
				if (frame.kind === "mapping" && frame.key) throw new Error("incomplete mapping pair in event stream");
				if (frame.kind === "document") state.documents.push(frame.doc);
				else addNode(state, frame.node);
				break;
			}
		}
	}
	return state.documents;
}
//#endregion
//#region src/index.ts
/** @deprecated Use `EVENT_ID.DOCUMENT` instead. @internal */
var EVENT_DOCUMENT = EVENT_ID.DOCUMENT;
/** @deprecated Use `EVENT_ID.SEQUENCE` instead. @internal */
var EVENT_SEQUENCE = EVENT_ID.SEQUENCE;
/** @deprecated Use `EVENT_ID.MAPPING` instead. @internal */
var EVENT_MAPPING = EVENT_ID.MAPPING;
/** @deprecated Use `EVENT_ID.SCALAR` instead. @internal */
var EVENT_SCALAR = EVENT_ID.SCALAR;
/** @deprecated Use `EVENT_ID.ALIAS` instead. @internal */
var EVENT_ALIAS = EVENT_ID.ALIAS;
/** @deprecated Use `EVENT_ID.POP` instead. @internal */
var EVENT_POP = EVENT_ID.POP;
/** @deprecated Use `SCALAR_STYLE.PLAIN` instead. @internal */
var SCALAR_STYLE_PLAIN = SCALAR_STYLE.PLAIN;
/** @deprecated Use `SCALAR_STYLE.SINGLE_QUOTED` instead. @internal */
var SCALAR_STYLE_SINGLE_QUOTED = SCALAR_STYLE.SINGLE_QUOTED;
/** @deprecated Use `SCALAR_STYLE.DOUBLE_QUOTED` instead. @internal */
var SCALAR_STYLE_DOUBLE_QUOTED = SCALAR_STYLE.DOUBLE_QUOTED;
/** @deprecated Use `SCALAR_STYLE.LITERAL_BLOCK` instead. @internal */
var SCALAR_STYLE_LITERAL_BLOCK = SCALAR_STYLE.LITERAL_BLOCK;
/** @deprecated Use `SCALAR_STYLE.FOLDED_BLOCK` instead. @internal */
var SCALAR_STYLE_FOLDED_BLOCK = SCALAR_STYLE.FOLDED_BLOCK;
/** @deprecated Use `COLLECTION_STYLE.BLOCK` instead. @internal */
var COLLECTION_STYLE_BLOCK = COLLECTION_STYLE.BLOCK;
/** @deprecated Use `COLLECTION_STYLE.FLOW` instead. @internal */
var COLLECTION_STYLE_FLOW = COLLECTION_STYLE.FLOW;
/** @deprecated Use `CHOMPING_MODE.CLIP` instead. @internal */
var CHOMPING_CLIP = CHOMPING_MODE.CLIP;
/** @deprecated Use `CHOMPING_MODE.STRIP` instead. @internal */
var CHOMPING_STRIP = CHOMPING_MODE.STRIP;
/** @deprecated Use `CHOMPING_MODE.KEEP` instead. @internal */
var CHOMPING_KEEP = CHOMPING_MODE.KEEP;
//#endregion


//# sourceMappingURL=js-yaml.mjs.map
;// CONCATENATED MODULE: ./src/core/json-syntax.ts
/**
 * Strict JSON syntax check that says where the first error is. JSON.parse's messages name a
 * position on some Node versions and not on others, and YAML (which we use for positions) accepts
 * comments, trailing commas and bare words that a `.json` file must not contain.
 * Returns null when the text is valid JSON, else the offset and a message.
 */
function findJsonSyntaxError(text) {
    let i = 0;
    const n = text.length;
    const fail = (message, at = i) => ({ offset: at, message });
    const skipSpace = () => {
        while (i < n) {
            const c = text[i];
            if (c === ' ' || c === '\t' || c === '\n' || c === '\r')
                i++;
            else
                break;
        }
    };
    const describe = () => (i >= n ? 'the end of the file' : `"${text[i]}"`);
    const stack = [];
    let expectValue = true;
    while (true) {
        skipSpace();
        if (expectValue) {
            const c = text[i];
            if (c === '{' || c === '[') {
                stack.push({ kind: c === '{' ? 'object' : 'array' });
                i++;
                skipSpace();
                const close = c === '{' ? '}' : ']';
                if (text[i] === close) {
                    stack.pop();
                    i++;
                    expectValue = false;
                    continue;
                }
                if (c === '{') {
                    const key = readKey();
                    if (key)
                        return key;
                }
                continue;
            }
            const error = readScalar();
            if (error)
                return error;
            expectValue = false;
            continue;
        }
        const top = stack[stack.length - 1];
        if (!top) {
            return i < n ? fail(`unexpected ${describe()} after the JSON value`) : null;
        }
        const c = text[i];
        if (c === ',') {
            i++;
            if (top.kind === 'object') {
                skipSpace();
                const key = readKey();
                if (key)
                    return key;
            }
            expectValue = true;
            continue;
        }
        if ((c === ']' && top.kind === 'array') || (c === '}' && top.kind === 'object')) {
            stack.pop();
            i++;
            continue;
        }
        return fail(`expected "," or "${top.kind === 'array' ? ']' : '}'}" but found ${describe()}`);
    }
    function readKey() {
        if (text[i] !== '"')
            return fail(`expected a property name in double quotes but found ${describe()}`);
        const error = readString();
        if (error)
            return error;
        skipSpace();
        if (text[i] !== ':')
            return fail(`expected ":" after the property name but found ${describe()}`);
        i++;
        expectValue = true;
        return null;
    }
    function readScalar() {
        const c = text[i];
        if (c === '"')
            return readString();
        for (const word of ['true', 'false', 'null']) {
            if (text.startsWith(word, i)) {
                i += word.length;
                return null;
            }
        }
        const number = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
        number.lastIndex = i;
        if (number.test(text) && number.lastIndex > i) {
            i = number.lastIndex;
            return null;
        }
        return fail(`expected a JSON value but found ${describe()}`);
    }
    function readString() {
        const start = i;
        i++;
        while (i < n) {
            const c = text.charCodeAt(i);
            if (c === 34) {
                i++;
                return null;
            }
            if (c < 0x20)
                return fail('control character inside a string (write it as an escape like \\n)');
            if (c === 92) {
                const e = text[i + 1];
                if (e === 'u') {
                    if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
                        return fail('invalid \\u escape in a string');
                    i += 6;
                    continue;
                }
                if (e === undefined || !'"\\/bfnrt'.includes(e))
                    return fail('invalid escape in a string');
                i += 2;
                continue;
            }
            i++;
        }
        return fail('unterminated string', start);
    }
}

// EXTERNAL MODULE: ./src/core/line-index.ts
var line_index = __nccwpck_require__(5240);
;// CONCATENATED MODULE: ./src/core/document.ts



// Far deeper than a topology nests (top level, list, entry, list, value), and shallow enough
// that a hostile file cannot exhaust the parser's stack.
const MAX_DEPTH = 20;
// Aliases may name a shared server list many times, but a document whose aliases expand to far more
// nodes than it spells out is an alias bomb: validating it would walk every expanded copy.
const ALIAS_EXPANSION_ALLOWANCE = 100_000;
/**
 * Reads one YAML or JSON document: its value, as js-yaml would load it, and the source extent of
 * every node, both built in one pass over js-yaml's event stream (NodePositions.compose), so every
 * later error and finding can point at its line and column. With a budget, the file's nodes are
 * paid for out of the run's `max-nodes`: estimated before parsing (a file far over the limit is
 * refused without parsing it) and counted exactly after.
 */
function parseDocument(text, file, format, budget) {
    const lines = new line_index/* LineIndex */.r(text);
    const errorAt = (start, end, message) => ({
        ok: false,
        errors: [{ file, ...lines.span(start, end), message }],
    });
    if (format === 'json') {
        const syntax = findJsonSyntaxError(text);
        if (syntax)
            return errorAt(syntax.offset, syntax.offset + 1, `invalid JSON: ${syntax.message}`);
    }
    // js-yaml builds an event object per node and cannot stop part-way, so what it may build is
    // bounded before it starts: the estimate is at least the real count, and at most a few times it.
    if (budget && estimateNodes(text) > NODE_ESTIMATE_SLACK * budget.nodes.left)
        return errorAt(0, 0, budget.nodes.refusal(undefined));
    let events;
    try {
        events = parseEvents(text, { filename: file, maxDepth: MAX_DEPTH });
    }
    catch (error) {
        return { ok: false, errors: [yamlDiagnostic(error, file, lines, format)] };
    }
    const nodes = countNodes(events);
    if (budget && !budget.nodes.take(nodes))
        return errorAt(0, 0, budget.nodes.refusal(nodes));
    const composed = NodePositions.compose(events, text, nodes, format);
    if (composed instanceof ComposeError)
        return errorAt(composed.start, composed.end, composed.message);
    const { positions, value, refused } = composed;
    const { roots } = positions;
    const root = roots[0];
    if (root === undefined)
        return errorAt(0, 0, 'the file is empty; a topology needs `servers:` and `clients:`');
    if (roots.length > 1) {
        const second = roots[1];
        return errorAt(positions.startOf(second), positions.endOf(second), `the file holds ${roots.length} YAML documents; coexist reads exactly one (remove the \`---\` separators)`);
    }
    const expanded = positions.expandedSize;
    if (expanded > positions.nodeCount + ALIAS_EXPANSION_ALLOWANCE) {
        const at = positions.startOf(root);
        return errorAt(at, at, `aliases expand this document to ${expanded > 1e15 ? 'more than 10^15' : expanded} nodes from ${positions.nodeCount} written; coexist refuses alias bombs`);
    }
    if (refused !== undefined)
        return { ok: false, errors: [yamlDiagnostic(refused, file, lines, format, positions)] };
    return { ok: true, document: { file, value, positions, lines } };
}
/**
 * How much higher than the real node count estimateNodes may be on an ordinary file (about three
 * times on block YAML and pretty-printed JSON): a file is refused unparsed only beyond this.
 */
const NODE_ESTIMATE_SLACK = 5;
/** The nodes of an event stream: every event but a document's start and a collection's end. */
function countNodes(events) {
    let nodes = 0;
    for (let i = 0; i < events.length; i++) {
        const type = events[i].type;
        if (type !== EVENT_ID.DOCUMENT && type !== EVENT_ID.POP)
            nodes++;
    }
    return nodes;
}
const LF = 10;
const CR = 13;
const TAB = 9;
const SPACE = 32;
const HASH = 35;
const COMMA = 44;
const COLON = 58;
const DASH = 45;
const QUESTION = 63;
const DOUBLE_QUOTE = 34;
const SINGLE_QUOTE = 39;
const BACKSLASH = 92;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
/**
 * An upper bound on the nodes js-yaml would report for `text`, from one pass over its characters.
 *
 * It counts tokens: runs of text ended by a line break, a flow indicator or `:` (so a plain scalar
 * with spaces in it is one token), a quoted scalar, and the indicators `-`, `?` and `:` standing
 * alone (followed by a space or a line break). Every node is a token or is made by one (a collection started by a key or a dash, an empty
 * value after an indicator), so twice the tokens plus the flow openers and the lines is never less
 * than the node count; on ordinary topologies it is about three times it. Comments and the insides of
 * quoted scalars add nothing; a quoted scalar is skipped only up to the end of its line, so a quote
 * that YAML reads as plain text (inside a block scalar) cannot hide the lines after it.
 */
function estimateNodes(text) {
    let tokens = 0;
    let openers = 0;
    let lines = 1;
    let inToken = false;
    const length = text.length;
    for (let i = 0; i < length; i++) {
        const c = text.charCodeAt(i);
        // Most characters are blanks or inside a token, where they change nothing: one lookup each.
        const role = c < 128 ? CHARACTER_ROLES[c] : ORDINARY;
        if (role === BLANK || (role === ORDINARY && inToken))
            continue;
        if (c === LF || c === CR) {
            // A lone CR ends a line too; a CRLF is then counted twice, which only makes the bound looser.
            lines++;
            inToken = false;
        }
        else if (c === HASH && (i === 0 || isBlank(text.charCodeAt(i - 1)))) {
            // A comment needs whitespace before it; `a:#b` is text, and so is what follows it.
            i = lineEnd(text, i) - 1;
            inToken = false;
        }
        else if (c === COLON) {
            // A value indicator can stand for a mapping, an empty key and an empty value (`[a:, b:]`).
            if (i + 1 === length || isBlankOrFlowEnd(text.charCodeAt(i + 1)))
                tokens++;
            inToken = false;
        }
        else if (c === COMMA || c === CLOSE_BRACKET || c === CLOSE_BRACE) {
            inToken = false;
        }
        else if (c === OPEN_BRACKET || c === OPEN_BRACE) {
            openers++;
            inToken = false;
        }
        else if (inToken) {
            // Part of the current token, quotes included (`it's`).
        }
        else if ((c === DASH || c === QUESTION) &&
            (i + 1 === length || isBlank(text.charCodeAt(i + 1)))) {
            tokens++;
        }
        else if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) {
            tokens++;
            i = quotedEnd(text, i, c);
        }
        else {
            tokens++;
            inToken = true;
        }
    }
    return 2 * tokens + openers + lines + 1;
}
// What a character is to estimateNodes. A blank changes nothing: inside a token it belongs to it
// (plain scalars hold spaces), between tokens it is nothing. An ordinary character starts a token
// or belongs to one. Every other character is looked at.
const ORDINARY = 0;
const BLANK = 1;
const SIGNIFICANT = 2;
const CHARACTER_ROLES = new Uint8Array(128);
CHARACTER_ROLES[SPACE] = CHARACTER_ROLES[TAB] = BLANK;
for (const c of [LF, CR, HASH, COMMA, COLON, DASH, QUESTION, DOUBLE_QUOTE, SINGLE_QUOTE])
    CHARACTER_ROLES[c] = SIGNIFICANT;
for (const c of [OPEN_BRACKET, CLOSE_BRACKET, OPEN_BRACE, CLOSE_BRACE])
    CHARACTER_ROLES[c] = SIGNIFICANT;
function isBlank(c) {
    return c === SPACE || c === TAB || c === LF || c === CR;
}
function isBlankOrFlowEnd(c) {
    return isBlank(c) || c === COMMA || c === CLOSE_BRACKET || c === CLOSE_BRACE;
}
/** The offset of the line break that ends the line holding `from`, or the end of the text. */
function lineEnd(text, from) {
    for (let i = from; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === LF || c === CR)
            return i;
    }
    return text.length;
}
/** Where a quoted scalar opened at `start` closes, or the end of its line, whichever comes first. */
function quotedEnd(text, start, quote) {
    for (let i = start + 1; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === LF || c === CR)
            return i - 1;
        // An escape never swallows the line break: a quote YAML reads as plain text must not reach past its line.
        if (c === BACKSLASH && quote === DOUBLE_QUOTE && !isBlank(text.charCodeAt(i + 1)))
            i++;
        else if (c === quote) {
            if (quote === SINGLE_QUOTE && text.charCodeAt(i + 1) === SINGLE_QUOTE)
                i++;
            else
                return i;
        }
    }
    return text.length;
}
function yamlDiagnostic(error, file, lines, format, positions) {
    // Anything js-yaml throws is the input's fault or its own; either way the user gets a position, never a trace.
    const kind = format === 'json' ? 'invalid JSON' : 'invalid YAML';
    if (error instanceof YAMLException && error.mark) {
        const { position } = error.mark;
        // js-yaml names neither the key nor where it was first written; the positions know both.
        const duplicate = error.reason === 'duplicated mapping key' ? positions?.duplicateKeyAt(position) : undefined;
        if (duplicate) {
            const at = lines.span(duplicate.start, duplicate.end);
            const first = lines.span(duplicate.firstStart, duplicate.firstStart);
            const where = first.line === at.line ? `line ${first.line}, column ${first.column}` : `line ${first.line}`;
            return {
                file,
                ...at,
                message: `${kind}: duplicated mapping key ${quoteKey(duplicate.key)}; the first is at ${where}`,
            };
        }
        return { file, ...lines.span(position, position + 1), message: `${kind}: ${error.reason}` };
    }
    const reason = error instanceof Error ? error.message : String(error);
    return { file, line: 1, column: 1, endLine: 1, endColumn: 1, message: `${kind}: ${reason}` };
}
/** A key as a message quotes it: a hostile key can be 100 kB long, and needs only enough of it to be recognised. */
function quoteKey(key) {
    return JSON.stringify(key.length > 60 ? `${key.slice(0, 57)}...` : key);
}
/** A problem the one pass (Composer) finds in the events, at its source offsets. */
class ComposeError {
    start;
    end;
    message;
    constructor(start, end, message) {
        this.start = start;
        this.end = end;
        this.message = message;
    }
}
/**
 * How a format's values are read, as js-yaml's constructor reads them under its schema (the core
 * schema for YAML, the JSON schema for JSON): a plain scalar is the first of the schema's implicit
 * tags that resolves its text, or the text itself. Each tag names the first characters it can
 * match, so most scalars ("Lync 2013") try none.
 */
class ValueReading {
    schema;
    byFirstCharacter = new Map();
    anyFirstCharacter;
    constructor(schema) {
        this.schema = schema;
        const implicit = schema.tags.filter((tag) => tag.nodeKind === 'scalar' && tag.implicit);
        this.anyFirstCharacter = implicit.filter((tag) => tag.implicitFirstChars === null);
        for (const tag of implicit)
            for (const first of tag.implicitFirstChars ?? [])
                this.byFirstCharacter.set(first, implicit.filter((t) => t.implicitFirstChars === null || t.implicitFirstChars.includes(first)));
    }
    plain(source) {
        for (const tag of this.byFirstCharacter.get(source.charAt(0)) ?? this.anyFirstCharacter) {
            const value = tag.resolve(source, false, tag.tagName);
            if (value !== NOT_RESOLVED)
                return value;
        }
        return source;
    }
}
const READINGS = {
    yaml: new ValueReading(CORE_SCHEMA),
    json: new ValueReading(JSON_SCHEMA),
};
const POP = { type: EVENT_ID.POP };
/** Slots of Composer.known: a power of two. */
const KNOWN_SLOTS = 1024;
const SCALAR = 1;
const SEQUENCE = 2;
const MAPPING = 3;
const ALIAS = 4;
const NONE = -1;
/** Where js-yaml's constructor reports a problem with a scalar: at its tag, anchor or text. */
function scalarMark(event) {
    if (event.tagStart >= 0)
        return event.tagStart;
    if (event.anchorStart >= 0)
        return event.anchorStart;
    return Math.max(event.valueStart, 0);
}
/**
 * One pass over js-yaml's events that builds both the document's value, exactly as js-yaml's
 * `constructFromEvents` would (the same schema, duplicate keys refused, `<<` an ordinary key, an
 * alias the very value its anchor holds), and the positions of its nodes. At 100,000 populations
 * (a million nodes) the former separate position walk and js-yaml's constructor, one pass each,
 * took more than twice as long as this one pass.
 *
 * Problems come in js-yaml's order: what js-yaml's constructor could not even start on (a key that
 * is not a scalar) is returned at once; what the constructor refuses (a
 * duplicate key, an unknown tag) is kept, and from then on nothing more is built.
 */
class Composer {
    text;
    reading;
    kind;
    start;
    end;
    /** A collection's children are children[childStart[i]] and the childCount[i] - 1 after it. */
    childStart;
    childCount;
    children;
    aliasTargets = new Map();
    decodedText = new Map();
    mergingMappings = new Set();
    roots = [];
    rootSizes = [];
    count = 0;
    /** The first document's value. */
    value = null;
    /** What js-yaml's constructor would have thrown first, as it would have thrown it. */
    refused = undefined;
    /** The children of the open collections, innermost last, until each closes and takes its own. */
    pending;
    pendingCount = 0;
    childrenCount = 0;
    /** The values of the items of the open sequences, innermost last. */
    items = [];
    itemCount = 0;
    /**
     * Scalars already read that read as their own text (not `true`, `1` or `~`), one per slot by
     * length and first and last character: a topology repeats its keys and its product and server
     * names thousands of times, and one string for all of them spares a copy per occurrence, and
     * hashing that copy wherever it is a key or looked up by name.
     */
    known = new Array(KNOWN_SLOTS).fill('');
    anchors = new Map();
    // Sizes matter only while a collection is open and for anchored nodes, which aliases repeat.
    anchoredSizes = new Map();
    anchoredValues = new Map();
    // Per open collection (NONE for a document, whose single node is a root): its node, its expanded
    // size so far, where its children start in `pending` and its items in `items`, the value being
    // built, and for a mapping the key waiting for its value and where js-yaml would report a
    // problem with that pair.
    open = [];
    openSizes = [];
    openPending = [];
    openItems = [];
    openValues = [];
    openKeys = [];
    openKeyMarks = [];
    lastEnd = 0;
    documents = 0;
    document;
    /** Values are built for the first document only, until the constructor would have stopped. */
    building = true;
    constructor(text, capacity, reading) {
        this.text = text;
        this.reading = reading;
        this.kind = new Uint8Array(capacity);
        this.start = new Int32Array(capacity);
        this.end = new Int32Array(capacity);
        this.childStart = new Int32Array(capacity);
        this.childCount = new Int32Array(capacity);
        this.children = new Int32Array(capacity);
        this.pending = new Int32Array(capacity);
    }
    run(events) {
        for (let i = 0; i < events.length; i++) {
            const event = events[i];
            let error;
            switch (event.type) {
                case EVENT_ID.DOCUMENT:
                    // A second document is refused before anything is constructed.
                    if (++this.documents > 1)
                        this.building = false;
                    this.document = event;
                    this.open.push(NONE);
                    this.openSizes.push(0);
                    this.openPending.push(this.pendingCount);
                    this.openItems.push(this.itemCount);
                    this.openValues.push(undefined);
                    this.openKeys.push(undefined);
                    this.openKeyMarks.push(0);
                    break;
                case EVENT_ID.MAPPING:
                case EVENT_ID.SEQUENCE:
                    this.openCollection(event);
                    break;
                case EVENT_ID.SCALAR:
                    error = this.scalar(event);
                    break;
                case EVENT_ID.ALIAS:
                    error = this.alias(event.anchorStart, event.anchorEnd);
                    break;
                case EVENT_ID.POP:
                    error = this.close();
                    break;
            }
            if (error)
                return error;
        }
        return undefined;
    }
    openCollection(event) {
        const node = this.count++;
        this.kind[node] = event.type === EVENT_ID.MAPPING ? MAPPING : SEQUENCE;
        this.start[node] = this.end[node] = event.start;
        let value;
        if (this.building) {
            // A tag written out is js-yaml's to judge: in these schemas only !!map and !!seq name a
            // collection, as {} and [].
            if (event.tagStart >= 0)
                value = this.constructTagged(event);
            else if (event.type === EVENT_ID.MAPPING)
                value = {};
            // A sequence is made when it closes, as long as its items (push() would reserve room for 17
            // in each of a large topology's 200,000 lists); only an anchored one exists from the start,
            // for an alias inside it to repeat.
            else if (event.anchorStart >= 0)
                value = [];
        }
        if (event.anchorStart >= 0) {
            this.anchors.set(this.text.slice(event.anchorStart, event.anchorEnd), node);
            this.anchoredSizes.set(node, 1);
            // The collection itself, still empty: an alias inside it (a recursive alias) repeats it.
            this.anchoredValues.set(node, value);
        }
        this.open.push(node);
        this.openSizes.push(1);
        this.openPending.push(this.pendingCount);
        this.openItems.push(this.itemCount);
        this.openValues.push(value);
        this.openKeys.push(undefined);
        this.openKeyMarks.push(0);
    }
    scalar(event) {
        const node = this.count++;
        this.kind[node] = SCALAR;
        this.start[node] = event.valueStart;
        this.end[node] = event.valueEnd;
        if (event.valueEnd > this.lastEnd)
            this.lastEnd = event.valueEnd;
        const anchored = event.anchorStart >= 0;
        let value;
        if (event.fast) {
            // Its own text, quotes aside: no escapes, folds or line breaks to decode.
            if (this.building)
                value = event.tagStart >= 0 ? this.constructTagged(event) : this.verbatim(event);
        }
        else {
            // Decoded when it is built into the value, and for the positions when a key or an anchored
            // scalar (which an alias may use as a key): only keys are ever looked up by name.
            const decoded = anchored || this.isKeySlot();
            const source = this.building || decoded ? getScalarValue(this.text, event) : '';
            if (decoded)
                this.decodedText.set(node, source);
            if (this.building)
                value =
                    event.tagStart >= 0
                        ? this.constructTagged(event)
                        : event.style === SCALAR_STYLE_PLAIN
                            ? this.reading.plain(source)
                            : source;
        }
        if (anchored) {
            this.anchors.set(this.text.slice(event.anchorStart, event.anchorEnd), node);
            this.anchoredValues.set(node, value);
        }
        return this.attach(node, 1, value, event, scalarMark(event));
    }
    /** The value of an untagged scalar that is its own text: from `known` when read before. */
    verbatim(event) {
        const { text } = this;
        const { valueStart: from, valueEnd: to } = event;
        // An empty scalar (a missing value has no extent) reads as the schema says: null or "".
        if (to <= from)
            return event.style === SCALAR_STYLE_PLAIN ? this.reading.plain('') : '';
        const slot = ((to - from) * 31 + text.charCodeAt(from) * 7 + text.charCodeAt(to - 1)) & (KNOWN_SLOTS - 1);
        const known = this.known[slot];
        if (known.length === to - from && text.startsWith(known, from))
            return known;
        const source = text.slice(from, to);
        if (event.style !== SCALAR_STYLE_PLAIN)
            return source;
        // Kept only when plain it reads as itself: then a hit is the value in any style.
        const value = this.reading.plain(source);
        if (value === source)
            this.known[slot] = source;
        return value;
    }
    alias(anchorStart, anchorEnd) {
        const name = this.text.slice(anchorStart, anchorEnd);
        const anchored = this.anchors.get(name);
        // js-yaml's parser lets an alias of no anchor through (its constructor would refuse it).
        if (anchored === undefined)
            return new ComposeError(anchorStart, anchorEnd, `unknown alias *${name}`);
        const node = this.count++;
        // An alias of a scalar is pointed at where `*name` stands; one of a collection, at the
        // collection.
        this.kind[node] = ALIAS;
        this.aliasTargets.set(node, anchored);
        this.start[node] = anchorStart - 1;
        this.end[node] = anchorEnd;
        if (anchorEnd > this.lastEnd)
            this.lastEnd = anchorEnd;
        // A scalar counts as one node, and so does a collection still open when it is aliased (a
        // recursive alias).
        return this.attach(node, this.anchoredSizes.get(anchored) ?? 1, this.anchoredValues.get(anchored), undefined, anchorStart);
    }
    close() {
        const node = this.open.pop();
        const size = this.openSizes.pop();
        const first = this.openPending.pop();
        const firstItem = this.openItems.pop();
        let value = this.openValues.pop();
        this.openKeys.pop();
        this.openKeyMarks.pop();
        if (node === NONE)
            return undefined;
        if (this.kind[node] === SEQUENCE && this.building) {
            if (value === undefined)
                value = this.items.slice(firstItem, this.itemCount);
            else
                for (let i = firstItem; i < this.itemCount; i++)
                    value.push(this.items[i]);
            this.itemCount = firstItem;
        }
        // Its children, in document order, move from the pending ones to their place for good.
        this.childStart[node] = this.childrenCount;
        for (let i = first; i < this.pendingCount; i++)
            this.children[this.childrenCount++] = this.pending[i];
        this.pendingCount = first;
        this.end[node] = Math.max(this.end[node], this.lastEnd);
        if (this.anchoredSizes.has(node))
            this.anchoredSizes.set(node, size);
        // A collection is never a key (the walk refuses one), so where js-yaml would report a problem
        // with the pair is moot.
        return this.attach(node, size, value, undefined, 0);
    }
    /** Whether the next node is a key: the innermost open collection is a mapping waiting for one. */
    isKeySlot() {
        const into = this.open[this.open.length - 1];
        return (into !== NONE && this.kind[into] === MAPPING && this.childCount[into] % 2 === 0);
    }
    /**
     * Records a finished node as the next child of the innermost open collection, and its value in
     * that collection's; `mark` is where js-yaml reports a problem with the pair whose key it is.
     */
    attach(node, nodeSize, value, event, mark) {
        const depth = this.open.length - 1;
        const into = this.open[depth];
        if (into === NONE) {
            this.roots.push(node);
            this.rootSizes.push(nodeSize);
            if (this.building)
                this.value = value;
            return undefined;
        }
        this.openSizes[depth] = this.openSizes[depth] + nodeSize;
        const siblings = this.childCount[into];
        this.childCount[into] = siblings + 1;
        this.pending[this.pendingCount++] = node;
        if (this.kind[into] === SEQUENCE) {
            if (this.building)
                this.items[this.itemCount++] = value;
        }
        else if (siblings % 2 === 0) {
            const actual = this.kind[node] === ALIAS ? this.aliasTargets.get(node) : node;
            if (this.kind[actual] !== SCALAR)
                return new ComposeError(this.start[node], this.end[node], 'mapping keys must be plain strings');
            // A quoted "<<" is an ordinary key; only a plain one is a merge key.
            if (event?.style === SCALAR_STYLE_PLAIN &&
                event.valueEnd - event.valueStart === 2 &&
                this.text.startsWith('<<', event.valueStart))
                this.mergingMappings.add(into);
            this.openKeys[depth] = value;
            this.openKeyMarks[depth] = mark;
        }
        else if (this.building) {
            this.addPair(this.openValues[depth], this.openKeys[depth], value, this.openKeyMarks[depth]);
        }
        return undefined;
    }
    /** A pair added as js-yaml's {}-based mapping adds it: every scalar key becomes a string. */
    addPair(mapping, key, value, mark) {
        if (key !== null && typeof key === 'object') {
            this.refuse(mark, 'object-based map does not support complex keys');
            return;
        }
        const name = String(key);
        if (Object.hasOwn(mapping, name))
            this.refuse(mark, 'duplicated mapping key');
        else if (name === '__proto__')
            Object.defineProperty(mapping, name, {
                value,
                enumerable: true,
                configurable: true,
                writable: true,
            });
        else
            mapping[name] = value;
    }
    /**
     * The value of a node with a tag written out (`!!str 1`, `!!map`), constructed by js-yaml itself
     * in the document's context (its %TAG directives), so every tag means what it means there. Tags
     * are rare in a topology, and each costs a call.
     */
    constructTagged(event) {
        // A document of that one node: a collection is closed, then the document.
        const events = [this.document, event, POP];
        if (event.type !== EVENT_ID.SCALAR)
            events.push(POP);
        try {
            return constructFromEvents(events, { source: this.text, schema: this.reading.schema })[0];
        }
        catch (error) {
            this.refused = error;
            this.building = false;
            return undefined;
        }
    }
    refuse(mark, reason) {
        try {
            YAMLException.throwAt(this.text, mark, reason);
        }
        catch (error) {
            this.refused = error;
        }
        this.building = false;
    }
}
/**
 * Where every node of a document stands in the source. Nodes are numbered in document order and
 * described by typed arrays rather than an object per node: at 100,000 populations a document has
 * over a million nodes, and a tree of position objects cost more time and memory than js-yaml's
 * own parse. A mapping's children alternate key and value.
 */
class NodePositions {
    text;
    kind;
    start;
    end;
    aliasTargets;
    childStart;
    childCount;
    children;
    decodedText;
    mergingMappings;
    roots;
    expandedSize;
    nodeCount;
    constructor(text, kind, start, end, 
    /** Each alias node's anchored node. */
    aliasTargets, 
    /** The children of node i are children[childStart[i]] and the childCount[i] - 1 after it. */
    childStart, childCount, children, 
    /**
     * The values of keys, and of anchored scalars (an alias may use one as a key), that are not their
     * source text verbatim (quoted, escaped, folded); every other key is compared in place.
     */
    decodedText, 
    /** The mappings that have a plain `<<` key: a YAML merge key, which coexist does not apply. */
    mergingMappings, 
    /** The root node of each document in the stream. */
    roots, 
    /** How many nodes the first document stands for once aliases are expanded. */
    expandedSize, 
    /** Nodes as written, aliases counted once each. */
    nodeCount) {
        this.text = text;
        this.kind = kind;
        this.start = start;
        this.end = end;
        this.aliasTargets = aliasTargets;
        this.childStart = childStart;
        this.childCount = childCount;
        this.children = children;
        this.decodedText = decodedText;
        this.mergingMappings = mergingMappings;
        this.roots = roots;
        this.expandedSize = expandedSize;
        this.nodeCount = nodeCount;
    }
    /**
     * The positions of every node of `events` (`nodes` of them), and the first document's value built
     * in the same pass (Composer) with what js-yaml's constructor would have refused in it; or what
     * the walk refuses.
     */
    static compose(events, text, nodes, format) {
        const composer = new Composer(text, nodes, READINGS[format]);
        const error = composer.run(events);
        if (error)
            return error;
        const positions = new NodePositions(text, composer.kind, composer.start, composer.end, composer.aliasTargets, composer.childStart, composer.childCount, composer.children, composer.decodedText, composer.mergingMappings, composer.roots, composer.rootSizes[0] ?? 0, composer.count);
        return { positions, value: composer.value, refused: composer.refused };
    }
    startOf(node) {
        return this.start[node];
    }
    endOf(node) {
        return this.end[node];
    }
    /** The node an alias repeats, or the node itself. */
    resolve(node) {
        // Only an alias is looked up: locating a path resolves every node on the way.
        return this.kind[node] === ALIAS ? this.aliasTargets.get(node) : node;
    }
    isScalar(node) {
        return this.kind[this.resolve(node)] === SCALAR;
    }
    /** The value of `key` in a mapping (the first, should the file repeat it), with the key node. */
    entry(mapping, key) {
        const slot = this.slotOf(mapping, key);
        if (slot === NONE)
            return undefined;
        return { key: this.children[slot], value: this.children[slot + 1] };
    }
    /** The node of `key` in a mapping (the first, should the file repeat it), or NONE. */
    keyNode(mapping, key) {
        const slot = this.slotOf(mapping, key);
        return slot === NONE ? NONE : this.children[slot];
    }
    /** The node of the value of `key` in a mapping (the first, if the file repeats it), or NONE. */
    valueNode(mapping, key) {
        const slot = this.slotOf(mapping, key);
        return slot === NONE ? NONE : this.children[slot + 1];
    }
    /** Where the first `key` of a mapping stands in `children`, its value just after it; or NONE. */
    slotOf(mapping, key) {
        const at = this.resolve(mapping);
        if (this.kind[at] !== MAPPING)
            return NONE;
        const first = this.childStart[at];
        const last = first + this.childCount[at];
        for (let i = first; i + 1 < last; i += 2)
            if (this.keyIs(this.children[i], key))
                return i;
        return NONE;
    }
    /** Whether any mapping of the stream has a plain `<<` key. */
    get hasMergeKeys() {
        return this.mergingMappings.size > 0;
    }
    /** Whether a mapping has a plain `<<` key. */
    hasMergeKey(mapping) {
        return this.mergingMappings.has(this.resolve(mapping));
    }
    /**
     * The key that starts at `offset` and repeats an earlier key of its mapping: its text and extent,
     * and where the earlier one starts. Undefined when no such key starts there.
     */
    duplicateKeyAt(offset) {
        for (let node = 0; node < this.nodeCount; node++) {
            if (this.kind[node] !== MAPPING)
                continue;
            const first = this.childStart[node];
            const last = first + this.childCount[node];
            for (let i = first; i + 1 < last; i += 2) {
                const keyNode = this.children[i];
                if (this.start[keyNode] !== offset)
                    continue;
                const key = this.keyText(keyNode);
                for (let j = first; j < i; j += 2) {
                    const earlier = this.children[j];
                    if (this.keyIs(earlier, key))
                        return {
                            key,
                            start: offset,
                            end: this.end[keyNode],
                            firstStart: this.start[earlier],
                        };
                }
            }
        }
        return undefined;
    }
    /** The `index`th item of a sequence. */
    item(sequence, index) {
        const at = this.resolve(sequence);
        if (this.kind[at] !== SEQUENCE || index < 0)
            return undefined;
        return index < this.childCount[at]
            ? this.children[this.childStart[at] + index]
            : undefined;
    }
    /** A key's text: decoded, or its source text. */
    keyText(keyNode) {
        const at = this.resolve(keyNode);
        const from = this.start[at];
        if (from < 0)
            return '';
        return this.decodedText.get(at) ?? this.text.slice(from, this.end[at]);
    }
    keyIs(keyNode, key) {
        // An alias used as a key reads as its anchored scalar.
        const at = this.resolve(keyNode);
        // Most files have no key to decode; those that have pay a lookup per key compared.
        const decoded = this.decodedText.size > 0 ? this.decodedText.get(at) : undefined;
        if (decoded !== undefined)
            return decoded === key;
        const from = this.start[at];
        // An empty key has no extent (-1) and reads as "".
        if (from < 0)
            return key === '';
        return this.end[at] - from === key.length && this.text.startsWith(key, from);
    }
}
/** The extent of the node at `path` (keys and indexes), or of the deepest node on the way there. */
function locate(document, path, part = 'value') {
    const { positions } = document;
    let node = positions.roots[0] ?? NONE;
    let parent = NONE;
    let walked = 0;
    // Node numbers only, no object per step: every finding's place is located.
    for (; walked < path.length && node !== NONE; walked++) {
        const segment = path[walked];
        const next = typeof segment === 'number'
            ? (positions.item(node, segment) ?? NONE)
            : positions.valueNode(node, segment);
        if (next === NONE)
            break;
        parent = node;
        node = next;
    }
    if (node === NONE)
        return document.lines.span(0, 0);
    // The key of the last step, when the whole path was walked and it ended in a mapping.
    const last = path[path.length - 1];
    const key = walked === path.length && typeof last === 'string' ? positions.keyNode(parent, last) : NONE;
    if (part === 'key' && key !== NONE)
        return document.lines.span(positions.startOf(key), positions.endOf(key));
    // An alias of a collection stands for the collection; an alias of a scalar, for itself.
    const at = positions.isScalar(node) ? node : positions.resolve(node);
    const start = positions.startOf(at);
    // An empty value (`product:` with nothing after it) has no extent of its own: point at its key,
    // or at the list that holds it.
    if (start < 0) {
        if (key !== NONE)
            return document.lines.span(positions.startOf(key), positions.endOf(key));
        const parentStart = parent === NONE ? 0 : positions.startOf(positions.resolve(parent));
        return document.lines.span(parentStart, parentStart + 1);
    }
    // A collection can span hundreds of lines; pointing at where it starts is what a reader needs.
    return document.lines.span(start, positions.isScalar(node) ? positions.endOf(at) : start + 1);
}
/**
 * Whether the mapping at `path` has a plain `<<` key: a YAML merge key, which coexist reads as an
 * ordinary key, so the keys it would merge in are missing.
 */
function hasMergeKey(document, path) {
    const { positions } = document;
    if (!positions.hasMergeKeys)
        return false;
    let node = positions.roots[0];
    for (const segment of path) {
        if (node === undefined)
            return false;
        node =
            typeof segment === 'number'
                ? positions.item(node, segment)
                : positions.entry(node, segment)?.value;
    }
    return node !== undefined && positions.hasMergeKey(node);
}


/***/ }),

/***/ 5176:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  _: () => (/* binding */ evaluate)
});

;// CONCATENATED MODULE: ./src/core/frozen.ts
/**
 * Object.freeze, keeping the mutable type the result fields are declared with. Findings share their
 * objects among thousands of results: a write meant for one would change them all, so they are frozen.
 */
function frozen(value) {
    return Object.freeze(value);
}

;// CONCATENATED MODULE: ./src/core/alternatives.ts

// What would work instead of an unsupported pair, from the matrix alone: used by the pair findings
// (evaluate.ts) and by the capability findings (estate.ts).
/** At most this many clients, and servers, are offered as alternatives: a reader weighs three, not ten. */
const ALTERNATIVES_LISTED = 3;
/**
 * What would work instead, from the matrix alone and for the workloads a population declares: for a
 * server, the clients that offer every one of them and are supported on it; for a client, the
 * servers that support it. Built lazily and cached per server or client and workload set, so
 * findings with the same ones share the list.
 */
class AlternativesIndex {
    matrix;
    clientsOn = new Map();
    serversOf = new Map();
    constructor(matrix) {
        this.matrix = matrix;
    }
    /**
     * Clients other than `clientId` for `declared` on every one of `serverIds`: the footnote's
     * replacement first when it qualifies, then in the table's order (newest first), at most three.
     */
    clientsFor(serverIds, declared, clientId, replacementId) {
        const servers = typeof serverIds === 'string' ? [serverIds] : serverIds;
        const key = `${servers.join(',')}\u0000${declared.join(',')}\u0000${clientId}\u0000${replacementId ?? ''}`;
        return this.cached(this.clientsOn, key, () => {
            const candidates = this.matrix.data.clients.filter((c) => c.id !== clientId);
            const ordered = replacementId
                ? [
                    ...candidates.filter((c) => c.id === replacementId),
                    ...candidates.filter((c) => c.id !== replacementId),
                ]
                : candidates;
            return ordered
                .filter((c) => servers.every((s) => this.supported(c.id, s, declared)))
                .slice(0, ALTERNATIVES_LISTED)
                .map((c) => c.name);
        });
    }
    /** Servers of the matrix that support `clientId` for `declared`, in the table's order, at most three. */
    serversFor(clientId, declared) {
        return this.cached(this.serversOf, `${clientId}\u0000${declared.join(',')}`, () => this.matrix.data.servers
            .filter((s) => this.supported(clientId, s.id, declared))
            .slice(0, ALTERNATIVES_LISTED)
            .map((s) => s.name));
    }
    /** Supported for every declared workload: the client offers each one, and neither the pair nor any workload verdict is worse than supported. */
    supported(clientId, serverId, declared) {
        const cell = this.matrix.cell(clientId, serverId);
        if (cell.status !== 'supported')
            return false;
        return declared.every((w) => {
            const level = this.matrix.offers(clientId, w)?.level;
            return ((level === undefined || level === 'yes') &&
                (cell.workloads?.[w]?.status ?? 'supported') === 'supported');
        });
    }
    cached(cache, key, compute) {
        let names = cache.get(key);
        if (!names) {
            names = frozen(compute());
            cache.set(key, names);
        }
        return names;
    }
}

// EXTERNAL MODULE: ./src/core/format.ts
var format = __nccwpck_require__(6228);
// EXTERNAL MODULE: ./src/core/order.ts
var order = __nccwpck_require__(2831);
// EXTERNAL MODULE: ./src/core/statuses.ts
var statuses = __nccwpck_require__(2309);
;// CONCATENATED MODULE: ./src/core/estate.ts



// Findings about the estate rather than one client/server pair: products the matrix knows to be
// supported nowhere, workloads a client does not offer, and server products the sources do not
// support side by side. Each points at the line it is about and quotes its source.
/** The estate findings of a topology, in line order. */
function estateFindings(topology, failOn, alternatives) {
    const { matrix } = topology;
    const findings = [];
    const finding = (kind, subject, span, status, title, message, source, related) => ({
        file: topology.file,
        line: span.line,
        column: span.column,
        endLine: span.endLine,
        endColumn: span.endColumn,
        kind,
        subject,
        status,
        severity: (0,statuses/* severityOf */.xJ)(status, failOn, false),
        waived: false,
        preexisting: false,
        footnotes: [],
        source: (0,statuses/* findingSource */.B5)(matrix, source),
        title,
        message,
        ...(related && related.length > 0 ? { related } : {}),
    });
    for (const server of topology.servers) {
        const unsupported = server.unsupported;
        if (!unsupported)
            continue;
        const pairs = topology.clients.filter((c) => c.servers.includes(server)).length;
        const skipped = pairs === 0
            ? ''
            : pairs === 1
                ? ' coexist does not check the client population that connects to it.'
                : ` coexist checks none of the ${(0,format/* formatCount */.B4)(pairs)} client populations that connect to it.`;
        findings.push(finding('server-product', server.name, server.productSpan, 'not-supported', `${unsupported.name}: not supported`, `Server "${server.name}" runs ${unsupported.name}. ${unsupported.statement}${skipped}`, unsupported.source));
    }
    for (const client of topology.clients) {
        const unsupported = client.unsupported;
        if (unsupported) {
            findings.push(finding('client-product', client.name, client.productSpan, 'not-supported', `${unsupported.name}: not supported`, `${client.name} (${unsupported.name}): ${unsupported.statement}`, unsupported.source));
            continue;
        }
        for (const [j, workload] of client.workloads.entries()) {
            const capability = matrix.offers(client.product.id, workload);
            if (!capability || capability.level === 'yes')
                continue;
            const name = matrix.workloadName(workload) ?? workload;
            const who = `${client.name} (${client.product.name})`;
            // The source's own note goes with the source (annotations and SARIF cite it); the capability's note is about this finding.
            const note = capability.note;
            const span = topology.locate(['clients', client.index, 'workloads', j]);
            if (capability.level === 'no') {
                const servers = [
                    ...new Set(client.servers.filter((s) => !s.unsupported).map((s) => s.product.id)),
                ];
                const instead = servers.length > 0
                    ? alternatives.clientsFor(servers, client.workloads, client.product.id)
                    : [];
                const advice = instead.length > 0
                    ? `Remove ${workload} from the population, or use a client that offers every workload it declares and is supported on its servers: ${instead.join(', ')}.`
                    : `Remove ${workload} from the population.`;
                findings.push(finding('capability', client.name, span, 'not-supported', `${client.product.name} does not offer ${name}`, `${who} declares ${name}, which ${client.product.name} does not offer at all${note ? `: ${note}` : '.'} ${advice}`, capability.source));
            }
            else if (capability.level === 'partial') {
                findings.push(finding('capability', client.name, span, 'interoperable', `${client.product.name} offers ${name} only in part`, `${who} declares ${name}, which ${client.product.name} offers only in part${note ? `: ${note}` : '.'}`, capability.source));
            }
            else {
                findings.push(finding('capability', client.name, span, 'undocumented', `${client.product.name}: ${name} stated by no source`, `${who} declares ${name}, and no source states whether ${client.product.name} offers it, so coexist does not call it supported${note ? ` (${note})` : ''}.`, capability.source));
            }
        }
    }
    findings.push(...serverRuleFindings(topology, finding));
    return findings.sort((a, b) => a.line - b.line || a.column - b.column);
}
/**
 * The pools a server rule finding is about, by name in sorted order: what identifies it across
 * commits (new-only, SARIF fingerprints), however the file orders its servers.
 */
function subjectOf(servers) {
    return servers
        .map((s) => s.name)
        .sort(order/* compareText */.n)
        .join(', ');
}
/**
 * The server rules the topology's server products break, and every two products that run side by
 * side with no rule for them (no source states it). A violation points at the last of its servers
 * in the file, and names the others with their lines.
 */
function serverRuleFindings(topology, finding) {
    const { matrix } = topology;
    /** The first server entry of each product the topology runs. */
    const present = new Map();
    for (const server of topology.servers)
        if (!present.has(server.product.id))
            present.set(server.product.id, server);
    const findings = [];
    /** Products two at a time that some rule speaks of (supported or not): those are not "undocumented". */
    const spoken = new Set();
    const pairKey = (a, b) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
    const violation = (rule, involved, title, opening) => {
        const sorted = [...involved].sort((a, b) => a.index - b.index);
        const at = sorted.at(-1);
        const quote = rule.source.quote ? ` The source: "${rule.source.quote}"` : '';
        findings.push(finding('server-rule', subjectOf(sorted), at.productSpan, 'not-supported', title, `${opening}${quote}`, rule.source, sorted
            .slice(0, -1)
            .map((s) => ({ ...s.productSpan, message: `server "${s.name}" (${s.product.name})` }))));
    };
    const describe = (entries) => (0,format/* listed */.KE)(entries.map((s) => `${s.product.name} ("${s.name}", line ${s.productSpan.line})`));
    for (const rule of matrix.serverRules) {
        if (rule.kind === 'together') {
            for (const [i, a] of rule.servers.entries())
                for (const b of rule.servers.slice(i + 1))
                    spoken.add(pairKey(a, b));
            const involved = rule.servers.map((id) => present.get(id));
            if (rule.status !== 'not-supported' || !involved.every((s) => s !== undefined))
                continue;
            violation(rule, involved, `${(0,format/* listed */.KE)(involved.map((s) => s.product.name))} side by side: not supported`, `${describe(involved)} run side by side, which is not supported.`);
            continue;
        }
        for (const from of rule.from)
            spoken.add(pairKey(from, rule.to));
        const target = present.get(rule.to);
        if (!target)
            continue;
        const sources = rule.from.flatMap((id) => present.get(id) ?? []);
        if (rule.status === 'not-supported') {
            for (const source of sources) {
                violation(rule, [source, target], `${source.product.name} with ${target.product.name}: not supported`, `${describe([source, target])} run together, and migration from ${source.product.name} to ${target.product.name} is not supported.`);
            }
        }
        else if (rule.exclusive) {
            const names = (0,format/* listed */.KE)(rule.from.map((id) => matrix.productName('server', id)), 'or');
            for (const [id, other] of present) {
                if (id === rule.to || rule.from.includes(id))
                    continue;
                spoken.add(pairKey(id, rule.to));
                violation(rule, [other, target], `${other.product.name} with ${target.product.name}: not supported`, `${describe([other, target])} run together, but ${target.product.name} coexists with and migrates from ${names} only.`);
            }
        }
    }
    // Two products side by side that no rule speaks of, where the rules speak of both elsewhere: no
    // source states it, and coexist does not guess. A product no rule names at all (a custom matrix's
    // own server) is one the matrix says nothing about coexisting with: it is not questioned.
    const ruled = new Set(matrix.serverRules.flatMap((r) => (r.kind === 'together' ? r.servers : [...r.from, r.to])));
    const products = [...present.values()].filter((s) => !s.unsupported && ruled.has(s.product.id));
    // In the matrix's order of server products, so that the title does not depend on the file's order.
    const rank = new Map(matrix.serverProducts().map((p, i) => [p.id, i]));
    products.sort((a, b) => (rank.get(a.product.id) ?? 0) - (rank.get(b.product.id) ?? 0));
    for (const [i, a] of products.entries()) {
        for (const b of products.slice(i + 1)) {
            if (spoken.has(pairKey(a.product.id, b.product.id)))
                continue;
            const involved = [a, b];
            const [first, last] = a.index < b.index ? [a, b] : [b, a];
            findings.push(finding('server-rule', subjectOf(involved), last.productSpan, 'undocumented', `${a.product.name} with ${b.product.name}: stated by no source`, `${describe(involved)} run side by side, and no source states that they may (or may not), so coexist does not call it supported.`, undefined, [{ ...first.productSpan, message: `server "${first.name}" (${first.product.name})` }]));
        }
    }
    return findings;
}

// EXTERNAL MODULE: ./src/core/versions.ts
var versions = __nccwpck_require__(4506);
;// CONCATENATED MODULE: ./src/core/evaluate.ts







const DAY_MS = 24 * 60 * 60 * 1000;
/**
 * Checks the estate (server rules, capabilities, products supported nowhere) and every client
 * population against every server it reaches: one result per pair.
 */
function evaluate(topology, policy) {
    const now = policy.now.getTime();
    const { expiryWarningDays, maxWaiverDays } = policy;
    // Exceptions last through whole days (UTC), so their countdowns and windows count calendar days:
    // an exception for tomorrow is "tomorrow" in the morning and in the evening alike.
    const today = Math.floor(now / DAY_MS);
    /** The exceptions in force, by client and server name. */
    const exceptions = new Map();
    const warnings = [];
    const notices = [];
    const about = (e) => `the exception for "${e.client}" on "${e.server}"${e.ticket ? ` (${e.ticket})` : ''}`;
    for (const exception of topology.exceptions) {
        if (exception.expiresAt <= now) {
            warnings.push({
                file: topology.file,
                ...exception.expiresSpan,
                message: `${about(exception)} expired at the end of ${exception.expires} (UTC) and waives nothing; fix the pair or renew the exception with a new date`,
            });
            continue;
        }
        const waivers = exceptions.get(exception.client) ?? new Map();
        exceptions.set(exception.client, waivers.set(exception.server, exception));
        // expiresAt is the midnight (UTC) that ends the exception's last day.
        const daysLeft = (exception.expiresAt - DAY_MS) / DAY_MS - today;
        if (maxWaiverDays && daysLeft > maxWaiverDays) {
            warnings.push({
                file: topology.file,
                ...exception.expiresSpan,
                message: `${about(exception)} runs until ${exception.expires}, more than ${maxWaiverDays} days ahead (max-waiver-days); an accepted risk is meant to be reviewed: set a date within ${maxWaiverDays} days and renew it then if it still holds`,
            });
        }
        if (expiryWarningDays && daysLeft <= expiryWarningDays) {
            const when = daysLeft === 0 ? 'today' : daysLeft === 1 ? 'tomorrow' : `in ${daysLeft} days`;
            notices.push({
                file: topology.file,
                ...exception.expiresSpan,
                message: `${about(exception)} expires at the end of ${exception.expires} (UTC), ${when}${exception.owner ? `; owner: ${exception.owner}` : ''}`,
            });
        }
    }
    const results = [];
    const findings = new PairFindings(topology.matrix, policy.failOn);
    /** Exceptions that were asked to waive a supported pair. */
    const idle = new Set();
    for (const client of topology.clients) {
        // A product supported nowhere has a finding of its own (estate.ts); its pairs have no cells.
        if (client.unsupported)
            continue;
        const span = client.productSpan;
        const who = `${client.name} (${client.product.name})`;
        // A waiver binds to the product it was reviewed for: changing the population's product must
        // not carry an old acceptance over to a client nobody accepted.
        const waivers = exceptions.get(client.name);
        const findingOn = findings.of(client);
        for (const server of client.servers) {
            if (server.unsupported)
                continue;
            const finding = findingOn(server);
            for (const requirement of finding.unchecked)
                findings.uncheckable(server, requirement, client.product.name);
            let exception = waivers?.get(server.name);
            if (exception && exception.product.id !== client.product.id) {
                warnings.push({
                    file: topology.file,
                    ...exception.productSpan,
                    message: `${about(exception)} was written for ${exception.product.name}, but "${client.name}" runs ${client.product.name}: it waives nothing until it is reviewed for ${client.product.name} (set its product and reason anew)`,
                });
                exception = undefined;
            }
            if (exception && finding.status === 'supported')
                idle.add(exception);
            const waiving = finding.status !== 'supported' ? exception : undefined;
            const waived = waiving !== undefined;
            // Optional members are added after the others rather than spread in place: conditional
            // spreads cost several times as much per result, and a large topology has a lot of them.
            const result = {
                file: topology.file,
                line: span.line,
                column: span.column,
                endLine: span.endLine,
                endColumn: span.endColumn,
                client: client.name,
                server: server.name,
                clientProduct: client.product.name,
                serverProduct: server.product.name,
                status: finding.status,
                severity: waived ? 'notice' : finding.severity,
                waived,
                preexisting: false,
                workloads: finding.workloads,
                footnotes: finding.footnotes,
                source: finding.source,
                title: finding.title,
                message: `${who}${finding.messageOn(server.name)}${waiving ? ` ${waiver(waiving)}` : ''}`,
            };
            if (finding.workloadVerdicts)
                result.workloadVerdicts = finding.workloadVerdicts;
            if (finding.replacement !== undefined)
                result.replacement = finding.replacement;
            if (finding.alternatives)
                result.alternatives = finding.alternatives;
            if (finding.missingUpdate)
                result.missingUpdate = finding.missingUpdate;
            if (waiving) {
                result.exception = {
                    reason: waiving.reason,
                    expires: waiving.expires,
                    ...(waiving.owner ? { owner: waiving.owner } : {}),
                    ...(waiving.ticket ? { ticket: waiving.ticket } : {}),
                };
            }
            results.push(result);
        }
    }
    // An exception on a pair that needs no waiver is stale paperwork; say so where it is written.
    for (const exception of topology.exceptions) {
        if (idle.has(exception))
            warnings.push({
                file: topology.file,
                ...exception.span,
                message: `${about(exception)} waives nothing: the pair is supported; remove the exception`,
            });
    }
    warnings.push(...findings.versionWarnings(topology.file));
    // Warnings on one line are ordered by their text, so that the file's order of populations does not show.
    warnings.sort((a, b) => a.line - b.line || a.column - b.column || (0,order/* compareText */.n)(a.message, b.message));
    return {
        results,
        estate: estateFindings(topology, policy.failOn, findings.alternatives),
        warnings,
        notices,
    };
}
function waiver(exception) {
    return `Waived until the end of ${exception.expires} (UTC)${exception.owner ? ` by ${exception.owner}` : ''}${exception.ticket ? ` (${exception.ticket})` : ''}: ${exception.reason}`;
}
/** How a message names the update a requirement needs: its name and build, or its id when the matrix lists no such update. */
function needed({ requires, update }) {
    return update ? (0,versions/* describeUpdate */.LX)(update) : requires.update;
}
/**
 * The pair findings of one evaluation, by client product and declared workloads, then server
 * product and version. Shared objects are frozen: a write meant for one result would otherwise
 * change thousands.
 */
class PairFindings {
    matrix;
    failOn;
    byClient = new Map();
    alternatives;
    /**
     * Requirements a server's version could not be checked against, by server, update and what the
     * source says of it: warned about once each, naming the client products in table order.
     */
    unchecked = new Map();
    constructor(matrix, failOn) {
        this.matrix = matrix;
        this.failOn = failOn;
        this.alternatives = new AlternativesIndex(matrix);
    }
    /** The finding on any server entry for a client population (its product and the workloads it declares). */
    of(client) {
        const declared = client.workloads;
        const key = declared.length === 0
            ? client.product.id
            : `${client.product.id}\u0000${declared.join('\u0000')}`;
        let findingOn = this.byClient.get(key);
        if (!findingOn) {
            // A workload the client does not offer at all is a capability finding (estate.ts), not a question for the server.
            const offered = declared.filter((w) => this.matrix.offers(client.product.id, w)?.level !== 'no');
            const byServer = new Map();
            // Clients share the server entries they name: each entry's key is made once, not once per pair.
            const byEntry = new Map();
            findingOn = (server) => {
                let finding = byEntry.get(server);
                if (!finding) {
                    const serverKey = server.version
                        ? `${server.product.id}\u0000${server.version.text}`
                        : server.product.id;
                    finding = byServer.get(serverKey);
                    if (!finding) {
                        finding = this.compute(client.product, declared, offered, server);
                        byServer.set(serverKey, finding);
                    }
                    byEntry.set(server, finding);
                }
                return finding;
            };
            this.byClient.set(key, findingOn);
        }
        return findingOn;
    }
    /** Notes that `server` cannot be checked for `requirement`, which `clientProduct` has there. */
    uncheckable(server, requirement, clientProduct) {
        const key = `${server.name}\u0000${requirement.requires.update}\u0000${requirement.requires.note}`;
        const noted = this.unchecked.get(key) ?? { server, requirement, clients: new Set() };
        noted.clients.add(clientProduct);
        this.unchecked.set(key, noted);
    }
    /** Warnings for the requirements no declared version could be checked against: one per server and update, at the server. */
    versionWarnings(file) {
        // Client products, not populations: few, however many populations there are; in the table's
        // order, so that a warning reads the same whatever the order of the populations.
        const order = new Map(this.matrix.data.clients.map((c, i) => [c.name, i]));
        return [...this.unchecked.values()].map(({ server, requirement, clients }) => {
            const { requires, state } = requirement;
            const update = needed(requirement);
            const who = (0,format/* listed */.KE)([...clients].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)));
            if (state === 'undeclared' || !server.version) {
                return {
                    file,
                    topic: 'server-version',
                    ...server.productSpan,
                    message: `server "${server.name}" (${server.product.name}) declares no version, and ${who} on it ${clients.size === 1 ? 'needs' : 'need'} ${update} or later: ${requires.note} Add \`version:\` with the pool's build (Get-CsServerPatchVersion) or update so that coexist can check it.`,
                };
            }
            return {
                file,
                topic: 'server-version',
                ...server.version.span,
                message: `coexist cannot tell whether ${server.version.text} on server "${server.name}" (${server.product.name}) includes ${update}, which ${who} ${clients.size === 1 ? 'needs' : 'need'}: no source gives a build or release month that decides it. Declare the pool's build (Get-CsServerPatchVersion) instead.`,
            };
        });
    }
    compute(client, declared, offered, server) {
        const { matrix } = this;
        const cell = matrix.cell(client.id, server.product.id);
        const own = this.apply(cell, server);
        const refined = [];
        const workloadVerdicts = [];
        for (const workload of offered) {
            const verdict = cell.workloads?.[workload];
            if (verdict) {
                const applied = { ...this.apply(verdict, server), workload };
                refined.push(applied);
                workloadVerdicts.push({ workload, status: applied.status, from: 'workload' });
            }
            else {
                workloadVerdicts.push({ workload, status: own.status, from: 'pair' });
            }
        }
        // The pair's status is the worst of its own verdict and those stated for the workloads it declares.
        const worst = [own, ...refined].reduce((a, b) => statuses/* STATUS_RANK */.Mo[b.status] > statuses/* STATUS_RANK */.Mo[a.status] ? b : a);
        const deciding = refined.filter((a) => a.status === worst.status && statuses/* STATUS_RANK */.Mo[a.status] > statuses/* STATUS_RANK */.Mo[own.status]);
        const status = worst.status;
        // Every footnote that bears on the pair: the deciding verdict's first, then the pair's own and
        // the other workloads', and those of a source that states the pair otherwise.
        const cited = [
            ...new Set([worst, ...deciding, own, ...refined].flatMap((a) => [
                ...(a.verdict.footnotes ?? []),
                ...(a.verdict.conflicts ?? []).flatMap((c) => c.footnotes ?? []),
            ])),
        ];
        // A result carries what a reader needs of a footnote, its marker and text; how coexist reads it stays with the matrix.
        const footnotes = cited.map((id) => matrix.footnote(id)).map(({ id, text }) => ({ id, text }));
        const verdict = worst.verdict;
        const replacementId = verdict.replacement ?? own.verdict.replacement;
        const replacement = replacementId === undefined ? undefined : matrix.productName('client', replacementId);
        const source = (0,statuses/* findingSource */.B5)(matrix, verdict.source, verdict.conflicts);
        const alternatives = status === 'not-supported' || status === 'not-applicable' || status === 'undocumented'
            ? {
                clients: this.alternatives.clientsFor(server.product.id, declared, client.id, replacementId),
                servers: this.alternatives.serversFor(client.id, declared),
            }
            : undefined;
        const requirements = [own, ...refined].flatMap((a) => (a.requirement ? [a.requirement] : []));
        const unchecked = requirements.flatMap((r) => r.state === 'unmet' ? [] : [{ ...r, state: r.state }]);
        const unmet = requirements.filter((r) => r.state === 'unmet');
        const missing = unmet[0]?.update;
        const severity = (0,statuses/* severityOf */.xJ)(status, this.failOn, footnotes.length > 0 || unmet.length > 0);
        const workloads = deciding.map((a) => a.workload);
        const workloadNames = workloads.map((w) => matrix.workloadName(w) ?? w);
        const title = `${client.name} on ${server.product.name}: ${workloadNames.length > 0 ? `${workloadNames.join(', ')} ` : ''}${statuses/* STATUS_PHRASE */.xi[status]}`;
        const rest = [
            ...unmet.map((r) => `It needs ${needed(r)} or later, and the server declares version ${server.version?.text}: ${r.requires.note}`),
            ...(verdict.conflicts ?? []).map((c) => `${describeDocument(matrix, c.ref)} states it otherwise (${statuses/* STATUS_PHRASE */.xi[c.status]})${c.note ? `: ${c.note}` : '.'}`),
            verdict.advice ??
                (replacement && status !== 'supported' ? `Use ${replacement} instead.` : undefined),
            alternatives ? describeAlternatives(client, server.product, alternatives) : undefined,
        ];
        const messages = new Map();
        return {
            status,
            severity,
            workloads: frozen(workloads),
            ...(workloadVerdicts.length > 0 ? { workloadVerdicts: frozen(workloadVerdicts) } : {}),
            footnotes: frozen(footnotes),
            ...(replacement === undefined ? {} : { replacement }),
            ...(alternatives ? { alternatives: frozen(alternatives) } : {}),
            ...(missing
                ? {
                    missingUpdate: frozen({
                        id: missing.id,
                        name: missing.name,
                        ...(missing.build ? { build: missing.build } : {}),
                    }),
                }
                : {}),
            source: frozen(source),
            title,
            unchecked: frozen(unchecked),
            messageOn: (name) => {
                let message = messages.get(name);
                if (message === undefined) {
                    message = ` ${[explain(own, refined, `${name} (${server.product.name})`, matrix), ...rest].filter((part) => part !== undefined).join(' ')}`;
                    messages.set(name, message);
                }
                return message;
            },
        };
    }
    /** `verdict` on `server`: its status, or the status its requirement gives when the server's version does not include the update. */
    apply(verdict, server) {
        const requires = verdict.requires;
        if (!requires)
            return { verdict, status: verdict.status };
        const update = this.matrix.update(server.product.id, requires.update);
        const named = update ? { requires, update } : { requires };
        if (!server.version)
            return { verdict, status: verdict.status, requirement: { ...named, state: 'undeclared' } };
        const included = update
            ? (0,versions/* includesUpdate */.vZ)(server.version, update, this.matrix.builds(server.product.id)?.updates ?? [])
            : 'unknown';
        if (included === 'yes')
            return { verdict, status: verdict.status };
        if (included === 'unknown')
            return { verdict, status: verdict.status, requirement: { ...named, state: 'unknown' } };
        return {
            verdict,
            status: statuses/* STATUS_RANK */.Mo[requires.unmet] > statuses/* STATUS_RANK */.Mo[verdict.status] ? requires.unmet : verdict.status,
            requirement: { ...named, state: 'unmet' },
        };
    }
}
function describeAlternatives(client, server, alternatives) {
    const onServer = alternatives.clients.length > 0
        ? `${server.name} supports ${alternatives.clients.join(', ')}`
        : `${server.name} supports none of the matrix's clients for these workloads`;
    const forClient = alternatives.servers.length > 0
        ? `${client.name} is supported on ${alternatives.servers.join(', ')}`
        : `no server of the matrix supports ${client.name}`;
    return `Alternatives: ${onServer}; ${forClient}.`;
}
/** "Client interoperability in Lync 2013, Table 1 - Server and Client Compatibility,". */
function describeDocument(matrix, ref) {
    const document = (0,statuses/* documentOf */.lM)(matrix, ref);
    return document.table ? `${document.title}, ${document.table},` : document.title;
}
/**
 * The sentence a message opens with, after the population's name and product: the pair's own
 * verdict, or the workloads whose stated verdicts are worse, worst first.
 */
function explain(own, refined, where, matrix) {
    // A workload stated better than the pair does not improve it (the pair's verdict holds), so only worse ones are named.
    const differing = refined
        .filter((a) => statuses/* STATUS_RANK */.Mo[a.status] > statuses/* STATUS_RANK */.Mo[own.status])
        .sort((a, b) => statuses/* STATUS_RANK */.Mo[b.status] - statuses/* STATUS_RANK */.Mo[a.status]);
    if (differing.length > 0) {
        const groups = new Map();
        for (const a of differing)
            groups.set(a.status, [
                ...(groups.get(a.status) ?? []),
                matrix.workloadName(a.workload) ?? a.workload,
            ]);
        const clauses = [...groups].map(([status, names], i) => `${(0,format/* listed */.KE)(names)}, which ${names.length === 1 ? 'is' : 'are'} ${statuses/* STATUS_PHRASE */.xi[status]}${i === 0 ? ` on ${where}` : ''}`);
        return `declares ${clauses.join(', and ')}.`;
    }
    switch (own.status) {
        case 'supported':
            return `is supported on ${where}.`;
        case 'interoperable':
            return `on ${where} is interoperable only, not fully supported.`;
        case 'not-supported':
            return `is not supported on ${where}.`;
        case 'not-applicable':
            return `connects to ${where}, a combination matrix ${matrix.id} marks not applicable: the client has no counterpart on that server.`;
        case 'undocumented':
            return `on ${where}: no source states this combination, so coexist does not call it supported.`;
    }
}


/***/ }),

/***/ 6228:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B4: () => (/* binding */ formatCount),
/* harmony export */   KE: () => (/* binding */ listed),
/* harmony export */   LS: () => (/* binding */ plural)
/* harmony export */ });
// Numbers in messages, written the way people read them ("250,000"). Grouped by hand rather than
// with toLocaleString, which builds an ICU number formatter on first use: start-up time every run
// would pay for a message few runs print.
/** 250000 \u2192 "250,000". */
function formatCount(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
/** "1 pair", "2 pairs", "1,000 directories": the count with the word it counts. */
function plural(n, one, many = `${one}s`) {
    return `${formatCount(n)} ${n === 1 ? one : many}`;
}
/** "A", "A and B", "A, B and C" (or with "or"). */
function listed(names, conjunction = 'and') {
    return names.length <= 1
        ? (names[0] ?? '')
        : `${names.slice(0, -1).join(', ')} ${conjunction} ${names.at(-1)}`;
}


/***/ }),

/***/ 6419:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B6: () => (/* binding */ MAX_EXTENDS_DEPTH),
/* harmony export */   Fv: () => (/* binding */ parseLimit),
/* harmony export */   VW: () => (/* binding */ LIMIT_CEILINGS),
/* harmony export */   _$: () => (/* binding */ PROBLEMS_LISTED_PER_FILE),
/* harmony export */   bG: () => (/* binding */ RunBudget),
/* harmony export */   dR: () => (/* binding */ DEFAULT_LIMITS),
/* harmony export */   fS: () => (/* binding */ DEFAULT_MAX_BYTES)
/* harmony export */ });
/* unused harmony exports DEFAULT_MAX_INVENTORY_BYTES, SUGGESTION_WORK_PER_RUN, Allowance */
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6228);

const DEFAULT_LIMITS = { maxNodes: 250_000, maxPairs: 25_000 };
/**
 * How far the knobs go. The worst input at either ceiling takes the action about 1 GB (SECURITY.md
 * gives the measurements), inside the heap Node gives itself on any GitHub-hosted runner.
 */
const LIMIT_CEILINGS = { maxNodes: 2_000_000, maxPairs: 500_000 };
/**
 * Topology files larger than this are refused before they are read (option max-bytes). Above the
 * largest estates (the benchmark's 100,000 populations take 13.6 MB) and small enough that a
 * hostile file is refused before it is parsed.
 */
const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;
/** `coexist import`'s inventory files: larger than a topology, since a million rows of user agents is some 100 MB. */
const DEFAULT_MAX_INVENTORY_BYTES = (/* unused pure expression or super */ null && (256 * 1024 * 1024));
/** Problems of one kind (errors, warnings, notices) listed per file; the others are only counted. */
const PROBLEMS_LISTED_PER_FILE = 100;
/** How many matrix files one `extends` chain may hold; deeper is a mistake, not a design. */
const MAX_EXTENDS_DEPTH = 8;
/**
 * Character comparisons "did you mean" may spend in one run. A suggestion is a courtesy: a file of
 * thousands of unknown names gets suggestions for the first few hundred and plain messages after.
 */
const SUGGESTION_WORK_PER_RUN = 20_000_000;
/**
 * One limit of a run and what has been spent of it: YAML nodes or client/server pairs. A request
 * is taken whole or not at all, so a refused file costs the run nothing.
 */
class Allowance {
    limit;
    what;
    option;
    spent = 0;
    constructor(limit, 
    /** What is counted, in the plural ("YAML nodes"), and the option that sets the limit, for messages. */
    what, option) {
        this.limit = limit;
        this.what = what;
        this.option = option;
    }
    get used() {
        return this.spent;
    }
    get left() {
        return this.limit - this.spent;
    }
    /** Takes `count` when it fits; false (and nothing taken) when it does not. */
    take(count) {
        if (count > this.left)
            return false;
        this.spent += count;
        return true;
    }
    /**
     * Why a file of `count` (or, unknown, of far more) was refused, and what to do about it; `what`
     * names what was counted when it is not simply the unit (a plan counts each pair twice).
     */
    refusal(count, what = this.what) {
        const size = count === undefined ? `far more ${what}` : `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(count)} ${what}, more`;
        const before = this.spent === 0 ? '' : ` (the files before it used ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(this.spent)})`;
        return `this file has ${size} than the run's limit of ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(this.limit)} (${this.option}) leaves for it${before}; raise ${this.option} for an estate this large`;
    }
}
/**
 * The spending of one run against its Limits. Made once per run by the shell and handed to every
 * step, so that a run of many files is bounded as a whole, not file by file.
 */
class RunBudget {
    limits;
    nodes;
    pairs;
    suggestionWorkLeft = SUGGESTION_WORK_PER_RUN;
    constructor(limits = DEFAULT_LIMITS) {
        this.limits = limits;
        this.nodes = new Allowance(limits.maxNodes, 'YAML nodes', 'max-nodes');
        this.pairs = new Allowance(limits.maxPairs, 'client/server pairs', 'max-pairs');
    }
    /** Spends up to `work` comparisons on a suggestion; false when the run has none left for it. */
    takeSuggestionWork(work) {
        if (work > this.suggestionWorkLeft) {
            this.suggestionWorkLeft = 0;
            return false;
        }
        this.suggestionWorkLeft -= work;
        return true;
    }
}
/** `max-nodes` / `max-pairs`: a whole number from 1 to the ceiling, `1000`, `250k` or `2M`. */
function parseLimit(text, ceiling) {
    const match = /^(\d+)\s*([kKmM]?)$/.exec(text.trim());
    if (!match)
        return undefined;
    const value = Number(match[1]) * ({ k: 1_000, m: 1_000_000 }[(match[2] ?? '').toLowerCase()] ?? 1);
    return value >= 1 && value <= ceiling ? value : undefined;
}


/***/ }),

/***/ 5240:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ LineIndex)
/* harmony export */ });
/**
 * Turns character offsets into 1-based lines and columns. Built once per file; each lookup is a
 * binary search, so mapping every node of a 100,000-population file stays linear overall.
 */
class LineIndex {
    text;
    /** Offset of each line's first character; 32-bit, as files are capped far below 2 GiB: half the memory of numbers. */
    starts;
    /** The line of the last lookup, where the next one is likely to be. */
    recent = 0;
    constructor(text) {
        this.text = text;
        let starts = new Int32Array(1024);
        let count = 1;
        const add = (offset) => {
            // Grown by doubling rather than pushed to an array and copied: a large file has 400,000
            // lines.
            if (count === starts.length) {
                const grown = new Int32Array(count * 2);
                grown.set(starts);
                starts = grown;
            }
            starts[count++] = offset;
        };
        // \r\n, \r and \n all end a line, as editors count them. Most files have no \r, and for them
        // indexOf, which skips ahead natively, is several times faster than reading every character.
        if (!text.includes('\r')) {
            for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
                add(i + 1);
        }
        else {
            for (let i = 0; i < text.length; i++) {
                const c = text.charCodeAt(i);
                if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10))
                    add(i + 1);
            }
        }
        this.starts = starts.slice(0, count);
    }
    get lineCount() {
        return this.starts.length;
    }
    position(offset) {
        const at = this.clamp(offset);
        const line = this.lineAt(at);
        return { line: line + 1, column: at - this.starts[line] + 1 };
    }
    span(start, end) {
        // Computed without position()'s objects: every located finding and error comes through here.
        const from = this.clamp(start);
        const to = this.clamp(Math.max(start, end));
        const line = this.lineAt(from);
        const endLine = this.lineAt(to);
        return {
            line: line + 1,
            column: from - this.starts[line] + 1,
            endLine: endLine + 1,
            endColumn: to - this.starts[endLine] + 1,
        };
    }
    /** The 0-based line holding `offset` (clamped to the text). */
    lineOf(offset) {
        return this.lineAt(this.clamp(offset));
    }
    clamp(offset) {
        return Math.max(0, Math.min(offset, this.text.length));
    }
    /**
     * The 0-based line holding the offset `at`. Lookups mostly come in file order (a topology is read
     * entry by entry, and a span's end is on or just after its start's line), so the few lines from
     * the last one found are tried before a binary search over all of them.
     */
    lineAt(at) {
        const { starts } = this;
        const last = starts.length - 1;
        for (let line = this.recent, tried = 0; tried < 8 && line <= last; line++, tried++) {
            if (starts[line] > at)
                break;
            if (line === last || starts[line + 1] > at)
                return (this.recent = line);
        }
        let lo = 0;
        let hi = last;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.starts[mid] <= at)
                lo = mid;
            else
                hi = mid - 1;
        }
        return (this.recent = lo);
    }
}


/***/ }),

/***/ 5490:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ Matrix)
/* harmony export */ });
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6419);
/* harmony import */ var _schema_validator_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9331);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2085);



/** A validated matrix with the lookups evaluation needs. */
class Matrix {
    data;
    file;
    facts;
    byName = new Map();
    lookups = new Map();
    names = new Map();
    listings = new Map();
    cells = new Map();
    footnotesById;
    workloadsById;
    clientsById;
    serversById;
    /** The unsupported products and server rules in force: this matrix's own, then its facts' (own ids win). */
    unsupportedProducts;
    serverRules;
    constructor(data, 
    /** The repository file a custom matrix was read from; undefined for a built-in matrix. */
    file, 
    /** The matrix `data.facts` names, whose product facts fill in what this one does not state. */
    facts) {
        this.data = data;
        this.file = file;
        this.facts = facts;
        this.footnotesById = new Map(data.footnotes.map((f) => [f.id, f]));
        this.workloadsById = new Map(data.workloads.map((w) => [w.id, w.name]));
        this.clientsById = new Map(data.clients.map((c) => [c.id, c]));
        this.serversById = new Map(data.servers.map((s) => [s.id, s]));
        for (const cell of data.cells)
            this.cells.set(cellKey(cell.client, cell.server), cell);
        this.unsupportedProducts = byId(data.unsupportedProducts ?? [], facts?.unsupportedProducts ?? []);
        this.serverRules = byId(data.serverRules ?? [], facts?.serverRules ?? []);
        // The unsupported products are known by name too, so that they are explained, never "corrected"
        // to a similar product the matrix has; a name of the matrix's own products wins.
        for (const unsupported of this.unsupportedProducts) {
            for (const name of namesOf(unsupported))
                this.byName.set((0,_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeName */ .Pc)(name), {
                    kind: unsupported.kind,
                    product: unsupported,
                    unsupported,
                });
        }
        for (const [kind, products] of [
            ['server', data.servers],
            ['client', data.clients],
        ]) {
            for (const product of products) {
                for (const name of namesOf(product))
                    this.byName.set((0,_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeName */ .Pc)(name), { kind, product });
            }
        }
    }
    /**
     * Validates `data` against the matrix schema and the rules a schema cannot state. `file` is where
     * a custom matrix was read from; reports name it, so that no file can pass for a built-in matrix.
     * `facts` is the matrix `data.facts` names, already loaded.
     */
    static load(data, file, facts) {
        const schemaErrors = (0,_schema_validator_js__WEBPACK_IMPORTED_MODULE_1__/* .matrixSchemaErrors */ .I)(data);
        if (schemaErrors.length > 0) {
            const problems = schemaErrors.map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
            return {
                ok: false,
                problems: problems.slice(0, _limits_js__WEBPACK_IMPORTED_MODULE_0__/* .PROBLEMS_LISTED_PER_FILE */ ._$),
                unlisted: Math.max(0, problems.length - _limits_js__WEBPACK_IMPORTED_MODULE_0__/* .PROBLEMS_LISTED_PER_FILE */ ._$),
            };
        }
        return Matrix.fromCheckedShape(data, file, facts);
    }
    /**
     * A built-in matrix, as shipped: the test suite checks every file under matrices/ against the
     * schema and for consistency (test/matrices.test.ts) before a release is built, and checking the
     * catalogue of every generation again cost some 12 ms of every start-up.
     */
    static builtin(data, facts) {
        return new Matrix(data, undefined, facts);
    }
    /**
     * A matrix whose data the caller has checked against the schema already (a matrix file, with its
     * problems at their lines): checked for what a schema cannot state.
     */
    static fromCheckedShape(data, file, facts) {
        const matrix = new Matrix(data, file, facts);
        const found = matrix.consistencyProblems();
        return found.problems.length > 0 ? { ok: false, ...found } : { ok: true, matrix };
    }
    get id() {
        return this.data.id;
    }
    /** The product a topology means by `name` (display name, id or alias, case and spacing folded). */
    find(name) {
        return this.findFolded((0,_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeName */ .Pc)(name));
    }
    /** find() for a name already folded by normalizeName. */
    findFolded(folded) {
        return this.byName.get(folded);
    }
    /** The product of this kind a topology means by `name` (display name, id or alias). */
    lookup(name, kind) {
        // A large topology names the same few products many thousands of times: each name is
        // normalised and looked up once per matrix.
        const key = `${kind}\u0000${name}`;
        let lookup = this.lookups.get(key);
        if (!lookup) {
            const found = this.find(name);
            if (found?.kind === kind)
                lookup = found.unsupported
                    ? { ok: true, product: found.product, unsupported: found.unsupported }
                    : { ok: true, product: found.product };
            else
                lookup = found
                    ? { ok: false, otherKind: { kind: found.kind, product: found.product } }
                    : { ok: false };
            this.lookups.set(key, lookup);
        }
        return lookup;
    }
    /**
     * Why `name` names no product of this kind: a product of the other kind, or an unknown name with
     * the names it is a spelling slip of (shown by display name), found within the run's suggestion
     * budget. Only a slip within one product's name is suggested: "OCS 2007" is not a slip of
     * "OCS 2007 R2", nor "Lync 2010 Attendee" of "Lync 2010 Attendant".
     */
    lookupProblem(name, kind, budget, folded = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeName */ .Pc)(name)) {
        const found = this.findFolded(folded);
        if (found)
            return `"${name}" is a ${found.kind} product, not a ${kind}; ${this.listing(kind)}`;
        const suggestions = [
            ...new Set((0,_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .spellingSlipsOf */ .L4)(name, this.namesOfKind(kind), 3, budget, folded).map((n) => this.find(n)?.product.name ?? n)),
        ];
        const hint = suggestions.length > 0
            ? `did you mean ${suggestions.map((s) => JSON.stringify(s)).join(' or ')}?`
            : this.listing(kind);
        return `unknown ${kind} product "${name}" in matrix ${this.id}; ${hint}`;
    }
    /** "clients of matrix M: A, B, \u2026", the sentence that lists the display names of the products of this kind. */
    listing(kind) {
        let listing = this.listings.get(kind);
        if (listing === undefined) {
            listing = `${kind}s of matrix ${this.id}: ${this.displayNames(kind).join(', ')}`;
            this.listings.set(kind, listing);
        }
        return listing;
    }
    /** Every name a product of this kind answers to, with its words, for "did you mean": built once per kind, as a file of thousands of unknown names asks each time. */
    namesOfKind(kind) {
        let names = this.names.get(kind);
        if (!names) {
            names = (kind === 'client' ? this.data.clients : this.data.servers)
                .flatMap(namesOf)
                .map(_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .nameWords */ .Lo);
            this.names.set(kind, names);
        }
        return names;
    }
    /** Display names of the products of this kind, in table order. */
    displayNames(kind) {
        return (kind === 'client' ? this.data.clients : this.data.servers).map((p) => p.name);
    }
    cell(clientId, serverId) {
        const cell = this.cells.get(cellKey(clientId, serverId));
        // load() proved the grid complete, so a miss is a bug in coexist, not in the input.
        if (!cell)
            throw new Error(`matrix ${this.id} has no cell for ${clientId} on ${serverId}`);
        return cell;
    }
    footnote(id) {
        const footnote = this.footnotesById.get(id);
        if (!footnote)
            throw new Error(`matrix ${this.id} has no footnote ${id}`);
        return footnote;
    }
    workloadName(id) {
        return this.workloadsById.get(id);
    }
    get workloadIds() {
        return [...this.workloadsById.keys()];
    }
    productName(kind, id) {
        const product = kind === 'client' ? this.clientsById.get(id) : this.serversById.get(id);
        return (product?.name ??
            this.unsupportedProducts.find((p) => p.id === id)?.name ??
            this.facts?.productName(kind, id) ??
            id);
    }
    /**
     * Whether client `clientId` offers `workload` at all, as this matrix states it or, for a client it
     * describes no capabilities of, its facts matrix. Undefined when neither speaks of the client:
     * then nothing is known and nothing is checked.
     */
    offers(clientId, workload) {
        const own = this.clientsById.get(clientId);
        if (own?.offers)
            return own.offers[workload] ?? { level: 'undocumented' };
        return this.facts?.offers(clientId, workload);
    }
    /** The server products of this matrix, then those of its facts that it does not have. */
    serverProducts() {
        return this.facts ? byId(this.data.servers, this.facts.serverProducts()) : this.data.servers;
    }
    /** The builds and updates of server product `serverId`, from this matrix or its facts. */
    builds(serverId) {
        return this.serversById.get(serverId)?.builds ?? this.facts?.builds(serverId);
    }
    /** Update `updateId` of server product `serverId`, from this matrix or its facts. */
    update(serverId, updateId) {
        return this.builds(serverId)?.updates.find((u) => u.id === updateId);
    }
    /** The document a source reference names, in this matrix or its facts. */
    document(ref) {
        return this.data.sources[ref] ?? this.facts?.document(ref);
    }
    consistencyProblems() {
        // A small file can describe a huge grid (1,000 clients by 1,000 servers with one cell): the
        // problems are listed up to the limit and counted beyond it, never all spelled out.
        const problems = [];
        let unlisted = 0;
        const problem = (text) => {
            if (problems.length < _limits_js__WEBPACK_IMPORTED_MODULE_0__/* .PROBLEMS_LISTED_PER_FILE */ ._$)
                problems.push(text);
            else
                unlisted++;
        };
        const { data } = this;
        const seenNames = new Map();
        const clientIds = new Set();
        const serverIds = new Set();
        for (const [kind, products, ids] of [
            ['server', data.servers, serverIds],
            ['client', data.clients, clientIds],
        ]) {
            for (const product of products) {
                if (clientIds.has(product.id) || serverIds.has(product.id))
                    problem(`${kind} id "${product.id}" is declared twice`);
                ids.add(product.id);
                for (const name of namesOf(product)) {
                    const folded = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeName */ .Pc)(name);
                    const owner = seenNames.get(folded);
                    if (owner !== undefined && owner !== product.id)
                        problem(`the name "${name}" of ${product.id} already names ${owner}`);
                    seenNames.set(folded, product.id);
                }
            }
        }
        for (const unsupported of data.unsupportedProducts ?? []) {
            if (clientIds.has(unsupported.id) || serverIds.has(unsupported.id))
                problem(`unsupported product "${unsupported.id}" is also a ${clientIds.has(unsupported.id) ? 'client' : 'server'} of the matrix`);
        }
        const footnoteIds = new Set(data.footnotes.map((f) => f.id));
        const workloadIds = new Set(data.workloads.map((w) => w.id));
        if (footnoteIds.size !== data.footnotes.length)
            problem('a footnote id is declared twice');
        if (workloadIds.size !== data.workloads.length)
            problem('a workload id is declared twice');
        const checkSource = (where, source) => {
            if (source && this.document(source.ref) === undefined)
                problem(`${where} cites source "${source.ref}", which the matrix does not declare`);
        };
        const checkVerdict = (where, verdict, server) => {
            for (const id of verdict.footnotes ?? [])
                if (!footnoteIds.has(id))
                    problem(`${where} cites footnote "${id}", which the matrix does not declare`);
            if (verdict.replacement !== undefined && !clientIds.has(verdict.replacement))
                problem(`${where} names replacement "${verdict.replacement}", which is not a client`);
            checkSource(where, verdict.source);
            for (const conflict of verdict.conflicts ?? []) {
                checkSource(`a conflict of ${where}`, conflict);
                for (const id of conflict.footnotes ?? [])
                    if (!footnoteIds.has(id))
                        problem(`a conflict of ${where} cites footnote "${id}", which the matrix does not declare`);
            }
            if (verdict.requires) {
                checkSource(`the requirement of ${where}`, verdict.requires.source);
                if (!this.update(server, verdict.requires.update))
                    problem(`${where} requires update "${verdict.requires.update}", which server ${server} does not list`);
            }
        };
        for (const client of data.clients) {
            for (const [workload, capability] of Object.entries(client.offers ?? {})) {
                if (!workloadIds.has(workload))
                    problem(`client ${client.id} offers unknown workload "${workload}"`);
                checkSource(`the capability of ${client.id} for ${workload}`, capability.source);
            }
        }
        const knownServers = new Set([
            ...serverIds,
            ...this.unsupportedProducts.filter((p) => p.kind === 'server').map((p) => p.id),
            ...(this.facts ? this.facts.data.servers.map((s) => s.id) : []),
        ]);
        for (const rule of data.serverRules ?? []) {
            checkSource(`server rule ${rule.id}`, rule.source);
            for (const id of rule.kind === 'together' ? rule.servers : [...rule.from, rule.to]) {
                if (!knownServers.has(id))
                    problem(`server rule ${rule.id} names "${id}", which is no server product the matrix knows`);
            }
        }
        /** The servers each client has a cell for. */
        const cellsOf = new Map();
        for (const cell of data.cells) {
            const where = `the cell ${cell.client} on ${cell.server}`;
            if (!clientIds.has(cell.client))
                problem(`${where} names an unknown client`);
            if (!serverIds.has(cell.server))
                problem(`${where} names an unknown server`);
            const servers = cellsOf.get(cell.client) ?? new Set();
            if (servers.has(cell.server))
                problem(`${where} is declared twice`);
            else if (serverIds.has(cell.server))
                cellsOf.set(cell.client, servers.add(cell.server));
            checkVerdict(where, cell, cell.server);
            for (const [workload, verdict] of Object.entries(cell.workloads ?? {})) {
                if (!workloadIds.has(workload))
                    problem(`${where} refines unknown workload "${workload}"`);
                // A refinement for a workload the client does not offer could never apply: the population gets a capability finding instead.
                if (this.offers(cell.client, workload)?.level === 'no')
                    problem(`${where} refines workload "${workload}", which ${cell.client} does not offer`);
                checkVerdict(`${where} for ${workload}`, verdict, cell.server);
            }
        }
        // Missing cells are counted per client; only those that will be listed are looked for.
        for (const client of clientIds) {
            const present = cellsOf.get(client);
            let missing = serverIds.size - (present?.size ?? 0);
            if (problems.length >= _limits_js__WEBPACK_IMPORTED_MODULE_0__/* .PROBLEMS_LISTED_PER_FILE */ ._$)
                unlisted += missing;
            else {
                for (const server of serverIds) {
                    if (missing === 0)
                        break;
                    if (present?.has(server))
                        continue;
                    problem(`no cell for ${client} on ${server}; every pair needs one`);
                    missing--;
                }
            }
        }
        return { problems, unlisted };
    }
}
function namesOf(product) {
    return [product.name, product.id, ...(product.aliases ?? [])];
}
function cellKey(client, server) {
    return `${client}\u0000${server}`;
}
/** `own` followed by the entries of `inherited` whose ids `own` does not have. */
function byId(own, inherited) {
    const ids = new Set(own.map((item) => item.id));
    return [...own, ...inherited.filter((item) => !ids.has(item.id))];
}


/***/ }),

/***/ 2831:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ compareText),
/* harmony export */   q: () => (/* binding */ compareIds)
/* harmony export */ });
// Orderings that need no ICU collator: String.prototype.localeCompare builds one on first use, and
// that alone cost about 10 ms of every run's start-up (measured with the bench's start-up part).
/** By UTF-16 code units: stable across machines and locales, and fast enough for 100,000 findings. */
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** For ids such as footnote numbers: runs of digits compare as numbers ("2" before "10"), the rest by code units. */
function compareIds(a, b) {
    const x = a.split(/(\d+)/);
    const y = b.split(/(\d+)/);
    for (let i = 0; i < Math.min(x.length, y.length); i++) {
        const [p, q] = [x[i], y[i]];
        if (p === q)
            continue;
        // split() with a capturing group puts the digit runs at the odd indexes.
        if (i % 2 === 1) {
            const [m, n] = [p.replace(/^0+(?=\d)/, ''), q.replace(/^0+(?=\d)/, '')];
            if (m.length !== n.length)
                return m.length - n.length;
        }
        return compareText(p, q);
    }
    return x.length - y.length;
}


/***/ }),

/***/ 6386:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ schemaDiagnostics)
/* harmony export */ });
/* unused harmony export pathLabel */
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(664);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6419);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2085);



/**
 * How many of ajv's errors are turned into messages: ten times what a file lists, so that the
 * listed ones are the first in the file however ajv ordered them. A file with a wrong value on
 * every one of its 250,000 nodes has that many errors, and describing each cost more than parsing.
 */
const DESCRIBED_SCHEMA_ERRORS = 10 * _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .PROBLEMS_LISTED_PER_FILE */ ._$;
/**
 * Turns ajv's errors into messages a person can act on, each at the line and column of the node it
 * is about (the unknown key itself, the value of the wrong type, the entry missing a field). Past
 * DESCRIBED_SCHEMA_ERRORS they are only counted, as `unlisted`.
 */
function schemaDiagnostics(document, errors, budget) {
    const seen = new Set();
    const diagnostics = [];
    let unlisted = 0;
    for (const error of errors) {
        // "must match the else schema" only announces the specific errors that follow it.
        if (error.keyword === 'if')
            continue;
        // A mapping that merges its keys in with `<<` lacks them only because merge keys are off: the
        // message at the `<<` says what to write instead, and the missing keys are its consequence.
        if (error.keyword === 'required' && (0,_document_js__WEBPACK_IMPORTED_MODULE_0__/* .hasMergeKey */ .e_)(document, parsePointer(error.instancePath)))
            continue;
        if (diagnostics.length >= DESCRIBED_SCHEMA_ERRORS) {
            unlisted++;
            continue;
        }
        const path = parsePointer(error.instancePath);
        const { message, at, part } = describe(document, error, path, budget);
        const span = (0,_document_js__WEBPACK_IMPORTED_MODULE_0__/* .locate */ .x5)(document, at, part);
        const text = `${pathLabel(path)}: ${message}`;
        const key = `${span.line}:${span.column}:${text}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        diagnostics.push({ file: document.file, ...span, message: text });
    }
    return {
        diagnostics: diagnostics.sort((a, b) => a.line - b.line || a.column - b.column),
        unlisted,
    };
}
function describe(document, error, path, budget) {
    const params = error.params;
    const last = path[path.length - 1];
    switch (error.keyword) {
        case 'required': {
            const key = String(params.missingProperty);
            return {
                message: `missing required key "${key}"${REQUIRED_HINTS[`${path[0]}.${key}`] ?? ''}`,
                at: path,
                part: 'value',
            };
        }
        case 'additionalProperties':
        case 'unevaluatedProperties': {
            const key = String(params.additionalProperty ?? params.unevaluatedProperty);
            const at = [...path, key];
            if (key === '<<' && (0,_document_js__WEBPACK_IMPORTED_MODULE_0__/* .hasMergeKey */ .e_)(document, path))
                return { message: MERGE_KEY_MESSAGE, at, part: 'key' };
            const known = Object.keys(error.parentSchema?.properties ?? {}).filter((k) => k !== '$schema');
            // A hostile key can be 100 kB long; the message needs only enough of it to recognise it.
            const shown = key.length > 60 ? `${key.slice(0, 57)}...` : key;
            return {
                message: `unknown key "${shown}"${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .au)(key, known, budget)}; allowed: ${known.join(', ')}`,
                at,
                part: 'key',
            };
        }
        case 'enum': {
            const allowed = params.allowedValues.map(String);
            const suggestion = typeof error.data === 'string' ? (0,_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .au)(error.data, allowed, budget) : '';
            return {
                message: `${describeValue(error.data)} is not one of the allowed values${suggestion}; allowed: ${allowed.join(', ')}`,
                at: path,
                part: 'value',
            };
        }
        case 'type':
            return {
                message: `must be ${article(String(params.type))}, not ${describeValue(error.data)}`,
                at: path,
                part: 'value',
            };
        case 'minItems':
            return {
                message: `needs at least ${String(params.limit)} ${Number(params.limit) === 1 ? 'entry' : 'entries'}`,
                at: path,
                part: 'value',
            };
        case 'uniqueItems': {
            // Ajv's order of i and j depends on the item schema; point at the later copy either way.
            const [first, second] = [Number(params.i), Number(params.j)].sort((a, b) => a - b);
            return {
                message: `lists the same value twice (entries ${first + 1} and ${second + 1})`,
                at: [...path, second],
                part: 'value',
            };
        }
        case 'minLength':
            return { message: EMPTY, at: path, part: 'value' };
        case 'maxLength':
            return {
                message: `is longer than ${String(params.limit)} characters`,
                at: path,
                part: 'value',
            };
        case 'pattern':
            if (last === 'expires')
                return {
                    message: `must be a date written YYYY-MM-DD, not ${describeValue(error.data)}`,
                    at: path,
                    part: 'value',
                };
            // An empty text breaks minLength too: both say "empty", so the file gets the one message.
            if (params.pattern === '\\S')
                return { message: error.data === '' ? EMPTY : 'must not be blank', at: path, part: 'value' };
            return {
                message: `${describeValue(error.data)} is not a valid identifier (lower-case letters, digits, dots and hyphens)`,
                at: path,
                part: 'value',
            };
        default:
            return { message: error.message ?? 'is invalid', at: path, part: 'value' };
    }
}
const EMPTY = 'must not be empty';
const MERGE_KEY_MESSAGE = 'merge keys (`<<`) are not supported; write the keys out in this entry, or put the anchor on a whole value and alias that (e.g. `servers: &pools [a, b]` in one client, `servers: *pools` in the next)';
/** What a missing key is for, where the name alone does not say it. */
const REQUIRED_HINTS = {
    'exceptions.product': ': the client product the exception was written for (e.g. product: Lync 2010 Attendee); an exception waives a pair only while the population runs that product',
};
function parsePointer(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((raw) => {
        const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        return /^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : segment;
    });
}
/** `clients[2].servers[0]`, or `the file` for the top level. */
function pathLabel(path) {
    if (path.length === 0)
        return 'the file';
    return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}
function article(type) {
    return ({
        object: 'a mapping',
        array: 'a list',
        string: 'a string',
        number: 'a number',
        integer: 'a whole number',
        boolean: 'true or false',
        null: 'null',
    }[type] ?? type);
}
function describeValue(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    if (typeof value === 'string')
        return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
    return `${typeof value} ${String(value)}`;
}


/***/ }),

/***/ 9331:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  I: () => (/* binding */ matrixSchemaErrors),
  Y: () => (/* binding */ topologySchemaErrors)
});

// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __nccwpck_require__(6214);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/equal.js
var equal = __nccwpck_require__(4951);
;// CONCATENATED MODULE: ./src/generated/validators.js
// Generated by scripts/generate.mjs from schema/*.schema.json. Do not edit.


"use strict";
const validateTopology = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","title":"coexist topology","description":"A unified-communications estate: the server pools it runs, the client populations that connect to them, and the accepted risks. coexist checks every client/server pair against a compatibility matrix.","type":"object","additionalProperties":false,"required":["servers","clients"],"properties":{"$schema":{"type":"string","description":"Path or URL of this schema, for editors."},"matrix":{"type":"string","minLength":1,"default":"lync-server-2013","description":"Id of the built-in compatibility matrix to check against. `coexist matrix` prints it.","examples":["lync-server-2013"]},"servers":{"type":"array","minItems":1,"description":"Server pools, each running one server product.","items":{"type":"object","additionalProperties":false,"required":["name","product"],"properties":{"name":{"$ref":"#/$defs/name","description":"Your name for the pool; unique among servers."},"product":{"$ref":"#/$defs/name","description":"A server product of the matrix, by display name, id or alias.","examples":["Lync Server 2013","Lync Server 2010","Office Communications Server 2007 R2"]},"version":{"$ref":"#/$defs/name","description":"The pool's build (e.g. 5.0.8308.857, as Get-CsServerPatchVersion or the update's KB article gives it) or the name of its cumulative update (e.g. December 2014 cumulative update). Cells and rules that need an update are checked against it; without it, coexist warns and names the build needed.","examples":["5.0.8308.857","December 2014 cumulative update"]}}}},"clients":{"type":"array","minItems":1,"description":"Client populations: a group of users on one client product.","items":{"type":"object","additionalProperties":false,"required":["name","product"],"properties":{"name":{"$ref":"#/$defs/name","description":"Your name for the population; unique among clients."},"product":{"$ref":"#/$defs/name","description":"A client product of the matrix, by display name, id or alias.","examples":["Lync 2013","Lync 2010","Office Communicator 2007 R2","Lync Web App 2013"]},"servers":{"type":"array","minItems":1,"uniqueItems":true,"description":"Names of the servers above this population connects to. Default: every server in the file.","items":{"$ref":"#/$defs/name"}},"workloads":{"type":"array","uniqueItems":true,"description":"What the population uses. Some cells depend on it: Office Communicator 2007 R2 on Lync Server 2013 is interoperable for im and presence but not for conferencing. Workloads of the built-in matrix: im, presence, conferencing, group-chat.","items":{"type":"string","pattern":"^[a-z0-9][a-z0-9.-]*$","examples":["im","presence","conferencing","group-chat"]}},"users":{"type":"integer","minimum":0,"maximum":1000000000,"description":"How many users the population has: written by `coexist import` from the inventory's counts (registrations per user agent and pool), and kept up to date by it. Informational: the check does not use it."}}}},"exceptions":{"type":"array","description":"Accepted risks: a client/server pair that does not fail the run until the exception expires.","items":{"type":"object","additionalProperties":false,"required":["client","server","product","reason","expires"],"properties":{"client":{"$ref":"#/$defs/name","description":"Name of a client population above."},"server":{"$ref":"#/$defs/name","description":"Name of a server above that the population connects to."},"product":{"$ref":"#/$defs/name","description":"The client product the exception was written for (display name, id or alias, as under clients). The exception waives nothing once the population runs another product: a changed product needs a new review.","examples":["Lync 2010 Attendee"]},"reason":{"type":"string","minLength":1,"maxLength":1000,"pattern":"\\S","description":"Why the risk is accepted (change ticket, migration wave); must not be empty."},"expires":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}$","description":"Last day (UTC) the exception waives the pair, as YYYY-MM-DD. Within expiry-warning-days (default 30) of it, coexist gives a notice; further ahead than max-waiver-days (default 365), a warning."},"owner":{"$ref":"#/$defs/name","description":"Who accepted the risk and answers for it (a person or team)."},"ticket":{"$ref":"#/$defs/name","description":"The change or risk ticket that records the decision, e.g. CHG-1234."}}}}},"$defs":{"name":{"type":"string","minLength":1,"maxLength":200,"pattern":"\\S"}}};
const schema32 = {"type":"string","minLength":1,"maxLength":200,"pattern":"\\S"};
const func1 = typeof ucs2length === "function" ? ucs2length : ucs2length["default"];
const func0 = typeof equal === "function" ? equal : equal["default"];
const pattern4 = new RegExp("\\S", "u");
const pattern10 = new RegExp("^[a-z0-9][a-z0-9.-]*$", "u");
const pattern15 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.servers === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "servers"},message:"must have required property '"+"servers"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.clients === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "clients"},message:"must have required property '"+"clients"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "$schema") || (key0 === "matrix")) || (key0 === "servers")) || (key0 === "clients")) || (key0 === "exceptions"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.$schema.type,parentSchema:schema31.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.matrix !== undefined){
let data1 = data.matrix;
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err4 = {instancePath:instancePath+"/matrix",schemaPath:"#/properties/matrix/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.matrix,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/matrix",schemaPath:"#/properties/matrix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.matrix.type,parentSchema:schema31.properties.matrix,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.servers !== undefined){
let data2 = data.servers;
if(Array.isArray(data2)){
if(data2.length < 1){
const err6 = {instancePath:instancePath+"/servers",schemaPath:"#/properties/servers/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.servers,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.name === undefined){
const err7 = {instancePath:instancePath+"/servers/" + i0,schemaPath:"#/properties/servers/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema31.properties.servers.items.required,parentSchema:schema31.properties.servers.items,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data3.product === undefined){
const err8 = {instancePath:instancePath+"/servers/" + i0,schemaPath:"#/properties/servers/items/required",keyword:"required",params:{missingProperty: "product"},message:"must have required property '"+"product"+"'",schema:schema31.properties.servers.items.required,parentSchema:schema31.properties.servers.items,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key1 in data3){
if(!(((key1 === "name") || (key1 === "product")) || (key1 === "version"))){
const err9 = {instancePath:instancePath+"/servers/" + i0,schemaPath:"#/properties/servers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.servers.items,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data3.name !== undefined){
let data4 = data3.name;
if(typeof data4 === "string"){
if(func1(data4) > 200){
const err10 = {instancePath:instancePath+"/servers/" + i0+"/name",schemaPath:"#/$defs/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema32,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(func1(data4) < 1){
const err11 = {instancePath:instancePath+"/servers/" + i0+"/name",schemaPath:"#/$defs/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!pattern4.test(data4)){
const err12 = {instancePath:instancePath+"/servers/" + i0+"/name",schemaPath:"#/$defs/name/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema32,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/servers/" + i0+"/name",schemaPath:"#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data3.product !== undefined){
let data5 = data3.product;
if(typeof data5 === "string"){
if(func1(data5) > 200){
const err14 = {instancePath:instancePath+"/servers/" + i0+"/product",schemaPath:"#/$defs/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema32,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(func1(data5) < 1){
const err15 = {instancePath:instancePath+"/servers/" + i0+"/product",schemaPath:"#/$defs/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!pattern4.test(data5)){
const err16 = {instancePath:instancePath+"/servers/" + i0+"/product",schemaPath:"#/$defs/name/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema32,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/servers/" + i0+"/product",schemaPath:"#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data3.version !== undefined){
let data6 = data3.version;
if(typeof data6 === "string"){
if(func1(data6) > 200){
const err18 = {instancePath:instancePath+"/servers/" + i0+"/version",schemaPath:"#/$defs/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema32,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(func1(data6) < 1){
const err19 = {instancePath:instancePath+"/servers/" + i0+"/version",schemaPath:"#/$defs/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!pattern4.test(data6)){
const err20 = {instancePath:instancePath+"/servers/" + i0+"/version",schemaPath:"#/$defs/name/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema32,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/servers/" + i0+"/version",schemaPath:"#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/servers/" + i0,schemaPath:"#/properties/servers/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.servers.items.type,parentSchema:schema31.properties.servers.items,data:data3};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/servers",schemaPath:"#/properties/servers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.servers.type,parentSchema:schema31.properties.servers,data:data2};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.clients !== undefined){
let data7 = data.clients;
if(Array.isArray(data7)){
if(data7.length < 1){
const err24 = {instancePath:instancePath+"/clients",schemaPath:"#/properties/clients/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.clients,data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
let data8 = data7[i1];
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.name === undefined){
const err25 = {instancePath:instancePath+"/clients/" + i1,schemaPath:"#/properties/clients/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema31.properties.clients.items.required,parentSchema:schema31.properties.clients.items,data:data8};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data8.product === undefined){
const err26 = {instancePath:instancePath+"/clients/" + i1,schemaPath:"#/properties/clients/items/required",keyword:"required",params:{missingProperty: "product"},message:"must have required property '"+"product"+"'",schema:schema31.properties.clients.items.required,parentSchema:schema31.properties.clients.items,data:data8};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
for(const key2 in data8){
if(!(((((key2 === "name") || (key2 === "product")) || (key2 === "servers")) || (key2 === "workloads")) || (key2 === "users"))){
const err27 = {instancePath:instancePath+"/clients/" + i1,schemaPath:"#/properties/clients/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.clients.items,data:data8};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data8.name !== undefined){
let data9 = data8.name;
if(typeof data9 === "string"){
if(func1(data9) > 200){
const err28 = {instancePath:instancePath+"/clients/" + i1+"/name",schemaPath:"#/$defs/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema32,data:data9};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(func1(data9) < 1){
const err29 = {instancePath:instancePath+"/clients/" + i1+"/name",schemaPath:"#/$defs/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32,data:data9};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(!pattern4.test(data9)){
const err30 = {instancePath:instancePath+"/clients/" + i1+"/name",schemaPath:"#/$defs/name/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema32,data:data9};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/clients/" + i1+"/name",schemaPath:"#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data9};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data8.product !== undefined){
let data10 = data8.product;
if(typeof data10 === "string"){
if(func1(data10) > 200){
const err32 = {instancePath:instancePath+"/clients/" + i1+"/product",schemaPath:"#/$defs/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema32,data:data10};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(func1(data10) < 1){
const err33 = {instancePath:instancePath+"/clients/" + i1+"/product",schemaPath:"#/$defs/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32,data:data10};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(!pattern4.test(data10)){
const err34 = {instancePath:instancePath+"/clients/" + i1+"/product",schemaPath:"#/$defs/name/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema32,data:data10};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/clients/" + i1+"/product",schemaPath:"#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data10};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data8.servers !== undefined){
let data11 = data8.servers;
if(Array.isArray(data11)){
if(data11.length < 1){
const err36 = {instancePath:instancePath+"/clients/" + i1+"/servers",schemaPath:"#/properties/clients/items/properties/servers/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.clients.items.properties.servers,data:data11};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
const len2 = data11.length;
for(let i2=0; i2<len2; i2++){
let data12 = data11[i2];
if(typeof data12 === "string"){
if(func1(data12) > 200){
const err37 = {instancePath:instancePath+"/clients/" + i1+"/servers/" + i2,schemaPath:"#/$defs/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema32,data:data12};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(func1(data12) < 1){
const err38 = {instancePath:instancePath+"/clients/" + i1+"/servers/" + i2,schemaPath:"#/$defs/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32,data:data12};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(!pattern4.test(data12)){
const err39 = {instancePath:instancePath+"/clients/" + i1+"/servers/" + i2,schemaPath:"#/$defs/name/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema32,data:data12};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/clients/" + i1+"/servers/" + i2,schemaPath:"#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data12};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
let i3 = data11.length;
let j0;
if(i3 > 1){
outer0:
for(;i3--;){
for(j0 = i3; j0--;){
if(func0(data11[i3], data11[j0])){
const err41 = {instancePath:instancePath+"/clients/" + i1+"/servers",schemaPath:"#/properties/clients/items/properties/servers/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i3+" are identical)",schema:true,parentSchema:schema31.properties.clients.items.properties.servers,data:data11};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err42 = {instancePath:instancePath+"/clients/" + i1+"/servers",schemaPath:"#/properties/clients/items/properties/servers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.clients.items.properties.servers.type,parentSchema:schema31.properties.clients.items.properties.servers,data:data11};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data8.workloads !== undefined){
let data13 = data8.workloads;
if(Array.isArray(data13)){
const len3 = data13.length;
for(let i4=0; i4<len3; i4++){
let data14 = data13[i4];
if(typeof data14 === "string"){
if(!pattern10.test(data14)){
const err43 = {instancePath:instancePath+"/clients/" + i1+"/workloads/" + i4,schemaPath:"#/properties/clients/items/properties/workloads/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9.-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9.-]*$"+"\"",schema:"^[a-z0-9][a-z0-9.-]*$",parentSchema:schema31.properties.clients.items.properties.workloads.items,data:data14};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/clients/" + i1+"/workloads/" + i4,schemaPath:"#/properties/clients/items/properties/workloads/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.clients.items.properties.workloads.items.type,parentSchema:schema31.properties.clients.items.properties.workloads.items,data:data14};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
let i5 = data13.length;
let j1;
if(i5 > 1){
const indices0 = {};
for(;i5--;){
let item0 = data13[i5];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j1 = indices0[item0];
const err45 = {instancePath:instancePath+"/clients/" + i1+"/workloads",schemaPath:"#/properties/clients/items/properties/workloads/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i5+" are identical)",schema:true,parentSchema:schema31.properties.clients.items.properties.workloads,data:data13};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
break;
}
indices0[item0] = i5;
}
}
}
else {
const err46 = {instancePath:instancePath+"/clients/" + i1+"/workloads",schemaPath:"#/properties/clients/items/properties/workloads/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.clients.items.properties.workloads.type,parentSchema:schema31.properties.clients.items.properties.workloads,data:data13};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data8.users !== undefined){
let data15 = data8.users;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err47 = {instancePath:instancePath+"/clients/" + i1+"/users",schemaPath:"#/properties/clients/items/properties/users/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.clients.items.properties.users.type,parentSchema:schema31.properties.clients.items.properties.users,data:data15};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 > 1000000000 || isNaN(data15)){
const err48 = {instancePath:instancePath+"/clients/" + i1+"/users",schemaPath:"#/properties/clients/items/properties/users/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000},message:"must be <= 1000000000",schema:1000000000,parentSchema:schema31.properties.clients.items.properties.users,data:data15};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(data15 < 0 || isNaN(data15)){
const err49 = {instancePath:instancePath+"/clients/" + i1+"/users",schemaPath:"#/properties/clients/items/properties/users/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.clients.items.properties.users,data:data15};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
}
else {
const err50 = {instancePath:instancePath+"/clients/" + i1,schemaPath:"#/properties/clients/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.clients.items.type,parentSchema:schema31.properties.clients.items,data:data8};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
else {
const err51 = {instancePath:instancePath+"/clients",schemaPath:"#/properties/clients/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.clients.type,parentSchema:schema31.properties.clients,data:data7};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data.exceptions !== undefined){
let data16 = data.exceptions;
if(Array.isArray(data16)){
const len4 = data16.length;
for(let i6=0; i6<len4; i6++){
let data17 = data16[i6];
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.client === undefined){
const err52 = {instancePath:instancePath+"/exceptions/" + i6,schemaPath:"#/properties/exceptions/items/required",keyword:"required",params:{missingProperty: "client"},message:"must have required property '"+"client"+"'",schema:schema31.properties.exceptions.items.required,parentSchema:schema31.properties.exceptions.items,data:data17};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(data17.server === undefined){
const err53 = {instancePath:instancePath+"/exceptions/" + i6,schemaPath:"#/properties/exceptions/items/required",keyword:"required",params:{missingProperty: "server"},message:"must have required property '"+"server"+"'",schema:schema31.properties.exceptions.items.required,parentSchema:schema31.properties.exceptions.items,data:data17};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(data17.product === undefined){
const err54 = {instancePath:instancePath+"/exceptions/" + i6,schemaPath:"#/properties/exceptions/items/required",keyword:"required",params:{missingProperty: "product"},message:"must have required property '"+"product"+"'",schema:schema31.properties.exceptions.items.required,parentSchema:schema31.properties.exceptions.items,data:data17};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(data17.reason === undefined){
const err55 = {instancePath:instancePath+"/exceptions/" + i6,schemaPath:"#/properties/exceptions/items/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema31.properties.exceptions.items.required,parentSchema:schema31.properties.exceptions.items,data:data17};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(data17.expires === undefined){
const err56 = {instancePath:instancePath+"/exceptions/" + i6,schemaPath:"#/properties/exceptions/items/required",keyword:"required",params:{missingProperty: "expires"},message:"must have required property '"+"expires"+"'",schema:schema31.properties.exceptions.items.required,parentSchema:schema31.properties.exceptions.items,data:data17};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
for(const key3 in data17){
if(!(((((((key3 === "client") || (key3 === "server")) || (key3 === "product")) || (key3 === "reason")) || (key3 === "expires")) || (key3 === "owner")) || (key3 === "ticket"))){
const err57 = {instancePath:instancePath+"/exceptions/" + i6,schemaPath:"#/properties/exceptions/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.exceptions.items,data:data17};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data17.client !== undefined){
let data18 = data17.client;
if(typeof data18 === "string"){
if(func1(data18) > 200){
const err58 = {instancePath:instancePath+"/exceptions/" + i6+"/client",schemaPath:"#/$defs/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema32,data:data18};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(func1(data18) < 1){
const err59 = {instancePath:instancePath+"/exceptions/" + i6+"/client",schemaPath:"#/$defs/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32,data:data18};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(!pattern4.test(data18)){
const err60 = {instancePath:instancePath+"/exceptions/" + i6+"/client",schemaPath:"#/$defs/name/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema32,data:data18};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
else {
const err61 = {instancePath:instancePath+"/exceptions/" + i6+"/client",schemaPath:"#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data18};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data17.server !== undefined){
let data19 = data17.server;
if(typeof data19 === "string"){
if(func1(data19) > 200){
const err62 = {instancePath:instancePath+"/exceptions/" + i6+"/server",schemaPath:"#/$defs/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema32,data:data19};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(func1(data19) < 1){
const err63 = {instancePath:instancePath+"/exceptions/" + i6+"/server",schemaPath:"#/$defs/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32,data:data19};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(!pattern4.test(data19)){
const err64 = {instancePath:instancePath+"/exceptions/" + i6+"/server",schemaPath:"#/$defs/name/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema32,data:data19};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
else {
const err65 = {instancePath:instancePath+"/exceptions/" + i6+"/server",schemaPath:"#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data19};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data17.product !== undefined){
let data20 = data17.product;
if(typeof data20 === "string"){
if(func1(data20) > 200){
const err66 = {instancePath:instancePath+"/exceptions/" + i6+"/product",schemaPath:"#/$defs/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema32,data:data20};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(func1(data20) < 1){
const err67 = {instancePath:instancePath+"/exceptions/" + i6+"/product",schemaPath:"#/$defs/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32,data:data20};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(!pattern4.test(data20)){
const err68 = {instancePath:instancePath+"/exceptions/" + i6+"/product",schemaPath:"#/$defs/name/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema32,data:data20};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
else {
const err69 = {instancePath:instancePath+"/exceptions/" + i6+"/product",schemaPath:"#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data20};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data17.reason !== undefined){
let data21 = data17.reason;
if(typeof data21 === "string"){
if(func1(data21) > 1000){
const err70 = {instancePath:instancePath+"/exceptions/" + i6+"/reason",schemaPath:"#/properties/exceptions/items/properties/reason/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema31.properties.exceptions.items.properties.reason,data:data21};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if(func1(data21) < 1){
const err71 = {instancePath:instancePath+"/exceptions/" + i6+"/reason",schemaPath:"#/properties/exceptions/items/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.exceptions.items.properties.reason,data:data21};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(!pattern4.test(data21)){
const err72 = {instancePath:instancePath+"/exceptions/" + i6+"/reason",schemaPath:"#/properties/exceptions/items/properties/reason/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema31.properties.exceptions.items.properties.reason,data:data21};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
else {
const err73 = {instancePath:instancePath+"/exceptions/" + i6+"/reason",schemaPath:"#/properties/exceptions/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.exceptions.items.properties.reason.type,parentSchema:schema31.properties.exceptions.items.properties.reason,data:data21};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data17.expires !== undefined){
let data22 = data17.expires;
if(typeof data22 === "string"){
if(!pattern15.test(data22)){
const err74 = {instancePath:instancePath+"/exceptions/" + i6+"/expires",schemaPath:"#/properties/exceptions/items/properties/expires/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}$",parentSchema:schema31.properties.exceptions.items.properties.expires,data:data22};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
else {
const err75 = {instancePath:instancePath+"/exceptions/" + i6+"/expires",schemaPath:"#/properties/exceptions/items/properties/expires/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.exceptions.items.properties.expires.type,parentSchema:schema31.properties.exceptions.items.properties.expires,data:data22};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data17.owner !== undefined){
let data23 = data17.owner;
if(typeof data23 === "string"){
if(func1(data23) > 200){
const err76 = {instancePath:instancePath+"/exceptions/" + i6+"/owner",schemaPath:"#/$defs/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema32,data:data23};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if(func1(data23) < 1){
const err77 = {instancePath:instancePath+"/exceptions/" + i6+"/owner",schemaPath:"#/$defs/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32,data:data23};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if(!pattern4.test(data23)){
const err78 = {instancePath:instancePath+"/exceptions/" + i6+"/owner",schemaPath:"#/$defs/name/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema32,data:data23};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
else {
const err79 = {instancePath:instancePath+"/exceptions/" + i6+"/owner",schemaPath:"#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data23};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data17.ticket !== undefined){
let data24 = data17.ticket;
if(typeof data24 === "string"){
if(func1(data24) > 200){
const err80 = {instancePath:instancePath+"/exceptions/" + i6+"/ticket",schemaPath:"#/$defs/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema32,data:data24};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
if(func1(data24) < 1){
const err81 = {instancePath:instancePath+"/exceptions/" + i6+"/ticket",schemaPath:"#/$defs/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32,data:data24};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
if(!pattern4.test(data24)){
const err82 = {instancePath:instancePath+"/exceptions/" + i6+"/ticket",schemaPath:"#/$defs/name/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema32,data:data24};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
else {
const err83 = {instancePath:instancePath+"/exceptions/" + i6+"/ticket",schemaPath:"#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data24};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
}
else {
const err84 = {instancePath:instancePath+"/exceptions/" + i6,schemaPath:"#/properties/exceptions/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.exceptions.items.type,parentSchema:schema31.properties.exceptions.items,data:data17};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
}
else {
const err85 = {instancePath:instancePath+"/exceptions",schemaPath:"#/properties/exceptions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.exceptions.type,parentSchema:schema31.properties.exceptions,data:data16};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
}
else {
const err86 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const validateMatrix = validate21;
const schema43 = {"$schema":"https://json-schema.org/draft/2020-12/schema","title":"coexist compatibility matrix","description":"A client x server compatibility table as data: which client products are supported, interoperable, not supported or not applicable on which server products \u2014 or that no source says (undocumented) \u2014, with the footnotes that explain the cells and the source of every cell. Optional product facts ride along: what each client offers (`offers`), the builds and updates of each server (`builds`), products the matrix knows but supports with nothing (`unsupportedProducts`) and which server products may be deployed side by side (`serverRules`); `facts` borrows them from another built-in matrix.","type":"object","additionalProperties":false,"properties":{"$schema":{"type":"string","description":"Path or URL of this schema, for editors."},"id":{"$ref":"#/$defs/id","description":"The matrix id a topology names in `matrix:`."},"extends":{"type":"string","minLength":1,"maxLength":500,"description":"A matrix this one builds on: a built-in id or a path (relative to the repository root) to another matrix file. Entries here with the id of a base entry replace it (clients, servers, workloads, footnotes; cells by client and server; sources by key); new ids are added. Chains are allowed; cycles are errors. With `extends`, only `id` is required."},"facts":{"$ref":"#/$defs/id","description":"Id of a built-in matrix whose product facts \u2014 client `offers`, server `builds`, `unsupportedProducts` and `serverRules` \u2014 apply to the products of the same id that this matrix does not describe itself. A client or server of this matrix with its own `offers` or `builds` keeps them; this matrix's own `unsupportedProducts` and `serverRules` come first. The built-in matrices use \"all-generations\", the catalogue where these facts are kept once."},"title":{"$ref":"#/$defs/text","description":"Human title, usually the title of the source document."},"description":{"$ref":"#/$defs/text","description":"What the matrix covers, in a sentence or two."},"sources":{"type":"object","description":"The documents cells cite, keyed by a short reference used in each cell's `source.ref`.","minProperties":1,"propertyNames":{"$ref":"#/$defs/id"},"additionalProperties":{"$ref":"#/$defs/sourceDocument"}},"workloads":{"type":"array","description":"What a client population can declare it uses (`workloads:` in a topology); cells refine their status per workload.","items":{"$ref":"#/$defs/workload"}},"servers":{"type":"array","description":"Server products: the columns of the table.","minItems":1,"items":{"$ref":"#/$defs/serverProduct"}},"clients":{"type":"array","description":"Client products: the rows of the table.","minItems":1,"items":{"$ref":"#/$defs/clientProduct"}},"footnotes":{"type":"array","description":"Footnotes of the source tables, verbatim; cells, workload refinements and conflicts refer to them by id. Each should say, in `reading`, how the matrix applies it.","items":{"$ref":"#/$defs/footnote"}},"cells":{"type":"array","description":"Exactly one cell for every client and server of the matrix; a pair no source states is a cell with status `undocumented`.","minItems":1,"items":{"$ref":"#/$defs/cell"}},"unsupportedProducts":{"type":"array","description":"Products the matrix knows but supports with nothing: a topology that names one (as a client or a server, by name, id or alias) gets a finding that quotes `statement`, and is never matched to a similar product of the matrix instead. Their names must not be names of the matrix's clients or servers.","items":{"$ref":"#/$defs/unsupportedProduct"}},"serverRules":{"type":"array","description":"Which server products may be deployed side by side, as the sources state it: `together` rules (these products in one deployment) and `migration` rules (side-by-side migration paths; a supported migration implies the products coexist while it lasts). A pair of server products no rule covers is undocumented: no rule is inferred.","items":{"$ref":"#/$defs/serverRule"}}},"if":{"properties":{"extends":{"type":"string"}},"required":["extends"]},"then":{"properties":{"id":true},"required":["id"]},"else":{"properties":{"id":true,"title":true,"sources":true,"workloads":true,"servers":true,"clients":true,"footnotes":true,"cells":true},"required":["id","title","sources","workloads","servers","clients","footnotes","cells"]},"$defs":{"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9.-]*$","maxLength":100,"description":"Lower-case identifier: letters, digits, dots and hyphens."},"text":{"type":"string","minLength":1,"pattern":"\\S","maxLength":4000},"status":{"enum":["supported","interoperable","not-supported","not-applicable","undocumented"],"description":"supported: Microsoft supports the combination; interoperable: works for some features only (see the footnote); not-supported: does not work or is not supported; not-applicable: the client has no counterpart on that server; undocumented: no source states the combination, and the matrix does not guess one (such a verdict needs no `source`)."},"sourceDocument":{"type":"object","additionalProperties":false,"required":["title","url"],"properties":{"title":{"$ref":"#/$defs/text","description":"Title of the document."},"table":{"$ref":"#/$defs/text","description":"Which table of the document the cells come from."},"url":{"type":"string","pattern":"^https://","description":"Where the document is published."},"lastModified":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}$","description":"The document's own last-modified date."}}},"workload":{"type":"object","additionalProperties":false,"required":["id","name"],"properties":{"id":{"$ref":"#/$defs/id","description":"What topologies write in `workloads:`."},"name":{"$ref":"#/$defs/text","description":"How messages name the workload."}}},"footnote":{"type":"object","additionalProperties":false,"required":["id","text"],"properties":{"id":{"type":"string","pattern":"^[A-Za-z0-9-]+$","description":"The footnote's marker in the source table."},"text":{"$ref":"#/$defs/text","description":"The footnote's full text, verbatim."},"reading":{"$ref":"#/$defs/text","description":"One or two sentences on how coexist applies the footnote: to which cells, workload refinements, conflicts or requirements it is attached and what it changes (e.g. \"Applied as a refinement: a population of Office Communicator 2007 R2 on Lync Server 2013 that declares conferencing or group-chat is not supported; im and presence stay interoperable.\")."}}},"cellSource":{"type":"object","additionalProperties":false,"required":["ref"],"properties":{"ref":{"$ref":"#/$defs/id","description":"Key of the document in `sources`."},"note":{"$ref":"#/$defs/text","description":"How the status follows from the document when the table does not state it directly (which table, rows or sentences; \"Implied: ...\" when it is read from a column or a list rather than stated)."},"quote":{"$ref":"#/$defs/text","description":"The source's own words that state the cell (or capability, build or rule), verbatim and short: a sentence or the part of one, as the document prints it (a link read as its text)."}}},"verdict":{"type":"object","required":["status"],"properties":{"status":{"$ref":"#/$defs/status"},"footnotes":{"type":"array","description":"Ids of the footnotes attached to this cell.","uniqueItems":true,"items":{"type":"string"}},"replacement":{"$ref":"#/$defs/id","description":"Id of the client to use instead."},"advice":{"$ref":"#/$defs/text","description":"One sentence on what to do, shown with the finding."},"source":{"$ref":"#/$defs/cellSource","description":"Where the verdict is stated. Required unless the status is `undocumented` (then no source states it)."},"conflicts":{"type":"array","description":"Other sources that state a different verdict for the same pair; this verdict wins.","items":{"$ref":"#/$defs/conflict"}},"requires":{"$ref":"#/$defs/requirement","description":"A server update the verdict depends on."}},"if":{"properties":{"status":{"const":"undocumented"}},"required":["status"]},"then":{"properties":{"conflicts":false,"requires":false}},"else":{"properties":{"source":true},"required":["source"]}},"cell":{"$comment":"The verdict keys are listed here as `true` as well as in #/$defs/verdict, so that they stay evaluated when the verdict fails and an error there is not also reported as unevaluated properties.","type":"object","description":"The verdict for one client on one server.","unevaluatedProperties":false,"allOf":[{"$ref":"#/$defs/verdict"}],"required":["client","server"],"properties":{"status":true,"footnotes":true,"replacement":true,"advice":true,"source":true,"conflicts":true,"requires":true,"client":{"$ref":"#/$defs/id","description":"Id of a client."},"server":{"$ref":"#/$defs/id","description":"Id of a server."},"workloads":{"type":"object","description":"Refinements: the verdict for a population that declares this workload, keyed by workload id. A population gets the worst verdict among the workloads it declares; one that declares none gets the cell's own.","propertyNames":{"$ref":"#/$defs/id"},"additionalProperties":{"$ref":"#/$defs/workloadVerdict"}}}},"workloadVerdict":{"$comment":"The verdict keys are listed here as `true` as well as in #/$defs/verdict, so that they stay evaluated when the verdict fails and an error there is not also reported as unevaluated properties.","type":"object","unevaluatedProperties":false,"allOf":[{"$ref":"#/$defs/verdict"}],"properties":{"status":true,"footnotes":true,"replacement":true,"advice":true,"source":true,"conflicts":true,"requires":true}},"documentedStatus":{"enum":["supported","interoperable","not-supported","not-applicable"],"description":"A status a source states: supported, interoperable, not-supported or not-applicable (see `status`)."},"conflict":{"type":"object","additionalProperties":false,"required":["ref","status"],"description":"Another source (a key of `sources`) that states a different verdict for the same pair \u2014 another status, or the same status with other footnotes. The verdict's own status wins (where the seed table speaks, the seed always wins); the conflict is kept so that both citations are shown.","properties":{"ref":{"$ref":"#/$defs/id","description":"Key of the conflicting document in `sources`."},"status":{"$ref":"#/$defs/documentedStatus","description":"The status that document states for the pair."},"footnotes":{"type":"array","description":"Ids of the matrix footnotes that document attaches to the pair.","uniqueItems":true,"items":{"type":"string"}},"note":{"$ref":"#/$defs/text","description":"How that document words it and why the verdict differs."}}},"requirement":{"type":"object","additionalProperties":false,"required":["update","unmet","note","source"],"description":"The verdict holds only from a server update on: a server whose build is below `update` gives the pair (or the workload) the status `unmet` instead.","properties":{"update":{"$ref":"#/$defs/id","description":"Id of an update in the `builds.updates` of the cell's server product (from this matrix or from its `facts`)."},"unmet":{"$ref":"#/$defs/status","description":"The status of the pair (or workload) while the server is below the update: what the source says happens without it."},"note":{"$ref":"#/$defs/text","description":"What the update is needed for, in the source's words, and why `unmet` is what it is."},"source":{"$ref":"#/$defs/cellSource","description":"Where the requirement is stated, with a `quote`."}}},"clientProduct":{"type":"object","additionalProperties":false,"required":["id","name"],"description":"A client product (a row).","properties":{"id":{"$ref":"#/$defs/id","description":"Stable identifier; topologies may use it as `product:`."},"name":{"$ref":"#/$defs/text","description":"Display name, as the source table writes it."},"aliases":{"type":"array","description":"Other names a topology may use for the product (matched case-insensitively, whitespace folded).","uniqueItems":true,"items":{"$ref":"#/$defs/text"}},"offers":{"type":"object","description":"Which workloads the client offers at all, independent of the server, keyed by workload id. Levels are derived from the desktop client comparison tables by a fixed defining-row rule per workload, unless a source states the capability directly (the matrix description says which rule).","propertyNames":{"$ref":"#/$defs/id"},"additionalProperties":{"$ref":"#/$defs/capability"}}}},"serverProduct":{"type":"object","additionalProperties":false,"required":["id","name"],"description":"A server product (a column).","properties":{"id":{"$ref":"#/$defs/id","description":"Stable identifier; topologies may use it as `product:`."},"name":{"$ref":"#/$defs/text","description":"Display name, as the source table writes it."},"aliases":{"type":"array","description":"Other names a topology may use for the product (matched case-insensitively, whitespace folded).","uniqueItems":true,"items":{"$ref":"#/$defs/text"}},"builds":{"$ref":"#/$defs/builds"}}},"capability":{"type":"object","additionalProperties":false,"required":["level"],"description":"Whether a client offers a workload.","properties":{"level":{"enum":["yes","partial","no","undocumented"],"description":"yes: the client offers the workload (every defining row of the comparison table is marked for it, or a source says so); partial: some defining rows are marked; no: the client has a column in the table and none of the rows are marked, or a source says it does not offer it; undocumented: no table has a column for the client and no sentence of a source states it."},"source":{"$ref":"#/$defs/cellSource","description":"The table (and its rows, in `note`) or the sentence the level comes from. Required unless the level is `undocumented`."},"note":{"$ref":"#/$defs/text","description":"What else the sources say, e.g. an older table that disagrees."}},"if":{"properties":{"level":{"const":"undocumented"}},"required":["level"]},"then":true,"else":{"properties":{"source":true},"required":["source"]}},"builds":{"type":"object","additionalProperties":false,"required":["line","source","updates"],"description":"The build numbers of a server product, as far as a source states them. Only what a source states: a product whose builds no source states has no `builds`.","properties":{"line":{"type":"string","pattern":"^\\d+\\.\\d+\\.\\d+$","description":"The first three parts every build of the product shares (e.g. \"5.0.8308\"): what Get-CsServerVersion returns."},"source":{"$ref":"#/$defs/cellSource","description":"Where the line is stated (or the builds that state it)."},"updates":{"type":"array","description":"Cumulative updates and hotfixes the sources name, oldest first as far as their builds or release months order them.","items":{"$ref":"#/$defs/update"}}}},"update":{"type":"object","additionalProperties":false,"required":["id","name","source"],"description":"A server update the sources name.","properties":{"id":{"$ref":"#/$defs/id","description":"What `requires.update` names."},"name":{"$ref":"#/$defs/text","description":"e.g. \"December 2014 cumulative update\"."},"aliases":{"type":"array","description":"Other names a topology or a source may use (e.g. \"CU December 2014\", \"KB 2670352\").","uniqueItems":true,"items":{"$ref":"#/$defs/text"}},"build":{"type":"string","pattern":"^\\d+\\.\\d+\\.\\d+\\.\\d+$","description":"The full build number the update brings (e.g. \"5.0.8308.857\"), when a source states it."},"released":{"type":"string","pattern":"^\\d{4}-(0[1-9]|1[0-2])$","description":"Year and month of release (YYYY-MM), when a source states it: orders updates without a build."},"source":{"$ref":"#/$defs/cellSource","description":"Where the update (and its build) is stated, with a `quote`."}}},"unsupportedProduct":{"type":"object","additionalProperties":false,"required":["id","kind","name","statement","source"],"description":"A product the matrix knows but supports with nothing.","properties":{"id":{"$ref":"#/$defs/id","description":"Stable identifier; server rules may name it."},"kind":{"enum":["client","server"],"description":"Whether a topology would name it as a client or a server product."},"name":{"$ref":"#/$defs/text","description":"Display name."},"aliases":{"type":"array","description":"Other names a topology may use for the product (matched case-insensitively, whitespace folded).","uniqueItems":true,"items":{"$ref":"#/$defs/text"}},"statement":{"$ref":"#/$defs/text","description":"Why it is not supported, in a sentence with the source's words; shown with the finding."},"source":{"$ref":"#/$defs/cellSource","description":"Where that is stated, with a `quote`."}}},"serverRule":{"type":"object","additionalProperties":false,"required":["id","kind","status","source"],"description":"A rule on server products deployed side by side. kind \"together\": the `servers` in one deployment; kind \"migration\": a side-by-side migration `from` any one of the listed products `to` another.","properties":{"id":{"$ref":"#/$defs/id","description":"Stable identifier of the rule."},"kind":{"enum":["together","migration"],"description":"together: the listed servers deployed side by side; migration: a side-by-side migration path."},"servers":{"type":"array","description":"kind together: the server products (ids of `servers` or of server `unsupportedProducts`) deployed side by side; all of them at once.","minItems":2,"uniqueItems":true,"items":{"$ref":"#/$defs/id"}},"from":{"type":"array","description":"kind migration: the server products (ids) a migration may start from, each on its own.","minItems":1,"uniqueItems":true,"items":{"$ref":"#/$defs/id"}},"to":{"$ref":"#/$defs/id","description":"kind migration: the server product migrated to."},"exclusive":{"const":true,"description":"kind migration: `to` migrates only from the listed products, so any other server product deployed next to it is not supported (unless another rule says so)."},"status":{"enum":["supported","not-supported"],"description":"Whether the sources support the deployment or migration."},"source":{"$ref":"#/$defs/cellSource","description":"The sentence that states the rule, with a `quote`."}},"if":{"properties":{"kind":{"const":"together"}},"required":["kind"]},"then":{"properties":{"servers":true,"from":false,"to":false,"exclusive":false},"required":["servers"]},"else":{"properties":{"from":true,"to":true,"servers":false},"required":["from","to"]}}}};
const schema44 = {"type":"string","pattern":"^[a-z0-9][a-z0-9.-]*$","maxLength":100,"description":"Lower-case identifier: letters, digits, dots and hyphens."};
const schema46 = {"type":"string","minLength":1,"pattern":"\\S","maxLength":4000};
const func27 = Object.prototype.hasOwnProperty;
const schema49 = {"type":"object","additionalProperties":false,"required":["title","url"],"properties":{"title":{"$ref":"#/$defs/text","description":"Title of the document."},"table":{"$ref":"#/$defs/text","description":"Which table of the document the cells come from."},"url":{"type":"string","pattern":"^https://","description":"Where the document is published."},"lastModified":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}$","description":"The document's own last-modified date."}}};
const pattern25 = new RegExp("^https://", "u");

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.title === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema49.required,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.url === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema49.required,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "title") || (key0 === "table")) || (key0 === "url")) || (key0 === "lastModified"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.title !== undefined){
let data0 = data.title;
if(typeof data0 === "string"){
if(func1(data0) > 4000){
const err3 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema46,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func1(data0) < 1){
const err4 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema46,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern4.test(data0)){
const err5 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema46,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.type,parentSchema:schema46,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.table !== undefined){
let data1 = data.table;
if(typeof data1 === "string"){
if(func1(data1) > 4000){
const err7 = {instancePath:instancePath+"/table",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema46,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data1) < 1){
const err8 = {instancePath:instancePath+"/table",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema46,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!pattern4.test(data1)){
const err9 = {instancePath:instancePath+"/table",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema46,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/table",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.type,parentSchema:schema46,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.url !== undefined){
let data2 = data.url;
if(typeof data2 === "string"){
if(!pattern25.test(data2)){
const err11 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/pattern",keyword:"pattern",params:{pattern: "^https://"},message:"must match pattern \""+"^https://"+"\"",schema:"^https://",parentSchema:schema49.properties.url,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.url.type,parentSchema:schema49.properties.url,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.lastModified !== undefined){
let data3 = data.lastModified;
if(typeof data3 === "string"){
if(!pattern15.test(data3)){
const err13 = {instancePath:instancePath+"/lastModified",schemaPath:"#/properties/lastModified/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}$",parentSchema:schema49.properties.lastModified,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/lastModified",schemaPath:"#/properties/lastModified/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.lastModified.type,parentSchema:schema49.properties.lastModified,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.type,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema52 = {"type":"object","additionalProperties":false,"required":["id","name"],"properties":{"id":{"$ref":"#/$defs/id","description":"What topologies write in `workloads:`."},"name":{"$ref":"#/$defs/text","description":"How messages name the workload."}}};

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema52.required,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema52.required,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "id") || (key0 === "name"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func1(data0) > 100){
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema44,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern10.test(data0)){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9.-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9.-]*$"+"\"",schema:"^[a-z0-9][a-z0-9.-]*$",parentSchema:schema44,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.type,parentSchema:schema44,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(func1(data1) > 4000){
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema46,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func1(data1) < 1){
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema46,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!pattern4.test(data1)){
const err8 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema46,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.type,parentSchema:schema46,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema52.type,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema55 = {"type":"object","additionalProperties":false,"required":["id","name"],"description":"A server product (a column).","properties":{"id":{"$ref":"#/$defs/id","description":"Stable identifier; topologies may use it as `product:`."},"name":{"$ref":"#/$defs/text","description":"Display name, as the source table writes it."},"aliases":{"type":"array","description":"Other names a topology may use for the product (matched case-insensitively, whitespace folded).","uniqueItems":true,"items":{"$ref":"#/$defs/text"}},"builds":{"$ref":"#/$defs/builds"}}};
const schema59 = {"type":"object","additionalProperties":false,"required":["line","source","updates"],"description":"The build numbers of a server product, as far as a source states them. Only what a source states: a product whose builds no source states has no `builds`.","properties":{"line":{"type":"string","pattern":"^\\d+\\.\\d+\\.\\d+$","description":"The first three parts every build of the product shares (e.g. \"5.0.8308\"): what Get-CsServerVersion returns."},"source":{"$ref":"#/$defs/cellSource","description":"Where the line is stated (or the builds that state it)."},"updates":{"type":"array","description":"Cumulative updates and hotfixes the sources name, oldest first as far as their builds or release months order them.","items":{"$ref":"#/$defs/update"}}}};
const pattern32 = new RegExp("^\\d+\\.\\d+\\.\\d+$", "u");
const schema60 = {"type":"object","additionalProperties":false,"required":["ref"],"properties":{"ref":{"$ref":"#/$defs/id","description":"Key of the document in `sources`."},"note":{"$ref":"#/$defs/text","description":"How the status follows from the document when the table does not state it directly (which table, rows or sentences; \"Implied: ...\" when it is read from a column or a list rather than stated)."},"quote":{"$ref":"#/$defs/text","description":"The source's own words that state the cell (or capability, build or rule), verbatim and short: a sentence or the part of one, as the document prints it (a link read as its text)."}}};

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate28.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.ref === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ref"},message:"must have required property '"+"ref"+"'",schema:schema60.required,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "ref") || (key0 === "note")) || (key0 === "quote"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.ref !== undefined){
let data0 = data.ref;
if(typeof data0 === "string"){
if(func1(data0) > 100){
const err2 = {instancePath:instancePath+"/ref",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema44,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!pattern10.test(data0)){
const err3 = {instancePath:instancePath+"/ref",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9.-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9.-]*$"+"\"",schema:"^[a-z0-9][a-z0-9.-]*$",parentSchema:schema44,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/ref",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.type,parentSchema:schema44,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.note !== undefined){
let data1 = data.note;
if(typeof data1 === "string"){
if(func1(data1) > 4000){
const err5 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema46,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func1(data1) < 1){
const err6 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema46,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern4.test(data1)){
const err7 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema46,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.type,parentSchema:schema46,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.quote !== undefined){
let data2 = data.quote;
if(typeof data2 === "string"){
if(func1(data2) > 4000){
const err9 = {instancePath:instancePath+"/quote",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema46,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func1(data2) < 1){
const err10 = {instancePath:instancePath+"/quote",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema46,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!pattern4.test(data2)){
const err11 = {instancePath:instancePath+"/quote",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema46,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/quote",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.type,parentSchema:schema46,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema60.type,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema64 = {"type":"object","additionalProperties":false,"required":["id","name","source"],"description":"A server update the sources name.","properties":{"id":{"$ref":"#/$defs/id","description":"What `requires.update` names."},"name":{"$ref":"#/$defs/text","description":"e.g. \"December 2014 cumulative update\"."},"aliases":{"type":"array","description":"Other names a topology or a source may use (e.g. \"CU December 2014\", \"KB 2670352\").","uniqueItems":true,"items":{"$ref":"#/$defs/text"}},"build":{"type":"string","pattern":"^\\d+\\.\\d+\\.\\d+\\.\\d+$","description":"The full build number the update brings (e.g. \"5.0.8308.857\"), when a source states it."},"released":{"type":"string","pattern":"^\\d{4}-(0[1-9]|1[0-2])$","description":"Year and month of release (YYYY-MM), when a source states it: orders updates without a build."},"source":{"$ref":"#/$defs/cellSource","description":"Where the update (and its build) is stated, with a `quote`."}}};
const pattern39 = new RegExp("^\\d+\\.\\d+\\.\\d+\\.\\d+$", "u");
const pattern40 = new RegExp("^\\d{4}-(0[1-9]|1[0-2])$", "u");

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate30.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema64.required,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema64.required,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.source === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'",schema:schema64.required,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "id") || (key0 === "name")) || (key0 === "aliases")) || (key0 === "build")) || (key0 === "released")) || (key0 === "source"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func1(data0) > 100){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema44,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern10.test(data0)){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9.-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9.-]*$"+"\"",schema:"^[a-z0-9][a-z0-9.-]*$",parentSchema:schema44,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.type,parentSchema:schema44,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(func1(data1) > 4000){
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema46,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data1) < 1){
const err8 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema46,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!pattern4.test(data1)){
const err9 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema46,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.type,parentSchema:schema46,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.aliases !== undefined){
let data2 = data.aliases;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 === "string"){
if(func1(data3) > 4000){
const err11 = {instancePath:instancePath+"/aliases/" + i0,schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema46,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(func1(data3) < 1){
const err12 = {instancePath:instancePath+"/aliases/" + i0,schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema46,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!pattern4.test(data3)){
const err13 = {instancePath:instancePath+"/aliases/" + i0,schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema46,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/aliases/" + i0,schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.type,parentSchema:schema46,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
let i1 = data2.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data2[i1], data2[j0])){
const err15 = {instancePath:instancePath+"/aliases",schemaPath:"#/properties/aliases/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema64.properties.aliases,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err16 = {instancePath:instancePath+"/aliases",schemaPath:"#/properties/aliases/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema64.properties.aliases.type,parentSchema:schema64.properties.aliases,data:data2};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.build !== undefined){
let data4 = data.build;
if(typeof data4 === "string"){
if(!pattern39.test(data4)){
const err17 = {instancePath:instancePath+"/build",schemaPath:"#/properties/build/pattern",keyword:"pattern",params:{pattern: "^\\d+\\.\\d+\\.\\d+\\.\\d+$"},message:"must match pattern \""+"^\\d+\\.\\d+\\.\\d+\\.\\d+$"+"\"",schema:"^\\d+\\.\\d+\\.\\d+\\.\\d+$",parentSchema:schema64.properties.build,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/build",schemaPath:"#/properties/build/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.build.type,parentSchema:schema64.properties.build,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.released !== undefined){
let data5 = data.released;
if(typeof data5 === "string"){
if(!pattern40.test(data5)){
const err19 = {instancePath:instancePath+"/released",schemaPath:"#/properties/released/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-(0[1-9]|1[0-2])$"},message:"must match pattern \""+"^\\d{4}-(0[1-9]|1[0-2])$"+"\"",schema:"^\\d{4}-(0[1-9]|1[0-2])$",parentSchema:schema64.properties.released,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/released",schemaPath:"#/properties/released/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.released.type,parentSchema:schema64.properties.released,data:data5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.source !== undefined){
if(!(validate28(data.source, {instancePath:instancePath+"/source",parentData:data,parentDataProperty:"source",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema64.type,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate27.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.line === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "line"},message:"must have required property '"+"line"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.source === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.updates === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "updates"},message:"must have required property '"+"updates"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "line") || (key0 === "source")) || (key0 === "updates"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.line !== undefined){
let data0 = data.line;
if(typeof data0 === "string"){
if(!pattern32.test(data0)){
const err4 = {instancePath:instancePath+"/line",schemaPath:"#/properties/line/pattern",keyword:"pattern",params:{pattern: "^\\d+\\.\\d+\\.\\d+$"},message:"must match pattern \""+"^\\d+\\.\\d+\\.\\d+$"+"\"",schema:"^\\d+\\.\\d+\\.\\d+$",parentSchema:schema59.properties.line,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/line",schemaPath:"#/properties/line/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.line.type,parentSchema:schema59.properties.line,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.source !== undefined){
if(!(validate28(data.source, {instancePath:instancePath+"/source",parentData:data,parentDataProperty:"source",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
if(data.updates !== undefined){
let data2 = data.updates;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate30(data2[i0], {instancePath:instancePath+"/updates/" + i0,parentData:data2,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath:instancePath+"/updates",schemaPath:"#/properties/updates/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema59.properties.updates.type,parentSchema:schema59.properties.updates,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.type,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema55.required,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema55.required,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "id") || (key0 === "name")) || (key0 === "aliases")) || (key0 === "builds"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func1(data0) > 100){
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema44,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern10.test(data0)){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9.-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9.-]*$"+"\"",schema:"^[a-z0-9][a-z0-9.-]*$",parentSchema:schema44,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.type,parentSchema:schema44,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(func1(data1) > 4000){
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema46,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func1(data1) < 1){
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema46,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!pattern4.test(data1)){
const err8 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema46,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.type,parentSchema:schema46,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.aliases !== undefined){
let data2 = data.aliases;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 === "string"){
if(func1(data3) > 4000){
const err10 = {instancePath:instancePath+"/aliases/" + i0,schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema46,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(func1(data3) < 1){
const err11 = {instancePath:instancePath+"/aliases/" + i0,schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema46,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!pattern4.test(data3)){
const err12 = {instancePath:instancePath+"/aliases/" + i0,schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema46,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/aliases/" + i0,schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.type,parentSchema:schema46,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
let i1 = data2.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data2[i1], data2[j0])){
const err14 = {instancePath:instancePath+"/aliases",schemaPath:"#/properties/aliases/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema55.properties.aliases,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err15 = {instancePath:instancePath+"/aliases",schemaPath:"#/properties/aliases/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema55.properties.aliases.type,parentSchema:schema55.properties.aliases,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.builds !== undefined){
if(!(validate27(data.builds, {instancePath:instancePath+"/builds",parentData:data,parentDataProperty:"builds",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema55.type,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema68 = {"type":"object","additionalProperties":false,"required":["id","name"],"description":"A client product (a row).","properties":{"id":{"$ref":"#/$defs/id","description":"Stable identifier; topologies may use it as `product:`."},"name":{"$ref":"#/$defs/text","description":"Display name, as the source table writes it."},"aliases":{"type":"array","description":"Other names a topology may use for the product (matched case-insensitively, whitespace folded).","uniqueItems":true,"items":{"$ref":"#/$defs/text"}},"offers":{"type":"object","description":"Which workloads the client offers at all, independent of the server, keyed by workload id. Levels are derived from the desktop client comparison tables by a fixed defining-row rule per workload, unless a source states the capability directly (the matrix description says which rule).","propertyNames":{"$ref":"#/$defs/id"},"additionalProperties":{"$ref":"#/$defs/capability"}}}};
const schema73 = {"type":"object","additionalProperties":false,"required":["level"],"description":"Whether a client offers a workload.","properties":{"level":{"enum":["yes","partial","no","undocumented"],"description":"yes: the client offers the workload (every defining row of the comparison table is marked for it, or a source says so); partial: some defining rows are marked; no: the client has a column in the table and none of the rows are marked, or a source says it does not offer it; undocumented: no table has a column for the client and no sentence of a source states it."},"source":{"$ref":"#/$defs/cellSource","description":"The table (and its rows, in `note`) or the sentence the level comes from. Required unless the level is `undocumented`."},"note":{"$ref":"#/$defs/text","description":"What else the sources say, e.g. an older table that disagrees."}},"if":{"properties":{"level":{"const":"undocumented"}},"required":["level"]},"then":true,"else":{"properties":{"source":true},"required":["source"]}};

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate36.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.level === undefined) && (missing0 = "level")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.level !== undefined){
if("undocumented" !== data.level){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
if(!_valid0){
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.source === undefined){
const err2 = {instancePath,schemaPath:"#/else/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'",schema:schema73.else.required,parentSchema:schema73.else,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
valid0 = _valid0;
if(valid0){
var props0 = {};
props0.source = true;
props0.level = true;
}
}
if(!valid0){
const err3 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: "else"},message:"must match \"else\" schema",schema:schema73.if,parentSchema:schema73,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.level === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "level"},message:"must have required property '"+"level"+"'",schema:schema73.required,parentSchema:schema73,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "level") || (key0 === "source")) || (key0 === "note"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema73,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.level !== undefined){
let data1 = data.level;
if(!((((data1 === "yes") || (data1 === "partial")) || (data1 === "no")) || (data1 === "undocumented"))){
const err6 = {instancePath:instancePath+"/level",schemaPath:"#/properties/level/enum",keyword:"enum",params:{allowedValues: schema73.properties.level.enum},message:"must be equal to one of the allowed values",schema:schema73.properties.level.enum,parentSchema:schema73.properties.level,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.source !== undefined){
if(!(validate28(data.source, {instancePath:instancePath+"/source",parentData:data,parentDataProperty:"source",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
if(data.note !== undefined){
let data3 = data.note;
if(typeof data3 === "string"){
if(func1(data3) > 4000){
const err7 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema46,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data3) < 1){
const err8 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema46,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!pattern4.test(data3)){
const err9 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema46,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.type,parentSchema:schema46,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema73.type,parentSchema:schema73,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate36.errors = vErrors;
return errors === 0;
}
validate36.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate35.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema68.required,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema68.required,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "id") || (key0 === "name")) || (key0 === "aliases")) || (key0 === "offers"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func1(data0) > 100){
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema44,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern10.test(data0)){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9.-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9.-]*$"+"\"",schema:"^[a-z0-9][a-z0-9.-]*$",parentSchema:schema44,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.type,parentSchema:schema44,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(func1(data1) > 4000){
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema46,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func1(data1) < 1){
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema46,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!pattern4.test(data1)){
const err8 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema46,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.type,parentSchema:schema46,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.aliases !== undefined){
let data2 = data.aliases;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 === "string"){
if(func1(data3) > 4000){
const err10 = {instancePath:instancePath+"/aliases/" + i0,schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema46,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(func1(data3) < 1){
const err11 = {instancePath:instancePath+"/aliases/" + i0,schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema46,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!pattern4.test(data3)){
const err12 = {instancePath:instancePath+"/aliases/" + i0,schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema46,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/aliases/" + i0,schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.type,parentSchema:schema46,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
let i1 = data2.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data2[i1], data2[j0])){
const err14 = {instancePath:instancePath+"/aliases",schemaPath:"#/properties/aliases/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema68.properties.aliases,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err15 = {instancePath:instancePath+"/aliases",schemaPath:"#/properties/aliases/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema68.properties.aliases.type,parentSchema:schema68.properties.aliases,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.offers !== undefined){
let data4 = data.offers;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key1 in data4){
const _errs15 = errors;
if(typeof key1 === "string"){
if(func1(key1) > 100){
const err16 = {instancePath:instancePath+"/offers",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema44,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!pattern10.test(key1)){
const err17 = {instancePath:instancePath+"/offers",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9.-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9.-]*$"+"\"",schema:"^[a-z0-9][a-z0-9.-]*$",parentSchema:schema44,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/offers",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.type,parentSchema:schema44,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var valid7 = _errs15 === errors;
if(!valid7){
const err19 = {instancePath:instancePath+"/offers",schemaPath:"#/properties/offers/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema68.properties.offers.propertyNames,parentSchema:schema68.properties.offers,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
for(const key2 in data4){
if(!(validate36(data4[key2], {instancePath:instancePath+"/offers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data4,parentDataProperty:key2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
}
}
else {
const err20 = {instancePath:instancePath+"/offers",schemaPath:"#/properties/offers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema68.properties.offers.type,parentSchema:schema68.properties.offers,data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema68.type,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate35.errors = vErrors;
return errors === 0;
}
validate35.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema75 = {"type":"object","additionalProperties":false,"required":["id","text"],"properties":{"id":{"type":"string","pattern":"^[A-Za-z0-9-]+$","description":"The footnote's marker in the source table."},"text":{"$ref":"#/$defs/text","description":"The footnote's full text, verbatim."},"reading":{"$ref":"#/$defs/text","description":"One or two sentences on how coexist applies the footnote: to which cells, workload refinements, conflicts or requirements it is attached and what it changes (e.g. \"Applied as a refinement: a population of Office Communicator 2007 R2 on Lync Server 2013 that declares conferencing or group-chat is not supported; im and presence stay interoperable.\")."}}};
const pattern46 = new RegExp("^[A-Za-z0-9-]+$", "u");

function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate40.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema75.required,parentSchema:schema75,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.text === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema75.required,parentSchema:schema75,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "id") || (key0 === "text")) || (key0 === "reading"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema75,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern46.test(data0)){
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9-]+$"},message:"must match pattern \""+"^[A-Za-z0-9-]+$"+"\"",schema:"^[A-Za-z0-9-]+$",parentSchema:schema75.properties.id,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema75.properties.id.type,parentSchema:schema75.properties.id,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.text !== undefined){
let data1 = data.text;
if(typeof data1 === "string"){
if(func1(data1) > 4000){
const err5 = {instancePath:instancePath+"/text",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema46,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func1(data1) < 1){
const err6 = {instancePath:instancePath+"/text",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema46,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern4.test(data1)){
const err7 = {instancePath:instancePath+"/text",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema46,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/text",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.type,parentSchema:schema46,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.reading !== undefined){
let data2 = data.reading;
if(typeof data2 === "string"){
if(func1(data2) > 4000){
const err9 = {instancePath:instancePath+"/reading",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema46,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func1(data2) < 1){
const err10 = {instancePath:instancePath+"/reading",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema46,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!pattern4.test(data2)){
const err11 = {instancePath:instancePath+"/reading",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema46,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/reading",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.type,parentSchema:schema46,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema75.type,parentSchema:schema75,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate40.errors = vErrors;
return errors === 0;
}
validate40.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema78 = {"$comment":"The verdict keys are listed here as `true` as well as in #/$defs/verdict, so that they stay evaluated when the verdict fails and an error there is not also reported as unevaluated properties.","type":"object","description":"The verdict for one client on one server.","unevaluatedProperties":false,"allOf":[{"$ref":"#/$defs/verdict"}],"required":["client","server"],"properties":{"status":true,"footnotes":true,"replacement":true,"advice":true,"source":true,"conflicts":true,"requires":true,"client":{"$ref":"#/$defs/id","description":"Id of a client."},"server":{"$ref":"#/$defs/id","description":"Id of a server."},"workloads":{"type":"object","description":"Refinements: the verdict for a population that declares this workload, keyed by workload id. A population gets the worst verdict among the workloads it declares; one that declares none gets the cell's own.","propertyNames":{"$ref":"#/$defs/id"},"additionalProperties":{"$ref":"#/$defs/workloadVerdict"}}}};
const schema79 = {"type":"object","required":["status"],"properties":{"status":{"$ref":"#/$defs/status"},"footnotes":{"type":"array","description":"Ids of the footnotes attached to this cell.","uniqueItems":true,"items":{"type":"string"}},"replacement":{"$ref":"#/$defs/id","description":"Id of the client to use instead."},"advice":{"$ref":"#/$defs/text","description":"One sentence on what to do, shown with the finding."},"source":{"$ref":"#/$defs/cellSource","description":"Where the verdict is stated. Required unless the status is `undocumented` (then no source states it)."},"conflicts":{"type":"array","description":"Other sources that state a different verdict for the same pair; this verdict wins.","items":{"$ref":"#/$defs/conflict"}},"requires":{"$ref":"#/$defs/requirement","description":"A server update the verdict depends on."}},"if":{"properties":{"status":{"const":"undocumented"}},"required":["status"]},"then":{"properties":{"conflicts":false,"requires":false}},"else":{"properties":{"source":true},"required":["source"]}};
const schema80 = {"enum":["supported","interoperable","not-supported","not-applicable","undocumented"],"description":"supported: Microsoft supports the combination; interoperable: works for some features only (see the footnote); not-supported: does not work or is not supported; not-applicable: the client has no counterpart on that server; undocumented: no source states the combination, and the matrix does not guess one (such a verdict needs no `source`)."};
const schema83 = {"type":"object","additionalProperties":false,"required":["ref","status"],"description":"Another source (a key of `sources`) that states a different verdict for the same pair \u2014 another status, or the same status with other footnotes. The verdict's own status wins (where the seed table speaks, the seed always wins); the conflict is kept so that both citations are shown.","properties":{"ref":{"$ref":"#/$defs/id","description":"Key of the conflicting document in `sources`."},"status":{"$ref":"#/$defs/documentedStatus","description":"The status that document states for the pair."},"footnotes":{"type":"array","description":"Ids of the matrix footnotes that document attaches to the pair.","uniqueItems":true,"items":{"type":"string"}},"note":{"$ref":"#/$defs/text","description":"How that document words it and why the verdict differs."}}};
const schema85 = {"enum":["supported","interoperable","not-supported","not-applicable"],"description":"A status a source states: supported, interoperable, not-supported or not-applicable (see `status`)."};

function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate45.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.ref === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ref"},message:"must have required property '"+"ref"+"'",schema:schema83.required,parentSchema:schema83,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.status === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'",schema:schema83.required,parentSchema:schema83,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "ref") || (key0 === "status")) || (key0 === "footnotes")) || (key0 === "note"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema83,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.ref !== undefined){
let data0 = data.ref;
if(typeof data0 === "string"){
if(func1(data0) > 100){
const err3 = {instancePath:instancePath+"/ref",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema44,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern10.test(data0)){
const err4 = {instancePath:instancePath+"/ref",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9.-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9.-]*$"+"\"",schema:"^[a-z0-9][a-z0-9.-]*$",parentSchema:schema44,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/ref",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.type,parentSchema:schema44,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.status !== undefined){
let data1 = data.status;
if(!((((data1 === "supported") || (data1 === "interoperable")) || (data1 === "not-supported")) || (data1 === "not-applicable"))){
const err6 = {instancePath:instancePath+"/status",schemaPath:"#/$defs/documentedStatus/enum",keyword:"enum",params:{allowedValues: schema85.enum},message:"must be equal to one of the allowed values",schema:schema85.enum,parentSchema:schema85,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.footnotes !== undefined){
let data2 = data.footnotes;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 !== "string"){
const err7 = {instancePath:instancePath+"/footnotes/" + i0,schemaPath:"#/properties/footnotes/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.properties.footnotes.items.type,parentSchema:schema83.properties.footnotes.items,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
let i1 = data2.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data2[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err8 = {instancePath:instancePath+"/footnotes",schemaPath:"#/properties/footnotes/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema83.properties.footnotes,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err9 = {instancePath:instancePath+"/footnotes",schemaPath:"#/properties/footnotes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema83.properties.footnotes.type,parentSchema:schema83.properties.footnotes,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.note !== undefined){
let data4 = data.note;
if(typeof data4 === "string"){
if(func1(data4) > 4000){
const err10 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema46,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(func1(data4) < 1){
const err11 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema46,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!pattern4.test(data4)){
const err12 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema46,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.type,parentSchema:schema46,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema83.type,parentSchema:schema83,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate45.errors = vErrors;
return errors === 0;
}
validate45.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema87 = {"type":"object","additionalProperties":false,"required":["update","unmet","note","source"],"description":"The verdict holds only from a server update on: a server whose build is below `update` gives the pair (or the workload) the status `unmet` instead.","properties":{"update":{"$ref":"#/$defs/id","description":"Id of an update in the `builds.updates` of the cell's server product (from this matrix or from its `facts`)."},"unmet":{"$ref":"#/$defs/status","description":"The status of the pair (or workload) while the server is below the update: what the source says happens without it."},"note":{"$ref":"#/$defs/text","description":"What the update is needed for, in the source's words, and why `unmet` is what it is."},"source":{"$ref":"#/$defs/cellSource","description":"Where the requirement is stated, with a `quote`."}}};

function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate47.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.update === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "update"},message:"must have required property '"+"update"+"'",schema:schema87.required,parentSchema:schema87,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.unmet === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "unmet"},message:"must have required property '"+"unmet"+"'",schema:schema87.required,parentSchema:schema87,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.note === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "note"},message:"must have required property '"+"note"+"'",schema:schema87.required,parentSchema:schema87,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.source === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'",schema:schema87.required,parentSchema:schema87,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "update") || (key0 === "unmet")) || (key0 === "note")) || (key0 === "source"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema87,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.update !== undefined){
let data0 = data.update;
if(typeof data0 === "string"){
if(func1(data0) > 100){
const err5 = {instancePath:instancePath+"/update",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema44,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern10.test(data0)){
const err6 = {instancePath:instancePath+"/update",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9.-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9.-]*$"+"\"",schema:"^[a-z0-9][a-z0-9.-]*$",parentSchema:schema44,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/update",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.type,parentSchema:schema44,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.unmet !== undefined){
let data1 = data.unmet;
if(!(((((data1 === "supported") || (data1 === "interoperable")) || (data1 === "not-supported")) || (data1 === "not-applicable")) || (data1 === "undocumented"))){
const err8 = {instancePath:instancePath+"/unmet",schemaPath:"#/$defs/status/enum",keyword:"enum",params:{allowedValues: schema80.enum},message:"must be equal to one of the allowed values",schema:schema80.enum,parentSchema:schema80,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.note !== undefined){
let data2 = data.note;
if(typeof data2 === "string"){
if(func1(data2) > 4000){
const err9 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema46,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func1(data2) < 1){
const err10 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema46,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!pattern4.test(data2)){
const err11 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema46,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.type,parentSchema:schema46,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.source !== undefined){
if(!(validate28(data.source, {instancePath:instancePath+"/source",parentData:data,parentDataProperty:"source",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema87.type,parentSchema:schema87,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate47.errors = vErrors;
return errors === 0;
}
validate47.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate43.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.status === undefined) && (missing0 = "status")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.status !== undefined){
if("undocumented" !== data.status){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.conflicts !== undefined){
const err2 = {instancePath:instancePath+"/conflicts",schemaPath:"#/then/properties/conflicts/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema79.then.properties.conflicts,data:data.conflicts};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.requires !== undefined){
const err3 = {instancePath:instancePath+"/requires",schemaPath:"#/then/properties/requires/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema79.then.properties.requires,data:data.requires};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
valid0 = _valid0;
if(valid0){
var props0 = {};
props0.conflicts = true;
props0.requires = true;
props0.status = true;
}
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.source === undefined){
const err4 = {instancePath,schemaPath:"#/else/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'",schema:schema79.else.required,parentSchema:schema79.else,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
if(valid0){
if(props0 !== true){
props0 = props0 || {};
props0.source = true;
}
}
ifClause0 = "else";
}
if(!valid0){
const err5 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema79.if,parentSchema:schema79,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'",schema:schema79.required,parentSchema:schema79,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(props0 !== true){
props0 = props0 || {};
props0.status = true;
props0.footnotes = true;
props0.replacement = true;
props0.advice = true;
props0.source = true;
props0.conflicts = true;
props0.requires = true;
}
if(data.status !== undefined){
let data3 = data.status;
if(!(((((data3 === "supported") || (data3 === "interoperable")) || (data3 === "not-supported")) || (data3 === "not-applicable")) || (data3 === "undocumented"))){
const err7 = {instancePath:instancePath+"/status",schemaPath:"#/$defs/status/enum",keyword:"enum",params:{allowedValues: schema80.enum},message:"must be equal to one of the allowed values",schema:schema80.enum,parentSchema:schema80,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.footnotes !== undefined){
let data4 = data.footnotes;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(typeof data5 !== "string"){
const err8 = {instancePath:instancePath+"/footnotes/" + i0,schemaPath:"#/properties/footnotes/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema79.properties.footnotes.items.type,parentSchema:schema79.properties.footnotes.items,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
let i1 = data4.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data4[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err9 = {instancePath:instancePath+"/footnotes",schemaPath:"#/properties/footnotes/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema79.properties.footnotes,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err10 = {instancePath:instancePath+"/footnotes",schemaPath:"#/properties/footnotes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema79.properties.footnotes.type,parentSchema:schema79.properties.footnotes,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.replacement !== undefined){
let data6 = data.replacement;
if(typeof data6 === "string"){
if(func1(data6) > 100){
const err11 = {instancePath:instancePath+"/replacement",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema44,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!pattern10.test(data6)){
const err12 = {instancePath:instancePath+"/replacement",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9.-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9.-]*$"+"\"",schema:"^[a-z0-9][a-z0-9.-]*$",parentSchema:schema44,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/replacement",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.type,parentSchema:schema44,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.advice !== undefined){
let data7 = data.advice;
if(typeof data7 === "string"){
if(func1(data7) > 4000){
const err14 = {instancePath:instancePath+"/advice",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema46,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(func1(data7) < 1){
const err15 = {instancePath:instancePath+"/advice",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema46,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!pattern4.test(data7)){
const err16 = {instancePath:instancePath+"/advice",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema46,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/advice",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.type,parentSchema:schema46,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.source !== undefined){
if(!(validate28(data.source, {instancePath:instancePath+"/source",parentData:data,parentDataProperty:"source",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
if(data.conflicts !== undefined){
let data9 = data.conflicts;
if(Array.isArray(data9)){
const len1 = data9.length;
for(let i2=0; i2<len1; i2++){
if(!(validate45(data9[i2], {instancePath:instancePath+"/conflicts/" + i2,parentData:data9,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
errors = vErrors.length;
}
}
}
else {
const err18 = {instancePath:instancePath+"/conflicts",schemaPath:"#/properties/conflicts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema79.properties.conflicts.type,parentSchema:schema79.properties.conflicts,data:data9};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.requires !== undefined){
if(!(validate47(data.requires, {instancePath:instancePath+"/requires",parentData:data,parentDataProperty:"requires",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema79.type,parentSchema:schema79,data};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate43.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate43.evaluated = {"dynamicProps":true,"dynamicItems":false};

const schema94 = {"$comment":"The verdict keys are listed here as `true` as well as in #/$defs/verdict, so that they stay evaluated when the verdict fails and an error there is not also reported as unevaluated properties.","type":"object","unevaluatedProperties":false,"allOf":[{"$ref":"#/$defs/verdict"}],"properties":{"status":true,"footnotes":true,"replacement":true,"advice":true,"source":true,"conflicts":true,"requires":true}};

function validate51(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate51.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate43(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
else {
var props0 = validate43.evaluated.props;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(props0 !== true){
props0 = props0 || {};
props0.status = true;
props0.footnotes = true;
props0.replacement = true;
props0.advice = true;
props0.source = true;
props0.conflicts = true;
props0.requires = true;
}
if(props0 !== true){
for(const key0 in data){
if(!props0 || !props0[key0]){
const err0 = {instancePath,schemaPath:"#/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key0},message:"must NOT have unevaluated properties",schema:false,parentSchema:schema94,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema94.type,parentSchema:schema94,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate51.errors = vErrors;
return errors === 0;
}
validate51.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate42.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate43(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
else {
var props0 = validate43.evaluated.props;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.client === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "client"},message:"must have required property '"+"client"+"'",schema:schema78.required,parentSchema:schema78,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.server === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "server"},message:"must have required property '"+"server"+"'",schema:schema78.required,parentSchema:schema78,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(props0 !== true){
props0 = props0 || {};
props0.status = true;
props0.footnotes = true;
props0.replacement = true;
props0.advice = true;
props0.source = true;
props0.conflicts = true;
props0.requires = true;
props0.client = true;
props0.server = true;
props0.workloads = true;
}
if(data.client !== undefined){
let data0 = data.client;
if(typeof data0 === "string"){
if(func1(data0) > 100){
const err2 = {instancePath:instancePath+"/client",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema44,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!pattern10.test(data0)){
const err3 = {instancePath:instancePath+"/client",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9.-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9.-]*$"+"\"",schema:"^[a-z0-9][a-z0-9.-]*$",parentSchema:schema44,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/client",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.type,parentSchema:schema44,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.server !== undefined){
let data1 = data.server;
if(typeof data1 === "string"){
if(func1(data1) > 100){
const err5 = {instancePath:instancePath+"/server",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema44,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern10.test(data1)){
const err6 = {instancePath:instancePath+"/server",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9.-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9.-]*$"+"\"",schema:"^[a-z0-9][a-z0-9.-]*$",parentSchema:schema44,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/server",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.type,parentSchema:schema44,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.workloads !== undefined){
let data2 = data.workloads;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key0 in data2){
const _errs11 = errors;
if(typeof key0 === "string"){
if(func1(key0) > 100){
const err8 = {instancePath:instancePath+"/workloads",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema44,data:key0,propertyName:key0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!pattern10.test(key0)){
const err9 = {instancePath:instancePath+"/workloads",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9.-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9.-]*$"+"\"",schema:"^[a-z0-9][a-z0-9.-]*$",parentSchema:schema44,data:key0,propertyName:key0};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/workloads",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.type,parentSchema:schema44,data:key0,propertyName:key0};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var valid4 = _errs11 === errors;
if(!valid4){
const err11 = {instancePath:instancePath+"/workloads",schemaPath:"#/properties/workloads/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid",schema:schema78.properties.workloads.propertyNames,parentSchema:schema78.properties.workloads,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
for(const key1 in data2){
if(!(validate51(data2[key1], {instancePath:instancePath+"/workloads/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data2,parentDataProperty:key1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
errors = vErrors.length;
}
}
}
else {
const err12 = {instancePath:instancePath+"/workloads",schemaPath:"#/properties/workloads/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema78.properties.workloads.type,parentSchema:schema78.properties.workloads,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(props0 !== true){
for(const key2 in data){
if(!props0 || !props0[key2]){
const err13 = {instancePath,schemaPath:"#/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key2},message:"must NOT have unevaluated properties",schema:false,parentSchema:schema78,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema78.type,parentSchema:schema78,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate42.errors = vErrors;
return errors === 0;
}
validate42.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema95 = {"type":"object","additionalProperties":false,"required":["id","kind","name","statement","source"],"description":"A product the matrix knows but supports with nothing.","properties":{"id":{"$ref":"#/$defs/id","description":"Stable identifier; server rules may name it."},"kind":{"enum":["client","server"],"description":"Whether a topology would name it as a client or a server product."},"name":{"$ref":"#/$defs/text","description":"Display name."},"aliases":{"type":"array","description":"Other names a topology may use for the product (matched case-insensitively, whitespace folded).","uniqueItems":true,"items":{"$ref":"#/$defs/text"}},"statement":{"$ref":"#/$defs/text","description":"Why it is not supported, in a sentence with the source's words; shown with the finding."},"source":{"$ref":"#/$defs/cellSource","description":"Where that is stated, with a `quote`."}}};

function validate55(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate55.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema95.required,parentSchema:schema95,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema95.required,parentSchema:schema95,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.name === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema95.required,parentSchema:schema95,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.statement === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "statement"},message:"must have required property '"+"statement"+"'",schema:schema95.required,parentSchema:schema95,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.source === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'",schema:schema95.required,parentSchema:schema95,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "id") || (key0 === "kind")) || (key0 === "name")) || (key0 === "aliases")) || (key0 === "statement")) || (key0 === "source"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema95,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func1(data0) > 100){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema44,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern10.test(data0)){
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9.-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9.-]*$"+"\"",schema:"^[a-z0-9][a-z0-9.-]*$",parentSchema:schema44,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.type,parentSchema:schema44,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.kind !== undefined){
let data1 = data.kind;
if(!((data1 === "client") || (data1 === "server"))){
const err9 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema95.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema95.properties.kind.enum,parentSchema:schema95.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.name !== undefined){
let data2 = data.name;
if(typeof data2 === "string"){
if(func1(data2) > 4000){
const err10 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema46,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(func1(data2) < 1){
const err11 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema46,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!pattern4.test(data2)){
const err12 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema46,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.type,parentSchema:schema46,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.aliases !== undefined){
let data3 = data.aliases;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(typeof data4 === "string"){
if(func1(data4) > 4000){
const err14 = {instancePath:instancePath+"/aliases/" + i0,schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema46,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(func1(data4) < 1){
const err15 = {instancePath:instancePath+"/aliases/" + i0,schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema46,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!pattern4.test(data4)){
const err16 = {instancePath:instancePath+"/aliases/" + i0,schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema46,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/aliases/" + i0,schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.type,parentSchema:schema46,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
let i1 = data3.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data3[i1], data3[j0])){
const err18 = {instancePath:instancePath+"/aliases",schemaPath:"#/properties/aliases/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema95.properties.aliases,data:data3};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err19 = {instancePath:instancePath+"/aliases",schemaPath:"#/properties/aliases/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema95.properties.aliases.type,parentSchema:schema95.properties.aliases,data:data3};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.statement !== undefined){
let data5 = data.statement;
if(typeof data5 === "string"){
if(func1(data5) > 4000){
const err20 = {instancePath:instancePath+"/statement",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema46,data:data5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(func1(data5) < 1){
const err21 = {instancePath:instancePath+"/statement",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema46,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(!pattern4.test(data5)){
const err22 = {instancePath:instancePath+"/statement",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema46,data:data5};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/statement",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.type,parentSchema:schema46,data:data5};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.source !== undefined){
if(!(validate28(data.source, {instancePath:instancePath+"/source",parentData:data,parentDataProperty:"source",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
}
else {
const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema95.type,parentSchema:schema95,data};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
validate55.errors = vErrors;
return errors === 0;
}
validate55.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema100 = {"type":"object","additionalProperties":false,"required":["id","kind","status","source"],"description":"A rule on server products deployed side by side. kind \"together\": the `servers` in one deployment; kind \"migration\": a side-by-side migration `from` any one of the listed products `to` another.","properties":{"id":{"$ref":"#/$defs/id","description":"Stable identifier of the rule."},"kind":{"enum":["together","migration"],"description":"together: the listed servers deployed side by side; migration: a side-by-side migration path."},"servers":{"type":"array","description":"kind together: the server products (ids of `servers` or of server `unsupportedProducts`) deployed side by side; all of them at once.","minItems":2,"uniqueItems":true,"items":{"$ref":"#/$defs/id"}},"from":{"type":"array","description":"kind migration: the server products (ids) a migration may start from, each on its own.","minItems":1,"uniqueItems":true,"items":{"$ref":"#/$defs/id"}},"to":{"$ref":"#/$defs/id","description":"kind migration: the server product migrated to."},"exclusive":{"const":true,"description":"kind migration: `to` migrates only from the listed products, so any other server product deployed next to it is not supported (unless another rule says so)."},"status":{"enum":["supported","not-supported"],"description":"Whether the sources support the deployment or migration."},"source":{"$ref":"#/$defs/cellSource","description":"The sentence that states the rule, with a `quote`."}},"if":{"properties":{"kind":{"const":"together"}},"required":["kind"]},"then":{"properties":{"servers":true,"from":false,"to":false,"exclusive":false},"required":["servers"]},"else":{"properties":{"from":true,"to":true,"servers":false},"required":["from","to"]}};

function validate58(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate58.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.kind === undefined) && (missing0 = "kind")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.kind !== undefined){
if("together" !== data.kind){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.servers === undefined){
const err2 = {instancePath,schemaPath:"#/then/required",keyword:"required",params:{missingProperty: "servers"},message:"must have required property '"+"servers"+"'",schema:schema100.then.required,parentSchema:schema100.then,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.from !== undefined){
const err3 = {instancePath:instancePath+"/from",schemaPath:"#/then/properties/from/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema100.then.properties.from,data:data.from};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.to !== undefined){
const err4 = {instancePath:instancePath+"/to",schemaPath:"#/then/properties/to/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema100.then.properties.to,data:data.to};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.exclusive !== undefined){
const err5 = {instancePath:instancePath+"/exclusive",schemaPath:"#/then/properties/exclusive/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema100.then.properties.exclusive,data:data.exclusive};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
valid0 = _valid0;
if(valid0){
var props0 = {};
props0.servers = true;
props0.from = true;
props0.to = true;
props0.exclusive = true;
props0.kind = true;
}
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.from === undefined){
const err6 = {instancePath,schemaPath:"#/else/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'",schema:schema100.else.required,parentSchema:schema100.else,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.to === undefined){
const err7 = {instancePath,schemaPath:"#/else/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'",schema:schema100.else.required,parentSchema:schema100.else,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.servers !== undefined){
const err8 = {instancePath:instancePath+"/servers",schemaPath:"#/else/properties/servers/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema100.else.properties.servers,data:data.servers};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
if(valid0){
if(props0 !== true){
props0 = props0 || {};
props0.from = true;
props0.to = true;
props0.servers = true;
}
}
ifClause0 = "else";
}
if(!valid0){
const err9 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema100.if,parentSchema:schema100,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema100.required,parentSchema:schema100,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.kind === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema100.required,parentSchema:schema100,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.status === undefined){
const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'",schema:schema100.required,parentSchema:schema100,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data.source === undefined){
const err13 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'",schema:schema100.required,parentSchema:schema100,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "id") || (key0 === "kind")) || (key0 === "servers")) || (key0 === "from")) || (key0 === "to")) || (key0 === "exclusive")) || (key0 === "status")) || (key0 === "source"))){
const err14 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema100,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.id !== undefined){
let data5 = data.id;
if(typeof data5 === "string"){
if(func1(data5) > 100){
const err15 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema44,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!pattern10.test(data5)){
const err16 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9.-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9.-]*$"+"\"",schema:"^[a-z0-9][a-z0-9.-]*$",parentSchema:schema44,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.type,parentSchema:schema44,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.kind !== undefined){
let data6 = data.kind;
if(!((data6 === "together") || (data6 === "migration"))){
const err18 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema100.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema100.properties.kind.enum,parentSchema:schema100.properties.kind,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.servers !== undefined){
let data7 = data.servers;
if(Array.isArray(data7)){
if(data7.length < 2){
const err19 = {instancePath:instancePath+"/servers",schemaPath:"#/properties/servers/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items",schema:2,parentSchema:schema100.properties.servers,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
if(typeof data8 === "string"){
if(func1(data8) > 100){
const err20 = {instancePath:instancePath+"/servers/" + i0,schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema44,data:data8};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!pattern10.test(data8)){
const err21 = {instancePath:instancePath+"/servers/" + i0,schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9.-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9.-]*$"+"\"",schema:"^[a-z0-9][a-z0-9.-]*$",parentSchema:schema44,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/servers/" + i0,schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.type,parentSchema:schema44,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
let i1 = data7.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data7[i1], data7[j0])){
const err23 = {instancePath:instancePath+"/servers",schemaPath:"#/properties/servers/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema100.properties.servers,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err24 = {instancePath:instancePath+"/servers",schemaPath:"#/properties/servers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema100.properties.servers.type,parentSchema:schema100.properties.servers,data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.from !== undefined){
let data9 = data.from;
if(Array.isArray(data9)){
if(data9.length < 1){
const err25 = {instancePath:instancePath+"/from",schemaPath:"#/properties/from/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema100.properties.from,data:data9};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
const len1 = data9.length;
for(let i2=0; i2<len1; i2++){
let data10 = data9[i2];
if(typeof data10 === "string"){
if(func1(data10) > 100){
const err26 = {instancePath:instancePath+"/from/" + i2,schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema44,data:data10};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(!pattern10.test(data10)){
const err27 = {instancePath:instancePath+"/from/" + i2,schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9.-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9.-]*$"+"\"",schema:"^[a-z0-9][a-z0-9.-]*$",parentSchema:schema44,data:data10};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/from/" + i2,schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.type,parentSchema:schema44,data:data10};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
let i3 = data9.length;
let j1;
if(i3 > 1){
outer1:
for(;i3--;){
for(j1 = i3; j1--;){
if(func0(data9[i3], data9[j1])){
const err29 = {instancePath:instancePath+"/from",schemaPath:"#/properties/from/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)",schema:true,parentSchema:schema100.properties.from,data:data9};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
break outer1;
}
}
}
}
}
else {
const err30 = {instancePath:instancePath+"/from",schemaPath:"#/properties/from/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema100.properties.from.type,parentSchema:schema100.properties.from,data:data9};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.to !== undefined){
let data11 = data.to;
if(typeof data11 === "string"){
if(func1(data11) > 100){
const err31 = {instancePath:instancePath+"/to",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema44,data:data11};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(!pattern10.test(data11)){
const err32 = {instancePath:instancePath+"/to",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9.-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9.-]*$"+"\"",schema:"^[a-z0-9][a-z0-9.-]*$",parentSchema:schema44,data:data11};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/to",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.type,parentSchema:schema44,data:data11};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.exclusive !== undefined){
let data12 = data.exclusive;
if(true !== data12){
const err34 = {instancePath:instancePath+"/exclusive",schemaPath:"#/properties/exclusive/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant",schema:true,parentSchema:schema100.properties.exclusive,data:data12};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.status !== undefined){
let data13 = data.status;
if(!((data13 === "supported") || (data13 === "not-supported"))){
const err35 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema100.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema100.properties.status.enum,parentSchema:schema100.properties.status,data:data13};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.source !== undefined){
if(!(validate28(data.source, {instancePath:instancePath+"/source",parentData:data,parentDataProperty:"source",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
}
else {
const err36 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema100.type,parentSchema:schema100,data};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
validate58.errors = vErrors;
return errors === 0;
}
validate58.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.extends === undefined) && (missing0 = "extends")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.extends !== undefined){
if(typeof data.extends !== "string"){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err2 = {instancePath,schemaPath:"#/then/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema43.then.required,parentSchema:schema43.then,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
if(valid0){
var props0 = {};
props0.id = true;
props0.extends = true;
}
ifClause0 = "then";
}
else {
const _errs6 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err3 = {instancePath,schemaPath:"#/else/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema43.else.required,parentSchema:schema43.else,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.title === undefined){
const err4 = {instancePath,schemaPath:"#/else/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema43.else.required,parentSchema:schema43.else,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.sources === undefined){
const err5 = {instancePath,schemaPath:"#/else/required",keyword:"required",params:{missingProperty: "sources"},message:"must have required property '"+"sources"+"'",schema:schema43.else.required,parentSchema:schema43.else,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.workloads === undefined){
const err6 = {instancePath,schemaPath:"#/else/required",keyword:"required",params:{missingProperty: "workloads"},message:"must have required property '"+"workloads"+"'",schema:schema43.else.required,parentSchema:schema43.else,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.servers === undefined){
const err7 = {instancePath,schemaPath:"#/else/required",keyword:"required",params:{missingProperty: "servers"},message:"must have required property '"+"servers"+"'",schema:schema43.else.required,parentSchema:schema43.else,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.clients === undefined){
const err8 = {instancePath,schemaPath:"#/else/required",keyword:"required",params:{missingProperty: "clients"},message:"must have required property '"+"clients"+"'",schema:schema43.else.required,parentSchema:schema43.else,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.footnotes === undefined){
const err9 = {instancePath,schemaPath:"#/else/required",keyword:"required",params:{missingProperty: "footnotes"},message:"must have required property '"+"footnotes"+"'",schema:schema43.else.required,parentSchema:schema43.else,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.cells === undefined){
const err10 = {instancePath,schemaPath:"#/else/required",keyword:"required",params:{missingProperty: "cells"},message:"must have required property '"+"cells"+"'",schema:schema43.else.required,parentSchema:schema43.else,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
var _valid0 = _errs6 === errors;
valid0 = _valid0;
if(valid0){
if(props0 !== true){
props0 = props0 || {};
props0.id = true;
props0.title = true;
props0.sources = true;
props0.workloads = true;
props0.servers = true;
props0.clients = true;
props0.footnotes = true;
props0.cells = true;
}
}
ifClause0 = "else";
}
if(!valid0){
const err11 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema43.if,parentSchema:schema43,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func27.call(schema43.properties, key0))){
const err12 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema43,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.$schema !== undefined){
let data1 = data.$schema;
if(typeof data1 !== "string"){
const err13 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.$schema.type,parentSchema:schema43.properties.$schema,data:data1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.id !== undefined){
let data2 = data.id;
if(typeof data2 === "string"){
if(func1(data2) > 100){
const err14 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema44,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!pattern10.test(data2)){
const err15 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9.-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9.-]*$"+"\"",schema:"^[a-z0-9][a-z0-9.-]*$",parentSchema:schema44,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.type,parentSchema:schema44,data:data2};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.extends !== undefined){
let data3 = data.extends;
if(typeof data3 === "string"){
if(func1(data3) > 500){
const err17 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema43.properties.extends,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(func1(data3) < 1){
const err18 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema43.properties.extends,data:data3};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.extends.type,parentSchema:schema43.properties.extends,data:data3};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.facts !== undefined){
let data4 = data.facts;
if(typeof data4 === "string"){
if(func1(data4) > 100){
const err20 = {instancePath:instancePath+"/facts",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema44,data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!pattern10.test(data4)){
const err21 = {instancePath:instancePath+"/facts",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9.-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9.-]*$"+"\"",schema:"^[a-z0-9][a-z0-9.-]*$",parentSchema:schema44,data:data4};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/facts",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.type,parentSchema:schema44,data:data4};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.title !== undefined){
let data5 = data.title;
if(typeof data5 === "string"){
if(func1(data5) > 4000){
const err23 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema46,data:data5};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(func1(data5) < 1){
const err24 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema46,data:data5};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(!pattern4.test(data5)){
const err25 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema46,data:data5};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.type,parentSchema:schema46,data:data5};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.description !== undefined){
let data6 = data.description;
if(typeof data6 === "string"){
if(func1(data6) > 4000){
const err27 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema46,data:data6};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(func1(data6) < 1){
const err28 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema46,data:data6};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(!pattern4.test(data6)){
const err29 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema46,data:data6};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.type,parentSchema:schema46,data:data6};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.sources !== undefined){
let data7 = data.sources;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(Object.keys(data7).length < 1){
const err31 = {instancePath:instancePath+"/sources",schemaPath:"#/properties/sources/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema43.properties.sources,data:data7};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
for(const key1 in data7){
const _errs26 = errors;
if(typeof key1 === "string"){
if(func1(key1) > 100){
const err32 = {instancePath:instancePath+"/sources",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema44,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(!pattern10.test(key1)){
const err33 = {instancePath:instancePath+"/sources",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9.-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9.-]*$"+"\"",schema:"^[a-z0-9][a-z0-9.-]*$",parentSchema:schema44,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/sources",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.type,parentSchema:schema44,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
var valid7 = _errs26 === errors;
if(!valid7){
const err35 = {instancePath:instancePath+"/sources",schemaPath:"#/properties/sources/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema43.properties.sources.propertyNames,parentSchema:schema43.properties.sources,data:data7};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
for(const key2 in data7){
if(!(validate22(data7[key2], {instancePath:instancePath+"/sources/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data7,parentDataProperty:key2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err36 = {instancePath:instancePath+"/sources",schemaPath:"#/properties/sources/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.properties.sources.type,parentSchema:schema43.properties.sources,data:data7};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.workloads !== undefined){
let data9 = data.workloads;
if(Array.isArray(data9)){
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
if(!(validate24(data9[i0], {instancePath:instancePath+"/workloads/" + i0,parentData:data9,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
}
else {
const err37 = {instancePath:instancePath+"/workloads",schemaPath:"#/properties/workloads/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema43.properties.workloads.type,parentSchema:schema43.properties.workloads,data:data9};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.servers !== undefined){
let data11 = data.servers;
if(Array.isArray(data11)){
if(data11.length < 1){
const err38 = {instancePath:instancePath+"/servers",schemaPath:"#/properties/servers/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema43.properties.servers,data:data11};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
const len1 = data11.length;
for(let i1=0; i1<len1; i1++){
if(!(validate26(data11[i1], {instancePath:instancePath+"/servers/" + i1,parentData:data11,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
}
else {
const err39 = {instancePath:instancePath+"/servers",schemaPath:"#/properties/servers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema43.properties.servers.type,parentSchema:schema43.properties.servers,data:data11};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.clients !== undefined){
let data13 = data.clients;
if(Array.isArray(data13)){
if(data13.length < 1){
const err40 = {instancePath:instancePath+"/clients",schemaPath:"#/properties/clients/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema43.properties.clients,data:data13};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
const len2 = data13.length;
for(let i2=0; i2<len2; i2++){
if(!(validate35(data13[i2], {instancePath:instancePath+"/clients/" + i2,parentData:data13,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
}
}
else {
const err41 = {instancePath:instancePath+"/clients",schemaPath:"#/properties/clients/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema43.properties.clients.type,parentSchema:schema43.properties.clients,data:data13};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.footnotes !== undefined){
let data15 = data.footnotes;
if(Array.isArray(data15)){
const len3 = data15.length;
for(let i3=0; i3<len3; i3++){
if(!(validate40(data15[i3], {instancePath:instancePath+"/footnotes/" + i3,parentData:data15,parentDataProperty:i3,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
}
}
else {
const err42 = {instancePath:instancePath+"/footnotes",schemaPath:"#/properties/footnotes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema43.properties.footnotes.type,parentSchema:schema43.properties.footnotes,data:data15};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.cells !== undefined){
let data17 = data.cells;
if(Array.isArray(data17)){
if(data17.length < 1){
const err43 = {instancePath:instancePath+"/cells",schemaPath:"#/properties/cells/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema43.properties.cells,data:data17};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
const len4 = data17.length;
for(let i4=0; i4<len4; i4++){
if(!(validate42(data17[i4], {instancePath:instancePath+"/cells/" + i4,parentData:data17,parentDataProperty:i4,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
errors = vErrors.length;
}
}
}
else {
const err44 = {instancePath:instancePath+"/cells",schemaPath:"#/properties/cells/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema43.properties.cells.type,parentSchema:schema43.properties.cells,data:data17};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.unsupportedProducts !== undefined){
let data19 = data.unsupportedProducts;
if(Array.isArray(data19)){
const len5 = data19.length;
for(let i5=0; i5<len5; i5++){
if(!(validate55(data19[i5], {instancePath:instancePath+"/unsupportedProducts/" + i5,parentData:data19,parentDataProperty:i5,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
errors = vErrors.length;
}
}
}
else {
const err45 = {instancePath:instancePath+"/unsupportedProducts",schemaPath:"#/properties/unsupportedProducts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema43.properties.unsupportedProducts.type,parentSchema:schema43.properties.unsupportedProducts,data:data19};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.serverRules !== undefined){
let data21 = data.serverRules;
if(Array.isArray(data21)){
const len6 = data21.length;
for(let i6=0; i6<len6; i6++){
if(!(validate58(data21[i6], {instancePath:instancePath+"/serverRules/" + i6,parentData:data21,parentDataProperty:i6,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
}
else {
const err46 = {instancePath:instancePath+"/serverRules",schemaPath:"#/properties/serverRules/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema43.properties.serverRules.type,parentSchema:schema43.properties.serverRules,data:data21};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
else {
const err47 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.type,parentSchema:schema43,data};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

;// CONCATENATED MODULE: ./src/core/schema-validator.ts

// The validators are compiled from schema/*.schema.json at build time (scripts/generate.mjs),
// so a run neither loads Ajv nor compiles a schema. They report all errors at once, each with the
// offending value and its schema, which the messages quote.
function errorsOf(validate) {
    return (value) => (validate(value) ? [] : [...(validate.errors ?? [])]);
}
/** Every way `value` breaks schema/topology.schema.json; empty when it conforms. */
const topologySchemaErrors = errorsOf(validateTopology);
/** Every way `value` breaks schema/matrix.schema.json; empty when it conforms. */
const matrixSchemaErrors = errorsOf(validateMatrix);


/***/ }),

/***/ 2309:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B5: () => (/* binding */ findingSource),
/* harmony export */   Mo: () => (/* binding */ STATUS_RANK),
/* harmony export */   lM: () => (/* binding */ documentOf),
/* harmony export */   xJ: () => (/* binding */ severityOf),
/* harmony export */   xi: () => (/* binding */ STATUS_PHRASE)
/* harmony export */ });
// How a status reads and weighs, and where a finding's source comes from: shared by the pair
// findings (evaluate.ts) and the estate findings (estate.ts).
/** Worst first; a population gets the worst verdict among the workloads it declares. */
const STATUS_RANK = {
    'not-supported': 4,
    'not-applicable': 3,
    undocumented: 2,
    interoperable: 1,
    supported: 0,
};
const STATUS_PHRASE = {
    supported: 'supported',
    interoperable: 'interoperable only',
    'not-supported': 'not supported',
    'not-applicable': 'not applicable',
    undocumented: 'stated by no source',
};
/**
 * error when `fail-on` lists the status; warning for any other status but supported; a supported
 * finding with something to read (a footnote, an unmet requirement) is a notice.
 */
function severityOf(status, failOn, remarks) {
    if (failOn.has(status))
        return 'error';
    if (status !== 'supported')
        return 'warning';
    return remarks ? 'notice' : 'none';
}
/**
 * A finding's source as reports show it: the matrix (and for a custom one, its file), the document
 * and table a verdict cites with its note and quote, and the other sources that state it otherwise.
 * No document: no source states it (an `undocumented` verdict).
 */
function findingSource(matrix, cited, conflicts = []) {
    const source = { matrix: matrix.id };
    if (matrix.file !== undefined)
        source.matrixFile = matrix.file;
    if (cited)
        Object.assign(source, documentOf(matrix, cited.ref), cited.note ? { note: cited.note } : {}, cited.quote ? { quote: cited.quote } : {});
    if (conflicts.length > 0)
        source.conflicts = conflicts.map((c) => ({
            ...documentOf(matrix, c.ref),
            status: c.status,
            ...(c.note ? { note: c.note } : {}),
        }));
    return source;
}
/** The title, table and URL of the document a source reference names. */
function documentOf(matrix, ref) {
    const document = matrix.document(ref);
    // load() proved every reference resolves; the ref stands in should a caller pass another.
    if (!document)
        return { title: ref };
    return {
        title: document.title,
        ...(document.table ? { table: document.table } : {}),
        ...(document.url ? { url: document.url } : {}),
    };
}


/***/ }),

/***/ 2085:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L4: () => (/* binding */ spellingSlipsOf),
/* harmony export */   Lo: () => (/* binding */ nameWords),
/* harmony export */   Pc: () => (/* binding */ normalizeName),
/* harmony export */   au: () => (/* binding */ didYouMean)
/* harmony export */ });
/* unused harmony export closestNames */
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2831);

/** Folds case and runs of whitespace, so "lync  server 2013" finds "Lync Server 2013". */
function normalizeName(name) {
    return name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}
// A misspelling of a longer name is not worth guessing at, and the distance of two names costs the
// product of their lengths: hostile 100 kB names must cost nothing.
const MAX_SUGGESTED_LENGTH = 64;
/**
 * The candidates closest to `input` by edit distance over normalized names, best first: at most
 * `limit`, and only those close enough to be a plausible misspelling. With a budget, each candidate
 * is paid for before it is measured; when the budget runs out the answer is "none" rather than a
 * partial (and so possibly wrong) best guess.
 */
function closestNames(input, candidates, limit = 3, budget) {
    const wanted = normalizeName(input);
    if (wanted.length > MAX_SUGGESTED_LENGTH)
        return [];
    const scored = [];
    const seen = new Set();
    for (const name of candidates) {
        if (seen.has(name))
            continue;
        seen.add(name);
        if (budget && !budget.takeSuggestionWork(name.length * (wanted.length + 1)))
            return [];
        const folded = normalizeName(name);
        if (folded.length > MAX_SUGGESTED_LENGTH)
            continue;
        const allowed = Math.max(2, Math.floor(Math.max(wanted.length, folded.length) * 0.4));
        const distance = folded.includes(wanted) || wanted.includes(folded)
            ? Math.abs(folded.length - wanted.length) / 2
            : editDistance(wanted, folded, allowed);
        if (distance <= allowed)
            scored.push({ name, distance });
    }
    return scored
        .sort((a, b) => a.distance - b.distance || (0,_order_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n)(a.name, b.name))
        .slice(0, limit)
        .map((s) => s.name);
}
/**
 * The candidates `input` is a spelling slip of, best first, at most `limit`: names with the same
 * words, every number exactly as written and every other word at most one edit away (two for a
 * word of more than four letters). A product name is not guessed from a similar one: "OCS 2007" is
 * not a slip of "OCS 2007 R2", "Lync 2012" not of "Lync 2013", "Attendee" not of "Attendant".
 */
function spellingSlipsOf(input, candidates, limit = 3, budget, folded) {
    if (input.length > MAX_SUGGESTED_LENGTH)
        return [];
    // Worked out once the budget has paid for a first comparison: a file of thousands of unknown
    // names runs it dry, and the names after that must cost next to nothing.
    let wanted;
    const scored = [];
    const seen = new Set();
    for (const candidate of candidates) {
        const { name, words: theirs } = typeof candidate === 'string' ? nameWords(candidate) : candidate;
        if (seen.has(name) || name.length > MAX_SUGGESTED_LENGTH)
            continue;
        seen.add(name);
        if (budget && !budget.takeSuggestionWork(name.length * (input.length + 1)))
            return [];
        wanted ??= wordsOfFolded(folded ?? normalizeName(input));
        if (theirs.length !== wanted.length)
            continue;
        let distance = 0;
        for (const [i, word] of wanted.entries()) {
            const their = theirs[i];
            if (word === their)
                continue;
            const allowed = /\d/.test(word) || /\d/.test(their) ? 0 : Math.max(word.length, their.length) > 4 ? 2 : 1;
            const apart = editDistance(word, their, allowed);
            if (apart > allowed) {
                distance = Number.POSITIVE_INFINITY;
                break;
            }
            distance += apart;
        }
        // Distance 0: the same words, written with other spacing or punctuation ("Lync2013").
        if (distance < Number.POSITIVE_INFINITY)
            scored.push({ name, distance });
    }
    return scored
        .sort((a, b) => a.distance - b.distance || (0,_order_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n)(a.name, b.name))
        .slice(0, limit)
        .map((s) => s.name);
}
function nameWords(name) {
    return { name, words: words(name) };
}
/** A name's words, folded, with letters and digits apart: "Lync2013" and "lync 2013" have the same words. */
function words(name) {
    return wordsOfFolded(normalizeName(name));
}
/** The words of a name already folded by normalizeName. */
function wordsOfFolded(folded) {
    return folded
        .replace(/(\p{L})(\d)|(\d)(\p{L})/gu, '$1$3 $2$4')
        .split(/[\s\-_/]+/)
        .filter((w) => w !== '');
}
/** "did you mean "a" or "b"?" or "" when nothing is close (or the run's budget is spent). */
function didYouMean(input, candidates, budget) {
    const names = closestNames(input, candidates, 3, budget);
    if (names.length === 0)
        return '';
    return ` (did you mean ${names.map((n) => JSON.stringify(n)).join(' or ')}?)`;
}
/** Levenshtein distance, or anything above `allowed` once every path is known to exceed it. */
function editDistance(a, b, allowed) {
    if (Math.abs(a.length - b.length) > allowed)
        return allowed + 1;
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        let best = i;
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            const value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
            current[j] = value;
            if (value < best)
                best = value;
        }
        if (best > allowed)
            return allowed + 1;
        previous = current;
    }
    return previous[b.length];
}


/***/ }),

/***/ 4506:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $4: () => (/* binding */ readVersion),
/* harmony export */   LX: () => (/* binding */ describeUpdate),
/* harmony export */   vZ: () => (/* binding */ includesUpdate)
/* harmony export */ });
/* unused harmony export productOfBuild */
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2085);

const BUILD = /^\d{1,6}(?:\.\d{1,6}){3}$/;
/** Reads `text` as a build or an update of server `product`; a build or update of another product is an error. */
function readVersion(text, product, matrix) {
    const builds = matrix.builds(product.id);
    if (BUILD.test(text)) {
        if (builds && text.startsWith(`${builds.line}.`)) {
            const update = builds.updates.find((u) => u.build === text);
            return { ok: true, version: { text, build: parseBuild(text), ...(update ? { update } : {}) } };
        }
        const owner = productOfBuild(text, matrix);
        if (owner)
            return {
                ok: false,
                message: `version ${text} is a build of ${owner.name}, not of ${product.name}; a pool of ${product.name} has a build ${builds ? `${builds.line}.x` : 'no source lists'}`,
            };
        if (builds)
            return {
                ok: false,
                message: `version ${text} is not a build of ${product.name}: its builds are ${builds.line}.x`,
            };
        // No source lists builds of this product, so none can be checked, and none is needed.
        return { ok: true, version: { text, build: parseBuild(text) } };
    }
    if (/^[\d.]+$/.test(text))
        return {
            ok: false,
            message: `version "${text}" is not a whole build; give four numbers (for example ${builds ? `${builds.line}.0` : '5.0.8308.857'}) or the name of the cumulative update`,
        };
    const wanted = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeName */ .Pc)(text);
    const named = (u) => [u.id, u.name, ...(u.aliases ?? [])].some((n) => (0,_suggest_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeName */ .Pc)(n) === wanted);
    const update = builds?.updates.find(named);
    if (update)
        return {
            ok: true,
            version: { text, ...(update.build ? { build: parseBuild(update.build) } : {}), update },
        };
    const owner = matrix
        .serverProducts()
        .find((p) => p.id !== product.id && matrix.builds(p.id)?.updates.some(named));
    if (owner)
        return {
            ok: false,
            message: `version "${text}" is an update of ${owner.name}, not of ${product.name}`,
        };
    const known = builds?.updates.map((u) => u.name) ?? [];
    return {
        ok: false,
        message: `version "${text}" is neither a build nor an update of ${product.name} that the sources name; ${known.length > 0 ? `its updates: ${known.join(', ')}; or give the build (${builds?.line}.x)` : 'give its build'}`,
    };
}
/** The server product, of the matrix or its facts, whose build line `build` is on. */
function productOfBuild(build, matrix) {
    return matrix.serverProducts().find((p) => {
        const line = matrix.builds(p.id)?.line;
        return line !== undefined && build.startsWith(`${line}.`);
    });
}
/**
 * Whether `declared` includes update `required` of the same product: `unknown` when no source gives
 * what would decide it (an update with no build, and no update between them with both a build and
 * a release month).
 */
function includesUpdate(declared, required, updates) {
    if (declared.update?.id === required.id)
        return 'yes';
    const ownBuild = declared.build;
    const ownMonth = declared.update?.released;
    if (ownBuild && required.build)
        return compareBuilds(ownBuild, parseBuild(required.build)) >= 0 ? 'yes' : 'no';
    if (ownMonth && required.released && ownMonth !== required.released)
        return ownMonth > required.released ? 'yes' : 'no';
    // An update with both a build and a month bridges a build and a month.
    for (const bridge of updates) {
        if (!bridge.build || !bridge.released)
            continue;
        const bridgeBuild = parseBuild(bridge.build);
        if (ownBuild && required.released) {
            if (bridge.released > required.released && compareBuilds(ownBuild, bridgeBuild) >= 0)
                return 'yes';
            if (bridge.released < required.released && compareBuilds(ownBuild, bridgeBuild) < 0)
                return 'no';
        }
        if (ownMonth && required.build) {
            if (ownMonth > bridge.released && compareBuilds(bridgeBuild, parseBuild(required.build)) >= 0)
                return 'yes';
            if (ownMonth < bridge.released && compareBuilds(bridgeBuild, parseBuild(required.build)) <= 0)
                return 'no';
        }
    }
    return 'unknown';
}
/** How an update is written in a message: its name and, when a source gives it, its build. */
function describeUpdate(update) {
    return update.build ? `the ${update.name} (${update.build})` : `the ${update.name}`;
}
function parseBuild(text) {
    return text.split('.').map(Number);
}
function compareBuilds(a, b) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const difference = (a[i] ?? 0) - (b[i] ?? 0);
        if (difference !== 0)
            return difference;
    }
    return 0;
}


/***/ }),

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _action_main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5098);
/* harmony import */ var _runner_protocol_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1864);


// The action's entry point: everything happens in run(), which tests call with their own deps.
// The runner reads stdout to its end, but a local run piped to a reader that stops early (`| head`)
// has it closed under it. The step log, and the annotations with it, then did not arrive whole, so
// the run ends as one that could not do what it was asked (exit 2, as the CLI does), in one line
// rather than a stack trace; run() still writes the outputs and the job summary, which are files.
let outputClosed = false;
process.stdout.on('error', (error) => {
    outputClosed = true;
    const problem = error.code === 'EPIPE'
        ? 'the output was closed before the whole report was written'
        : `the step log could not be written: ${error.message}`;
    process.stderr.write(`coexist: ${problem}\n`);
    process.exitCode = 2;
});
try {
    const code = await (0,_action_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();
    if (!outputClosed)
        process.exitCode = code;
}
catch (error) {
    // Only a defect of coexist gets here; fail the step with one line, not a stack trace.
    process.stdout.write(`${(0,_runner_protocol_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCommand */ .fE)('error', { title: 'coexist: internal error' }, error instanceof Error ? error.message : String(error))}\n`);
    process.exitCode = 2;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 4993:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ randomHex)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_module__WEBPACK_IMPORTED_MODULE_1__);


// Unguessable tokens (the runner's stop-commands token, output delimiters, temporary file names)
// without loading node:crypto on every run: node:crypto and the modules it pulls in cost some 8 ms
// of start-up, a tenth of the action's time over `node -e 0` (measured with `npm run bench`). Linux
// and macOS runners read the kernel's generator, /dev/urandom, which node:crypto seeds from too;
// where there is none (Windows), node:crypto gives the bytes.
const require = (0,node_module__WEBPACK_IMPORTED_MODULE_1__.createRequire)(import.meta.url);
/** `bytes` random bytes as lower-case hex. */
function randomHex(bytes) {
    const buffer = Buffer.alloc(bytes);
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)('/dev/urandom', 'r');
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer) === bytes)
            return buffer.toString('hex');
    }
    catch {
        // No /dev/urandom here: node:crypto below.
    }
    finally {
        if (fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
    return require('node:crypto').randomBytes(bytes).toString('hex');
}


/***/ }),

/***/ 2104:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   JA: () => (/* binding */ EXCEPTION_RULE),
/* harmony export */   Qt: () => (/* binding */ SERVER_VERSION_RULE),
/* harmony export */   VD: () => (/* binding */ INVALID_TOPOLOGY_RULE),
/* harmony export */   Zf: () => (/* binding */ estateFingerprint),
/* harmony export */   bE: () => (/* binding */ INVALID_MATRIX_RULE),
/* harmony export */   ex: () => (/* binding */ inputFingerprints),
/* harmony export */   n4: () => (/* binding */ pairFingerprint)
/* harmony export */ });
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_module__WEBPACK_IMPORTED_MODULE_0__);

// What identifies a finding in every format that tracks findings across runs (SARIF, GitLab Code
// Quality, JUnit): the ids of the checks that are not pairs, and the fingerprints.
const INVALID_TOPOLOGY_RULE = 'coexist/invalid-topology';
const EXCEPTION_RULE = 'coexist/exception';
const SERVER_VERSION_RULE = 'coexist/server-version';
const INVALID_MATRIX_RULE = 'coexist/invalid-matrix';
// The fingerprints say which finding a result is, so that a viewer (code scanning, GitLab's merge
// request widget) matches it across runs: never its line, so moving a population keeps it.
/** A pair's fingerprint: the pair and its status. */
function pairFingerprint(r) {
    return sha256(r.file, r.client, r.server, r.status);
}
/** An estate finding's: what it is about and its products (in the title). */
function estateFingerprint(f) {
    return sha256(f.file, f.kind, f.subject, f.title, f.status);
}
/**
 * The fingerprints of one file's input problems, given each with its rule's id. Two identical
 * messages in one file (say, the same unknown product twice) stay two alerts; counting occurrences
 * instead of hashing the line keeps each stable when lines move.
 */
function inputFingerprints() {
    const occurrences = new Map();
    return (ruleId, d) => {
        const seen = occurrences.get(`${ruleId}\u0000${d.message}`) ?? 0;
        occurrences.set(`${ruleId}\u0000${d.message}`, seen + 1);
        return sha256(d.file, d.message, ...(seen > 0 ? [String(seen)] : []));
    };
}
// node:crypto is loaded by the runs that write a format with fingerprints, not by every run (see src/io/random.ts).
const require = (0,node_module__WEBPACK_IMPORTED_MODULE_0__.createRequire)(import.meta.url);
function sha256(...parts) {
    const { createHash } = require('node:crypto');
    // NUL cannot occur in a name, so ("ab", "c") and ("a", "bc") hash differently.
    return createHash('sha256').update(parts.join('\u0000')).digest('hex');
}


/***/ }),

/***/ 7184:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ escapeMarkup),
/* harmony export */   U: () => (/* binding */ inertText)
/* harmony export */ });
// HTML entities for what HTML would interpret, and numeric entities for what Markdown would
// (GitHub renders both in summaries and comments), in one pass so no entity is escaped twice.
const ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
};
/** Text from a topology, made inert for an HTML/Markdown page, on one line. */
function escapeMarkup(text) {
    return text.replace(/[&<>"'\\`*_[\]|~#@!{}]|\r\n|\r|\n/g, (c) => ENTITIES[c] ?? (c.length > 1 || c === '\r' || c === '\n' ? ' ' : `&#${c.charCodeAt(0)};`));
}
/**
 * Text from a topology (or any text coexist did not write) for the job summary or a PR comment:
 * HTML and Markdown made inert by escapeMarkup, and then what GitHub would still act on after
 * decoding the entities broken with a zero-width space: @mentions (which notify people),
 * references (#123, GH-123, owner/repo#123, which post a backlink in the other issue) and bare
 * URLs (which GitHub links).
 */
function inertText(text) {
    return escapeMarkup(text)
        .replace(/&#64;|&#35;/g, (entity) => `${entity}&#8203;`)
        .replace(/\b(GH)-(?=\d)/gi, '$1&#8203;-')
        .replace(/:\/\//g, ':&#8203;//')
        .replace(/\bwww\./gi, (www) => `${www.slice(0, 3)}&#8203;.`);
}


/***/ }),

/***/ 9221:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F0: () => (/* binding */ renderToString),
/* harmony export */   TS: () => (/* binding */ CHUNK_LENGTH)
/* harmony export */ });
/* unused harmony export writeReport */
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8474);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_events__WEBPACK_IMPORTED_MODULE_0__);

/**
 * About how long, in UTF-16 code units, a reporter that produces its output gradually lets a piece
 * grow. V8 gives a string over 128 KiB pages of its own, and allocating those cost more than all
 * the serializing of a 140 MB report; 32 Ki code units stay under that even for two-byte text.
 */
const CHUNK_LENGTH = 32 * 1024;
/** The whole output as one string: for tests and for outputs known to be small. */
function renderToString(reporter, subject) {
    return [...reporter.chunks(subject)].join('');
}
/**
 * Writes the output piece by piece to `sink`. A stream that cannot keep up (a pipe to a slower
 * reader) is waited for, so the output is never queued up whole in memory.
 */
async function writeReport(reporter, subject, sink) {
    for (const chunk of reporter.chunks(subject)) {
        if (sink.write(chunk) === false && sink instanceof EventEmitter)
            await once(sink, 'drain');
    }
}


/***/ }),

/***/ 2129:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EH: () => (/* binding */ baseRevisionCode),
/* harmony export */   G8: () => (/* binding */ verdictHeading),
/* harmony export */   Gr: () => (/* binding */ unlistedLines),
/* harmony export */   RN: () => (/* binding */ baselineMarkdown),
/* harmony export */   Uy: () => (/* binding */ matrixLabel),
/* harmony export */   WX: () => (/* binding */ findingsOf),
/* harmony export */   Wj: () => (/* binding */ matrixHeading),
/* harmony export */   _P: () => (/* binding */ STATUS_LABEL),
/* harmony export */   em: () => (/* binding */ sentence),
/* harmony export */   fc: () => (/* binding */ citedFootnotes),
/* harmony export */   mI: () => (/* binding */ NOT_CHECKED),
/* harmony export */   tO: () => (/* binding */ isPair),
/* harmony export */   v3: () => (/* binding */ sourceSentence)
/* harmony export */ });
/* harmony import */ var _core_check_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7);
/* harmony import */ var _core_limits_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6419);
/* harmony import */ var _core_order_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(2831);
/* harmony import */ var _markup_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7184);
/* harmony import */ var _core_format_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6228);





/**
 * How reports name the matrix a file was checked against: a built-in one by its id, a custom one
 * as such and by the file it came from, so that no file can pass for a built-in matrix.
 */
function matrixLabel(matrix) {
    if (matrix.matrix === undefined)
        return undefined;
    return matrix.matrixFile === undefined
        ? `matrix ${matrix.matrix}`
        : `custom matrix ${matrix.matrix} from ${matrix.matrixFile}`;
}
/** ` \u00b7 matrix <code>id</code>` (or a custom matrix with its file) after a file's heading in the summary and the PR comment. */
function matrixHeading(file, escape) {
    if (file.matrix === undefined)
        return '';
    const id = `<code>${escape(file.matrix)}</code>`;
    return file.matrixFile === undefined
        ? ` \u00b7 matrix ${id}`
        : ` \u00b7 custom matrix ${id} from <code>${escape(file.matrixFile)}</code>`;
}
/** "\u2026 and 12 more errors not listed (coexist lists the first 100 of a file)", per kind; empty when none. */
function unlistedLines(file) {
    const lines = [];
    for (const kind of ['errors', 'warnings', 'notices']) {
        const count = file.unlisted?.[kind] ?? 0;
        if (count > 0)
            lines.push(`\u2026 and ${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatCount */ .B4)(count)} more ${count === 1 ? kind.slice(0, -1) : kind} not listed (coexist lists the first ${_core_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .PROBLEMS_LISTED_PER_FILE */ ._$} of each kind in a file)`);
    }
    return lines;
}
/**
 * What a person should read in a file: the estate findings and every pair but the plain supported
 * ones, worst first, then by line (a finding about the estate before the pairs on its line).
 */
function findingsOf(file) {
    const pairs = file.results.filter((r) => r.severity !== 'none');
    return [...(file.estate ?? []).filter((f) => f.severity !== 'none'), ...pairs].sort((a, b) => _core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_RANK */ .f3[b.severity] - _core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_RANK */ .f3[a.severity] ||
        a.line - b.line ||
        a.column - b.column ||
        Number(isPair(a)) - Number(isPair(b)) ||
        (0,_core_order_js__WEBPACK_IMPORTED_MODULE_4__/* .compareText */ .n)(subjectOf(a), subjectOf(b)));
}
/** A finding about one client/server pair, rather than about the estate. */
function isPair(finding) {
    return !('kind' in finding);
}
/** What a finding is about, to tell findings on one line apart: the server of a pair, the subject of an estate finding. */
function subjectOf(finding) {
    return isPair(finding) ? finding.server : finding.subject;
}
/** Each footnote cited by `findings` once, in the order the source numbers them. */
function citedFootnotes(results) {
    const cited = new Map();
    for (const result of results)
        for (const footnote of result.footnotes)
            cited.set(footnote.id, footnote);
    return [...cited.values()].sort((a, b) => (0,_core_order_js__WEBPACK_IMPORTED_MODULE_4__/* .compareIds */ .q)(a.id, b.id));
}
const STATUS_LABEL = {
    supported: 'supported',
    interoperable: 'interoperable',
    'not-supported': 'not supported',
    'not-applicable': 'not applicable',
    undocumented: 'undocumented',
};
/** How the plan shows a pair with no verdict today: its server runs a product supported nowhere. */
const NOT_CHECKED = 'not checked (server supported nowhere)';
/** The heading of the job summary and the pull request comment: what the run concluded. */
function verdictHeading(report) {
    const inputErrors = report.files.reduce((n, f) => n + f.errors.length, 0);
    return `## ${inputErrors > 0 ? '\u274c coexist could not evaluate the topology' : report.passed ? '\u2705 coexist: compatibility check passed' : '\u274c coexist: compatibility check failed'}`;
}
/**
 * New-only mode in Markdown: a warning when the base commit could not be read, else `marked`,
 * which says how the page shows what the base commit already had.
 */
function baselineMarkdown(baseline, marked) {
    const base = baseRevisionCode(baseline.revision);
    return baseline.problem
        ? `> [!WARNING]\n> New-only mode could not read the base commit ${base}, so every finding counts as new: ${(0,_markup_js__WEBPACK_IMPORTED_MODULE_2__/* .inertText */ .U)(baseline.problem)}`
        : `New-only mode: findings already present in the base commit ${base} ${marked} and do not fail the run.`;
}
/** A base revision as code, shortened to 12 characters. */
function baseRevisionCode(revision) {
    return `<code>${(0,_markup_js__WEBPACK_IMPORTED_MODULE_2__/* .inertText */ .U)(revision.slice(0, 12))}</code>`;
}
/** "Source: <title>, table "<table>" (<url>)" from the finding itself: cells of one rule can come from different documents. */
function sourceSentence(source) {
    const origin = source.matrixFile === undefined
        ? `matrix ${source.matrix}`
        : `custom matrix ${source.matrix} from ${source.matrixFile}`;
    if (source.title === undefined)
        return `Source: none; no source states this, so ${origin} states no verdict.`;
    return `Source: ${source.title}${source.table ? `, table "${source.table}"` : ''}${source.url ? ` (${source.url})` : ''}, as ${origin} cites it.`;
}
/** `text` trimmed, with a full stop unless it ends a sentence already. */
function sentence(text) {
    const trimmed = text.trim();
    // A sentence that ends in a quotation ("\u2026 is not supported.") has its full stop already.
    return /[.!?]["'\u201d\u2019)]*$/.test(trimmed) ? trimmed : `${trimmed}.`;
}


/***/ }),

/***/ 9654:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GF: () => (/* binding */ summaryReporter),
/* harmony export */   Js: () => (/* binding */ renderFileSummary),
/* harmony export */   M$: () => (/* binding */ MARK),
/* harmony export */   T8: () => (/* binding */ allowEmptyNote)
/* harmony export */ });
/* unused harmony export SUMMARY_LIMIT_BYTES */
/* harmony import */ var _core_check_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2129);
/* harmony import */ var _core_format_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6228);
/* harmony import */ var _markup_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7184);




/** The status marks of the grid, shared with the PR comment. */
const MARK = {
    supported: '\u2705',
    interoperable: '\u26a0\ufe0f',
    'not-supported': '\u274c',
    'not-applicable': '\u2796',
    undocumented: '\u2754',
};
/**
 * The job summary: the verdict on top, then per file a grid with client populations as rows and
 * servers as columns, a status mark and footnote markers in each cell, the findings, and the
 * footnotes in full. Everything taken from the topology is HTML-escaped.
 */
const summaryReporter = {
    chunks(report) {
        const legend = `<sub>${Object.entries(MARK)
            .map(([status, mark]) => `${mark} ${_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .STATUS_LABEL */ ._P[status]}`)
            .join(' \u00b7 ')} \u00b7 \ud83d\udd15 waived by an exception \u00b7 \u23ee already in the base commit \u00b7 \u2014 not connected</sub>`;
        return [fitSummary(summaryLines(report), [legend, ''])];
    },
};
/** The summary's lines before the legend, made one at a time: fitSummary stops asking at the cap. */
function* summaryLines(report) {
    const counts = (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .countFindings */ .Gt)(report);
    yield* [
        (0,_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .verdictHeading */ .G8)(report),
        '',
        `${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(counts.errors, 'error')} \u00b7 ${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(counts.warnings, 'warning')} \u00b7 ${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(counts.notices, 'notice')} \u00b7 ${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(counts.pairs, 'pair')} checked${counts.waived > 0 ? ` \u00b7 ${counts.waived} waived` : ''}${counts.preexisting > 0 ? ` \u00b7 ${counts.preexisting} pre-existing` : ''}`,
        '',
    ];
    yield* allowEmptyNote(report);
    if (report.baseline)
        yield* [(0,_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .baselineMarkdown */ .RN)(report.baseline, 'are marked \u23ee'), ''];
    for (const file of report.files)
        yield* fileSummaryLines(file);
}
/**
 * What allow-empty let pass, as a note under the counts, shared with the PR comment: without it a
 * run that matched no file reads as a plain pass.
 */
function allowEmptyNote(report) {
    if (report.notice === undefined)
        return [];
    const text = (0,_markup_js__WEBPACK_IMPORTED_MODULE_2__/* .inertText */ .U)(report.notice);
    return ['> [!NOTE]', `> ${text.charAt(0).toUpperCase()}${text.slice(1)}`, ''];
}
/** One file's section: heading, grid, findings, warnings and notices, footnotes. */
function renderFileSummary(file) {
    return [...fileSummaryLines(file)];
}
/** One file's section, line by line: a row or a finding is made only when it is asked for. */
function* fileSummaryLines(file) {
    const heading = `### <code>${(0,_markup_js__WEBPACK_IMPORTED_MODULE_2__/* .inertText */ .U)(file.file)}</code>${(0,_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .matrixHeading */ .Wj)(file, _markup_js__WEBPACK_IMPORTED_MODULE_2__/* .inertText */ .U)}`;
    const unlisted = (0,_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .unlistedLines */ .Gr)(file).map((line) => `- ${line}`);
    if (file.errors.length > 0 || !file.topology) {
        const what = file.kind === 'matrix'
            ? 'The matrix file is invalid, so the topologies that name it could not be evaluated; fix these first:'
            : 'The file could not be evaluated; fix these first:';
        yield* [heading, '', what, ''];
        for (const e of file.errors)
            yield `- line ${e.line}, column ${e.column}: ${(0,_markup_js__WEBPACK_IMPORTED_MODULE_2__/* .inertText */ .U)(e.message)}`;
        yield* [...unlisted, ''];
        return;
    }
    const { topology } = file;
    const byPair = new Map(file.results.map((r) => [`${r.client}\u0000${r.server}`, r]));
    const footnotes = (0,_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .citedFootnotes */ .fc)(file.results);
    const header = topology.servers
        .map((s) => `<th>${(0,_markup_js__WEBPACK_IMPORTED_MODULE_2__/* .inertText */ .U)(s.name)}<br><sub>${(0,_markup_js__WEBPACK_IMPORTED_MODULE_2__/* .inertText */ .U)(s.product)}</sub></th>`)
        .join('');
    yield* [
        heading,
        '',
        '<table>',
        `<thead><tr><th align="left">Client population</th>${header}</tr></thead>`,
        '<tbody>',
    ];
    for (const c of topology.clients) {
        const cells = topology.servers.map((s) => {
            const result = byPair.get(`${c.name}\u0000${s.name}`);
            return `<td>${result ? cell(result) : '\u2014'}</td>`;
        });
        yield `<tr><th align="left">${(0,_markup_js__WEBPACK_IMPORTED_MODULE_2__/* .inertText */ .U)(c.name)}<br><sub>${(0,_markup_js__WEBPACK_IMPORTED_MODULE_2__/* .inertText */ .U)(c.product)}</sub></th>${cells.join('')}</tr>`;
    }
    yield* ['</tbody>', '</table>', ''];
    const findings = (0,_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .findingsOf */ .WX)(file);
    if (findings.length > 0) {
        yield* ['| | Line | Finding | What it means |', '|---|---|---|---|'];
        for (const r of findings) {
            const severity = r.preexisting ? '\u23ee pre-existing' : r.waived ? '\ud83d\udd15 waived' : r.severity;
            yield `| ${severity} | ${r.line} | ${(0,_markup_js__WEBPACK_IMPORTED_MODULE_2__/* .inertText */ .U)(r.title)}${markers(r)} | ${(0,_markup_js__WEBPACK_IMPORTED_MODULE_2__/* .inertText */ .U)(r.message)} |`;
        }
        yield '';
    }
    for (const w of file.warnings)
        yield* [`> [!WARNING]`, `> Line ${w.line}: ${(0,_markup_js__WEBPACK_IMPORTED_MODULE_2__/* .inertText */ .U)(w.message)}`, ''];
    for (const n of file.notices)
        yield* [`> [!NOTE]`, `> Line ${n.line}: ${(0,_markup_js__WEBPACK_IMPORTED_MODULE_2__/* .inertText */ .U)(n.message)}`, ''];
    if (unlisted.length > 0)
        yield* [...unlisted, ''];
    if (footnotes.length > 0) {
        yield* ['**Footnotes**', ''];
        for (const f of footnotes)
            yield* [`<sup>${(0,_markup_js__WEBPACK_IMPORTED_MODULE_2__/* .inertText */ .U)(f.id)}</sup> ${(0,_markup_js__WEBPACK_IMPORTED_MODULE_2__/* .inertText */ .U)(f.text)}`, ''];
    }
}
function cell(result) {
    const mark = `${result.preexisting ? '\u23ee' : ''}${result.waived ? '\ud83d\udd15' : ''}${MARK[result.status]}`;
    return `${mark} ${_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .STATUS_LABEL */ ._P[result.status]}${markers(result)}`;
}
function markers(result) {
    return result.footnotes.map((f) => `<sup>${(0,_markup_js__WEBPACK_IMPORTED_MODULE_2__/* .inertText */ .U)(f.id)}</sup>`).join('');
}
// GitHub rejects a job summary over 1 MiB per step. Leave room for the closing lines and the note.
const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 16 * 1024;
/**
 * Joins the summary's lines, asking for no more of them once the limit is reached: an open HTML
 * table is then closed so the page still renders, and a note says what is missing and where to
 * find it. A 100,000-population estate is never rendered whole only to be cut.
 */
function fitSummary(lines, closing) {
    const kept = [];
    // Each kept line with its newline; the output has one newline fewer than lines.
    let bytes = 0;
    let inTable = false;
    let cut = false;
    for (const line of lines) {
        const next = bytes + Buffer.byteLength(line) + 1;
        if (next > SUMMARY_LIMIT_BYTES) {
            cut = true;
            break;
        }
        bytes = next;
        kept.push(line);
        if (line === '<table>')
            inTable = true;
        if (line === '</table>')
            inTable = false;
    }
    let whole = bytes - 1;
    for (const line of closing)
        whole += Buffer.byteLength(line) + 1;
    if (!cut && whole <= SUMMARY_LIMIT_BYTES)
        return [...kept, ...closing].join('\n');
    const note = `> [!NOTE]\n> This summary was cut at ${kept.length} lines to stay under GitHub's 1 MiB limit for job summaries. The JSON report (output \`report\`) lists every result.`;
    if (inTable)
        kept.push('</tbody>', '</table>');
    return [...kept, '', note, '', ...closing].join('\n');
}


/***/ }),

/***/ 955:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C2: () => (/* binding */ painter),
/* harmony export */   MT: () => (/* binding */ verdictLine),
/* harmony export */   hF: () => (/* binding */ textReporter),
/* harmony export */   kJ: () => (/* binding */ terminalSafe)
/* harmony export */ });
/* unused harmony export renderErrorLines */
/* harmony import */ var _core_check_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2129);
/* harmony import */ var _core_format_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6228);



/**
 * Names come from the file: a terminal escape sequence must not reach the terminal, and a line
 * break must not start a line that reads like a finding of its own.
 */
function terminalSafe(text) {
    return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
}
/**
 * Problems of a file that could not be used, one `file:line:column: error: message` line each, and
 * how many more it found than it lists: for standard error, where no report is written.
 */
function renderErrorLines(file, errors, unlisted = 0) {
    const lines = errors.map((e) => `${terminalSafe(e.file)}:${e.line}:${e.column}: error: ${terminalSafe(e.message)}\n`);
    if (unlisted > 0)
        lines.push(`${terminalSafe(file)}: ${formatCount(unlisted)} more errors not listed\n`);
    return lines.join('');
}
const SGR = { red: 31, yellow: 33, blue: 34, green: 32, dim: 2, bold: 1 };
/** Paints text in one of the SGR styles, or leaves it as it is without colour. */
function painter(color) {
    return (style, text) => (color ? `\u001b[${SGR[style]}m${text}\u001b[0m` : text);
}
/**
 * For people at a terminal: per file the findings worst first as `file:line:col` (so editors can
 * jump to them), each explained, the footnotes they cite printed once, and the verdict last.
 */
function textReporter({ color, limit }) {
    const paint = painter(color);
    const label = {
        error: paint('red', 'error'),
        warning: paint('yellow', 'warning'),
        notice: paint('blue', 'notice'),
        none: 'ok',
    };
    return {
        chunks(report) {
            const out = [];
            let shown = 0;
            let withheld = 0;
            for (const file of report.files) {
                const matrix = (0,_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .matrixLabel */ .Uy)(file);
                out.push(paint('bold', terminalSafe(file.file)) +
                    (matrix ? paint('dim', `  (${terminalSafe(matrix)})`) : ''));
                for (const e of file.errors)
                    out.push(`  ${terminalSafe(e.file)}:${e.line}:${e.column}: ${label.error}: ${terminalSafe(e.message)}`);
                if (file.errors.length > 0) {
                    for (const line of (0,_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .unlistedLines */ .Gr)(file))
                        out.push(`  ${line}`);
                    out.push(paint('dim', file.kind === 'matrix'
                        ? '  The matrix file is invalid; no verdict for the topologies that name it.'
                        : '  The file could not be evaluated; no verdict for its pairs.'), '');
                    continue;
                }
                for (const w of file.warnings)
                    out.push(`  ${terminalSafe(w.file)}:${w.line}:${w.column}: ${label.warning}: ${terminalSafe(w.message)}`);
                for (const n of file.notices)
                    out.push(`  ${terminalSafe(n.file)}:${n.line}:${n.column}: ${label.notice}: ${terminalSafe(n.message)}`);
                for (const line of (0,_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .unlistedLines */ .Gr)(file))
                    out.push(`  ${line}`);
                const findings = (0,_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .findingsOf */ .WX)(file);
                const room = limit === undefined ? findings.length : Math.max(0, limit.findings - shown);
                withheld += Math.max(0, findings.length - room);
                shown += Math.min(room, findings.length);
                for (const r of findings.slice(0, room)) {
                    const refs = r.footnotes.map((f) => `[${f.id}]`).join('');
                    // Printed with its severity, an old finding must say why it does not count.
                    const remark = r.preexisting
                        ? paint('dim', report.baseline
                            ? ` (pre-existing: already at ${terminalSafe(report.baseline.revision)})`
                            : ' (pre-existing)')
                        : r.waived
                            ? paint('dim', ' (waived)')
                            : '';
                    out.push(`  ${terminalSafe(r.file)}:${r.line}:${r.column}: ${label[r.severity]}: ${terminalSafe(r.title)}${refs ? ` ${refs}` : ''}${remark}`);
                    out.push(`      ${terminalSafe(r.message)}`);
                }
                const supported = file.results.length - findings.filter(_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .isPair */ .tO).length;
                if (supported > 0)
                    out.push(paint('green', `  ${supported} of ${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(file.results.length, 'pair')} supported without remarks`));
                const footnotes = (0,_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .citedFootnotes */ .fc)(findings.slice(0, room));
                if (footnotes.length > 0) {
                    out.push('', '  Footnotes:');
                    for (const f of footnotes)
                        out.push(`  [${f.id}] ${f.text}`);
                }
                out.push('');
            }
            if (limit && withheld > 0)
                out.push(`${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatCount */ .B4)(withheld)} more ${withheld === 1 ? 'finding is' : 'findings are'} not shown here (the first ${limit.findings} are listed above, worst first in each file): ${limit.elsewhere}`, '');
            if (report.baseline?.problem)
                out.push(`${label.warning}: new-only mode is off, every finding counts: ${terminalSafe(report.baseline.problem)}`, '');
            out.push(verdictLine(report, color));
            return [`${out.join('\n')}\n`];
        },
    };
}
/**
 * The verdict and the counts on one line, the text report's last. It holds nothing taken from the
 * topology (words and numbers only), so the action prints it outside the log's collapsed group.
 */
function verdictLine(report, color) {
    const paint = painter(color);
    const c = (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .countFindings */ .Gt)(report);
    const tally = `${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(c.errors, 'error')}, ${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(c.warnings, 'warning')}, ${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(c.notices, 'notice')} in ${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(c.pairs, 'pair')}${c.waived > 0 ? `, ${c.waived} waived` : ''}${c.preexisting > 0 ? `, ${c.preexisting} pre-existing` : ''}`;
    const unreadable = report.files.some((f) => f.errors.length > 0);
    return unreadable
        ? paint('red', `\u2716 Could not evaluate: ${tally}`)
        : report.passed
            ? paint('green', `\u2714 Passed: ${tally}`)
            : paint('red', `\u2716 Failed: ${tally}`);
}


/***/ }),

/***/ 1864:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FN: () => (/* binding */ stopCommands),
/* harmony export */   Pq: () => (/* binding */ setSecret),
/* harmony export */   V4: () => (/* binding */ getInput),
/* harmony export */   fE: () => (/* binding */ formatCommand),
/* harmony export */   fe: () => (/* binding */ appendSummary),
/* harmony export */   n0: () => (/* binding */ setOutputs)
/* harmony export */ });
/* unused harmony exports escapeData, escapeProperty */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _io_random_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4993);


/** core.getInput: `INPUT_FAIL-ON` for `fail-on` (the runner upper-cases names, spaces become `_`), trimmed. */
function getInput(env, name) {
    return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
/**
 * core.setOutput for each entry, in one append to the step's outputs file, each value between
 * delimiters it cannot contain (random, as the runner's own).
 */
async function setOutputs(env, outputs) {
    const file = env.GITHUB_OUTPUT;
    if (!file)
        return;
    let text = '';
    for (const [name, value] of Object.entries(outputs)) {
        const delimiter = `ghadelimiter_${(0,_io_random_js__WEBPACK_IMPORTED_MODULE_1__/* .randomHex */ .n)(16)}`;
        text += `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
    }
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.appendFile)(file, text);
}
/** core.summary.addRaw(markdown).write(): appends to the job summary file, when the runner gives one. */
async function appendSummary(env, markdown) {
    const file = env.GITHUB_STEP_SUMMARY;
    if (file)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.appendFile)(file, markdown);
}
/** core.setSecret: the runner masks `secret` in every later line of the log. */
function setSecret(secret) {
    return `${formatCommand('add-mask', {}, secret)}\n`;
}
// The runner reads every stdout line that starts with `::`. Anything taken from a topology file is
// escaped here, so a population named "x::error::y" or "a\n::add-mask::b" stays text in one
// annotation and cannot open a command of its own.
/** The escaping of a command's message (core's escapeData). */
function escapeData(value) {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** The escaping of a command's property values (core's escapeProperty). */
function escapeProperty(value) {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** The line core.issueCommand prints: `::name key=value,...::message`, one line whatever the inputs contain. */
function formatCommand(name, properties, message) {
    const props = Object.entries(properties)
        .filter((entry) => entry[1] !== undefined && entry[1] !== '')
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(',');
    return `::${name}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}
/**
 * core.info between `::stop-commands::` and its resume token: the runner prints `text` and executes
 * none of its lines, whatever they start with (file and population names among them).
 */
function stopCommands(text) {
    const token = (0,_io_random_js__WEBPACK_IMPORTED_MODULE_1__/* .randomHex */ .n)(16);
    return `::stop-commands::${token}\n${text}${text.endsWith('\n') ? '' : '\n'}::${token}::\n`;
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
