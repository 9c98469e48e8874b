export const id = 606;
export const ids = [606];
export const modules = {

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
