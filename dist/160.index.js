export const id = 160;
export const ids = [160];
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

/***/ 3230:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e2: () => (/* binding */ plausibleDate),
/* harmony export */   o$: () => (/* binding */ jsonObject)
/* harmony export */ });
/* unused harmony export MAX_DATE_BODY_BYTES */
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(349);

/** One tag's answer is a few KiB; a quay tag page, some tens. More is not an answer to read. */
const MAX_DATE_BODY_BYTES = 1024 * 1024;
/** Docker's first public registry: an earlier date is not a push date. */
const EARLIEST = Date.UTC(2013, 0, 1);
/** A day of clock skew; later is a date no registry can have seen. */
const SKEW_MS = 86_400_000;
/** ISO 8601 of a date text or Unix seconds, or undefined when it is not a plausible push date. */
function plausibleDate(value, now = Date.now()) {
    const ms = typeof value === 'number' && Number.isFinite(value)
        ? value * 1000
        : typeof value === 'string' && value.length <= 64
            ? Date.parse(value)
            : NaN;
    if (!Number.isFinite(ms) || ms < EARLIEST || ms > now + SKEW_MS)
        return undefined;
    return new Date(ms).toISOString();
}
/** The answer's JSON object, or why there is none. */
function jsonObject(response) {
    if (response.body.length > MAX_DATE_BODY_BYTES) {
        return { why: `the answer was larger than ${MAX_DATE_BODY_BYTES / 1024} KiB` };
    }
    try {
        const json = JSON.parse(response.body.toString('utf8'));
        if ((0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(json))
            return { json };
    }
    catch {
        // fall through: not JSON
    }
    return { why: 'the answer was not a JSON object' };
}


/***/ }),

/***/ 2160:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  releaseDatesFor: () => (/* binding */ releaseDatesFor)
});

// EXTERNAL MODULE: ./src/reference.ts
var reference = __webpack_require__(8286);
// EXTERNAL MODULE: ./src/registry/dockerhub-login.ts
var dockerhub_login = __webpack_require__(228);
// EXTERNAL MODULE: ./src/registry/failures.ts
var failures = __webpack_require__(9280);
// EXTERNAL MODULE: ./src/registry/api.ts + 1 modules
var registry_api = __webpack_require__(2871);
// EXTERNAL MODULE: ./src/registry/manifests.ts + 1 modules
var manifests = __webpack_require__(7705);
// EXTERNAL MODULE: ./src/registry/release-date-json.ts
var release_date_json = __webpack_require__(3230);
;// CONCATENATED MODULE: ./src/registry/last-modified.ts




const LAST_MODIFIED_SOURCE = 'the manifest’s Last-Modified header';
function lastModifiedDates(api, repository) {
    const source = `${LAST_MODIFIED_SOURCE} (${api.host.registry})`;
    let sendsNone = false;
    return async (tag) => {
        if (sendsNone)
            return { source, why: 'this registry sends no Last-Modified' };
        const ctx = api.context(`read the release date of '${repository}:${tag}'`, repository);
        let response;
        try {
            response = await api.send({
                method: 'HEAD',
                url: `${api.base}/v2/${repository}/manifests/${tag}`,
                headers: { Accept: Object.values(manifests/* MEDIA_TYPES */.Z2).join(', ') }
            }, (0,registry_api/* pullScope */.iH)(repository), ctx);
        }
        catch (error) {
            if (error instanceof failures/* RegistryError */.gl)
                return { source, why: error.message };
            throw error;
        }
        if (response.status !== 200)
            return { source, why: `the registry answered ${response.status}` };
        const header = response.headers['last-modified'];
        if (header === undefined) {
            sendsNone = true;
            return { source, why: 'this registry sends no Last-Modified' };
        }
        const date = (0,release_date_json/* plausibleDate */.e2)(Array.isArray(header) ? header[0] : header);
        return date ? { date, source } : { source, why: 'its Last-Modified is not a plausible date' };
    };
}

;// CONCATENATED MODULE: ./src/registry/release-dates.ts




/** One Hub API login per run, shared by every docker.io image. */
const hubSessions = new WeakMap();
function hubSession(ctx) {
    let session = hubSessions.get(ctx);
    if (!session) {
        session = (async () => {
            const { http, onSecret, log } = ctx;
            const hub = new dockerhub_login/* HubSession */.G({ http, credential: await ctx.hubCredential(), onSecret, log });
            await hub.login();
            return hub;
        })();
        hubSessions.set(ctx, session);
    }
    return session;
}
/** The date source of one image; ghcr.io's keeps the version pages it read for the next tag. */
async function releaseDatesFor(ctx, image, api) {
    const { repository } = image;
    switch (image.registry) {
        case reference/* DOCKER_HUB */.Xb: {
            const { hubTagDate, HUB_DATE_SOURCE } = await __webpack_require__.e(/* import() */ 600).then(__webpack_require__.bind(__webpack_require__, 5600));
            return async (tag) => {
                let session;
                try {
                    session = await hubSession(ctx);
                }
                catch (error) {
                    if (!(error instanceof failures/* RegistryError */.gl))
                        throw error;
                    return { source: HUB_DATE_SOURCE, why: error.message };
                }
                return hubTagDate(session, repository, tag);
            };
        }
        case 'ghcr.io': {
            const { ghcrTagDates } = await __webpack_require__.e(/* import() */ 541).then(__webpack_require__.bind(__webpack_require__, 6541));
            return ghcrTagDates(ctx.github, repository);
        }
        case 'quay.io': {
            const { quayTagDate } = await __webpack_require__.e(/* import() */ 806).then(__webpack_require__.bind(__webpack_require__, 6425));
            return tag => quayTagDate(ctx.http, repository, tag);
        }
        default:
            return lastModifiedDates(api, repository);
    }
}


/***/ })

};
