export const id = 440;
export const ids = [440];
export const modules = {

/***/ 1440:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runUsedByCheck: () => (/* binding */ runUsedByCheck)
});

// EXTERNAL MODULE: ./src/code/find-calls.ts + 8 modules
var find_calls = __webpack_require__(8898);
// EXTERNAL MODULE: ./src/common/quote.ts
var quote = __webpack_require__(4633);
// EXTERNAL MODULE: ./src/common/values.ts
var values = __webpack_require__(9195);
// EXTERNAL MODULE: ./src/endpoints/index.ts + 14 modules
var endpoints = __webpack_require__(691);
// EXTERNAL MODULE: ./src/rules/endpoint-certainty.ts
var endpoint_certainty = __webpack_require__(7874);
// EXTERNAL MODULE: ./src/rules/endpoint-not-supported.ts
var endpoint_not_supported = __webpack_require__(8517);
// EXTERNAL MODULE: ./src/rules/index.ts + 34 modules
var rules = __webpack_require__(8442);
// EXTERNAL MODULE: ./src/rules/template-endpoints.ts
var template_endpoints = __webpack_require__(9618);
// EXTERNAL MODULE: ./src/rules/template-fields.ts
var template_fields = __webpack_require__(8951);
// EXTERNAL MODULE: ./src/workspace-pattern.ts
var workspace_pattern = __webpack_require__(5633);
;// CONCATENATED MODULE: ./src/code/used-by-check.ts









/** The template's `used_by` globs that may be searched: text, inside the root. */
function usedByPatterns(fields) {
    const list = fields.used_by;
    if (!Array.isArray(list))
        return [];
    // The schema rule reports the rest: other types, `..`, absolute paths.
    return list.filter((item) => typeof item === 'string' &&
        item !== '' &&
        (0,workspace_pattern/* unsafePatternReason */.NJ)(item) === undefined);
}
const placeOf = (call) => `${call.file}:${call.line}:${call.column}`;
/** The call's place: its source's first line marks how far it reaches. */
function callPosition(call) {
    const length = call.source.split(/\r?\n/)[0].length;
    return {
        line: call.line,
        column: call.column,
        endLine: call.line,
        endColumn: call.column + Math.max(length, 1),
    };
}
/** `"Release" (.github/token-templates/release.yml:1)`, or the place alone. */
function templateLabel(template) {
    const place = `${template.file}:${template.line}`;
    const name = template.fields.name;
    return typeof name === 'string' && name !== ''
        ? `${(0,quote/* quote */.h)(name)} (${place})`
        : place;
}
/** `contents: read`, or `no contents` for each permission `add` names. */
function heldOf(add, held) {
    return (0,quote/* listing */.R)(Object.keys(add).map((name) => held[name] ? `${name}: ${held[name]}` : `no ${name}`));
}
/** `raise contents to write`, or `add ... under permissions:`. */
function fixOf(add, held) {
    const names = Object.keys(add);
    if (names.length === 1 && held[names[0]])
        return `raise ${names[0]} to ${add[names[0]]}`;
    return `add ${(0,template_endpoints/* describeGrant */.aN)(add)} under permissions:`;
}
/** Why the check is partial: the calls and files it could not judge. */
function partialReasons(scan, unknown) {
    const reasons = [];
    const count = (n, one, many) => `${n} ${n === 1 ? one : many}`;
    const unresolved = scan.calls.filter((call) => call.kind === 'unresolved');
    const graphql = scan.calls.filter((call) => call.kind === 'graphql');
    if (unresolved.length)
        reasons.push(`${count(unresolved.length, 'call', 'calls')} not resolved to a route (first ${placeOf(unresolved[0])})`);
    if (graphql.length)
        reasons.push(`${count(graphql.length, 'GraphQL call', 'GraphQL calls')} (first ${placeOf(graphql[0])}), whose permissions GitHub's data does not give`);
    if (unknown.length)
        reasons.push(`${count(unknown.length, 'route', 'routes')} GitHub's permission data does not have (first ${placeOf(unknown[0])})`);
    if (scan.syntaxErrors.length)
        reasons.push(`${count(scan.syntaxErrors.length, 'file that does not parse', 'files that do not parse')} (${scan.syntaxErrors[0].file})`);
    if (scan.skipped.length)
        reasons.push(`${count(scan.skipped.length, 'step', 'steps')} not read (${scan.skipped[0].file}:${scan.skipped[0].line}: ${scan.skipped[0].message})`);
    if (scan.unmatched.length)
        reasons.push(`${(0,quote/* listing */.R)(scan.unmatched.map((pattern) => (0,quote/* quote */.h)(pattern)))} ${scan.unmatched.length === 1 ? 'matches' : 'match'} no file`);
    if (scan.unread.length)
        reasons.push(`${count(scan.unread.length, 'file', 'files')} not read (${scan.unread[0].file}: ${scan.unread[0].reason})`);
    return reasons;
}
/** Notices at each call and file the check could not judge. */
function reportPartialPlaces(scan, unknown, report) {
    for (const call of scan.calls) {
        if (call.kind === 'rest')
            continue;
        const what = call.kind === 'graphql'
            ? "a GraphQL call: GitHub's data gives no permissions for GraphQL"
            : 'a call not resolved to a REST route';
        report('used-by-partial', call.file, callPosition(call), `${what}${call.reason ? ` (${call.reason})` : ''}: the used_by check cannot say what it needs; check its permissions by hand`);
    }
    for (const call of unknown)
        report('used-by-partial', call.file, callPosition(call), `${call.route} (${call.source}) is not in GitHub's permission data (it may need no permission): the used_by check cannot say what it needs`);
    for (const problem of scan.syntaxErrors)
        report('used-by-partial', problem.file, {
            line: problem.line,
            column: problem.column,
            endLine: problem.line,
            endColumn: problem.column + 1,
        }, `this code does not parse (${problem.message}): its GitHub API calls are not checked against the token`);
    for (const place of scan.skipped)
        report('used-by-partial', place.file, {
            line: place.line,
            column: place.column,
            endLine: place.line,
            endColumn: place.column + 1,
        }, `${place.message}: its GitHub API calls are not checked against the token`);
}
/** A notice at each `used_by` item that matches no file: a typo, or code moved. */
function reportUnmatched(template, unmatched, report) {
    const list = template.fields.used_by;
    for (const pattern of unmatched)
        report('used-by-partial', template.file, template.locate(['used_by', list.indexOf(pattern)]), `${(0,quote/* quote */.h)(pattern)} matches no file: the calls of the code it names are not checked; fix the path, or remove it`);
}
/** The view the endpoint helpers take, for a template the run linted. */
function viewOf(template, catalog) {
    return {
        file: template.file,
        documentIndex: template.documentIndex,
        fields: template.fields,
        schemaErrors: [],
        catalog,
        locate: template.locate,
        start: () => template.locate([]),
    };
}
/** The REST calls sorted by what the data says of their route. */
function sortCalls(scan) {
    const needs = [];
    const unknown = [];
    const impossible = [];
    for (const call of scan.calls) {
        if (call.kind !== 'rest' || call.route === undefined)
            continue;
        const found = (0,endpoints/* lookupEndpoint */.sS)(call.route);
        if (found.kind === 'endpoint')
            needs.push({
                id: found.endpoint.id,
                sets: found.endpoint.sets,
                endpoint: found.endpoint,
                call,
            });
        else if (found.kind === 'unsupported')
            impossible.push({ call, why: (0,endpoint_not_supported/* notSupportedMessage */.x)(call.route, found) });
        else
            unknown.push(call);
    }
    return { needs, unknown, impossible };
}
/** Checks one template against its calls; reports through `report`. */
function checkTemplate({ template, scan }, catalog, report) {
    // No permissions map: the schema rule says so, and there is no grant.
    if (!(0,values/* isPlainObject */.Q)(template.fields.permissions))
        return;
    const view = viewOf(template, catalog);
    const at = template.locate(['used_by'], 'key');
    const { needs, unknown, impossible } = sortCalls(scan);
    for (const { call, why } of impossible)
        report('endpoint-not-supported', call.file, callPosition(call), `${why}; this call cannot use the token of ${templateLabel(template)}`);
    reportPartialPlaces(scan, unknown, report);
    reportUnmatched(template, scan.unmatched, report);
    const held = (0,template_endpoints/* templateGrant */.t5)(view);
    // A level that is no level is unsupported-access-level's: not judged.
    const unreadable = new Set((0,template_fields/* permissionEntries */.QE)(view)
        .filter(({ name }) => held[name] === undefined)
        .map(({ name }) => name));
    const listed = (0,template_endpoints/* listedEndpoints */.EA)(view) ?? [];
    const all = [...needs, ...(0,template_endpoints/* knownEndpoints */.sk)(listed)];
    const check = (0,endpoints/* checkGrant */.v0)(all, held);
    const missingByRoute = new Map();
    for (const { endpoint: need, add } of check.missing) {
        // Listed endpoints are missing-permission's own, at the list.
        if (!need.call)
            continue;
        if (Object.keys(add).some((name) => unreadable.has(name)))
            continue;
        const others = (0,endpoint_certainty/* alternativeGrants */.R)(need.endpoint, held, add);
        const or = others.length > 0
            ? ` (or ${others.map(template_endpoints/* describeGrant */.aN).join(', or ')})`
            : '';
        report('missing-permission', need.call.file, callPosition(need.call), `${need.call.route} (${need.call.source}) needs ${(0,template_endpoints/* describeGrant */.aN)(add)}${or}; the token of ${templateLabel(template)} grants ${heldOf(add, held)}`);
        const key = `${need.id} ${(0,template_endpoints/* describeGrant */.aN)(add)}`;
        const entry = missingByRoute.get(key) ?? { add, calls: [] };
        entry.calls.push(need.call);
        missingByRoute.set(key, entry);
    }
    for (const { add, calls } of missingByRoute.values()) {
        const first = calls[0];
        const more = calls.length > 1
            ? ` (and ${calls.length - 1} more ${calls.length === 2 ? 'call' : 'calls'})`
            : '';
        report('missing-permission', template.file, at, `${placeOf(first)} calls ${first.route}${more}, which needs ${(0,template_endpoints/* describeGrant */.aN)(add)}: ${fixOf(add, held)}`);
    }
    const reasons = partialReasons(scan, unknown);
    if (reasons.length > 0) {
        report('used-by-partial', template.file, at, `the used_by check is partial: ${reasons.join('; ')}; excess-permission is not checked while it is`);
        return;
    }
    reportExcess(view, template, check.excess, listed.length > 0, report);
}
/** Permissions, or levels, no call (nor listed endpoint) needs. */
function reportExcess(view, template, excess, hasList, report) {
    const listed = (0,template_endpoints/* listedEndpoints */.EA)(view);
    // An endpoint not understood may need any permission: say nothing.
    if (listed && !(0,template_endpoints/* isFullyUnderstood */.Cd)(view, listed))
        return;
    const what = hasList
        ? 'the calls in used_by and the listed endpoints'
        : 'the calls in used_by';
    for (const { permission, granted, needed } of excess) {
        // The REST data cannot vouch that a permission it lacks is unused.
        if (!(0,endpoints/* findDataPermission */.j9)(permission))
            continue;
        const levels = view.catalog.find(permission)?.levels;
        if (levels && !levels.includes(granted))
            continue;
        if (needed)
            report('excess-permission', template.file, template.locate(['permissions', permission]), `${what} need only ${permission}: ${needed}, not ${granted}: lower it to ${needed}`);
        else
            report('excess-permission', template.file, template.locate(['permissions', permission], 'key'), `none of ${what} needs ${permission}: remove it${hasList ? '' : ', or add the code that needs it to used_by'}`);
    }
}
/**
 * The findings of the `used_by` check: each template's permissions against
 * the GitHub API calls found in its code (and its `endpoints:`), at the
 * levels the config gives the rules.
 */
function usedByFindings(scans, options) {
    const findings = [];
    const report = (rule, file, at, message) => {
        const level = options.ruleLevels?.[rule] ?? (0,rules/* findRule */.Il)(rule)?.defaultSeverity ?? 'off';
        if (level === 'off')
            return;
        findings.push({ file, ...at, severity: level, rule, message });
    };
    for (const scan of scans)
        checkTemplate(scan, options.catalog, report);
    return findings;
}

;// CONCATENATED MODULE: ./src/code/used-by-run.ts


/**
 * Scans each template's `used_by` code (the same globs once, however many
 * templates name them) and checks the template against its calls.
 */
function runUsedByCheck(root, templates, options) {
    const scans = new Map();
    const checked = [];
    for (const template of templates) {
        const patterns = usedByPatterns(template.fields);
        // None left (all refused, or none written): no globs means every file.
        if (patterns.length === 0)
            continue;
        const key = JSON.stringify(patterns);
        let scan = scans.get(key);
        if (!scan) {
            scan = (0,find_calls.findCodeCalls)(root, patterns);
            scans.set(key, scan);
        }
        checked.push({ template, scan });
    }
    const files = new Set([...scans.values()].flatMap((scan) => scan.files));
    return { findings: usedByFindings(checked, options), files: [...files] };
}


/***/ })

};

//# sourceMappingURL=440.index.js.map