export const id = 388;
export const ids = [388];
export const modules = {

/***/ 674:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A3: () => (/* binding */ resetMs),
/* harmony export */   m2: () => (/* binding */ errorDetail),
/* harmony export */   qF: () => (/* binding */ parseJson)
/* harmony export */ });
/* harmony import */ var _transport_headers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4403);
/* harmony import */ var _text_escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7388);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(349);



/** `X-RateLimit-Reset`: a Unix time in seconds. */
function resetMs(headers, now = Date.now()) {
    const value = (0,_transport_headers_js__WEBPACK_IMPORTED_MODULE_1__/* .first */ .$)(headers['x-ratelimit-reset']);
    return value && /^\d+$/.test(value) ? Math.max(0, Number(value) * 1000 - now) : undefined;
}
function parseJson(body) {
    try {
        return JSON.parse(body.toString('utf8'));
    }
    catch {
        return undefined;
    }
}
/**
 * The Hub's own words from an error body (`message`, `detail` or `error`),
 * on one line, short, and without any secret of the credential in it: the
 * body is untrusted and could echo what was sent.
 */
function errorDetail(body, secrets) {
    const json = parseJson(body);
    if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(json))
        return '';
    const text = ['message', 'detail', 'error'].map(k => json[k]).find(v => typeof v === 'string');
    if (typeof text !== 'string')
        return '';
    // A secret split by invisible characters is still that secret.
    const bare = text.replace(/[\p{Cc}\p{Cf}]+/gu, '');
    if (secrets.some(secret => secret && (text.includes(secret) || bare.includes(secret))))
        return '';
    return (0,_text_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .serverText */ .Tn)(text);
}


/***/ }),

/***/ 228:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ HubSession)
/* harmony export */ });
/* harmony import */ var _credentials_credential_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1333);
/* harmony import */ var _transport_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9854);
/* harmony import */ var _transport_headers_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4403);
/* harmony import */ var _failures_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9280);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(349);
/* harmony import */ var _dockerhub_answers_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(674);






const PAT_HINT = "a personal access token needs read access ('Read-only', or 'Public Repo Read-only' for public repositories only)";
class HubSession {
    options;
    base;
    registry;
    /** `Bearer <token>` or `JWT <token>` after a login; none for anonymous. */
    authorization;
    /** What an error body must not be quoted with: the password and the tokens obtained. */
    secrets = [];
    constructor(options) {
        this.options = options;
        this.base = new URL(options.baseUrl ?? 'https://hub.docker.com');
        this.registry = `Docker Hub (${this.base.host})`;
        if (options.credential.kind === 'basic')
            this.secrets.push(options.credential.password);
    }
    get credential() {
        return this.options.credential;
    }
    /** True until a login succeeded: what the Hub sees of this caller. */
    get anonymous() {
        return this.authorization === undefined;
    }
    /** Logs in when the credential can: a user name with a password or personal access token. */
    async login() {
        const { credential, log } = this.options;
        if (credential.kind === 'anonymous')
            return;
        if (credential.kind !== 'basic') {
            log.warning(`The ${(0,_credentials_credential_js__WEBPACK_IMPORTED_MODULE_0__/* .describeCredential */ .t8)(credential)} hold a ${credential.kind === 'bearer' ? 'registry token' : 'docker identity token'}, which the Docker Hub API does not take; listing public repositories only. For private ones give 'username' and 'password' (a personal access token).`);
            return;
        }
        log.info(`Logging in to the Docker Hub API as '${credential.username}'`);
        this.authorization = (await this.tokenLogin(credential)) ?? (await this.legacyLogin(credential));
    }
    /** `POST /v2/auth/token {identifier, secret}` → `{access_token}`; undefined when the Hub has no such endpoint. */
    async tokenLogin(credential) {
        const body = { identifier: credential.username, secret: credential.password };
        const response = await this.post('/v2/auth/token', body, credential);
        if (response.status === 404 || response.status === 405) {
            this.options.log.info(`The Docker Hub API answered ${response.status} to POST /v2/auth/token; logging in through the older /v2/users/login`);
            return undefined;
        }
        const json = this.loginAnswer(response, credential);
        return `Bearer ${this.secret(json['access_token'], 'access_token', credential)}`;
    }
    /** The deprecated `POST /v2/users/login {username, password}` → `{token}`, sent as `JWT` (as docker's own toolkit does). */
    async legacyLogin(credential) {
        const body = { username: credential.username, password: credential.password };
        const response = await this.post('/v2/users/login', body, credential);
        const json = this.loginAnswer(response, credential);
        return `JWT ${this.secret(json['token'], 'token', credential)}`;
    }
    post(path, body, credential) {
        const request = {
            method: 'POST',
            url: new URL(path, this.base).href,
            headers: { 'content-type': 'application/json', accept: 'application/json' },
            body: JSON.stringify(body)
        };
        return this.send(request, this.loginContext(credential));
    }
    /** The login's JSON answer, or the error that says why there is none. */
    loginAnswer(response, credential) {
        const json = (0,_dockerhub_answers_js__WEBPACK_IMPORTED_MODULE_4__/* .parseJson */ .qF)(response.body);
        const twoFactor = (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(json) ? json['login_2fa_token'] : undefined;
        if (typeof twoFactor === 'string') {
            if (twoFactor)
                this.keepSecret(twoFactor);
            throw this.loginFailure(response, credential, 'unauthorized', `The account '${credential.username}' has two-factor authentication, which this older login cannot complete: use a personal access token (Account settings → Personal access tokens, read access) as the password instead of the account password.`);
        }
        if (response.status === 200 && (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(json))
            return json;
        if (response.status === 200) {
            throw this.loginFailure(response, credential, 'protocol', 'The answer was not a JSON object.');
        }
        throw this.loginRefused(response, credential);
    }
    loginRefused(response, credential) {
        const { status } = response;
        if (status === 401 || status === 403) {
            return this.loginFailure(response, credential, 'unauthorized', `It refused the ${(0,_credentials_credential_js__WEBPACK_IMPORTED_MODULE_0__/* .describeCredential */ .t8)(credential)} for user '${credential.username}': check the user name, and that the password or personal access token is right and neither expired nor revoked; ${PAT_HINT}.`);
        }
        if (status === 429)
            return this.rateLimited(response, this.loginContext(credential));
        return this.failure(response, this.loginContext(credential));
    }
    loginFailure(response, credential, kind, advice) {
        const ctx = this.loginContext(credential);
        return new _failures_js__WEBPACK_IMPORTED_MODULE_2__/* .RegistryError */ .gl(`${this.asked(ctx, response)} ${advice}`, {
            kind,
            status: response.status
        });
    }
    /** A token from the answer: passed to onSecret before anything else can see it. */
    secret(value, field, credential) {
        if (typeof value !== 'string' || !/^[\x21-\x7e]+$/.test(value)) {
            throw new _failures_js__WEBPACK_IMPORTED_MODULE_2__/* .RegistryError */ .gl(`Could not ${this.loginContext(credential).action} on ${this.registry}: the answer has no usable '${field}'.`, { kind: 'protocol' });
        }
        this.keepSecret(value);
        return value;
    }
    keepSecret(secret) {
        this.options.onSecret(secret);
        this.secrets.push(secret);
    }
    /** GET with the login's token, if any. */
    get(url, ctx) {
        const headers = { accept: 'application/json' };
        if (this.authorization)
            headers['authorization'] = this.authorization;
        return this.send({ method: 'GET', url, headers }, ctx);
    }
    /** Sends through the engine's transport; transport failures become RegistryErrors naming the Hub. */
    async send(request, ctx) {
        try {
            return await this.options.http.send(request);
        }
        catch (error) {
            if (error instanceof _transport_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RetryAfterError */ .nn)
                throw this.rateLimited(error.response, ctx, error);
            if (error instanceof _transport_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .NetworkError */ .Dr)
                throw (0,_failures_js__WEBPACK_IMPORTED_MODULE_2__/* .unreachable */ .HB)(ctx, error);
            throw error;
        }
    }
    context(action, repository) {
        const { credential } = this.options;
        return { action, registry: this.registry, repository, credential, isDockerHub: true };
    }
    loginContext(credential) {
        return this.context(`log in to the Docker Hub API as '${credential.username}'`, '');
    }
    /** `Could not <action> on Docker Hub (hub.docker.com): the Hub API answered 404 (not found).` */
    asked(ctx, response) {
        const detail = (0,_dockerhub_answers_js__WEBPACK_IMPORTED_MODULE_4__/* .errorDetail */ .m2)(response.body, this.secrets);
        return `Could not ${ctx.action} on ${ctx.registry}: the Hub API answered ${response.status}${detail ? ` (${detail})` : ''}.`;
    }
    /** Any other answer that is not a success. */
    failure(response, ctx) {
        const { status } = response;
        const make = (kind, advice) => new _failures_js__WEBPACK_IMPORTED_MODULE_2__/* .RegistryError */ .gl(`${this.asked(ctx, response)} ${advice}`, { kind, status });
        const who = (0,_credentials_credential_js__WEBPACK_IMPORTED_MODULE_0__/* .describeCredential */ .t8)(this.options.credential);
        if (status === 401 && this.anonymous) {
            return make('unauthorized', "It wants a login: give 'username' and 'password' (a personal access token with read access).");
        }
        if (status === 401 || status === 403) {
            return make(status === 401 ? 'unauthorized' : 'denied', `It refused the ${who}: check that the account may see namespace '${ctx.repository}', and that ${PAT_HINT}.`);
        }
        if (status === 429)
            return this.rateLimited(response, ctx);
        if (status >= 500) {
            return make('server', 'Docker Hub kept failing after several retries; try again later.');
        }
        return make('unexpected', 'This is not an answer the Hub API defines here.');
    }
    /** 429: the Hub API's limit, and when it resets if the answer says. */
    rateLimited(response, ctx, cause) {
        const wait = (0,_transport_headers_js__WEBPACK_IMPORTED_MODULE_5__/* .retryAfterMs */ .V)(response.headers) ?? (0,_dockerhub_answers_js__WEBPACK_IMPORTED_MODULE_4__/* .resetMs */ .A3)(response.headers);
        const reset = wait === undefined
            ? ' Try again later.'
            : ` It resets at ${new Date(Date.now() + wait).toISOString()}; try again after that.`;
        const limit = (0,_transport_headers_js__WEBPACK_IMPORTED_MODULE_5__/* .first */ .$)(response.headers['x-ratelimit-limit']);
        const quota = limit && /^\d+$/.test(limit) ? ` The limit is ${limit} requests per window.` : '';
        const login = this.anonymous ? ' Logging in raises the limit.' : '';
        return new _failures_js__WEBPACK_IMPORTED_MODULE_2__/* .RegistryError */ .gl(`Could not ${ctx.action} on ${ctx.registry}: rate limited (429).${quota}${reset}${login}`, { kind: 'rate-limited', status: 429, cause });
    }
}


/***/ }),

/***/ 4388:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   listHubNamespace: () => (/* binding */ listHubNamespace)
/* harmony export */ });
/* unused harmony exports HUB_PAGE_SIZE, HUB_MAX_PAGES */
/* harmony import */ var _credentials_credential_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1333);
/* harmony import */ var _transport_hosts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8514);
/* harmony import */ var _dockerhub_answers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(674);
/* harmony import */ var _dockerhub_login_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(228);
/* harmony import */ var _failures_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9280);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(349);
/* harmony import */ var _listing_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5739);
/* harmony import */ var _next_page_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6756);
/**
 * Docker Hub namespaces (`repositories: docker.io/<namespace>`). The Hub's
 * registry has no catalog, so the Hub API lists them: `GET
 * /v2/namespaces/{namespace}/repositories`, or the older
 * `/v2/repositories/{namespace}/` where the new one is missing, every page
 * by its absolute `next` URL. Anonymous for public repositories; after a
 * login (dockerhub-login.ts) private ones appear too. Everything the Hub
 * sends is checked for shape, and names become `namespace/name` paths only
 * when they are valid repository paths of the namespace asked.
 */








/** The most the Hub API gives per page on both endpoints. */
const HUB_PAGE_SIZE = 100;
/** 100,000 repositories: far more than any namespace holds. */
const HUB_MAX_PAGES = 1000;
async function listHubNamespace(options, namespace) {
    const session = new _dockerhub_login_js__WEBPACK_IMPORTED_MODULE_3__/* .HubSession */ .G(options);
    await session.login();
    const ctx = session.context(`list the repositories of namespace '${namespace}'`, namespace);
    const { response, endpoint } = await firstPage(session, namespace, ctx, options.log);
    const names = new Set();
    const trail = hubTrail(options, session.base, ctx, () => names.size);
    let dropped = 0;
    let current = response;
    for (;;) {
        trail.visited(current.url);
        const page = readPage(current, namespace, ctx);
        dropped += page.dropped;
        for (const name of page.names)
            names.add(name);
        if (trail.pages === 1 && page.results === 0) {
            return emptyNamespace(session, options, namespace, endpoint, dropped);
        }
        const next = trail.follow(page.next, current.url);
        if (next === undefined)
            return { names: [...names], dropped, pages: trail.pages };
        current = await session.get(next, ctx);
        if (current.status !== 200)
            throw session.failure(current, ctx);
    }
}
/**
 * The pages of one listing: https (http only between loopback addresses,
 * for tests), on the Hub API's own host, so the login's token goes nowhere else.
 */
function hubTrail(options, base, ctx, count) {
    return new _next_page_js__WEBPACK_IMPORTED_MODULE_6__/* .PageTrail */ .a({
        schemes: 'https',
        home: base.href,
        maxPages: options.maxPages ?? HUB_MAX_PAGES,
        loop: { log: options.log, source: 'The Hub API' },
        refuse: refusal => {
            if (refusal.reason === 'cap')
                return tooManyPages(ctx, refusal.pages, count());
            if (refusal.reason === 'not-a-url')
                return protocolError(ctx, "the answer's 'next' is not a URL");
            const { url } = refusal;
            return protocolError(ctx, refusal.reason === 'scheme'
                ? `the answer's 'next' (${(0,_transport_hosts_js__WEBPACK_IMPORTED_MODULE_1__/* .redactUrl */ .BO)(url.href)}) is not an https URL; refusing to follow it`
                : `the answer's 'next' leads to another host (${url.host}); refusing to follow it, since it could take the login's token elsewhere`);
        }
    });
}
/**
 * The new endpoint, or the older one when the Hub answers that the new one
 * does not exist here: a 405, or a 404 that is not the Hub's JSON answer
 * about the namespace (an HTML or plain-text "page not found").
 */
async function firstPage(session, namespace, ctx, log) {
    const ns = encodeURIComponent(namespace);
    const url = new URL(`/v2/namespaces/${ns}/repositories`, session.base);
    url.searchParams.set('page_size', String(HUB_PAGE_SIZE));
    const response = await session.get(url.href, ctx);
    if (response.status === 200)
        return { response, endpoint: 'namespaces' };
    if (response.status === 404 && isNamespaceAnswer(response)) {
        throw unknownNamespace(session, namespace);
    }
    if (response.status !== 404 && response.status !== 405)
        throw session.failure(response, ctx);
    const legacy = new URL(`/v2/repositories/${ns}/`, session.base);
    legacy.searchParams.set('page_size', String(HUB_PAGE_SIZE));
    log.info(`The Hub API answered ${response.status} to ${(0,_transport_hosts_js__WEBPACK_IMPORTED_MODULE_1__/* .redactUrl */ .BO)(url.href)}; listing through the older ${(0,_transport_hosts_js__WEBPACK_IMPORTED_MODULE_1__/* .redactUrl */ .BO)(legacy.href)}`);
    const old = await session.get(legacy.href, ctx);
    if (old.status === 404)
        throw unknownNamespace(session, namespace);
    if (old.status !== 200)
        throw session.failure(old, ctx);
    return { response: old, endpoint: 'legacy' };
}
/** The Hub API's own error body (`{"errinfo": …, "message": …}`), or one that names the namespace. */
function isNamespaceAnswer(response) {
    const json = (0,_dockerhub_answers_js__WEBPACK_IMPORTED_MODULE_2__/* .parseJson */ .qF)(response.body);
    if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_5__/* .isRecord */ .u4)(json))
        return false;
    if ('errinfo' in json)
        return true;
    const text = [json['message'], json['detail']].find(v => typeof v === 'string');
    return typeof text === 'string' && /namespace/i.test(text);
}
/** `{count, next, previous, results: [{name, namespace, …}]}`, checked before use. */
function readPage(response, namespace, ctx) {
    const json = (0,_dockerhub_answers_js__WEBPACK_IMPORTED_MODULE_2__/* .parseJson */ .qF)(response.body);
    if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_5__/* .isRecord */ .u4)(json))
        throw protocolError(ctx, 'the answer was not a JSON object');
    const { results, next, count } = json;
    if (!Array.isArray(results))
        throw protocolError(ctx, "'results' in the answer is not a list");
    if (next !== undefined && next !== null && typeof next !== 'string') {
        throw protocolError(ctx, "'next' in the answer is neither a URL nor null");
    }
    if (count !== undefined && (typeof count !== 'number' || !Number.isFinite(count))) {
        throw protocolError(ctx, "'count' in the answer is not a number");
    }
    const names = [];
    for (const entry of results) {
        const path = repositoryPath(entry, namespace);
        if (path)
            names.push(path);
    }
    return {
        names,
        dropped: results.length - names.length,
        results: results.length,
        ...(typeof next === 'string' && next !== '' && { next })
    };
}
/** `namespace/name` for an entry of the namespace asked that makes a valid path; else undefined. */
function repositoryPath(entry, namespace) {
    if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_5__/* .isRecord */ .u4)(entry))
        return undefined;
    const { name } = entry;
    const of = entry['namespace'] ?? namespace;
    if (typeof name !== 'string' || name.includes('/') || of !== namespace)
        return undefined;
    const path = `${namespace}/${name}`;
    return (0,_listing_js__WEBPACK_IMPORTED_MODULE_7__/* .isRepositoryPath */ .o)(path) ? path : undefined;
}
/**
 * No repositories on the first page. The new endpoint answers 404 for an
 * unknown namespace, so there the namespace exists and shows nothing to
 * this caller; the older one answers `count: 0` for unknown namespaces too.
 */
function emptyNamespace(session, options, namespace, endpoint, dropped) {
    if (endpoint === 'legacy') {
        throw unknownNamespace(session, namespace);
    }
    const hint = session.anonymous
        ? " Private repositories are listed only after a login: give 'username' and 'password' (a personal access token with read access)."
        : '';
    options.log.warning(`Docker Hub namespace '${namespace}' has no repositories you can see.${hint}`);
    return { names: [], dropped, pages: 1 };
}
function unknownNamespace(session, namespace) {
    const who = session.anonymous
        ? "without a login, so only public repositories count; for private ones give 'username' and 'password' (a personal access token with read access)"
        : `with the ${(0,_credentials_credential_js__WEBPACK_IMPORTED_MODULE_0__/* .describeCredential */ .t8)(session.credential)}; check that this account may see its private repositories`;
    return new _failures_js__WEBPACK_IMPORTED_MODULE_4__/* .RegistryError */ .gl(`Namespace '${namespace}' does not exist on Docker Hub, or has no repositories you can see. Check the spelling of the user or organisation name (as in 'docker.io/<namespace>/<repository>'). It was asked ${who}.`, { kind: 'not-found', status: 404 });
}
function protocolError(ctx, what) {
    return new _failures_js__WEBPACK_IMPORTED_MODULE_4__/* .RegistryError */ .gl(`Could not ${ctx.action} on ${ctx.registry}: ${what}.`, {
        kind: 'protocol'
    });
}
function tooManyPages(ctx, pages, count) {
    return new _failures_js__WEBPACK_IMPORTED_MODULE_4__/* .RegistryError */ .gl(`Could not ${ctx.action} on ${ctx.registry}: stopped after ${pages} pages (${count} repositories), the Hub API keeps sending more. Refusing to answer with a partial list.`, { kind: 'protocol' });
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
