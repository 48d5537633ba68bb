export const id = 425;
export const ids = [425,294];
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

/***/ 9294:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b3: () => (/* binding */ releasesBetween),
/* harmony export */   compareLink: () => (/* binding */ compareLink)
/* harmony export */ });
/* unused harmony exports readTagNumbers, compareAt */
/** Up to four numbers after an optional prefix ending in `-`, `_`, `/`, `@` or `v`. */
const VERSION_RE = /^(?:(.*?)[-_/@])??v?(\d{1,9}(?:\.\d{1,9}){0,3})(?![\d.]*\d)(.*)$/i;
function readTagNumbers(tag) {
    const match = VERSION_RE.exec(tag);
    if (!match?.[2])
        return undefined;
    const numbers = match[2].split('.').map(Number);
    return { prefix: match[1] ?? '', numbers, rest: match[3] ?? '' };
}
/** -1, 0, 1 comparing the first `length` numbers (missing ones are 0). */
function compareAt(a, b, length) {
    for (let i = 0; i < length; i++) {
        const d = (a[i] ?? 0) - (b[i] ?? 0);
        if (d)
            return Math.sign(d);
    }
    return 0;
}
const isPrereleaseRest = (rest) => /^[-.]?(alpha|beta|rc|pre|preview|dev)/i.test(rest);
/**
 * Releases after `from` and up to `to`, newest first, one per version (an
 * unprefixed tag, else one whose prefix names the image, else the first);
 * prereleases only when `to` is one. `reachedFrom`: `from`'s own release
 * (or an older one) was among them, so older pages are not needed.
 */
function releasesBetween(releases, range) {
    const from = readTagNumbers(range.from);
    const to = readTagNumbers(range.to);
    if (!from || !to)
        return { releases: [], reachedFrom: true };
    const toIsPrerelease = isPrereleaseRest(to.rest);
    const name = range.image.split('/').pop()?.toLowerCase() ?? '';
    const best = new Map();
    let reachedFrom = false;
    for (const release of releases) {
        const read = readTagNumbers(release.tag);
        if (!read)
            continue;
        if (compareAt(read.numbers, from.numbers, from.numbers.length) <= 0) {
            reachedFrom = true;
            continue;
        }
        if (compareAt(read.numbers, to.numbers, to.numbers.length) > 0)
            continue;
        if ((release.prerelease || isPrereleaseRest(read.rest)) && !toIsPrerelease)
            continue;
        const rank = !read.prefix ? 0 : read.prefix.toLowerCase().includes(name) ? 1 : 2;
        const key = `${read.numbers.join('.')}${read.rest}`;
        const known = best.get(key);
        if (!known || rank < known.rank)
            best.set(key, { release, rank, numbers: read.numbers });
    }
    const sorted = [...best.values()].sort((a, b) => compareAt(b.numbers, a.numbers, 4));
    return { releases: sorted.map(b => b.release), reachedFrom };
}
/**
 * The compare page from `from`'s release tag to `to`'s: the tag of `from`
 * written the way the newest release's tag is (`v1.2.3` → `v1.0.0`).
 */
function compareLink(repositoryUrl, newest, from) {
    const read = newest && readTagNumbers(newest.tag);
    const old = readTagNumbers(from);
    if (!newest || !read || !old)
        return undefined;
    const head = newest.tag.slice(0, newest.tag.length - read.rest.length);
    const numbers = read.numbers.join('.');
    const padded = read.numbers.map((_, i) => old.numbers[i] ?? 0);
    const base = `${head.slice(0, head.length - numbers.length)}${padded.join('.')}`;
    const enc = (tag) => tag.split('/').map(encodeURIComponent).join('/');
    return `${repositoryUrl}/compare/${enc(base)}...${enc(newest.tag)}`;
}


/***/ }),

/***/ 3425:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fetchReleases: () => (/* binding */ fetchReleases),
/* harmony export */   githubRepositoryOf: () => (/* binding */ githubRepositoryOf),
/* harmony export */   releasesApiFor: () => (/* binding */ releasesApiFor)
/* harmony export */ });
/* unused harmony export serverHost */
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7771);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3116);
/* harmony import */ var _registry_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(349);
/* harmony import */ var _registry_source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7846);
/* harmony import */ var _release_range_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9294);





/** 100 per page; five pages reach back 500 releases, enough for any update. */
const PER_PAGE = 100;
const MAX_PAGES = 5;
const MAX_NOTE_CHARS = 20_000;
const PUBLIC_HOST = 'github.com';
const PUBLIC_API = 'https://api.github.com';
const OWNER_RE = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const NAME_RE = /^[A-Za-z0-9._-]{1,100}$/;
/** The GitHub repository a source link names, when it is on github.com or the workflow's own GitHub. */
function githubRepositoryOf(source, env) {
    const link = (0,_registry_source_js__WEBPACK_IMPORTED_MODULE_3__/* .httpsLink */ .an)(source);
    if (!link)
        return undefined;
    const url = new URL(link);
    const host = url.host.toLowerCase();
    if (host !== PUBLIC_HOST && host !== serverHost(env))
        return undefined;
    const [owner = '', rawName = ''] = url.pathname.split('/').filter(Boolean);
    const name = rawName.replace(/\.git$/, '');
    if (!OWNER_RE.test(owner) || !NAME_RE.test(name) || name === '.' || name === '..') {
        return undefined;
    }
    return { host, owner, name };
}
/** Where to ask for a repository's releases, and with which token (none for another GitHub). */
function releasesApiFor(repo, env, token) {
    if (repo.host === serverHost(env)) {
        const apiUrl = env['GITHUB_API_URL']?.trim() || PUBLIC_API;
        return { apiUrl, ...(token && { token }) };
    }
    return repo.host === PUBLIC_HOST ? { apiUrl: PUBLIC_API } : undefined;
}
/**
 * GITHUB_SERVER_URL's host: github.com, or a GitHub Enterprise Server.
 * Without it (outside a workflow), the host GITHUB_API_URL belongs to, so
 * the token never follows a github.com source to another API.
 */
function serverHost(env) {
    const server = env['GITHUB_SERVER_URL']?.trim();
    const api = env['GITHUB_API_URL']?.trim();
    try {
        if (server)
            return new URL(server).host.toLowerCase();
        if (!api)
            return PUBLIC_HOST;
        const host = new URL(api).host.toLowerCase();
        return host === 'api.github.com' ? PUBLIC_HOST : host;
    }
    catch {
        return '';
    }
}
/**
 * The releases of versions after `from` up to `to`, newest first. Pages are
 * read (newest first, as GitHub lists them) until one holds `from`'s
 * release or is the last. Throws a message-bearing Error when GitHub does
 * not answer with releases.
 */
async function fetchReleases(repo, api, range, options) {
    const client = await _client_js__WEBPACK_IMPORTED_MODULE_0__/* .GithubClient */ .t.open({
        baseUrl: api.apiUrl.replace(/\/+$/, ''),
        token: api.token ?? '',
        log: options.log,
        timeoutMs: options.timeoutMs,
        // Release notes are a courtesy: a rate limit leaves them out rather than delay the step.
        maxLimitWaits: 0,
        ...(options.deadline && { deadline: options.deadline })
    });
    const repository = `${repo.owner}/${repo.name}`;
    const send = (path) => client.send('GET', path).catch((error) => {
        if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GithubUnansweredError */ .AJ))
            throw error;
        throw new Error((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .unansweredMessage */ .gv)(`read the releases of ${repository}`, repository, error), {
            cause: error.cause
        });
    });
    const all = [];
    for (let page = 1; page <= MAX_PAGES; page++) {
        const path = `/repos/${repo.owner}/${repo.name}/releases?per_page=${PER_PAGE}&page=${page}`;
        const answer = await send(path);
        if (answer.status !== 200 || !Array.isArray(answer.data)) {
            const said = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .serverMessage */ .x_)(answer.data);
            throw new Error(`GitHub answered ${answer.status}${said ? ` (${said})` : ''}`);
        }
        const releases = answer.data.map(readRelease).filter((r) => r !== undefined);
        all.push(...releases);
        const between = (0,_release_range_js__WEBPACK_IMPORTED_MODULE_4__/* .releasesBetween */ .b3)(all, range);
        if (between.reachedFrom || answer.data.length < PER_PAGE)
            return between.releases;
    }
    return (0,_release_range_js__WEBPACK_IMPORTED_MODULE_4__/* .releasesBetween */ .b3)(all, range).releases;
}
/** A published release's tag, title, notes (cut) and page; drafts and malformed entries are left out. */
function readRelease(data) {
    if (!(0,_registry_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(data) || data['draft'] === true)
        return undefined;
    const { tag_name: tag, name, body, html_url: page, prerelease } = data;
    if (typeof tag !== 'string' || !tag || tag.length > 256)
        return undefined;
    const url = typeof page === 'string' ? (0,_registry_source_js__WEBPACK_IMPORTED_MODULE_3__/* .httpsLink */ .an)(page) : undefined;
    const text = typeof body === 'string' ? body : '';
    return {
        tag,
        name: typeof name === 'string' ? name.slice(0, 256) : '',
        body: text.length > MAX_NOTE_CHARS ? `${text.slice(0, MAX_NOTE_CHARS)}\n\n…(cut)` : text,
        ...(url && { url }),
        prerelease: prerelease === true
    };
}


/***/ })

};
