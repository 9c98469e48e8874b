export const id = 454;
export const ids = [454];
export const modules = {

/***/ 5454:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderPrComment: () => (/* binding */ renderPrComment)
/* harmony export */ });
/* unused harmony exports PR_COMMENT_MARKER, GITHUB_COMMENT_LIMIT, PR_COMMENT_MAX_LENGTH, isPrCommentBody, needsAttention, renderAllClear, prCommentReporter */
/* harmony import */ var _core_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9351);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2129);
/* harmony import */ var _core_format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6228);
/* harmony import */ var _markup_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7184);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9654);





// The sticky pull-request comment, as a pure function of the report. src/github/pr-comment.ts
// decides whether to post it; this module only decides what it says.
/** The body's first line: how coexist finds its own comment again (together with a Bot author). */
const PR_COMMENT_MARKER = '<!-- coexist:pr-comment -->';
/** GitHub refuses comment bodies of 65,536 characters or more. */
const GITHUB_COMMENT_LIMIT = 65_536;
/**
 * What the renderer aims for by default: well under GitHub's limit, whichever way it counts
 * characters (a JavaScript length counts UTF-16 units, never fewer than code points).
 */
const PR_COMMENT_MAX_LENGTH = 60_000;
const SEVERITY_MARK = { error: '\u274c', warning: '\u26a0\ufe0f', notice: '\u2139\ufe0f', none: '' };
const PREEXISTING = '\u23ee';
/** True when the body is coexist's: its first line is the marker. */
function isPrCommentBody(body) {
    if (typeof body !== 'string')
        return false;
    const firstLine = body.split('\n', 1)[0];
    return firstLine.replace(/\r$/, '').trim() === PR_COMMENT_MARKER;
}
/** `auto` mode comments only when this is true: a new error or warning, or input errors. */
function needsAttention(report) {
    const counts = countFindings(report);
    return counts.errors > 0 || counts.warnings > 0;
}
/** The whole comment: verdict, findings, pre-existing findings, the grid, and a link to the run. */
function renderPrComment(report, options = {}) {
    // Room for the note that says the body was cut is kept only when it was.
    return render(report, options, false) ?? render(report, options, true);
}
/** The body, or undefined when it had to be cut and `cut` is false. */
function render(report, options, cut) {
    const body = new Body(options, cut);
    const counts = (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .countFindings */ .Gt)(report);
    body.add([(0,_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .verdictHeading */ .G8)(report), '', countsLine(counts), '', ...(0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .allowEmptyNote */ .T8)(report)]);
    if (report.baseline)
        body.add([(0,_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .baselineMarkdown */ .RN)(report.baseline, `are listed apart, marked ${PREEXISTING},`), '']);
    // Findings of every file before any grid: if the body must be cut, the grids go first.
    for (const file of report.files) {
        if (!renderFindings(body, file, options, report.files.length > 1))
            break;
    }
    const grids = report.files.filter((f) => f.topology && f.errors.length === 0);
    if (grids.length > 0 && body.add(['### Topology grid', ''])) {
        for (const file of grids) {
            if (!renderGrid(body, file))
                break;
        }
        body.add([LEGEND, '']);
    }
    return body.truncated && !cut ? undefined : body.finish();
}
/** The short body that replaces the comment once there is nothing left to warn about. */
function renderAllClear(report, options = {}) {
    const counts = countFindings(report);
    const lines = [
        PR_COMMENT_MARKER,
        '## \u2705 coexist: all clear',
        '',
        `The errors and warnings coexist reported on this pull request are gone: ${plural(counts.pairs, 'pair')} checked, none with an error or a warning${counts.notices > 0 ? ` (${plural(counts.notices, 'notice')} ${counts.notices === 1 ? 'remains' : 'remain'}, see the job summary)` : ''}.`,
        '',
        ...allowEmptyNote(report),
    ];
    if (counts.preexisting > 0) {
        lines.push(`${PREEXISTING} ${plural(counts.preexisting, 'finding')} already in the base commit ${baseRevision(report)}${counts.preexisting === 1 ? 'does' : 'do'} not count; the job summary lists them.`, '');
    }
    lines.push(runLine(options.runUrl), '');
    return lines.join('\n');
}
/** The comment as a Reporter (no run link): what `always` mode posts, for tools that want the text. */
const prCommentReporter = {
    chunks: (report) => [renderPrComment(report)],
};
function countsLine(counts) {
    return (`${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(counts.errors, 'error')} \u00b7 ${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(counts.warnings, 'warning')} \u00b7 ${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(counts.notices, 'notice')} \u00b7 ${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(counts.pairs, 'pair')} checked` +
        `${counts.waived > 0 ? ` \u00b7 ${counts.waived} waived` : ''}${counts.preexisting > 0 ? ` \u00b7 ${counts.preexisting} pre-existing` : ''}`);
}
function baseRevision(report) {
    return report.baseline ? `${baseRevisionCode(report.baseline.revision)} ` : '';
}
function fileHeading(file) {
    return `### <code>${(0,_markup_js__WEBPACK_IMPORTED_MODULE_2__/* .inertText */ .U)(file.file)}</code>${(0,_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .matrixHeading */ .Wj)(file, _markup_js__WEBPACK_IMPORTED_MODULE_2__/* .inertText */ .U)}`;
}
/** One file's findings; false once the body is full. */
function renderFindings(body, file, options, several) {
    const all = (0,_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .findingsOf */ .WX)(file);
    const fresh = all.filter((r) => !r.preexisting);
    const preexisting = all.filter((r) => r.preexisting);
    if (file.errors.length === 0 && all.length === 0 && file.warnings.length === 0) {
        // A clean file needs no section of its own unless several files are listed.
        return several
            ? body.add([
                fileHeading(file),
                '',
                'No findings: every pair is supported without remarks.',
                '',
            ])
            : true;
    }
    if (!body.add([fileHeading(file), '']))
        return false;
    const unlisted = (0,_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .unlistedLines */ .Gr)(file).map((line) => `- ${line}`);
    if (file.errors.length > 0 || !file.topology) {
        const what = file.kind === 'matrix'
            ? 'The matrix file is invalid, so the topologies that name it could not be evaluated; fix these first:'
            : 'The file could not be evaluated; fix these first:';
        if (!body.add([what, '']))
            return false;
        for (const error of file.errors) {
            if (!body.add([`- ${lineRef(error, options)}: ${(0,_markup_js__WEBPACK_IMPORTED_MODULE_2__/* .inertText */ .U)(error.message)}`]))
                return false;
        }
        return body.add([...unlisted, '']);
    }
    for (const result of fresh) {
        if (!body.add(finding(result, options)))
            return false;
    }
    for (const warning of file.warnings) {
        if (!body.add([
            `- ${SEVERITY_MARK.warning} **warning** \u00b7 ${lineRef(warning, options)} \u00b7 ${(0,_markup_js__WEBPACK_IMPORTED_MODULE_2__/* .inertText */ .U)(warning.message)}`,
        ]))
            return false;
    }
    if ((fresh.length > 0 || file.warnings.length > 0 || unlisted.length > 0) &&
        !body.add([...unlisted, '']))
        return false;
    if (preexisting.length > 0) {
        const close = ['', '</details>', ''];
        if (!body.add([
            `<details><summary>${PREEXISTING} ${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(preexisting.length, 'pre-existing finding')}: already in the base commit, not counted</summary>`,
            '',
        ], close))
            return false;
        for (const result of preexisting) {
            if (!body.add(finding(result, options), close)) {
                body.close(close);
                return false;
            }
        }
        body.close(close);
    }
    return true;
}
/** A finding as a list item: severity, line, title and footnote markers; the message; the replacement; the footnotes in full. */
function finding(result, options) {
    const label = result.preexisting
        ? `${PREEXISTING} **pre-existing ${result.severity}**`
        : result.waived
            ? '\ud83d\udd15 **waived**'
            : `${SEVERITY_MARK[result.severity]} **${result.severity}**`;
    const lines = [
        `- ${label} \u00b7 ${lineRef(result, options)} \u00b7 **${(0,_markup_js__WEBPACK_IMPORTED_MODULE_2__/* .inertText */ .U)(result.title)}**${markers(result)}`,
        `  ${(0,_markup_js__WEBPACK_IMPORTED_MODULE_2__/* .inertText */ .U)(result.message)}`,
    ];
    if (result.replacement)
        lines.push(`  Suggested replacement: **${(0,_markup_js__WEBPACK_IMPORTED_MODULE_2__/* .inertText */ .U)(result.replacement)}**`);
    for (const footnote of result.footnotes)
        lines.push(`  > <sup>${(0,_markup_js__WEBPACK_IMPORTED_MODULE_2__/* .inertText */ .U)(footnote.id)}</sup> ${(0,_markup_js__WEBPACK_IMPORTED_MODULE_2__/* .inertText */ .U)(footnote.text)}`);
    return lines;
}
/** "line 32", linked to the line at the pull request's head when the file is in the repository. */
function lineRef(where, options) {
    const text = `line ${where.line}`;
    const base = options.blobUrl && safeUrl(options.blobUrl);
    const relative = where.file.split('/');
    const inRepo = !where.file.startsWith('/') &&
        !/^[A-Za-z]:/.test(where.file) &&
        relative.every((s) => s !== '' && s !== '.' && s !== '..');
    if (!base || !inRepo)
        return text;
    const path = relative
        .map((s) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
        .join('/');
    return `[${text}](${base.endsWith('/') ? base : `${base}/`}${path}#L${where.line})`;
}
function markers(result) {
    return result.footnotes.map((f) => `<sup>${(0,_markup_js__WEBPACK_IMPORTED_MODULE_2__/* .inertText */ .U)(f.id)}</sup>`).join('');
}
/** One file's grid, as the job summary draws it; false once the body is full. */
function renderGrid(body, file) {
    const { topology } = file;
    if (!topology)
        return true;
    const byPair = new Map(file.results.map((r) => [`${r.client}\u0000${r.server}`, r]));
    const header = topology.servers
        .map((s) => `<th>${(0,_markup_js__WEBPACK_IMPORTED_MODULE_2__/* .inertText */ .U)(s.name)}<br><sub>${(0,_markup_js__WEBPACK_IMPORTED_MODULE_2__/* .inertText */ .U)(s.product)}</sub></th>`)
        .join('');
    const close = ['</tbody>', '</table>', ''];
    const open = [
        `<code>${(0,_markup_js__WEBPACK_IMPORTED_MODULE_2__/* .inertText */ .U)(file.file)}</code>`,
        '',
        '<table>',
        `<thead><tr><th align="left">Client population</th>${header}</tr></thead>`,
        '<tbody>',
    ];
    if (!body.add(open, close))
        return false;
    for (const client of topology.clients) {
        const cells = topology.servers.map((s) => {
            const result = byPair.get(`${client.name}\u0000${s.name}`);
            return `<td>${result ? cell(result) : '\u2014'}</td>`;
        });
        if (!body.add([
            `<tr><th align="left">${(0,_markup_js__WEBPACK_IMPORTED_MODULE_2__/* .inertText */ .U)(client.name)}<br><sub>${(0,_markup_js__WEBPACK_IMPORTED_MODULE_2__/* .inertText */ .U)(client.product)}</sub></th>${cells.join('')}</tr>`,
        ], close)) {
            body.close(close);
            return false;
        }
    }
    body.close(close);
    return true;
}
function cell(result) {
    const mark = `${result.preexisting ? PREEXISTING : ''}${result.waived ? '\ud83d\udd15' : ''}${_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .MARK */ .M$[result.status]}`;
    return `${mark} ${_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .STATUS_LABEL */ ._P[result.status]}${markers(result)}`;
}
const LEGEND = `<sub>${Object.entries(_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .MARK */ .M$)
    .map(([status, mark]) => `${mark} ${_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .STATUS_LABEL */ ._P[status]}`)
    .join(' \u00b7 ')} \u00b7 \ud83d\udd15 waived by an exception \u00b7 ${PREEXISTING} already in the base commit \u00b7 \u2014 not connected</sub>`;
function runLine(runUrl) {
    const url = runUrl && safeUrl(runUrl);
    return url ? `<sub>[Workflow run and job summary](${url}) \u00b7 coexist</sub>` : '<sub>coexist</sub>';
}
/** An http(s) URL that cannot break out of a Markdown link; undefined for anything else. */
function safeUrl(text) {
    let url;
    try {
        url = new URL(text);
    }
    catch {
        return undefined;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        return undefined;
    return url.href.replace(/[()<>"'`\s\\[\]]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
/**
 * The body under construction: lines are added while they fit below the cap (minus room for the
 * footer); the first line that does not fit stops everything after it, and the footer then says
 * that the comment was cut and where the whole report is.
 */
class Body {
    lines = [PR_COMMENT_MARKER];
    length = PR_COMMENT_MARKER.length + 1;
    limit;
    footer;
    cutNote;
    truncated = false;
    constructor(options, reserveForNote) {
        this.footer = runLine(options.runUrl);
        const url = options.runUrl && safeUrl(options.runUrl);
        this.cutNote =
            '> [!NOTE]\n> This comment was cut short to stay within GitHub\u2019s size limit for comments. ' +
                (url
                    ? `The [job summary of this run](${url}) has the whole report.`
                    : 'The job summary of this run has the whole report.');
        const cap = Math.min(options.maxLength ?? PR_COMMENT_MAX_LENGTH, GITHUB_COMMENT_LIMIT - 1);
        // `length` counts each line with its line break; finish() adds the footer and its line break,
        // and when cut, the note and two blank lines before it.
        this.limit = cap - (this.footer.length + 1) - (reserveForNote ? this.cutNote.length + 3 : 0);
    }
    /** Adds `lines` if they fit with `reserve` lines (closing tags) still to come; after the first refusal, refuses all. */
    add(lines, reserve = []) {
        if (this.truncated)
            return false;
        if (this.length + sizeOf(lines) + sizeOf(reserve) > this.limit) {
            this.truncated = true;
            return false;
        }
        this.lines.push(...lines);
        this.length += sizeOf(lines);
        return true;
    }
    /** Closing lines that were reserved for: always added. */
    close(lines) {
        this.lines.push(...lines);
        this.length += sizeOf(lines);
    }
    finish() {
        const end = this.truncated ? ['', this.cutNote, '', this.footer, ''] : [this.footer, ''];
        return [...this.lines, ...end].join('\n');
    }
}
function sizeOf(lines) {
    return lines.reduce((n, line) => n + line.length + 1, 0);
}


/***/ })

};
