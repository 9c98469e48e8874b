export const id = 675;
export const ids = [675];
export const modules = {

/***/ 4187:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ poolKey)
/* harmony export */ });
// What `coexist import` learns from an estate's inventories, between reading them and writing the
// topology: the reading side (inventory.ts) produces the counts, the classifiers (user-agents.ts,
// server-builds.ts) name their products, and the writer (topology-writer.ts) turns the result into
// a new topology or merges it into an existing one.
/** Pools are host names (FQDNs): the same pool written in two cases is one pool, keyed so. */
function poolKey(pool) {
    return pool.toLowerCase();
}


/***/ }),

/***/ 7675:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatChanges: () => (/* binding */ formatChanges),
/* harmony export */   mergeTopology: () => (/* binding */ mergeTopology)
/* harmony export */ });
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1915);
/* harmony import */ var _line_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5240);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6228);
/* harmony import */ var _imported_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4187);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2085);
/* harmony import */ var _topology_writer_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5628);






/** Written directly above an entry the inventory no longer has; fixed, so a second run adds nothing. */
const ABSENT_MARKER = '# coexist import: not in the inventory (kept; remove it when it is gone)';
/** Lines of formatChanges; the rest are counted. */
const CHANGES_LISTED = 200;
/** Problems a refused merge lists. */
const ERRORS_LISTED = 100;
// ---------------------------------------------------------------------------------------------
// Merging into an existing topology
/** The lines of a text: where each starts, where its content ends, and where the next starts. */
class TextLines {
    text;
    index;
    starts = [];
    ends = [];
    nexts = [];
    /** The file's line end (its first one), for the lines the merge writes. */
    eol;
    /** `index`: the same text's LineIndex (the parsed document's), which finds a line by offset. */
    constructor(text, index) {
        this.text = text;
        this.index = index;
        const breaks = /\r\n|\r|\n/g;
        let start = 0;
        for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
            this.starts.push(start);
            this.ends.push(m.index);
            start = m.index + m[0].length;
            this.nexts.push(start);
        }
        if (start < text.length) {
            this.starts.push(start);
            this.ends.push(text.length);
            this.nexts.push(text.length);
        }
        this.eol = /\r\n|\r|\n/.exec(text)?.[0] ?? '\n';
    }
    get count() {
        return this.starts.length;
    }
    line(i) {
        return this.text.slice(this.starts[i], this.ends[i]);
    }
    /** The 0-based line holding `offset`. */
    lineOf(offset) {
        return this.index.lineOf(offset);
    }
    indent(i) {
        return /^ */.exec(this.line(i))?.[0].length ?? 0;
    }
    isBlank(i) {
        return this.line(i).trim() === '';
    }
    isComment(i) {
        return this.line(i).trimStart().startsWith('#');
    }
}
/** Edits to one text, made in any order and applied at once, each with the changes it makes. */
class Splice {
    lines;
    edits = [];
    constructor(lines) {
        this.lines = lines;
    }
    replace(start, end, by, change) {
        this.edits.push({ start, end, text: by, changes: change ? [{ change, at: 0 }] : [] });
    }
    /** New lines after line `line`; each change at the index of the new line it points at. */
    insertAfter(line, newLines, changes = []) {
        const { nexts, ends } = this.lines;
        const at = nexts[line];
        this.insert(at, at > ends[line], newLines, changes);
    }
    /** New lines at the end of the text. */
    append(newLines, changes = []) {
        const { text } = this.lines;
        this.insert(text.length, text === '' || /[\r\n]$/.test(text), newLines, changes);
    }
    /** A new line before line `line`. */
    insertBefore(line, newLine, change) {
        const at = this.lines.starts[line];
        this.edits.push({
            start: at,
            end: at,
            text: newLine + this.lines.eol,
            changes: [{ change, at: 0 }],
        });
    }
    removeLine(line, change) {
        const { starts, nexts } = this.lines;
        const at = starts[line];
        this.edits.push({
            start: at,
            end: nexts[line],
            text: '',
            changes: [{ change, at: 0 }],
        });
    }
    /** At `at`, which starts a line when `afterLineEnd`, else ends the text's last line. */
    insert(at, afterLineEnd, newLines, changes) {
        const { eol } = this.lines;
        // Each change points at the start of its line: past the line ends written before it.
        const offsets = [];
        let text = '';
        for (const line of newLines) {
            if (!afterLineEnd)
                text += eol;
            offsets.push(text.length);
            text += afterLineEnd ? line + eol : line;
        }
        this.edits.push({
            start: at,
            end: at,
            text,
            changes: changes.map(([change, index]) => ({ change, at: offsets[index] ?? 0 })),
        });
    }
    /** The edited text and each change with its line in it; undefined if two edits overlap. */
    apply() {
        const { text } = this.lines;
        // Stable: edits at one offset keep the order they were made in (entries before the blocks).
        const sorted = this.edits
            .map((edit, order) => ({ edit, order }))
            .sort((a, b) => a.edit.start - b.edit.start || a.edit.end - b.edit.end || a.order - b.order);
        let out = '';
        let at = 0;
        const placed = [];
        for (const { edit } of sorted) {
            if (edit.start < at)
                return undefined;
            out += text.slice(at, edit.start);
            for (const { change, at: within } of edit.changes)
                placed.push({ change, offset: out.length + within });
            out += edit.text;
            at = edit.end;
        }
        out += text.slice(at);
        const lines = new _line_index_js__WEBPACK_IMPORTED_MODULE_2__/* .LineIndex */ .r(out);
        const changes = placed
            .map(({ change, offset }) => ({ ...change, line: lines.lineOf(offset) + 1 }))
            .sort((a, b) => a.line - b.line);
        return { text: out, changes };
    }
}
/** Why a merge is refused: every problem found, each at its place. */
class Refusal {
    document;
    errors = [];
    constructor(document) {
        this.document = document;
    }
    at(start, end, message) {
        if (this.errors.length < ERRORS_LISTED)
            this.errors.push({
                file: this.document.file,
                ...this.document.lines.span(start, end),
                message,
            });
    }
}
const HOW_TO = 'coexist import --into edits only block-style lists (one `- name: \u2026` entry per item)';
/**
 * The estate merged into an existing YAML topology by splicing its text: servers matched by pool
 * name (case-insensitively), populations by product (through `ids`, so that aliases match) and set
 * of servers. Names and everything else the import does not own (see the top of this file) stay
 * byte for byte, line ends included. New servers and populations are appended to their lists in
 * the file's own indentation; an entry the inventory no longer has is marked, never deleted.
 *
 * An entry is judged absent only where the inventory could have seen it. A server: when the estate
 * has server data and mentions the pool nowhere. A population: when the estate has client data and
 * the server inventory lists every server the population uses (every server of the file, for one
 * without `servers:`), and the client inventory counted users per pool (one that did not covers
 * the whole estate at once, so it judges only populations without `servers:`). A population on a
 * pool the server inventory does not list is left alone: its users may simply not be in this
 * export.
 *
 * Refused, with the place and what to do, and no text: a file that does not parse, a JSON file,
 * flow-style lists or entries, anchors, aliases and tags where the merge edits, and any layout
 * whose edited text would not read back as exactly the intended topology.
 */
function mergeTopology(existing, estate, ids) {
    const { file, text } = existing;
    if (/\.json$/i.test(file))
        return refused(file, 'coexist import --into edits YAML topologies and keeps their layout, which JSON cannot carry (comments, markers): write a new YAML topology with coexist import, or convert this one to YAML');
    const parsed = (0,_document_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, file, 'yaml');
    if (!parsed.ok)
        return parsed;
    const { document } = parsed;
    const lines = new TextLines(text, document.lines);
    const refusal = new Refusal(document);
    const layout = readLayout(document, lines, refusal);
    const blocks = findBlocks(lines, refusal);
    if (layout)
        checkServerNames(layout.servers, lines, refusal);
    if (!layout || !blocks || refusal.errors.length > 0)
        return { ok: false, errors: refusal.errors };
    const merge = new Merge(document, lines, layout, estate, ids, refusal);
    merge.servers();
    merge.clients();
    merge.blocks(blocks);
    if (refusal.errors.length > 0)
        return { ok: false, errors: refusal.errors };
    const applied = merge.splice.apply();
    if (!applied)
        return refused(file, cannotEdit('two of its edits overlap'));
    // The proof that nothing else moved: the edited text reads as the file's value with exactly the
    // import's edits, or nothing is written.
    const reread = (0,_document_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(applied.text, file, 'yaml');
    if (!reread.ok || !sameValue(reread.document.value, merge.expected))
        return refused(file, cannotEdit('the edited file would not read as intended'));
    return { ok: true, text: applied.text, changes: applied.changes };
}
function refused(file, message) {
    return {
        ok: false,
        errors: [{ file, line: 1, column: 1, endLine: 1, endColumn: 1, message }],
    };
}
function cannotEdit(why) {
    return `coexist import cannot edit this file safely (${why}); write a new topology with coexist import and merge it by hand`;
}
/** Pools are matched by name case-insensitively, so two servers may not differ only in case. */
function checkServerNames(section, lines, refusal) {
    const seen = new Map();
    for (const entry of section.entries) {
        const earlier = seen.get((0,_imported_js__WEBPACK_IMPORTED_MODULE_3__/* .poolKey */ .i)(entry.name));
        if (earlier)
            refusal.at(lines.starts[entry.dashLine], lines.ends[entry.dashLine], `servers ${(0,_topology_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .quoted */ .TL)(earlier.name)} (line ${earlier.dashLine + 1}) and ${(0,_topology_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .quoted */ .TL)(entry.name)} name the same pool: coexist import matches pools by name, whatever their case; remove or rename one`);
        else
            seen.set((0,_imported_js__WEBPACK_IMPORTED_MODULE_3__/* .poolKey */ .i)(entry.name), entry);
    }
}
/** One merge: what the file has, what the estate says, and the edits between them. */
class Merge {
    document;
    lines;
    layout;
    estate;
    ids;
    refusal;
    splice;
    expected;
    estateServers;
    populations;
    /** The file's server names, and those the merge adds, by pool. */
    declared = new Map();
    leftOut = [];
    shared = [];
    constructor(document, lines, layout, estate, ids, refusal) {
        this.document = document;
        this.lines = lines;
        this.layout = layout;
        this.estate = estate;
        this.ids = ids;
        this.refusal = refusal;
        this.splice = new Splice(lines);
        this.expected = structuredClone(document.value);
        this.estateServers = (0,_topology_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .distinctServers */ .LQ)(estate.servers);
        this.populations = (0,_topology_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .foldPopulations */ .EK)(estate.populations, (p) => this.clientKey(p));
    }
    clientKey(product) {
        return this.ids.clientId(product) ?? (0,_suggest_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeName */ .Pc)(product);
    }
    serverKey(product) {
        return this.ids.serverId(product) ?? (0,_suggest_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeName */ .Pc)(product);
    }
    servers() {
        const { estate } = this;
        const entries = new Map(this.layout.servers.entries.map((e) => [(0,_imported_js__WEBPACK_IMPORTED_MODULE_3__/* .poolKey */ .i)(e.name), e]));
        const added = [];
        for (const server of this.estateServers) {
            const entry = entries.get((0,_imported_js__WEBPACK_IMPORTED_MODULE_3__/* .poolKey */ .i)(server.pool));
            if (entry)
                this.updateServer(entry, server);
            else
                added.push(server);
        }
        const inEstate = new Set(this.estateServers.map((s) => (0,_imported_js__WEBPACK_IMPORTED_MODULE_3__/* .poolKey */ .i)(s.pool)));
        const mentioned = new Set([
            ...inEstate,
            ...estate.populations.flatMap((p) => (p.pool === undefined ? [] : [(0,_imported_js__WEBPACK_IMPORTED_MODULE_3__/* .poolKey */ .i)(p.pool)])),
            ...estate.unclassified.flatMap((u) => [
                ...(u.pool === undefined ? [] : [(0,_imported_js__WEBPACK_IMPORTED_MODULE_3__/* .poolKey */ .i)(u.pool)]),
                ...(u.kind === 'pool' ? [(0,_imported_js__WEBPACK_IMPORTED_MODULE_3__/* .poolKey */ .i)(u.text)] : []),
            ]),
        ]);
        for (const [pool, entry] of entries) {
            if (inEstate.has(pool))
                continue;
            if (mentioned.has(pool))
                this.unmark(entry, 'server');
            else if (estate.serversListed)
                this.mark(entry, 'server');
        }
        for (const entry of this.layout.servers.entries)
            this.declared.set((0,_imported_js__WEBPACK_IMPORTED_MODULE_3__/* .poolKey */ .i)(entry.name), entry.name);
        for (const server of added)
            this.declared.set((0,_imported_js__WEBPACK_IMPORTED_MODULE_3__/* .poolKey */ .i)(server.pool), server.pool);
        const { dashColumn, keyColumn } = this.layout.servers;
        this.append('servers', added.map((server) => {
            this.expectEntry('servers', {
                name: server.pool,
                product: server.product,
                ...(server.version === undefined ? {} : { version: server.version }),
            });
            return {
                lines: (0,_topology_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .serverLines */ .LH)(server, dashColumn, keyColumn),
                change: { kind: 'added', what: 'server', name: server.pool, detail: serverText(server) },
            };
        }));
    }
    updateServer(entry, server) {
        const target = this.expected.servers?.[entry.index];
        const change = (detail) => ({
            kind: 'updated',
            what: 'server',
            name: entry.name,
            detail,
        });
        this.unmark(entry, 'server');
        if (this.serverKey(entry.product) !== this.serverKey(server.product)) {
            const product = this.editable(entry, 'product');
            if (product) {
                target.product = server.product;
                this.splice.replace(product.start, product.end, (0,_topology_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .yamlString */ .lJ)(server.product), change(`product ${entry.product} \u2192 ${server.product} (a pool does not change product in place: check the inventory)`));
            }
        }
        const current = entry.value.version;
        if (server.version === undefined) {
            if (current === undefined)
                return;
            // The inventory gives no whole build for the pool (a base build such as 5.0.8308, a computer
            // behind the others, a product named instead): a version the file kept would credit the pool
            // with an update the inventory does not show, and a cell that needs it would pass.
            const version = this.editable(entry, 'version');
            if (!version)
                return;
            delete target.version;
            this.splice.removeLine(this.lines.lineOf(version.start), change(`version ${String(current)} removed: the inventory gives no whole build for it`));
            return;
        }
        if (current === server.version)
            return;
        target.version = server.version;
        const update = server.update === undefined ? '' : ` (${server.update})`;
        if (current === undefined) {
            const { positions } = this.document;
            const product = positions.entry(entry.node, 'product')?.value ?? entry.node;
            const productLine = this.lines.lineOf(Math.max(0, positions.endOf(product)));
            this.splice.insertAfter(productLine, [(0,_topology_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .versionLine */ .b1)(server.version, server.update, entry.keyColumn)], [[change(`version ${server.version}${update} (added)`), 0]]);
            return;
        }
        const version = this.editable(entry, 'version');
        if (!version)
            return;
        // The line's comment named the old build's update: the new line names the new one.
        this.splice.replace(version.start, version.lineEnd, restOfLine(version, (0,_topology_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .yamlString */ .lJ)(server.version), server.update === undefined ? '' : (0,_topology_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .commentText */ .br)(server.update)), change(`version ${String(current)} \u2192 ${server.version}${update}`));
    }
    clients() {
        const { estate, layout } = this;
        const byKey = new Map();
        for (const entry of layout.clients.entries) {
            const key = (0,_topology_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .populationKey */ .Zu)(this.clientKey(entry.product), serverNames(entry.value.servers));
            byKey.set(key, [...(byKey.get(key) ?? []), entry]);
        }
        const matched = new Set();
        const taken = new Set(layout.clients.entries.map((e) => e.name.toLowerCase()));
        const added = [];
        for (const population of this.populations) {
            const key = (0,_topology_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .populationKey */ .Zu)(this.clientKey(population.product), population.pool);
            const matches = byKey.get(key) ?? [];
            if (matches.length > 0)
                matched.add(key);
            for (const entry of matches)
                this.unmark(entry, 'client');
            const [match] = matches;
            if (matches.length > 1)
                this.shared.push({ names: matches.map((entry) => entry.name), population });
            else if (match)
                this.updateUsers(match, population);
            else {
                const server = population.pool === undefined ? undefined : this.declared.get((0,_imported_js__WEBPACK_IMPORTED_MODULE_3__/* .poolKey */ .i)(population.pool));
                if (population.pool !== undefined && server === undefined)
                    this.leftOut.push(population);
                else
                    added.push(this.newClient(population, server, taken));
            }
        }
        const hasClientData = estate.populations.length > 0 ||
            estate.serverAgents.length > 0 ||
            estate.unclassified.some((u) => u.kind === 'user-agent');
        const perPool = estate.populations.some((p) => p.pool !== undefined) ||
            estate.unclassified.some((u) => u.kind === 'user-agent' && u.pool !== undefined);
        const listed = new Set([
            ...estate.servers.map((s) => (0,_imported_js__WEBPACK_IMPORTED_MODULE_3__/* .poolKey */ .i)(s.pool)),
            ...estate.unclassified.flatMap((u) => u.kind === 'build' && u.pool !== undefined ? [(0,_imported_js__WEBPACK_IMPORTED_MODULE_3__/* .poolKey */ .i)(u.pool)] : []),
        ]);
        const everyServer = layout.servers.entries.map((e) => (0,_imported_js__WEBPACK_IMPORTED_MODULE_3__/* .poolKey */ .i)(e.name));
        for (const [key, entries] of byKey) {
            if (matched.has(key) || !hasClientData)
                continue;
            for (const entry of entries) {
                const names = serverNames(entry.value.servers).map(_imported_js__WEBPACK_IMPORTED_MODULE_3__/* .poolKey */ .i);
                const judged = names.length > 0
                    ? perPool && names.every((n) => listed.has(n))
                    : !perPool || everyServer.every((n) => listed.has(n));
                if (judged)
                    this.mark(entry, 'client');
            }
        }
        this.append('clients', added);
    }
    newClient(population, server, taken) {
        const name = (0,_topology_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .populationName */ .fz)(population, taken);
        this.expectEntry('clients', {
            name,
            product: population.product,
            ...(server === undefined ? {} : { servers: [server] }),
            users: population.users,
        });
        const { dashColumn, keyColumn } = this.layout.clients;
        return {
            lines: (0,_topology_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .clientLines */ .f$)(name, population, server, dashColumn, keyColumn),
            change: {
                kind: 'added',
                what: 'client',
                name,
                detail: `${population.product} on ${server ?? 'every server'}, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(population.users, 'user')}`,
            },
        };
    }
    /** The entry's `users:` line, which the import owns: its count and its user agents. */
    updateUsers(entry, population) {
        const target = this.expected.clients?.[entry.index];
        target.users = population.users;
        const current = entry.value.users;
        const comment = (0,_topology_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .agentsComment */ .kf)(population);
        const change = (detail) => ({
            kind: 'updated',
            what: 'client',
            name: entry.name,
            detail,
        });
        if (current === undefined) {
            const line = (0,_topology_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .withComment */ .yP)(`${' '.repeat(entry.keyColumn)}users: ${population.users}`, comment);
            this.splice.insertAfter(entry.contentEnd, [line], [[change(`users ${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatCount */ .B4)(population.users)} (added)`), 0]]);
            return;
        }
        const users = this.editable(entry, 'users');
        if (!users || (current === population.users && users.comment === comment))
            return;
        this.splice.replace(users.start, users.lineEnd, restOfLine(users, String(population.users), comment), change(current === population.users
            ? 'user agents listed again'
            : `users ${typeof current === 'number' ? (0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatCount */ .B4)(current) : String(current)} \u2192 ${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatCount */ .B4)(population.users)}`));
    }
    /** The import's two comment blocks: rewritten where they are, or added at the end of the file. */
    blocks(found) {
        const { lines, estate } = this;
        const content = new Map([
            [
                _topology_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .SOURCES_BLOCK */ .XQ,
                (0,_topology_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .sourcesBlock */ .Cz)(estate, (0,_topology_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .countLine */ .QK)(estate, this.estateServers.length, this.populations)),
            ],
            [_topology_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .UNCLASSIFIED_BLOCK */ .B1, (0,_topology_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .unclassifiedBlock */ .ex)(estate, this.leftOut, this.shared)],
        ]);
        const added = [];
        for (const [kind, blockLines] of content) {
            const block = found.get(kind);
            if (!block) {
                // A blank line before each, unless the file ends with one.
                if (added.length > 0 || (lines.count > 0 && !lines.isBlank(lines.count - 1)))
                    added.push('');
                added.push(...blockLines);
                continue;
            }
            const start = lines.starts[block.begin];
            const end = lines.ends[block.end];
            const by = blockLines.join(lines.eol);
            if (lines.text.slice(start, end) !== by)
                this.splice.replace(start, end, by);
        }
        if (added.length > 0)
            this.splice.append(added);
    }
    editable(entry, key) {
        return editableValue(this.document, this.lines, entry.node, key, this.refusal);
    }
    mark(entry, what) {
        if (entry.markerLine !== undefined)
            return;
        this.splice.insertBefore(entry.dashLine, `${' '.repeat(entry.dashColumn)}${ABSENT_MARKER}`, {
            kind: 'marked',
            what,
            name: entry.name,
            detail: 'not in the inventory (marked)',
        });
    }
    unmark(entry, what) {
        if (entry.markerLine === undefined)
            return;
        this.splice.removeLine(entry.markerLine, {
            kind: 'unmarked',
            what,
            name: entry.name,
            detail: 'back in the inventory (marker removed)',
        });
    }
    expectEntry(key, entry) {
        const list = this.expected[key];
        if (Array.isArray(list))
            list.push(entry);
        else
            this.expected[key] = [entry];
    }
    /** New entries after a list's last one, into its empty list, or as a new section at the end. */
    append(key, entries) {
        if (entries.length === 0)
            return;
        const section = this.layout[key];
        const out = [];
        const changes = [];
        if (section.appendAfter === undefined)
            out.push('', `${key}:`);
        entries.forEach((entry, i) => {
            if (section.blankBetween && (i > 0 || section.entries.length > 0))
                out.push('');
            changes.push([entry.change, out.length]);
            out.push(...entry.lines);
        });
        if (section.emptyFlow)
            this.splice.replace(section.emptyFlow.start, section.emptyFlow.end, '');
        if (section.appendAfter === undefined)
            this.splice.append(out, changes);
        else
            this.splice.insertAfter(section.appendAfter, out, changes);
    }
}
function serverText(server) {
    const version = server.version === undefined ? '' : ` ${server.version}`;
    const update = server.update === undefined ? '' : ` (${server.update})`;
    return `${server.product}${version}${update}`;
}
function serverNames(servers) {
    return Array.isArray(servers) ? servers.filter((s) => typeof s === 'string') : [];
}
/** Deep equality of two parsed YAML values, keys in any order. */
function sameValue(a, b) {
    if (a === b)
        return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
        return false;
    if (Array.isArray(a) !== Array.isArray(b))
        return false;
    const keysA = Object.keys(a);
    const keysB = Object.keys(b);
    return (keysA.length === keysB.length &&
        keysA.every((k) => Object.hasOwn(b, k) &&
            sameValue(a[k], b[k])));
}
const CHANGE_SYMBOLS = {
    added: '+',
    updated: '~',
    marked: '!',
    unmarked: '~',
};
/**
 * A diff-style summary of a merge, one line each and each ending in a line break (nothing when
 * nothing changed): `+` added, `~` updated or back in the inventory, `!` marked as no longer in it.
 * At most 200 lines, then how many more.
 */
function formatChanges(changes) {
    const lines = changes
        .slice(0, CHANGES_LISTED)
        .map((c) => `${CHANGE_SYMBOLS[c.kind]} ${c.what} ${(0,_topology_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .commentText */ .br)(c.name)}: ${(0,_topology_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .commentText */ .br)(c.detail)}\n`);
    if (changes.length > CHANGES_LISTED)
        lines.push(`\u2026 and ${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatCount */ .B4)(changes.length - CHANGES_LISTED)} more\n`);
    return lines.join('');
}
/** The new rest of an edited value's line: the value, and a comment at the examples' column. */
function restOfLine(value, scalar, comment) {
    return (0,_topology_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .withComment */ .yP)(value.head + scalar, comment).slice(value.head.length);
}
function isQuote(c) {
    return c === '"' || c === "'";
}
/** Where a scalar node is written, its quotes included (the positions leave them out). */
function writtenExtent(text, start, end) {
    return isQuote(text[start - 1]) && text[end] === text[start - 1]
        ? { start: start - 1, end: end + 1 }
        : { start, end };
}
/**
 * The value of `key` in an entry, if it is one the merge can rewrite in place: a scalar on its
 * key's line, with no anchor, tag or alias (an anchored value repeated elsewhere would change there
 * too), and nothing after it but a comment.
 */
function editableValue(document, lines, entry, key, refusal) {
    const { positions } = document;
    const { text } = lines;
    const found = positions.entry(entry, key);
    if (!found)
        return undefined;
    const keyAt = writtenExtent(text, positions.startOf(found.key), positions.endOf(found.key));
    const refuse = (problem) => {
        refusal.at(keyAt.start, keyAt.end, `\`${key}:\` ${problem}; coexist import --into rewrites this value: write it on one line as \`${key}: value\``);
        return undefined;
    };
    const node = found.value;
    if (positions.resolve(node) !== node)
        return refuse('is an alias (*name)');
    if (!positions.isScalar(node))
        return refuse('is not a single value');
    if (positions.startOf(node) < 0)
        return refuse('has no value');
    const at = writtenExtent(text, positions.startOf(node), positions.endOf(node));
    if (!/^[ \t]*:[ \t]*$/.test(text.slice(keyAt.end, at.start)))
        return refuse('has an anchor (&name), a tag (!tag) or a block scalar (| or >)');
    const line = lines.lineOf(at.start);
    const lineEnd = lines.ends[line];
    const rest = text.slice(at.end, lineEnd);
    if (at.end > lineEnd || !/^(?:[ \t]+#.*)?[ \t]*$/.test(rest))
        return refuse('spans lines');
    const comment = rest.trim();
    return {
        start: at.start,
        end: at.end,
        lineEnd,
        head: text.slice(lines.starts[line], at.start),
        comment: comment.startsWith('#') ? comment.slice(1).trim() : '',
    };
}
/** The layout of `servers:` and `clients:`, or undefined after refusing what cannot be spliced. */
function readLayout(document, lines, refusal) {
    const { positions, value } = document;
    const root = positions.roots[0];
    const start = Math.max(0, positions.startOf(root));
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        refusal.at(start, start + 1, 'the file is not a topology (a mapping with `servers:` and `clients:`)');
        return undefined;
    }
    if (lines.text[start] === '{') {
        refusal.at(start, start + 1, `the topology is written in flow style ({ \u2026 }); ${HOW_TO}: rewrite it in block style, one key per line`);
        return undefined;
    }
    const servers = readSection(document, lines, refusal, root, 'servers');
    const clients = readSection(document, lines, refusal, root, 'clients');
    return servers && clients ? { servers, clients } : undefined;
}
function readSection(document, lines, refusal, root, key) {
    const { positions } = document;
    const { text } = lines;
    // The examples' style: servers one after another, client populations a blank line apart.
    const blankBetween = key === 'clients';
    const found = positions.entry(root, key);
    if (!found)
        return { entries: [], dashColumn: 2, keyColumn: 4, blankBetween };
    const data = document.value[key];
    const keyAt = writtenExtent(text, positions.startOf(found.key), positions.endOf(found.key));
    const keyLine = lines.lineOf(keyAt.start);
    const empty = {
        entries: [],
        appendAfter: keyLine,
        dashColumn: lines.indent(keyLine) + 2,
        keyColumn: lines.indent(keyLine) + 4,
        blankBetween,
    };
    const node = found.value;
    const start = positions.startOf(node);
    if (positions.resolve(node) !== node) {
        refusal.at(start, positions.endOf(node), `\`${key}:\` is an alias (*name); ${HOW_TO}: write the list out`);
        return undefined;
    }
    if (data === null && start < 0)
        return empty;
    if (!Array.isArray(data)) {
        refusal.at(keyAt.start, keyAt.end, `\`${key}:\` is not a list; coexist check says what it should hold`);
        return undefined;
    }
    if (text[start] === '[') {
        if (data.length === 0) {
            let from = start;
            while (text[from - 1] === ' ' || text[from - 1] === '\t')
                from--;
            return { ...empty, emptyFlow: { start: from, end: text.indexOf(']', start) + 1 } };
        }
        refusal.at(start, start + 1, `\`${key}:\` is a flow-style list ([ \u2026 ]); ${HOW_TO}: rewrite it in block style, one \`- name: \u2026\` entry per item`);
        return undefined;
    }
    if (text
        .slice(keyAt.end, start)
        .replace(/#[^\r\n]*/g, '')
        .trim() !== ':') {
        refusal.at(keyAt.start, keyAt.end, `\`${key}:\` has an anchor (&name) or a tag (!tag); ${HOW_TO}: remove it`);
        return undefined;
    }
    const entries = [];
    for (let i = 0; i < data.length; i++) {
        const entry = readEntry(document, lines, refusal, key, positions.item(node, i), i, data[i]);
        if (entry)
            entries.push(entry);
    }
    if (entries.length < data.length)
        return undefined;
    entries.forEach((entry, i) => {
        const next = entries[i + 1];
        const last = next ? next.dashLine - 1 : lastLineOfEntry(lines, entry);
        for (let line = entry.dashLine; line <= last; line++) {
            if (lines.isBlank(line))
                continue;
            if (!lines.isComment(line))
                entry.contentEnd = line;
            if (!lines.isComment(line) || lines.indent(line) > entry.dashColumn)
                entry.tailEnd = line;
        }
    });
    const [first, second] = entries;
    const last = entries.at(-1);
    if (!first || !last)
        return empty;
    let separated = blankBetween;
    if (second) {
        separated = false;
        for (let line = first.contentEnd + 1; line < second.dashLine; line++)
            if (lines.isBlank(line))
                separated = true;
    }
    return {
        entries,
        appendAfter: last.tailEnd,
        dashColumn: first.dashColumn,
        keyColumn: first.keyColumn,
        blankBetween: separated,
    };
}
/** The last line that can belong to the last entry of a list: before the next line outdented to its dash. */
function lastLineOfEntry(lines, entry) {
    let line = entry.dashLine + 1;
    while (line < lines.count &&
        (lines.isBlank(line) || lines.isComment(line) || lines.indent(line) > entry.dashColumn))
        line++;
    return line - 1;
}
function readEntry(document, lines, refusal, key, node, index, data) {
    const { positions } = document;
    const { text } = lines;
    const what = key === 'servers' ? 'server' : 'client';
    const from = positions.startOf(node);
    const refuse = (message) => {
        refusal.at(Math.max(0, from), Math.max(0, from) + 1, message);
        return undefined;
    };
    if (positions.resolve(node) !== node)
        return refuse(`this ${what} is an alias (*name); ${HOW_TO}: write the entry out`);
    if (typeof data !== 'object' || data === null || Array.isArray(data))
        return refuse(`this ${what} is not a mapping with \`name:\` and \`product:\``);
    if (text[from] === '{')
        return refuse(`this ${what} is written in flow style ({ \u2026 }); ${HOW_TO}: write one key per line`);
    const start = isQuote(text[from - 1]) ? from - 1 : from;
    let dash = start - 1;
    while (dash >= 0 && (text[dash] === ' ' || text[dash] === '\t'))
        dash--;
    const dashLine = lines.lineOf(Math.max(0, dash));
    const lineStart = lines.starts[dashLine];
    if (text[dash] !== '-' ||
        text.slice(lineStart, dash).trim() !== '' ||
        lines.lineOf(start) !== dashLine)
        return refuse(`this ${what} does not start as \`- name: \u2026\` on one line (an anchor, a tag, or its first key on a line of its own); ${HOW_TO}`);
    if (positions.hasMergeKey(node))
        return refuse(`this ${what} uses a merge key (<<); ${HOW_TO}: write its keys out`);
    const value = data;
    const { name, product } = value;
    if (typeof name !== 'string' || typeof product !== 'string')
        return refuse(`this ${what} has no \`name:\` or no \`product:\`; coexist import matches entries by them: coexist check says what is missing`);
    for (const child of Object.keys(value)) {
        const found = positions.entry(node, child);
        if (!found)
            continue;
        const items = Array.isArray(value[child]) ? value[child].length : 0;
        const aliased = positions.resolve(found.value) !== found.value ||
            Array.from({ length: items }, (_, i) => positions.item(found.value, i)).some((item) => item !== undefined && positions.resolve(item) !== item);
        if (aliased) {
            refusal.at(positions.startOf(found.key), positions.endOf(found.key), `\`${child}:\` of ${what} ${(0,_topology_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .quoted */ .TL)(name)} uses an alias (*name); ${HOW_TO}: write it out`);
            return undefined;
        }
    }
    const above = dashLine - 1;
    return {
        node,
        index,
        value,
        name,
        product,
        dashLine,
        dashColumn: dash - lineStart,
        keyColumn: start - lineStart,
        contentEnd: dashLine,
        tailEnd: dashLine,
        ...(above >= 0 && lines.line(above).trim() === ABSENT_MARKER ? { markerLine: above } : {}),
    };
}
/** The import's comment blocks, by kind, or undefined after refusing a damaged one. */
function findBlocks(lines, refusal) {
    const blocks = new Map();
    const at = (line, message) => refusal.at(lines.starts[line], lines.ends[line], message);
    const errors = refusal.errors.length;
    let open;
    for (let i = 0; i < lines.count; i++) {
        const line = lines.line(i).trimEnd();
        if (line.startsWith(_topology_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .BLOCK_BEGIN */ .Ge)) {
            const kind = [_topology_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .SOURCES_BLOCK */ .XQ, _topology_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .UNCLASSIFIED_BLOCK */ .B1].find((k) => line === `${_topology_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .BLOCK_BEGIN */ .Ge}${k}` || line.startsWith(`${_topology_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .BLOCK_BEGIN */ .Ge}${k} (`));
            if (open)
                at(i, `a coexist import block begins inside another (line ${open.begin + 1}); restore its \`${(0,_topology_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .endLine */ .Sk)(open.kind)}\` line, or delete both blocks`);
            else if (!kind)
                at(i, `unknown coexist import block; the import writes \`${(0,_topology_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .beginLine */ .O2)(_topology_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .SOURCES_BLOCK */ .XQ)}\` and \`${(0,_topology_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .beginLine */ .O2)(_topology_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .UNCLASSIFIED_BLOCK */ .B1)}\`: fix or delete this line`);
            else if (blocks.has(kind))
                at(i, `a second \`${kind}\` block (the first is at line ${blocks.get(kind).begin + 1}); delete one`);
            else
                open = { kind, begin: i };
        }
        else if (line.startsWith(_topology_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .BLOCK_END */ .i2)) {
            if (!open || line !== (0,_topology_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .endLine */ .Sk)(open.kind))
                at(i, 'this coexist import block end has no matching begin line; delete it');
            else
                blocks.set(open.kind, { begin: open.begin, end: i });
            open = undefined;
        }
        else if (open && !lines.isBlank(i) && !lines.isComment(i)) {
            at(i, `this line is inside the coexist import block that begins at line ${open.begin + 1}, which each import rewrites; move it out of the block`);
        }
    }
    if (open)
        at(open.begin, `this coexist import block has no \`${(0,_topology_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .endLine */ .Sk)(open.kind)}\` line; restore it, or delete the block`);
    return refusal.errors.length > errors ? undefined : blocks;
}


/***/ }),

/***/ 5628:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B1: () => (/* binding */ UNCLASSIFIED_BLOCK),
/* harmony export */   Cz: () => (/* binding */ sourcesBlock),
/* harmony export */   EK: () => (/* binding */ foldPopulations),
/* harmony export */   Ge: () => (/* binding */ BLOCK_BEGIN),
/* harmony export */   LH: () => (/* binding */ serverLines),
/* harmony export */   LQ: () => (/* binding */ distinctServers),
/* harmony export */   O2: () => (/* binding */ beginLine),
/* harmony export */   QK: () => (/* binding */ countLine),
/* harmony export */   Sk: () => (/* binding */ endLine),
/* harmony export */   TL: () => (/* binding */ quoted),
/* harmony export */   XQ: () => (/* binding */ SOURCES_BLOCK),
/* harmony export */   Zu: () => (/* binding */ populationKey),
/* harmony export */   b1: () => (/* binding */ versionLine),
/* harmony export */   br: () => (/* binding */ commentText),
/* harmony export */   eq: () => (/* binding */ renderTopology),
/* harmony export */   ex: () => (/* binding */ unclassifiedBlock),
/* harmony export */   f$: () => (/* binding */ clientLines),
/* harmony export */   fz: () => (/* binding */ populationName),
/* harmony export */   i2: () => (/* binding */ BLOCK_END),
/* harmony export */   kf: () => (/* binding */ agentsComment),
/* harmony export */   lJ: () => (/* binding */ yamlString),
/* harmony export */   yP: () => (/* binding */ withComment)
/* harmony export */ });
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3243);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6228);
/* harmony import */ var _imported_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4187);
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2831);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2085);





const SOURCES_BLOCK = 'sources';
const UNCLASSIFIED_BLOCK = 'not classified';
const BLOCK_BEGIN = '# coexist import: begin ';
const BLOCK_END = '# coexist import: end ';
const beginLine = (kind) => `${BLOCK_BEGIN}${kind} (rewritten by each import)`;
const endLine = (kind) => `${BLOCK_END}${kind}`;
/** User agents named in a population's comment; the rest are counted. */
const AGENTS_PER_POPULATION = 3;
/** Listed lines in a comment block; the rest are counted (the import's standard error has them all). */
const BLOCK_LINES = 200;
/** Where trailing comments start, as in the examples (column 33). */
const COMMENT_COLUMN = 32;
/** An inventory's text quoted in a comment is cut to this many characters: a hostile agent can be 100 kB. */
const COMMENT_TEXT_MAX = 200;
/** Names are at most 200 characters (schema/topology.schema.json); room is kept for a "-2" suffix. */
const NAME_BASE_MAX = 190;
/** The estate's servers, one per pool (case-insensitively: pools are DNS names), by pool name. */
function distinctServers(servers) {
    const byPool = new Map();
    // A topology holds one entry per pool: a pool the inventories give twice keeps its first entry
    // (telling the user about the conflict is the reading side's part).
    for (const server of servers) {
        const key = (0,_imported_js__WEBPACK_IMPORTED_MODULE_1__/* .poolKey */ .i)(server.pool);
        if (!byPool.has(key))
            byPool.set(key, server);
    }
    return [...byPool.values()].sort((a, b) => compareNames(a.pool, b.pool));
}
/**
 * The estate's populations with those of one product (as `productKey` identifies it) and one pool
 * folded into one: a topology cannot hold two entries the import could not tell apart. By pool,
 * then most users first, then product.
 */
function foldPopulations(populations, productKey) {
    const folded = new Map();
    for (const population of populations) {
        const key = populationKey(productKey(population.product), population.pool);
        const into = folded.get(key);
        if (into === undefined) {
            folded.set(key, {
                product: population.product,
                ...(population.pool === undefined ? {} : { pool: population.pool }),
                users: population.users,
                agents: population.agents,
            });
            continue;
        }
        // Two populations of one product and pool (rare: the import groups them already): their user
        // agents are added up by string.
        const byAgent = new Map(into.agents.map((a) => [a.userAgent, a.users]));
        for (const agent of population.agents)
            byAgent.set(agent.userAgent, (byAgent.get(agent.userAgent) ?? 0) + agent.users);
        into.users += population.users;
        into.agents = [...byAgent].map(([userAgent, users]) => ({ userAgent, users }));
    }
    return [...folded.values()]
        .map((population) => ({
        ...population,
        // A copy, sorted: most users first. The import's lists come sorted, which the sort then
        // only confirms, in one pass.
        agents: [...population.agents].sort((a, b) => b.users - a.users || (0,_order_js__WEBPACK_IMPORTED_MODULE_2__/* .compareText */ .n)(a.userAgent, b.userAgent)),
    }))
        .sort((a, b) => comparePools(a.pool, b.pool) || b.users - a.users || (0,_order_js__WEBPACK_IMPORTED_MODULE_2__/* .compareText */ .n)(a.product, b.product));
}
/** Populations without a pool (every server) first, then by pool name. */
function comparePools(a, b) {
    if (a === undefined || b === undefined)
        return a === b ? 0 : a === undefined ? -1 : 1;
    return compareNames(a, b);
}
function compareNames(a, b) {
    return (0,_order_js__WEBPACK_IMPORTED_MODULE_2__/* .compareText */ .n)(a.toLowerCase(), b.toLowerCase()) || (0,_order_js__WEBPACK_IMPORTED_MODULE_2__/* .compareText */ .n)(a, b);
}
/** A population's identity: its product and the set of its servers (every server: `*`). */
function populationKey(product, servers) {
    const names = servers === undefined ? [] : typeof servers === 'string' ? [servers] : servers;
    const set = names.length === 0 ? '*' : [...new Set(names.map(_imported_js__WEBPACK_IMPORTED_MODULE_1__/* .poolKey */ .i))].sort().join('\u0000');
    return `${product}\u0001${set}`;
}
/** What the sources block counts: the estate as the inventories gave it. */
function countLine(estate, servers, populations) {
    const users = populations.reduce((sum, p) => sum + p.users, 0);
    const unclassifiedUsers = estate.unclassified.reduce((sum, u) => sum + u.users, 0);
    const agentUsers = estate.serverAgents.reduce((sum, a) => sum + a.users, 0);
    return [
        `# Found ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(servers, 'server pool')}`,
        `${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(populations.length, 'client population')} with ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(users, 'user')}`,
        `${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatCount */ .B4)(estate.unclassified.length)} not classified (${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(unclassifiedUsers, 'user')})`,
        `${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(estate.serverAgents.length, 'server agent')} left out (${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(agentUsers, 'user')}).`,
    ].join('; ');
}
function sourcesBlock(estate, countText) {
    const provenance = estate.provenance.length > 0 ? estate.provenance : ['(no source named)'];
    return [
        beginLine(SOURCES_BLOCK),
        '# Imported by coexist import from:',
        ...bounded(provenance.map((line) => `#   ${commentText(line)}`), BLOCK_LINES),
        countText,
        endLine(SOURCES_BLOCK),
    ];
}
function unclassifiedBlock(estate, leftOut, shared) {
    const sections = [
        {
            heading: '# Not classified (in no population above):',
            items: [...estate.unclassified].sort(compareUnclassified).map(unclassifiedLine),
        },
        {
            heading: '# Populations left out (their pool is declared under no server):',
            items: leftOut.map((p) => `#   ${populationText(p)}`),
        },
        {
            heading: '# Populations that several clients above share (their users are not split):',
            items: shared.map(({ names, population }) => `#   ${bounded(names.map(quoted), 5, (n) => `and ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatCount */ .B4)(n)} more`).join(', ')}: ${populationText(population)}`),
        },
        {
            heading: '# Server agents left out (services, not client populations):',
            items: [...estate.serverAgents]
                .sort((a, b) => b.users - a.users || (0,_order_js__WEBPACK_IMPORTED_MODULE_2__/* .compareText */ .n)(a.name, b.name))
                .map((a) => `#   ${quoted(a.name)}: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(a.users, 'user')}`),
        },
    ];
    const lines = [];
    let room = BLOCK_LINES;
    let unlisted = 0;
    for (const { heading, items } of sections) {
        if (items.length === 0)
            continue;
        if (room > 0)
            lines.push(heading);
        const shown = items.slice(0, Math.max(0, room));
        lines.push(...shown);
        room -= shown.length;
        unlisted += items.length - shown.length;
    }
    if (unlisted > 0)
        lines.push(`#   \u2026 and ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatCount */ .B4)(unlisted)} more (the import's standard error lists them all)`);
    if (lines.length === 0)
        lines.push('# Nothing was left unclassified.');
    return [beginLine(UNCLASSIFIED_BLOCK), ...lines, endLine(UNCLASSIFIED_BLOCK)];
}
function compareUnclassified(a, b) {
    return b.users - a.users || (0,_order_js__WEBPACK_IMPORTED_MODULE_2__/* .compareText */ .n)(a.kind, b.kind) || (0,_order_js__WEBPACK_IMPORTED_MODULE_2__/* .compareText */ .n)(a.text, b.text);
}
function unclassifiedLine(u) {
    const what = u.kind === 'user-agent' ? 'user agent' : u.kind;
    const pool = u.pool === undefined ? '' : ` on ${quoted(u.pool)}`;
    const others = u.agents !== undefined && u.agents > 1
        ? ` and ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(u.agents - 1, 'other user agent')} like it`
        : '';
    return `#   ${what} ${quoted(u.text)}${others}${pool}: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(u.users, 'user')}; ${commentText(u.reason)}`;
}
function populationText(p) {
    const where = p.pool === undefined ? 'every server' : quoted(p.pool);
    return `${commentText(p.product)} on ${where}, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(p.users, 'user')}`;
}
// ---------------------------------------------------------------------------------------------
// Writing YAML: entries, scalars, comments
/** The lines of a server entry: `- name:` at `dash`, its keys at `key`. */
function serverLines(server, dash, key) {
    const lines = [
        `${' '.repeat(dash)}-${' '.repeat(key - dash - 1)}name: ${yamlString(server.pool)}`,
        `${' '.repeat(key)}product: ${yamlString(server.product)}`,
    ];
    if (server.version !== undefined)
        lines.push(versionLine(server.version, server.update, key));
    return lines;
}
/** A `version:` line with the update the build is, when known, as its comment. */
function versionLine(version, update, key) {
    return withComment(`${' '.repeat(key)}version: ${yamlString(version)}`, update === undefined ? '' : commentText(update));
}
function clientLines(name, population, server, dash, key) {
    const lines = [
        `${' '.repeat(dash)}-${' '.repeat(key - dash - 1)}name: ${yamlString(name)}`,
        `${' '.repeat(key)}product: ${yamlString(population.product)}`,
    ];
    if (server !== undefined)
        lines.push(`${' '.repeat(key)}servers: [${yamlString(server)}]`);
    lines.push(withComment(`${' '.repeat(key)}users: ${population.users}`, agentsComment(population)));
    return lines;
}
/** The population's top user agents with their users, for the comment of its `users:` line. */
function agentsComment(population) {
    const { agents } = population;
    const named = agents
        .slice(0, AGENTS_PER_POPULATION)
        .map((a) => `${quoted(a.userAgent)}: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatCount */ .B4)(a.users)}`);
    if (agents.length > AGENTS_PER_POPULATION)
        named.push(`and ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatCount */ .B4)(agents.length - AGENTS_PER_POPULATION)} more`);
    return named.join(', ');
}
/** A line with a trailing comment at the examples' column (or two spaces after a long line). */
function withComment(line, comment) {
    return comment === '' ? line : `${line.padEnd(COMMENT_COLUMN - 2)}  # ${comment}`;
}
/** The first `max` items, then one line saying how many more there were. */
function bounded(items, max, more = (n) => `#   \u2026 and ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatCount */ .B4)(n)} more`) {
    return items.length <= max ? [...items] : [...items.slice(0, max), more(items.length - max)];
}
/**
 * Characters that must not reach the file raw: control characters (a line break would end a
 * comment or a scalar), format characters (bidirectional overrides make a line read other than it
 * is), line and paragraph separators, lone surrogates, and the two characters YAML forbids.
 */
const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\uFFFE\uFFFF]/gu;
const SHORT_ESCAPES = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };
/** A character as a YAML double-quoted escape. */
function escapeCharacter(c) {
    const short = SHORT_ESCAPES[c];
    if (short)
        return short;
    const code = c.codePointAt(0);
    const hex = code.toString(16).toUpperCase();
    return code <= 0xff
        ? `\\x${hex.padStart(2, '0')}`
        : code <= 0xffff
            ? `\\u${hex.padStart(4, '0')}`
            : `\\U${hex.padStart(8, '0')}`;
}
/** An inventory's text on one comment line: unsafe characters escaped, cut to a readable length. */
function commentText(text) {
    const points = [...text];
    const cut = points.length > COMMENT_TEXT_MAX ? `${points.slice(0, COMMENT_TEXT_MAX).join('')}\u2026` : text;
    return cut.replace(UNSAFE, escapeCharacter);
}
/** An inventory's text quoted in a comment, so that where it starts and ends is plain. */
function quoted(text) {
    const points = [...text];
    const cut = points.length > COMMENT_TEXT_MAX;
    const shown = cut ? points.slice(0, COMMENT_TEXT_MAX).join('') : text;
    return `${doubleQuoted(shown)}${cut ? '\u2026' : ''}`;
}
function doubleQuoted(text) {
    return `"${text.replace(/["\\]/g, '\\$&').replace(UNSAFE, escapeCharacter)}"`;
}
/** Text a plain scalar may hold anywhere, flow sequences included: no indicator, no edge spaces. */
const PLAIN = /^[A-Za-z0-9][A-Za-z0-9._/()+@-]*(?: [A-Za-z0-9._/()+@-]+)*$/;
/** Plain words some YAML reader takes for a boolean or null. */
const RESERVED_WORDS = /^(?:y|n|yes|no|on|off|true|false|null)$/i;
/**
 * A string as a YAML scalar that reads back as exactly that string: plain where it can be (as the
 * examples write names, products and builds), else double-quoted with escapes.
 */
function yamlString(text) {
    return isPlainSafe(text) ? text : doubleQuoted(text);
}
function isPlainSafe(text) {
    if (!PLAIN.test(text) || RESERVED_WORDS.test(text))
        return false;
    // Only text that starts with a digit can read as a number or a date; YAML 1.1 readers (some
    // editors) read more as numbers than coexist's YAML 1.2 does, so both are asked.
    return (!/^[0-9]/.test(text) ||
        [js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .CORE_SCHEMA */ .OU, js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .YAML11_SCHEMA */ .Wj].every((schema) => (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .load */ .Hh)(`${text}\n`, { schema }) === text));
}
/** A readable name for a population: its product and pool, as `lync-2013@pool01.contoso.com`. */
function populationName(population, taken) {
    const slug = (text, keep) => text
        .normalize('NFKD')
        .toLowerCase()
        .replace(keep, '-')
        .replace(/-{2,}/g, '-')
        .replace(/^[-.]+|[-.]+$/g, '');
    const product = slug(population.product, /[^a-z0-9]+/g) || 'clients';
    const pool = population.pool === undefined ? '' : slug(population.pool, /[^a-z0-9.-]+/g);
    const base = (pool === '' ? product : `${product}@${pool}`).slice(0, NAME_BASE_MAX);
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++)
        name = `${base}-${n}`;
    taken.add(name.toLowerCase());
    return name;
}
// ---------------------------------------------------------------------------------------------
// A new topology
/**
 * The estate as a new topology in the examples' style: a header block saying where each part came
 * from, the servers (by pool), one client population per product and pool (by pool, then most users
 * first) with its users and top user agents, and a block listing what could not be classified.
 * A population on a pool that no server declares cannot be written (its `servers:` would name an
 * undeclared server): it is listed in that block instead. With no server or no population, the
 * list is written empty (`[]`), which `coexist check` rejects and a later `--into` fills.
 */
function renderTopology(estate, options = {}) {
    const servers = distinctServers(estate.servers);
    const populations = foldPopulations(estate.populations, _suggest_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeName */ .Pc);
    const declared = new Map(servers.map((s) => [(0,_imported_js__WEBPACK_IMPORTED_MODULE_1__/* .poolKey */ .i)(s.pool), s.pool]));
    const written = [];
    const leftOut = [];
    for (const population of populations)
        (population.pool === undefined || declared.has((0,_imported_js__WEBPACK_IMPORTED_MODULE_1__/* .poolKey */ .i)(population.pool))
            ? written
            : leftOut).push(population);
    const lines = sourcesBlock(estate, countLine(estate, servers.length, populations));
    if (options.matrix !== undefined)
        lines.push('', `matrix: ${yamlString(options.matrix)}`);
    lines.push('', servers.length > 0 ? 'servers:' : 'servers: []');
    for (const server of servers)
        lines.push(...serverLines(server, 2, 4));
    lines.push('', written.length > 0 ? 'clients:' : 'clients: []');
    const taken = new Set();
    written.forEach((population, i) => {
        if (i > 0)
            lines.push('');
        const server = population.pool === undefined ? undefined : declared.get((0,_imported_js__WEBPACK_IMPORTED_MODULE_1__/* .poolKey */ .i)(population.pool));
        lines.push(...clientLines(populationName(population, taken), population, server, 2, 4));
    });
    lines.push('', ...unclassifiedBlock(estate, leftOut, []));
    return `${lines.join('\n')}\n`;
}


/***/ })

};
