export const id = 203;
export const ids = [203];
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
            ? (0,pr_comment/* renderPrComment */.Q1)(report, links)
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


/***/ })

};
