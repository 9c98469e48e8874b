export const id = 962;
export const ids = [962];
export const modules = {

/***/ 962:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   junitReporter: () => (/* binding */ junitReporter)
/* harmony export */ });
/* harmony import */ var _reporter_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9212);
/* harmony import */ var _finding_ids_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2104);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2129);



const junitReporter = {
    *chunks(report) {
        // The totals come first in the document: one pass counts, the next writes.
        const counts = report.files.map(countCases);
        const total = counts.reduce((sum, c) => ({
            tests: sum.tests + c.tests,
            failure: sum.failure + c.failure,
            error: sum.error + c.error,
        }), { tests: 0, failure: 0, error: 0 });
        let chunk = `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="coexist" tests="${total.tests}" failures="${total.failure}" errors="${total.error}">\n`;
        for (const [i, file] of report.files.entries()) {
            const count = counts[i];
            chunk += `  <testsuite name=${attribute(file.file)} tests="${count.tests}" failures="${count.failure}" errors="${count.error}" skipped="${count.skipped}" file=${attribute(file.file)}>\n`;
            chunk += properties(file, report.baseline);
            for (const testCase of testCases(file)) {
                chunk += testCase.xml();
                if (chunk.length >= _reporter_js__WEBPACK_IMPORTED_MODULE_0__/* .CHUNK_LENGTH */ .TS) {
                    yield chunk;
                    chunk = '';
                }
            }
            chunk += '  </testsuite>\n';
        }
        yield `${chunk}</testsuites>\n`;
    },
};
function countCases(file) {
    const counts = { tests: 0, failure: 0, error: 0, skipped: 0 };
    for (const { outcome } of testCases(file)) {
        counts.tests++;
        if (outcome !== 'passed')
            counts[outcome]++;
    }
    return counts;
}
/** What a run was checked against, for readers that show a suite's properties. */
function properties(file, baseline) {
    const entries = [
        ['coexist.matrix', file.matrix],
        ['coexist.matrixFile', file.matrixFile],
        ['coexist.baseline', baseline?.revision],
        ['coexist.baselineProblem', baseline?.problem],
    ].filter((entry) => entry[1] !== undefined);
    if (entries.length === 0)
        return '';
    const lines = entries.map(([name, value]) => `      <property name="${name}" value=${attribute(value)}/>\n`);
    return `    <properties>\n${lines.join('')}    </properties>\n`;
}
/** A file's testcases: its input problems, its pairs in topology order, then the estate's findings. */
function* testCases(file) {
    const errorType = file.kind === 'matrix' ? _finding_ids_js__WEBPACK_IMPORTED_MODULE_1__/* .INVALID_MATRIX_RULE */ .bE : _finding_ids_js__WEBPACK_IMPORTED_MODULE_1__/* .INVALID_TOPOLOGY_RULE */ .VD;
    const errorLabel = file.kind === 'matrix' ? 'Invalid matrix file' : 'Invalid topology';
    for (const d of file.errors)
        yield diagnosticCase(d, 'error', errorType, errorLabel);
    for (const r of file.results)
        yield findingCase(r, pairName(r));
    for (const f of file.estate ?? [])
        yield findingCase(f, `${f.subject}: ${f.title}`);
    for (const d of file.warnings)
        yield d.topic === 'server-version'
            ? diagnosticCase(d, 'skipped', _finding_ids_js__WEBPACK_IMPORTED_MODULE_1__/* .SERVER_VERSION_RULE */ .Qt, 'Server version to declare')
            : diagnosticCase(d, 'skipped', _finding_ids_js__WEBPACK_IMPORTED_MODULE_1__/* .EXCEPTION_RULE */ .JA, 'Exception to review');
    for (const d of file.notices)
        yield diagnosticCase(d, 'passed', _finding_ids_js__WEBPACK_IMPORTED_MODULE_1__/* .EXCEPTION_RULE */ .JA, 'Exception expiring soon');
    // What a file found beyond the problems it lists (limits.ts), one testcase per kind, so that the
    // count of problems is not lost: unlistedLines gives them in this order, leaving out zeros.
    const kinds = ['errors', 'warnings', 'notices'].filter((kind) => (file.unlisted?.[kind] ?? 0) > 0);
    const outcomes = { errors: 'error', warnings: 'skipped', notices: 'passed' };
    for (const [i, line] of (0,_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .unlistedLines */ .Gr)(file).entries()) {
        const outcome = outcomes[kinds[i]];
        const text = line.replace(/^\u2026 and /, '');
        yield {
            outcome,
            xml: () => testCaseXml({ name: text, file: file.file, line: 1 }, outcome, {
                message: text,
                type: 'coexist/unlisted',
                body: (0,_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .sentence */ .em)(text),
            }),
        };
    }
}
/** "attendees on pool13 (Lync 2010 Attendee on Lync Server 2013)" */
function pairName(r) {
    return `${r.client} on ${r.server} (${r.clientProduct} on ${r.serverProduct})`;
}
/** How a finding ends as a test (see the top of this file). */
function outcomeOf(f) {
    if (f.severity === 'error' && !f.preexisting)
        return 'failure';
    return f.severity === 'error' || f.severity === 'warning' ? 'skipped' : 'passed';
}
function findingCase(f, name) {
    const outcome = outcomeOf(f);
    return {
        outcome,
        xml: () => testCaseXml({ name, file: f.file, line: f.line }, outcome, {
            message: f.preexisting ? `Already in the base commit: ${f.title}` : f.title,
            type: f.status,
            body: [
                (0,_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .sentence */ .em)(f.message),
                ...f.footnotes.map((n) => `Footnote ${n.id}: ${(0,_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .sentence */ .em)(n.text)}`),
                (0,_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .sourceSentence */ .v3)(f.source),
            ].join('\n'),
            ...(f.severity === 'none' ? {} : { heading: `${f.severity}: ${f.title}` }),
        }),
    };
}
function diagnosticCase(d, outcome, type, label) {
    return {
        outcome,
        xml: () => testCaseXml({ name: `${label}: ${d.message}`, file: d.file, line: d.line }, outcome, {
            message: d.message,
            type,
            body: `Line ${d.line}, column ${d.column}: ${(0,_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .sentence */ .em)(d.message)}`,
            heading: `notice: ${label}`,
        }),
    };
}
/** A testcase; `heading` and `body` are what a passing one says in <system-out>, if anything. */
function testCaseXml(where, outcome, what) {
    const open = `    <testcase classname=${attribute(where.file)} name=${attribute(where.name)} file=${attribute(where.file)} line="${where.line}"`;
    if (outcome === 'passed')
        return what.heading === undefined
            ? `${open}/>\n`
            : `${open}>\n      <system-out>${text(`${what.heading}\n${what.body}`)}</system-out>\n    </testcase>\n`;
    return `${open}>\n      <${outcome} message=${attribute(what.message)} type=${attribute(what.type)}>${text(what.body)}</${outcome}>\n    </testcase>\n`;
}
// ---------------------------------------------------------------------------------------------
// Escaping
// ---------------------------------------------------------------------------------------------
/**
 * What no text from a topology may bring into the document: the characters XML 1.0 does not allow
 * (C0 controls but tab, line feed and carriage return, unpaired surrogates, U+FFFE and U+FFFF),
 * which would make the whole report unreadable, and those that let a name mislead whoever reads
 * it (DEL and C1 controls, bidirectional marks and overrides). Each becomes U+FFFD.
 */
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufffe\uffff]|\p{Cs}/gu;
const TEXT_ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '\r': '&#13;',
};
/**
 * Element content. ">" is escaped too, so "]]>" never appears in the output; a carriage return
 * is written as a reference, which a parser keeps, where a literal one would become a line feed.
 */
function text(value) {
    return value.replace(UNSAFE, '\uFFFD').replace(/[&<>\r]/g, (c) => TEXT_ENTITIES[c]);
}
const ATTRIBUTE_ENTITIES = {
    ...TEXT_ENTITIES,
    '"': '&quot;',
    '\t': '&#9;',
    '\n': '&#10;',
};
/** An attribute value in its quotes. Tabs and line breaks are references: a parser would turn literal ones into spaces. */
function attribute(value) {
    return `"${value.replace(UNSAFE, '\uFFFD').replace(/[&<>"\t\n\r]/g, (c) => ATTRIBUTE_ENTITIES[c])}"`;
}


/***/ })

};
