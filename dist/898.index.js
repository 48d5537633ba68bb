export const id = 898;
export const ids = [898];
export const modules = {

/***/ 3579:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ cappedFetch),
/* harmony export */   a: () => (/* binding */ MAX_GITHUB_ANSWER_BYTES)
/* harmony export */ });
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


/***/ }),

/***/ 898:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   listGithubPackages: () => (/* binding */ listGithubPackages)
/* harmony export */ });
/* unused harmony exports PER_PAGE, MAX_PAGES, readPage, explain */
/* harmony import */ var _registry_failures_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9280);
/* harmony import */ var _registry_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(349);
/* harmony import */ var _text_escape_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7388);
/* harmony import */ var _registry_link_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1699);
/* harmony import */ var _registry_listing_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5739);
/* harmony import */ var _transport_hosts_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8514);
/* harmony import */ var _request_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7398);







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
    const get = await (0,_request_js__WEBPACK_IMPORTED_MODULE_4__/* .githubGetter */ .$)(options, token, base.href.replace(/\/$/, ''));
    const org = await listPages(get, options, firstUrl(base, 'orgs', owner), owner);
    if (org)
        return org;
    options.log.debug(`${owner} is not a GitHub organisation; listing it as a user`);
    const user = await listPages(get, options, firstUrl(base, 'users', owner), owner);
    if (user)
        return user;
    throw new _registry_failures_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryError */ .gl(`Could not ${what}: ${(0,_transport_hosts_js__WEBPACK_IMPORTED_MODULE_3__/* .redactUrl */ .BO)(base.href)} knows no user or organisation '${owner}' (404 for both), or the token cannot see it. Check the owner in 'ghcr.io/<owner>'; for an organisation's private packages, use a token of a member with read:packages. On GitHub Enterprise Server, GITHUB_API_URL must be its API (https://<host>/api/v3).`, { kind: 'not-found', status: 404 });
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
    const plainLoopback = url.protocol === 'http:' && (0,_transport_hosts_js__WEBPACK_IMPORTED_MODULE_3__/* .isLoopbackHost */ .cW)(url.host);
    if ((url.protocol !== 'https:' && !plainLoopback) || url.username || url.password) {
        throw new _registry_failures_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryError */ .gl(`Could not ${what}: GITHUB_API_URL must be an https URL without user info (got ${(0,_transport_hosts_js__WEBPACK_IMPORTED_MODULE_3__/* .redactUrl */ .BO)(url.href)}); the token is not sent anywhere else.`, { kind: 'unexpected' });
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
    const seen = new Set();
    let dropped = 0;
    let pages = 0;
    for (let next = url; next;) {
        if (pages >= MAX_PAGES)
            throw tooManyPages(owner, pages);
        seen.add(next);
        const answer = await get(next);
        if (answer.status === 404 && pages === 0)
            return undefined;
        if (answer.status !== 200)
            throw explain(answer, owner);
        pages++;
        const page = readPage(answer, owner);
        dropped += page.dropped;
        for (const name of page.names)
            names.add(name);
        next = nextPage(answer, seen, options.log, owner);
    }
    return { names: [...names], dropped, pages };
}
/** An array of packages, each an object with a string `name`; names become `owner/name`. */
function readPage(answer, owner) {
    const { data } = answer;
    if (!Array.isArray(data) || !data.every(p => (0,_registry_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(p) && typeof p['name'] === 'string')) {
        throw new _registry_failures_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryError */ .gl(`Could not list the container packages of ghcr.io/${owner}: ${(0,_transport_hosts_js__WEBPACK_IMPORTED_MODULE_3__/* .redactUrl */ .BO)(answer.url)} did not answer a list of packages (a JSON array of objects with a 'name'). Check GITHUB_API_URL.`, { kind: 'protocol', status: answer.status });
    }
    const names = [];
    let dropped = 0;
    for (const entry of data) {
        const type = entry['package_type'];
        if (typeof type === 'string' && type !== 'container')
            continue; // not an image
        const name = `${owner}/${entry['name']}`.toLowerCase();
        if ((0,_registry_listing_js__WEBPACK_IMPORTED_MODULE_5__/* .isRepositoryPath */ .o)(name))
            names.push(name);
        else
            dropped++;
    }
    return { names, dropped };
}
/** rel="next", only on the host asked (the token goes with it), never twice. */
function nextPage(answer, seen, log, owner) {
    const target = (0,_registry_link_js__WEBPACK_IMPORTED_MODULE_2__/* .nextLink */ .IX)(answer.headers['link']);
    if (target === undefined)
        return undefined;
    let next;
    try {
        next = new URL(target, answer.url);
    }
    catch {
        throw linkError(owner, answer.url, 'a next-page link that is not a URL');
    }
    const from = new URL(answer.url);
    if (next.origin !== from.origin) {
        throw linkError(owner, answer.url, `a next-page link to another host (${(0,_transport_hosts_js__WEBPACK_IMPORTED_MODULE_3__/* .redactUrl */ .BO)(next.href)})`);
    }
    if (seen.has(next.href)) {
        log.warning(`The GitHub API's next page ${(0,_transport_hosts_js__WEBPACK_IMPORTED_MODULE_3__/* .redactUrl */ .BO)(next.href)} was already read; stopping there.`);
        return undefined;
    }
    return next.href;
}
function linkError(owner, url, what) {
    return new _registry_failures_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryError */ .gl(`Could not list the container packages of ghcr.io/${owner}: ${(0,_transport_hosts_js__WEBPACK_IMPORTED_MODULE_3__/* .redactUrl */ .BO)(url)} sent ${what}; it was not followed, since the token would go with it.`, { kind: 'protocol' });
}
function tooManyPages(owner, pages) {
    return new _registry_failures_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryError */ .gl(`Could not list the container packages of ghcr.io/${owner}: there are more than ${pages} pages of ${PER_PAGE}; refusing to read more rather than answer with part of the list.`, { kind: 'protocol' });
}
/** One message for an answer other than 200: what came back and what to do. */
function explain(answer, owner) {
    const { status, headers } = answer;
    const said = serverMessage(answer.data);
    const asked = `Could not list the container packages of ghcr.io/${owner}: ${(0,_transport_hosts_js__WEBPACK_IMPORTED_MODULE_3__/* .redactUrl */ .BO)(answer.url)} answered ${status}${said ? ` (${said})` : ''}.`;
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
/** `message` of GitHub's error body, as one short line (the server's text is untrusted). */
function serverMessage(data) {
    const message = (0,_registry_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(data) ? data['message'] : undefined;
    if (typeof message !== 'string')
        return '';
    return (0,_text_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .serverText */ .Tn)(message.trim().replace(/\.$/, ''));
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

/***/ 7398:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ githubGetter)
/* harmony export */ });
/* harmony import */ var _capped_fetch_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3579);
/* harmony import */ var _registry_failures_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9280);
/* harmony import */ var _registry_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(349);
/* harmony import */ var _transport_body_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2357);
/* harmony import */ var _transport_deadline_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2301);
/* harmony import */ var _transport_hosts_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8514);
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
        const doing = `waiting for GET ${(0,_transport_hosts_js__WEBPACK_IMPORTED_MODULE_4__/* .redactUrl */ .BO)(url)}`;
        deadline.check(doing);
        const byDeadline = deadline.remainingMs() <= requestTimeoutMs;
        const signal = AbortSignal.timeout(Math.min(requestTimeoutMs, deadline.remainingMs()));
        const body = { tooLarge: false };
        const request = { signal, redirect: 'manual', fetch: (0,_capped_fetch_js__WEBPACK_IMPORTED_MODULE_5__/* .cappedFetch */ .U)(proxyFetch, body) };
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
            throw unreachable(url, undefined, `it did not answer within ${(0,_transport_deadline_js__WEBPACK_IMPORTED_MODULE_3__/* .formatSeconds */ .Xo)(requestTimeoutMs)}`);
        }
        if (body.tooLarge) {
            throw new _registry_failures_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryError */ .gl(`GET ${(0,_transport_hosts_js__WEBPACK_IMPORTED_MODULE_4__/* .redactUrl */ .BO)(url)} answered more than ${(0,_transport_body_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z3)(_capped_fetch_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_GITHUB_ANSWER_BYTES */ .a)}; refusing to read a response that large.`, { kind: 'protocol' });
        }
        return answer;
    };
}
/** Octokit's RequestError for an HTTP answer (it has a response); undefined for network failures. */
function httpAnswer(error, url) {
    if (!(0,_registry_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(error) || !(0,_registry_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(error['response']))
        return undefined;
    const { status, headers, data } = error['response'];
    if (typeof status !== 'number' || !(0,_registry_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(headers))
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
    return new _registry_failures_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryError */ .gl(`Could not reach the GitHub API at ${(0,_transport_hosts_js__WEBPACK_IMPORTED_MODULE_4__/* .redactUrl */ .BO)(url)}: ${reason}. Check GITHUB_API_URL, that this runner can reach it, and proxy settings (HTTPS_PROXY, NO_PROXY).`, { kind: 'unreachable', cause });
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
