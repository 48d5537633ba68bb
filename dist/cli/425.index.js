export const id = 425;
export const ids = [425];
export const modules = {

/***/ 6425:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   quayTagDate: () => (/* binding */ quayTagDate)
/* harmony export */ });
/* unused harmony export QUAY_DATE_SOURCE */
/* harmony import */ var _transport_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9854);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(349);
/* harmony import */ var _release_date_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3230);



const QUAY_DATE_SOURCE = "quay.io's tag API (start_ts)";
async function quayTagDate(http, repository, tag, base = 'https://quay.io') {
    const source = QUAY_DATE_SOURCE;
    const url = new URL(`/api/v1/repository/${repository.split('/').map(encodeURIComponent).join('/')}/tag/`, base);
    url.searchParams.set('specificTag', tag);
    url.searchParams.set('onlyActiveTags', 'true');
    let response;
    try {
        response = await http.send({
            method: 'GET',
            url: url.href,
            headers: { accept: 'application/json' }
        });
    }
    catch (error) {
        if (error instanceof _transport_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .NetworkError */ .Dr || error instanceof _transport_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RetryAfterError */ .nn) {
            return { source, why: `quay.io's API could not be read: ${error.message}` };
        }
        throw error;
    }
    if (response.status === 401 || response.status === 403) {
        return {
            source,
            why: `quay.io's API answered ${response.status}: it shows dates of public repositories only`
        };
    }
    if (response.status !== 200)
        return { source, why: `quay.io's API answered ${response.status}` };
    const read = (0,_release_date_json_js__WEBPACK_IMPORTED_MODULE_2__/* .jsonObject */ .o$)(response);
    if ('why' in read)
        return { source, why: read.why };
    const tags = read.json['tags'];
    if (!Array.isArray(tags))
        return { source, why: "the answer has no 'tags' list" };
    const entry = tags.find(t => (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(t) && t['name'] === tag);
    const date = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(entry) ? (0,_release_date_json_js__WEBPACK_IMPORTED_MODULE_2__/* .plausibleDate */ .e2)(entry['start_ts']) : undefined;
    return date ? { date, source } : { source, why: 'no active tag of that name with a start_ts' };
}


/***/ })

};
