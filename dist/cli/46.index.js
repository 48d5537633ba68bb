export const id = 46;
export const ids = [46];
export const modules = {

/***/ 5046:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runLookup: () => (/* binding */ runLookup)
/* harmony export */ });
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4261);
/* harmony import */ var _run_requests_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6037);
/* harmony import */ var _explain_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6466);
/* harmony import */ var _print_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9381);
/* harmony import */ var _setup_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5008);
/**
 * One lookup from the command line: flags → the action's options → the
 * engine → the text for stdout. Loaded by the bin only when a lookup is
 * asked for, so its imports never slow `--help`.
 */





async function runLookup(command, password, context) {
    const { options, log, onSecret } = await (0,_setup_js__WEBPACK_IMPORTED_MODULE_4__/* .setUpRun */ .v)(command, password, context, process.env);
    // args.ts sends files to scan; a lookup is one image or one listing.
    if (options.mode === 'auto')
        throw new Error('image: auto is the scan command');
    const engine = new _engine_js__WEBPACK_IMPORTED_MODULE_0__/* .Engine */ .N((0,_run_requests_js__WEBPACK_IMPORTED_MODULE_1__/* .engineOptions */ .ll)(options, log, onSecret, process.env));
    try {
        return options.mode === 'image'
            ? await imageLookupText(engine, options, command, log)
            : await repositoriesText(engine, options, command);
    }
    finally {
        engine.dispose();
    }
}
async function imageLookupText(engine, options, command, log) {
    const request = (0,_run_requests_js__WEBPACK_IMPORTED_MODULE_1__/* .lookupRequestOf */ .LV)(options);
    const result = await engine.lookup(request);
    if (command.json) {
        const extra = command.explain && { explain: (0,_explain_js__WEBPACK_IMPORTED_MODULE_2__/* .lookupExplanation */ .A8)(result, options.policy) };
        return (0,_print_js__WEBPACK_IMPORTED_MODULE_3__/* .formatJson */ .IB)(result, options.current, extra || {});
    }
    const explained = command.explain ? `\n${(0,_explain_js__WEBPACK_IMPORTED_MODULE_2__/* .explainLookup */ .GX)(result, options.policy)}` : '';
    if (process.stdout.isTTY)
        return (0,_print_js__WEBPACK_IMPORTED_MODULE_3__/* .formatReport */ .CI)(result, request) + explained;
    const current = result.selection.current;
    if (current && !current.version && !command.explain) {
        // The terminal report and --explain say so; a script's user learns it from the log.
        log.info(`The current tag ${(0,_print_js__WEBPACK_IMPORTED_MODULE_3__/* .notAVersion */ .n2)(current)}, so no tag counts as newer.`);
    }
    return (0,_print_js__WEBPACK_IMPORTED_MODULE_3__/* .formatTag */ ._3)(result) + explained;
}
async function repositoriesText(engine, options, command) {
    const request = (0,_run_requests_js__WEBPACK_IMPORTED_MODULE_1__/* .repositoriesRequestOf */ .Di)(options);
    const result = await engine.repositories(request);
    if (command.json)
        return (0,_print_js__WEBPACK_IMPORTED_MODULE_3__/* .formatRepositoriesJson */ .Gg)(result);
    return (0,_print_js__WEBPACK_IMPORTED_MODULE_3__/* .formatRepositories */ .Wz)(result, Boolean(process.stdout.isTTY));
}


/***/ })

};
