export const id = 203;
export const ids = [203,454];
export const modules = {

/***/ 5203:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishPrComment: () => (/* binding */ publishPrComment)
});

// UNUSED EXPORTS: MAX_LIST_PAGES, maxApiCalls

// EXTERNAL MODULE: ./src/reporters/pr-comment.ts
var pr_comment = __webpack_require__(5454);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(1351);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/utils.js + 20 modules
var utils = __webpack_require__(8665);
;// CONCATENATED MODULE: ./src/github/client.ts


const DEFAULT_RETRY_POLICY = {
    maxAttemptsPerCall: 3,
    maxRetriesPerRun: 3,
    baseDelayMs: 500,
    maxDelayMs: 5_000,
    requestTimeoutMs: 10_000,
};
class GitHubApiError extends Error {
    failure;
    attempts;
    constructor(failure, 
    /** Attempts made for the call that failed. */
    attempts) {
        super(describeFailure(failure));
        this.failure = failure;
        this.attempts = attempts;
        this.name = 'GitHubApiError';
    }
}
function describeFailure(failure) {
    switch (failure.kind) {
        case 'http':
            return `GitHub answered ${failure.status}${failure.message ? ` (${failure.message})` : ''}`;
        case 'network':
            return `the request failed (${failure.message})`;
        case 'timeout':
        case 'deadline':
            return failure.message;
    }
}
/** True for failures worth another attempt: 5xx, 408, 429, secondary rate limits, network errors, timeouts. */
function isTransient(failure) {
    if (failure.kind === 'network' || failure.kind === 'timeout')
        return true;
    if (failure.kind !== 'http')
        return false;
    return (failure.status >= 500 || failure.status === 408 || failure.status === 429 || failure.rateLimited);
}
const SILENT = { debug: () => { }, info: () => { }, warn: () => { }, error: () => { } };
const MIN_REQUEST_MS = 50;
class GitHubClient {
    /** HTTP requests started so far, retries included. */
    apiCalls = 0;
    retries = 0;
    policy;
    deadline;
    deadlineMs;
    now;
    sleep;
    random;
    octokit;
    token;
    constructor(options) {
        this.policy = { ...DEFAULT_RETRY_POLICY, ...options.policy };
        this.now = options.now ?? Date.now;
        this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
        this.random = options.random ?? Math.random;
        this.deadlineMs = options.deadlineMs;
        this.deadline = this.now() + options.deadlineMs;
        this.token = options.token;
        this.octokit = (0,github/* getOctokit */.Q)(options.token, {
            baseUrl: options.apiUrl,
            userAgent: 'coexist',
            // Octokit's default logger writes deprecation notices to stderr; coexist reports through its outcome.
            log: SILENT,
            // @actions/github's fetch honours the runner's proxy variables; keep it, add nothing global.
            request: { ...(utils/* defaults */.NT.request?.fetch ? { fetch: utils/* defaults */.NT.request.fetch } : {}) },
        });
    }
    /** Milliseconds left of the deadline. */
    remaining() {
        return this.deadline - this.now();
    }
    /** One page of an issue's (or pull request's) comments, oldest first, 100 to a page. */
    async listComments(issue, page) {
        const response = await this.call((signal) => this.octokit.rest.issues.listComments({
            owner: issue.owner,
            repo: issue.repo,
            issue_number: issue.issueNumber,
            per_page: 100,
            page,
            request: { signal },
        }));
        const comments = (Array.isArray(response.data) ? response.data : []).map(toComment);
        const lastPage = lastPageOf(response.headers.link);
        return lastPage === undefined ? { comments } : { comments, lastPage };
    }
    async createComment(issue, body) {
        const response = await this.call((signal) => this.octokit.rest.issues.createComment({
            owner: issue.owner,
            repo: issue.repo,
            issue_number: issue.issueNumber,
            body,
            request: { signal },
        }));
        return toComment(response.data);
    }
    async updateComment(issue, commentId, body) {
        const response = await this.call((signal) => this.octokit.rest.issues.updateComment({
            owner: issue.owner,
            repo: issue.repo,
            comment_id: commentId,
            body,
            request: { signal },
        }));
        return toComment(response.data);
    }
    /**
     * Runs `send` until it succeeds, fails for good, or the budgets run out: attempts per call,
     * retries per run, and the deadline. Waits follow `retry-after` (or the rate-limit reset) when
     * GitHub gives one, else exponential backoff with jitter; a wait longer than maxDelayMs, or one
     * that would pass the deadline, ends the retries.
     */
    async call(send) {
        let attempt = 0;
        for (;;) {
            const left = this.remaining();
            if (left < MIN_REQUEST_MS) {
                throw new GitHubApiError({
                    kind: 'deadline',
                    message: `the ${formatSeconds(this.deadlineMs)} allowed for GitHub API calls ran out`,
                }, attempt);
            }
            attempt++;
            this.apiCalls++;
            const timeout = Math.min(this.policy.requestTimeoutMs, left);
            const signal = AbortSignal.timeout(timeout);
            let failure;
            try {
                return await send(signal);
            }
            catch (error) {
                failure = this.classify(error, signal, timeout);
            }
            const wait = this.waitBefore(failure, attempt);
            if (wait === undefined)
                throw new GitHubApiError(failure, attempt);
            this.retries++;
            await this.sleep(wait);
        }
    }
    /** How long to wait before retrying, or undefined to give up. */
    waitBefore(failure, attempt) {
        if (!isTransient(failure))
            return undefined;
        if (attempt >= this.policy.maxAttemptsPerCall || this.retries >= this.policy.maxRetriesPerRun)
            return undefined;
        let wait;
        if (failure.kind === 'http' && failure.retryAfterMs !== undefined) {
            // GitHub said when: never earlier, and not at all if that is too far off.
            if (failure.retryAfterMs > this.policy.maxDelayMs)
                return undefined;
            wait = failure.retryAfterMs;
        }
        else if (failure.kind === 'http' && failure.rateLimited) {
            // A secondary rate limit without a time: GitHub asks for at least a minute.
            return undefined;
        }
        else {
            const backoff = this.policy.baseDelayMs * 2 ** (attempt - 1);
            wait = Math.min(this.policy.maxDelayMs, backoff / 2 + (this.random() * backoff) / 2);
        }
        if (wait + MIN_REQUEST_MS > this.remaining())
            return undefined;
        return wait;
    }
    /** Turns whatever octokit threw into an ApiFailure, keeping only status, GitHub's message and timing headers. */
    classify(error, signal, timeout) {
        const e = error;
        const response = e?.response;
        if (response && typeof response.status === 'number') {
            const headers = response.headers ?? {};
            const retryAfterMs = retryAfter(headers['retry-after'], this.now());
            const exhausted = String(headers['x-ratelimit-remaining'] ?? '') === '0';
            const status = response.status;
            // 429 always is one; a 403 is one when it says when to come back or that nothing is left.
            const rateLimited = status === 429 || (status === 403 && (retryAfterMs !== undefined || exhausted));
            let waitMs = retryAfterMs;
            if (waitMs === undefined && exhausted) {
                const reset = Number(headers['x-ratelimit-reset']);
                if (Number.isFinite(reset) && reset > 0)
                    waitMs = Math.max(0, reset * 1000 - this.now());
            }
            const failure = {
                kind: 'http',
                status,
                message: this.clean(messageOf(response.data)),
                rateLimited,
            };
            if (waitMs !== undefined)
                failure.retryAfterMs = waitMs;
            return failure;
        }
        if (signal.aborted) {
            return timeout < this.policy.requestTimeoutMs
                ? {
                    kind: 'timeout',
                    message: `GitHub did not answer before the ${formatSeconds(this.deadlineMs)} allowed for API calls ran out`,
                }
                : { kind: 'timeout', message: `GitHub did not answer within ${formatSeconds(timeout)}` };
        }
        return { kind: 'network', message: this.clean(networkMessage(error)) };
    }
    /** Text from the server or the network stack, made fit for one log line and free of the token. */
    clean(text) {
        let line = text
            .replace(/[\u0000-\u001f\u007f]+/g, ' ')
            .replace(/\s+/g, ' ')
            .trim();
        if (this.token)
            line = line.split(this.token).join('***');
        return line.length > 200 ? `${line.slice(0, 199)}\u2026` : line;
    }
}
function toComment(data) {
    const c = (data ?? {});
    const comment = {
        id: Number(c.id),
        body: typeof c.body === 'string' ? c.body : '',
        htmlUrl: typeof c.html_url === 'string' ? c.html_url : '',
    };
    if (typeof c.user?.type === 'string')
        comment.userType = c.user.type;
    if (typeof c.user?.login === 'string')
        comment.login = c.user.login;
    return comment;
}
/** The `page` of the `rel="last"` link, as GitHub paginates. */
function lastPageOf(link) {
    if (typeof link !== 'string')
        return undefined;
    for (const part of link.split(',')) {
        const match = /<([^>]*)>\s*;\s*rel="?last"?/.exec(part);
        if (!match)
            continue;
        try {
            const page = Number(new URL(match[1]).searchParams.get('page'));
            return Number.isInteger(page) && page > 0 ? page : undefined;
        }
        catch {
            return undefined;
        }
    }
    return undefined;
}
/** `retry-after` in milliseconds: delta-seconds or an HTTP date. */
function retryAfter(value, now) {
    if (typeof value !== 'string' && typeof value !== 'number')
        return undefined;
    const text = String(value).trim();
    if (/^\d+$/.test(text))
        return Number(text) * 1000;
    const date = Date.parse(text);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
function messageOf(data) {
    if (typeof data === 'string')
        return data;
    if (data &&
        typeof data === 'object' &&
        typeof data.message === 'string')
        return data.message;
    return '';
}
function networkMessage(error) {
    const e = error;
    const code = e?.cause && typeof e.cause.code === 'string' ? e.cause.code : undefined;
    const message = typeof e?.message === 'string' ? e.message : 'unknown error';
    return code && !message.includes(code) ? `${message}, ${code}` : message;
}
function formatSeconds(ms) {
    return ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${Math.round(ms)} ms`;
}

;// CONCATENATED MODULE: ./src/github/pr-comment.ts


/** Pages of 100 comments looked at, at most: the first one and the newest ones. */
const MAX_LIST_PAGES = 3;
/**
 * The most requests one run makes: MAX_LIST_PAGES lists and one create or update, plus the retries
 * the policy allows over the whole run.
 */
function maxApiCalls(policy = {}) {
    return MAX_LIST_PAGES + 1 + (policy.maxRetriesPerRun ?? 3);
}
async function publishPrComment(report, options) {
    const { context, mode } = options;
    const pr = context.pullRequest;
    if (mode === 'never' || !pr)
        return { action: 'skipped', apiCalls: 0 };
    if (!context.repository) {
        return {
            action: 'skipped',
            apiCalls: 0,
            warning: 'coexist did not comment on the pull request: GITHUB_REPOSITORY is not set, so the repository is unknown. The check result is not affected.',
        };
    }
    if (!options.token) {
        return {
            action: 'skipped',
            apiCalls: 0,
            warning: 'coexist did not comment on the pull request: the github-token input is empty. The default, `${{ github.token }}`, works once the job has `permissions: pull-requests: write`.',
        };
    }
    const issue = {
        owner: context.repository.owner,
        repo: context.repository.repo,
        issueNumber: pr.number,
    };
    let client;
    let step = 'look for its comment on';
    try {
        client = new GitHubClient({
            token: options.token,
            apiUrl: context.apiUrl,
            deadlineMs: options.deadlineMs,
            ...(options.retryPolicy ? { policy: options.retryPolicy } : {}),
        });
        const attention = (0,pr_comment/* needsAttention */.e_)(report);
        const found = await findComment(client, issue);
        const links = linksOf(context);
        const body = attention || mode === 'always'
            ? (0,pr_comment.renderPrComment)(report, links)
            : (0,pr_comment/* renderAllClear */.Dr)(report, links);
        const calls = () => client?.apiCalls ?? 0;
        if (found.comment) {
            if (found.comment.body === body)
                return { action: 'unchanged', commentUrl: found.comment.htmlUrl, apiCalls: calls() };
            step = 'update its comment on';
            const updated = await client.updateComment(issue, found.comment.id, body);
            return {
                action: 'updated',
                commentUrl: updated.htmlUrl || found.comment.htmlUrl,
                apiCalls: calls(),
            };
        }
        // No comment yet: `auto` leaves a clean pull request alone.
        if (!attention && mode === 'auto')
            return { action: 'skipped', apiCalls: calls() };
        if (!found.complete) {
            return {
                action: 'skipped',
                apiCalls: calls(),
                warning: `coexist did not comment on pull request #${pr.number}: it has more than ${MAX_LIST_PAGES * 100} comments, and coexist reads only the first 100 and the newest ${(MAX_LIST_PAGES - 1) * 100}, ` +
                    'where its comment is not; it adds no comment that could be a second one. The job summary has the report, and the check result is not affected.',
            };
        }
        step = 'comment on';
        const created = await client.createComment(issue, body);
        return { action: 'created', commentUrl: created.htmlUrl, apiCalls: calls() };
    }
    catch (error) {
        return {
            action: 'failed',
            apiCalls: client?.apiCalls ?? 0,
            warning: warningFor(error, step, options),
        };
    }
}
/**
 * coexist's comment: a Bot's comment whose first line is the marker (so a person quoting the marker
 * is never edited). Reads the first page, which says how many there are, then the newest pages,
 * at most MAX_LIST_PAGES in all, and stops at the first page that has it. Of several on that page,
 * the oldest is the one kept up to date.
 */
async function findComment(client, issue) {
    const first = await client.listComments(issue, 1);
    const last = first.lastPage ?? 1;
    const complete = last <= MAX_LIST_PAGES;
    let comments = first.comments;
    let read = 1;
    for (let page = last;; page--) {
        const ours = comments
            .filter((c) => c.userType === 'Bot' && (0,pr_comment/* isPrCommentBody */.Ub)(c.body) && Number.isSafeInteger(c.id))
            .sort((a, b) => a.id - b.id);
        if (ours[0])
            return { comment: ours[0], complete };
        if (page <= 1 || read >= MAX_LIST_PAGES)
            return { complete };
        comments = (await client.listComments(issue, page)).comments;
        read++;
    }
}
/** The run link, and links from each finding to its line at the pull request's head. */
function linksOf(context) {
    const links = {};
    if (context.runUrl)
        links.runUrl = context.runUrl;
    const { repository, pullRequest } = context;
    if (repository && pullRequest && /^[0-9a-f]{7,64}$/i.test(pullRequest.headSha)) {
        links.blobUrl = `${context.serverUrl.replace(/\/+$/, '')}/${encodeURIComponent(repository.owner)}/${encodeURIComponent(repository.repo)}/blob/${pullRequest.headSha}/`;
    }
    return links;
}
const PERMISSION = 'Add `permissions: pull-requests: write` to the job (or the workflow), or set `pr-comment: never` to go without the comment.';
const FORK = 'This pull request comes from a fork: on `pull_request` events GitHub gives workflows from forks a read-only token, whatever `permissions:` asks for. ' +
    'To comment on such pull requests, post the comment from a separate `workflow_run` workflow (it runs with the base repository\u2019s token), or accept no comment (`pr-comment: never` silences this).';
/** One warning that says what failed and what to change. Built from the status and GitHub's message only. */
function warningFor(error, step, options) {
    const pr = options.context.pullRequest;
    const where = `pull request #${pr?.number ?? '?'}`;
    const tail = 'The check result is not affected.';
    if (!(error instanceof GitHubApiError)) {
        // Not an API answer: a bug or an environment problem. Its name only; messages can carry anything.
        const name = error instanceof Error ? error.name : typeof error;
        return `coexist could not ${step} ${where}: unexpected ${name}. ${tail}`;
    }
    const { failure, attempts } = error;
    const what = describeFailure(failure);
    if (failure.kind === 'http' && !failure.rateLimited) {
        const { status } = failure;
        const readOnlyFork = pr?.fromFork === true && options.context.eventName === 'pull_request';
        if (status === 401)
            return `coexist could not ${step} ${where}: ${what}. The token was refused; check the github-token input (the default is \`\${{ github.token }}\`). ${tail}`;
        if (status === 403)
            return `coexist could not ${step} ${where}: ${what}. ${readOnlyFork ? FORK : `The token may not write pull request comments. ${PERMISSION}`} ${tail}`;
        if (status === 404) {
            return `coexist could not ${step} ${where}: ${what}. The token cannot see this pull request; use the workflow's own token (github-token's default) and ${PERMISSION.charAt(0).toLowerCase()}${PERMISSION.slice(1)}${readOnlyFork ? ` ${FORK}` : ''} ${tail}`;
        }
        if (status === 422)
            return `coexist could not ${step} ${where}: ${what}. GitHub refused the request as invalid. ${readOnlyFork ? FORK : PERMISSION} ${tail}`;
        if (status < 500 && status !== 408 && status !== 429)
            return `coexist could not ${step} ${where}: ${what}. ${tail}`;
    }
    const tries = attempts > 1 ? ` after ${attempts} attempts` : '';
    return `coexist could not ${step} ${where}${tries}: ${what}. This looks temporary (GitHub unavailable, rate-limited or slow); the next run updates the comment. ${tail}`;
}


/***/ }),

/***/ 5454:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dr: () => (/* binding */ renderAllClear),
/* harmony export */   Ub: () => (/* binding */ isPrCommentBody),
/* harmony export */   e_: () => (/* binding */ needsAttention),
/* harmony export */   renderPrComment: () => (/* binding */ renderPrComment)
/* harmony export */ });
/* unused harmony exports PR_COMMENT_MARKER, GITHUB_COMMENT_LIMIT, PR_COMMENT_MAX_LENGTH, prCommentReporter */
/* harmony import */ var _core_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7);
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
    const counts = (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .countFindings */ .Gt)(report);
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
    const counts = (0,_core_check_js__WEBPACK_IMPORTED_MODULE_0__/* .countFindings */ .Gt)(report);
    const lines = [
        PR_COMMENT_MARKER,
        '## \u2705 coexist: all clear',
        '',
        `The errors and warnings coexist reported on this pull request are gone: ${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(counts.pairs, 'pair')} checked, none with an error or a warning${counts.notices > 0 ? ` (${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(counts.notices, 'notice')} ${counts.notices === 1 ? 'remains' : 'remain'}, see the job summary)` : ''}.`,
        '',
        ...(0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .allowEmptyNote */ .T8)(report),
    ];
    if (counts.preexisting > 0) {
        lines.push(`${PREEXISTING} ${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(counts.preexisting, 'finding')} already in the base commit ${baseRevision(report)}${counts.preexisting === 1 ? 'does' : 'do'} not count; the job summary lists them.`, '');
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
    return report.baseline ? `${(0,_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .baseRevisionCode */ .EH)(report.baseline.revision)} ` : '';
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
