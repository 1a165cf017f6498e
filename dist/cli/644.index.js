export const id = 644;
export const ids = [644];
export const modules = {

/***/ 5644:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   suggestCommand: () => (/* binding */ suggestCommand)
/* harmony export */ });
/* unused harmony exports DEFAULT_TEMPLATE_NAME, joinEndpointArguments, suggestTemplate */
/* harmony import */ var _lint_lint_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1299);
/* harmony import */ var _catalog_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7505);
/* harmony import */ var _config_load_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9233);
/* harmony import */ var _endpoints_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1259);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3916);
/* harmony import */ var _lint_quote_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7009);
/* harmony import */ var _links_import_url_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1124);
/* harmony import */ var _rules_endpoint_certainty_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7874);
/* harmony import */ var _rules_endpoint_not_supported_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8517);
/* harmony import */ var _rules_unknown_endpoint_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7591);
/* harmony import */ var _schema_index_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7323);











const DEFAULT_TEMPLATE_NAME = 'API token';
const SUGGESTED_FILE = 'suggested.yml';
/** `GET /x` as one argument, or `GET` and `/x` as two. */
function joinEndpointArguments(args) {
    const texts = [];
    for (let i = 0; i < args.length; i++) {
        const word = args[i];
        const next = args[i + 1];
        if (/^\s*[A-Za-z]+\s*$/.test(word) &&
            next !== undefined &&
            /^\s*(\/|https?:\/\/)/i.test(next)) {
            texts.push(`${word.trim()} ${next.trim()}`);
            i += 1;
        }
        else
            texts.push(word);
    }
    return texts;
}
function scopeOf(name) {
    return (0,_catalog_index_js__WEBPACK_IMPORTED_MODULE_1__/* .findPermission */ .Ll)(name)?.scope ?? (0,_endpoints_index_js__WEBPACK_IMPORTED_MODULE_3__/* .findDataPermission */ .j9)(name)?.scope;
}
function categoriesText(endpoints) {
    const categories = [...new Set(endpoints.map((e) => e.category))];
    const apis = categories.length === 1 ? 'REST API' : 'REST APIs';
    return `Calls the ${(0,_lint_quote_js__WEBPACK_IMPORTED_MODULE_9__/* .listing */ .R)(categories)} ${apis}`;
}
/**
 * The least-privilege template for calling `texts`: each endpoint looked
 * up, and the smallest grant that lets a token call them all. Problems
 * (unknown endpoints, ones fine-grained tokens cannot call, account and
 * organization permissions together) leave no template.
 */
function suggestTemplate(texts, options = {}) {
    const problems = [];
    const endpoints = [];
    for (const text of texts) {
        const found = (0,_endpoints_index_js__WEBPACK_IMPORTED_MODULE_3__/* .lookupEndpoint */ .sS)(text);
        if (found.kind === 'endpoint') {
            if (!endpoints.includes(found.endpoint))
                endpoints.push(found.endpoint);
        }
        else if (found.kind === 'unsupported') {
            problems.push((0,_rules_endpoint_not_supported_js__WEBPACK_IMPORTED_MODULE_6__/* .notSupportedMessage */ .x)(text, found));
        }
        else {
            problems.push((0,_rules_unknown_endpoint_js__WEBPACK_IMPORTED_MODULE_7__/* .unknownEndpointMessage */ .F)(text, found));
        }
    }
    if (problems.length > 0)
        return { ok: false, problems };
    const result = (0,_endpoints_index_js__WEBPACK_IMPORTED_MODULE_3__/* .requiredGrant */ .mH)(endpoints);
    const permissions = { ...result.permissions };
    const byScope = (scope) => Object.keys(permissions).filter((name) => scopeOf(name) === scope);
    const account = byScope('account');
    const organization = byScope('organization');
    if (account.length > 0 && organization.length > 0) {
        return {
            ok: false,
            problems: [
                `these endpoints need account permissions (${(0,_lint_quote_js__WEBPACK_IMPORTED_MODULE_9__/* .listing */ .R)(account)}) and organization permissions (${(0,_lint_quote_js__WEBPACK_IMPORTED_MODULE_9__/* .listing */ .R)(organization)}), which one token cannot hold: run suggest once for the endpoints of each`,
            ],
        };
    }
    // Repository endpoints that need only metadata still need repository
    // access: metadata: read is what asks for it when nothing else does.
    const needsMetadata = endpoints.some((e) => e.sets.some((set) => set.metadata !== undefined));
    if (needsMetadata && byScope('repository').length === 0) {
        permissions.metadata = 'read';
    }
    const notes = [];
    for (const { endpoint, set } of result.choices) {
        const note = (0,_rules_endpoint_certainty_js__WEBPACK_IMPORTED_MODULE_5__/* .certaintyNote */ .A)(endpoint, set);
        if (note)
            notes.push(`${endpoint.id}: ${note}`);
    }
    for (const endpoint of result.unpublished) {
        notes.push(`${endpoint.id}: ${(0,_rules_endpoint_certainty_js__WEBPACK_IMPORTED_MODULE_5__/* .certaintyNote */ .A)(endpoint, {})}`);
    }
    if (result.search === 'greedy') {
        notes.push('with this many endpoints that accept alternatives, the grant was chosen greedily: it works, but a smaller one may exist');
    }
    const fields = {
        name: options.name ?? DEFAULT_TEMPLATE_NAME,
        description: options.description ?? categoriesText(endpoints),
    };
    if (options.target !== undefined)
        fields.target_name = options.target;
    fields.endpoints = endpoints.map((endpoint) => endpoint.id);
    fields.permissions = permissions;
    return { ok: true, fields, notes };
}
function checkOptions(options) {
    const { name, description, target } = options;
    if (name !== undefined &&
        (name.length === 0 || [...name].length > _catalog_index_js__WEBPACK_IMPORTED_MODULE_1__/* .FIELD_LIMITS */ .Y5.nameMaxLength)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_10__/* .UserError */ .y(`--name must be 1 to ${_catalog_index_js__WEBPACK_IMPORTED_MODULE_1__/* .FIELD_LIMITS */ .Y5.nameMaxLength} characters (GitHub's limit for token names)`);
    }
    if (description !== undefined &&
        [...description].length > _catalog_index_js__WEBPACK_IMPORTED_MODULE_1__/* .FIELD_LIMITS */ .Y5.descriptionMaxLength) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_10__/* .UserError */ .y(`--description must be at most ${_catalog_index_js__WEBPACK_IMPORTED_MODULE_1__/* .FIELD_LIMITS */ .Y5.descriptionMaxLength} characters`);
    }
    if (target !== undefined && !new RegExp(_schema_index_js__WEBPACK_IMPORTED_MODULE_8__/* .TARGET_NAME_PATTERN */ .He).test(target)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_10__/* .UserError */ .y(`--target must be a user or organization slug, such as octodemo; got ${JSON.stringify(target)}`);
    }
}
/**
 * `token-templates suggest ENDPOINT...`: prints the least-privilege
 * template for the endpoints (exit 0), then lints it and prints what lint
 * says on stderr. Unknown endpoints, or ones fine-grained tokens cannot
 * call, print no template and exit 1.
 */
function suggestCommand(options, io) {
    const texts = joinEndpointArguments(options.endpoints);
    if (texts.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_10__/* .UserError */ .y("suggest needs at least one endpoint, e.g. token-templates suggest 'GET /repos/{owner}/{repo}/contents/{path}'");
    checkOptions(options);
    const config = (0,_config_load_config_js__WEBPACK_IMPORTED_MODULE_2__/* .loadConfig */ .Z)(io.cwd, options.config);
    const suggestion = suggestTemplate(texts, options);
    if (!suggestion.ok) {
        for (const problem of suggestion.problems)
            io.stderr(`token-templates: ${problem}\n`);
        return 1;
    }
    const yaml = (0,_links_import_url_js__WEBPACK_IMPORTED_MODULE_4__/* .importedTemplateYaml */ .Y)(suggestion.fields);
    io.stdout(yaml);
    for (const note of suggestion.notes)
        io.stderr(`token-templates: note: ${note}\n`);
    const result = (0,_lint_lint_config_js__WEBPACK_IMPORTED_MODULE_0__/* .lintGeneratedYaml */ .u)(config, SUGGESTED_FILE, yaml, io);
    return result.summary.errors > 0 ? 1 : 0;
}


/***/ }),

/***/ 1124:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ importedTemplateYaml),
/* harmony export */   e: () => (/* binding */ importTokenUrl)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _schema_template_schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8257);
/* harmony import */ var _token_template_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5647);




const isLinkField = (name) => _token_template_js__WEBPACK_IMPORTED_MODULE_2__/* .LINK_FIELDS */ .V9.includes(name);
function parseExpiry(value) {
    return /^[1-9]\d{0,5}$/.test(value) ? Number(value) : value;
}
/**
 * The template a pre-fill link stands for. Nothing is dropped: every
 * parameter lands in the template (unknown ones under `permissions`, where
 * lint names them), and repeats or a foreign path become notes.
 */
function importTokenUrl(link) {
    let url;
    try {
        url = new URL(link.trim());
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`${JSON.stringify(link)} is not a URL: pass a link such as https://github.com${_token_template_js__WEBPACK_IMPORTED_MODULE_2__/* .NEW_TOKEN_PATH */ .BN}?name=...`);
    }
    const notes = [];
    // GitHub Enterprise Server may sit under a path prefix.
    if (!url.pathname.replace(/\/+$/, '').endsWith(_token_template_js__WEBPACK_IMPORTED_MODULE_2__/* .NEW_TOKEN_PATH */ .BN)) {
        notes.push(`the link's path is ${url.pathname}, not ${_token_template_js__WEBPACK_IMPORTED_MODULE_2__/* .NEW_TOKEN_PATH */ .BN}: GitHub's token form may not read it`);
    }
    const fields = {};
    const permissions = {};
    const seen = new Set();
    for (const [name, value] of url.searchParams) {
        if (seen.has(name)) {
            notes.push(`the parameter ${JSON.stringify(name)} appears more than once: kept the first, dropped ${JSON.stringify(value)}`);
            continue;
        }
        seen.add(name);
        if (!isLinkField(name))
            permissions[name] = value;
        else
            fields[name] = name === 'expires_in' ? parseExpiry(value) : value;
    }
    // Link order, whatever order the link had: name, description, ...
    const ordered = {};
    for (const field of _token_template_js__WEBPACK_IMPORTED_MODULE_2__/* .LINK_FIELDS */ .V9)
        if (field in fields)
            ordered[field] = fields[field];
    if (Object.keys(permissions).length > 0)
        ordered.permissions = permissions;
    return { fields: ordered, notes };
}
/** The YAML of an imported template, with the schema modeline for editors. */
function importedTemplateYaml(fields) {
    return `# yaml-language-server: $schema=${_schema_template_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .TEMPLATE_SCHEMA_ID */ .xe}\n${(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)(fields, { lineWidth: 0 })}`;
}


/***/ }),

/***/ 5647:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BN: () => (/* binding */ NEW_TOKEN_PATH),
/* harmony export */   UM: () => (/* binding */ DEFAULT_SERVER_URL),
/* harmony export */   V9: () => (/* binding */ LINK_FIELDS)
/* harmony export */ });
/** The link's fields, in the order the link lists them. */
const LINK_FIELDS = [
    'name',
    'description',
    'target_name',
    'expires_in',
];
const DEFAULT_SERVER_URL = 'https://github.com';
const NEW_TOKEN_PATH = '/settings/personal-access-tokens/new';


/***/ })

};
