export const id = 600;
export const ids = [600];
export const modules = {

/***/ 5600:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HUB_DATE_SOURCE: () => (/* binding */ HUB_DATE_SOURCE),
/* harmony export */   hubTagDate: () => (/* binding */ hubTagDate)
/* harmony export */ });
/* harmony import */ var _failures_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9280);
/* harmony import */ var _release_date_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3230);


const HUB_DATE_SOURCE = "Docker Hub's tags API (tag_last_pushed)";
async function hubTagDate(session, repository, tag) {
    const source = HUB_DATE_SOURCE;
    const slash = repository.indexOf('/');
    const ns = slash < 0 ? 'library' : repository.slice(0, slash);
    const repo = slash < 0 ? repository : repository.slice(slash + 1);
    const path = `/v2/namespaces/${encodeURIComponent(ns)}/repositories/${encodeURIComponent(repo)}/tags/${encodeURIComponent(tag)}`;
    const ctx = session.context(`read the release date of '${repository}:${tag}'`, repository);
    let response;
    try {
        response = await session.get(new URL(path, session.base).href, ctx);
    }
    catch (error) {
        if (error instanceof _failures_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryError */ .gl)
            return { source, why: error.message };
        throw error;
    }
    if (response.status === 404)
        return { source, why: 'the Hub API does not know this tag (404)' };
    if (response.status !== 200)
        return { source, why: session.failure(response, ctx).message };
    const read = (0,_release_date_json_js__WEBPACK_IMPORTED_MODULE_1__/* .jsonObject */ .o$)(response);
    if ('why' in read)
        return { source, why: read.why };
    const date = (0,_release_date_json_js__WEBPACK_IMPORTED_MODULE_1__/* .plausibleDate */ .e2)(read.json['tag_last_pushed']);
    return date ? { date, source } : { source, why: 'the answer has no usable tag_last_pushed' };
}


/***/ })

};
