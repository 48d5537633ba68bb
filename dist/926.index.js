export const id = 926;
export const ids = [926];
export const modules = {

/***/ 3579:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ cappedFetch),
/* harmony export */   Y: () => (/* binding */ MAX_BODY_BYTES)
/* harmony export */ });
/**
 * A fetch whose response bodies stop at a cap. Octokit reads whole bodies
 * and swallows read errors (an unreadable JSON body becomes ''), so the cap
 * is reported through `state` rather than thrown.

 * Used by the packages listing and the pull-request client alike.
 */
/** The largest answer read: a page of 100 pull requests with 64 KiB bodies fits, with room. */
const MAX_BODY_BYTES = 16 * 1024 * 1024;
function cappedFetch(fetch, state, maxBytes = MAX_BODY_BYTES) {
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

/***/ 3926:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  githubContextFrom: () => (/* reexport */ githubContextFrom),
  publishPullRequest: () => (/* reexport */ publishPullRequest)
});

// UNUSED EXPORTS: PullRequestError, branchName, renderPullRequest

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/pulls/branch.ts
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
        const hash = (0,external_node_crypto_.createHash)('sha1').update(key).digest('hex').slice(0, 10);
        name = `${name.slice(0, MAX_NAME - 11).replace(/[.-]+$/, '')}-${hash}`;
    }
    return `${BRANCH_PREFIX}${name || 'image'}`;
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/transport/hosts.ts
var hosts = __webpack_require__(8514);
;// CONCATENATED MODULE: ./src/pulls/context.ts
/**
 * Where the pull request goes, from a workflow run's environment:
 * GITHUB_API_URL (GitHub Enterprise Server's `/api/v3` honoured),
 * GITHUB_REPOSITORY and GITHUB_REF, and the `github-token` input.
 */



const DEFAULT_API_URL = 'https://api.github.com';
const REPOSITORY_RE = /^([A-Za-z0-9-]{1,39})\/([A-Za-z0-9._-]{1,100})$/;
function githubContextFrom(env, token) {
    if (!token.trim()) {
        throw new errors/* InputError */.dz('github-token', 'is empty, and pull requests need one. Leave it at its default (`${{ github.token }}`) and give the job `permissions: contents: write` and `pull-requests: write`, or pass a token that may write to the repository.');
    }
    const repository = env['GITHUB_REPOSITORY']?.trim() ?? '';
    if (!repository) {
        throw new errors/* ActionError */.lZ("GITHUB_REPOSITORY is not set, so there is no repository to open a pull request in. 'pull-request: true' works in a GitHub Actions run, which sets it to 'owner/name'.");
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
        throw new errors/* ActionError */.lZ(`GITHUB_API_URL '${(0,hosts/* redactUrl */.BO)(context.apiUrl)}' is not a URL.`);
    }
    const plainLoopback = url.protocol === 'http:' && (0,hosts/* isLoopbackHost */.cW)(url.host);
    if ((url.protocol !== 'https:' && !plainLoopback) || url.username || url.password) {
        throw new errors/* ActionError */.lZ(`GITHUB_API_URL must be an https URL without user info (got ${(0,hosts/* redactUrl */.BO)(url.href)}): the token would travel in clear. Plain http is only allowed on loopback.`);
    }
    if (url.search || url.hash) {
        throw new errors/* ActionError */.lZ(`GITHUB_API_URL must not carry a query or fragment (got ${(0,hosts/* redactUrl */.BO)(url.href)}).`);
    }
    return url.href.replace(/\/+$/, '');
}
function splitRepository(repository) {
    const match = REPOSITORY_RE.exec(repository);
    if (!match?.[1] || !match[2] || match[2] === '.' || match[2] === '..') {
        throw new errors/* ActionError */.lZ(`GITHUB_REPOSITORY must be 'owner/name' (got '${repository.slice(0, 200)}').`);
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
    return branch && !branch.startsWith(BRANCH_PREFIX) ? branch : defaultBranch;
}

// EXTERNAL MODULE: ./src/registry/json.ts
var json = __webpack_require__(349);
;// CONCATENATED MODULE: ./src/pulls/errors.ts
/**
 * GitHub's answers to the pull-request step turned into one message each:
 * what was being done, what came back, and the one thing to change (a job
 * permission, the Actions setting, the token).
 */


class PullRequestError extends errors/* ActionError */.lZ {
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
    const errors = (0,json/* isRecord */.u4)(data) && Array.isArray(data['errors']) ? data['errors'] : [];
    const reasons = errors
        .map(e => ((0,json/* isRecord */.u4)(e) && typeof e['message'] === 'string' ? oneLine(e['message']) : ''))
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
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]+/g;
function oneLine(text) {
    const line = text.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim().replace(/\.$/, '');
    return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}
/** `message` of GitHub's error body, as one short line (the server's text is untrusted). */
function serverMessage(data) {
    const message = (0,json/* isRecord */.u4)(data) ? data['message'] : undefined;
    return typeof message === 'string' ? oneLine(message) : '';
}
/** An answer whose body is not what the endpoint defines. */
function protocolError(step, facts, what) {
    return new PullRequestError(`Could not ${step.doing} in ${facts.repository}: GitHub answered ${what}. Check GITHUB_API_URL.`, { kind: 'protocol' });
}

// EXTERNAL MODULE: ./src/transport/deadline.ts
var transport_deadline = __webpack_require__(2301);
// EXTERNAL MODULE: ./src/transport/retry.ts
var retry = __webpack_require__(2211);
// EXTERNAL MODULE: ./src/github/capped-fetch.ts
var capped_fetch = __webpack_require__(3579);
;// CONCATENATED MODULE: ./src/pulls/client.ts





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
        const { defaults } = await __webpack_require__.e(/* import() */ 809).then(__webpack_require__.bind(__webpack_require__, 6809));
        const proxyFetch = (defaults.request?.fetch ?? globalThis.fetch);
        const octokit = getOctokit(options.token, {
            baseUrl: options.baseUrl,
            log: octokitLog(options.log)
        });
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
        throw explainAnswer(answer, step, this.options.facts);
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
                if (limitWaits >= MAX_LIMIT_WAITS)
                    return answer;
                const wait = (0,retry/* retryAfterMs */.Vs)(answer.headers) ?? DEFAULT_LIMIT_WAIT_MS;
                if (!(await this.wait(wait, `${what}: GitHub's secondary rate limit`, ++limitWaits))) {
                    return answer;
                }
            }
            else if (answer.status >= 500 && repeatable(method, path)) {
                if (serverRetries >= MAX_SERVER_RETRIES)
                    return answer;
                if (!(await this.wait((0,retry/* backoffMs */.jo)(++serverRetries), what, serverRetries)))
                    return answer;
            }
            else {
                return answer;
            }
        }
    }
    /** False when the wait is longer than the cap or than what is left of the step. */
    async wait(ms, why, retry) {
        const deadline = this.options.deadline ?? transport_deadline/* NO_DEADLINE */.ji;
        if (ms > MAX_LIMIT_WAIT_MS || ms >= deadline.remainingMs())
            return false;
        this.options.log.info(`${why}; retrying in ${(0,transport_deadline/* formatSeconds */.Xo)(ms)} (retry ${retry})`);
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
        const { deadline = transport_deadline/* NO_DEADLINE */.ji, timeoutMs, log } = this.options;
        const path = url.split('?')[0] ?? url;
        const doing = `waiting for ${method} ${path}`;
        deadline.check(doing);
        const byDeadline = deadline.remainingMs() <= timeoutMs;
        const signal = AbortSignal.timeout(Math.min(timeoutMs, deadline.remainingMs()));
        const state = { tooLarge: false };
        const fetch = (0,capped_fetch/* cappedFetch */.U)(this.fetch, state);
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
            throw this.unreachable(step, path, undefined, `no answer within ${(0,transport_deadline/* formatSeconds */.Xo)(timeoutMs)}`);
        }
        if (state.tooLarge)
            throw this.unreachable(step, path, undefined, 'the answer was too large');
        log.debug(`GitHub API: ${method} ${path} → ${answer.status}`);
        return answer;
    }
    unreachable(step, path, cause, why) {
        const reason = why ?? (cause instanceof Error ? cause.message : String(cause));
        return new PullRequestError(`Could not ${step.doing} in ${this.options.facts.repository}: the GitHub API (${path}) failed: ${reason}. Check GITHUB_API_URL, that this runner can reach it, and proxy settings (HTTPS_PROXY, NO_PROXY).`, { kind: 'unreachable', cause });
    }
}
/** A secondary limit, not the hourly one (that one is not waited for: it lasts up to an hour). */
function isSecondaryLimit(answer) {
    return answer.headers['x-ratelimit-remaining'] !== '0' && isRateLimit(answer);
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

;// CONCATENATED MODULE: ./src/pulls/git.ts
/**
 * The repository's git objects through the REST Git Data API (refs,
 * commits, trees, blobs): no git binary and no checkout credentials. Every
 * answer is checked for shape before a field is read.
 */



const SHA_RE = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
/** Git's object id of a blob: sha1 of `blob <bytes>\0<bytes>`, what GitHub answers for it. */
function gitBlobSha(content) {
    const bytes = Buffer.from(content, 'utf8');
    return (0,external_node_crypto_.createHash)('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}
/** `heads/a/b` with each part escaped for a URL path. */
const refPath = (branch) => `heads/${branch.split('/').map(encodeURIComponent).join('/')}`;
/** The commit a branch points at; undefined when there is no such branch. */
async function readBranch(client, repo, branch) {
    const step = { doing: `read the branch ${branch}`, needs: 'read' };
    const answer = await client.call(step, 'GET', `${repo.path}/git/ref/${refPath(branch)}`, undefined, [200, 404]);
    if (answer.status === 404)
        return undefined;
    const object = (0,json/* isRecord */.u4)(answer.data) ? answer.data['object'] : undefined;
    return shaOf((0,json/* isRecord */.u4)(object) ? object['sha'] : undefined, step, client, 'a ref without a commit');
}
/** The tree of a commit. */
async function readCommitTree(client, repo, sha) {
    const step = { doing: `read the commit ${sha.slice(0, 12)}`, needs: 'read' };
    const answer = await client.call(step, 'GET', `${repo.path}/git/commits/${sha}`);
    const tree = (0,json/* isRecord */.u4)(answer.data) ? answer.data['tree'] : undefined;
    return shaOf((0,json/* isRecord */.u4)(tree) ? tree['sha'] : undefined, step, client, 'a commit without a tree');
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
    const data = (0,json/* isRecord */.u4)(answer.data) ? answer.data : {};
    const list = Array.isArray(data['tree']) ? data['tree'] : undefined;
    if (!list)
        throw protocolError(step, client.facts, 'a tree without entries');
    if (data['truncated'] === true) {
        throw protocolError(step, client.facts, 'a truncated tree (a directory of over 100,000 entries)');
    }
    const entries = new Map();
    for (const e of list) {
        if (!(0,json/* isRecord */.u4)(e) || typeof e['path'] !== 'string' || typeof e['mode'] !== 'string')
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
    const sha = shaOf((0,json/* isRecord */.u4)(answer.data) ? answer.data['sha'] : undefined, step, client, 'no blob id');
    if (sha.length === 40 && sha !== gitBlobSha(content)) {
        throw protocolError(step, client.facts, `the blob id ${sha}, not git's id of that content`);
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
    return shaOf((0,json/* isRecord */.u4)(answer.data) ? answer.data['sha'] : undefined, step, client, 'no tree id');
}
/** No author or committer: GitHub then signs the commits a GITHUB_TOKEN makes. */
async function createCommit(client, repo, commit) {
    const step = { doing: 'create the commit', needs: 'contents' };
    const body = { message: commit.message, tree: commit.tree, parents: [commit.parent] };
    const answer = await client.call(step, 'POST', `${repo.path}/git/commits`, body);
    return shaOf((0,json/* isRecord */.u4)(answer.data) ? answer.data['sha'] : undefined, step, client, 'no commit id');
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
        const made = answer.status === 422 && /already exists/i.test(serverMessage(answer.data));
        if (!made)
            throw explainAnswer(answer, step, client.facts);
    }
    const step = { doing: `update the branch ${branch}`, needs: 'contents' };
    await client.call(step, 'PATCH', `${repo.path}/git/refs/${refPath(branch)}`, { sha, force: true });
}
function shaOf(value, step, client, what) {
    if (typeof value === 'string' && SHA_RE.test(value))
        return value;
    throw protocolError(step, client.facts, what);
}

;// CONCATENATED MODULE: ./src/pulls/marker.ts
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
const hash = (lines) => (0,external_node_crypto_.createHash)('sha1').update(lines.join('\n')).digest('hex').slice(0, 16);
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
    if (!(0,json/* isRecord */.u4)(value) || typeof value['key'] !== 'string' || typeof value['files'] !== 'string') {
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

;// CONCATENATED MODULE: ./src/pulls/render.ts
/**
 * A pull request's title and body: old and new tag, update type, digest,
 * the files and lines changed, a table of the newer tags, and the hidden
 * marker. Tags and digests were validated where they entered; file paths
 * and image names are escaped anyway, as they are shown in Markdown.
 */

/** GitHub refuses bodies over 65,536 characters; bytes are counted, which is never fewer. */
const MAX_BODY_BYTES = 65_536;
const MAX_TITLE_CHARS = 256;
/** Newer tags listed per update; the rest are counted. */
const NEWER_TAGS_SHOWN = 20;
function renderPullRequest(plan) {
    return { title: titleOf(plan.updates), body: bodyOf(plan) };
}
function titleOf(updates) {
    const images = [...new Set(updates.map(u => u.image))];
    const first = updates[0];
    let title;
    if (updates.length === 1 && first) {
        title =
            first.updateType === 'digest'
                ? `Update ${first.image}:${first.to} to ${shortDigest(first.digest)}`
                : `Update ${first.image} from ${first.from} to ${first.to}`;
    }
    else if (images.length === 1) {
        title = `Update ${images[0]} to ${[...new Set(updates.map(u => u.to))].join(', ')}`;
    }
    else {
        title = `Update ${images.length} images: ${updates.map(u => `${u.image} ${u.to}`).join(', ')}`;
    }
    title = title.replace(render_CONTROL, ' ');
    return title.length <= MAX_TITLE_CHARS ? title : `${title.slice(0, MAX_TITLE_CHARS - 1)}…`;
}
function bodyOf(plan) {
    const { updates } = plan;
    const first = updates[0];
    const intro = updates.length === 1 && first
        ? `Updates **${md(first.image)}** from ${code(first.from)} to ${code(first.to)} (${md(first.updateType)}).`
        : `Updates ${updates.length} image references.`;
    const sections = [
        formatMarker(markerOf(plan)),
        intro,
        summaryTable(updates),
        filesTable(updates),
        ...updates.map(newerTagsTable),
        footer(updates.length)
    ];
    return fitBody(sections.join('\n\n'));
}
function summaryTable(updates) {
    const rows = updates.map(u => row([md(u.image), code(u.from), code(u.to), md(u.updateType), code(u.digest)]));
    return ['| Image | From | To | Update | Digest |', '|---|---|---|---|---|', ...rows].join('\n');
}
function filesTable(updates) {
    const rows = updates.flatMap(u => u.locations.map(l => row([md(l.file), String(Math.trunc(l.line)), md(u.image), code(u.to)])));
    return [
        '### Files changed',
        '',
        '| File | Line | Image | Tag |',
        '|---|---|---|---|',
        ...rows
    ].join('\n');
}
function newerTagsTable(update) {
    const { newerTags } = update;
    const shown = newerTags.slice(0, NEWER_TAGS_SHOWN);
    const rows = shown.map(tag => row([code(tag), tag === update.to ? 'chosen' : '']));
    const more = newerTags.length - shown.length;
    const heading = `### Newer tags of ${md(update.image)} than ${code(update.from)} (${newerTags.length})`;
    const table = shown.length ? ['| Tag | |', '|---|---|', ...rows] : ['None listed.'];
    return [heading, '', ...table, ...(more > 0 ? ['', `…and ${more} more.`] : [])].join('\n');
}
function footer(count) {
    const what = count === 1 ? 'this update' : 'these updates';
    return `---\n<sub>Opened by registry-tags. Closing this pull request without merging declines ${what}: it is not opened again for the same tags, only for newer ones. A later run updates this branch and this description.</sub>`;
}
const row = (cells) => `| ${cells.join(' | ')} |`;
const shortDigest = (digest) => digest.slice(0, 'sha256:'.length + 12);
// eslint-disable-next-line no-control-regex
const render_CONTROL = /[\u0000-\u001f\u007f-\u009f]+/g;
/** Markdown and HTML punctuation, and `@`/`#`, which would mention someone or link an issue. */
const MARKDOWN = /[\\`*_{}[\]()<>#+!|~&@$]/g;
/** Text shown as it is: every character Markdown or HTML would read is backslash-escaped. */
function md(text) {
    return text.replace(render_CONTROL, ' ').replace(MARKDOWN, '\\$&');
}
/** A code span; `|` escaped for tables, a backtick (never in a valid tag) replaced. */
function code(text) {
    return `\`${text.replace(render_CONTROL, ' ').replace(/`/g, "'").replace(/\|/g, '\\|')}\``;
}
/** Cut at a line end to GitHub's limit; the marker is the first line, so it stays. */
function fitBody(body) {
    if (Buffer.byteLength(body) <= MAX_BODY_BYTES)
        return body;
    const note = `\n\n…(cut here: GitHub takes at most ${MAX_BODY_BYTES} characters; the commit has every change.)`;
    const budget = MAX_BODY_BYTES - Buffer.byteLength(note);
    const head = Buffer.from(body, 'utf8').subarray(0, budget).toString('utf8');
    return `${head.slice(0, head.lastIndexOf('\n'))}${note}`;
}

;// CONCATENATED MODULE: ./src/pulls/plan.ts
/**
 * A plan is checked before anything is sent: paths a tree may hold
 * (repository-relative, `/`-separated, nothing under .git), each once, and
 * at least one update and one file.
 */


/** Update lines in a commit message; the pull request's body has them all. */
const MESSAGE_LINES = 50;
function checkPlan(plan) {
    if (!plan.key.trim())
        throw new errors/* ActionError */.lZ('A pull request plan needs a key (an image, or all).');
    if (plan.updates.length === 0 || plan.files.length === 0) {
        throw new errors/* ActionError */.lZ(`The pull request plan for ${plan.key} has no updates or no files.`);
    }
    const seen = new Set();
    for (const { path } of plan.files) {
        const why = pathProblem(path);
        if (why)
            throw new errors/* ActionError */.lZ(`Cannot commit '${JSON.stringify(path).slice(1, -1)}': ${why}.`);
        if (seen.has(path))
            throw new errors/* ActionError */.lZ(`Cannot commit '${path}' twice in one pull request.`);
        seen.add(path);
    }
}
/** Why a path cannot be a tree entry, or '' when it can. */
function pathProblem(path) {
    // eslint-disable-next-line no-control-regex
    if (!path || path.length > 4096 || /[\u0000-\u001f\u007f\\]/.test(path)) {
        return 'a path must be non-empty, of printable characters, with / between its parts';
    }
    const parts = path.split('/');
    if (parts.some(p => p === '' || p === '.' || p === '..')) {
        return 'a path must be relative to the repository, without empty, . or .. parts';
    }
    if (parts.some(p => p.toLowerCase() === '.git'))
        return 'nothing under .git is committed';
    return '';
}
/** The title, then one line per update. */
function commitMessage(plan) {
    const lines = plan.updates
        .slice(0, MESSAGE_LINES)
        .map(u => `- ${u.image}: ${u.from} → ${u.to} (${u.updateType})`);
    const more = plan.updates.length - lines.length;
    if (more > 0)
        lines.push(`- …and ${more} more`);
    return `${renderPullRequest(plan).title}\n\n${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/pulls/commit.ts
/**
 * The plan as one commit on the base branch's head: blobs for the files
 * whose content is new to the repository, a tree on the base's tree, the
 * commit (no author: GitHub signs what GITHUB_TOKEN commits), and the
 * branch pointed at it.
 */




/** Modes a file may have to be rewritten: a regular file, executable or not. */
const FILE_MODES = new Set(['100644', '100755']);
async function readRepository(client, repo) {
    const step = { doing: 'read the repository', needs: 'read' };
    const answer = await client.call(step, 'GET', repo.path, undefined, [200]);
    const branch = (0,json/* isRecord */.u4)(answer.data) ? answer.data['default_branch'] : undefined;
    if (typeof branch !== 'string' || !branch) {
        throw protocolError(step, client.facts, 'a repository without a default branch');
    }
    return { defaultBranch: branch };
}
async function writeCommit(client, repo, plan, target) {
    const parent = await readBranch(client, repo, target.base);
    if (!parent) {
        throw new PullRequestError(`Could not open a pull request into ${target.base} in ${client.facts.repository}: there is no such branch. The base is the branch the workflow runs on (GITHUB_REF), or the default branch.`, { kind: 'not-found', status: 404 });
    }
    const baseTree = await readCommitTree(client, repo, parent);
    const paths = plan.files.map(f => f.path);
    const before = await entriesAt(client, repo, baseTree, paths);
    const changed = plan.files.filter(f => before.get(f.path)?.sha !== gitBlobSha(f.content));
    if (changed.length === 0) {
        throw new PullRequestError(`Could not commit to ${target.branch} in ${client.facts.repository}: ${target.base} already holds every change (${paths.join(', ')}), so there is nothing to propose.`, { kind: 'unexpected' });
    }
    const files = [];
    for (const file of changed) {
        const mode = modeFor(before.get(file.path), file.path, client);
        const sha = gitBlobSha(file.content);
        const uploaded = target.known.has(sha) ? sha : await createBlob(client, repo, file);
        files.push({ path: file.path, mode, sha: uploaded });
    }
    const tree = await createTree(client, repo, baseTree, files);
    const commit = await createCommit(client, repo, { message: commitMessage(plan), tree, parent });
    await writeBranch(client, repo, target.branch, commit, target.exists);
    return { commit, files: changed.length };
}
/** The base's mode for a regular file; a new file is a plain one; anything else is refused. */
function modeFor(entry, path, client) {
    if (!entry)
        return '100644';
    if (entry.type === 'blob' && FILE_MODES.has(entry.mode))
        return entry.mode;
    const what = entry.mode === '120000'
        ? 'a symbolic link'
        : entry.type === 'commit'
            ? 'a submodule'
            : 'a directory';
    throw new PullRequestError(`Could not commit ${path} in ${client.facts.repository}: on the base branch it is ${what}, not a file; refusing to replace it. Leave it out of 'update-files'.`, { kind: 'unexpected' });
}

;// CONCATENATED MODULE: ./src/pulls/pulls.ts
/**
 * The pull requests of one branch through the pulls API: found by their
 * head (open or closed, newest first), opened, and edited.
 */



/** GitHub's largest page; the newest 100 pull requests of one branch are plenty. */
const PER_PAGE = 100;
/** The branch's pull requests in this repository, newest first. */
async function listPulls(client, repo, branch) {
    const step = { doing: `find the pull requests of ${branch}`, needs: 'pull-requests' };
    const query = new URLSearchParams({
        head: `${repo.owner}:${branch}`,
        state: 'all',
        sort: 'created',
        direction: 'desc',
        per_page: String(PER_PAGE)
    });
    const answer = await client.call(step, 'GET', `${repo.path}/pulls?${query}`);
    if (!Array.isArray(answer.data))
        throw protocolError(step, client.facts, 'no list of pull requests');
    return answer.data
        .filter(p => (0,json/* isRecord */.u4)(p) && (0,json/* isRecord */.u4)(p['head']) && p['head']['ref'] === branch)
        .map(p => readPull(p, step, client));
}
async function openPull(client, repo, pull) {
    const step = {
        doing: `open a pull request from ${pull.head} into ${pull.base}`,
        needs: 'pull-requests'
    };
    const answer = await client.call(step, 'POST', `${repo.path}/pulls`, pull, [201]);
    return readPull(answer.data, step, client);
}
/** Only what differs is sent; nothing when nothing differs. False then. */
async function editPull(client, repo, pull, wanted) {
    const changes = {
        ...(pull.title !== wanted.title && { title: wanted.title }),
        ...(pull.body !== wanted.body && { body: wanted.body }),
        ...(pull.base !== wanted.base && { base: wanted.base })
    };
    if (Object.keys(changes).length === 0)
        return false;
    const step = { doing: `update pull request #${pull.number}`, needs: 'pull-requests' };
    await client.call(step, 'PATCH', `${repo.path}/pulls/${pull.number}`, changes, [200]);
    return true;
}
function readPull(data, step, client) {
    const p = (0,json/* isRecord */.u4)(data) ? data : {};
    const { number, html_url: url, state, title, body, merged_at: mergedAt } = p;
    const base = (0,json/* isRecord */.u4)(p['base']) ? p['base']['ref'] : undefined;
    const valid = Number.isSafeInteger(number) &&
        number > 0 &&
        typeof url === 'string' &&
        /^https?:\/\/[^\s]+$/.test(url) &&
        (state === 'open' || state === 'closed') &&
        typeof title === 'string' &&
        (typeof body === 'string' || body === null) &&
        typeof base === 'string';
    if (!valid)
        throw protocolError(step, client.facts, 'a pull request without its number, page, state, title or base');
    const text = body ?? '';
    const marker = readMarker(text);
    return {
        number: number,
        url,
        open: state === 'open',
        merged: typeof mergedAt === 'string' && mergedAt !== '',
        title,
        body: text,
        base,
        ...(marker && { marker })
    };
}

;// CONCATENATED MODULE: ./src/pulls/publish.ts









/** Each request's timeout when the context names none. */
const DEFAULT_TIMEOUT_MS = 20_000;
/** GitHub's advice: a second between content-creating requests. */
const DEFAULT_WRITE_SPACING_MS = 1000;
async function publishPullRequest(plan, context, log) {
    checkPlan(plan);
    const { owner, name } = splitRepository(context.repository);
    const repo = { owner, name, path: `/repos/${owner}/${name}` };
    const client = await clientFor(plan, context, log);
    const { defaultBranch } = await readRepository(client, repo);
    const base = baseBranch(context.ref, defaultBranch);
    const branch = branchName(plan.key);
    const wanted = markerOf(plan);
    const pulls = await listPulls(client, repo, branch);
    const open = pulls.find(p => p.open && p.marker) ?? pulls.find(p => p.open);
    const declined = open
        ? undefined
        : pulls.find(p => !p.open && !p.merged && p.marker && covers(p.marker, wanted));
    if (declined) {
        log.info(`Pull request #${declined.number} for these updates was closed without merging; not opening it again (a newer tag will open a new one): ${declined.url}`);
        return { number: declined.number, url: declined.url, action: 'declined' };
    }
    const text = renderPullRequest(plan);
    const committed = await syncBranch(client, repo, plan, { branch, base, open, wanted }, log);
    if (!open) {
        const pull = await openPull(client, repo, { ...text, head: branch, base });
        log.info(`Opened pull request #${pull.number}: ${pull.url}`);
        return { number: pull.number, url: pull.url, action: 'opened' };
    }
    const edited = await editPull(client, repo, open, { ...text, base });
    const action = committed || edited ? 'updated' : 'unchanged';
    log.info(`Pull request #${open.number} ${action === 'updated' ? 'updated' : 'is up to date'}: ${open.url}`);
    return { number: open.number, url: open.url, action };
}
function clientFor(plan, context, log) {
    return GithubClient.open({
        baseUrl: apiBaseUrl(context),
        token: context.token,
        log,
        timeoutMs: context.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        writeSpacingMs: context.writeSpacingMs ?? DEFAULT_WRITE_SPACING_MS,
        facts: {
            repository: context.repository,
            touchesWorkflows: plan.files.some(f => f.path.startsWith('.github/workflows/'))
        },
        ...(context.deadline && { deadline: context.deadline })
    });
}
/**
 * Leaves the branch when its open pull request carries these updates and
 * its files already hold the plan's content; otherwise commits the plan
 * onto the base's head and points the branch there. True when it wrote.
 */
async function syncBranch(client, repo, plan, target, log) {
    const head = await readBranch(client, repo, target.branch);
    const known = new Set();
    if (head) {
        const tree = await readCommitTree(client, repo, head);
        const entries = await entriesAt(client, repo, tree, plan.files.map(f => f.path));
        const { open, wanted } = target;
        const holds = plan.files.every(f => entries.get(f.path)?.sha === gitBlobSha(f.content));
        if (holds && open?.marker && sameChange(open.marker, wanted)) {
            log.debug(`${target.branch} already holds these changes`);
            return false;
        }
        for (const entry of entries.values())
            if (entry?.type === 'blob')
                known.add(entry.sha);
    }
    const made = await writeCommit(client, repo, plan, {
        ...target,
        exists: head !== undefined,
        known
    });
    const files = made.files === 1 ? '1 file' : `${made.files} files`;
    log.info(`Committed ${files} to ${target.branch} (${made.commit.slice(0, 12)}) on ${target.base}`);
    return true;
}

;// CONCATENATED MODULE: ./src/pulls/index.ts







/***/ })

};
