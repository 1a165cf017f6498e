export const id = 747;
export const ids = [747];
export const modules = {

/***/ 8747:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   templateForCalls: () => (/* binding */ templateForCalls)
/* harmony export */ });
/* unused harmony export placeOf */
/* harmony import */ var _cli_suggest_command_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5644);
/* harmony import */ var _endpoints_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4353);
/* harmony import */ var _rules_endpoint_not_supported_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8517);



/** `src/release.ts:12:9`: where a call is, as lint prints places. */
const placeOf = (call) => `${call.file}:${call.line}:${call.column}`;
/**
 * The least-privilege template for the REST calls found in code, as
 * `suggest` makes it for their routes, with each permission's reason.
 * A route GitHub's data does not have (it may need no permission) is left
 * out, and said so; one fine-grained tokens cannot call is left out too,
 * as an error, with what to use instead.
 */
function templateForCalls(calls, fields = {}) {
    const byRoute = new Map();
    const leftOut = [];
    const impossible = [];
    for (const call of calls) {
        if (call.kind !== 'rest' || call.route === undefined)
            continue;
        const found = (0,_endpoints_index_js__WEBPACK_IMPORTED_MODULE_1__/* .lookupEndpoint */ .sS)(call.route);
        if (found.kind === 'unsupported') {
            impossible.push({ call, why: (0,_rules_endpoint_not_supported_js__WEBPACK_IMPORTED_MODULE_2__/* .notSupportedMessage */ .x)(call.route, found) });
            continue;
        }
        if (found.kind === 'unknown' || found.kind === 'invalid') {
            leftOut.push({
                call,
                why: "GitHub's permission data does not have this route (it may need no permission)",
            });
            continue;
        }
        byRoute.set(call.route, [...(byRoute.get(call.route) ?? []), call]);
    }
    const routes = [...byRoute.keys()];
    const suggestion = routes.length > 0
        ? (0,_cli_suggest_command_js__WEBPACK_IMPORTED_MODULE_0__/* .suggestTemplate */ .TE)(routes, fields)
        : {
            ok: false,
            problems: ['no REST call was found that needs a permission'],
        };
    return { suggestion, reasons: reasonsFor(byRoute), leftOut, impossible };
}
/** For each permission of the chosen grant, the routes whose chosen set holds it. */
function reasonsFor(byRoute) {
    // Concrete and template routes can name one endpoint: its calls together.
    const callsOf = new Map();
    for (const [route, calls] of byRoute) {
        const found = (0,_endpoints_index_js__WEBPACK_IMPORTED_MODULE_1__/* .lookupEndpoint */ .sS)(route);
        if (found.kind !== 'endpoint')
            continue;
        callsOf.set(found.endpoint, [
            ...(callsOf.get(found.endpoint) ?? []),
            ...calls.map(placeOf),
        ]);
    }
    const reasons = {};
    for (const { endpoint, set } of (0,_endpoints_index_js__WEBPACK_IMPORTED_MODULE_1__/* .requiredGrant */ .mH)([...callsOf.keys()]).choices)
        for (const permission of Object.keys(set))
            (reasons[permission] ??= []).push({
                route: endpoint.id,
                calls: callsOf.get(endpoint) ?? [],
            });
    return reasons;
}


/***/ })

};

//# sourceMappingURL=747.index.js.map