export const id = 541;
export const ids = [541];
export const modules = {

/***/ 7771:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $: () => (/* binding */ githubGetter)
});

// UNUSED EXPORTS: GithubClient

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
/* harmony export */   Uy: () => (/* binding */ NETWORK_ADVICE),
/* harmony export */   gp: () => (/* binding */ isSecondaryLimit),
/* harmony export */   x_: () => (/* binding */ serverMessage)
/* harmony export */ });
/* unused harmony exports unansweredMessage, oneLine, isRateLimit */
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

/***/ 6541:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ghcrTagDates: () => (/* binding */ ghcrTagDates)
/* harmony export */ });
/* unused harmony export GHCR_DATE_SOURCE */
/* harmony import */ var _registry_failures_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9280);
/* harmony import */ var _registry_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(349);
/* harmony import */ var _registry_link_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1699);
/* harmony import */ var _registry_next_page_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6756);
/* harmony import */ var _registry_release_date_json_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3230);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7771);






const GHCR_DATE_SOURCE = 'the GitHub Packages API (package version updated_at)';
/** 3,000 versions: a package with more newer tags than that is not read to its end. */
const MAX_PAGES = 30;
const PERMISSION_HINT = 'give the job `permissions: packages: read` (or a token with read:packages); a GITHUB_TOKEN sees only the packages this repository may read';
function ghcrTagDates(options, repository) {
    const reader = new VersionReader(options, repository);
    return tag => reader.dateOf(tag);
}
class VersionReader {
    options;
    repository;
    dates = new Map();
    next;
    started = false;
    triedUser = false;
    stopped;
    get;
    warned = false;
    /** Same API host and scheme; a page read twice, or a link not followed, ends the versions. */
    trail = new _registry_next_page_js__WEBPACK_IMPORTED_MODULE_3__/* .PageTrail */ .a({
        schemes: 'https',
        maxPages: MAX_PAGES,
        refuse: refusal => {
            // A page that already stopped the reader keeps its own reason.
            if (refusal.reason === 'cap')
                this.stopped ??= `not in the newest ${MAX_PAGES} pages of versions`;
            return undefined;
        }
    });
    constructor(options, repository) {
        this.options = options;
        this.repository = repository;
    }
    async dateOf(tag) {
        const source = GHCR_DATE_SOURCE;
        while (!this.dates.has(tag) && !this.stopped)
            await this.readPage();
        if (this.dates.has(tag)) {
            const date = this.dates.get(tag);
            return date ? { date, source } : { source, why: 'the version has no usable updated_at' };
        }
        return { source, why: this.stopped };
    }
    firstUrl(scope) {
        const slash = this.repository.indexOf('/');
        const owner = this.repository.slice(0, slash);
        const name = this.repository.slice(slash + 1);
        const base = this.options.apiUrl.replace(/\/*$/, '/');
        const url = new URL(`${scope}/${encodeURIComponent(owner)}/packages/container/${encodeURIComponent(name)}/versions`, base);
        url.searchParams.set('per_page', '100');
        return url.href;
    }
    async readPage() {
        const token = this.options.token?.trim();
        if (!token)
            return this.stop('no github-token to read the GitHub Packages API with');
        if (!this.started) {
            this.started = true;
            this.next = this.firstUrl('orgs');
        }
        if (!this.next)
            return this.stop('no package version carries this tag');
        this.get ??= await (0,_client_js__WEBPACK_IMPORTED_MODULE_5__/* .githubGetter */ .$)(this.options, token, this.options.apiUrl.replace(/\/$/, ''));
        let answer;
        try {
            answer = await this.get(this.next);
        }
        catch (error) {
            if (error instanceof _registry_failures_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryError */ .gl)
                return this.stop(error.message);
            throw error;
        }
        if (answer.status === 404 && this.trail.pages === 0 && !this.triedUser) {
            this.triedUser = true;
            this.next = this.firstUrl('users');
            return;
        }
        if (answer.status !== 200)
            return this.refused(answer);
        this.trail.visited(answer.url);
        this.keep(answer.data);
        this.next = this.trail.follow((0,_registry_link_js__WEBPACK_IMPORTED_MODULE_2__/* .nextLink */ .IX)(answer.headers['link']), answer.url);
    }
    keep(data) {
        if (!Array.isArray(data))
            return this.stop('the versions answer was not a list');
        for (const version of data) {
            if (!(0,_registry_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(version) || !(0,_registry_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(version['metadata']))
                continue;
            const container = version['metadata']['container'];
            const tags = (0,_registry_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(container) ? container['tags'] : undefined;
            if (!Array.isArray(tags))
                continue;
            const date = (0,_registry_release_date_json_js__WEBPACK_IMPORTED_MODULE_4__/* .plausibleDate */ .e2)(version['updated_at']) ?? (0,_registry_release_date_json_js__WEBPACK_IMPORTED_MODULE_4__/* .plausibleDate */ .e2)(version['created_at']);
            for (const tag of tags)
                if (typeof tag === 'string' && !this.dates.has(tag))
                    this.dates.set(tag, date);
        }
    }
    refused(answer) {
        const why = answer.status === 404
            ? `the GitHub Packages API knows no container package '${this.repository}' (404), or the token cannot see it`
            : answer.status === 401
                ? 'the GitHub Packages API refused the token (401)'
                : answer.status === 403
                    ? `the GitHub Packages API answered 403: ${PERMISSION_HINT}`
                    : `the GitHub Packages API answered ${answer.status}`;
        if (answer.status === 403 && !this.warned) {
            this.warned = true;
            this.options.log.warning(`ghcr.io/${this.repository}: no release dates: ${why}.`);
        }
        this.stop(why);
    }
    stop(why) {
        this.stopped = why;
    }
}


/***/ })

};
