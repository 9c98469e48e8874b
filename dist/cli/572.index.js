export const id = 572;
export const ids = [572];
export const modules = {

/***/ 3572:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   matrixJsonReporter: () => (/* binding */ matrixJsonReporter)
/* harmony export */ });
/** A matrix as the data it was read from (after `extends`), indented: what `coexist matrix --format json` prints. */
const matrixJsonReporter = {
    chunks: (matrix) => [`${JSON.stringify(matrix.data, null, 2)}\n`],
};


/***/ })

};
