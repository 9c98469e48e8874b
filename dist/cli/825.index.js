export const id = 825;
export const ids = [825];
export const modules = {

/***/ 6825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderPlanMarkdown: () => (/* binding */ renderPlanMarkdown)
/* harmony export */ });
/* harmony import */ var _core_plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4620);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2129);
/* harmony import */ var _core_format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6228);
/* harmony import */ var _markup_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7184);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9654);





const CHANGE = {
    newlyFailing: '\u26d4 **newly failing**',
    newlyPassing: '\ud83d\udfe2 **newly passing**',
    changed: '\ud83d\udd01 changed',
    unchanged: 'unchanged',
};
/**
 * The plan for a pull-request comment or a job summary: the verdict, then per file the servers that
 * move and one table row per client/server pair (newly failing first within each population) with
 * its status today and after the upgrade, and the footnotes in full. Topology text is escaped.
 */
function renderPlanMarkdown(plans) {
    const c = (0,_core_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .totalCounts */ .xW)(plans);
    const paths = (0,_core_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .failingMigrations */ .AI)(plans);
    const lines = [
        `## ${(0,_core_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .planExitCode */ .vq)(plans) === 1 ? '\u274c coexist plan: the upgrade introduces failures' : '\u2705 coexist plan: no new failures'}`,
        '',
        `${c.newlyFailing} newly failing \u00b7 ${c.newlyPassing} newly passing \u00b7 ${c.changed} changed \u00b7 ${c.unchanged} unchanged \u00b7 ${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(c.pairs, 'pair')}${c.stillFailing > 0 ? ` \u00b7 ${c.stillFailing} still failing` : ''}${paths > 0 ? ` \u00b7 ${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(paths, 'migration path')} that fail${paths === 1 ? 's' : ''}` : ''}`,
        '',
    ];
    for (const plan of plans) {
        lines.push(`### <code>${(0,_markup_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkup */ .M)(plan.file)}</code> \u00b7 matrix <code>${(0,_markup_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkup */ .M)(plan.matrix)}</code>`, '');
        lines.push('| Server | Runs now | After the upgrade | Migration path |', '|---|---|---|---|');
        for (const u of plan.upgrades) {
            const path = u.migration
                ? `${_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .MARK */ .M$[u.migration.status]} ${(0,_markup_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkup */ .M)(u.migration.statement)}`
                : '\u2014';
            lines.push(`| ${(0,_markup_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkup */ .M)(u.server)} | ${(0,_markup_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkup */ .M)(u.from)} | ${(0,_markup_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkup */ .M)(u.to)}${u.from === u.to ? ' (no change)' : ''} | ${path} |`);
        }
        lines.push('', '| Client population | Server | Change | Now | After the upgrade |', '|---|---|---|---|---|');
        for (const population of plan.populations) {
            const who = `${(0,_markup_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkup */ .M)(population.client)}<br><sub>${(0,_markup_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkup */ .M)(population.clientProduct)}</sub>`;
            for (const kind of Object.keys(CHANGE)) {
                for (const change of population[kind])
                    lines.push(`| ${who} | ${(0,_markup_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkup */ .M)(change.server)} | ${CHANGE[kind]}${(0,_core_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .stillFailing */ .N1)(change) ? ' (still failing)' : ''} | ${state(change.before)} | ${state(change.after)} |`);
            }
        }
        lines.push('');
        const footnotes = (0,_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .citedFootnotes */ .fc)(plan.populations.flatMap(_core_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .pairChanges */ .Iq).flatMap(_core_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .bothSides */ .g6));
        if (footnotes.length > 0) {
            lines.push('**Footnotes**', '');
            for (const f of footnotes)
                lines.push(`<sup>${(0,_markup_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkup */ .M)(f.id)}</sup> ${(0,_markup_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkup */ .M)(f.text)}`, '');
        }
    }
    return `${lines.join('\n').trimEnd()}\n`;
}
function state(r) {
    if (!r)
        return _shared_js__WEBPACK_IMPORTED_MODULE_1__/* .NOT_CHECKED */ .mI;
    return `${r.waived ? '\ud83d\udd15' : ''}${_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .MARK */ .M$[r.status]} ${_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .STATUS_LABEL */ ._P[r.status]}${r.footnotes.map((f) => `<sup>${(0,_markup_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkup */ .M)(f.id)}</sup>`).join('')}`;
}


/***/ })

};
