export const id = 295;
export const ids = [295];
export const modules = {

/***/ 2295:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SEVERITY: () => (/* binding */ SEVERITY),
/* harmony export */   UNLISTED_CHECK: () => (/* binding */ UNLISTED_CHECK),
/* harmony export */   gitlabReporter: () => (/* binding */ gitlabReporter)
/* harmony export */ });
/* harmony import */ var _reporter_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9212);
/* harmony import */ var _finding_ids_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2104);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2129);



/**
 * coexist's three severities on GitLab's five. An error fails coexist's verdict, so it blocks the
 * release: blocker. A warning (interoperable only, undocumented, an exception to review) needs
 * work but blocks nothing: major, above GitLab's minor, which linters use for style. A notice
 * (waived, supported with conditions, an exception expiring soon) is for information: info.
 * Critical and minor stay unused, so the scale keeps a step between each of coexist's.
 */
const SEVERITY = {
    error: 'blocker',
    warning: 'major',
    notice: 'info',
};
/** Issues for what a file found beyond the problems it lists (limits.ts). */
const UNLISTED_CHECK = 'coexist/unlisted';
const gitlabReporter = {
    *chunks(report) {
        let chunk = '[';
        let count = 0;
        for (const file of report.files)
            for (const issue of issuesOf(file)) {
                chunk += `${count++ === 0 ? '' : ','}\n  ${JSON.stringify(issue)}`;
                if (chunk.length >= _reporter_js__WEBPACK_IMPORTED_MODULE_0__/* .CHUNK_LENGTH */ .TS) {
                    yield chunk;
                    chunk = '';
                }
            }
        yield `${chunk}${count === 0 ? ']' : '\n]'}\n`;
    },
};
/** A file's issues: its input problems, then the findings a person should read, worst first. */
function* issuesOf(file) {
    const inputFingerprint = (0,_finding_ids_js__WEBPACK_IMPORTED_MODULE_1__/* .inputFingerprints */ .ex)();
    const input = (d, check, severity) => ({
        description: (0,_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .sentence */ .em)(d.message),
        check_name: check,
        fingerprint: inputFingerprint(check, d),
        severity: SEVERITY[severity],
        location: location(d.file, d.line),
    });
    const errorCheck = file.kind === 'matrix' ? _finding_ids_js__WEBPACK_IMPORTED_MODULE_1__/* .INVALID_MATRIX_RULE */ .bE : _finding_ids_js__WEBPACK_IMPORTED_MODULE_1__/* .INVALID_TOPOLOGY_RULE */ .VD;
    for (const d of file.errors)
        yield input(d, errorCheck, 'error');
    for (const d of file.warnings)
        yield input(d, d.topic === 'server-version' ? _finding_ids_js__WEBPACK_IMPORTED_MODULE_1__/* .SERVER_VERSION_RULE */ .Qt : _finding_ids_js__WEBPACK_IMPORTED_MODULE_1__/* .EXCEPTION_RULE */ .JA, 'warning');
    for (const d of file.notices)
        yield input(d, _finding_ids_js__WEBPACK_IMPORTED_MODULE_1__/* .EXCEPTION_RULE */ .JA, 'notice');
    // unlistedLines gives one line per kind with problems beyond the listed ones, in this order.
    const kinds = ['error', 'warning', 'notice'].filter((severity) => (file.unlisted?.[`${severity}s`] ?? 0) > 0);
    for (const [i, line] of (0,_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .unlistedLines */ .Gr)(file).entries())
        yield input({ file: file.file, line: 1, column: 1, endLine: 1, endColumn: 1, message: line }, UNLISTED_CHECK, kinds[i]);
    for (const finding of (0,_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .findingsOf */ .WX)(file))
        yield findingIssue(finding);
}
function findingIssue(f) {
    return {
        description: [
            (0,_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .sentence */ .em)(f.title),
            (0,_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .sentence */ .em)(f.message),
            ...f.footnotes.map((n) => `Footnote ${n.id}: ${(0,_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .sentence */ .em)(n.text)}`),
        ].join(' '),
        check_name: (0,_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .isPair */ .tO)(f) ? `coexist/${f.status}` : `coexist/${f.kind}/${f.status}`,
        fingerprint: (0,_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .isPair */ .tO)(f) ? (0,_finding_ids_js__WEBPACK_IMPORTED_MODULE_1__/* .pairFingerprint */ .n4)(f) : (0,_finding_ids_js__WEBPACK_IMPORTED_MODULE_1__/* .estateFingerprint */ .Zf)(f),
        severity: SEVERITY[f.severity],
        location: location(f.file, f.line),
    };
}
/** GitLab wants the path relative to the repository's root, as reports give it, without "./". */
function location(file, line) {
    return { path: file.replace(/^(?:\.\/)+/, ''), lines: { begin: line } };
}


/***/ })

};
