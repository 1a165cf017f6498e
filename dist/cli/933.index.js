export const id = 933;
export const ids = [933];
export const modules = {

/***/ 4933:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   importCommand: () => (/* binding */ importCommand)
/* harmony export */ });
/* harmony import */ var _lint_lint_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1299);
/* harmony import */ var _config_load_config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9233);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _links_import_url_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1124);




const IMPORTED_FILE = 'imported.yml';
/**
 * `token-templates import URL`: prints the template YAML, then lints it so
 * unknown parameters and invalid values are reported on stderr (exit 1).
 */
function importCommand(links, configPath, io) {
    if (links.length !== 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y('import takes exactly one link (quote it: the shell treats & specially)');
    const { fields, notes } = (0,_links_import_url_js__WEBPACK_IMPORTED_MODULE_2__/* .importTokenUrl */ .e)(links[0]);
    const yaml = (0,_links_import_url_js__WEBPACK_IMPORTED_MODULE_2__/* .importedTemplateYaml */ .Y)(fields);
    io.stdout(yaml);
    for (const note of notes)
        io.stderr(`token-templates: warning: ${note}\n`);
    const config = (0,_config_load_config_js__WEBPACK_IMPORTED_MODULE_1__/* .loadConfig */ .Z)(io.cwd, configPath);
    const result = (0,_lint_lint_config_js__WEBPACK_IMPORTED_MODULE_0__/* .lintGeneratedYaml */ .u)(config, IMPORTED_FILE, yaml, io);
    return result.summary.errors > 0 || notes.length > 0 ? 1 : 0;
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
