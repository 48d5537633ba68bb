export const id = 425;
export const ids = [425,294];
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
/* harmony import */ var _pulls_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9413);
/* harmony import */ var _pulls_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4265);
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
    const client = await _pulls_client_js__WEBPACK_IMPORTED_MODULE_0__/* .GithubClient */ .ty.open({
        baseUrl: api.apiUrl.replace(/\/+$/, ''),
        token: api.token ?? '',
        log: options.log,
        timeoutMs: options.timeoutMs,
        writeSpacingMs: 0,
        // Release notes are a courtesy: a rate limit leaves them out rather than delay the step.
        maxLimitWaits: 0,
        facts: { repository: `${repo.owner}/${repo.name}`, touchesWorkflows: false },
        ...(options.deadline && { deadline: options.deadline })
    });
    const step = { doing: `read the releases of ${repo.owner}/${repo.name}`, needs: 'read' };
    const all = [];
    for (let page = 1; page <= MAX_PAGES; page++) {
        const path = `/repos/${repo.owner}/${repo.name}/releases?per_page=${PER_PAGE}&page=${page}`;
        const answer = await client.send(step, 'GET', path);
        if (answer.status !== 200 || !Array.isArray(answer.data)) {
            const said = (0,_pulls_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .serverMessage */ .x_)(answer.data);
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


/***/ }),

/***/ 9413:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ty: () => (/* binding */ GithubClient)
/* harmony export */ });
/* unused harmony exports MAX_LIMIT_WAITS, MAX_LIMIT_WAIT_MS */
/* harmony import */ var _registry_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(349);
/* harmony import */ var _transport_deadline_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2301);
/* harmony import */ var _transport_headers_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4403);
/* harmony import */ var _transport_retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2211);
/* harmony import */ var _github_capped_fetch_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3579);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4265);






/** Waits for GitHub's secondary rate limit: this many at most, each no longer than the cap. */
const MAX_LIMIT_WAITS = 2;
const MAX_LIMIT_WAIT_MS = 120_000;
/** When a secondary limit names no wait, GitHub's advice is at least a minute. */
const DEFAULT_LIMIT_WAIT_MS = 60_000;
/** Retries of a 5xx, for requests that are safe to repeat. */
const MAX_SERVER_RETRIES = 2;
/**
 * When the next write may go, for the whole process: every plan's client
 * shares it, so many pull requests in one run are spaced too.
 */
let nextWriteAt = 0;
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
    get facts() {
        return this.options.facts;
    }
    /** The answer when its status is one of `ok`; else the explained error. */
    async call(step, method, path, body, ok = [200, 201]) {
        const answer = await this.send(step, method, path, body);
        if (ok.includes(answer.status))
            return answer;
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .explainAnswer */ .iJ)(answer, step, this.options.facts);
    }
    /** One request, with the bounded waits and retries; any status comes back. */
    async send(step, method, path, body) {
        let limitWaits = 0;
        let serverRetries = 0;
        for (;;) {
            if (method !== 'GET')
                await this.spaceWrites();
            const answer = await this.once(step, method, path, body);
            const what = `${method} ${answer.path} answered ${answer.status}`;
            if ((answer.status === 403 || answer.status === 429) && isSecondaryLimit(answer)) {
                if (limitWaits >= (this.options.maxLimitWaits ?? MAX_LIMIT_WAITS))
                    return answer;
                const wait = (0,_transport_headers_js__WEBPACK_IMPORTED_MODULE_4__/* .retryAfterMs */ .V)(answer.headers) ?? DEFAULT_LIMIT_WAIT_MS;
                if (!(await this.wait(wait, `${what}: GitHub's secondary rate limit`, ++limitWaits))) {
                    return answer;
                }
            }
            else if (answer.status >= 500 && repeatable(method, path)) {
                if (serverRetries >= MAX_SERVER_RETRIES)
                    return answer;
                if (!(await this.wait((0,_transport_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .backoffMs */ .jo)(++serverRetries), what, serverRetries)))
                    return answer;
            }
            else {
                return answer;
            }
        }
    }
    /** False when the wait is longer than the cap or than what is left of the step. */
    async wait(ms, why, retry) {
        const deadline = this.options.deadline ?? _transport_deadline_js__WEBPACK_IMPORTED_MODULE_1__/* .NO_DEADLINE */ .ji;
        if (ms > MAX_LIMIT_WAIT_MS || ms >= deadline.remainingMs())
            return false;
        this.options.log.info(`${why}; retrying in ${(0,_transport_deadline_js__WEBPACK_IMPORTED_MODULE_1__/* .formatSeconds */ .Xo)(ms)} (retry ${retry})`);
        await sleep(ms);
        return true;
    }
    /** Takes the next slot at once (so concurrent callers queue), then waits for it. */
    async spaceWrites() {
        const now = Date.now();
        const at = Math.max(now, nextWriteAt);
        nextWriteAt = at + this.options.writeSpacingMs;
        if (at > now)
            await sleep(at - now);
    }
    async once(step, method, url, data) {
        const { deadline = _transport_deadline_js__WEBPACK_IMPORTED_MODULE_1__/* .NO_DEADLINE */ .ji, timeoutMs, log } = this.options;
        const path = url.split('?')[0] ?? url;
        const doing = `waiting for ${method} ${path}`;
        deadline.check(doing);
        const byDeadline = deadline.remainingMs() <= timeoutMs;
        const signal = AbortSignal.timeout(Math.min(timeoutMs, deadline.remainingMs()));
        const state = { tooLarge: false };
        const fetch = (0,_github_capped_fetch_js__WEBPACK_IMPORTED_MODULE_5__/* .cappedFetch */ .U)(this.fetch, state);
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
                throw this.unreachable(step, path, error);
        }
        if (signal.aborted) {
            if (byDeadline)
                throw deadline.error(doing);
            throw this.unreachable(step, path, undefined, `no answer within ${(0,_transport_deadline_js__WEBPACK_IMPORTED_MODULE_1__/* .formatSeconds */ .Xo)(timeoutMs)}`);
        }
        if (state.tooLarge)
            throw this.unreachable(step, path, undefined, 'the answer was too large');
        log.debug(`GitHub API: ${method} ${path} → ${answer.status}`);
        return answer;
    }
    unreachable(step, path, cause, why) {
        const reason = why ?? (cause instanceof Error ? cause.message : String(cause));
        return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .PullRequestError */ .v6(`Could not ${step.doing} in ${this.options.facts.repository}: the GitHub API (${path}) failed: ${reason}. Check GITHUB_API_URL, that this runner can reach it, and proxy settings (HTTPS_PROXY, NO_PROXY).`, { kind: 'unreachable', cause });
    }
}
/** A secondary limit, not the hourly one (that one is not waited for: it lasts up to an hour). */
function isSecondaryLimit(answer) {
    return answer.headers['x-ratelimit-remaining'] !== '0' && (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .isRateLimit */ .a5)(answer);
}
/** Reads, edits and content-addressed objects may be sent twice; a ref or a pull request may not. */
function repeatable(method, path) {
    return method !== 'POST' || /\/git\/(blobs|trees|commits)$/.test(path);
}
/** Octokit's own words (deprecation notices) go to the debug log, never to stdout. */
function octokitLog(log) {
    const debug = (message) => log.debug(`GitHub API: ${message}`);
    return { debug, info: debug, warn: debug, error: debug };
}
const sleep = (ms) => new Promise(resolve => setTimeout(resolve, ms));
/** Octokit's RequestError for an HTTP answer (it has a response); undefined for network failures. */
function httpAnswer(error, method, path) {
    if (!(0,_registry_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(error) || !(0,_registry_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(error['response']))
        return undefined;
    const { status, headers, data } = error['response'];
    if (typeof status !== 'number' || !(0,_registry_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(headers))
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


/***/ }),

/***/ 4265:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JW: () => (/* binding */ protocolError),
/* harmony export */   a5: () => (/* binding */ isRateLimit),
/* harmony export */   iJ: () => (/* binding */ explainAnswer),
/* harmony export */   v6: () => (/* binding */ PullRequestError),
/* harmony export */   x_: () => (/* binding */ serverMessage)
/* harmony export */ });
/* unused harmony export ACTIONS_SETTING */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _registry_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(349);
/* harmony import */ var _text_escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7388);
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
    const said = serverMessage(answer.data);
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
    if ((status === 403 || status === 429) && isRateLimit(answer))
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
        .map(e => ((0,_registry_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(e) && typeof e['message'] === 'string' ? oneLine(e['message']) : ''))
        .filter(Boolean)
        .slice(0, 3);
    return reasons.length ? `GitHub refused it: ${reasons.join('; ')}.` : '';
}
function isRateLimit({ headers, data }) {
    return (headers['x-ratelimit-remaining'] === '0' ||
        headers['retry-after'] !== undefined ||
        /rate limit/i.test(serverMessage(data)));
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
function oneLine(text) {
    return (0,_text_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .serverText */ .Tn)(text.trim().replace(/\.$/, ''));
}
/** `message` of GitHub's error body, as one short line (the server's text is untrusted). */
function serverMessage(data) {
    const message = (0,_registry_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(data) ? data['message'] : undefined;
    return typeof message === 'string' ? oneLine(message) : '';
}
/** An answer whose body is not what the endpoint defines. */
function protocolError(step, facts, what) {
    return new PullRequestError(`Could not ${step.doing} in ${facts.repository}: GitHub answered ${what}. Check GITHUB_API_URL.`, { kind: 'protocol' });
}


/***/ })

};
