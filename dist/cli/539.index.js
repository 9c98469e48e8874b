export const id = 539;
export const ids = [539];
export const modules = {

/***/ 539:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderMatrixMarkdown: () => (/* binding */ renderMatrixMarkdown)
/* harmony export */ });
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2129);

/**
 * A matrix as Markdown: the grid as its source prints it (status and footnote markers), the
 * per-workload refinements and update requirements, the footnotes in full with how coexist reads
 * each, the client capabilities, the server rules, the products supported nowhere, and where every
 * cell comes from.
 */
function renderMatrixMarkdown(matrix) {
    const { data } = matrix;
    const cellText = (status, footnotes = []) => `${capitalize(_shared_js__WEBPACK_IMPORTED_MODULE_0__/* .STATUS_LABEL */ ._P[status])}${footnotes.map((f) => `<sup>${f}</sup>`).join('')}`;
    const lines = [
        `# ${data.title}`,
        '',
        `Matrix \`${data.id}\`${data.description ? `: ${data.description}` : ''}`,
        '',
        `| Client | ${data.servers.map((s) => s.name).join(' | ')} |`,
        `|---|${data.servers.map(() => '---').join('|')}|`,
    ];
    const refinements = [];
    const requirements = [];
    const updateName = (server, id) => matrix.update(server, id)?.name ?? id;
    for (const client of data.clients) {
        const cells = data.servers.map((server) => {
            const cell = matrix.cell(client.id, server.id);
            const pair = `${client.name} on ${server.name}`;
            const verdicts = [
                [pair, cell],
                ...Object.entries(cell.workloads ?? {}).map(([w, v]) => [
                    `${pair}, declaring \`${w}\``,
                    v,
                ]),
            ];
            for (const [workload, verdict] of Object.entries(cell.workloads ?? {})) {
                refinements.push(`- ${pair}, for a population that declares \`${workload}\`: ${cellText(verdict.status, verdict.footnotes)}${verdict.advice ? `. ${verdict.advice}` : ''}`);
            }
            for (const [where, verdict] of verdicts) {
                if (verdict.requires)
                    requirements.push(`- ${where}: needs the ${updateName(server.id, verdict.requires.update)} or later; below it, ${_shared_js__WEBPACK_IMPORTED_MODULE_0__/* .STATUS_LABEL */ ._P[verdict.requires.unmet]}. ${verdict.requires.note}`);
            }
            return cellText(cell.status, cell.footnotes);
        });
        lines.push(`| ${client.name} | ${cells.join(' | ')} |`);
    }
    if (refinements.length > 0)
        lines.push('', '**By workload**', '', ...refinements);
    if (requirements.length > 0)
        lines.push('', '**Update requirements**', '', ...requirements);
    if (data.footnotes.length > 0) {
        lines.push('', '**Footnotes**');
        for (const f of data.footnotes)
            lines.push('', `<sup>${f.id}</sup> ${f.text}`, ...(f.reading ? ['', `> How coexist reads it: ${f.reading}`] : []));
    }
    const capabilities = data.clients.filter((c) => c.offers);
    if (capabilities.length > 0) {
        lines.push('', '**Client capabilities** (yes, partial, no, or undocumented: no source states it)', '', `| Client | ${data.workloads.map((w) => w.name).join(' | ')} |`, `|---|${data.workloads.map(() => '---').join('|')}|`);
        for (const client of capabilities)
            lines.push(`| ${client.name} | ${data.workloads.map((w) => client.offers?.[w.id]?.level ?? 'undocumented').join(' | ')} |`);
    }
    if ((data.serverRules ?? []).length > 0) {
        lines.push('', '**Server rules**', '');
        for (const rule of data.serverRules ?? []) {
            const names = (ids) => ids.map((id) => matrix.productName('server', id)).join(', ');
            const what = rule.kind === 'together'
                ? `${names(rule.servers)} side by side`
                : `migration from ${names(rule.from)} to ${matrix.productName('server', rule.to)}${rule.exclusive ? ' (and from nothing else)' : ''}`;
            lines.push(`- ${what}: ${_shared_js__WEBPACK_IMPORTED_MODULE_0__/* .STATUS_LABEL */ ._P[rule.status]}. ${cited(rule.source)}`);
        }
    }
    if ((data.unsupportedProducts ?? []).length > 0) {
        lines.push('', '**Products supported nowhere**', '');
        for (const product of data.unsupportedProducts ?? [])
            lines.push(`- ${product.name} (${product.kind}): ${product.statement}`);
    }
    if (data.facts !== undefined)
        lines.push('', `Client capabilities, builds, server rules and products supported nowhere that this matrix does not state come from matrix \`${data.facts}\`.`);
    lines.push('', '**Sources**', '');
    for (const [ref, source] of Object.entries(data.sources)) {
        lines.push(`- \`${ref}\`: [${source.title}](${source.url})${source.table ? `, table "${source.table}"` : ''}${source.lastModified ? ` (last modified ${source.lastModified})` : ''}`);
    }
    // A matrix whose cells come from one document needs no note per cell; one from several names the source of each.
    const severalSources = new Set(data.cells.flatMap((c) => (c.source ? [c.source.ref] : []))).size > 1;
    const notes = data.cells.flatMap((cell) => {
        const pair = `${matrix.productName('client', cell.client)} on ${matrix.productName('server', cell.server)}`;
        const verdicts = [
            [pair, cell],
            ...Object.entries(cell.workloads ?? {}).map(([w, v]) => [
                `${pair}, declaring \`${w}\``,
                v,
            ]),
        ];
        return verdicts.flatMap(([where, v]) => {
            const conflicts = (v.conflicts ?? [])
                .map((c) => ` \`${c.ref}\` states it otherwise (${_shared_js__WEBPACK_IMPORTED_MODULE_0__/* .STATUS_LABEL */ ._P[c.status]})${c.note ? `: ${c.note}` : '.'}`)
                .join('');
            if (!v.source)
                return [`- ${where}: no source states it.`];
            return v.source.note || conflicts || severalSources
                ? [`- ${where}: ${cited(v.source)}${conflicts}`]
                : [];
        });
    });
    if (notes.length > 0)
        lines.push('', 'Source notes:', '', ...notes);
    return `${lines.join('\n')}\n`;
}
/** "`ref` "quote" note": a cell's or rule's source as the notes print it. */
function cited(source) {
    return `\`${source.ref}\`${source.quote ? `: "${source.quote}"` : ''}${source.note ? ` ${source.note}` : ''}`;
}
function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}


/***/ })

};
