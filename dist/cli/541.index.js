export const id = 541;
export const ids = [541];
export const modules = {

/***/ 6541:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ghcrTagDates: () => (/* binding */ ghcrTagDates)
/* harmony export */ });
/* unused harmony export GHCR_DATE_SOURCE */
/* harmony import */ var _registry_failures_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9280);
/* harmony import */ var _registry_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(349);
/* harmony import */ var _registry_link_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1699);
/* harmony import */ var _registry_release_date_json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3230);
/* harmony import */ var _request_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9373);





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
    pages = 0;
    warned = false;
    seen = new Set();
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
        if (this.pages >= MAX_PAGES)
            return this.stop(`not in the newest ${MAX_PAGES} pages of versions`);
        this.get ??= await (0,_request_js__WEBPACK_IMPORTED_MODULE_4__/* .githubGetter */ .$)(this.options, token, this.options.apiUrl.replace(/\/$/, ''));
        let answer;
        try {
            answer = await this.get(this.next);
        }
        catch (error) {
            if (error instanceof _registry_failures_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryError */ .gl)
                return this.stop(error.message);
            throw error;
        }
        if (answer.status === 404 && this.pages === 0 && !this.triedUser) {
            this.triedUser = true;
            this.next = this.firstUrl('users');
            return;
        }
        if (answer.status !== 200)
            return this.refused(answer);
        this.pages++;
        this.keep(answer.data);
        this.seen.add(answer.url);
        const next = sameOrigin((0,_registry_link_js__WEBPACK_IMPORTED_MODULE_2__/* .nextLink */ .IX)(answer.headers['link']), answer.url);
        // A next page already read would loop: the versions end there.
        this.next = next && !this.seen.has(next) ? next : undefined;
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
            const date = (0,_registry_release_date_json_js__WEBPACK_IMPORTED_MODULE_3__/* .plausibleDate */ .e2)(version['updated_at']) ?? (0,_registry_release_date_json_js__WEBPACK_IMPORTED_MODULE_3__/* .plausibleDate */ .e2)(version['created_at']);
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
/** A next-page link on the same origin (the token goes with it), else none. */
function sameOrigin(link, from) {
    if (link === undefined)
        return undefined;
    try {
        const next = new URL(link, from);
        return next.origin === new URL(from).origin ? next.href : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 9373:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $: () => (/* binding */ githubGetter)
});

;// CONCATENATED MODULE: ./src/github/capped-fetch.ts
/**
 * A fetch whose response bodies stop at a cap. Octokit reads whole bodies
 * and swallows read errors (an unreadable JSON body becomes ''), so the cap
 * is reported through `state` rather than thrown.
 *
 * Used by the packages listing and the pull-request client alike.
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

// EXTERNAL MODULE: ./src/registry/failures.ts
var failures = __webpack_require__(9280);
// EXTERNAL MODULE: ./src/registry/json.ts
var json = __webpack_require__(349);
// EXTERNAL MODULE: ./src/transport/body.ts
var transport_body = __webpack_require__(2357);
// EXTERNAL MODULE: ./src/transport/deadline.ts
var transport_deadline = __webpack_require__(2301);
// EXTERNAL MODULE: ./src/transport/hosts.ts
var hosts = __webpack_require__(8514);
;// CONCATENATED MODULE: ./src/github/request.ts
/**
 * GET requests to the GitHub REST API through Octokit (its proxy-aware
 * fetch, the token as Authorization), each bounded by its timeout, the
 * step's deadline and a body cap, redirects not followed. HTTP errors come
 * back as answers, not throws. Octokit is loaded on first use (its own
 * bundle chunk), so an image lookup never parses it.
 */






/**
 * GET through Octokit (its proxy-aware fetch, the token as Authorization),
 * each request bounded by its timeout, the step's deadline and a body cap,
 * redirects not followed. HTTP errors come back as answers, not throws.
 */
async function githubGetter(options, token, apiUrl) {
    // One after the other: jest's ESM loader fails on parallel imports sharing modules.
    const { getOctokit } = await Promise.all(/* import() */[__webpack_require__.e(809), __webpack_require__.e(351)]).then(__webpack_require__.bind(__webpack_require__, 1351));
    const { defaults } = await __webpack_require__.e(/* import() */ 809).then(__webpack_require__.bind(__webpack_require__, 6809));
    const proxyFetch = (defaults.request?.fetch ?? globalThis.fetch);
    const debug = (message) => options.log.debug(`GitHub API: ${message}`);
    const octokit = getOctokit(token, {
        baseUrl: apiUrl,
        log: { debug, info: debug, warn: debug, error: debug }
    });
    return async (url) => {
        const { deadline, requestTimeoutMs } = options;
        const doing = `waiting for GET ${(0,hosts/* redactUrl */.BO)(url)}`;
        deadline.check(doing);
        const byDeadline = deadline.remainingMs() <= requestTimeoutMs;
        const signal = AbortSignal.timeout(Math.min(requestTimeoutMs, deadline.remainingMs()));
        const body = { tooLarge: false };
        const request = { signal, redirect: 'manual', fetch: cappedFetch(proxyFetch, body) };
        let answer;
        try {
            const { status, headers, data } = await octokit.request({ method: 'GET', url, request });
            answer = { url, status, headers: textHeaders(headers), data };
        }
        catch (error) {
            answer = httpAnswer(error, url);
            if (!answer && !signal.aborted)
                throw unreachable(url, error);
        }
        if (signal.aborted) {
            if (byDeadline)
                throw deadline.error(doing);
            throw unreachable(url, undefined, `it did not answer within ${(0,transport_deadline/* formatSeconds */.Xo)(requestTimeoutMs)}`);
        }
        if (body.tooLarge) {
            throw new failures/* RegistryError */.gl(`GET ${(0,hosts/* redactUrl */.BO)(url)} answered more than ${(0,transport_body/* formatBytes */.z3)(MAX_GITHUB_ANSWER_BYTES)}; refusing to read a response that large.`, { kind: 'protocol' });
        }
        return answer;
    };
}
/** Octokit's RequestError for an HTTP answer (it has a response); undefined for network failures. */
function httpAnswer(error, url) {
    if (!(0,json/* isRecord */.u4)(error) || !(0,json/* isRecord */.u4)(error['response']))
        return undefined;
    const { status, headers, data } = error['response'];
    if (typeof status !== 'number' || !(0,json/* isRecord */.u4)(headers))
        return undefined;
    return { url, status, headers: textHeaders(headers), data };
}
function textHeaders(headers) {
    const text = {};
    for (const [name, value] of Object.entries(headers)) {
        if (typeof value === 'string' || typeof value === 'number')
            text[name] = String(value);
    }
    return text;
}
function unreachable(url, cause, why) {
    const reason = why ?? (cause instanceof Error ? cause.message : String(cause));
    return new failures/* RegistryError */.gl(`Could not reach the GitHub API at ${(0,hosts/* redactUrl */.BO)(url)}: ${reason}. Check GITHUB_API_URL, that this runner can reach it, and proxy settings (HTTPS_PROXY, NO_PROXY).`, { kind: 'unreachable', cause });
}


/***/ })

};
