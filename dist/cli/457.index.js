export const id = 457;
export const ids = [457];
export const modules = {

/***/ 8457:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UNCLASSIFIED_LINES: () => (/* binding */ UNCLASSIFIED_LINES),
/* harmony export */   importedLine: () => (/* binding */ importedLine),
/* harmony export */   renderUnclassified: () => (/* binding */ renderUnclassified)
/* harmony export */ });
/* harmony import */ var _core_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6228);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(955);


// What `coexist import` tells the person running it, on standard error (standard output carries
// the topology): what it imported, and every agent, build or pool it could not classify, with its
// users, so that nothing leaves the estate without a line saying so.
/** Lines of unclassified items printed before the rest are counted: the output's comment block has them too. */
const UNCLASSIFIED_LINES = 1000;
/** One line: the populations, users and pools imported. */
function importedLine(estate) {
    const users = estate.populations.reduce((sum, p) => sum + p.users, 0);
    const pools = new Set(estate.populations.map((p) => p.pool?.toLowerCase() ?? ''));
    return `coexist: imported ${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(estate.populations.length, 'client population')} (${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(users, 'user')}) on ${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(estate.servers.length, 'server pool')}${pools.has('') ? ' (one population set per product: the inventory names no pools)' : ''}\n`;
}
/**
 * Every unclassified item in the estate's order (builds, then pools, then user agents by users),
 * then the server agents left out; `written`: a topology (with its comment block) was written.
 */
function renderUnclassified(estate, written = true) {
    const lines = [];
    const { unclassified, serverAgents } = estate;
    if (unclassified.length > 0) {
        const kinds = ['user-agent', 'build', 'pool']
            .map((kind) => [
            kind,
            unclassified
                .filter((u) => u.kind === kind)
                .reduce((sum, u) => sum + (u.agents ?? 1), 0),
        ])
            .filter(([, n]) => n > 0)
            .map(([kind, n]) => (0,_core_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(n, kind.replace('-', ' ')));
        const users = unclassified.reduce((sum, u) => sum + u.users, 0);
        lines.push(`coexist: not imported, because no source classifies them: ${kinds.join(', ')} (${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(users, 'user')})${written ? `; they are listed in the topology's "not classified" comment block too` : ''}:\n`);
        for (const item of unclassified.slice(0, UNCLASSIFIED_LINES))
            lines.push(unclassifiedLine(item));
        if (unclassified.length > UNCLASSIFIED_LINES)
            lines.push(`  \u2026 and ${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(unclassified.length - UNCLASSIFIED_LINES)} more\n`);
    }
    if (serverAgents.length > 0)
        lines.push(`coexist: left out as server-side agents, not client populations: ${serverAgents.map((a) => `${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalSafe */ .kJ)(a.name)} (${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(a.users)})`).join(', ')}\n`);
    return lines.join('');
}
function unclassifiedLine(item) {
    const { origin } = item;
    const where = `${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalSafe */ .kJ)(origin.file)}:${origin.line}:${origin.column}`;
    const users = item.kind === 'build' ? '' : ` ${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(item.users, 'user')}`;
    const pool = item.pool !== undefined && item.kind !== 'pool' ? ` on ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalSafe */ .kJ)(item.pool)}` : '';
    const others = item.agents !== undefined && item.agents > 1
        ? ` and ${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(item.agents - 1, 'other user agent')} like it`
        : '';
    return `  ${where}: ${item.kind.replace('-', ' ')} ${JSON.stringify((0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalSafe */ .kJ)(item.text))}${others}${pool}:${users}${users ? ';' : ''} ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalSafe */ .kJ)(item.reason)}\n`;
}


/***/ })

};
