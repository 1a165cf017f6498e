export const id = 293;
export const ids = [293];
export const modules = {

/***/ 6293:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  docsCommand: () => (/* binding */ docsCommand)
});

// EXTERNAL MODULE: ./src/config/load-config.ts + 1 modules
var load_config = __webpack_require__(9233);
// EXTERNAL MODULE: ./src/catalog/index.ts + 3 modules
var catalog = __webpack_require__(7505);
// EXTERNAL MODULE: ./src/endpoints/index.ts + 11 modules
var src_endpoints = __webpack_require__(1259);
// EXTERNAL MODULE: ./src/links/token-url.ts
var token_url = __webpack_require__(4876);
;// CONCATENATED MODULE: ./src/docs/markdown-escape.ts
/**
 * Text from a template as the content of one GFM table cell: no HTML, no
 * links, no emphasis, no code spans, and no way out of the cell.
 *
 * HTML-significant characters become entities (so `<script>` is text); the
 * characters of inline markdown are backslash-escaped: brackets (so
 * `[x](javascript:…)` is no link), emphasis and code marks, and `:`, `.`
 * and `@` (so no URL or address is auto-linked: a description must not be
 * able to plant a link next to a token form). `|` is escaped because GFM
 * splits cells on it even inside code spans, and line breaks become
 * `<br>`, the one tag we write ourselves.
 */
function escapeTableCell(text) {
    return (text
        .replace(/\r\n?/g, '\n')
        // Control characters would end the row or hide text: blank them.
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\`*_[\]|~:.@]/g, '\\$&')
        .replace(/\t/g, ' ')
        .split('\n')
        .map((line) => line.trim())
        .join('<br>'));
}

;// CONCATENATED MODULE: ./src/docs/links-table.ts




const HEADER = [
    '| Token | Description | Resource owner | Expires | Permissions |',
    '| --- | --- | --- | --- | --- |',
];
function expiry(expiresIn) {
    if (expiresIn === 'none')
        return 'never';
    if (expiresIn === undefined) {
        return `${catalog/* FIELD_LIMITS */.Y5.defaultExpiresInDays} days (default)`;
    }
    return expiresIn === 1 ? '1 day' : `${expiresIn} days`;
}
const APPROVAL_NOTE = '(approval may be required)';
/** Organizations can require approval of tokens that reach them. */
function owner(target) {
    return target === undefined
        ? 'you'
        : `${escapeTableCell(target)}<br>${APPROVAL_NOTE}`;
}
/** The API categories of the template's endpoints, in order: `repos, pulls`. */
function endpointCategories(endpoints) {
    const categories = new Set();
    for (const text of endpoints) {
        const found = (0,src_endpoints/* lookupEndpoint */.sS)(text);
        if (found.kind === 'endpoint')
            categories.add(found.endpoint.category);
    }
    return [...categories];
}
function description(template) {
    const categories = endpointCategories(template.endpoints ?? []);
    const lines = [
        escapeTableCell(template.description ?? ''),
        categories.length > 0 && `For: ${escapeTableCell(categories.join(', '))}`,
        template.justification !== undefined &&
            `Justification: ${escapeTableCell(template.justification)}`,
    ];
    return lines.filter((line) => line).join('<br>');
}
function permissions(template) {
    const entries = Object.entries(template.permissions ?? {});
    if (entries.length === 0)
        return 'none';
    return entries
        .map(([name, level]) => `${escapeTableCell(name)}: ${escapeTableCell(level)}`)
        .join('<br>');
}
/**
 * Templates in table order: by name ignoring case, then as given (stable).
 * Code-unit order, not the machine's locale: the README must come out the
 * same on every machine (and ICU's collator costs ~10 ms to load).
 */
function sortByName(items) {
    const key = (item) => item.name.toLowerCase();
    return [...items].sort((a, b) => key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
}
/**
 * A GFM table with one row per template: its name linking to the
 * pre-filled token form, and what the token will be able to do. Every
 * cell of template text is escaped, so a row always keeps its five cells.
 */
function renderLinksTable(templates, serverUrl) {
    const rows = sortByName(templates).map((template) => {
        const link = `[${escapeTableCell(template.name)}](${(0,token_url/* buildTokenUrl */.L)(template, serverUrl)})`;
        const cells = [
            link,
            description(template),
            owner(template.target_name),
            expiry(template.expires_in),
            permissions(template),
        ];
        return `| ${cells.join(' | ')} |`;
    });
    if (rows.length === 0)
        return '_No token templates yet._';
    return [...HEADER, ...rows].join('\n');
}

// EXTERNAL MODULE: ./src/config/policy.ts
var config_policy = __webpack_require__(9706);
;// CONCATENATED MODULE: ./src/docs/policy-summary.ts


/** The policy in force, in a few lines above the token links table. */
function renderPolicySummary(policy) {
    if (!policy)
        return '';
    const rules = [];
    if (policy.maxLifetimeDays) {
        rules.push(`tokens expire within ${policy.maxLifetimeDays.days} days`);
    }
    if (policy.forbiddenPermissions.length) {
        rules.push(`forbidden: ${policy.forbiddenPermissions.map(config_policy/* describeLimit */.XW).join(', ')}`);
    }
    if (policy.allowedTargets) {
        rules.push(`resource owners: ${policy.allowedTargets.patterns.map(escapeTableCell).join(', ')}`);
    }
    if (!policy.allowPersonal.allowed)
        rules.push('no personal tokens');
    if (policy.requireDescription)
        rules.push('every token has a description');
    if (policy.sensitivePermissions.length) {
        rules.push(`a justification is needed for ${policy.sensitivePermissions.map(config_policy/* describeLimit */.XW).join(', ')}`);
    }
    if (rules.length === 0)
        return '';
    return `**Token policy** (${escapeTableCell(policy.file)}): ${rules.join('; ')}.`;
}

;// CONCATENATED MODULE: ./src/docs/docs-section.ts


/**
 * What goes between the README markers (and into the job summary): the
 * policy in force, then the token links table.
 */
function renderDocsSection(templates, serverUrl, policy) {
    const summary = renderPolicySummary(policy);
    const table = renderLinksTable(templates, serverUrl);
    return summary ? `${summary}\n\n${table}` : table;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/lint/decode.ts
var decode = __webpack_require__(2215);
// EXTERNAL MODULE: ./src/workspace-path.ts
var workspace_path = __webpack_require__(9152);
;// CONCATENATED MODULE: ./src/docs/readme-markers.ts
const START_MARKER = '<!-- token-templates:start -->';
const END_MARKER = '<!-- token-templates:end -->';
/**
 * The marker comments that stand alone on a line outside fenced code
 * blocks: a README that shows the markers in a code sample (as ours does)
 * is not mistaken for one with duplicated markers.
 */
function markerLines(text) {
    const found = [];
    let fence;
    let offset = 0;
    for (const line of text.split('\n')) {
        const trimmed = line.trim();
        const opening = /^(`{3,}|~{3,})/.exec(trimmed)?.[1];
        if (fence === undefined && opening)
            fence = opening;
        else if (fence !== undefined && trimmed.startsWith(fence))
            fence = undefined;
        else if (fence === undefined &&
            (trimmed === START_MARKER || trimmed === END_MARKER)) {
            const start = offset + line.indexOf(trimmed);
            found.push({ marker: trimmed, start, end: start + trimmed.length });
        }
        offset += line.length + 1;
    }
    return found;
}
/** The 1-based line of the start marker (outside code fences), if any. */
function startMarkerLine(text) {
    const marker = markerLines(text).find((line) => line.marker === START_MARKER);
    return marker && text.slice(0, marker.start).split('\n').length;
}
/** CRLF when the file uses it, so a Windows-edited README stays CRLF. */
function lineEnding(text) {
    return text.includes('\r\n') ? '\r\n' : '\n';
}
/**
 * `text` with everything between the markers replaced by `body`; nothing
 * outside the markers changes, byte for byte.
 */
function replaceBetweenMarkers(text, body) {
    const lines = markerLines(text);
    const starts = lines.filter((line) => line.marker === START_MARKER);
    const ends = lines.filter((line) => line.marker === END_MARKER);
    if (starts.length === 0 && ends.length === 0) {
        const mentioned = text.includes(START_MARKER) || text.includes(END_MARKER);
        return { ok: false, problem: mentioned ? 'not-alone' : 'missing' };
    }
    if (starts.length === 0 || ends.length === 0) {
        return { ok: false, problem: 'one-missing' };
    }
    if (starts.length > 1 || ends.length > 1) {
        return { ok: false, problem: 'duplicated' };
    }
    const start = starts[0].end;
    const end = ends[0].start;
    if (end < start)
        return { ok: false, problem: 'reversed' };
    const eol = lineEnding(text);
    const inner = `${eol}${body.split('\n').join(eol)}${eol}`;
    return { ok: true, text: text.slice(0, start) + inner + text.slice(end) };
}
/** `text` with the markers and `body` appended, for `docs --init`. */
function appendMarkedSection(text, body) {
    const eol = lineEnding(text);
    const separator = text === '' || text.endsWith(eol + eol)
        ? ''
        : text.endsWith(eol)
            ? eol
            : eol + eol;
    const section = [
        '## Token templates',
        '',
        START_MARKER,
        body,
        END_MARKER,
        '',
    ].join('\n');
    return text + separator + section.split('\n').join(eol);
}
const MARKER_HELP = `add these two lines where the table belongs (or run docs --init to append them):\n\n${START_MARKER}\n${END_MARKER}\n`;
function describeMarkerProblem(problem, file) {
    const what = {
        missing: `${file} has no token-templates markers`,
        'not-alone': `${file} has token-templates markers only inside other text or code blocks; each marker must stand alone on its line`,
        'one-missing': `${file} has only one of the two token-templates markers`,
        duplicated: `${file} has a token-templates marker more than once`,
        reversed: `${file} has the end marker before the start marker`,
    }[problem];
    return `${what}; it was not changed. ${problem === 'missing' ? MARKER_HELP : `keep exactly one pair, start before end:\n\n${START_MARKER}\n${END_MARKER}\n`}`;
}

// EXTERNAL MODULE: ./node_modules/diff/libesm/patch/create.js + 2 modules
var create = __webpack_require__(7291);
;// CONCATENATED MODULE: ./src/docs/readme-update.ts



/**
 * What the README becomes with `table` between its markers. Broken markers
 * are a UserError and nothing changes; `init` appends markers (and the
 * table) only to a file that has none at all, never guessing otherwise.
 */
function planReadme(current, table, file, init) {
    const update = replaceBetweenMarkers(current, table);
    if (update.ok)
        return { text: update.text, changed: update.text !== current };
    if (update.problem === 'missing' && init) {
        return { text: appendMarkedSection(current, table), changed: true };
    }
    throw new errors/* UserError */.y(describeMarkerProblem(update.problem, file));
}
/** A unified diff of the README, for `docs --check` when the table is stale. */
function readmeDiff(file, before, after) {
    return (0,create/* createTwoFilesPatch */.ss)(`a/${file}`, `b/${file}`, before, after, '', '', {
        context: 2,
    });
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/docs/write-file-atomic.ts



/**
 * Writes `text` to `path` through a temporary file in the same directory and
 * a rename, so readers (and a crash) see the old file or the new one, never
 * half of either. The file keeps its permission bits.
 */
function writeFileAtomic(path, text) {
    const temporary = (0,external_node_path_.join)((0,external_node_path_.dirname)(path), `.${(0,external_node_path_.basename)(path)}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
    let mode = 0o644;
    try {
        mode = (0,external_node_fs_.statSync)(path).mode & 0o777;
    }
    catch {
        // A new file: the default mode.
    }
    const fd = (0,external_node_fs_.openSync)(temporary, 'wx', mode);
    try {
        try {
            (0,external_node_fs_.writeSync)(fd, text);
            // The umask applies at creation: set the old file's mode exactly.
            (0,external_node_fs_.fchmodSync)(fd, mode);
            (0,external_node_fs_.fsyncSync)(fd);
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
        (0,external_node_fs_.renameSync)(temporary, path);
    }
    catch (error) {
        try {
            (0,external_node_fs_.unlinkSync)(temporary);
        }
        catch {
            // Already gone: nothing to clean up.
        }
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/docs/update-readme-file.ts







function readReadme(path, file, init) {
    let bytes;
    try {
        bytes = (0,external_node_fs_.readFileSync)(path);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' && init)
            return '';
        const reason = code === 'ENOENT' ? 'no such file; --init creates it' : code;
        throw new errors/* UserError */.y(`${file}: cannot read it (${reason})`);
    }
    const decoded = (0,decode/* decodeTemplateBytes */.u)(bytes);
    if (!decoded.ok)
        throw new errors/* UserError */.y(`${file}: ${decoded.reason}`);
    // The decoder drops a byte order mark; keep it, as every other byte.
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    return bom ? `\uFEFF${decoded.text}` : decoded.text;
}
/**
 * Puts `table` between the README's markers: checks (`check`, writes
 * nothing) or writes atomically. Refuses files outside `root`, also through
 * links, and broken markers; the README is then left as it was.
 */
function updateReadmeFile(options) {
    const { root, file, table, check, init } = options;
    const path = (0,workspace_path/* resolveInsideRoot */.P)(root, file);
    const current = readReadme(path, file, init);
    const plan = planReadme(current, table, file, init);
    if (!plan.changed)
        return { changed: false };
    if (check) {
        return {
            changed: true,
            diff: readmeDiff(file, current, plan.text),
            markerLine: startMarkerLine(current),
        };
    }
    try {
        writeFileAtomic(path, plan.text);
    }
    catch (error) {
        const code = error.code ?? 'error';
        throw new errors/* UserError */.y(`${file}: could not write it (${code}); it was not changed`);
    }
    return { changed: true };
}

;// CONCATENATED MODULE: ./src/format/log-untrusted.ts

/**
 * Prints text that may come from a pull request (a README diff) to the log
 * with workflow commands switched off around it, under a random token the
 * text cannot know: a line like `::add-mask::` in it stays plain text.
 */
function logUntrusted(text, write = (line) => void process.stdout.write(line)) {
    const token = (0,external_node_crypto_.randomBytes)(16).toString('hex');
    write(`::stop-commands::${token}\n`);
    write(text.endsWith('\n') ? text : `${text}\n`);
    write(`::${token}::\n`);
}

// EXTERNAL MODULE: ./src/lint/approved-templates.ts
var approved_templates = __webpack_require__(4132);
// EXTERNAL MODULE: ./src/lint/lint-templates.ts + 2 modules
var lint_templates = __webpack_require__(7490);
// EXTERNAL MODULE: ./src/lint/quote.ts
var quote = __webpack_require__(7009);
// EXTERNAL MODULE: ./src/links/from-fields.ts
var from_fields = __webpack_require__(139);
;// CONCATENATED MODULE: ./src/cli/docs-command.ts









/**
 * `token-templates docs --readme FILE [--check] [--init]`: the table of
 * token links for every template that passes lint, between the markers.
 */
function docsCommand(options, io) {
    const config = (0,load_config/* loadConfig */.Z)(io.cwd, options.config);
    const file = options.readme ?? config.readme ?? 'README.md';
    const serverUrl = (0,token_url/* resolveServerUrl */.l)(options.serverUrl, config.serverUrl, io.env);
    const run = (0,lint_templates/* lintTemplates */.h)({
        root: io.cwd,
        patterns: options.patterns,
        config,
        collectTemplates: true,
    });
    const { approved, rejected } = (0,approved_templates/* partitionByErrors */.Z)(run.templates, run.findings);
    for (const { template, error } of rejected) {
        io.stderr(`token-templates: warning: ${template.file}:${template.line}: template ${(0,quote/* quote */.h)(template.fields.name ?? '')} is left out of the table: ${error.rule} at line ${error.line}; run lint\n`);
    }
    const table = renderDocsSection(approved.map((template) => (0,from_fields/* toTokenTemplate */.j)(template.fields)), serverUrl, config.policy);
    const update = updateReadmeFile({
        root: io.cwd,
        file,
        table,
        check: options.check,
        init: options.init,
    });
    const count = `${approved.length} templates`;
    if (options.check && update.changed) {
        // The diff quotes README lines, which a pull request can change: under
        // GitHub Actions, print it with workflow commands stopped.
        const diff = update.diff ?? '';
        if (io.env.GITHUB_ACTIONS === 'true')
            logUntrusted(diff, io.stdout);
        else
            io.stdout(diff);
        io.stderr(`token-templates: ${file}: the token table is stale; run token-templates docs --readme ${file}\n`);
        return 1;
    }
    const state = options.check
        ? 'the token table is current'
        : update.changed
            ? 'updated the token table'
            : 'the token table is already current';
    io.stdout(`${file}: ${state} (${count})\n`);
    return 0;
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
