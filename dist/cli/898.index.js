export const id = 898;
export const ids = [898];
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

/***/ 898:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   listGithubPackages: () => (/* binding */ listGithubPackages)
/* harmony export */ });
/* unused harmony exports PER_PAGE, MAX_PAGES, readPage, explain */
/* harmony import */ var _registry_failures_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9280);
/* harmony import */ var _registry_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(349);
/* harmony import */ var _registry_link_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1699);
/* harmony import */ var _registry_listing_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5739);
/* harmony import */ var _registry_next_page_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6756);
/* harmony import */ var _transport_hosts_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8514);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7771);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3116);








/** The most GitHub sends per page. */
const PER_PAGE = 100;
/** 100,000 packages; an owner with more pages is refused rather than listed partly. */
const MAX_PAGES = 1000;
const TOKEN_HINT = 'In a workflow, pass `github-token: ${{ secrets.GITHUB_TOKEN }}` (the default) and give the job `permissions: packages: read`; elsewhere, a personal access token (classic) with the read:packages scope (the command line reads GITHUB_TOKEN).';
async function listGithubPackages(options, owner) {
    const what = `list the container packages of ghcr.io/${owner}`;
    const token = options.token?.trim();
    if (!token) {
        throw new _registry_failures_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryError */ .gl(`Could not ${what}: the GitHub packages API needs a token with read:packages, and none was given. ${TOKEN_HINT}`, { kind: 'unauthorized' });
    }
    const base = apiBase(options.apiUrl, what);
    const get = await (0,_client_js__WEBPACK_IMPORTED_MODULE_5__/* .githubGetter */ .$)(options, token, base.href.replace(/\/$/, ''));
    const org = await listPages(get, options, firstUrl(base, 'orgs', owner), owner);
    if (org)
        return org;
    options.log.debug(`${owner} is not a GitHub organisation; listing it as a user`);
    const user = await listPages(get, options, firstUrl(base, 'users', owner), owner);
    if (user)
        return user;
    throw new _registry_failures_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryError */ .gl(`Could not ${what}: ${(0,_transport_hosts_js__WEBPACK_IMPORTED_MODULE_4__/* .redactUrl */ .BO)(base.href)} knows no user or organisation '${owner}' (404 for both), or the token cannot see it. Check the owner in 'ghcr.io/<owner>'; for an organisation's private packages, use a token of a member with read:packages. On GitHub Enterprise Server, GITHUB_API_URL must be its API (https://<host>/api/v3).`, { kind: 'not-found', status: 404 });
}
/** The API's base URL: https, or plain http on loopback only (the token travels with every request). */
function apiBase(apiUrl, what) {
    let url;
    try {
        url = new URL(apiUrl.trim().replace(/\/*$/, '/'));
    }
    catch {
        throw new _registry_failures_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryError */ .gl(`Could not ${what}: GITHUB_API_URL '${apiUrl}' is not a URL.`, {
            kind: 'unexpected'
        });
    }
    const plainLoopback = url.protocol === 'http:' && (0,_transport_hosts_js__WEBPACK_IMPORTED_MODULE_4__/* .isLoopbackHost */ .cW)(url.host);
    if ((url.protocol !== 'https:' && !plainLoopback) || url.username || url.password) {
        throw new _registry_failures_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryError */ .gl(`Could not ${what}: GITHUB_API_URL must be an https URL without user info (got ${(0,_transport_hosts_js__WEBPACK_IMPORTED_MODULE_4__/* .redactUrl */ .BO)(url.href)}); the token is not sent anywhere else.`, { kind: 'unexpected' });
    }
    return url;
}
function firstUrl(base, scope, owner) {
    const url = new URL(`${scope}/${encodeURIComponent(owner)}/packages`, base);
    url.searchParams.set('package_type', 'container');
    url.searchParams.set('per_page', String(PER_PAGE));
    return url.href;
}
/**
 * Every page from `url` on, following rel="next" on the same host.
 * Undefined when the first page is a 404 (no such organisation, or user).
 */
async function listPages(get, options, url, owner) {
    const names = new Set();
    const trail = packagesTrail(options, owner);
    let dropped = 0;
    for (let next = url; next;) {
        const answer = await get(next);
        if (answer.status === 404 && trail.pages === 0)
            return undefined;
        if (answer.status !== 200)
            throw explain(answer, owner);
        trail.visited(answer.url);
        const page = readPage(answer, owner);
        dropped += page.dropped;
        for (const name of page.names)
            names.add(name);
        next = trail.follow((0,_registry_link_js__WEBPACK_IMPORTED_MODULE_2__/* .nextLink */ .IX)(answer.headers['link']), answer.url);
    }
    return { names: [...names], dropped, pages: trail.pages };
}
/** An array of packages, each an object with a string `name`; names become `owner/name`. */
function readPage(answer, owner) {
    const { data } = answer;
    if (!Array.isArray(data) || !data.every(p => (0,_registry_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(p) && typeof p['name'] === 'string')) {
        throw new _registry_failures_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryError */ .gl(`Could not list the container packages of ghcr.io/${owner}: ${(0,_transport_hosts_js__WEBPACK_IMPORTED_MODULE_4__/* .redactUrl */ .BO)(answer.url)} did not answer a list of packages (a JSON array of objects with a 'name'). Check GITHUB_API_URL.`, { kind: 'protocol', status: answer.status });
    }
    const names = [];
    let dropped = 0;
    for (const entry of data) {
        const type = entry['package_type'];
        if (typeof type === 'string' && type !== 'container')
            continue; // not an image
        const name = `${owner}/${entry['name']}`.toLowerCase();
        if ((0,_registry_listing_js__WEBPACK_IMPORTED_MODULE_7__/* .isRepositoryPath */ .o)(name))
            names.push(name);
        else
            dropped++;
    }
    return { names, dropped };
}
/** rel="next", only on the API's host and scheme (the token goes with it), never twice. */
function packagesTrail(options, owner) {
    return new _registry_next_page_js__WEBPACK_IMPORTED_MODULE_3__/* .PageTrail */ .a({
        schemes: 'https',
        maxPages: MAX_PAGES,
        loop: { log: options.log, source: 'The GitHub API' },
        refuse: refusal => refusal.reason === 'cap'
            ? tooManyPages(owner, refusal.pages)
            : linkError(owner, refusal.from, refusal.reason === 'not-a-url'
                ? 'a next-page link that is not a URL'
                : `a next-page link to another host (${(0,_transport_hosts_js__WEBPACK_IMPORTED_MODULE_4__/* .redactUrl */ .BO)(refusal.url.href)})`)
    });
}
function linkError(owner, url, what) {
    return new _registry_failures_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryError */ .gl(`Could not list the container packages of ghcr.io/${owner}: ${(0,_transport_hosts_js__WEBPACK_IMPORTED_MODULE_4__/* .redactUrl */ .BO)(url)} sent ${what}; it was not followed, since the token would go with it.`, { kind: 'protocol' });
}
function tooManyPages(owner, pages) {
    return new _registry_failures_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryError */ .gl(`Could not list the container packages of ghcr.io/${owner}: there are more than ${pages} pages of ${PER_PAGE}; refusing to read more rather than answer with part of the list.`, { kind: 'protocol' });
}
/** One message for an answer other than 200: what came back and what to do. */
function explain(answer, owner) {
    const { status, headers } = answer;
    const said = (0,_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .serverMessage */ .x_)(answer.data);
    const asked = `Could not list the container packages of ghcr.io/${owner}: ${(0,_transport_hosts_js__WEBPACK_IMPORTED_MODULE_4__/* .redactUrl */ .BO)(answer.url)} answered ${status}${said ? ` (${said})` : ''}.`;
    const make = (kind, advice) => new _registry_failures_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryError */ .gl(`${asked} ${advice}`, { kind, status });
    const reset = rateLimitReset(answer);
    if ((status === 403 || status === 429) && reset !== undefined) {
        const when = reset ? ` It resets at ${reset}.` : '';
        return make('rate-limited', `The GitHub API rate limit is used up.${when} Try again then.`);
    }
    if (status === 401) {
        return make('unauthorized', `The token was refused: it is wrong, expired or revoked. ${TOKEN_HINT}`);
    }
    if (status === 403 && headers['x-github-sso']) {
        return make('denied', `Authorize the token for the organisation's SAML single sign-on.`);
    }
    if (status === 403) {
        return make('denied', `The token may not list packages: it lacks the read:packages scope (with GITHUB_TOKEN: the job has no 'packages: read' permission). Give the job \`permissions: packages: read\`, or use a personal access token (classic) with read:packages; a GITHUB_TOKEN sees only the packages this repository may read.`);
    }
    if (status >= 500)
        return make('server', 'The GitHub API is failing; try again later.');
    if (status >= 300 && status < 400) {
        return make('unexpected', 'Redirects are not followed for the packages API (the token would go with them); check GITHUB_API_URL.');
    }
    return make('unexpected', 'This is not an answer the packages API defines; check GITHUB_API_URL.');
}
/**
 * Undefined when the answer is not a rate limit; '' when it is but says no
 * time; otherwise when it resets (x-ratelimit-reset, else retry-after).
 */
function rateLimitReset({ headers }) {
    const resetAt = Number(headers['x-ratelimit-reset']);
    const retryAfter = Number(headers['retry-after']);
    if (headers['x-ratelimit-remaining'] === '0' && Number.isFinite(resetAt) && resetAt > 0) {
        return new Date(resetAt * 1000).toISOString();
    }
    if (headers['retry-after'] !== undefined && Number.isFinite(retryAfter) && retryAfter >= 0) {
        return new Date(Date.now() + retryAfter * 1000).toISOString();
    }
    return headers['x-ratelimit-remaining'] === '0' ? '' : undefined;
}


/***/ }),

/***/ 5739:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ isRepositoryPath)
/* harmony export */ });
/**
 * What a source of repository names answers (the V2 catalog, the Hub API,
 * the GitHub packages API), and the one check every source applies to the
 * names it sends. Here, below the engine, so the clients that list need not
 * import the engine's repositories mode.
 */
/** A repository path: lowercase components separated by `/` (distribution's grammar). */
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
function isRepositoryPath(name) {
    return name.length <= 255 && name.split('/').every(c => PATH_COMPONENT.test(c));
}


/***/ })

};
