export const id = 549;
export const ids = [549];
export const modules = {

/***/ 5549:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   closeStalePulls: () => (/* binding */ closeStalePulls)
/* harmony export */ });
/* harmony import */ var _registry_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(349);
/* harmony import */ var _branch_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4290);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3349);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3427);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2392);
/* harmony import */ var _marker_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4024);
/* harmony import */ var _people_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5849);
/* harmony import */ var _trailer_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5803);








const PAGES = 3;
async function closeStalePulls(context, question, log) {
    const { owner, name } = (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .splitRepository */ .T8)(context.repository);
    const repo = { owner, name, path: `/repos/${owner}/${name}` };
    const client = await _client_js__WEBPACK_IMPORTED_MODULE_2__/* .PullRequestClient */ .u.open({
        baseUrl: (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .apiBaseUrl */ .tj)(context),
        token: context.token,
        log,
        timeoutMs: context.timeoutMs ?? 20_000,
        writeSpacingMs: context.writeSpacingMs ?? 1000,
        facts: { repository: context.repository, touchesWorkflows: false },
        ...(context.deadline && { deadline: context.deadline })
    });
    const closed = [];
    for (const pull of await openPullsOfAction(client, repo)) {
        const why = await staleReason(client, repo, pull, question);
        if (!why)
            continue;
        const head = await (0,_git_js__WEBPACK_IMPORTED_MODULE_4__/* .readBranch */ .pG)(client, repo, pull.branch);
        if (head && !(0,_trailer_js__WEBPACK_IMPORTED_MODULE_7__/* .madeByAction */ .Rd)((await (0,_trailer_js__WEBPACK_IMPORTED_MODULE_7__/* .readHeadCommit */ .g0)(client, repo, head)).message)) {
            log.info(`Pull request #${pull.number} (${pull.key}) is no longer needed (${why}), but a person pushed to ${pull.branch}: left open.`);
            continue;
        }
        await close(client, repo, pull, why, head !== undefined);
        log.info(`Closed pull request #${pull.number} (${pull.key}): ${why}; deleted ${pull.branch}.`);
        closed.push({ key: pull.key, number: pull.number, url: pull.url, why });
    }
    return closed;
}
/** Open pull requests from this repository's `registry-tags/` branches that carry our marker. */
async function openPullsOfAction(client, repo) {
    const step = { doing: 'list the open pull requests', needs: 'pull-requests' };
    const found = [];
    for (let page = 1; page <= PAGES; page++) {
        const path = `${repo.path}/pulls?state=open&per_page=100&page=${page}`;
        const answer = await client.call(step, 'GET', path, undefined, [200]);
        const list = Array.isArray(answer.data) ? answer.data : [];
        for (const p of list) {
            const pull = readActionPull(p, repo);
            if (pull)
                found.push(pull);
        }
        if (list.length < 100)
            break;
    }
    return found;
}
function readActionPull(p, repo) {
    if (!(0,_registry_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(p) || !(0,_registry_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(p['head']))
        return undefined;
    const { number, html_url: url, body } = p;
    const branch = p['head']['ref'];
    const from = (0,_registry_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(p['head']['repo']) ? p['head']['repo']['full_name'] : undefined;
    const marker = (0,_marker_js__WEBPACK_IMPORTED_MODULE_5__/* .readMarker */ .t7)(body);
    const ours = from === `${repo.owner}/${repo.name}` && typeof branch === 'string';
    if (!ours || !branch.startsWith(_branch_js__WEBPACK_IMPORTED_MODULE_1__/* .BRANCH_PREFIX */ .s) || !marker)
        return undefined;
    if (!Number.isSafeInteger(number) || typeof url !== 'string')
        return undefined;
    return { number: number, url, branch, key: marker.key, body: body };
}
/** Why the pull request is no longer needed, or '' when it may still be. */
async function staleReason(client, repo, pull, question) {
    if (question.settled.has(pull.key))
        return 'the base branch already has the newest tag';
    if (pull.key === 'all' || question.seen.has(pull.key))
        return '';
    const step = { doing: `list the files of #${pull.number}`, needs: 'read' };
    const answer = await client.call(step, 'GET', `${repo.path}/pulls/${pull.number}/files?per_page=100`);
    const files = Array.isArray(answer.data) ? answer.data : [];
    const paths = files.flatMap(f => (0,_registry_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(f) && typeof f['filename'] === 'string' ? [f['filename']] : []);
    const within = paths.length > 0 && paths.length < 100 && paths.every(p => question.files.has(p));
    return within ? 'the image is no longer referenced in the files it changed' : '';
}
async function close(client, repo, pull, why, branchExists) {
    const step = { doing: `close pull request #${pull.number}`, needs: 'pull-requests' };
    await (0,_people_js__WEBPACK_IMPORTED_MODULE_6__/* .commentOnce */ .ZD)(client, repo, pull.number, 'closed', `registry-tags closed this pull request: it is no longer needed (${why}).`);
    // The marker is retired, so that this closing never reads as a person declining the update.
    const body = pull.body.replace('<!-- registry-tags: ', '<!-- registry-tags (closed as no longer needed): ');
    const path = `${repo.path}/pulls/${pull.number}`;
    await client.call(step, 'PATCH', path, { state: 'closed', body }, [200]);
    if (!branchExists)
        return;
    const remove = { doing: `delete the branch ${pull.branch}`, needs: 'contents' };
    const ref = `${repo.path}/git/refs/heads/${pull.branch.split('/').map(encodeURIComponent).join('/')}`;
    await client.call(remove, 'DELETE', ref, undefined, [204, 422]);
}


/***/ })

};
