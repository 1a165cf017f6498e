export const id = 117;
export const ids = [117];
export const modules = {

/***/ 6117:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lintCommand: () => (/* binding */ lintCommand)
/* harmony export */ });
/* unused harmony export explainRule */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _config_load_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9233);
/* harmony import */ var _format_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1872);
/* harmony import */ var _lint_lint_templates_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7490);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3673);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(311);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3916);








function parseMaxWarnings(value) {
    if (value === undefined)
        return Infinity;
    if (!/^\d+$/.test(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`--max-warnings takes a whole number, not ${JSON.stringify(value)}`);
    return Number(value);
}
function parseFormat(value) {
    const format = value ?? 'text';
    if (!(0,_format_index_js__WEBPACK_IMPORTED_MODULE_3__/* .isOutputFormat */ .PY)(format))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`--format must be one of ${_format_index_js__WEBPACK_IMPORTED_MODULE_3__/* .OUTPUT_FORMATS */ .DS.join(', ')}, not ${JSON.stringify(format)}`);
    return format;
}
function explainRule(id) {
    const rule = (0,_rules_index_js__WEBPACK_IMPORTED_MODULE_5__/* .findRule */ .Il)(id);
    if (!rule)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`no rule ${JSON.stringify(id)}: rules are ${_rules_index_js__WEBPACK_IMPORTED_MODULE_5__/* .RULES */ .y0.map((r) => r.id).join(', ')}`);
    return `${rule.id} (default: ${rule.defaultSeverity})\n\n${rule.description}\n\n${rule.docs}\n`;
}
function render(run, format, io) {
    switch (format) {
        case 'json':
            return (0,_format_index_js__WEBPACK_IMPORTED_MODULE_3__/* .formatJson */ .IB)(run);
        case 'github':
            return (0,_format_index_js__WEBPACK_IMPORTED_MODULE_3__/* .formatGithub */ .vX)(run);
        case 'sarif':
            return (0,_format_index_js__WEBPACK_IMPORTED_MODULE_3__/* .formatSarif */ .zK)(run, _rules_index_js__WEBPACK_IMPORTED_MODULE_5__/* .RULES */ .y0, {
                version: _version_js__WEBPACK_IMPORTED_MODULE_7__/* .VERSION */ .x,
                informationUri: _version_js__WEBPACK_IMPORTED_MODULE_7__/* .HOMEPAGE */ .p,
            });
        case 'text': {
            const readable = new Set(run.discovery.files);
            const readSource = (file) => readable.has(file)
                ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, file), 'utf8')
                : undefined;
            return (0,_format_index_js__WEBPACK_IMPORTED_MODULE_3__/* .formatText */ .Oi)(run, { color: io.color, readSource });
        }
    }
}
/** `token-templates lint [paths or globs...]`: exit 0 clean, 1 problems, 2 usage. */
function lintCommand(options, io) {
    if (options.explain !== undefined) {
        io.stdout(explainRule(options.explain));
        return 0;
    }
    const format = parseFormat(options.format);
    const maxWarnings = parseMaxWarnings(options.maxWarnings);
    const config = (0,_config_load_config_js__WEBPACK_IMPORTED_MODULE_2__/* .loadConfig */ .Z)(io.cwd, options.config);
    const run = (0,_lint_lint_templates_js__WEBPACK_IMPORTED_MODULE_4__/* .lintTemplates */ .h)({
        root: io.cwd,
        patterns: options.patterns,
        config,
    });
    const searched = options.patterns.length ? options.patterns : config.templates;
    for (const pattern of run.discovery.unmatched)
        io.stderr(`token-templates: no file matches ${JSON.stringify(pattern)}\n`);
    if (run.summary.files === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`no template files found${searched.length ? ` in ${searched.join(', ')}` : ' in .github/token-templates/'}: pass paths or globs, or set templates in the config`);
    }
    io.stdout(render(run, format, io));
    if (run.summary.errors > 0)
        return 1;
    if (run.summary.warnings > maxWarnings) {
        io.stderr(`token-templates: ${run.summary.warnings} warnings, more than --max-warnings ${maxWarnings}\n`);
        return 1;
    }
    return 0;
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
