export const id = 905;
export const ids = [905];
export const modules = {

/***/ 3905:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishPulls: () => (/* binding */ publishPulls),
  pullOutputs: () => (/* binding */ pullOutputs)
});

// EXTERNAL MODULE: ./src/reference.ts
var reference = __webpack_require__(8286);
// EXTERNAL MODULE: ./src/update/changes.ts + 1 modules
var changes = __webpack_require__(6169);
// EXTERNAL MODULE: ./src/action/core.ts + 16 modules
var action_core = __webpack_require__(5831);
;// CONCATENATED MODULE: ./src/action/stale-pulls.ts



/**
 * What the run knows; undefined when it cannot tell (an image failed).
 * `allImages`: the run looked for every image in its files (`image: auto`);
 * with one `image`, others are not looked for, so none is taken for gone.
 */
function staleQuestion(report, pinDigest, allImages) {
    const failed = report.checks.some(c => c.error || c.results.some(r => r.error));
    if (failed)
        return undefined;
    const seen = new Set();
    const settled = new Set();
    for (const check of report.checks) {
        const key = (0,reference/* displayName */.QC)(check.group.image);
        seen.add(key);
        if (!check.results.some(r => (0,changes/* movesReference */.o4)(r, pinDigest)))
            settled.add(key);
    }
    if (allImages && seen.size && settled.size === seen.size)
        settled.add('all');
    return { seen, settled, files: new Set(allImages ? report.scan.files : []) };
}
async function closeStale(core, context, report, options) {
    const pinDigest = options.update?.pinDigest ?? false;
    const question = staleQuestion(report, pinDigest, options.mode === 'auto');
    if (!question) {
        core.info('An image could not be checked: no pull request is closed as no longer needed.');
        return [];
    }
    const { closeStalePulls } = await Promise.all(/* import() */[__webpack_require__.e(441), __webpack_require__.e(549)]).then(__webpack_require__.bind(__webpack_require__, 5549));
    try {
        return await closeStalePulls(context, question, (0,action_core/* coreLogger */.Wj)(core));
    }
    catch (error) {
        // The updates themselves are done; tidying up after them is no reason to fail the step.
        const why = error instanceof Error ? error.message : String(error);
        core.warning(`Could not close the pull requests no longer needed: ${why}`);
        return [];
    }
}

;// CONCATENATED MODULE: ./src/action/pull-requests.ts


const SAID = {
    opened: 'Opened',
    updated: 'Updated',
    unchanged: 'Up to date:',
    declined: 'Left closed (a person closed it for this same update):',
    stopped: 'Stopped updating (a person pushed to its branch):',
    closed: 'Closed (no longer needed):'
};
async function publishPulls(core, plans, options, env, deadline, report) {
    if (!plans.length && !report)
        return [];
    const { githubContextFrom, publishPullRequest } = await Promise.all(/* import() */[__webpack_require__.e(441), __webpack_require__.e(510)]).then(__webpack_require__.bind(__webpack_require__, 2510));
    const context = {
        ...githubContextFrom(env, options.credentials.githubToken ?? ''),
        deadline,
        timeoutMs: options.requestTimeoutMs,
        ...writeSpacing(env),
        ...peopleOf(options)
    };
    const log = (0,action_core/* coreLogger */.Wj)(core);
    const published = [];
    for (const plan of plans) {
        const outcome = await publishPullRequest(plan, context, log);
        const said = `${SAID[outcome.action]} pull request #${outcome.number} for ${plan.key}: ${outcome.url}`;
        if (outcome.action === 'stopped')
            core.warning(said);
        else
            core.info(said);
        published.push({ plan, outcome });
    }
    if (!report || !options.update)
        return published;
    for (const pull of await closeStale(core, context, report, options)) {
        const plan = { key: pull.key, updates: [], files: [] };
        published.push({ plan, outcome: { number: pull.number, url: pull.url, action: 'closed' } });
    }
    return published;
}
/** `labels` and `reviewers`, when given. */
function peopleOf(options) {
    const pulls = options.update?.pulls;
    return {
        ...(pulls?.labels.length && { labels: [...pulls.labels] }),
        ...(pulls?.reviewers.length && { reviewers: [...pulls.reviewers] })
    };
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
    const first = published.find(p => p.outcome.number > 0 && p.outcome.action !== 'closed')?.outcome;
    return {
        'pull-request-number': first ? String(first.number) : '',
        'pull-request-url': first?.url ?? ''
    };
}


/***/ })

};
