export const id = 752;
export const ids = [752];
export const modules = {

/***/ 9752:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   listCatalog: () => (/* binding */ listCatalog)
/* harmony export */ });
/* harmony import */ var _credentials_credential_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1333);
/* harmony import */ var _transport_registry_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9200);
/* harmony import */ var _transport_tokens_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(323);
/* harmony import */ var _api_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2871);
/* harmony import */ var _failures_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9280);
/* harmony import */ var _listing_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5739);
/* harmony import */ var _pager_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6264);
/**
 * A registry's repositories from `GET /v2/_catalog`: every page, through the
 * challenge flow with scope `registry:catalog:*`. Many registries will not
 * give the catalog (Harbor's and GitLab's token services grant nothing,
 * Docker Hub has none): a refusal is explained from what the registry sent
 * (status, challenge realm and service, error codes), with the alternative.
 */







async function listCatalog(api, options = _pager_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_PAGER */ .sC) {
    const ctx = api.context('list the catalog of repositories', '_catalog');
    const { items, pages, dropped } = await (0,_pager_js__WEBPACK_IMPORTED_MODULE_4__/* .listAll */ ._w)(api, {
        path: '/v2/_catalog',
        field: 'repositories',
        scope: _api_js__WEBPACK_IMPORTED_MODULE_2__/* .CATALOG_SCOPE */ .bG,
        ctx,
        accept: _listing_js__WEBPACK_IMPORTED_MODULE_5__/* .isRepositoryPath */ .o,
        explain: explainFailure(ctx)
    }, options);
    api.log.debug(`${ctx.registry}: ${items.length} repositories in ${pages} catalog pages`);
    return { names: items, dropped, pages };
}
/**
 * A 401, 403 or 404 for the catalog (and a token service refusing the
 * credential) becomes an error that speaks of the catalog, not of a
 * repository. Other answers keep the generic errors, which the pager reads
 * (a 400 PAGINATION_NUMBER_INVALID asks for a smaller page).
 */
function explainFailure(ctx) {
    return failure => failure instanceof _failures_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryError */ .gl
        ? tokenServiceRefusal(ctx, failure)
        : catalogRefusal(ctx, failure);
}
/** From the challenge the registry sent; Docker Hub also by its registry name. */
function flavorOf(ctx, challenge) {
    const params = challenge?.params ?? {};
    if (challenge?.scheme === 'basic') {
        return params['realm']?.toLowerCase() === 'harbor' ? 'harbor' : undefined;
    }
    const service = params['service'];
    const realm = urlOf(params['realm']);
    if (service === 'harbor-registry' || realm?.pathname.endsWith('/service/token'))
        return 'harbor';
    if (service === 'container_registry' || realm?.pathname.endsWith('/jwt/auth'))
        return 'gitlab';
    if (service === 'registry.docker.io' || realm?.hostname === 'auth.docker.io' || ctx.isDockerHub) {
        return 'docker-hub';
    }
    return undefined;
}
function urlOf(text) {
    try {
        return text ? new URL(text) : undefined;
    }
    catch {
        return undefined;
    }
}
const ALTERNATIVE = {
    harbor: "This is Harbor, whose token service never grants the catalog: use HTTP Basic with a Harbor administrator's 'username' and 'password', or list a project's repositories with the Harbor API (GET /api/v2.0/projects/{project}/repositories).",
    gitlab: "This is GitLab's container registry, which grants the catalog only to administrators: use an administrator's credentials, or list a project's repositories with the GitLab API (GET /api/v4/projects/:id/registry/repositories).",
    'docker-hub': "Docker Hub has no catalog of repositories: list a namespace with 'repositories: docker.io/<namespace>' (such as docker.io/library)."
};
const ADMIN_HINT = 'Use credentials that may list the catalog (often an administrator account).';
const ANONYMOUS_HINT = "Give 'username' and 'password' of an account that may list the catalog (often an administrator).";
/** The catalog-specific explanation of a 401, 403 or 404; undefined for other answers. */
function catalogRefusal(ctx, response) {
    const refusal = explainRefusal(ctx, response);
    if (!refusal)
        return undefined;
    const { codes, summary } = (0,_transport_registry_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .parseRegistryErrorBody */ .L)(response.body.toString('utf8'));
    const answered = `${response.status}${summary ? ` ${summary}` : ''}`;
    return new _failures_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryError */ .gl(`Could not ${ctx.action} on ${ctx.registry}: ${refusal.reason} (the registry answered ${answered}). ${refusal.advice}`, { kind: refusal.kind, status: response.status, codes });
}
function explainRefusal(ctx, response) {
    const flavor = flavorOf(ctx, response.challenge);
    const alternative = flavor ? ALTERNATIVE[flavor] : ADMIN_HINT;
    const who = whoAsked(ctx);
    switch (response.status) {
        case 401:
            return unauthorized(ctx, response, flavor);
        case 403:
            return {
                kind: 'denied',
                reason: `listing the catalog is denied to ${who}`,
                advice: alternative
            };
        case 404:
            return {
                kind: 'not-found',
                reason: 'this registry does not serve a catalog (/v2/_catalog is not there: it is not enabled, or not offered at all)',
                advice: flavor
                    ? alternative
                    : "Check the registry host; list a repository's tags with 'image' instead, or list its repositories with the registry's own API."
            };
        default:
            return undefined;
    }
}
function unauthorized(ctx, response, flavor) {
    const challenge = response.challenge;
    // A redirect to a foreign host, or no challenge at all: the generic words fit.
    if (response.foreignChallenge || !challenge)
        return undefined;
    if (challenge.scheme === 'basic')
        return basicRefused(ctx, response, flavor === 'harbor');
    const insufficient = challenge.params['error'] === 'insufficient_scope';
    const anonymous = ctx.credential.kind === 'anonymous';
    return {
        kind: 'unauthorized',
        reason: `the token service did not grant ${_api_js__WEBPACK_IMPORTED_MODULE_2__/* .CATALOG_SCOPE */ .bG} to ${whoAsked(ctx)}${insufficient ? ' (insufficient_scope)' : ''}`,
        advice: flavor ? ALTERNATIVE[flavor] : anonymous ? ANONYMOUS_HINT : ADMIN_HINT
    };
}
/** A Basic challenge: no credentials, refused ones, or a token where a password is wanted. */
function basicRefused(ctx, response, harbor) {
    const account = harbor
        ? "a Harbor administrator's account"
        : 'an account that may list the catalog';
    const also = harbor ? ` ${ALTERNATIVE.harbor}` : '';
    if (ctx.credential.kind === 'anonymous') {
        return {
            kind: 'unauthorized',
            reason: 'this registry needs a user name and password (HTTP Basic) to list its catalog',
            advice: `Give 'username' and 'password' of ${account}.${also}`
        };
    }
    if (response.sentAuth === 'basic') {
        return {
            kind: 'unauthorized',
            reason: `it refused ${whoAsked(ctx)} (HTTP Basic)`,
            advice: `Check the user name and password, and that they are those of ${account}.${also}`
        };
    }
    return {
        kind: 'unauthorized',
        reason: `it asks for a user name and password (HTTP Basic), and ${whoAsked(ctx)} hold only a token`,
        advice: `Give 'username' and 'password' of ${account}.${also}`
    };
}
function whoAsked(ctx) {
    return ctx.credential.kind === 'anonymous'
        ? 'anonymous requests'
        : (0,_credentials_credential_js__WEBPACK_IMPORTED_MODULE_0__/* .describeCredential */ .t8)(ctx.credential);
}
/** The token service refused the credential itself (401/403 to the token request). */
function tokenServiceRefusal(ctx, error) {
    if (!(error instanceof _failures_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryError */ .gl) || !(error.cause instanceof _transport_tokens_js__WEBPACK_IMPORTED_MODULE_1__/* .TokenError */ .gz))
        return undefined;
    const status = error.cause.status;
    if ((status !== 401 && status !== 403) || ctx.credential.kind === 'anonymous')
        return undefined;
    return new _failures_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryError */ .gl(`Could not ${ctx.action} on ${ctx.registry}: ${error.cause.message}. The token service refused ${whoAsked(ctx)}: check the user name and the password or token.`, { kind: 'unauthorized', status, cause: error.cause });
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
