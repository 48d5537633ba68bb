export const id = 303;
export const ids = [303];
export const modules = {

/***/ 4303:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   StepTimeoutError: () => (/* binding */ StepTimeoutError),
/* harmony export */   withStepDeadline: () => (/* binding */ withStepDeadline)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/**
 * The step's own bound: whatever a lookup waits on (a credential helper, a
 * request the transport could not cut short), the run ends at its timeout.
 */

class StepTimeoutError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ {
}
async function withStepDeadline(work, timeoutMs) {
    let timer;
    const expired = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new StepTimeoutError(`The step ran out of time after ${Math.round(timeoutMs / 1000)} s (input 'timeout'); the registry answered too slowly. Raise 'timeout', or check the registry's health.`, { temporary: true })), timeoutMs);
        timer.unref();
    });
    try {
        return await Promise.race([work, expired]);
    }
    finally {
        clearTimeout(timer);
        work.catch(() => undefined);
    }
}


/***/ })

};
