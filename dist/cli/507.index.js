export const id = 507;
export const ids = [507];
export const modules = {

/***/ 8507:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   urlCommand: () => (/* binding */ urlCommand)
/* harmony export */ });
/* harmony import */ var _config_load_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9233);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _format_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1872);
/* harmony import */ var _lint_approved_templates_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4132);
/* harmony import */ var _lint_lint_templates_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7490);
/* harmony import */ var _links_from_fields_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(139);
/* harmony import */ var _links_token_url_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4876);







/**
 * `token-templates url FILE...`: one link per template on stdout, in file
 * order. Templates with lint errors get no link; their errors go to stderr.
 */
function urlCommand(options, io) {
    if (options.files.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y('url needs at least one template file');
    const config = (0,_config_load_config_js__WEBPACK_IMPORTED_MODULE_0__/* .loadConfig */ .Z)(io.cwd, options.config);
    const serverUrl = (0,_links_token_url_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveServerUrl */ .l)(options.serverUrl, config.serverUrl, io.env);
    const run = (0,_lint_lint_templates_js__WEBPACK_IMPORTED_MODULE_2__/* .lintTemplates */ .h)({
        root: io.cwd,
        patterns: options.files,
        config,
        collectTemplates: true,
    });
    if (run.summary.files === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`no template file matches ${options.files.join(', ')}`);
    const { approved, rejected } = (0,_lint_approved_templates_js__WEBPACK_IMPORTED_MODULE_5__/* .partitionByErrors */ .Z)(run.templates, run.findings);
    for (const template of approved)
        io.stdout(`${(0,_links_token_url_js__WEBPACK_IMPORTED_MODULE_4__/* .buildTokenUrl */ .L)((0,_links_from_fields_js__WEBPACK_IMPORTED_MODULE_6__/* .toTokenTemplate */ .j)(template.fields), serverUrl)}\n`);
    const errors = run.findings.filter((finding) => finding.severity === 'error');
    if (errors.length === 0)
        return 0;
    const report = (0,_format_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatText */ .Oi)({ findings: errors, summary: { ...run.summary, warnings: 0, notices: 0 } }, { color: false, readSource: () => undefined });
    io.stderr(report);
    io.stderr(`token-templates: ${rejected.length || 'some'} template(s) have errors and got no link\n`);
    return 1;
}


/***/ }),

/***/ 139:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ toTokenTemplate)
/* harmony export */ });
const text = (value) => (typeof value === 'string' ? value : undefined);
/**
 * A linted template's fields as a TokenTemplate. Lint has checked them, but
 * rules can be turned off, so anything of the wrong type is left out rather
 * than trusted.
 */
function toTokenTemplate(fields) {
    const expires = fields.expires_in;
    const permissions = fields.permissions;
    const endpoints = fields.endpoints;
    return {
        name: text(fields.name) ?? '',
        description: text(fields.description),
        target_name: text(fields.target_name),
        justification: text(fields.justification),
        endpoints: Array.isArray(endpoints)
            ? endpoints.filter((item) => typeof item === 'string')
            : undefined,
        expires_in: typeof expires === 'number' || expires === 'none' ? expires : undefined,
        permissions: typeof permissions === 'object' && permissions !== null
            ? Object.fromEntries(Object.entries(permissions).filter(([, level]) => typeof level === 'string'))
            : undefined,
    };
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


/***/ }),

/***/ 4876:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ buildTokenUrl),
/* harmony export */   l: () => (/* binding */ resolveServerUrl)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _token_template_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5647);


/**
 * The link that opens GitHub's token form pre-filled with `template`:
 * name, description, target_name, expires_in, then permissions in file
 * order. Values are form-encoded (space as `+`, everything else but
 * letters, digits and `*-._` as `%XX`), so `&`, `#`, `+`, `%`, quotes,
 * non-ASCII and newlines all survive.
 */
function buildTokenUrl(template, serverUrl = _token_template_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_SERVER_URL */ .UM) {
    const params = new URLSearchParams();
    for (const field of _token_template_js__WEBPACK_IMPORTED_MODULE_0__/* .LINK_FIELDS */ .V9) {
        const value = template[field];
        if (value !== undefined)
            params.append(field, String(value));
    }
    for (const [name, level] of Object.entries(template.permissions ?? {})) {
        params.append(name, level);
    }
    return `${serverUrl.replace(/\/+$/, '')}${_token_template_js__WEBPACK_IMPORTED_MODULE_0__/* .NEW_TOKEN_PATH */ .BN}?${params}`;
}
/**
 * The server whose token form links point at: the flag, else the config,
 * else GITHUB_SERVER_URL (set by Actions, also on GitHub Enterprise
 * Server), else github.com.
 */
function resolveServerUrl(flag, configured, env) {
    const url = flag || configured || env.GITHUB_SERVER_URL || _token_template_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_SERVER_URL */ .UM;
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`server URL ${JSON.stringify(url)} is not a URL: use e.g. https://github.example.com`);
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`server URL ${JSON.stringify(url)} must start with https:// (or http://)`);
    }
    // Links go into markdown as `[name](url)`: a `|` or a parenthesis in the
    // path would break the table row or end the link.
    if (!/^[A-Za-z0-9\-._~/%]*$/.test(parsed.pathname)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`server URL ${JSON.stringify(url)} has characters a link cannot carry in its path`);
    }
    return `${parsed.origin}${parsed.pathname.replace(/\/+$/, '')}`;
}


/***/ }),

/***/ 4132:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ partitionByErrors)
/* harmony export */ });
/**
 * Splits templates into those without errors (fit for a token link) and
 * those with, by the lines each spans in its file.
 */
function partitionByErrors(templates, findings) {
    const errorsByFile = new Map();
    for (const finding of findings) {
        if (finding.severity !== 'error')
            continue;
        errorsByFile.set(finding.file, [
            ...(errorsByFile.get(finding.file) ?? []),
            finding,
        ]);
    }
    const result = { approved: [], rejected: [] };
    for (const template of templates) {
        const error = errorsByFile
            .get(template.file)
            ?.find((finding) => finding.line >= template.line && finding.line <= template.endLine);
        if (error)
            result.rejected.push({ template, error });
        else
            result.approved.push(template);
    }
    return result;
}


/***/ }),

/***/ 7490:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h: () => (/* binding */ lintTemplates)
});

// EXTERNAL MODULE: ./src/lint/lint-config.ts
var lint_config = __webpack_require__(1299);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/workspace-path.ts
var workspace_path = __webpack_require__(9152);
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(3382);
;// CONCATENATED MODULE: ./src/lint/discover.ts





const DEFAULT_TEMPLATE_GLOB = '.github/token-templates/**/*.{yml,yaml}';
/** Larger files are refused: a template is a few hundred bytes. */
const MAX_TEMPLATE_FILE_BYTES = 1024 * 1024;
const toPosix = (path) => path.split(external_node_path_.sep).join('/');
/** A directory argument means every YAML file below it. */
function expandPattern(pattern, root) {
    if ((0,dist/* isDynamicPattern */.ey)(pattern))
        return pattern;
    try {
        if ((0,external_node_fs_.statSync)((0,external_node_path_.resolve)(root, pattern)).isDirectory()) {
            return `${(0,dist/* escapePath */.ft)(toPosix(pattern)).replace(/\/+$/, '')}/**/*.{yml,yaml}`;
        }
    }
    catch {
        // Not there: the glob below finds nothing and reports it unmatched.
    }
    return (0,dist/* escapePath */.ft)(toPosix(pattern));
}
/**
 * Why a matched path must not be read, or undefined when it is a regular
 * file inside the root (directly or through a link that stays inside).
 */
function refusalReason(root, file) {
    const path = (0,external_node_path_.resolve)(root, file);
    if (!(0,workspace_path/* isInside */.F)(root, path))
        return OUTSIDE;
    try {
        const link = (0,external_node_fs_.lstatSync)(path);
        const real = (0,external_node_fs_.realpathSync)(path);
        if (!(0,workspace_path/* isInside */.F)((0,external_node_fs_.realpathSync)(root), real)) {
            if (!link.isSymbolicLink()) {
                return 'it is reached through a symbolic link to a directory outside the working directory';
            }
            return 'it is a symbolic link that leads outside the working directory: it is not followed';
        }
        const stats = (0,external_node_fs_.statSync)(real);
        if (!stats.isFile())
            return 'it is not a regular file';
        if (stats.size > MAX_TEMPLATE_FILE_BYTES) {
            return `it is ${stats.size} bytes, over the 1 MiB limit for a template file: split it or remove it`;
        }
    }
    catch (error) {
        return `it cannot be read (${error.code ?? 'error'})`;
    }
    return undefined;
}
const OUTSIDE = 'it is outside the working directory: only files inside it are read';
/** Never searched: dependencies and git's own files hold no templates. */
const IGNORED = ['**/node_modules/**', '**/.git/**'];
/**
 * Symbolic links matching `pattern`. The glob library skips links when told
 * not to follow them (following them would let a link to `/` walk the whole
 * disk), so they are found here, without following any, to be reported.
 */
function matchingSymlinks(pattern, root) {
    const { base } = picomatch_default().scan(pattern);
    const isMatch = picomatch_default()(pattern, { dot: true, ignore: IGNORED });
    const start = (0,external_node_path_.resolve)(root, base || '.');
    if (!(0,workspace_path/* isInside */.F)(root, start))
        return [];
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)(start, { recursive: true, withFileTypes: true });
    }
    catch {
        return [];
    }
    return entries
        .filter((entry) => entry.isSymbolicLink())
        .map((entry) => toPosix((0,external_node_path_.relative)(root, (0,external_node_path_.join)(entry.parentPath, entry.name))))
        .filter((file) => isMatch(file));
}
/**
 * Expands paths, directories and globs into the template files to lint.
 * The glob library, not following links, returns regular files reached
 * without any link: they need no further check here (their size is checked
 * when they are read). Links are few, and each is checked in full.
 */
function discoverTemplateFiles(patterns, root) {
    const plain = new Set();
    const links = new Set();
    const unmatched = [];
    const relativeToRoot = (match) => toPosix((0,external_node_path_.relative)(root, (0,external_node_path_.resolve)(root, match)));
    for (const pattern of patterns.length ? patterns : [DEFAULT_TEMPLATE_GLOB]) {
        const expanded = expandPattern(pattern, root);
        const files = (0,dist/* globSync */.AZ)(expanded, {
            cwd: root,
            dot: true,
            onlyFiles: true,
            followSymbolicLinks: false,
            expandDirectories: false,
            ignore: IGNORED,
        });
        const linked = matchingSymlinks(expanded, root);
        if (files.length === 0 && linked.length === 0)
            unmatched.push(pattern);
        for (const file of files)
            plain.add(relativeToRoot(file));
        for (const link of linked)
            links.add(relativeToRoot(link));
    }
    const discovery = { files: [], refused: [], unmatched };
    const realRoot = (0,external_node_fs_.realpathSync)(root);
    // The glob walk follows no link below its start, but its start (a
    // pattern's base directory) may itself be a link: check each directory
    // once.
    const realDirectories = new Map();
    const realPath = (file) => {
        const path = (0,external_node_path_.resolve)(root, file);
        const directory = (0,external_node_path_.dirname)(path);
        let real = realDirectories.get(directory);
        if (real === undefined) {
            real = (0,external_node_fs_.realpathSync)(directory);
            realDirectories.set(directory, real);
        }
        return (0,external_node_path_.join)(real, (0,external_node_path_.basename)(path));
    };
    for (const file of plain) {
        if (!(0,workspace_path/* isInside */.F)(root, (0,external_node_path_.resolve)(root, file))) {
            discovery.refused.push({ file, reason: OUTSIDE });
        }
        else if (!(0,workspace_path/* isInside */.F)(realRoot, realPath(file))) {
            discovery.refused.push({
                file,
                reason: 'it is reached through a symbolic link to a directory outside the working directory',
            });
        }
        else {
            discovery.files.push(file);
        }
    }
    // A link to a template that is linted anyway is read once, under the
    // template's own path.
    const realPaths = new Set(links.size ? discovery.files.map(realPath) : []);
    for (const file of links) {
        const reason = refusalReason(root, file);
        if (reason) {
            discovery.refused.push({ file, reason });
            continue;
        }
        const real = (0,external_node_fs_.realpathSync)((0,external_node_path_.resolve)(root, file));
        if (realPaths.has(real))
            continue;
        realPaths.add(real);
        discovery.files.push(file);
    }
    discovery.files.sort();
    discovery.refused.sort((a, b) => (a.file < b.file ? -1 : 1));
    return discovery;
}

;// CONCATENATED MODULE: ./src/lint/read-template-file.ts


/**
 * A template file's bytes, or why it is not read: not a regular file, or
 * over the size limit (checked on the open file, so nothing larger is read).
 */
function readTemplateFile(path) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(path, 'r');
    }
    catch (error) {
        return `it cannot be read (${error.code ?? 'error'})`;
    }
    try {
        const stats = (0,external_node_fs_.fstatSync)(fd);
        if (!stats.isFile())
            return 'it is not a regular file';
        if (stats.size > MAX_TEMPLATE_FILE_BYTES) {
            return `it is ${stats.size} bytes, over the 1 MiB limit for a template file: split it or remove it`;
        }
        const bytes = Buffer.alloc(stats.size);
        let offset = 0;
        while (offset < bytes.length) {
            const read = (0,external_node_fs_.readSync)(fd, bytes, offset, bytes.length - offset, offset);
            if (read === 0)
                break;
            offset += read;
        }
        return bytes.subarray(0, offset);
    }
    catch (error) {
        return `it cannot be read (${error.code ?? 'error'})`;
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}

// EXTERNAL MODULE: ./src/lint/engine.ts + 3 modules
var engine = __webpack_require__(1465);
;// CONCATENATED MODULE: ./src/lint/lint-templates.ts





/** Finds, reads and lints every template file: the whole `lint` job. */
function lintTemplates(options) {
    const { root, config } = options;
    const patterns = options.patterns.length ? options.patterns : config.templates;
    const discovery = discoverTemplateFiles(patterns, root);
    const templates = [];
    const linter = new engine/* Linter */.p$({
        onTemplate: options.collectTemplates
            ? (template) => templates.push(template)
            : undefined,
        ...(0,lint_config/* linterOptions */.f)(config),
    });
    for (const { file, reason } of discovery.refused) {
        linter.reportUnreadable(file, `${file} is not read: ${reason}`);
    }
    for (const file of discovery.files) {
        const read = readTemplateFile((0,external_node_path_.resolve)(root, file));
        if (typeof read === 'string') {
            linter.reportUnreadable(file, `${file} is not read: ${read}`);
        }
        else {
            linter.lintBytes(file, read);
        }
    }
    return { ...linter.finish(), discovery, templates };
}


/***/ })

};
