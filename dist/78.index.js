export const id = 78;
export const ids = [78];
export const modules = {

/***/ 7078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   publishPulls: () => (/* binding */ publishPulls),
/* harmony export */   pullOutputs: () => (/* binding */ pullOutputs)
/* harmony export */ });
/* harmony import */ var _core_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5831);

const SAID = {
    opened: 'Opened',
    updated: 'Updated',
    unchanged: 'Up to date:',
    declined: 'Left closed (a person closed it for this same update):'
};
async function publishPulls(core, plans, options, env, deadline) {
    if (!plans.length)
        return [];
    const { githubContextFrom, publishPullRequest } = await __webpack_require__.e(/* import() */ 926).then(__webpack_require__.bind(__webpack_require__, 3926));
    const context = {
        ...githubContextFrom(env, options.credentials.githubToken ?? ''),
        deadline,
        timeoutMs: options.requestTimeoutMs,
        ...writeSpacing(env)
    };
    const log = (0,_core_js__WEBPACK_IMPORTED_MODULE_0__/* .coreLogger */ .W)(core);
    const published = [];
    for (const plan of plans) {
        const outcome = await publishPullRequest(plan, context, log);
        core.info(`${SAID[outcome.action]} pull request #${outcome.number} for ${plan.key}: ${outcome.url}`);
        published.push({ plan, outcome });
    }
    return published;
}
/** Tests shorten GitHub's one second between writes; the contract has no input for it. */
function writeSpacing(env) {
    const ms = Number(env['REGISTRY_TAGS_GITHUB_WRITE_SPACING_MS'] ?? '');
    return env['REGISTRY_TAGS_GITHUB_WRITE_SPACING_MS'] && Number.isFinite(ms) && ms >= 0
        ? { writeSpacingMs: ms }
        : {};
}
/** The first pull request's number and address (one per image: the first image's). */
function pullOutputs(published) {
    const first = published[0]?.outcome;
    return {
        'pull-request-number': first ? String(first.number) : '',
        'pull-request-url': first?.url ?? ''
    };
}


/***/ })

};
