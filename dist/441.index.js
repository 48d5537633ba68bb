export const id = 441;
export const ids = [441];
export const modules = {

/***/ 7771:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t: () => (/* binding */ GithubClient),
  $: () => (/* binding */ githubGetter)
});

// EXTERNAL MODULE: ./src/registry/failures.ts
var failures = __webpack_require__(9280);
// EXTERNAL MODULE: ./src/registry/json.ts
var json = __webpack_require__(349);
// EXTERNAL MODULE: ./src/transport/body.ts
var body = __webpack_require__(2357);
// EXTERNAL MODULE: ./src/transport/deadline.ts
var transport_deadline = __webpack_require__(2301);
// EXTERNAL MODULE: ./src/transport/hosts.ts
var hosts = __webpack_require__(8514);
;// CONCATENATED MODULE: ./src/github/capped-fetch.ts
/**
 * A fetch whose response bodies stop at a cap. Octokit reads whole bodies
 * and swallows read errors (an unreadable JSON body becomes ''), so the cap
 * is reported through `state` rather than thrown.
 *
 * Part of the GitHub client (client.ts), for every request it sends.
 */
/**
 * The largest GitHub API answer read: a page of 100 pull requests with 64 KiB
 * bodies fits, with room (a page of 100 packages is a few hundred KiB).
 */
const MAX_GITHUB_ANSWER_BYTES = 16 * 1024 * 1024;
function cappedFetch(fetch, state, maxBytes = MAX_GITHUB_ANSWER_BYTES) {
    return async (input, init) => {
        const response = await fetch(input, init);
        if (!response.body)
            return response;
        let read = 0;
        const capped = response.body.pipeThrough(new TransformStream({
            transform(chunk, controller) {
                read += chunk.byteLength;
                if (read <= maxBytes)
                    return controller.enqueue(chunk);
                state.tooLarge = true;
                controller.error(new Error('body too large'));
            }
        }));
        const { status, statusText, headers } = response;
        return new Response(capped, { status, statusText, headers });
    };
}

// EXTERNAL MODULE: ./src/transport/headers.ts
var headers = __webpack_require__(4403);
// EXTERNAL MODULE: ./src/transport/retry.ts
var retry = __webpack_require__(2211);
// EXTERNAL MODULE: ./src/github/errors.ts
var errors = __webpack_require__(3116);
;// CONCATENATED MODULE: ./src/github/client-waits.ts




/** Waits for GitHub's secondary rate limit: this many at most, each no longer than the cap. */
const MAX_LIMIT_WAITS = 2;
const MAX_LIMIT_WAIT_MS = 120_000;
/** When a secondary limit names no wait, GitHub's advice is at least a minute. */
const DEFAULT_LIMIT_WAIT_MS = 60_000;
/** Retries of a 5xx, for requests that are safe to repeat. */
const MAX_SERVER_RETRIES = 2;
/** The waits and retries one request has left. */
class RequestWaits {
    policy;
    limitWaits = 0;
    serverRetries = 0;
    constructor(policy) {
        this.policy = policy;
    }
    /** True when the request is to be sent again (after the wait); false to keep this answer. */
    async again(method, url, answer) {
        const { maxLimitWaits = MAX_LIMIT_WAITS, maxServerRetries = MAX_SERVER_RETRIES } = this.policy;
        const what = `${method} ${answer.path} answered ${answer.status}`;
        if ((0,errors/* isSecondaryLimit */.gp)(answer)) {
            if (this.limitWaits >= maxLimitWaits)
                return false;
            const ms = (0,headers/* retryAfterMs */.V)(answer.headers) ?? DEFAULT_LIMIT_WAIT_MS;
            return this.wait(ms, `${what}: GitHub's secondary rate limit`, ++this.limitWaits);
        }
        if (answer.status >= 500 && repeatable(method, url)) {
            if (this.serverRetries >= maxServerRetries)
                return false;
            return this.wait((0,retry/* backoffMs */.jo)(++this.serverRetries), what, this.serverRetries);
        }
        return false;
    }
    /** False when the wait is longer than the cap or than what is left of the step. */
    async wait(ms, why, retry) {
        const deadline = this.policy.deadline ?? transport_deadline/* NO_DEADLINE */.ji;
        if (ms > MAX_LIMIT_WAIT_MS || ms >= deadline.remainingMs())
            return false;
        this.policy.log.info(`${why}; retrying in ${(0,transport_deadline/* formatSeconds */.Xo)(ms)} (retry ${retry})`);
        await sleep(ms);
        return true;
    }
}
/**
 * When the next write may go, for the whole process: every client shares
 * it, so many pull requests in one run are spaced too.
 */
let nextWriteAt = 0;
/** Takes the next slot at once (so concurrent callers queue), then waits for it. */
async function spaceWrites(spacingMs) {
    const now = Date.now();
    const at = Math.max(now, nextWriteAt);
    nextWriteAt = at + spacingMs;
    if (at > now)
        await sleep(at - now);
}
/** Reads, edits and content-addressed objects may be sent twice; a ref or a pull request may not. */
function repeatable(method, url) {
    return method !== 'POST' || /\/git\/(blobs|trees|commits)$/.test(url);
}
const sleep = (ms) => new Promise(resolve => setTimeout(resolve, ms));

;// CONCATENATED MODULE: ./src/github/client.ts








class GithubClient {
    request;
    fetch;
    options;
    constructor(request, fetch, options) {
        this.request = request;
        this.fetch = fetch;
        this.options = options;
    }
    static async open(options) {
        // One after the other: jest's ESM loader fails on parallel imports sharing modules.
        const { getOctokit } = await Promise.all(/* import() */[__webpack_require__.e(809), __webpack_require__.e(351)]).then(__webpack_require__.bind(__webpack_require__, 1351));
        const { defaults, GitHub } = await __webpack_require__.e(/* import() */ 809).then(__webpack_require__.bind(__webpack_require__, 6809));
        const proxyFetch = (defaults.request?.fetch ?? globalThis.fetch);
        const settings = { baseUrl: options.baseUrl, log: octokitLog(options.log) };
        // No token: anonymous (public release notes from github.com), no Authorization at all.
        const octokit = options.token ? getOctokit(options.token, settings) : new GitHub(settings);
        return new GithubClient(octokit.request, proxyFetch, options);
    }
    /**
     * One request (`url`: a path under the base URL, or an absolute URL on
     * it), with the bounded waits and retries; any status comes back.
     */
    async send(method, url, body) {
        const waits = new RequestWaits(this.options);
        for (;;) {
            if (method !== 'GET')
                await spaceWrites(this.options.writeSpacingMs ?? 0);
            const answer = await this.once(method, url, body);
            if (!(await waits.again(method, url, answer)))
                return answer;
        }
    }
    async once(method, url, data) {
        const { deadline = transport_deadline/* NO_DEADLINE */.ji, timeoutMs, log } = this.options;
        const path = shownPath(url);
        const doing = `waiting for ${method} ${path}`;
        deadline.check(doing);
        const byDeadline = deadline.remainingMs() <= timeoutMs;
        const signal = AbortSignal.timeout(Math.min(timeoutMs, deadline.remainingMs()));
        const state = { tooLarge: false };
        const fetch = cappedFetch(this.fetch, state);
        const request = { signal, redirect: 'manual', fetch, log: octokitLog(log) };
        let answer;
        try {
            const response = await this.request({ method, url, request, ...(data && { data }) });
            const { status, headers, data: read } = response;
            answer = { method, path, status, headers: textHeaders(headers), data: read };
        }
        catch (error) {
            answer = httpAnswer(error, method, path);
            if (!answer && !signal.aborted)
                throw errors/* GithubUnansweredError */.AJ.unreachable(path, error);
        }
        if (signal.aborted) {
            if (byDeadline)
                throw deadline.error(doing);
            throw errors/* GithubUnansweredError */.AJ.timeout(path, timeoutMs);
        }
        if (state.tooLarge)
            throw errors/* GithubUnansweredError */.AJ.tooLarge(path);
        log.debug(`GitHub API: ${method} ${path} → ${answer.status}`);
        return answer;
    }
}
/** What a request is shown as: a path without its query, an absolute URL redacted. */
function shownPath(url) {
    return /^[a-z][a-z0-9+.-]*:/i.test(url) ? (0,hosts/* redactUrl */.BO)(url) : (url.split('?')[0] ?? url);
}
/** Octokit's own words (deprecation notices) go to the debug log, never to stdout. */
function octokitLog(log) {
    const debug = (message) => log.debug(`GitHub API: ${message}`);
    return { debug, info: debug, warn: debug, error: debug };
}
/** Octokit's RequestError for an HTTP answer (it has a response); undefined for network failures. */
function httpAnswer(error, method, path) {
    if (!(0,json/* isRecord */.u4)(error) || !(0,json/* isRecord */.u4)(error['response']))
        return undefined;
    const { status, headers, data } = error['response'];
    if (typeof status !== 'number' || !(0,json/* isRecord */.u4)(headers))
        return undefined;
    return { method, path, status, headers: textHeaders(headers), data };
}
function textHeaders(headers) {
    const text = {};
    for (const [name, value] of Object.entries(headers)) {
        if (typeof value === 'string' || typeof value === 'number')
            text[name] = String(value);
    }
    return text;
}
/**
 * GETs of absolute URLs on `apiUrl` with the token, for the packages API:
 * no waits or retries (a listing fails at once, with what GitHub said),
 * and a request without an answer is a RegistryError naming the URL.
 */
async function githubGetter(options, token, apiUrl) {
    const { log, deadline, requestTimeoutMs: timeoutMs } = options;
    const client = await GithubClient.open({
        ...{ baseUrl: apiUrl, token, log, deadline, timeoutMs },
        ...{ maxLimitWaits: 0, maxServerRetries: 0 }
    });
    return async (url) => {
        try {
            return { url, ...(await client.send('GET', url)) };
        }
        catch (error) {
            throw error instanceof errors/* GithubUnansweredError */.AJ ? registryError(error, url, timeoutMs) : error;
        }
    };
}
function registryError(failure, url, timeoutMs) {
    if (failure.kind === 'too-large') {
        return new failures/* RegistryError */.gl(`GET ${(0,hosts/* redactUrl */.BO)(url)} answered more than ${(0,body/* formatBytes */.z3)(MAX_GITHUB_ANSWER_BYTES)}; refusing to read a response that large.`, { kind: 'protocol' });
    }
    const reason = failure.kind === 'timeout'
        ? `it did not answer within ${(0,transport_deadline/* formatSeconds */.Xo)(timeoutMs)}`
        : failure.reason;
    return new failures/* RegistryError */.gl(`Could not reach the GitHub API at ${(0,hosts/* redactUrl */.BO)(url)}: ${reason}. ${errors/* NETWORK_ADVICE */.Uy}`, { kind: 'unreachable', cause: failure.cause });
}


/***/ }),

/***/ 3116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AJ: () => (/* binding */ GithubUnansweredError),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   Uy: () => (/* binding */ NETWORK_ADVICE),
/* harmony export */   a5: () => (/* binding */ isRateLimit),
/* harmony export */   gp: () => (/* binding */ isSecondaryLimit),
/* harmony export */   gv: () => (/* binding */ unansweredMessage),
/* harmony export */   x_: () => (/* binding */ serverMessage)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _registry_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(349);
/* harmony import */ var _transport_deadline_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2301);
/* harmony import */ var _text_escape_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7388);
/**
 * What every caller of the GitHub REST API reads alike: the answer's shape,
 * GitHub's own message in an error body, whether an answer is a rate limit,
 * and a request that got no answer to read. Each caller words its own
 * failure from these (the packages listing as a registry error, the pull
 * requests with the step they were on).
 */




/**
 * A request that got no answer to read: the network failed, the request's
 * own timeout passed (the step's deadline is a DeadlineError instead), or
 * the answer was larger than the cap. `reason` says which, in a few words.
 */
class GithubUnansweredError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l {
    kind;
    path;
    reason;
    constructor(kind, 
    /** As ApiAnswer's path: safe to show. */
    path, reason, cause) {
        super(`The GitHub API (${path}) failed: ${reason}.`, { cause, temporary: true });
        this.kind = kind;
        this.path = path;
        this.reason = reason;
    }
    static unreachable(path, cause) {
        const reason = cause instanceof Error ? cause.message : String(cause);
        return new GithubUnansweredError('unreachable', path, reason, cause);
    }
    static timeout(path, timeoutMs) {
        return new GithubUnansweredError('timeout', path, `no answer within ${(0,_transport_deadline_js__WEBPACK_IMPORTED_MODULE_2__/* .formatSeconds */ .Xo)(timeoutMs)}`);
    }
    static tooLarge(path) {
        return new GithubUnansweredError('too-large', path, 'the answer was too large');
    }
}
const NETWORK_ADVICE = 'Check GITHUB_API_URL, that this runner can reach it, and proxy settings (HTTPS_PROXY, NO_PROXY).';
/** `Could not <doing> in <repository>: the GitHub API (<path>) failed: <reason>. Check …` */
function unansweredMessage(doing, repository, failure) {
    return `Could not ${doing} in ${repository}: the GitHub API (${failure.path}) failed: ${failure.reason}. ${NETWORK_ADVICE}`;
}
/** `message` of GitHub's error body, as one short line (the server's text is untrusted). */
function serverMessage(data) {
    const message = (0,_registry_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(data) ? data['message'] : undefined;
    return typeof message === 'string' ? oneLine(message) : '';
}
/** Untrusted text from GitHub as one short line, without its closing full stop. */
function oneLine(text) {
    return (0,_text_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .serverText */ .Tn)(text.trim().replace(/\.$/, ''));
}
/** A rate limit of either kind: the hourly one used up, or a secondary limit. */
function isRateLimit({ headers, data }) {
    return (headers['x-ratelimit-remaining'] === '0' ||
        headers['retry-after'] !== undefined ||
        /rate limit/i.test(serverMessage(data)));
}
/** A secondary limit, not the hourly one (that one is not waited for: it lasts up to an hour). */
function isSecondaryLimit(answer) {
    return ((answer.status === 403 || answer.status === 429) &&
        answer.headers['x-ratelimit-remaining'] !== '0' &&
        isRateLimit(answer));
}


/***/ }),

/***/ 4290:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ branchName),
/* harmony export */   s: () => (/* binding */ BRANCH_PREFIX)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The branch each pull request lives on: `registry-tags/<image>`, or
 * `registry-tags/all` with `group`. One path component after the prefix, so
 * no image's branch can be a directory of another's (git cannot hold both
 * `registry-tags/ghcr.io/o` and `registry-tags/ghcr.io/o/app`).
 */

const BRANCH_PREFIX = 'registry-tags/';
/** The longest name after the prefix; longer keys are cut and keep a hash of the whole. */
const MAX_NAME = 100;
/**
 * A name `git check-ref-format --branch` accepts: lower case, letters,
 * digits, `.`, `_` and `-` only (`/` and `:` become `-`), no `..`, no part
 * starting with `.` or `-`, no `.lock` or `.` at the end.
 */
function branchName(key) {
    let name = key
        .toLowerCase()
        .replace(/[^a-z0-9._-]+/g, '-')
        .replace(/\.{2,}/g, '.')
        .replace(/^[.-]+/, '')
        .replace(/[.-]+$/, '');
    if (name.endsWith('.lock'))
        name = `${name.slice(0, -5)}-lock`;
    if (name.length > MAX_NAME) {
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(key).digest('hex').slice(0, 10);
        name = `${name.slice(0, MAX_NAME - 11).replace(/[.-]+$/, '')}-${hash}`;
    }
    return `${BRANCH_PREFIX}${name || 'image'}`;
}


/***/ }),

/***/ 3349:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ PullRequestClient)
/* harmony export */ });
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7771);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3116);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7913);



class PullRequestClient {
    github;
    facts;
    constructor(github, facts) {
        this.github = github;
        this.facts = facts;
    }
    static async open(options) {
        return new PullRequestClient(await _client_js__WEBPACK_IMPORTED_MODULE_0__/* .GithubClient */ .t.open(options), options.facts);
    }
    /** The answer when its status is one of `ok`; else the explained error. */
    async call(step, method, path, body, ok = [200, 201]) {
        const answer = await this.send(step, method, path, body);
        if (ok.includes(answer.status))
            return answer;
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .explainAnswer */ .iJ)(answer, step, this.facts);
    }
    /** One request, with the client's bounded waits and retries; any status comes back. */
    async send(step, method, path, body) {
        try {
            return await this.github.send(method, path, body);
        }
        catch (error) {
            if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GithubUnansweredError */ .AJ))
                throw error;
            const message = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .unansweredMessage */ .gv)(step.doing, this.facts.repository, error);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PullRequestError */ .v6(message, { kind: 'unreachable', cause: error.cause });
        }
    }
}


/***/ }),

/***/ 3427:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T8: () => (/* binding */ splitRepository),
/* harmony export */   hW: () => (/* binding */ githubContextFrom),
/* harmony export */   sH: () => (/* binding */ baseBranch),
/* harmony export */   tj: () => (/* binding */ apiBaseUrl)
/* harmony export */ });
/* unused harmony export DEFAULT_API_URL */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _transport_hosts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8514);
/* harmony import */ var _branch_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4290);
/**
 * Where the pull request goes, from a workflow run's environment:
 * GITHUB_API_URL (GitHub Enterprise Server's `/api/v3` honoured),
 * GITHUB_REPOSITORY and GITHUB_REF, and the `github-token` input.
 */



const DEFAULT_API_URL = 'https://api.github.com';
const REPOSITORY_RE = /^([A-Za-z0-9-]{1,39})\/([A-Za-z0-9._-]{1,100})$/;
function githubContextFrom(env, token) {
    if (!token.trim()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e('github-token', 'is empty, and pull requests need one. Leave it at its default (`${{ github.token }}`) and give the job `permissions: contents: write` and `pull-requests: write`, or pass a token that may write to the repository.');
    }
    const repository = env['GITHUB_REPOSITORY']?.trim() ?? '';
    if (!repository) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l("GITHUB_REPOSITORY is not set, so there is no repository to open a pull request in. 'pull-request: true' works in a GitHub Actions run, which sets it to 'owner/name'.");
    }
    const ref = env['GITHUB_REF']?.trim();
    const context = {
        apiUrl: env['GITHUB_API_URL']?.trim() || DEFAULT_API_URL,
        repository,
        token: token.trim(),
        ...(ref && { ref })
    };
    apiBaseUrl(context);
    splitRepository(context.repository);
    return context;
}
/**
 * The API's base URL without a trailing slash: https, or plain http on
 * loopback only (the token goes with every request), and no user info.
 */
function apiBaseUrl(context) {
    let url;
    try {
        url = new URL(context.apiUrl.trim());
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l(`GITHUB_API_URL '${(0,_transport_hosts_js__WEBPACK_IMPORTED_MODULE_1__/* .redactUrl */ .BO)(context.apiUrl)}' is not a URL.`);
    }
    const plainLoopback = url.protocol === 'http:' && (0,_transport_hosts_js__WEBPACK_IMPORTED_MODULE_1__/* .isLoopbackHost */ .cW)(url.host);
    if ((url.protocol !== 'https:' && !plainLoopback) || url.username || url.password) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l(`GITHUB_API_URL must be an https URL without user info (got ${(0,_transport_hosts_js__WEBPACK_IMPORTED_MODULE_1__/* .redactUrl */ .BO)(url.href)}): the token would travel in clear. Plain http is only allowed on loopback.`);
    }
    if (url.search || url.hash) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l(`GITHUB_API_URL must not carry a query or fragment (got ${(0,_transport_hosts_js__WEBPACK_IMPORTED_MODULE_1__/* .redactUrl */ .BO)(url.href)}).`);
    }
    return url.href.replace(/\/+$/, '');
}
function splitRepository(repository) {
    const match = REPOSITORY_RE.exec(repository);
    if (!match?.[1] || !match[2] || match[2] === '.' || match[2] === '..') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l(`GITHUB_REPOSITORY must be 'owner/name' (got '${repository.slice(0, 200)}').`);
    }
    return { owner: match[1], name: match[2] };
}
/**
 * The branch the pull request merges into: the run's branch when it runs
 * on one (`refs/heads/x`), unless that is one of this action's own
 * branches; otherwise (tags, pull request refs, no ref) the default branch.
 */
function baseBranch(ref, defaultBranch) {
    const branch = ref?.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : '';
    return branch && !branch.startsWith(_branch_js__WEBPACK_IMPORTED_MODULE_2__/* .BRANCH_PREFIX */ .s) ? branch : defaultBranch;
}


/***/ }),

/***/ 7913:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JW: () => (/* binding */ protocolError),
/* harmony export */   iJ: () => (/* binding */ explainAnswer),
/* harmony export */   v6: () => (/* binding */ PullRequestError)
/* harmony export */ });
/* unused harmony export ACTIONS_SETTING */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _registry_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(349);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3116);
/**
 * GitHub's answers to the pull-request step turned into one message each:
 * what was being done, what came back, and the one thing to change (a job
 * permission, the Actions setting, the token).
 */



class PullRequestError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l {
    kind;
    status;
    constructor(message, options) {
        const temporary = ['rate-limited', 'server', 'unreachable'].includes(options.kind);
        super(message, { cause: options.cause, temporary });
        this.kind = options.kind;
        if (options.status !== undefined)
            this.status = options.status;
    }
}
const ACTIONS_SETTING = 'Turn on "Allow GitHub Actions to create and approve pull requests" (repository Settings → Actions → General → Workflow permissions; in an organisation, its Actions settings first), or pass a personal access token or GitHub App token as `github-token`.';
const TOKEN_ADVICE = 'pass `github-token: ${{ secrets.GITHUB_TOKEN }}` (the default), or a token that can write to this repository';
const WORKFLOWS_ADVICE = 'The changes include workflow files (.github/workflows/), which GITHUB_TOKEN may never change: pass a fine-grained token with "Workflows: write" or a classic token with the `workflow` scope as `github-token`.';
/** The one message for an answer the step cannot go on from. */
function explainAnswer(answer, step, facts) {
    const said = (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .serverMessage */ .x_)(answer.data);
    const asked = `Could not ${step.doing} in ${facts.repository}: ${answer.method} ${answer.path} answered ${answer.status}${said ? ` (${said})` : ''}.`;
    const [kind, advice] = adviceFor(answer, step, facts, said);
    return new PullRequestError(`${asked} ${advice}`, { kind, status: answer.status });
}
function adviceFor(answer, step, facts, said) {
    const { status, headers } = answer;
    if (/not permitted to create or approve pull requests/i.test(said)) {
        return [
            'actions-disabled',
            `GitHub Actions may not open pull requests here. ${ACTIONS_SETTING}`
        ];
    }
    if ((status === 403 || status === 429) && (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isRateLimit */ .a5)(answer))
        return rateLimited(answer);
    if (status === 401) {
        return [
            'unauthorized',
            `The token was refused: it is wrong, expired or revoked; ${TOKEN_ADVICE}.`
        ];
    }
    if (status === 403 && headers['x-github-sso']) {
        return ['denied', "Authorize the token for the organisation's SAML single sign-on."];
    }
    const workflows = facts.touchesWorkflows && step.needs === 'contents' ? ` ${WORKFLOWS_ADVICE}` : '';
    if (status === 403)
        return ['denied', `${permissionAdvice(step.needs)}${workflows}`];
    if (status === 404)
        return ['not-found', `${notFoundAdvice(step, facts)}${workflows}`];
    if (status === 422)
        return ['refused', `${validation(answer.data)}${workflows}`.trim()];
    if (status >= 500)
        return ['server', 'GitHub is failing; try again later.'];
    if (status >= 300 && status < 400) {
        return [
            'unexpected',
            'Redirects are not followed (the token would go with them); check GITHUB_API_URL.'
        ];
    }
    return ['unexpected', 'This is not an answer that endpoint defines; check GITHUB_API_URL.'];
}
function permissionAdvice(needs) {
    if (needs === 'contents') {
        return 'The token may not write to the repository: give the job `permissions: contents: write` (with a personal access token: the repo scope, or "Contents: write").';
    }
    if (needs === 'pull-requests') {
        return 'The token may not manage pull requests: give the job `permissions: pull-requests: write` (with a fine-grained token: "Pull requests: write").';
    }
    return `The token may not read the repository; ${TOKEN_ADVICE}.`;
}
function notFoundAdvice(step, facts) {
    if (step.needs === 'read') {
        return `Either ${facts.repository} does not exist at this GITHUB_API_URL, or the token cannot see it (GitHub answers 404 rather than 403 then): check GITHUB_REPOSITORY and GITHUB_API_URL, and that the token has access to this repository.`;
    }
    return `GitHub answers 404 when the token may not write here: ${permissionAdvice(step.needs)}`;
}
/** 422: GitHub's own reasons (`errors[].message`), e.g. a pull request that already exists. */
function validation(data) {
    const errors = (0,_registry_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(data) && Array.isArray(data['errors']) ? data['errors'] : [];
    const reasons = errors
        .map(e => ((0,_registry_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(e) && typeof e['message'] === 'string' ? (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .TN)(e['message']) : ''))
        .filter(Boolean)
        .slice(0, 3);
    return reasons.length ? `GitHub refused it: ${reasons.join('; ')}.` : '';
}
function rateLimited({ headers }) {
    const reset = Number(headers['x-ratelimit-reset']);
    if (headers['x-ratelimit-remaining'] === '0' && Number.isFinite(reset) && reset > 0) {
        const at = new Date(reset * 1000).toISOString();
        return [
            'rate-limited',
            `The GitHub API rate limit is used up; it resets at ${at}. Try again then.`
        ];
    }
    return [
        'rate-limited',
        "GitHub's secondary rate limit (too many writes in a short time) held through the waits this step allows. Try again in a few minutes; with many images, `group: true` makes fewer writes."
    ];
}
/** An answer whose body is not what the endpoint defines. */
function protocolError(step, facts, what) {
    return new PullRequestError(`Could not ${step.doing} in ${facts.repository}: GitHub answered ${what}. Check GITHUB_API_URL.`, { kind: 'protocol' });
}


/***/ }),

/***/ 2392:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ak: () => (/* binding */ gitBlobSha),
/* harmony export */   SO: () => (/* binding */ writeBranch),
/* harmony export */   bP: () => (/* binding */ createTree),
/* harmony export */   gO: () => (/* binding */ createBlob),
/* harmony export */   kt: () => (/* binding */ createCommit),
/* harmony export */   pG: () => (/* binding */ readBranch),
/* harmony export */   w9: () => (/* binding */ readCommitTree),
/* harmony export */   ws: () => (/* binding */ entriesAt)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _registry_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(349);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3116);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7913);
/**
 * The repository's git objects through the REST Git Data API (refs,
 * commits, trees, blobs): no git binary and no checkout credentials. Every
 * answer is checked for shape before a field is read.
 */




const SHA_RE = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
/** Git's object id of a blob: sha1 of `blob <bytes>\0<bytes>`, what GitHub answers for it. */
function gitBlobSha(content) {
    const bytes = Buffer.from(content, 'utf8');
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}
/** `heads/a/b` with each part escaped for a URL path. */
const refPath = (branch) => `heads/${branch.split('/').map(encodeURIComponent).join('/')}`;
/** The commit a branch points at; undefined when there is no such branch. */
async function readBranch(client, repo, branch) {
    const step = { doing: `read the branch ${branch}`, needs: 'read' };
    const answer = await client.call(step, 'GET', `${repo.path}/git/ref/${refPath(branch)}`, undefined, [200, 404]);
    if (answer.status === 404)
        return undefined;
    const object = (0,_registry_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(answer.data) ? answer.data['object'] : undefined;
    return shaOf((0,_registry_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(object) ? object['sha'] : undefined, step, client, 'a ref without a commit');
}
/** The tree of a commit. */
async function readCommitTree(client, repo, sha) {
    const step = { doing: `read the commit ${sha.slice(0, 12)}`, needs: 'read' };
    const answer = await client.call(step, 'GET', `${repo.path}/git/commits/${sha}`);
    const tree = (0,_registry_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(answer.data) ? answer.data['tree'] : undefined;
    return shaOf((0,_registry_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(tree) ? tree['sha'] : undefined, step, client, 'a commit without a tree');
}
/**
 * The entry at each path under `rootTree` (undefined where there is none),
 * reading one tree per directory on the way, each once.
 */
async function entriesAt(client, repo, rootTree, paths) {
    const trees = new Map();
    const treeOf = async (dir) => {
        if (trees.has(dir))
            return trees.get(dir);
        const slash = dir.lastIndexOf('/');
        const parent = dir === '' ? undefined : await treeOf(slash < 0 ? '' : dir.slice(0, slash));
        const entry = parent?.get(dir.slice(slash + 1));
        const sha = dir === '' ? rootTree : entry?.type === 'tree' ? entry.sha : undefined;
        const listing = sha === undefined ? undefined : await readTree(client, repo, sha, dir);
        trees.set(dir, listing);
        return listing;
    };
    const found = new Map();
    for (const path of paths) {
        const slash = path.lastIndexOf('/');
        const dir = await treeOf(slash < 0 ? '' : path.slice(0, slash));
        found.set(path, dir?.get(path.slice(slash + 1)));
    }
    return found;
}
async function readTree(client, repo, sha, dir) {
    const step = { doing: `read the tree of ${dir || 'the top directory'}`, needs: 'read' };
    const answer = await client.call(step, 'GET', `${repo.path}/git/trees/${sha}`);
    const data = (0,_registry_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(answer.data) ? answer.data : {};
    const list = Array.isArray(data['tree']) ? data['tree'] : undefined;
    if (!list)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .protocolError */ .JW)(step, client.facts, 'a tree without entries');
    if (data['truncated'] === true) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .protocolError */ .JW)(step, client.facts, 'a truncated tree (a directory of over 100,000 entries)');
    }
    const entries = new Map();
    for (const e of list) {
        if (!(0,_registry_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(e) || typeof e['path'] !== 'string' || typeof e['mode'] !== 'string')
            continue;
        if (typeof e['type'] !== 'string' || typeof e['sha'] !== 'string' || !SHA_RE.test(e['sha']))
            continue;
        entries.set(e['path'], { mode: e['mode'], type: e['type'], sha: e['sha'] });
    }
    return entries;
}
/** Uploads a file's content; its id must be the one git gives it. */
async function createBlob(client, repo, { path, content }) {
    const step = { doing: `upload ${path}`, needs: 'contents' };
    const body = { content: Buffer.from(content, 'utf8').toString('base64'), encoding: 'base64' };
    const answer = await client.call(step, 'POST', `${repo.path}/git/blobs`, body);
    const sha = shaOf((0,_registry_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(answer.data) ? answer.data['sha'] : undefined, step, client, 'no blob id');
    if (sha.length === 40 && sha !== gitBlobSha(content)) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .protocolError */ .JW)(step, client.facts, `the blob id ${sha}, not git's id of that content`);
    }
    return sha;
}
async function createTree(client, repo, baseTree, files) {
    const step = { doing: 'create the tree of the commit', needs: 'contents' };
    const tree = files.map(f => ({ path: f.path, mode: f.mode, type: 'blob', sha: f.sha }));
    const answer = await client.call(step, 'POST', `${repo.path}/git/trees`, {
        base_tree: baseTree,
        tree
    });
    return shaOf((0,_registry_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(answer.data) ? answer.data['sha'] : undefined, step, client, 'no tree id');
}
/** No author or committer: GitHub then signs the commits a GITHUB_TOKEN makes. */
async function createCommit(client, repo, commit) {
    const step = { doing: 'create the commit', needs: 'contents' };
    const body = { message: commit.message, tree: commit.tree, parents: [commit.parent] };
    const answer = await client.call(step, 'POST', `${repo.path}/git/commits`, body);
    return shaOf((0,_registry_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(answer.data) ? answer.data['sha'] : undefined, step, client, 'no commit id');
}
/** Points the branch at `sha`: created, or moved by force (it is this action's own branch). */
async function writeBranch(client, repo, branch, sha, exists) {
    if (!exists) {
        const step = { doing: `create the branch ${branch}`, needs: 'contents' };
        const body = { ref: `refs/heads/${branch}`, sha };
        const answer = await client.send(step, 'POST', `${repo.path}/git/refs`, body);
        if (answer.status === 201)
            return;
        // Made meanwhile (a run in parallel): then it is moved like an existing one.
        const made = answer.status === 422 && /already exists/i.test((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .serverMessage */ .x_)(answer.data));
        if (!made)
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .explainAnswer */ .iJ)(answer, step, client.facts);
    }
    const step = { doing: `update the branch ${branch}`, needs: 'contents' };
    await client.call(step, 'PATCH', `${repo.path}/git/refs/${refPath(branch)}`, { sha, force: true });
}
function shaOf(value, step, client, what) {
    if (typeof value === 'string' && SHA_RE.test(value))
        return value;
    throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .protocolError */ .JW)(step, client.facts, what);
}


/***/ }),

/***/ 4024:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H6: () => (/* binding */ sameChange),
/* harmony export */   gJ: () => (/* binding */ formatMarker),
/* harmony export */   hU: () => (/* binding */ covers),
/* harmony export */   t7: () => (/* binding */ readMarker),
/* harmony export */   we: () => (/* binding */ markerOf)
/* harmony export */ });
/* unused harmony export updateKey */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _registry_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(349);
/**
 * The hidden marker in a pull request's body, `<!-- registry-tags: {…} -->`:
 * how a later run finds its own pull request (whatever its title has become)
 * and knows which updates it carried, so that one a person closed without
 * merging is not opened again for the same tags.
 */


/** Beyond this, the marker keeps a hash of the updates instead of the list. */
const MAX_LISTED = 8000;
const MARKER_RE = /<!-- registry-tags: (\{[^\n]*?\}) -->/;
/** What a person declines by closing the pull request: the tag, or for a digest update, the digest. */
function updateKey(update) {
    const key = `${update.image}:${update.to}`;
    return update.updateType === 'digest' ? `${key}@${update.digest}` : key;
}
const hash = (lines) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(lines.join('\n')).digest('hex').slice(0, 16);
function markerOf(plan) {
    const updates = [...new Set(plan.updates.map(updateKey))].sort();
    const files = hash(plan.files.map(f => f.path).sort());
    const listed = JSON.stringify(updates).length <= MAX_LISTED;
    return listed
        ? { key: plan.key, updates, files }
        : { key: plan.key, digest: hash(updates), files };
}
/** The HTML comment; `<` and `>` escaped so no key can end it early. */
function formatMarker(marker) {
    const json = JSON.stringify(marker).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
    return `<!-- registry-tags: ${json} -->`;
}
/** The marker in a body, if it holds a well-formed one. */
function readMarker(body) {
    if (typeof body !== 'string')
        return undefined;
    const match = MARKER_RE.exec(body);
    if (!match?.[1])
        return undefined;
    let value;
    try {
        value = JSON.parse(match[1]);
    }
    catch {
        return undefined;
    }
    if (!(0,_registry_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(value) || typeof value['key'] !== 'string' || typeof value['files'] !== 'string') {
        return undefined;
    }
    const { key, files, updates, digest } = value;
    if (Array.isArray(updates) && updates.every(u => typeof u === 'string')) {
        return { key, files, updates: updates };
    }
    return typeof digest === 'string' ? { key, files, digest } : undefined;
}
/** Every update of `wanted` is one that `marker` carried. */
function covers(marker, wanted) {
    if (marker.updates && wanted.updates)
        return wanted.updates.every(u => marker.updates.includes(u));
    return marker.digest !== undefined && marker.digest === wanted.digest;
}
/** The same updates and the same files: the branch's commit may stay. */
function sameChange(marker, wanted) {
    return (marker.files === wanted.files &&
        marker.digest === wanted.digest &&
        JSON.stringify(marker.updates) === JSON.stringify(wanted.updates));
}


/***/ }),

/***/ 5849:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nl: () => (/* binding */ addLabels),
/* harmony export */   ZD: () => (/* binding */ commentOnce),
/* harmony export */   i5: () => (/* binding */ requestReviewers)
/* harmony export */ });
/* harmony import */ var _registry_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(349);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3116);


/** Pages of comments looked through for our marker. */
const COMMENT_PAGES = 3;
/** Posts `body` unless a comment holding `marker` is there already; true when it posted. */
async function commentOnce(client, repo, number, marker, body) {
    const step = { doing: `comment on pull request #${number}`, needs: 'pull-requests' };
    const tag = `<!-- registry-tags: ${marker} -->`;
    for (let page = 1; page <= COMMENT_PAGES; page++) {
        const path = `${repo.path}/issues/${number}/comments?per_page=100&page=${page}`;
        const answer = await client.call(step, 'GET', path, undefined, [200]);
        const list = Array.isArray(answer.data) ? answer.data : [];
        if (list.some(c => (0,_registry_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(c) && typeof c['body'] === 'string' && c['body'].includes(tag))) {
            return false;
        }
        if (list.length < 100)
            break;
    }
    await client.call(step, 'POST', `${repo.path}/issues/${number}/comments`, {
        body: `${tag}\n${body}`
    });
    return true;
}
/** Adds the labels the pull request lacks, creating missing ones; a refusal is a warning. */
async function addLabels(client, repo, pull, wanted, log) {
    const has = new Set(pull.labels.map(l => l.toLowerCase()));
    const missing = wanted.filter(l => !has.has(l.toLowerCase()));
    if (!missing.length)
        return;
    const step = { doing: `label pull request #${pull.number}`, needs: 'pull-requests' };
    for (const name of missing) {
        const path = `${repo.path}/labels/${encodeURIComponent(name)}`;
        const found = await client.send(step, 'GET', path);
        if (found.status === 200)
            continue;
        const made = await client.send(step, 'POST', `${repo.path}/labels`, { name, color: 'ededed' });
        if (made.status !== 201 && made.status !== 422) {
            log.warning(`Could not create the label '${name}' in ${client.facts.repository}: GitHub answered ${made.status}${said(made.data)}. Give the job \`issues: write\`, or create the label.`);
        }
    }
    const path = `${repo.path}/issues/${pull.number}/labels`;
    const answer = await client.send(step, 'POST', path, { labels: missing });
    if (answer.status !== 200) {
        log.warning(`Could not label pull request #${pull.number} with ${missing.join(', ')}: GitHub answered ${answer.status}${said(answer.data)}.`);
    }
}
/** Asks users and teams (`org/team`: a team of the repository's organisation) to review. */
async function requestReviewers(client, repo, number, reviewers, log) {
    if (!reviewers.length)
        return;
    const step = { doing: `request reviewers for #${number}`, needs: 'pull-requests' };
    const users = reviewers.filter(r => !r.includes('/'));
    const teams = reviewers.filter(r => r.includes('/'));
    const foreign = teams.filter(t => t.split('/')[0]?.toLowerCase() !== repo.owner.toLowerCase());
    for (const team of foreign) {
        log.warning(`Cannot ask the team ${team} to review pull request #${number}: only teams of ${repo.owner} can review in ${client.facts.repository}.`);
    }
    const slugs = teams.filter(t => !foreign.includes(t)).map(t => t.split('/')[1] ?? '');
    if (!users.length && !slugs.length)
        return;
    const ask = (body) => client.send(step, 'POST', `${repo.path}/pulls/${number}/requested_reviewers`, body);
    const asked = await ask({ reviewers: users, team_reviewers: slugs });
    if (asked.status === 201 || asked.status === 200)
        return;
    // GitHub refuses the whole list for one reviewer it cannot ask: ask each alone.
    const each = [
        ...users.map(u => ({ name: u, body: { reviewers: [u], team_reviewers: [] } })),
        ...slugs.map(t => ({
            name: `${repo.owner}/${t}`,
            body: { reviewers: [], team_reviewers: [t] }
        }))
    ];
    for (const one of each.length > 1 ? each : []) {
        const answer = await ask(one.body);
        if (answer.status !== 201 && answer.status !== 200)
            warnReviewer(log, one.name, number, answer);
    }
    if (each.length === 1 && each[0])
        warnReviewer(log, each[0].name, number, asked);
}
function warnReviewer(log, who, number, answer) {
    log.warning(`Could not ask ${who} to review pull request #${number}: GitHub answered ${answer.status}${said(answer.data)}. A reviewer must be a collaborator (a team needs read access); asking a team needs a token other than GITHUB_TOKEN.`);
}
function said(data) {
    const message = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .serverMessage */ .x_)(data)
        .replace(/[^\x20-\x7e]/g, ' ')
        .slice(0, 300);
    return message ? ` (${message})` : '';
}


/***/ }),

/***/ 5803:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rd: () => (/* binding */ madeByAction),
/* harmony export */   g0: () => (/* binding */ readHeadCommit),
/* harmony export */   iA: () => (/* binding */ trailersOf)
/* harmony export */ });
/* unused harmony export TRAILER */
/* harmony import */ var _registry_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(349);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7913);
/**
 * Every commit the action makes ends with trailers that say so
 * (`Registry-Tags-Update: <image> <tag>`). A branch whose head commit has
 * none holds a person's work (a pushed fix, a merge of the base): the
 * action then never moves it.
 */


const TRAILER = 'Registry-Tags-Update';
/** Trailer lines per commit; a larger group names the count instead of the rest. */
const MAX_TRAILERS = 50;
const TRAILER_RE = new RegExp(`^${TRAILER}: \\S+`, 'm');
/** The trailer block: one line per update (image and new tag). */
function trailersOf(plan) {
    const lines = plan.updates
        .slice(0, MAX_TRAILERS)
        .map(u => `${TRAILER}: ${oneWord(u.image)} ${oneWord(u.to)}`);
    const more = plan.updates.length - lines.length;
    if (more > 0)
        lines.push(`${TRAILER}: ${oneWord(plan.key)} +${more}`);
    return lines.join('\n');
}
const oneWord = (text) => text.replace(/\s+/g, '') || '-';
/** True when the message's last paragraph carries the trailer: a commit this action made. */
function madeByAction(message) {
    const paragraphs = message.trimEnd().split(/\n\s*\n/);
    return TRAILER_RE.test(paragraphs[paragraphs.length - 1] ?? '');
}
/** A commit's tree and message, in the one request that reads it. */
async function readHeadCommit(client, repo, sha) {
    const step = { doing: `read the commit ${sha.slice(0, 12)}`, needs: 'read' };
    const answer = await client.call(step, 'GET', `${repo.path}/git/commits/${sha}`);
    const data = (0,_registry_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(answer.data) ? answer.data : {};
    const tree = (0,_registry_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(data['tree']) ? data['tree']['sha'] : undefined;
    if (typeof tree !== 'string' || !/^[0-9a-f]{40,64}$/.test(tree)) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .protocolError */ .JW)(step, client.facts, 'a commit without a tree');
    }
    const message = typeof data['message'] === 'string' ? data['message'] : '';
    return { tree, message };
}


/***/ })

};
