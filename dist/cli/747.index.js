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
/* harmony import */ var _endpoints_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(691);
/* harmony import */ var _resolve_route_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5249);
/* harmony import */ var _rules_endpoint_not_supported_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8517);




const NOT_IN_DATA = "GitHub's permission data does not have this route (it may need no permission)";
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
        const found = (0,_resolve_route_js__WEBPACK_IMPORTED_MODULE_2__/* .routeEndpoint */ .rK)(call.route);
        if (found.kind === 'unsupported') {
            impossible.push({
                call,
                why: (0,_rules_endpoint_not_supported_js__WEBPACK_IMPORTED_MODULE_3__/* .notSupportedMessage */ .x)(call.route, found.lookup),
            });
            continue;
        }
        if (found.kind === 'unknown') {
            leftOut.push({ call, why: NOT_IN_DATA });
            continue;
        }
        const id = found.endpoint.id;
        byRoute.set(id, [...(byRoute.get(id) ?? []), call]);
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
    const callsOf = new Map();
    for (const [route, calls] of byRoute) {
        const found = (0,_resolve_route_js__WEBPACK_IMPORTED_MODULE_2__/* .routeEndpoint */ .rK)(route);
        if (found.kind === 'endpoint')
            callsOf.set(found.endpoint, calls.map(placeOf));
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


/***/ }),

/***/ 5249:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FM: () => (/* binding */ resolveConcreteRequest),
/* harmony export */   rK: () => (/* binding */ routeEndpoint),
/* harmony export */   uJ: () => (/* binding */ resolveTemplateRoute)
/* harmony export */ });
/* harmony import */ var _endpoints_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(691);
/* harmony import */ var _common_quote_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4633);



const isVerb = (verb) => _endpoints_index_js__WEBPACK_IMPORTED_MODULE_0__/* .HTTP_VERBS */ .Mn.includes(verb);
/**
 * A route written as a template (`POST /repos/{owner}/{repo}/issues`, from
 * Octokit's table or a `request('...')` string). An exact template match
 * comes first: matching a template as if it were a concrete path can land
 * on another endpoint (`/orgs/{org}/attestations/bulk-list` would read as
 * `/orgs/{org}/{security_product}/{enablement}`).
 */
function resolveTemplateRoute(route) {
    const words = route.trim().split(/\s+/);
    const [word = '', path = ''] = words;
    const verb = word.toUpperCase();
    // Anything after the path (a line break and more) is no route: never cut it off.
    if (words.length !== 2 || !isVerb(verb) || !path.startsWith('/'))
        return {
            kind: 'unresolved',
            reason: `${(0,_common_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(route, 60)} is not VERB /path`,
        };
    const clean = path.replace(/[?#].*$/, '');
    const exact = (0,_endpoints_index_js__WEBPACK_IMPORTED_MODULE_0__/* .findEndpoint */ .vS)(verb, clean) ?? byShape().get(`${verb} ${shapeOf(clean)}`);
    if (exact)
        return { kind: 'rest', route: exact.id };
    // Never read a template as a concrete path: its `{param}` segments
    // would match any endpoint's literal words.
    const parsed = (0,_endpoints_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseEndpoint */ .Bk)(`${verb} ${clean}`);
    if (parsed.ok && (0,_endpoints_index_js__WEBPACK_IMPORTED_MODULE_0__/* .unsupportedEndpoint */ .xs)(parsed.request.segments))
        return fromLookup(`${verb} ${clean}`);
    // A path with literal values (constants in a template literal) matches
    // as a concrete path, as long as each of its parameters falls on one of
    // the endpoint's.
    const concrete = (0,_endpoints_index_js__WEBPACK_IMPORTED_MODULE_0__/* .lookupEndpoint */ .sS)(`${verb} ${clean}`);
    if (concrete.kind === 'endpoint' && parametersAlign(clean, concrete.endpoint))
        return { kind: 'rest', route: concrete.endpoint.id };
    return {
        kind: 'rest',
        route: `${verb} ${clean}`,
        note: /\{param\}/.test(clean)
            ? "its path is built at run time and matches no endpoint of GitHub's data"
            : "not in GitHub's permission data (it may need no permission, or be a typo)",
    };
}
/** The parameters a constant fills in code: `/repos/octo-org/hello/...`. */
const VALUE_PARAMETERS = /^\{(owner|repo|org|username|enterprise)\}$/;
/**
 * Whether `path` fits the endpoint's template as code writes paths: each
 * `{...}` of it on a parameter, and each literal on the same literal or on
 * an owner, repo, org or user name (a constant). `attestations` never
 * fills `{security_product}`: in a route, words are the route's own.
 */
function parametersAlign(path, endpoint) {
    const ours = path.split('/');
    const theirs = endpoint.path.split('/');
    const isParameter = (segment) => /^\{.*\}$/.test(segment);
    return (ours.length === theirs.length &&
        ours.every((segment, i) => {
            const their = theirs[i];
            if (isParameter(segment))
                return isParameter(their);
            return segment === their || VALUE_PARAMETERS.test(their);
        }));
}
/** A path with every `{name}` as `{}`: templates that differ only in parameter names match. */
const shapeOf = (path) => path.replace(/\{[^}/]*\}/g, '{}');
let shapes;
/** Every endpoint by `VERB shape`, built on first use. */
function byShape() {
    if (shapes)
        return shapes;
    shapes = new Map();
    for (const endpoint of (0,_endpoints_index_js__WEBPACK_IMPORTED_MODULE_0__/* .allEndpoints */ .Em)())
        shapes.set(`${endpoint.verb} ${shapeOf(endpoint.path)}`, endpoint);
    return shapes;
}
/**
 * A concrete request (`gh api repos/octo/hello/pulls`, a curl URL): the
 * endpoint template it matches. `{owner}` and `{repo}` may stay as gh
 * writes them; a full URL on the API host, or a GitHub Enterprise Server
 * `/api/v3` root, is reduced to its path.
 */
function resolveConcreteRequest(verb, pathOrUrl) {
    const upper = verb.toUpperCase();
    if (!isVerb(upper))
        return {
            kind: 'unresolved',
            reason: `${(0,_common_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(verb, 30)} is not a REST API method`,
        };
    const path = /^[a-z]+:\/\//i.test(pathOrUrl)
        ? pathOrUrl
        : `/${pathOrUrl.replace(/^\/+/, '')}`;
    return fromLookup(`${upper} ${path}`);
}
function fromLookup(text) {
    const found = (0,_endpoints_index_js__WEBPACK_IMPORTED_MODULE_0__/* .lookupEndpoint */ .sS)(text);
    switch (found.kind) {
        case 'endpoint':
            return { kind: 'rest', route: found.endpoint.id };
        case 'invalid':
            return { kind: 'unresolved', reason: found.message };
        case 'unsupported':
            return {
                kind: 'rest',
                route: `${found.request.verb} ${found.request.path}`,
                note: 'fine-grained tokens cannot call it',
            };
        case 'unknown':
            return {
                kind: 'rest',
                route: `${found.request.verb} ${found.request.path}`,
                note: "not in GitHub's permission data (it may need no permission, or be a typo)",
            };
    }
}
/**
 * The endpoint a resolved route names: its docs template, exactly or by
 * shape, never by reading the template as a concrete path (which would
 * put `POST /orgs/{org}/attestations/bulk-list` on
 * `/orgs/{org}/{security_product}/{enablement}`).
 */
function routeEndpoint(route) {
    const [verb = '', path = ''] = route.split(' ');
    const endpoint = (isVerb(verb) ? (0,_endpoints_index_js__WEBPACK_IMPORTED_MODULE_0__/* .findEndpoint */ .vS)(verb, path) : undefined) ??
        byShape().get(`${verb} ${shapeOf(path)}`);
    if (endpoint)
        return { kind: 'endpoint', endpoint };
    const lookup = (0,_endpoints_index_js__WEBPACK_IMPORTED_MODULE_0__/* .lookupEndpoint */ .sS)(route);
    return lookup.kind === 'unsupported'
        ? { kind: 'unsupported', lookup }
        : { kind: 'unknown' };
}


/***/ })

};

//# sourceMappingURL=747.index.js.map