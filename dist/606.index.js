export const id = 606;
export const ids = [606];
export const modules = {

/***/ 4620:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ failingMigrations),
/* harmony export */   Iq: () => (/* binding */ pairChanges),
/* harmony export */   N1: () => (/* binding */ stillFailing),
/* harmony export */   g6: () => (/* binding */ bothSides),
/* harmony export */   vq: () => (/* binding */ planExitCode),
/* harmony export */   xW: () => (/* binding */ totalCounts)
/* harmony export */ });
/* unused harmony exports parseUpgrade, planUpgrade, migrationPath */
/* harmony import */ var _evaluate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5176);
/* harmony import */ var _statuses_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2309);




const NO_PAIRS = {
    newlyFailing: 0,
    newlyPassing: 0,
    changed: 0,
    unchanged: 0,
    stillFailing: 0,
    pairs: 0,
};
/**
 * Reads `SERVER=PRODUCT`. The split is at the last `=`: server names are the user's and may hold
 * one, the matrices' product names do not.
 */
function parseUpgrade(text) {
    const at = text.lastIndexOf('=');
    const server = text.slice(0, Math.max(at, 0)).trim();
    const product = text.slice(at + 1).trim();
    if (at < 0 || server === '' || product === '') {
        return {
            ok: false,
            message: `--upgrade "${text}" is not SERVER=PRODUCT; for example --upgrade "ams-pool01=Lync Server 2013"`,
        };
    }
    return { ok: true, request: { server, product } };
}
/**
 * Evaluates `topology` as it is and with the requested servers on their new products, under the
 * same policy and exceptions (which waive by pair, whatever the pair's products), and sorts every
 * pair by what the upgrade does to it. A request for one server wins over one for every server.
 * Every problem with the requests is reported at once.
 */
function planUpgrade(topology, upgrades, policy, budget) {
    const problems = new Set();
    // Every pair is evaluated twice, as it is and as upgraded: both count against the run's pairs.
    const pairs = 2 * topology.clients.reduce((sum, client) => sum + client.servers.length, 0);
    if (budget && !budget.pairs.take(pairs))
        return {
            ok: false,
            problems: [
                budget.pairs.refusal(pairs, 'pair evaluations (each pair as it is and as upgraded)'),
            ],
        };
    const serverNames = topology.servers.map((s) => s.name);
    let everyServer;
    const targets = new Map();
    for (const request of upgrades) {
        const product = resolveServerProduct(topology.matrix, request.product, problems);
        if (request.server !== undefined && !serverNames.includes(request.server)) {
            const hint = didYouMean(request.server, serverNames) ||
                `; its servers are ${serverNames.map((n) => JSON.stringify(n)).join(', ')}`;
            problems.add(`unknown server "${request.server}"${hint}`);
            continue;
        }
        if (!product)
            continue;
        const earlier = request.server === undefined ? everyServer : targets.get(request.server);
        const who = request.server === undefined ? 'every server' : `server "${request.server}"`;
        if (earlier && earlier.id !== product.id)
            problems.add(`${who} is upgraded to both "${earlier.name}" and "${product.name}"`);
        else if (request.server === undefined)
            everyServer = product;
        else
            targets.set(request.server, product);
    }
    if (problems.size > 0)
        return { ok: false, problems: [...problems] };
    const servers = new Map();
    const moved = [];
    for (const server of topology.servers) {
        const product = targets.get(server.name) ?? everyServer;
        if (!product) {
            servers.set(server.name, server);
            continue;
        }
        // The declared version is a build of the product the server runs now: on the new product it is unknown.
        servers.set(server.name, product.id === server.product.id
            ? server
            : { name: server.name, product, index: server.index, productSpan: server.productSpan });
        const upgrade = {
            server: server.name,
            from: server.product.name,
            to: product.name,
        };
        if (product.id !== server.product.id)
            upgrade.migration = migrationPath(topology.matrix, server.product, product, policy.failOn);
        moved.push(upgrade);
    }
    const upgraded = {
        ...topology,
        servers: [...servers.values()],
        clients: topology.clients.map((c) => ({
            ...c,
            servers: c.servers.map((s) => servers.get(s.name) ?? s),
        })),
    };
    const before = byPair(evaluate(topology, policy).results);
    const after = byPair(evaluate(upgraded, policy).results);
    const counts = { ...NO_PAIRS };
    // A population on a client product supported nowhere has no pairs, before or after (check reports it).
    const populations = topology.clients
        .filter((client) => !client.unsupported)
        .map((client) => {
        const population = {
            file: topology.file,
            ...client.productSpan,
            client: client.name,
            clientProduct: client.product.name,
            newlyFailing: [],
            newlyPassing: [],
            changed: [],
            unchanged: [],
        };
        for (const server of client.servers) {
            const key = pairKey(client.name, server.name);
            const upgradedPair = after.get(key);
            // A server supported nowhere that does not move has no verdict either way.
            if (!upgradedPair)
                continue;
            const current = before.get(key);
            const change = current
                ? { server: server.name, before: current, after: upgradedPair }
                : { server: server.name, after: upgradedPair };
            const kind = changeKind(change);
            population[kind].push(change);
            counts[kind]++;
            counts.pairs++;
            if (stillFailing(change))
                counts.stillFailing++;
        }
        return population;
    });
    return {
        ok: true,
        plan: { file: topology.file, matrix: topology.matrix.id, upgrades: moved, populations, counts },
    };
}
function changeKind({ before, after }) {
    const [failed, fails] = [before?.severity === 'error', after.severity === 'error'];
    if (fails && !failed)
        return 'newlyFailing';
    if (failed && !fails)
        return 'newlyPassing';
    if (!before)
        return 'changed';
    const notes = (r) => r.footnotes.map((f) => f.id).join(',');
    return before.status !== after.status || notes(before) !== notes(after) ? 'changed' : 'unchanged';
}
/** The pair fails today and would fail after the upgrade too. */
function stillFailing({ before, after }) {
    return before?.severity === 'error' && after.severity === 'error';
}
/** The verdicts of a pair change that exist: after, and before unless the server was supported nowhere. */
function bothSides(change) {
    return change.before ? [change.before, change.after] : [change.after];
}
/** A population's pairs in report order: newly failing, newly passing, changed, unchanged. */
function pairChanges(population) {
    return [
        ...population.newlyFailing,
        ...population.newlyPassing,
        ...population.changed,
        ...population.unchanged,
    ];
}
/** The counts of several plans added up. */
function totalCounts(plans) {
    const total = { ...NO_PAIRS };
    for (const plan of plans)
        for (const key of Object.keys(total))
            total[key] += plan.counts[key];
    return total;
}
/** How many upgrades take a migration path whose status fails the run (fail-on). */
function failingMigrations(plans) {
    return plans.reduce((n, p) => n + p.upgrades.filter((u) => u.migration?.severity === 'error').length, 0);
}
/** 1 when the upgrade makes some pair fail that does not fail today, or takes a migration path that fails (fail-on); 0 otherwise. */
function planExitCode(plans) {
    return plans.some((p) => p.counts.newlyFailing > 0) || failingMigrations(plans) > 0 ? 1 : 0;
}
/**
 * Whether the sources support moving a server from `from` to `to`: a migration rule that names
 * both decides; a rule that lists every product `to` migrates from, without `from`, rules it out;
 * otherwise no source states it.
 */
function migrationPath(matrix, from, to, failOn) {
    const rules = matrix.serverRules.flatMap((r) => r.kind === 'migration' && r.to === to.id ? [r] : []);
    const quoted = (quote) => (quote ? `: "${quote}"` : '');
    const path = (status, statement, cited) => ({
        status,
        severity: severityOf(status, failOn, false),
        statement,
        source: findingSource(matrix, cited?.source),
    });
    const named = rules.find((r) => r.from.includes(from.id));
    if (named)
        return path(named.status, `migration from ${from.name} to ${to.name} is ${named.status === 'supported' ? 'supported' : 'not supported'}${quoted(named.source.quote)}`, named);
    const exclusive = rules.find((r) => r.exclusive && r.status === 'supported');
    if (exclusive) {
        const origins = listed(exclusive.from.map((id) => matrix.productName('server', id)), 'or');
        return path('not-supported', `migration from ${from.name} to ${to.name} is not supported: ${to.name} migrates from ${origins} only${quoted(exclusive.source.quote)}`, exclusive);
    }
    return path('undocumented', `no source states a migration path from ${from.name} to ${to.name}, so coexist does not call it supported`);
}
/**
 * A server product of `matrix` by display name, id or alias; anything else is a problem, with
 * suggestions. A product the matrix supports nothing on is no destination: its pairs have no cells.
 */
function resolveServerProduct(matrix, name, problems) {
    const found = matrix.lookup(name, 'server');
    if (found.ok && found.unsupported) {
        problems.add(`"${name}" is ${found.unsupported.name}, which matrix ${matrix.id} supports nothing on: no upgrade can go there`);
        return undefined;
    }
    if (found.ok)
        return found.product;
    problems.add(matrix.lookupProblem(name, 'server'));
    return undefined;
}
function byPair(results) {
    return new Map(results.map((r) => [pairKey(r.client, r.server), r]));
}
function pairKey(client, server) {
    return `${client}\u0000${server}`;
}


/***/ }),

/***/ 2606:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderPlanJson: () => (/* binding */ renderPlanJson)
/* harmony export */ });
/* harmony import */ var _core_plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4620);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2129);


/**
 * The machine-readable plan: per file the servers that move and per client population the four
 * lists of pairs, each pair as it is (`before`) and would be (`after`) with footnote ids; the texts
 * of those footnotes once per file.
 */
function renderPlanJson(plans) {
    const state = (r) => ({
        serverProduct: r.serverProduct,
        status: r.status,
        severity: r.severity,
        waived: r.waived,
        workloads: r.workloads,
        footnotes: r.footnotes.map((f) => f.id),
        title: r.title,
        message: r.message,
    });
    // No `before` (null): the server runs a product supported nowhere today, so the pair has no verdict to compare.
    const pair = (c) => ({
        server: c.server,
        before: c.before ? state(c.before) : null,
        after: state(c.after),
    });
    const body = {
        introducesFailures: (0,_core_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .planExitCode */ .vq)(plans) === 1,
        counts: (0,_core_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .totalCounts */ .xW)(plans),
        files: plans.map((plan) => {
            const changes = plan.populations.flatMap(_core_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .pairChanges */ .Iq);
            return {
                file: plan.file,
                matrix: plan.matrix,
                upgrades: plan.upgrades,
                counts: plan.counts,
                populations: plan.populations.map((p) => ({
                    client: p.client,
                    clientProduct: p.clientProduct,
                    line: p.line,
                    column: p.column,
                    newlyFailing: p.newlyFailing.map(pair),
                    newlyPassing: p.newlyPassing.map(pair),
                    changed: p.changed.map(pair),
                    unchanged: p.unchanged.map(pair),
                })),
                footnotes: (0,_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .citedFootnotes */ .fc)(changes.flatMap(_core_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .bothSides */ .g6)),
            };
        }),
    };
    return `${JSON.stringify(body, null, 2)}\n`;
}


/***/ })

};
