export const id = 555;
export const ids = [555];
export const modules = {

/***/ 9233:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z: () => (/* binding */ loadConfig)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/lint/decode.ts
var decode = __webpack_require__(2215);
// EXTERNAL MODULE: ./src/workspace-path.ts
var workspace_path = __webpack_require__(9152);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/catalog/index.ts + 3 modules
var catalog = __webpack_require__(7505);
// EXTERNAL MODULE: ./src/config/policy.ts
var policy = __webpack_require__(9706);
// EXTERNAL MODULE: ./src/endpoints/index.ts + 11 modules
var endpoints = __webpack_require__(1259);
// EXTERNAL MODULE: ./src/lint/quote.ts
var quote = __webpack_require__(7009);
// EXTERNAL MODULE: ./src/lint/suggest.ts
var suggest = __webpack_require__(247);
// EXTERNAL MODULE: ./src/lint/template-document.ts
var template_document = __webpack_require__(7969);
// EXTERNAL MODULE: ./src/rules/index.ts + 27 modules
var rules = __webpack_require__(3673);
// EXTERNAL MODULE: ./src/rules/schema.ts
var schema = __webpack_require__(7776);
// EXTERNAL MODULE: ./src/schema/index.ts + 1 modules
var src_schema = __webpack_require__(7323);
// EXTERNAL MODULE: ./src/schema/precompiled-validators.js
var precompiled_validators = __webpack_require__(6828);
;// CONCATENATED MODULE: ./src/config/config.ts











const DEFAULT_CONFIG_PATH = '.github/token-templates.config.yml';
const DEFAULT_CONFIG = {
    templates: [],
    platform: endpoints/* DEFAULT_PLATFORM */.Er,
    ruleLevels: {},
    extraPermissions: [],
};
/** A config that cannot be used: the CLI exits 2 with this one line. */
class ConfigError extends errors/* UserError */.y {
    name = 'ConfigError';
}
const CONFIG_SCHEMA = (0,src_schema/* buildConfigSchema */.A6)();
/** The keys the config schema allows at `path` (for did-you-mean). */
function keysAt(path) {
    let node = CONFIG_SCHEMA;
    for (const segment of path) {
        const next = node.properties?.[segment] ?? node.additionalProperties;
        if (typeof next !== 'object' || next === null)
            return [];
        node = next;
    }
    return Object.keys(node.properties ?? {});
}
function configErrorMessage(error) {
    const path = (0,schema/* decodePointer */.A$)(error.instancePath);
    if (error.keyword === 'additionalProperties') {
        const key = String(error.params.additionalProperty);
        const candidates = path[0] === 'rules' ? [...rules/* RULE_IDS */.Iu] : keysAt(path);
        const what = path[0] === 'rules' ? 'rule' : 'setting';
        return `unknown ${what} ${(0,quote/* quote */.h)(key)}${(0,suggest/* didYouMean */.a)(key, candidates) || `: known ones are ${candidates.join(', ')}`}`;
    }
    const where = path.length ? path.join('.') : 'the config';
    if (error.keyword === 'enum') {
        const allowed = error.params.allowedValues.join(', ');
        return `${where} must be one of ${allowed}`;
    }
    if (error.propertyName !== undefined) {
        return `${(0,quote/* quote */.h)(error.propertyName)} is not a permission name: use lowercase letters, digits and underscores`;
    }
    if (path[0] === 'policy' &&
        /^(forbidden|sensitive)_permissions$/.test(path[1] ?? '') &&
        path.length > 2) {
        return `each entry of policy.${path[1]} is a permission name, or name: level (read, write or admin)`;
    }
    if (path[0] === 'templates') {
        return 'templates must be a glob or a non-empty list of globs';
    }
    return `${where} ${error.message ?? 'is invalid'}`;
}
function errorPath(error) {
    const path = (0,schema/* decodePointer */.A$)(error.instancePath);
    if (error.keyword === 'additionalProperties') {
        return [...path, String(error.params.additionalProperty)];
    }
    if (error.propertyName !== undefined) {
        return [...path, error.propertyName];
    }
    return path;
}
function fail(file, document, path, message, part = 'value') {
    const at = document ? document.locate(path, part) : { line: 1, column: 1 };
    throw new ConfigError(`${file}:${at.line}:${at.column}: ${message}`);
}
/** Parses and validates a config file's text; throws ConfigError with a position. */
function parseConfig(text, file) {
    const parsed = (0,template_document/* parseTemplateFile */.q)(text);
    const problem = parsed.problems[0];
    if (problem)
        throw new ConfigError(`${file}:${problem.at.line}:${problem.at.column}: ${problem.message}`);
    if (parsed.documents.length > 1)
        fail(file, parsed.documents[1], [], 'a config file holds one YAML document');
    const document = parsed.documents[0];
    if (!document)
        return { ...DEFAULT_CONFIG, file };
    if (!(0,precompiled_validators/* validateConfig */.$)(document.value)) {
        // ajv reports a bad key name first as its pattern error; the one that
        // carries `propertyName` says which key.
        const errors = precompiled_validators/* validateConfig */.$.errors ?? [];
        const error = errors.find((e) => e.propertyName !== undefined) ?? errors[0];
        const part = error.keyword === 'additionalProperties' ||
            error.propertyName !== undefined
            ? 'key'
            : 'value';
        fail(file, document, errorPath(error), configErrorMessage(error), part);
    }
    const raw = document.value;
    const extraPermissions = Object.entries(raw.extra_permissions ?? {}).map(([name, extra]) => {
        if (catalog/* PERMISSIONS */.Jj.some((permission) => permission.name === name)) {
            fail(file, document, ['extra_permissions', name], `${(0,quote/* quote */.h)(name)} is already in the catalog: remove it from extra_permissions`, 'key');
        }
        return {
            name,
            displayName: extra.display_name ?? name,
            scope: extra.scope,
            levels: [...extra.levels].sort((a, b) => RANK[a] - RANK[b]),
        };
    });
    const policy = raw.policy && checkedPolicy(raw.policy, file, document, extraPermissions);
    const ruleLevels = { ...raw.rules };
    if (policy?.requireDescription)
        ruleLevels['missing-description'] = 'error';
    return {
        file,
        policy,
        templates: raw.templates === undefined ? [] : [raw.templates].flat(),
        serverUrl: raw.server_url?.replace(/\/+$/, ''),
        platform: raw.platform ?? endpoints/* DEFAULT_PLATFORM */.Er,
        readme: raw.readme,
        ruleLevels,
        extraPermissions,
    };
}
function checkedPolicy(raw, file, document, extra) {
    try {
        return (0,policy/* parsePolicy */.ON)(raw, file, new catalog/* PermissionCatalog */.L1(extra), (path) => document.locate(path, 'key').line);
    }
    catch (error) {
        if (!(error instanceof policy/* PolicyProblem */.cq))
            throw error;
        return fail(file, document, error.path.map(String), error.message, error.part);
    }
}
const RANK = { read: 0, write: 1, admin: 2 };

;// CONCATENATED MODULE: ./src/config/load-config.ts





/**
 * Reads the config: the given path (which must exist), else the default
 * path when present, else the defaults.
 */
function loadConfig(root, path) {
    const file = path ?? DEFAULT_CONFIG_PATH;
    if (path === undefined && !(0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(root, file))) {
        return DEFAULT_CONFIG;
    }
    // The config may come from a pull request: never through a link out.
    const absolute = (0,workspace_path/* resolveInsideRoot */.P)(root, file);
    let bytes;
    try {
        bytes = (0,external_node_fs_.readFileSync)(absolute);
    }
    catch (error) {
        const code = error.code;
        throw new ConfigError(`${file}: cannot read the config file (${code === 'ENOENT' ? 'no such file' : code})`);
    }
    const decoded = (0,decode/* decodeTemplateBytes */.u)(bytes);
    if (!decoded.ok)
        throw new ConfigError(`${file}: ${decoded.reason}`);
    return parseConfig(decoded.text, file);
}


/***/ }),

/***/ 1872:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DS: () => (/* binding */ OUTPUT_FORMATS),
  vX: () => (/* reexport */ formatGithub),
  IB: () => (/* reexport */ formatJson),
  zK: () => (/* reexport */ formatSarif),
  Oi: () => (/* reexport */ formatText),
  PY: () => (/* binding */ isOutputFormat)
});

// UNUSED EXPORTS: SARIF_SCHEMA, escapeCommandData, escapeCommandProperty, sanitize

;// CONCATENATED MODULE: ./src/format/ansi.ts
/** The few SGR styles the text format uses, each with its own reset. */
const STYLES = {
    bold: [1, 22],
    dim: [2, 22],
    red: [31, 39],
    green: [32, 39],
    yellow: [33, 39],
    cyan: [36, 39],
};
function painter(color) {
    if (!color)
        return (_style, text) => text;
    return (style, text) => {
        const [open, close] = STYLES[style];
        return text === '' ? '' : `\u001b[${open}m${text}\u001b[${close}m`;
    };
}

;// CONCATENATED MODULE: ./src/format/sanitize.ts
/**
 * Text from template files (messages quote it, file names and source lines
 * are it) must not be able to forge output lines or drive the terminal, so
 * every character that could is shown as a visible escape instead.
 */
/** Unsafe: C0 but tab, DEL, C1, line/paragraph separators, and invisible
 * format characters (zero-width, bidi controls, BOM) that hide or reorder. */
function isUnsafeCodePoint(code) {
    return ((code < 0x20 && code !== 0x09) ||
        (code >= 0x7f && code <= 0x9f) ||
        (code >= 0x200b && code <= 0x200f) ||
        (code >= 0x2028 && code <= 0x202e) ||
        (code >= 0x2060 && code <= 0x2069) ||
        code === 0xfeff);
}
/** The visible form of one unsafe code point, e.g. `\n` or `\u{1b}`. */
function escapeCodePoint(code) {
    if (code === 0x0a)
        return '\\n';
    if (code === 0x0d)
        return '\\r';
    return `\\u{${code.toString(16)}}`;
}
/** `text` with every unsafe character replaced by its visible escape. */
function sanitize(text) {
    let out = '';
    for (const char of text) {
        const code = char.codePointAt(0);
        out += isUnsafeCodePoint(code) ? escapeCodePoint(code) : char;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/format/code-frame.ts

/** Source lines longer than this (UTF-16 code units) are cut around the column. */
const MAX_FRAME_WIDTH = 200;
/** How much of a cut line to keep before the column. */
const LEAD = 60;
const ELLIPSIS = '…';
const plain = { gutter: (text) => text, marker: (text) => text };
/**
 * The two lines that show `position` in `lineText` (the text of line
 * `position.line`, without its line break): the source after a gutter, and
 * carets under columns `column` to `endColumn` (to the end of the line when
 * the range goes on to later lines). Columns count UTF-16 code units, as
 * JavaScript strings and the `yaml` parser do.
 */
function codeFrame(lineText, position, style = plain) {
    const length = lineText.length;
    const start = clamp(position.column - 1, 0, length);
    const end = position.endLine > position.line
        ? length
        : clamp(position.endColumn - 1, start, length);
    let from = 0;
    let to = length;
    if (length > MAX_FRAME_WIDTH) {
        from = clamp(start - LEAD, 0, length - MAX_FRAME_WIDTH);
        to = from + MAX_FRAME_WIDTH;
        // Never split a surrogate pair at either edge.
        if (isLowSurrogate(lineText, from))
            from++;
        if (isLowSurrogate(lineText, to))
            to++;
    }
    const head = from > 0 ? ELLIPSIS : '';
    const tail = to < length ? ELLIPSIS : '';
    const caretFrom = Math.max(start, from);
    const caretTo = Math.min(end, to);
    const shown = head + sanitize(lineText.slice(from, to)) + tail;
    const padding = ' '.repeat(head.length) + blank(lineText.slice(from, caretFrom));
    const carets = '^'.repeat(Math.max(1, width(lineText.slice(caretFrom, caretTo))));
    const number = String(position.line);
    return [
        style.gutter(`  ${number} |`) + (shown === '' ? '' : ` ${shown}`),
        style.gutter(`  ${' '.repeat(number.length)} |`) +
            ` ${padding}${style.marker(carets)}`,
    ];
}
function clamp(value, min, max) {
    return Math.min(Math.max(value, min), max);
}
function isLowSurrogate(text, index) {
    const code = text.charCodeAt(index);
    return code >= 0xdc00 && code <= 0xdfff;
}
/** Blanks as wide as `render(text)`, keeping tabs so carets line up. */
function blank(text) {
    let out = '';
    for (const char of text) {
        out += char === '\t' ? '\t' : ' '.repeat(displayWidth(char));
    }
    return out;
}
function width(text) {
    let total = 0;
    for (const char of text)
        total += displayWidth(char);
    return total;
}
function displayWidth(char) {
    const code = char.codePointAt(0);
    return isUnsafeCodePoint(code) ? escapeCodePoint(code).length : 1;
}

;// CONCATENATED MODULE: ./src/format/text.ts



const SEVERITY_STYLE = {
    error: 'red',
    warning: 'yellow',
    notice: 'cyan',
};
/**
 * Human-readable report: each finding as `file:line:col: severity: message
 * [rule]` with a code frame, then a summary line. Everything taken from
 * template files is sanitized, so no line can carry terminal escapes or
 * start with `::` (a GitHub workflow command).
 */
function formatText(result, options) {
    const paint = painter(options.color);
    const lines = linesOf(options.readSource);
    const blocks = result.findings.map((finding) => formatFinding(finding, lines(finding.file), paint));
    blocks.push([summaryLine(result, paint)]);
    return blocks.map((block) => block.join('\n')).join('\n\n') + '\n';
}
/** `readSource` split into lines, at most once per file. */
function linesOf(readSource) {
    const cache = new Map();
    return (file) => {
        if (!cache.has(file))
            cache.set(file, readSource(file)?.split(/\r?\n/));
        return cache.get(file);
    };
}
function formatFinding(finding, lines, paint) {
    const style = SEVERITY_STYLE[finding.severity];
    const header = `${safeFile(finding.file)}:${finding.line}:${finding.column}: ` +
        `${paint(style, finding.severity)}: ${sanitize(finding.message)} ` +
        paint('dim', `[${sanitize(finding.rule)}]`);
    // Line numbers are 1-based; a missing line (stale file) gets no frame.
    const lineText = Number.isInteger(finding.line) && finding.line >= 1
        ? lines?.[finding.line - 1]
        : undefined;
    if (lineText === undefined)
        return [header];
    return [
        header,
        ...codeFrame(lineText, finding, {
            gutter: (text) => paint('dim', text),
            marker: (text) => paint(style, text),
        }),
    ];
}
/**
 * The file name starts the header line, so one that begins with blanks or
 * `:` (the runner trims, then looks for `::`) gets a harmless `./` prefix.
 */
function safeFile(file) {
    const safe = sanitize(file);
    return /^[\s:]/u.test(safe) ? `./${safe}` : safe;
}
/** `✖ 3 problems (1 error, 2 warnings, 0 notices) in 4 templates, 2 files` */
function summaryLine(result, paint) {
    const { files, templates, errors, warnings, notices } = result.summary;
    const problems = errors + warnings + notices;
    if (problems === 0) {
        return paint('green', `✔ ${count(templates, 'template')} in ${count(files, 'file')}: ` +
            'no problems');
    }
    const style = errors > 0 ? 'red' : warnings > 0 ? 'yellow' : 'cyan';
    return paint(style, `✖ ${count(problems, 'problem')} (${count(errors, 'error')}, ` +
        `${count(warnings, 'warning')}, ${count(notices, 'notice')}) ` +
        `in ${count(templates, 'template')}, ${count(files, 'file')}`);
}
function count(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

;// CONCATENATED MODULE: ./src/format/json.ts
/**
 * The stable `--format json` document: one line, keys in the documented
 * order (built explicitly, so extra fields on a finding never leak out).
 */
function formatJson(result) {
    const { files, templates, errors, warnings, notices } = result.summary;
    const document = {
        diagnostics: result.findings.map((finding) => ({
            file: finding.file,
            line: finding.line,
            column: finding.column,
            endLine: finding.endLine,
            endColumn: finding.endColumn,
            severity: finding.severity,
            rule: finding.rule,
            message: finding.message,
        })),
        summary: { files, templates, errors, warnings, notices },
    };
    return JSON.stringify(document) + '\n';
}

// EXTERNAL MODULE: ./src/lint/finding.ts
var finding = __webpack_require__(8472);
;// CONCATENATED MODULE: ./src/format/github.ts

/** Escapes a command's message as `@actions/core` does. */
function escapeCommandData(value) {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** Escapes a command property's value as `@actions/core` does. */
function escapeCommandProperty(value) {
    return escapeCommandData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/**
 * One workflow command per finding (`::error file=…::message`), errors
 * first, then warnings, then notices; nothing at all for no findings.
 */
function formatGithub(result) {
    const findings = result.findings
        .map((finding, index) => ({ finding, index }))
        .sort((a, b) => (0,finding/* severityRank */.qs)(a.finding.severity) - (0,finding/* severityRank */.qs)(b.finding.severity) ||
        a.index - b.index);
    return findings.map(({ finding }) => command(finding) + '\n').join('');
}
function command(finding) {
    const properties = [
        ['file', finding.file],
        ['line', finding.line],
        ['col', finding.column],
        ['endLine', finding.endLine],
        ['endColumn', finding.endColumn],
        ['title', finding.rule],
    ];
    // Like @actions/core, leave out empty values rather than send `key=`.
    const list = properties
        .filter(([, value]) => value !== '' && value !== 0)
        .map(([key, value]) => `${key}=${escapeCommandProperty(String(value))}`)
        .join(',');
    const head = list === '' ? finding.severity : `${finding.severity} ${list}`;
    return `::${head}::${escapeCommandData(finding.message)}`;
}

;// CONCATENATED MODULE: ./src/format/sarif.ts
const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Finding files are relative to this base (the working directory). */
const SRCROOT = '%SRCROOT%';
const LEVEL = {
    error: 'error',
    warning: 'warning',
    notice: 'note',
};
/** A SARIF 2.1.0 log (one run), e.g. for GitHub code scanning uploads. */
function formatSarif(result, rules, tool, options = {}) {
    const descriptors = rules.map(describeRule);
    const indexOf = new Map();
    descriptors.forEach((rule, index) => indexOf.set(rule.id, index));
    // A finding of a rule the registry does not know (should not happen) still
    // gets a descriptor, so every ruleIndex is valid.
    const ruleIndex = (id) => {
        let index = indexOf.get(id);
        if (index === undefined) {
            index = descriptors.push({ id, name: id }) - 1;
            indexOf.set(id, index);
        }
        return index;
    };
    const results = result.findings.map((finding) => ({
        ruleId: finding.rule,
        ruleIndex: ruleIndex(finding.rule),
        level: LEVEL[finding.severity],
        message: { text: finding.message },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: fileUri(finding.file), uriBaseId: SRCROOT },
                    region: {
                        startLine: finding.line,
                        startColumn: finding.column,
                        endLine: finding.endLine,
                        endColumn: finding.endColumn,
                    },
                },
            },
        ],
    }));
    const log = {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'token-templates',
                        version: tool.version,
                        informationUri: tool.informationUri,
                        rules: descriptors,
                    },
                },
                originalUriBaseIds: {
                    [SRCROOT]: options.srcRoot === undefined
                        ? { description: { text: 'The directory the linter ran in.' } }
                        : { uri: options.srcRoot },
                },
                // Columns come from JavaScript string offsets.
                columnKind: 'utf16CodeUnits',
                results,
            },
        ],
    };
    return JSON.stringify(log, null, 2) + '\n';
}
function describeRule(rule) {
    return {
        id: rule.id,
        name: rule.id,
        shortDescription: { text: rule.description },
        fullDescription: { text: rule.description },
        help: { text: rule.docs, markdown: rule.docs },
        defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
        ...(rule.helpUri === undefined ? {} : { helpUri: rule.helpUri }),
    };
}
/** A relative URI reference for a `/`-separated path (`a b#1` -> `a%20b%231`). */
function fileUri(file) {
    return file.split('/').map(encodeURIComponent).join('/');
}

;// CONCATENATED MODULE: ./src/format/index.ts
const OUTPUT_FORMATS = [
    'text',
    'json',
    'github',
    'sarif',
];
function isOutputFormat(value) {
    return OUTPUT_FORMATS.includes(value);
}







/***/ }),

/***/ 2215:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ decodeTemplateBytes)
/* harmony export */ });
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Template bytes to text. Invalid UTF-8 and NUL bytes (binary files) are
 * refused with the offset of the first bad byte, so it can be pointed at.
 */
function decodeTemplateBytes(bytes) {
    if (!(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(bytes)) {
        const offset = firstInvalidUtf8Offset(bytes);
        const textBefore = new TextDecoder().decode(bytes.subarray(0, offset));
        return {
            ok: false,
            offset,
            textBefore,
            reason: 'the file is not valid UTF-8 text: save it as UTF-8',
        };
    }
    const text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
    const nul = text.indexOf('\0');
    if (nul !== -1) {
        return {
            ok: false,
            offset: nul,
            textBefore: text.slice(0, nul),
            reason: 'the file contains a NUL byte: template files must be text, not binary',
        };
    }
    return { ok: true, text };
}
/** Byte offset where UTF-8 decoding first fails (called only when it does). */
function firstInvalidUtf8Offset(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const byte = bytes[i];
        const length = byte < 0x80
            ? 1
            : byte >= 0xc2 && byte <= 0xdf
                ? 2
                : byte >= 0xe0 && byte <= 0xef
                    ? 3
                    : byte >= 0xf0 && byte <= 0xf4
                        ? 4
                        : 0;
        if (length === 0 || i + length > bytes.length)
            return i;
        if (!(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(bytes.subarray(i, i + length)))
            return i;
        i += length;
    }
    return bytes.length;
}


/***/ }),

/***/ 1465:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  p$: () => (/* binding */ Linter)
});

// UNUSED EXPORTS: MAX_FINDINGS_PER_FILE, capFindings

// EXTERNAL MODULE: ./src/catalog/index.ts + 3 modules
var src_catalog = __webpack_require__(7505);
// EXTERNAL MODULE: ./src/rules/index.ts + 27 modules
var rules = __webpack_require__(3673);
// EXTERNAL MODULE: ./src/schema/index.ts + 1 modules
var schema = __webpack_require__(7323);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var dist_ajv = __webpack_require__(2463);
;// CONCATENATED MODULE: ./src/schema/compile.ts

/**
 * An ajv instance for our generated schemas: every error (not just the
 * first), and the editor-only `markdownDescription` keyword allowed under
 * strict mode.
 */
const ajvOptions = { allErrors: true, strict: true };
function createAjv() {
    const ajv = new dist_ajv.Ajv(ajvOptions);
    ajv.addKeyword({ keyword: 'markdownDescription', schemaType: 'string' });
    return ajv;
}
function compileSchema(schema) {
    return createAjv().compile(schema);
}

// EXTERNAL MODULE: ./src/schema/precompiled-validators.js
var precompiled_validators = __webpack_require__(6828);
// EXTERNAL MODULE: ./src/lint/decode.ts
var decode = __webpack_require__(2215);
// EXTERNAL MODULE: ./src/lint/finding.ts
var finding = __webpack_require__(8472);
// EXTERNAL MODULE: ./src/lint/quote.ts
var quote = __webpack_require__(7009);
// EXTERNAL MODULE: ./src/rules/schema.ts
var rules_schema = __webpack_require__(7776);
// EXTERNAL MODULE: ./src/rules/template-fields.ts
var template_fields = __webpack_require__(8951);
// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(3243);
;// CONCATENATED MODULE: ./src/lint/fast-parse.ts

/**
 * The fast path's parser. js-yaml builds plain values about 6x faster than
 * `yaml` builds documents with positions, so templates are parsed with it
 * first, and with `yaml` only when a file has findings (positions needed)
 * or anything this parser might read differently.
 *
 * Plain scalars resolve exactly as in `yaml`'s core schema (YAML 1.2): the
 * same patterns and conversions as yaml/dist/schema/core/*.js.
 */
/** One js-yaml type per tag (js-yaml keeps one): the first pattern that matches wins. */
const scalar = (tag, forms) => new js_yaml/* Type */.ZU(`tag:yaml.org,2002:${tag}`, {
    kind: 'scalar',
    resolve: (text) => forms.some(([test]) => test.test(text ?? '')),
    construct: (text) => {
        const form = forms.find(([test]) => test.test(text ?? ''));
        return form?.[1](text ?? '');
    },
});
const CORE_1_2 = js_yaml/* FAILSAFE_SCHEMA */.uH.extend({
    implicit: [
        scalar('null', [[/^(?:~|[Nn]ull|NULL)?$/, () => null]]),
        scalar('bool', [
            [
                /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
                (text) => text[0] === 't' || text[0] === 'T',
            ],
        ]),
        scalar('int', [
            [/^0o[0-7]+$/, (text) => parseInt(text.slice(2), 8)],
            [/^[-+]?[0-9]+$/, (text) => parseInt(text, 10)],
            [/^0x[0-9a-fA-F]+$/, (text) => parseInt(text.slice(2), 16)],
        ]),
        scalar('float', [
            [
                /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
                (text) => text.slice(-3).toLowerCase() === 'nan'
                    ? NaN
                    : text[0] === '-'
                        ? -Infinity
                        : Infinity,
            ],
            [/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, parseFloat],
            [/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, parseFloat],
        ]),
    ],
});
/**
 * Constructs the parsers may not agree on, or that need `yaml`'s limits:
 * tabs, control characters, anchors, aliases and tags (`&`, `*`, `!` where
 * a node starts), directives (`%` at a line start), flow collections
 * other than `{}` and `[]`, a `#` right after a closing quote or bracket
 * (`yaml` refuses it, js-yaml takes it as a comment), and long lines.
 * The same characters inside
 * text (`R&D`, `main!`, `[beta]`) are fine. Block scalars (`>-`
 * descriptions) are common and both parsers follow the spec there; a
 * property test holds them to it.
 */
const NOT_FOR_FAST_PATH = 
// eslint-disable-next-line no-control-regex
/[\t\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufeff\u2028\u2029]|(?:^|[\s,[{])[&*!]|^%|(?:^|[:?-]\s+)[[{](?![\]}]\s*(?:#.*)?$)|["'\]}]#/m;
/** `yaml` limits implicit keys to 1024 characters; js-yaml may not. */
function hasLongLine(text) {
    if (text.length < 1000)
        return false;
    let start = 0;
    for (let end = text.indexOf('\n');; end = text.indexOf('\n', start)) {
        if ((end === -1 ? text.length : end) - start >= 1000)
            return true;
        if (end === -1)
            return false;
        start = end + 1;
    }
}
/** The documents' values, or undefined when `yaml` must parse the text. */
function fastParse(text) {
    if (NOT_FOR_FAST_PATH.test(text))
        return undefined;
    if (hasLongLine(text))
        return undefined;
    try {
        const documents = [];
        (0,js_yaml/* loadAll */.gh)(text, (document) => documents.push(document), { schema: CORE_1_2 });
        return documents;
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/lint/text-position.ts
var text_position = __webpack_require__(588);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/lint/template-document.ts
var template_document = __webpack_require__(7969);
;// CONCATENATED MODULE: ./src/lint/lazy-positions.ts



/**
 * The fast path found that `yaml` reads the file differently (an error or
 * warning js-yaml did not see): the file must take the full path.
 */
class NeedsFullParse extends Error {
}
/**
 * Positions for a file the fast path parsed without them: the file is
 * parsed with `yaml` on the first request only, which most files never
 * make (they have no findings).
 */
class LazyPositions {
    text;
    values;
    parsed;
    agrees = false;
    constructor(text, 
    /** The fast path's values, by document index. */
    values) {
        this.text = text;
        this.values = values;
    }
    document(index, strict = true) {
        const now = () => this.find(index, strict);
        return {
            locate: (path, part) => now().locate(path, part),
            start: () => now().start(),
            lines: () => now().lines(),
            positionLater: (path, part) => this.positionLater(index, path, part),
            settled: () => this.document(index, false),
        };
    }
    /**
     * Asked later, perhaps while another file is linted (nothing to fall
     * back to then: use what `yaml` gives). Keeps only the text, not the
     * parsed file: runs hold one of these per template.
     */
    positionLater(index, path, part) {
        if (this.parsed) {
            const position = this.find(index, false).locate(path, part);
            return () => position;
        }
        const text = this.text;
        let position;
        return () => {
            if (!position) {
                const document = (0,template_document/* parseTemplateFile */.q)(text).documents.find((d) => d.index === index);
                position = document ? document.locate(path, part) : text_position/* FILE_START */.WS;
            }
            return position;
        };
    }
    find(index, strict = true) {
        if (!this.parsed) {
            this.parsed = (0,template_document/* parseTemplateFile */.q)(this.text);
            this.agrees = readsTheSame(this.parsed, this.values);
        }
        const document = this.parsed.documents.find((d) => d.index === index);
        if ((strict && !this.agrees) || !document) {
            throw new NeedsFullParse('yaml reads this file differently');
        }
        return document;
    }
}
/**
 * Whether `yaml` reads the file as the fast path did: no problems, the
 * same documents, the same values (messages quote them).
 */
function readsTheSame(parsed, values) {
    return (parsed.problems.length === 0 &&
        parsed.brokenDocuments === 0 &&
        parsed.documentCount === values.length &&
        parsed.documents.every((document) => (0,external_node_util_.isDeepStrictEqual)(document.value, values[document.index])));
}

;// CONCATENATED MODULE: ./src/lint/engine.ts














/**
 * The template validator for a catalog: precompiled at build time for
 * GitHub's catalog; compiled now (tens of ms) only when the config adds
 * extra permissions.
 */
function templateValidator(catalog) {
    if (catalog.permissions.length === src_catalog/* PERMISSIONS */.Jj.length)
        return precompiled_validators/* validateTemplate */.d;
    return compileSchema((0,schema/* buildTemplateSchema */.qb)(catalog.permissions));
}
/** Past this many findings in one file, the rest are summed up in one line. */
const MAX_FINDINGS_PER_FILE = 100;
/**
 * Lints template files one at a time and keeps only findings, so memory
 * stays flat however many templates a run holds. Call `finish` once.
 */
class Linter {
    catalog;
    onTemplate;
    policy;
    platform;
    fastPath;
    validate;
    severities = new Map();
    visitors = [];
    findings = [];
    /** Findings of the file being linted, capped when it is done. */
    pending = [];
    currentFile;
    counts = { errors: 0, warnings: 0, notices: 0 };
    files = 0;
    templates = 0;
    constructor(options = {}) {
        this.catalog = options.catalog ?? new src_catalog/* PermissionCatalog */.L1();
        this.onTemplate = options.onTemplate;
        this.policy = options.policy;
        this.platform = options.platform;
        this.fastPath = options.fastPath ?? true;
        this.validate = templateValidator(this.catalog);
        for (const rule of rules/* RULES */.y0) {
            const level = options.ruleLevels?.[rule.id] ?? rule.defaultSeverity;
            if (level === 'off')
                continue;
            this.severities.set(rule.id, level);
            const visitor = rule.create?.((file, at, message) => this.report(file, rule.id, at, message));
            if (visitor)
                this.visitors.push({ rule, visitor });
        }
    }
    /** Lints one file's raw bytes. */
    lintBytes(file, bytes) {
        const decoded = (0,decode/* decodeTemplateBytes */.u)(bytes);
        if (decoded.ok)
            return this.lintText(file, decoded.text);
        this.files += 1;
        const at = (0,text_position/* positionOfOffset */.qS)(decoded.textBefore + ' ', decoded.textBefore.length);
        this.report(file, 'yaml-syntax', at, decoded.reason);
    }
    /** Lints one file's text: every `---` document is one template. */
    lintText(file, text) {
        this.files += 1;
        this.currentFile = file;
        if (!(this.fastPath && this.lintFast(file, text)))
            this.lintFull(file, text);
        this.currentFile = undefined;
        for (const finding of this.pending)
            this.counts[PLURAL[finding.severity]] += 1;
        this.findings.push(...capFindings(this.pending));
        this.pending = [];
    }
    /** With positions from the start: `yaml` documents. */
    lintFull(file, text) {
        const parsed = (0,template_document/* parseTemplateFile */.q)(text);
        for (const problem of parsed.problems) {
            this.report(file, 'yaml-syntax', problem.at, problem.message);
        }
        this.templates += parsed.brokenDocuments;
        if (parsed.documents.length === 0 && parsed.brokenDocuments === 0) {
            this.report(file, 'empty-file', text_position/* FILE_START */.WS, 'this file holds no template: add one or delete the file');
        }
        for (const document of parsed.documents)
            this.lintDocument(file, document);
    }
    /**
     * The fast path: plain values from js-yaml, positions only when a rule
     * reports something (from a `yaml` parse of the file, made then). Gives
     * up, leaving nothing behind, for any file `yaml` might read differently
     * (then lintFull runs): the findings are the same either way.
     */
    lintFast(file, text) {
        const values = fastParse(text);
        if (!values)
            return false;
        const templates = values
            .map((value, index) => ({ value, index }))
            .filter(({ value }) => value !== null && value !== undefined);
        if (templates.length === 0 ||
            !templates.every(({ value }) => (0,template_fields/* isPlainObject */.Qd)(value))) {
            return false; // empty-file and schema findings: the full path reports them
        }
        const lazy = new LazyPositions(text, values);
        const linted = [];
        try {
            for (const { value, index } of templates) {
                const template = this.checkTemplate(file, index, value, lazy.document(index));
                if (template)
                    linted.push(template);
            }
        }
        catch (error) {
            if (!(error instanceof NeedsFullParse))
                throw error;
            this.pending = [];
            return false;
        }
        // Passed on only now: a file that falls back to the full path must
        // not leave templates behind from its first try.
        linted.forEach((template) => this.onTemplate?.(template));
        this.templates += templates.length;
        return true;
    }
    /** A problem found before the file could be read (see `discover`). */
    reportUnreadable(file, message) {
        this.files += 1;
        this.report(file, 'unreadable-file', text_position/* FILE_START */.WS, message);
    }
    finish() {
        for (const { visitor } of this.visitors)
            visitor.end?.();
        return {
            findings: [...this.findings].sort(finding/* compareFindings */.Eg),
            summary: { files: this.files, templates: this.templates, ...this.counts },
        };
    }
    lintDocument(file, document) {
        this.templates += 1;
        const value = document.value;
        if (!(0,template_fields/* isPlainObject */.Qd)(value)) {
            const got = (0,rules_schema/* describeType */.MF)(value);
            this.report(file, 'schema', document.start(), `a template must be a mapping of keys (name:, permissions:, ...); got ${got}`);
            return;
        }
        const template = this.checkTemplate(file, document.index, value, document);
        if (template)
            this.onTemplate?.(template);
    }
    /** Schema and rules for one mapping template, wherever it came from. */
    checkTemplate(file, documentIndex, fields, positions) {
        this.validate(fields);
        const view = {
            file,
            documentIndex,
            fields,
            schemaErrors: [...(this.validate.errors ?? [])],
            catalog: this.catalog,
            policy: this.policy,
            platform: this.platform,
            locate: (path, part) => positions.locate(path, part),
            start: () => positions.start(),
            positionLater: (path, part) => positions.positionLater(path, part),
        };
        for (const { visitor } of this.visitors)
            visitor.template?.(view);
        if (!this.onTemplate)
            return undefined;
        // Read after the lint, when falling back is no longer possible.
        const settled = positions.settled();
        return {
            file,
            documentIndex,
            fields,
            get line() {
                return settled.lines().line;
            },
            get endLine() {
                return settled.lines().endLine;
            },
            locate: (path, part) => settled.locate(path, part),
        };
    }
    report(file, rule, at, message) {
        const severity = this.severities.get(rule);
        if (!severity)
            return;
        const finding = { file, ...at, severity, rule, message };
        // The current file's findings are counted and capped when it is done;
        // cross-file ones (a duplicate name's other place) count at once.
        if (file === this.currentFile) {
            this.pending.push(finding);
        }
        else {
            this.counts[PLURAL[severity]] += 1;
            this.findings.push(finding);
        }
    }
}
const PLURAL = {
    error: 'errors',
    warning: 'warnings',
    notice: 'notices',
};
/** The first findings of a file, and one line that sums up the rest. */
function capFindings(findings, max = MAX_FINDINGS_PER_FILE) {
    if (findings.length <= max)
        return findings;
    const sorted = [...findings].sort(finding/* compareFindings */.Eg);
    const rest = sorted.slice(max);
    const rules = [...new Set(rest.map((finding) => finding.rule))];
    // The line stands for the hidden findings: at the place, rule and
    // severity of the most severe of them.
    const worst = [...rest].sort((a, b) => (0,finding/* severityRank */.qs)(a.severity) - (0,finding/* severityRank */.qs)(b.severity))[0];
    return [
        ...sorted.slice(0, max),
        {
            ...worst,
            message: `and ${rest.length} more findings in this file (${(0,quote/* listing */.R)(rules)}) not shown: fix the ones above first`,
        },
    ];
}


/***/ }),

/***/ 1299:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ linterOptions),
/* harmony export */   u: () => (/* binding */ lintGeneratedYaml)
/* harmony export */ });
/* harmony import */ var _catalog_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7505);
/* harmony import */ var _format_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1872);
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1465);



/** What a config tells the linter: one place, so a new setting is one line. */
function linterOptions(config) {
    return {
        catalog: new _catalog_index_js__WEBPACK_IMPORTED_MODULE_0__/* .PermissionCatalog */ .L1(config.extraPermissions),
        ruleLevels: config.ruleLevels,
        policy: config.policy,
        platform: config.platform,
    };
}
/**
 * Lints YAML the CLI wrote itself (`import`, `suggest`) and reports its
 * findings on stderr, the YAML quoted as the source.
 */
function lintGeneratedYaml(config, file, yaml, io) {
    const linter = new _engine_js__WEBPACK_IMPORTED_MODULE_2__/* .Linter */ .p$(linterOptions(config));
    linter.lintText(file, yaml);
    const result = linter.finish();
    if (result.findings.length > 0) {
        io.stderr((0,_format_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatText */ .Oi)(result, { color: false, readSource: () => yaml }));
    }
    return result;
}


/***/ }),

/***/ 7969:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ parseTemplateFile)
/* harmony export */ });
/* unused harmony export TemplateDocument */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _text_position_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(588);


/**
 * Aliases may repeat a node this many times in one document before it is
 * treated as an alias bomb ("billion laughs"). Real templates need none.
 */
const MAX_ALIAS_COUNT = 100;
/** One YAML document of a template file: its value and where each part is. */
class TemplateDocument {
    index;
    value;
    document;
    lineCounter;
    text;
    constructor(index, value, document, lineCounter, text) {
        this.index = index;
        this.value = value;
        this.document = document;
        this.lineCounter = lineCounter;
        this.text = text;
    }
    /**
     * Where `path` is in the file. A path that does not exist falls back to
     * its nearest existing ancestor (a missing key is reported on its map).
     */
    locate(path, part = 'value') {
        let node = this.document.contents;
        let pair;
        for (const segment of path) {
            const next = childPair(node, segment);
            if (!next)
                break;
            pair = next.pair;
            node = next.node;
        }
        const wantsKey = part === 'key' || isEmptyScalar(node);
        const target = wantsKey && pair && isNodeWithRange(pair.key) ? pair.key : node;
        if (isNodeWithRange(target))
            return this.rangePosition(target.range);
        return this.start();
    }
    /** The first line of the document's content: where "missing" is reported. */
    start() {
        const contents = this.document.contents;
        const start = isNodeWithRange(contents)
            ? contents.range[0]
            : this.document.range[0];
        const firstKey = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(contents) && isNodeWithRange(contents.items[0]?.key)
            ? contents.items[0].key
            : undefined;
        const end = firstKey?.range ? firstKey.range[1] : start + 1;
        return (0,_text_position_js__WEBPACK_IMPORTED_MODULE_1__/* .positionOfRange */ .Qb)(this.lineCounter, start, end);
    }
    /** Itself: its positions are final (see DocumentPositions). */
    settled() {
        return this;
    }
    /** The position now, as a function (see DocumentPositions). */
    positionLater(path, part = 'value') {
        const position = this.locate(path, part);
        return () => position;
    }
    /** The lines the document spans, its `---` included. */
    lines() {
        const [start, , end] = this.document.range;
        const last = this.rangePosition([start, end, end]);
        return { line: this.lineCounter.linePos(start).line, endLine: last.endLine };
    }
    /** A node's position without the line breaks and spaces it ends with. */
    rangePosition([start, end]) {
        while (end > start + 1 && /\s/.test(this.text[end - 1] ?? ''))
            end -= 1;
        return (0,_text_position_js__WEBPACK_IMPORTED_MODULE_1__/* .positionOfRange */ .Qb)(this.lineCounter, start, end);
    }
}
function isNodeWithRange(node) {
    return (typeof node === 'object' &&
        node !== null &&
        Array.isArray(node.range));
}
/** `contents:` with nothing after it: there is no value to point at. */
function isEmptyScalar(node) {
    return (node === null || ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) && node.value === null && !node.source));
}
function childPair(node, segment) {
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
        const pair = node.items.find((item) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(item.key) && String(item.key.value) === String(segment));
        return pair
            ? { pair, node: pair.value ?? null }
            : undefined;
    }
    // JSON pointers (ajv's instancePath) give list indexes as text.
    const index = typeof segment === 'number'
        ? segment
        : /^\d+$/.test(segment)
            ? Number(segment)
            : NaN;
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) && Number.isInteger(index)) {
        const item = node.items[index];
        return item === undefined ? undefined : { node: item };
    }
    return undefined;
}
/**
 * Parses every `---` document of a file. Syntax errors, duplicate keys and
 * alias bombs become problems with positions; they never throw.
 */
function parseTemplateFile(text) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const parsed = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseAllDocuments */ .hR)(text, {
        lineCounter,
        uniqueKeys: true,
        prettyErrors: false,
        strict: true,
    });
    const result = {
        documents: [],
        problems: [],
        brokenDocuments: 0,
        documentCount: 0,
    };
    // parseAllDocuments returns an EmptyStream (not an array) for no documents.
    if (!Array.isArray(parsed))
        return result;
    result.documentCount = parsed.length;
    const at = (pos) => (0,_text_position_js__WEBPACK_IMPORTED_MODULE_1__/* .positionOfRange */ .Qb)(lineCounter, pos[0], pos[1]);
    parsed.forEach((document, index) => {
        const errors = [...document.errors, ...document.warnings];
        // One problem can surface twice (a stack overflow in the parser and
        // again in the composer): report each message once per document.
        const messages = new Set();
        for (const error of errors) {
            const message = syntaxMessage(error.code, error.message);
            if (messages.has(message))
                continue;
            messages.add(message);
            result.problems.push({ message, at: at(error.pos) });
        }
        if (document.errors.length > 0) {
            result.brokenDocuments += 1;
            return;
        }
        try {
            const value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
            // `---` alone, comments only, or a bare `~`: no template here.
            if (value === null || value === undefined)
                return;
            result.documents.push(new TemplateDocument(index, value, document, lineCounter, text));
        }
        catch {
            result.brokenDocuments += 1;
            result.problems.push({
                message: `this document expands aliases too often (more than ${MAX_ALIAS_COUNT} times): templates need no aliases, write the values out`,
                at: at(document.range ? [document.range[0], document.range[0] + 1] : [0, 1]),
            });
        }
    });
    return result;
}
/** yaml's messages quote source text; keep the first line, which says what is wrong. */
function syntaxMessage(code, message) {
    const firstLine = message.split('\n', 1)[0] ?? message;
    if (/call stack/i.test(firstLine)) {
        return 'the document nests too deeply to be a template: a template is a flat map with one nested permissions map';
    }
    if (code === 'DUPLICATE_KEY')
        return `${firstLine}: each key may appear once in a template; remove or merge the repeated one`;
    if (code === 'TAB_AS_INDENT')
        return `${firstLine}: indent with spaces, YAML does not allow tabs`;
    return firstLine;
}


/***/ }),

/***/ 588:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qb: () => (/* binding */ positionOfRange),
/* harmony export */   WS: () => (/* binding */ FILE_START),
/* harmony export */   qS: () => (/* binding */ positionOfOffset)
/* harmony export */ });
/** The position of the characters in [start, end) of a parsed file. */
function positionOfRange(lineCounter, start, end) {
    const from = lineCounter.linePos(start);
    const to = lineCounter.linePos(Math.max(end, start + 1));
    return {
        line: from.line,
        column: from.col,
        endLine: to.line,
        endColumn: to.col,
    };
}
/** The position of one character at `offset` in `text`, without a parser. */
function positionOfOffset(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
        line += 1;
        lineStart = i + 1;
    }
    const column = offset - lineStart + 1;
    return { line, column, endLine: line, endColumn: column + 1 };
}
/** The first character of a file: for findings about the file as a whole. */
const FILE_START = {
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
};


/***/ }),

/***/ 9152:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ isInside),
/* harmony export */   P: () => (/* binding */ resolveInsideRoot)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);



function isInside(root, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path);
    return rel === '' || (!rel.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel));
}
/**
 * The real path of `file` (relative to `root`), refusing any path that is,
 * or through a symbolic link leads, outside `root`. A file that does not
 * exist yet is judged by its directory.
 */
function resolveInsideRoot(root, file) {
    const realRoot = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(root);
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, file);
    let real;
    try {
        real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(path);
    }
    catch {
        try {
            real = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path)), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), path));
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${file}: no such directory`);
        }
    }
    if (!isInside(realRoot, real)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${file} is outside the working directory (or a link that leads there): it is not read or written`);
    }
    return real;
}


/***/ }),

/***/ 6828:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ validateConfig),
/* harmony export */   d: () => (/* binding */ validateTemplate)
/* harmony export */ });
/* harmony import */ var ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6214);
/* harmony import */ var ajv_dist_runtime_equal_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4951);
// Generated by `npm run schema` from src/schema: do not edit.

const func2 = ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_0__["default"] ?? ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_0__
;
const func0 = ajv_dist_runtime_equal_js__WEBPACK_IMPORTED_MODULE_1__["default"] ?? ajv_dist_runtime_equal_js__WEBPACK_IMPORTED_MODULE_1__
const validateTemplate = validate10;const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/token-templates/token-templates/raw/main/schemas/token-template.schema.json","title":"GitHub fine-grained personal access token template","description":"One token template: the fields of the link that pre-fills GitHub’s “new fine-grained token” form.","type":"object","required":["name"],"additionalProperties":false,"properties":{"name":{"type":"string","minLength":1,"maxLength":40,"description":"Token name shown in GitHub, 1 to 40 characters.","markdownDescription":"Token name shown in GitHub, 1 to 40 characters."},"description":{"type":"string","maxLength":1024,"description":"What the token is for, at most 1024 characters.","markdownDescription":"What the token is for, at most 1024 characters."},"target_name":{"type":"string","pattern":"^(?!.*--)[A-Za-z0-9](?:[A-Za-z0-9_-]{0,37}[A-Za-z0-9_])?$","description":"Resource owner: the user or organization slug whose resources the token reaches. Absent means the person creating the token.","markdownDescription":"Resource owner: the **user or organization slug** whose resources the token reaches (e.g. `octodemo`). Absent means the person creating the token. Organization permissions need an organization here."},"expires_in":{"anyOf":[{"type":"integer","minimum":1,"maximum":366},{"const":"none"}],"description":"Days until the token expires, 1 to 366, or none for a token that never expires. Absent means 30.","markdownDescription":"Days until the token expires: an integer from 1 to 366, or `none` for a token that never expires (organizations may forbid that). Absent means 30 days."},"justification":{"type":"string","minLength":1,"maxLength":1024,"description":"Why the token needs its sensitive permissions: shown in the docs table, for the people who approve it. Not part of the link.","markdownDescription":"Why the token needs its sensitive permissions: shown in the docs table, for the people who approve it. Not part of the link."},"permissions":{"type":"object","additionalProperties":false,"properties":{"blocking":{"enum":["read","write"],"description":"Block another user (account). Levels: read, write.","markdownDescription":"**Block another user**\n\nAccount permission: only when the resource owner is the user creating the token.\n\nAccess levels: `read`, `write`. `write` includes `read`; `admin` includes `write`."},"codespaces_user_secrets":{"enum":["read","write"],"description":"Codespaces user secrets (account). Levels: read, write.","markdownDescription":"**Codespaces user secrets**\n\nAccount permission: only when the resource owner is the user creating the token.\n\nAccess levels: `read`, `write`. `write` includes `read`; `admin` includes `write`."},"copilot_messages":{"enum":["read"],"description":"Copilot Chat (account). Levels: read.","markdownDescription":"**Copilot Chat**\n\nAccount permission: only when the resource owner is the user creating the token.\n\nAccess levels: `read`. `write` includes `read`; `admin` includes `write`."},"copilot_editor_context":{"enum":["read"],"description":"Copilot Editor Context (account). Levels: read.","markdownDescription":"**Copilot Editor Context**\n\nAccount permission: only when the resource owner is the user creating the token.\n\nAccess levels: `read`. `write` includes `read`; `admin` includes `write`."},"copilot_requests":{"enum":["write"],"description":"Copilot requests (account). Levels: write. Copilot requests made with this token count towards the user's premium request allowance, or are billed as overage once it is spent.","markdownDescription":"**Copilot requests**\n\nAccount permission: only when the resource owner is the user creating the token.\n\nAccess levels: `write`. `write` includes `read`; `admin` includes `write`.\n\nCopilot requests made with this token count towards the user's premium request allowance, or are billed as overage once it is spent."},"emails":{"enum":["read","write"],"description":"Email addresses (account). Levels: read, write.","markdownDescription":"**Email addresses**\n\nAccount permission: only when the resource owner is the user creating the token.\n\nAccess levels: `read`, `write`. `write` includes `read`; `admin` includes `write`."},"user_events":{"enum":["read"],"description":"Events (account). Levels: read.","markdownDescription":"**Events**\n\nAccount permission: only when the resource owner is the user creating the token.\n\nAccess levels: `read`. `write` includes `read`; `admin` includes `write`."},"followers":{"enum":["read","write"],"description":"Followers (account). Levels: read, write.","markdownDescription":"**Followers**\n\nAccount permission: only when the resource owner is the user creating the token.\n\nAccess levels: `read`, `write`. `write` includes `read`; `admin` includes `write`."},"gpg_keys":{"enum":["read","write"],"description":"GPG keys (account). Levels: read, write.","markdownDescription":"**GPG keys**\n\nAccount permission: only when the resource owner is the user creating the token.\n\nAccess levels: `read`, `write`. `write` includes `read`; `admin` includes `write`."},"gists":{"enum":["write"],"description":"Gists (account). Levels: write.","markdownDescription":"**Gists**\n\nAccount permission: only when the resource owner is the user creating the token.\n\nAccess levels: `write`. `write` includes `read`; `admin` includes `write`."},"keys":{"enum":["read","write"],"description":"Git SSH keys (account). Levels: read, write.","markdownDescription":"**Git SSH keys**\n\nAccount permission: only when the resource owner is the user creating the token.\n\nAccess levels: `read`, `write`. `write` includes `read`; `admin` includes `write`."},"interaction_limits":{"enum":["read","write"],"description":"Interaction limits (account). Levels: read, write.","markdownDescription":"**Interaction limits**\n\nAccount permission: only when the resource owner is the user creating the token.\n\nAccess levels: `read`, `write`. `write` includes `read`; `admin` includes `write`."},"knowledge_bases":{"enum":["read","write"],"description":"Knowledge bases (account). Levels: read, write.","markdownDescription":"**Knowledge bases**\n\nAccount permission: only when the resource owner is the user creating the token.\n\nAccess levels: `read`, `write`. `write` includes `read`; `admin` includes `write`."},"user_models":{"enum":["read"],"description":"Models (account). Levels: read.","markdownDescription":"**Models**\n\nAccount permission: only when the resource owner is the user creating the token.\n\nAccess levels: `read`. `write` includes `read`; `admin` includes `write`."},"plan":{"enum":["read"],"description":"Plan (account). Levels: read.","markdownDescription":"**Plan**\n\nAccount permission: only when the resource owner is the user creating the token.\n\nAccess levels: `read`. `write` includes `read`; `admin` includes `write`."},"private_repository_invitations":{"enum":["read"],"description":"Private repository invitations (account). Levels: read.","markdownDescription":"**Private repository invitations**\n\nAccount permission: only when the resource owner is the user creating the token.\n\nAccess levels: `read`. `write` includes `read`; `admin` includes `write`."},"profile":{"enum":["write"],"description":"Profile (account). Levels: write.","markdownDescription":"**Profile**\n\nAccount permission: only when the resource owner is the user creating the token.\n\nAccess levels: `write`. `write` includes `read`; `admin` includes `write`."},"git_signing_ssh_public_keys":{"enum":["read","write"],"description":"SSH signing keys (account). Levels: read, write.","markdownDescription":"**SSH signing keys**\n\nAccount permission: only when the resource owner is the user creating the token.\n\nAccess levels: `read`, `write`. `write` includes `read`; `admin` includes `write`."},"starring":{"enum":["read","write"],"description":"Starring (account). Levels: read, write.","markdownDescription":"**Starring**\n\nAccount permission: only when the resource owner is the user creating the token.\n\nAccess levels: `read`, `write`. `write` includes `read`; `admin` includes `write`."},"watching":{"enum":["read","write"],"description":"Watching (account). Levels: read, write.","markdownDescription":"**Watching**\n\nAccount permission: only when the resource owner is the user creating the token.\n\nAccess levels: `read`, `write`. `write` includes `read`; `admin` includes `write`."},"actions":{"enum":["read","write"],"description":"Actions (repository). Levels: read, write.","markdownDescription":"**Actions**\n\nRepository permission: works for user and organization resource owners; grants `metadata: read` too.\n\nAccess levels: `read`, `write`. `write` includes `read`; `admin` includes `write`."},"administration":{"enum":["read","write"],"description":"Administration (repository). Levels: read, write.","markdownDescription":"**Administration**\n\nRepository permission: works for user and organization resource owners; grants `metadata: read` too.\n\nAccess levels: `read`, `write`. `write` includes `read`; `admin` includes `write`."},"artifact_metadata":{"enum":["read","write"],"description":"Artifact Metadata (repository). Levels: read, write. Only where GitHub ships the `artifact-metadata` feature.","markdownDescription":"**Artifact Metadata**\n\nRepository permission: works for user and organization resource owners; grants `metadata: read` too.\n\nAccess levels: `read`, `write`. `write` includes `read`; `admin` includes `write`.\n\nOnly where GitHub ships the `artifact-metadata` feature."},"attestations":{"enum":["read","write"],"description":"Attestations (repository). Levels: read, write.","markdownDescription":"**Attestations**\n\nRepository permission: works for user and organization resource owners; grants `metadata: read` too.\n\nAccess levels: `read`, `write`. `write` includes `read`; `admin` includes `write`."},"security_events":{"enum":["read","write"],"description":"Code scanning alerts (repository). Levels: read, write.","markdownDescription":"**Code scanning alerts**\n\nRepository permission: works for user and organization resource owners; grants `metadata: read` too.\n\nAccess levels: `read`, `write`. `write` includes `read`; `admin` includes `write`."},"codespaces":{"enum":["read","write"],"description":"Codespaces (repository). Levels: read, write.","markdownDescription":"**Codespaces**\n\nRepository permission: works for user and organization resource owners; grants `metadata: read` too.\n\nAccess levels: `read`, `write`. `write` includes `read`; `admin` includes `write`."},"codespaces_lifecycle_admin":{"enum":["read","write"],"description":"Codespaces lifecycle admin (repository). Levels: read, write.","markdownDescription":"**Codespaces lifecycle admin**\n\nRepository permission: works for user and organization resource owners; grants `metadata: read` too.\n\nAccess levels: `read`, `write`. `write` includes `read`; `admin` includes `write`."},"codespaces_metadata":{"enum":["read"],"description":"Codespaces metadata (repository). Levels: read.","markdownDescription":"**Codespaces metadata**\n\nRepository permission: works for user and organization resource owners; grants `metadata: read` too.\n\nAccess levels: `read`. `write` includes `read`; `admin` includes `write`."},"codespaces_secrets":{"enum":["write"],"description":"Codespaces secrets (repository). Levels: write.","markdownDescription":"**Codespaces secrets**\n\nRepository permission: works for user and organization resource owners; grants `metadata: read` too.\n\nAccess levels: `write`. `write` includes `read`; `admin` includes `write`."},"statuses":{"enum":["read","write"],"description":"Commit statuses (repository). Levels: read, write.","markdownDescription":"**Commit statuses**\n\nRepository permission: works for user and organization resource owners; grants `metadata: read` too.\n\nAccess levels: `read`, `write`. `write` includes `read`; `admin` includes `write`."},"contents":{"enum":["read","write"],"description":"Contents (repository). Levels: read, write.","markdownDescription":"**Contents**\n\nRepository permission: works for user and organization resource owners; grants `metadata: read` too.\n\nAccess levels: `read`, `write`. `write` includes `read`; `admin` includes `write`."},"repository_custom_properties":{"enum":["read","write"],"description":"Custom properties (repository). Levels: read, write.","markdownDescription":"**Custom properties**\n\nRepository permission: works for user and organization resource owners; grants `metadata: read` too.\n\nAccess levels: `read`, `write`. `write` includes `read`; `admin` includes `write`."},"vulnerability_alerts":{"enum":["read","write"],"description":"Dependabot alerts (repository). Levels: read, write.","markdownDescription":"**Dependabot alerts**\n\nRepository permission: works for user and organization resource owners; grants `metadata: read` too.\n\nAccess levels: `read`, `write`. `write` includes `read`; `admin` includes `write`."},"dependabot_secrets":{"enum":["read","write"],"description":"Dependabot secrets (repository). Levels: read, write.","markdownDescription":"**Dependabot secrets**\n\nRepository permission: works for user and organization resource owners; grants `metadata: read` too.\n\nAccess levels: `read`, `write`. `write` includes `read`; `admin` includes `write`."},"deployments":{"enum":["read","write"],"description":"Deployments (repository). Levels: read, write.","markdownDescription":"**Deployments**\n\nRepository permission: works for user and organization resource owners; grants `metadata: read` too.\n\nAccess levels: `read`, `write`. `write` includes `read`; `admin` includes `write`."},"discussions":{"enum":["read","write"],"description":"Discussions (repository). Levels: read, write.","markdownDescription":"**Discussions**\n\nRepository permission: works for user and organization resource owners; grants `metadata: read` too.\n\nAccess levels: `read`, `write`. `write` includes `read`; `admin` includes `write`."},"environments":{"enum":["read","write"],"description":"Environments (repository). Levels: read, write.","markdownDescription":"**Environments**\n\nRepository permission: works for user and organization resource owners; grants `metadata: read` too.\n\nAccess levels: `read`, `write`. `write` includes `read`; `admin` includes `write`."},"issues":{"enum":["read","write"],"description":"Issues (repository). Levels: read, write.","markdownDescription":"**Issues**\n\nRepository permission: works for user and organization resource owners; grants `metadata: read` too.\n\nAccess levels: `read`, `write`. `write` includes `read`; `admin` includes `write`."},"merge_queues":{"enum":["read","write"],"description":"Merge queues (repository). Levels: read, write.","markdownDescription":"**Merge queues**\n\nRepository permission: works for user and organization resource owners; grants `metadata: read` too.\n\nAccess levels: `read`, `write`. `write` includes `read`; `admin` includes `write`."},"metadata":{"enum":["read"],"description":"Metadata (repository). Levels: read.","markdownDescription":"**Metadata**\n\nRepository permission: works for user and organization resource owners; grants `metadata: read` too.\n\nAccess levels: `read`. `write` includes `read`; `admin` includes `write`."},"pages":{"enum":["read","write"],"description":"Pages (repository). Levels: read, write.","markdownDescription":"**Pages**\n\nRepository permission: works for user and organization resource owners; grants `metadata: read` too.\n\nAccess levels: `read`, `write`. `write` includes `read`; `admin` includes `write`."},"pull_requests":{"enum":["read","write"],"description":"Pull requests (repository). Levels: read, write.","markdownDescription":"**Pull requests**\n\nRepository permission: works for user and organization resource owners; grants `metadata: read` too.\n\nAccess levels: `read`, `write`. `write` includes `read`; `admin` includes `write`."},"repository_advisories":{"enum":["read","write"],"description":"Repository security advisories (repository). Levels: read, write.","markdownDescription":"**Repository security advisories**\n\nRepository permission: works for user and organization resource owners; grants `metadata: read` too.\n\nAccess levels: `read`, `write`. `write` includes `read`; `admin` includes `write`."},"secret_scanning_alerts":{"enum":["read","write"],"description":"Secret scanning alerts (repository). Levels: read, write.","markdownDescription":"**Secret scanning alerts**\n\nRepository permission: works for user and organization resource owners; grants `metadata: read` too.\n\nAccess levels: `read`, `write`. `write` includes `read`; `admin` includes `write`."},"secrets":{"enum":["read","write"],"description":"Secrets (repository). Levels: read, write.","markdownDescription":"**Secrets**\n\nRepository permission: works for user and organization resource owners; grants `metadata: read` too.\n\nAccess levels: `read`, `write`. `write` includes `read`; `admin` includes `write`."},"actions_variables":{"enum":["read","write"],"description":"Variables (repository). Levels: read, write.","markdownDescription":"**Variables**\n\nRepository permission: works for user and organization resource owners; grants `metadata: read` too.\n\nAccess levels: `read`, `write`. `write` includes `read`; `admin` includes `write`."},"repository_hooks":{"enum":["read","write"],"description":"Webhooks (repository). Levels: read, write.","markdownDescription":"**Webhooks**\n\nRepository permission: works for user and organization resource owners; grants `metadata: read` too.\n\nAccess levels: `read`, `write`. `write` includes `read`; `admin` includes `write`."},"workflows":{"enum":["write"],"description":"Workflows (repository). Levels: write.","markdownDescription":"**Workflows**\n\nRepository permission: works for user and organization resource owners; grants `metadata: read` too.\n\nAccess levels: `write`. `write` includes `read`; `admin` includes `write`."},"organization_api_insights":{"enum":["read"],"description":"API Insights (organization). Levels: read.","markdownDescription":"**API Insights**\n\nOrganization permission: only when the resource owner (`target_name`) is an organization.\n\nAccess levels: `read`. `write` includes `read`; `admin` includes `write`."},"organization_administration":{"enum":["read","write"],"description":"Administration (organization). Levels: read, write.","markdownDescription":"**Administration**\n\nOrganization permission: only when the resource owner (`target_name`) is an organization.\n\nAccess levels: `read`, `write`. `write` includes `read`; `admin` includes `write`."},"organization_user_blocking":{"enum":["read","write"],"description":"Blocking users (organization). Levels: read, write.","markdownDescription":"**Blocking users**\n\nOrganization permission: only when the resource owner (`target_name`) is an organization.\n\nAccess levels: `read`, `write`. `write` includes `read`; `admin` includes `write`."},"organization_campaigns":{"enum":["read","write"],"description":"Campaigns (organization). Levels: read, write.","markdownDescription":"**Campaigns**\n\nOrganization permission: only when the resource owner (`target_name`) is an organization.\n\nAccess levels: `read`, `write`. `write` includes `read`; `admin` includes `write`."},"organization_custom_org_roles":{"enum":["read","write"],"description":"Custom organization roles (organization). Levels: read, write.","markdownDescription":"**Custom organization roles**\n\nOrganization permission: only when the resource owner (`target_name`) is an organization.\n\nAccess levels: `read`, `write`. `write` includes `read`; `admin` includes `write`."},"organization_custom_properties":{"enum":["read","write","admin"],"description":"Custom repository properties (organization). Levels: read, write, admin.","markdownDescription":"**Custom repository properties**\n\nOrganization permission: only when the resource owner (`target_name`) is an organization.\n\nAccess levels: `read`, `write`, `admin`. `write` includes `read`; `admin` includes `write`."},"organization_custom_roles":{"enum":["read","write"],"description":"Custom repository roles (organization). Levels: read, write.","markdownDescription":"**Custom repository roles**\n\nOrganization permission: only when the resource owner (`target_name`) is an organization.\n\nAccess levels: `read`, `write`. `write` includes `read`; `admin` includes `write`."},"organization_events":{"enum":["read"],"description":"Events (organization). Levels: read.","markdownDescription":"**Events**\n\nOrganization permission: only when the resource owner (`target_name`) is an organization.\n\nAccess levels: `read`. `write` includes `read`; `admin` includes `write`."},"organization_copilot_seat_management":{"enum":["read","write"],"description":"GitHub Copilot Business (organization). Levels: read, write.","markdownDescription":"**GitHub Copilot Business**\n\nOrganization permission: only when the resource owner (`target_name`) is an organization.\n\nAccess levels: `read`, `write`. `write` includes `read`; `admin` includes `write`."},"issue_types":{"enum":["read","write"],"description":"Issue Types (organization). Levels: read, write.","markdownDescription":"**Issue Types**\n\nOrganization permission: only when the resource owner (`target_name`) is an organization.\n\nAccess levels: `read`, `write`. `write` includes `read`; `admin` includes `write`."},"organization_knowledge_bases":{"enum":["read","write"],"description":"Knowledge bases (organization). Levels: read, write.","markdownDescription":"**Knowledge bases**\n\nOrganization permission: only when the resource owner (`target_name`) is an organization.\n\nAccess levels: `read`, `write`. `write` includes `read`; `admin` includes `write`."},"members":{"enum":["read","write"],"description":"Members (organization). Levels: read, write.","markdownDescription":"**Members**\n\nOrganization permission: only when the resource owner (`target_name`) is an organization.\n\nAccess levels: `read`, `write`. `write` includes `read`; `admin` includes `write`."},"organization_models":{"enum":["read"],"description":"Models (organization). Levels: read.","markdownDescription":"**Models**\n\nOrganization permission: only when the resource owner (`target_name`) is an organization.\n\nAccess levels: `read`. `write` includes `read`; `admin` includes `write`."},"organization_network_configurations":{"enum":["read","write"],"description":"Network configurations (organization). Levels: read, write.","markdownDescription":"**Network configurations**\n\nOrganization permission: only when the resource owner (`target_name`) is an organization.\n\nAccess levels: `read`, `write`. `write` includes `read`; `admin` includes `write`."},"organization_announcement_banners":{"enum":["read","write"],"description":"Organization announcement banners (organization). Levels: read, write.","markdownDescription":"**Organization announcement banners**\n\nOrganization permission: only when the resource owner (`target_name`) is an organization.\n\nAccess levels: `read`, `write`. `write` includes `read`; `admin` includes `write`."},"organization_codespaces":{"enum":["read","write"],"description":"Organization codespaces (organization). Levels: read, write.","markdownDescription":"**Organization codespaces**\n\nOrganization permission: only when the resource owner (`target_name`) is an organization.\n\nAccess levels: `read`, `write`. `write` includes `read`; `admin` includes `write`."},"organization_codespaces_secrets":{"enum":["read","write"],"description":"Organization codespaces secrets (organization). Levels: read, write.","markdownDescription":"**Organization codespaces secrets**\n\nOrganization permission: only when the resource owner (`target_name`) is an organization.\n\nAccess levels: `read`, `write`. `write` includes `read`; `admin` includes `write`."},"organization_codespaces_settings":{"enum":["read","write"],"description":"Organization codespaces settings (organization). Levels: read, write.","markdownDescription":"**Organization codespaces settings**\n\nOrganization permission: only when the resource owner (`target_name`) is an organization.\n\nAccess levels: `read`, `write`. `write` includes `read`; `admin` includes `write`."},"organization_dependabot_secrets":{"enum":["read","write"],"description":"Organization dependabot secrets (organization). Levels: read, write.","markdownDescription":"**Organization dependabot secrets**\n\nOrganization permission: only when the resource owner (`target_name`) is an organization.\n\nAccess levels: `read`, `write`. `write` includes `read`; `admin` includes `write`."},"organization_code_scanning_dismissal_requests":{"enum":["read","write"],"description":"Code scanning dismissal requests (organization). Levels: read, write.","markdownDescription":"**Code scanning dismissal requests**\n\nOrganization permission: only when the resource owner (`target_name`) is an organization.\n\nAccess levels: `read`, `write`. `write` includes `read`; `admin` includes `write`."},"organization_private_registries":{"enum":["read","write"],"description":"Private registries (organization). Levels: read, write.","markdownDescription":"**Private registries**\n\nOrganization permission: only when the resource owner (`target_name`) is an organization.\n\nAccess levels: `read`, `write`. `write` includes `read`; `admin` includes `write`."},"organization_plan":{"enum":["read"],"description":"Plan (organization). Levels: read.","markdownDescription":"**Plan**\n\nOrganization permission: only when the resource owner (`target_name`) is an organization.\n\nAccess levels: `read`. `write` includes `read`; `admin` includes `write`."},"organization_projects":{"enum":["read","write","admin"],"description":"Projects (organization). Levels: read, write, admin.","markdownDescription":"**Projects**\n\nOrganization permission: only when the resource owner (`target_name`) is an organization.\n\nAccess levels: `read`, `write`, `admin`. `write` includes `read`; `admin` includes `write`."},"organization_secrets":{"enum":["read","write"],"description":"Secrets (organization). Levels: read, write.","markdownDescription":"**Secrets**\n\nOrganization permission: only when the resource owner (`target_name`) is an organization.\n\nAccess levels: `read`, `write`. `write` includes `read`; `admin` includes `write`."},"organization_self_hosted_runners":{"enum":["read","write"],"description":"Self-hosted runners (organization). Levels: read, write.","markdownDescription":"**Self-hosted runners**\n\nOrganization permission: only when the resource owner (`target_name`) is an organization.\n\nAccess levels: `read`, `write`. `write` includes `read`; `admin` includes `write`."},"team_discussions":{"enum":["read","write"],"description":"Team discussions (organization). Levels: read, write.","markdownDescription":"**Team discussions**\n\nOrganization permission: only when the resource owner (`target_name`) is an organization.\n\nAccess levels: `read`, `write`. `write` includes `read`; `admin` includes `write`."},"organization_actions_variables":{"enum":["read","write"],"description":"Variables (organization). Levels: read, write.","markdownDescription":"**Variables**\n\nOrganization permission: only when the resource owner (`target_name`) is an organization.\n\nAccess levels: `read`, `write`. `write` includes `read`; `admin` includes `write`."},"organization_hooks":{"enum":["read","write"],"description":"Webhooks (organization). Levels: read, write.","markdownDescription":"**Webhooks**\n\nOrganization permission: only when the resource owner (`target_name`) is an organization.\n\nAccess levels: `read`, `write`. `write` includes `read`; `admin` includes `write`."}},"description":"Permission name -> access level (read, write or admin, as each permission supports).","markdownDescription":"Permission name → access level (`read`, `write` or `admin`, as each permission supports). `write` includes `read`; `admin` includes `write`."},"endpoints":{"type":"array","items":{"type":"string","minLength":1,"description":"A REST endpoint the token calls: HTTP verb and path, e.g. GET /repos/{owner}/{repo}/contents/{path}.","markdownDescription":"A REST endpoint the token calls: HTTP verb and path, as a template (`GET /repos/{owner}/{repo}/contents/{path}`) or a concrete path (`GET /repos/octo/hello/pulls/12`)."},"description":"The REST endpoints the token calls. Lint then checks the permissions against what they need (missing-permission, excess-permission). Not part of the link.","markdownDescription":"The REST endpoints the token calls, e.g. `GET /repos/{owner}/{repo}/contents/{path}`. Lint checks `permissions` against what they need, per GitHub’s data: a missing permission is an error (`missing-permission`), one no endpoint needs a warning (`excess-permission`). `token-templates suggest ENDPOINT...` writes the least-privilege template. Not part of the link."}}};;const func7 = Object.prototype.hasOwnProperty;const pattern0 = new RegExp("^(?!.*--)[A-Za-z0-9](?:[A-Za-z0-9_-]{0,37}[A-Za-z0-9_])?$", "u");function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://github.com/token-templates/token-templates/raw/main/schemas/token-template.schema.json" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.name === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!(((((((key0 === "name") || (key0 === "description")) || (key0 === "target_name")) || (key0 === "expires_in")) || (key0 === "justification")) || (key0 === "permissions")) || (key0 === "endpoints"))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.name !== undefined){let data0 = data.name;if(typeof data0 === "string"){if(func2(data0) > 40){const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(func2(data0) < 1){const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.description !== undefined){let data1 = data.description;if(typeof data1 === "string"){if(func2(data1) > 1024){const err5 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.target_name !== undefined){let data2 = data.target_name;if(typeof data2 === "string"){if(!pattern0.test(data2)){const err7 = {instancePath:instancePath+"/target_name",schemaPath:"#/properties/target_name/pattern",keyword:"pattern",params:{pattern: "^(?!.*--)[A-Za-z0-9](?:[A-Za-z0-9_-]{0,37}[A-Za-z0-9_])?$"},message:"must match pattern \""+"^(?!.*--)[A-Za-z0-9](?:[A-Za-z0-9_-]{0,37}[A-Za-z0-9_])?$"+"\""};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/target_name",schemaPath:"#/properties/target_name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.expires_in !== undefined){let data3 = data.expires_in;const _errs12 = errors;let valid1 = false;const _errs13 = errors;if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){const err9 = {instancePath:instancePath+"/expires_in",schemaPath:"#/properties/expires_in/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}if((typeof data3 == "number") && (isFinite(data3))){if(data3 > 366 || isNaN(data3)){const err10 = {instancePath:instancePath+"/expires_in",schemaPath:"#/properties/expires_in/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 366},message:"must be <= 366"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if(data3 < 1 || isNaN(data3)){const err11 = {instancePath:instancePath+"/expires_in",schemaPath:"#/properties/expires_in/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}var _valid0 = _errs13 === errors;valid1 = valid1 || _valid0;if(!valid1){const _errs15 = errors;if("none" !== data3){const err12 = {instancePath:instancePath+"/expires_in",schemaPath:"#/properties/expires_in/anyOf/1/const",keyword:"const",params:{allowedValue: "none"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}var _valid0 = _errs15 === errors;valid1 = valid1 || _valid0;}if(!valid1){const err13 = {instancePath:instancePath+"/expires_in",schemaPath:"#/properties/expires_in/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}else {errors = _errs12;if(vErrors !== null){if(_errs12){vErrors.length = _errs12;}else {vErrors = null;}}}}if(data.justification !== undefined){let data4 = data.justification;if(typeof data4 === "string"){if(func2(data4) > 1024){const err14 = {instancePath:instancePath+"/justification",schemaPath:"#/properties/justification/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}if(func2(data4) < 1){const err15 = {instancePath:instancePath+"/justification",schemaPath:"#/properties/justification/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}else {const err16 = {instancePath:instancePath+"/justification",schemaPath:"#/properties/justification/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data.permissions !== undefined){let data5 = data.permissions;if(data5 && typeof data5 == "object" && !Array.isArray(data5)){for(const key1 in data5){if(!(func7.call(schema11.properties.permissions.properties, key1))){const err17 = {instancePath:instancePath+"/permissions",schemaPath:"#/properties/permissions/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data5.blocking !== undefined){let data6 = data5.blocking;if(!((data6 === "read") || (data6 === "write"))){const err18 = {instancePath:instancePath+"/permissions/blocking",schemaPath:"#/properties/permissions/properties/blocking/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.blocking.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data5.codespaces_user_secrets !== undefined){let data7 = data5.codespaces_user_secrets;if(!((data7 === "read") || (data7 === "write"))){const err19 = {instancePath:instancePath+"/permissions/codespaces_user_secrets",schemaPath:"#/properties/permissions/properties/codespaces_user_secrets/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.codespaces_user_secrets.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data5.copilot_messages !== undefined){if(!(data5.copilot_messages === "read")){const err20 = {instancePath:instancePath+"/permissions/copilot_messages",schemaPath:"#/properties/permissions/properties/copilot_messages/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.copilot_messages.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data5.copilot_editor_context !== undefined){if(!(data5.copilot_editor_context === "read")){const err21 = {instancePath:instancePath+"/permissions/copilot_editor_context",schemaPath:"#/properties/permissions/properties/copilot_editor_context/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.copilot_editor_context.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data5.copilot_requests !== undefined){if(!(data5.copilot_requests === "write")){const err22 = {instancePath:instancePath+"/permissions/copilot_requests",schemaPath:"#/properties/permissions/properties/copilot_requests/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.copilot_requests.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data5.emails !== undefined){let data11 = data5.emails;if(!((data11 === "read") || (data11 === "write"))){const err23 = {instancePath:instancePath+"/permissions/emails",schemaPath:"#/properties/permissions/properties/emails/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.emails.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data5.user_events !== undefined){if(!(data5.user_events === "read")){const err24 = {instancePath:instancePath+"/permissions/user_events",schemaPath:"#/properties/permissions/properties/user_events/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.user_events.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data5.followers !== undefined){let data13 = data5.followers;if(!((data13 === "read") || (data13 === "write"))){const err25 = {instancePath:instancePath+"/permissions/followers",schemaPath:"#/properties/permissions/properties/followers/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.followers.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data5.gpg_keys !== undefined){let data14 = data5.gpg_keys;if(!((data14 === "read") || (data14 === "write"))){const err26 = {instancePath:instancePath+"/permissions/gpg_keys",schemaPath:"#/properties/permissions/properties/gpg_keys/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.gpg_keys.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(data5.gists !== undefined){if(!(data5.gists === "write")){const err27 = {instancePath:instancePath+"/permissions/gists",schemaPath:"#/properties/permissions/properties/gists/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.gists.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(data5.keys !== undefined){let data16 = data5.keys;if(!((data16 === "read") || (data16 === "write"))){const err28 = {instancePath:instancePath+"/permissions/keys",schemaPath:"#/properties/permissions/properties/keys/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.keys.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data5.interaction_limits !== undefined){let data17 = data5.interaction_limits;if(!((data17 === "read") || (data17 === "write"))){const err29 = {instancePath:instancePath+"/permissions/interaction_limits",schemaPath:"#/properties/permissions/properties/interaction_limits/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.interaction_limits.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(data5.knowledge_bases !== undefined){let data18 = data5.knowledge_bases;if(!((data18 === "read") || (data18 === "write"))){const err30 = {instancePath:instancePath+"/permissions/knowledge_bases",schemaPath:"#/properties/permissions/properties/knowledge_bases/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.knowledge_bases.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}if(data5.user_models !== undefined){if(!(data5.user_models === "read")){const err31 = {instancePath:instancePath+"/permissions/user_models",schemaPath:"#/properties/permissions/properties/user_models/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.user_models.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data5.plan !== undefined){if(!(data5.plan === "read")){const err32 = {instancePath:instancePath+"/permissions/plan",schemaPath:"#/properties/permissions/properties/plan/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.plan.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data5.private_repository_invitations !== undefined){if(!(data5.private_repository_invitations === "read")){const err33 = {instancePath:instancePath+"/permissions/private_repository_invitations",schemaPath:"#/properties/permissions/properties/private_repository_invitations/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.private_repository_invitations.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data5.profile !== undefined){if(!(data5.profile === "write")){const err34 = {instancePath:instancePath+"/permissions/profile",schemaPath:"#/properties/permissions/properties/profile/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.profile.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}if(data5.git_signing_ssh_public_keys !== undefined){let data23 = data5.git_signing_ssh_public_keys;if(!((data23 === "read") || (data23 === "write"))){const err35 = {instancePath:instancePath+"/permissions/git_signing_ssh_public_keys",schemaPath:"#/properties/permissions/properties/git_signing_ssh_public_keys/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.git_signing_ssh_public_keys.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data5.starring !== undefined){let data24 = data5.starring;if(!((data24 === "read") || (data24 === "write"))){const err36 = {instancePath:instancePath+"/permissions/starring",schemaPath:"#/properties/permissions/properties/starring/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.starring.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}if(data5.watching !== undefined){let data25 = data5.watching;if(!((data25 === "read") || (data25 === "write"))){const err37 = {instancePath:instancePath+"/permissions/watching",schemaPath:"#/properties/permissions/properties/watching/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.watching.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}if(data5.actions !== undefined){let data26 = data5.actions;if(!((data26 === "read") || (data26 === "write"))){const err38 = {instancePath:instancePath+"/permissions/actions",schemaPath:"#/properties/permissions/properties/actions/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.actions.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}if(data5.administration !== undefined){let data27 = data5.administration;if(!((data27 === "read") || (data27 === "write"))){const err39 = {instancePath:instancePath+"/permissions/administration",schemaPath:"#/properties/permissions/properties/administration/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.administration.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(data5.artifact_metadata !== undefined){let data28 = data5.artifact_metadata;if(!((data28 === "read") || (data28 === "write"))){const err40 = {instancePath:instancePath+"/permissions/artifact_metadata",schemaPath:"#/properties/permissions/properties/artifact_metadata/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.artifact_metadata.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}if(data5.attestations !== undefined){let data29 = data5.attestations;if(!((data29 === "read") || (data29 === "write"))){const err41 = {instancePath:instancePath+"/permissions/attestations",schemaPath:"#/properties/permissions/properties/attestations/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.attestations.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}if(data5.security_events !== undefined){let data30 = data5.security_events;if(!((data30 === "read") || (data30 === "write"))){const err42 = {instancePath:instancePath+"/permissions/security_events",schemaPath:"#/properties/permissions/properties/security_events/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.security_events.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}if(data5.codespaces !== undefined){let data31 = data5.codespaces;if(!((data31 === "read") || (data31 === "write"))){const err43 = {instancePath:instancePath+"/permissions/codespaces",schemaPath:"#/properties/permissions/properties/codespaces/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.codespaces.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(data5.codespaces_lifecycle_admin !== undefined){let data32 = data5.codespaces_lifecycle_admin;if(!((data32 === "read") || (data32 === "write"))){const err44 = {instancePath:instancePath+"/permissions/codespaces_lifecycle_admin",schemaPath:"#/properties/permissions/properties/codespaces_lifecycle_admin/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.codespaces_lifecycle_admin.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}if(data5.codespaces_metadata !== undefined){if(!(data5.codespaces_metadata === "read")){const err45 = {instancePath:instancePath+"/permissions/codespaces_metadata",schemaPath:"#/properties/permissions/properties/codespaces_metadata/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.codespaces_metadata.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}if(data5.codespaces_secrets !== undefined){if(!(data5.codespaces_secrets === "write")){const err46 = {instancePath:instancePath+"/permissions/codespaces_secrets",schemaPath:"#/properties/permissions/properties/codespaces_secrets/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.codespaces_secrets.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}if(data5.statuses !== undefined){let data35 = data5.statuses;if(!((data35 === "read") || (data35 === "write"))){const err47 = {instancePath:instancePath+"/permissions/statuses",schemaPath:"#/properties/permissions/properties/statuses/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.statuses.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}if(data5.contents !== undefined){let data36 = data5.contents;if(!((data36 === "read") || (data36 === "write"))){const err48 = {instancePath:instancePath+"/permissions/contents",schemaPath:"#/properties/permissions/properties/contents/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.contents.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}if(data5.repository_custom_properties !== undefined){let data37 = data5.repository_custom_properties;if(!((data37 === "read") || (data37 === "write"))){const err49 = {instancePath:instancePath+"/permissions/repository_custom_properties",schemaPath:"#/properties/permissions/properties/repository_custom_properties/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.repository_custom_properties.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}if(data5.vulnerability_alerts !== undefined){let data38 = data5.vulnerability_alerts;if(!((data38 === "read") || (data38 === "write"))){const err50 = {instancePath:instancePath+"/permissions/vulnerability_alerts",schemaPath:"#/properties/permissions/properties/vulnerability_alerts/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.vulnerability_alerts.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}if(data5.dependabot_secrets !== undefined){let data39 = data5.dependabot_secrets;if(!((data39 === "read") || (data39 === "write"))){const err51 = {instancePath:instancePath+"/permissions/dependabot_secrets",schemaPath:"#/properties/permissions/properties/dependabot_secrets/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.dependabot_secrets.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}if(data5.deployments !== undefined){let data40 = data5.deployments;if(!((data40 === "read") || (data40 === "write"))){const err52 = {instancePath:instancePath+"/permissions/deployments",schemaPath:"#/properties/permissions/properties/deployments/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.deployments.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}if(data5.discussions !== undefined){let data41 = data5.discussions;if(!((data41 === "read") || (data41 === "write"))){const err53 = {instancePath:instancePath+"/permissions/discussions",schemaPath:"#/properties/permissions/properties/discussions/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.discussions.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}if(data5.environments !== undefined){let data42 = data5.environments;if(!((data42 === "read") || (data42 === "write"))){const err54 = {instancePath:instancePath+"/permissions/environments",schemaPath:"#/properties/permissions/properties/environments/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.environments.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}if(data5.issues !== undefined){let data43 = data5.issues;if(!((data43 === "read") || (data43 === "write"))){const err55 = {instancePath:instancePath+"/permissions/issues",schemaPath:"#/properties/permissions/properties/issues/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.issues.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}if(data5.merge_queues !== undefined){let data44 = data5.merge_queues;if(!((data44 === "read") || (data44 === "write"))){const err56 = {instancePath:instancePath+"/permissions/merge_queues",schemaPath:"#/properties/permissions/properties/merge_queues/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.merge_queues.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}if(data5.metadata !== undefined){if(!(data5.metadata === "read")){const err57 = {instancePath:instancePath+"/permissions/metadata",schemaPath:"#/properties/permissions/properties/metadata/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.metadata.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}if(data5.pages !== undefined){let data46 = data5.pages;if(!((data46 === "read") || (data46 === "write"))){const err58 = {instancePath:instancePath+"/permissions/pages",schemaPath:"#/properties/permissions/properties/pages/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.pages.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}if(data5.pull_requests !== undefined){let data47 = data5.pull_requests;if(!((data47 === "read") || (data47 === "write"))){const err59 = {instancePath:instancePath+"/permissions/pull_requests",schemaPath:"#/properties/permissions/properties/pull_requests/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.pull_requests.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}if(data5.repository_advisories !== undefined){let data48 = data5.repository_advisories;if(!((data48 === "read") || (data48 === "write"))){const err60 = {instancePath:instancePath+"/permissions/repository_advisories",schemaPath:"#/properties/permissions/properties/repository_advisories/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.repository_advisories.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}if(data5.secret_scanning_alerts !== undefined){let data49 = data5.secret_scanning_alerts;if(!((data49 === "read") || (data49 === "write"))){const err61 = {instancePath:instancePath+"/permissions/secret_scanning_alerts",schemaPath:"#/properties/permissions/properties/secret_scanning_alerts/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.secret_scanning_alerts.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}if(data5.secrets !== undefined){let data50 = data5.secrets;if(!((data50 === "read") || (data50 === "write"))){const err62 = {instancePath:instancePath+"/permissions/secrets",schemaPath:"#/properties/permissions/properties/secrets/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.secrets.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}if(data5.actions_variables !== undefined){let data51 = data5.actions_variables;if(!((data51 === "read") || (data51 === "write"))){const err63 = {instancePath:instancePath+"/permissions/actions_variables",schemaPath:"#/properties/permissions/properties/actions_variables/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.actions_variables.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}if(data5.repository_hooks !== undefined){let data52 = data5.repository_hooks;if(!((data52 === "read") || (data52 === "write"))){const err64 = {instancePath:instancePath+"/permissions/repository_hooks",schemaPath:"#/properties/permissions/properties/repository_hooks/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.repository_hooks.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}if(data5.workflows !== undefined){if(!(data5.workflows === "write")){const err65 = {instancePath:instancePath+"/permissions/workflows",schemaPath:"#/properties/permissions/properties/workflows/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.workflows.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}}if(data5.organization_api_insights !== undefined){if(!(data5.organization_api_insights === "read")){const err66 = {instancePath:instancePath+"/permissions/organization_api_insights",schemaPath:"#/properties/permissions/properties/organization_api_insights/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.organization_api_insights.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}}if(data5.organization_administration !== undefined){let data55 = data5.organization_administration;if(!((data55 === "read") || (data55 === "write"))){const err67 = {instancePath:instancePath+"/permissions/organization_administration",schemaPath:"#/properties/permissions/properties/organization_administration/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.organization_administration.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}if(data5.organization_user_blocking !== undefined){let data56 = data5.organization_user_blocking;if(!((data56 === "read") || (data56 === "write"))){const err68 = {instancePath:instancePath+"/permissions/organization_user_blocking",schemaPath:"#/properties/permissions/properties/organization_user_blocking/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.organization_user_blocking.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}if(data5.organization_campaigns !== undefined){let data57 = data5.organization_campaigns;if(!((data57 === "read") || (data57 === "write"))){const err69 = {instancePath:instancePath+"/permissions/organization_campaigns",schemaPath:"#/properties/permissions/properties/organization_campaigns/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.organization_campaigns.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}}if(data5.organization_custom_org_roles !== undefined){let data58 = data5.organization_custom_org_roles;if(!((data58 === "read") || (data58 === "write"))){const err70 = {instancePath:instancePath+"/permissions/organization_custom_org_roles",schemaPath:"#/properties/permissions/properties/organization_custom_org_roles/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.organization_custom_org_roles.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}}if(data5.organization_custom_properties !== undefined){let data59 = data5.organization_custom_properties;if(!(((data59 === "read") || (data59 === "write")) || (data59 === "admin"))){const err71 = {instancePath:instancePath+"/permissions/organization_custom_properties",schemaPath:"#/properties/permissions/properties/organization_custom_properties/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.organization_custom_properties.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}}if(data5.organization_custom_roles !== undefined){let data60 = data5.organization_custom_roles;if(!((data60 === "read") || (data60 === "write"))){const err72 = {instancePath:instancePath+"/permissions/organization_custom_roles",schemaPath:"#/properties/permissions/properties/organization_custom_roles/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.organization_custom_roles.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}}if(data5.organization_events !== undefined){if(!(data5.organization_events === "read")){const err73 = {instancePath:instancePath+"/permissions/organization_events",schemaPath:"#/properties/permissions/properties/organization_events/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.organization_events.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}}if(data5.organization_copilot_seat_management !== undefined){let data62 = data5.organization_copilot_seat_management;if(!((data62 === "read") || (data62 === "write"))){const err74 = {instancePath:instancePath+"/permissions/organization_copilot_seat_management",schemaPath:"#/properties/permissions/properties/organization_copilot_seat_management/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.organization_copilot_seat_management.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}}if(data5.issue_types !== undefined){let data63 = data5.issue_types;if(!((data63 === "read") || (data63 === "write"))){const err75 = {instancePath:instancePath+"/permissions/issue_types",schemaPath:"#/properties/permissions/properties/issue_types/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.issue_types.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}}if(data5.organization_knowledge_bases !== undefined){let data64 = data5.organization_knowledge_bases;if(!((data64 === "read") || (data64 === "write"))){const err76 = {instancePath:instancePath+"/permissions/organization_knowledge_bases",schemaPath:"#/properties/permissions/properties/organization_knowledge_bases/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.organization_knowledge_bases.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}}if(data5.members !== undefined){let data65 = data5.members;if(!((data65 === "read") || (data65 === "write"))){const err77 = {instancePath:instancePath+"/permissions/members",schemaPath:"#/properties/permissions/properties/members/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.members.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}}if(data5.organization_models !== undefined){if(!(data5.organization_models === "read")){const err78 = {instancePath:instancePath+"/permissions/organization_models",schemaPath:"#/properties/permissions/properties/organization_models/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.organization_models.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}}if(data5.organization_network_configurations !== undefined){let data67 = data5.organization_network_configurations;if(!((data67 === "read") || (data67 === "write"))){const err79 = {instancePath:instancePath+"/permissions/organization_network_configurations",schemaPath:"#/properties/permissions/properties/organization_network_configurations/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.organization_network_configurations.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}}if(data5.organization_announcement_banners !== undefined){let data68 = data5.organization_announcement_banners;if(!((data68 === "read") || (data68 === "write"))){const err80 = {instancePath:instancePath+"/permissions/organization_announcement_banners",schemaPath:"#/properties/permissions/properties/organization_announcement_banners/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.organization_announcement_banners.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}}if(data5.organization_codespaces !== undefined){let data69 = data5.organization_codespaces;if(!((data69 === "read") || (data69 === "write"))){const err81 = {instancePath:instancePath+"/permissions/organization_codespaces",schemaPath:"#/properties/permissions/properties/organization_codespaces/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.organization_codespaces.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}}if(data5.organization_codespaces_secrets !== undefined){let data70 = data5.organization_codespaces_secrets;if(!((data70 === "read") || (data70 === "write"))){const err82 = {instancePath:instancePath+"/permissions/organization_codespaces_secrets",schemaPath:"#/properties/permissions/properties/organization_codespaces_secrets/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.organization_codespaces_secrets.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}}if(data5.organization_codespaces_settings !== undefined){let data71 = data5.organization_codespaces_settings;if(!((data71 === "read") || (data71 === "write"))){const err83 = {instancePath:instancePath+"/permissions/organization_codespaces_settings",schemaPath:"#/properties/permissions/properties/organization_codespaces_settings/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.organization_codespaces_settings.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}}if(data5.organization_dependabot_secrets !== undefined){let data72 = data5.organization_dependabot_secrets;if(!((data72 === "read") || (data72 === "write"))){const err84 = {instancePath:instancePath+"/permissions/organization_dependabot_secrets",schemaPath:"#/properties/permissions/properties/organization_dependabot_secrets/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.organization_dependabot_secrets.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}}if(data5.organization_code_scanning_dismissal_requests !== undefined){let data73 = data5.organization_code_scanning_dismissal_requests;if(!((data73 === "read") || (data73 === "write"))){const err85 = {instancePath:instancePath+"/permissions/organization_code_scanning_dismissal_requests",schemaPath:"#/properties/permissions/properties/organization_code_scanning_dismissal_requests/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.organization_code_scanning_dismissal_requests.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}}if(data5.organization_private_registries !== undefined){let data74 = data5.organization_private_registries;if(!((data74 === "read") || (data74 === "write"))){const err86 = {instancePath:instancePath+"/permissions/organization_private_registries",schemaPath:"#/properties/permissions/properties/organization_private_registries/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.organization_private_registries.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}}if(data5.organization_plan !== undefined){if(!(data5.organization_plan === "read")){const err87 = {instancePath:instancePath+"/permissions/organization_plan",schemaPath:"#/properties/permissions/properties/organization_plan/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.organization_plan.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err87];}else {vErrors.push(err87);}errors++;}}if(data5.organization_projects !== undefined){let data76 = data5.organization_projects;if(!(((data76 === "read") || (data76 === "write")) || (data76 === "admin"))){const err88 = {instancePath:instancePath+"/permissions/organization_projects",schemaPath:"#/properties/permissions/properties/organization_projects/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.organization_projects.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err88];}else {vErrors.push(err88);}errors++;}}if(data5.organization_secrets !== undefined){let data77 = data5.organization_secrets;if(!((data77 === "read") || (data77 === "write"))){const err89 = {instancePath:instancePath+"/permissions/organization_secrets",schemaPath:"#/properties/permissions/properties/organization_secrets/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.organization_secrets.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err89];}else {vErrors.push(err89);}errors++;}}if(data5.organization_self_hosted_runners !== undefined){let data78 = data5.organization_self_hosted_runners;if(!((data78 === "read") || (data78 === "write"))){const err90 = {instancePath:instancePath+"/permissions/organization_self_hosted_runners",schemaPath:"#/properties/permissions/properties/organization_self_hosted_runners/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.organization_self_hosted_runners.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err90];}else {vErrors.push(err90);}errors++;}}if(data5.team_discussions !== undefined){let data79 = data5.team_discussions;if(!((data79 === "read") || (data79 === "write"))){const err91 = {instancePath:instancePath+"/permissions/team_discussions",schemaPath:"#/properties/permissions/properties/team_discussions/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.team_discussions.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err91];}else {vErrors.push(err91);}errors++;}}if(data5.organization_actions_variables !== undefined){let data80 = data5.organization_actions_variables;if(!((data80 === "read") || (data80 === "write"))){const err92 = {instancePath:instancePath+"/permissions/organization_actions_variables",schemaPath:"#/properties/permissions/properties/organization_actions_variables/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.organization_actions_variables.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err92];}else {vErrors.push(err92);}errors++;}}if(data5.organization_hooks !== undefined){let data81 = data5.organization_hooks;if(!((data81 === "read") || (data81 === "write"))){const err93 = {instancePath:instancePath+"/permissions/organization_hooks",schemaPath:"#/properties/permissions/properties/organization_hooks/enum",keyword:"enum",params:{allowedValues: schema11.properties.permissions.properties.organization_hooks.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err93];}else {vErrors.push(err93);}errors++;}}}else {const err94 = {instancePath:instancePath+"/permissions",schemaPath:"#/properties/permissions/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err94];}else {vErrors.push(err94);}errors++;}}if(data.endpoints !== undefined){let data82 = data.endpoints;if(Array.isArray(data82)){const len0 = data82.length;for(let i0=0; i0<len0; i0++){let data83 = data82[i0];if(typeof data83 === "string"){if(func2(data83) < 1){const err95 = {instancePath:instancePath+"/endpoints/" + i0,schemaPath:"#/properties/endpoints/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err95];}else {vErrors.push(err95);}errors++;}}else {const err96 = {instancePath:instancePath+"/endpoints/" + i0,schemaPath:"#/properties/endpoints/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err96];}else {vErrors.push(err96);}errors++;}}}else {const err97 = {instancePath:instancePath+"/endpoints",schemaPath:"#/properties/endpoints/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err97];}else {vErrors.push(err97);}errors++;}}}else {const err98 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err98];}else {vErrors.push(err98);}errors++;}validate10.errors = vErrors;return errors === 0;}const validateConfig = validate11;const schema12 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/token-templates/token-templates/raw/main/schemas/config.schema.json","title":"token-templates configuration","type":"object","additionalProperties":false,"properties":{"templates":{"anyOf":[{"type":"string","minLength":1},{"type":"array","items":{"type":"string","minLength":1},"minItems":1}],"description":"Paths, directories or globs of template files, relative to the repository root. Default: .github/token-templates/**/*.{yml,yaml}","markdownDescription":"Paths, directories or globs of template files, relative to the repository root. Default: .github/token-templates/**/*.{yml,yaml}"},"server_url":{"type":"string","pattern":"^https?://[^\\s/?#]+(?:/[^\\s?#]*)?$","description":"GitHub server for token links, e.g. https://github.example.com for GitHub Enterprise Server. Default: GITHUB_SERVER_URL, else https://github.com","markdownDescription":"GitHub server for token links, e.g. https://github.example.com for GitHub Enterprise Server. Default: GITHUB_SERVER_URL, else https://github.com"},"platform":{"enum":["github.com","ghec","ghes-3.20"],"description":"The GitHub the tokens are for: github.com, ghec (GitHub Enterprise Cloud) or ghes-3.20 (GitHub Enterprise Server 3.20). Permissions that GitHub's API data for it lacks are platform-availability warnings. Default: github.com","markdownDescription":"The GitHub the tokens are for: github.com, ghec (GitHub Enterprise Cloud) or ghes-3.20 (GitHub Enterprise Server 3.20). Permissions that GitHub's API data for it lacks are platform-availability warnings. Default: github.com"},"readme":{"type":"string","minLength":1,"description":"The markdown file whose token links table `docs` writes. Default: README.md","markdownDescription":"The markdown file whose token links table `docs` writes. Default: README.md"},"rules":{"type":"object","additionalProperties":false,"properties":{"account-permission-with-target":{"enum":["off","error","warning","notice"],"description":"Account permissions come without a fixed target_name. Default: warning.","markdownDescription":"Account permissions come without a fixed target_name. Default: warning."},"billing":{"enum":["off","error","warning","notice"],"description":"Permissions that cost money are flagged. Default: notice.","markdownDescription":"Permissions that cost money are flagged. Default: notice."},"duplicate-name":{"enum":["off","error","warning","notice"],"description":"No two templates share a name. Default: error.","markdownDescription":"No two templates share a name. Default: error."},"empty-file":{"enum":["off","error","warning","notice"],"description":"A template file holds at least one template. Default: warning.","markdownDescription":"A template file holds at least one template. Default: warning."},"empty-permissions":{"enum":["off","error","warning","notice"],"description":"Templates grant at least one permission. Default: warning.","markdownDescription":"Templates grant at least one permission. Default: warning."},"endpoint-not-supported":{"enum":["off","error","warning","notice"],"description":"Every listed endpoint is one fine-grained tokens can call. Default: error.","markdownDescription":"Every listed endpoint is one fine-grained tokens can call. Default: error."},"excess-permission":{"enum":["off","error","warning","notice"],"description":"With endpoints listed, no permission (or level) is granted that none of them needs. Default: warning.","markdownDescription":"With endpoints listed, no permission (or level) is granted that none of them needs. Default: warning."},"feature-gated-permission":{"enum":["off","error","warning","notice"],"description":"Permissions that exist only where GitHub ships a feature are flagged. Default: notice.","markdownDescription":"Permissions that exist only where GitHub ships a feature are flagged. Default: notice."},"forbidden-permission":{"enum":["off","error","warning","notice"],"description":"No template asks for a permission the policy forbids. Default: error.","markdownDescription":"No template asks for a permission the policy forbids. Default: error."},"invalid-target-name":{"enum":["off","error","warning","notice"],"description":"target_name is a valid user or organization slug. Default: error.","markdownDescription":"target_name is a valid user or organization slug. Default: error."},"max-lifetime":{"enum":["off","error","warning","notice"],"description":"expires_in stays within the policy's max_lifetime_days. Default: error.","markdownDescription":"expires_in stays within the policy's max_lifetime_days. Default: error."},"missing-description":{"enum":["off","error","warning","notice"],"description":"Templates say what the token is for. Default: warning.","markdownDescription":"Templates say what the token is for. Default: warning."},"missing-permission":{"enum":["off","error","warning","notice"],"description":"The permissions cover every endpoint listed under endpoints, per GitHub's data. Default: error.","markdownDescription":"The permissions cover every endpoint listed under endpoints, per GitHub's data. Default: error."},"mixed-owner-scopes":{"enum":["off","error","warning","notice"],"description":"A template does not combine account and organization permissions. Default: error.","markdownDescription":"A template does not combine account and organization permissions. Default: error."},"no-expiration":{"enum":["off","error","warning","notice"],"description":"Tokens expire. Default: warning.","markdownDescription":"Tokens expire. Default: warning."},"org-permission-needs-org-target":{"enum":["off","error","warning","notice"],"description":"Organization permissions come with a target_name. Default: warning.","markdownDescription":"Organization permissions come with a target_name. Default: warning."},"permission-not-in-catalog":{"enum":["off","error","warning","notice"],"description":"Permissions missing from the catalog but listed in GitHub's API data are flagged. Default: warning.","markdownDescription":"Permissions missing from the catalog but listed in GitHub's API data are flagged. Default: warning."},"platform-availability":{"enum":["off","error","warning","notice"],"description":"Permissions exist on the config's platform (github.com, ghec or ghes-3.20), per GitHub's API data. Default: warning.","markdownDescription":"Permissions exist on the config's platform (github.com, ghec or ghes-3.20), per GitHub's API data. Default: warning."},"redundant-metadata":{"enum":["off","error","warning","notice"],"description":"metadata: read is not listed next to other repository permissions. Default: notice.","markdownDescription":"metadata: read is not listed next to other repository permissions. Default: notice."},"schema":{"enum":["off","error","warning","notice"],"description":"The template has the shape GitHub's token form accepts: known keys, right types, limits. Default: error.","markdownDescription":"The template has the shape GitHub's token form accepts: known keys, right types, limits. Default: error."},"sensitive-permission-needs-justification":{"enum":["off","error","warning","notice"],"description":"Templates with sensitive permissions say why, in justification. Default: error.","markdownDescription":"Templates with sensitive permissions say why, in justification. Default: error."},"target-not-allowed":{"enum":["off","error","warning","notice"],"description":"target_name is an owner the policy allows. Default: error.","markdownDescription":"target_name is an owner the policy allows. Default: error."},"target-owner-type":{"enum":["off","error","warning","notice"],"description":"target_name is the kind of owner its permissions need (checked by the Action with the API). Default: error.","markdownDescription":"target_name is the kind of owner its permissions need (checked by the Action with the API). Default: error."},"unknown-endpoint":{"enum":["off","error","warning","notice"],"description":"Every listed endpoint is one GitHub's data knows. Default: error.","markdownDescription":"Every listed endpoint is one GitHub's data knows. Default: error."},"unknown-permission":{"enum":["off","error","warning","notice"],"description":"Every permission is one GitHub knows. Default: error.","markdownDescription":"Every permission is one GitHub knows. Default: error."},"unreadable-file":{"enum":["off","error","warning","notice"],"description":"The template file can be read safely. Default: error.","markdownDescription":"The template file can be read safely. Default: error."},"unsupported-access-level":{"enum":["off","error","warning","notice"],"description":"Each permission asks for a level it supports. Default: error.","markdownDescription":"Each permission asks for a level it supports. Default: error."},"yaml-syntax":{"enum":["off","error","warning","notice"],"description":"The file is valid YAML text. Default: error.","markdownDescription":"The file is valid YAML text. Default: error."}},"description":"Rule id -> off, notice, warning or error.","markdownDescription":"Rule id -> off, notice, warning or error."},"policy":{"type":"object","additionalProperties":false,"properties":{"max_lifetime_days":{"type":"integer","minimum":1,"maximum":366,"description":"Longest lifetime a template may ask for, in days (mirrors the organization's maximum lifetime policy). `expires_in` above it, or `none`, is a max-lifetime error.","markdownDescription":"Longest lifetime a template may ask for, in days (mirrors the organization's maximum lifetime policy). `expires_in` above it, or `none`, is a max-lifetime error."},"forbidden_permissions":{"type":"array","items":{"anyOf":[{"type":"string","pattern":"^[a-z][a-z0-9_]*$"},{"type":"object","minProperties":1,"maxProperties":1,"propertyNames":{"pattern":"^[a-z][a-z0-9_]*$"},"additionalProperties":{"enum":["read","write","admin"]}}]},"description":"Permissions no template may ask for: `name` (any level) or `name: level` (that level and above; `administration: write` still allows read).","markdownDescription":"Permissions no template may ask for: `name` (any level) or `name: level` (that level and above; `administration: write` still allows read)."},"allowed_targets":{"type":"array","items":{"type":"string","minLength":1},"minItems":1,"description":"The only target_name values allowed, as glob patterns (`octodemo`, `octo-*`); case-insensitive.","markdownDescription":"The only target_name values allowed, as glob patterns (`octodemo`, `octo-*`); case-insensitive."},"allow_personal":{"type":"boolean","description":"Whether templates without target_name (tokens owned by whoever creates them) are allowed. Default: true.","markdownDescription":"Whether templates without target_name (tokens owned by whoever creates them) are allowed. Default: true."},"require_description":{"type":"boolean","description":"Make missing-description an error.","markdownDescription":"Make missing-description an error."},"sensitive_permissions":{"type":"array","items":{"anyOf":[{"type":"string","pattern":"^[a-z][a-z0-9_]*$"},{"type":"object","minProperties":1,"maxProperties":1,"propertyNames":{"pattern":"^[a-z][a-z0-9_]*$"},"additionalProperties":{"enum":["read","write","admin"]}}]},"description":"Permissions that need a `justification:` in the template, as `name` or `name: level` (and above). Default: administration, workflows, secrets, members, organization_administration, organization_secrets and other settings, secrets and people permissions at write.","markdownDescription":"Permissions that need a `justification:` in the template, as `name` or `name: level` (and above). Default: administration, workflows, secrets, members, organization_administration, organization_secrets and other settings, secrets and people permissions at write."}},"description":"Token policy, enforced by lint (max-lifetime, forbidden-permission, target-not-allowed, sensitive-permission-needs-justification) and summarised above the docs table.","markdownDescription":"Token policy, enforced by lint (max-lifetime, forbidden-permission, target-not-allowed, sensitive-permission-needs-justification) and summarised above the docs table."},"extra_permissions":{"type":"object","propertyNames":{"pattern":"^[a-z][a-z0-9_]*$"},"additionalProperties":{"type":"object","required":["scope","levels"],"additionalProperties":false,"properties":{"scope":{"enum":["account","repository","organization"],"description":"account, repository or organization","markdownDescription":"account, repository or organization"},"levels":{"type":"array","items":{"enum":["read","write","admin"]},"minItems":1,"uniqueItems":true,"description":"The access levels the permission supports.","markdownDescription":"The access levels the permission supports."},"display_name":{"type":"string","minLength":1,"description":"The label GitHub shows.","markdownDescription":"The label GitHub shows."}}},"description":"Permissions GitHub added after this version of token-templates: name -> { scope, levels, display_name }.","markdownDescription":"Permissions GitHub added after this version of token-templates: name -> { scope, levels, display_name }."}}};;const pattern1 = new RegExp("^https?://[^\\s/?#]+(?:/[^\\s?#]*)?$", "u");const pattern2 = new RegExp("^[a-z][a-z0-9_]*$", "u");function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://github.com/token-templates/token-templates/raw/main/schemas/config.schema.json" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(((((((key0 === "templates") || (key0 === "server_url")) || (key0 === "platform")) || (key0 === "readme")) || (key0 === "rules")) || (key0 === "policy")) || (key0 === "extra_permissions"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.templates !== undefined){let data0 = data.templates;const _errs3 = errors;let valid1 = false;const _errs4 = errors;if(typeof data0 === "string"){if(func2(data0) < 1){const err1 = {instancePath:instancePath+"/templates",schemaPath:"#/properties/templates/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}else {const err2 = {instancePath:instancePath+"/templates",schemaPath:"#/properties/templates/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}var _valid0 = _errs4 === errors;valid1 = valid1 || _valid0;if(!valid1){const _errs6 = errors;if(Array.isArray(data0)){if(data0.length < 1){const err3 = {instancePath:instancePath+"/templates",schemaPath:"#/properties/templates/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}const len0 = data0.length;for(let i0=0; i0<len0; i0++){let data1 = data0[i0];if(typeof data1 === "string"){if(func2(data1) < 1){const err4 = {instancePath:instancePath+"/templates/" + i0,schemaPath:"#/properties/templates/anyOf/1/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}else {const err5 = {instancePath:instancePath+"/templates/" + i0,schemaPath:"#/properties/templates/anyOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}else {const err6 = {instancePath:instancePath+"/templates",schemaPath:"#/properties/templates/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}var _valid0 = _errs6 === errors;valid1 = valid1 || _valid0;}if(!valid1){const err7 = {instancePath:instancePath+"/templates",schemaPath:"#/properties/templates/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}else {errors = _errs3;if(vErrors !== null){if(_errs3){vErrors.length = _errs3;}else {vErrors = null;}}}}if(data.server_url !== undefined){let data2 = data.server_url;if(typeof data2 === "string"){if(!pattern1.test(data2)){const err8 = {instancePath:instancePath+"/server_url",schemaPath:"#/properties/server_url/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s/?#]+(?:/[^\\s?#]*)?$"},message:"must match pattern \""+"^https?://[^\\s/?#]+(?:/[^\\s?#]*)?$"+"\""};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}else {const err9 = {instancePath:instancePath+"/server_url",schemaPath:"#/properties/server_url/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.platform !== undefined){let data3 = data.platform;if(!(((data3 === "github.com") || (data3 === "ghec")) || (data3 === "ghes-3.20"))){const err10 = {instancePath:instancePath+"/platform",schemaPath:"#/properties/platform/enum",keyword:"enum",params:{allowedValues: schema12.properties.platform.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.readme !== undefined){let data4 = data.readme;if(typeof data4 === "string"){if(func2(data4) < 1){const err11 = {instancePath:instancePath+"/readme",schemaPath:"#/properties/readme/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}else {const err12 = {instancePath:instancePath+"/readme",schemaPath:"#/properties/readme/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.rules !== undefined){let data5 = data.rules;if(data5 && typeof data5 == "object" && !Array.isArray(data5)){for(const key1 in data5){if(!(func7.call(schema12.properties.rules.properties, key1))){const err13 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data5["account-permission-with-target"] !== undefined){let data6 = data5["account-permission-with-target"];if(!((((data6 === "off") || (data6 === "error")) || (data6 === "warning")) || (data6 === "notice"))){const err14 = {instancePath:instancePath+"/rules/account-permission-with-target",schemaPath:"#/properties/rules/properties/account-permission-with-target/enum",keyword:"enum",params:{allowedValues: schema12.properties.rules.properties["account-permission-with-target"].enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data5.billing !== undefined){let data7 = data5.billing;if(!((((data7 === "off") || (data7 === "error")) || (data7 === "warning")) || (data7 === "notice"))){const err15 = {instancePath:instancePath+"/rules/billing",schemaPath:"#/properties/rules/properties/billing/enum",keyword:"enum",params:{allowedValues: schema12.properties.rules.properties.billing.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data5["duplicate-name"] !== undefined){let data8 = data5["duplicate-name"];if(!((((data8 === "off") || (data8 === "error")) || (data8 === "warning")) || (data8 === "notice"))){const err16 = {instancePath:instancePath+"/rules/duplicate-name",schemaPath:"#/properties/rules/properties/duplicate-name/enum",keyword:"enum",params:{allowedValues: schema12.properties.rules.properties["duplicate-name"].enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data5["empty-file"] !== undefined){let data9 = data5["empty-file"];if(!((((data9 === "off") || (data9 === "error")) || (data9 === "warning")) || (data9 === "notice"))){const err17 = {instancePath:instancePath+"/rules/empty-file",schemaPath:"#/properties/rules/properties/empty-file/enum",keyword:"enum",params:{allowedValues: schema12.properties.rules.properties["empty-file"].enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data5["empty-permissions"] !== undefined){let data10 = data5["empty-permissions"];if(!((((data10 === "off") || (data10 === "error")) || (data10 === "warning")) || (data10 === "notice"))){const err18 = {instancePath:instancePath+"/rules/empty-permissions",schemaPath:"#/properties/rules/properties/empty-permissions/enum",keyword:"enum",params:{allowedValues: schema12.properties.rules.properties["empty-permissions"].enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data5["endpoint-not-supported"] !== undefined){let data11 = data5["endpoint-not-supported"];if(!((((data11 === "off") || (data11 === "error")) || (data11 === "warning")) || (data11 === "notice"))){const err19 = {instancePath:instancePath+"/rules/endpoint-not-supported",schemaPath:"#/properties/rules/properties/endpoint-not-supported/enum",keyword:"enum",params:{allowedValues: schema12.properties.rules.properties["endpoint-not-supported"].enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data5["excess-permission"] !== undefined){let data12 = data5["excess-permission"];if(!((((data12 === "off") || (data12 === "error")) || (data12 === "warning")) || (data12 === "notice"))){const err20 = {instancePath:instancePath+"/rules/excess-permission",schemaPath:"#/properties/rules/properties/excess-permission/enum",keyword:"enum",params:{allowedValues: schema12.properties.rules.properties["excess-permission"].enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data5["feature-gated-permission"] !== undefined){let data13 = data5["feature-gated-permission"];if(!((((data13 === "off") || (data13 === "error")) || (data13 === "warning")) || (data13 === "notice"))){const err21 = {instancePath:instancePath+"/rules/feature-gated-permission",schemaPath:"#/properties/rules/properties/feature-gated-permission/enum",keyword:"enum",params:{allowedValues: schema12.properties.rules.properties["feature-gated-permission"].enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data5["forbidden-permission"] !== undefined){let data14 = data5["forbidden-permission"];if(!((((data14 === "off") || (data14 === "error")) || (data14 === "warning")) || (data14 === "notice"))){const err22 = {instancePath:instancePath+"/rules/forbidden-permission",schemaPath:"#/properties/rules/properties/forbidden-permission/enum",keyword:"enum",params:{allowedValues: schema12.properties.rules.properties["forbidden-permission"].enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data5["invalid-target-name"] !== undefined){let data15 = data5["invalid-target-name"];if(!((((data15 === "off") || (data15 === "error")) || (data15 === "warning")) || (data15 === "notice"))){const err23 = {instancePath:instancePath+"/rules/invalid-target-name",schemaPath:"#/properties/rules/properties/invalid-target-name/enum",keyword:"enum",params:{allowedValues: schema12.properties.rules.properties["invalid-target-name"].enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data5["max-lifetime"] !== undefined){let data16 = data5["max-lifetime"];if(!((((data16 === "off") || (data16 === "error")) || (data16 === "warning")) || (data16 === "notice"))){const err24 = {instancePath:instancePath+"/rules/max-lifetime",schemaPath:"#/properties/rules/properties/max-lifetime/enum",keyword:"enum",params:{allowedValues: schema12.properties.rules.properties["max-lifetime"].enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data5["missing-description"] !== undefined){let data17 = data5["missing-description"];if(!((((data17 === "off") || (data17 === "error")) || (data17 === "warning")) || (data17 === "notice"))){const err25 = {instancePath:instancePath+"/rules/missing-description",schemaPath:"#/properties/rules/properties/missing-description/enum",keyword:"enum",params:{allowedValues: schema12.properties.rules.properties["missing-description"].enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data5["missing-permission"] !== undefined){let data18 = data5["missing-permission"];if(!((((data18 === "off") || (data18 === "error")) || (data18 === "warning")) || (data18 === "notice"))){const err26 = {instancePath:instancePath+"/rules/missing-permission",schemaPath:"#/properties/rules/properties/missing-permission/enum",keyword:"enum",params:{allowedValues: schema12.properties.rules.properties["missing-permission"].enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(data5["mixed-owner-scopes"] !== undefined){let data19 = data5["mixed-owner-scopes"];if(!((((data19 === "off") || (data19 === "error")) || (data19 === "warning")) || (data19 === "notice"))){const err27 = {instancePath:instancePath+"/rules/mixed-owner-scopes",schemaPath:"#/properties/rules/properties/mixed-owner-scopes/enum",keyword:"enum",params:{allowedValues: schema12.properties.rules.properties["mixed-owner-scopes"].enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(data5["no-expiration"] !== undefined){let data20 = data5["no-expiration"];if(!((((data20 === "off") || (data20 === "error")) || (data20 === "warning")) || (data20 === "notice"))){const err28 = {instancePath:instancePath+"/rules/no-expiration",schemaPath:"#/properties/rules/properties/no-expiration/enum",keyword:"enum",params:{allowedValues: schema12.properties.rules.properties["no-expiration"].enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data5["org-permission-needs-org-target"] !== undefined){let data21 = data5["org-permission-needs-org-target"];if(!((((data21 === "off") || (data21 === "error")) || (data21 === "warning")) || (data21 === "notice"))){const err29 = {instancePath:instancePath+"/rules/org-permission-needs-org-target",schemaPath:"#/properties/rules/properties/org-permission-needs-org-target/enum",keyword:"enum",params:{allowedValues: schema12.properties.rules.properties["org-permission-needs-org-target"].enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(data5["permission-not-in-catalog"] !== undefined){let data22 = data5["permission-not-in-catalog"];if(!((((data22 === "off") || (data22 === "error")) || (data22 === "warning")) || (data22 === "notice"))){const err30 = {instancePath:instancePath+"/rules/permission-not-in-catalog",schemaPath:"#/properties/rules/properties/permission-not-in-catalog/enum",keyword:"enum",params:{allowedValues: schema12.properties.rules.properties["permission-not-in-catalog"].enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}if(data5["platform-availability"] !== undefined){let data23 = data5["platform-availability"];if(!((((data23 === "off") || (data23 === "error")) || (data23 === "warning")) || (data23 === "notice"))){const err31 = {instancePath:instancePath+"/rules/platform-availability",schemaPath:"#/properties/rules/properties/platform-availability/enum",keyword:"enum",params:{allowedValues: schema12.properties.rules.properties["platform-availability"].enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data5["redundant-metadata"] !== undefined){let data24 = data5["redundant-metadata"];if(!((((data24 === "off") || (data24 === "error")) || (data24 === "warning")) || (data24 === "notice"))){const err32 = {instancePath:instancePath+"/rules/redundant-metadata",schemaPath:"#/properties/rules/properties/redundant-metadata/enum",keyword:"enum",params:{allowedValues: schema12.properties.rules.properties["redundant-metadata"].enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data5.schema !== undefined){let data25 = data5.schema;if(!((((data25 === "off") || (data25 === "error")) || (data25 === "warning")) || (data25 === "notice"))){const err33 = {instancePath:instancePath+"/rules/schema",schemaPath:"#/properties/rules/properties/schema/enum",keyword:"enum",params:{allowedValues: schema12.properties.rules.properties.schema.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data5["sensitive-permission-needs-justification"] !== undefined){let data26 = data5["sensitive-permission-needs-justification"];if(!((((data26 === "off") || (data26 === "error")) || (data26 === "warning")) || (data26 === "notice"))){const err34 = {instancePath:instancePath+"/rules/sensitive-permission-needs-justification",schemaPath:"#/properties/rules/properties/sensitive-permission-needs-justification/enum",keyword:"enum",params:{allowedValues: schema12.properties.rules.properties["sensitive-permission-needs-justification"].enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}if(data5["target-not-allowed"] !== undefined){let data27 = data5["target-not-allowed"];if(!((((data27 === "off") || (data27 === "error")) || (data27 === "warning")) || (data27 === "notice"))){const err35 = {instancePath:instancePath+"/rules/target-not-allowed",schemaPath:"#/properties/rules/properties/target-not-allowed/enum",keyword:"enum",params:{allowedValues: schema12.properties.rules.properties["target-not-allowed"].enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data5["target-owner-type"] !== undefined){let data28 = data5["target-owner-type"];if(!((((data28 === "off") || (data28 === "error")) || (data28 === "warning")) || (data28 === "notice"))){const err36 = {instancePath:instancePath+"/rules/target-owner-type",schemaPath:"#/properties/rules/properties/target-owner-type/enum",keyword:"enum",params:{allowedValues: schema12.properties.rules.properties["target-owner-type"].enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}if(data5["unknown-endpoint"] !== undefined){let data29 = data5["unknown-endpoint"];if(!((((data29 === "off") || (data29 === "error")) || (data29 === "warning")) || (data29 === "notice"))){const err37 = {instancePath:instancePath+"/rules/unknown-endpoint",schemaPath:"#/properties/rules/properties/unknown-endpoint/enum",keyword:"enum",params:{allowedValues: schema12.properties.rules.properties["unknown-endpoint"].enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}if(data5["unknown-permission"] !== undefined){let data30 = data5["unknown-permission"];if(!((((data30 === "off") || (data30 === "error")) || (data30 === "warning")) || (data30 === "notice"))){const err38 = {instancePath:instancePath+"/rules/unknown-permission",schemaPath:"#/properties/rules/properties/unknown-permission/enum",keyword:"enum",params:{allowedValues: schema12.properties.rules.properties["unknown-permission"].enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}if(data5["unreadable-file"] !== undefined){let data31 = data5["unreadable-file"];if(!((((data31 === "off") || (data31 === "error")) || (data31 === "warning")) || (data31 === "notice"))){const err39 = {instancePath:instancePath+"/rules/unreadable-file",schemaPath:"#/properties/rules/properties/unreadable-file/enum",keyword:"enum",params:{allowedValues: schema12.properties.rules.properties["unreadable-file"].enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(data5["unsupported-access-level"] !== undefined){let data32 = data5["unsupported-access-level"];if(!((((data32 === "off") || (data32 === "error")) || (data32 === "warning")) || (data32 === "notice"))){const err40 = {instancePath:instancePath+"/rules/unsupported-access-level",schemaPath:"#/properties/rules/properties/unsupported-access-level/enum",keyword:"enum",params:{allowedValues: schema12.properties.rules.properties["unsupported-access-level"].enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}if(data5["yaml-syntax"] !== undefined){let data33 = data5["yaml-syntax"];if(!((((data33 === "off") || (data33 === "error")) || (data33 === "warning")) || (data33 === "notice"))){const err41 = {instancePath:instancePath+"/rules/yaml-syntax",schemaPath:"#/properties/rules/properties/yaml-syntax/enum",keyword:"enum",params:{allowedValues: schema12.properties.rules.properties["yaml-syntax"].enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}}else {const err42 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}if(data.policy !== undefined){let data34 = data.policy;if(data34 && typeof data34 == "object" && !Array.isArray(data34)){for(const key2 in data34){if(!((((((key2 === "max_lifetime_days") || (key2 === "forbidden_permissions")) || (key2 === "allowed_targets")) || (key2 === "allow_personal")) || (key2 === "require_description")) || (key2 === "sensitive_permissions"))){const err43 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(data34.max_lifetime_days !== undefined){let data35 = data34.max_lifetime_days;if(!(((typeof data35 == "number") && (!(data35 % 1) && !isNaN(data35))) && (isFinite(data35)))){const err44 = {instancePath:instancePath+"/policy/max_lifetime_days",schemaPath:"#/properties/policy/properties/max_lifetime_days/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}if((typeof data35 == "number") && (isFinite(data35))){if(data35 > 366 || isNaN(data35)){const err45 = {instancePath:instancePath+"/policy/max_lifetime_days",schemaPath:"#/properties/policy/properties/max_lifetime_days/maximum",keyword:"maximum",params:{comparison: "<=", limit: 366},message:"must be <= 366"};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}if(data35 < 1 || isNaN(data35)){const err46 = {instancePath:instancePath+"/policy/max_lifetime_days",schemaPath:"#/properties/policy/properties/max_lifetime_days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}}if(data34.forbidden_permissions !== undefined){let data36 = data34.forbidden_permissions;if(Array.isArray(data36)){const len1 = data36.length;for(let i1=0; i1<len1; i1++){let data37 = data36[i1];const _errs90 = errors;let valid8 = false;const _errs91 = errors;if(typeof data37 === "string"){if(!pattern2.test(data37)){const err47 = {instancePath:instancePath+"/policy/forbidden_permissions/" + i1,schemaPath:"#/properties/policy/properties/forbidden_permissions/items/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\""};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}else {const err48 = {instancePath:instancePath+"/policy/forbidden_permissions/" + i1,schemaPath:"#/properties/policy/properties/forbidden_permissions/items/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}var _valid1 = _errs91 === errors;valid8 = valid8 || _valid1;if(!valid8){const _errs93 = errors;if(data37 && typeof data37 == "object" && !Array.isArray(data37)){if(Object.keys(data37).length > 1){const err49 = {instancePath:instancePath+"/policy/forbidden_permissions/" + i1,schemaPath:"#/properties/policy/properties/forbidden_permissions/items/anyOf/1/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties"};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}if(Object.keys(data37).length < 1){const err50 = {instancePath:instancePath+"/policy/forbidden_permissions/" + i1,schemaPath:"#/properties/policy/properties/forbidden_permissions/items/anyOf/1/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}for(const key3 in data37){const _errs95 = errors;if(typeof key3 === "string"){if(!pattern2.test(key3)){const err51 = {instancePath:instancePath+"/policy/forbidden_permissions/" + i1,schemaPath:"#/properties/policy/properties/forbidden_permissions/items/anyOf/1/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\"",propertyName:key3};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}var valid9 = _errs95 === errors;if(!valid9){const err52 = {instancePath:instancePath+"/policy/forbidden_permissions/" + i1,schemaPath:"#/properties/policy/properties/forbidden_permissions/items/anyOf/1/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid"};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}for(const key4 in data37){let data38 = data37[key4];if(!(((data38 === "read") || (data38 === "write")) || (data38 === "admin"))){const err53 = {instancePath:instancePath+"/policy/forbidden_permissions/" + i1+"/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/policy/properties/forbidden_permissions/items/anyOf/1/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema12.properties.policy.properties.forbidden_permissions.items.anyOf[1].additionalProperties.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}}else {const err54 = {instancePath:instancePath+"/policy/forbidden_permissions/" + i1,schemaPath:"#/properties/policy/properties/forbidden_permissions/items/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}var _valid1 = _errs93 === errors;valid8 = valid8 || _valid1;}if(!valid8){const err55 = {instancePath:instancePath+"/policy/forbidden_permissions/" + i1,schemaPath:"#/properties/policy/properties/forbidden_permissions/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}else {errors = _errs90;if(vErrors !== null){if(_errs90){vErrors.length = _errs90;}else {vErrors = null;}}}}}else {const err56 = {instancePath:instancePath+"/policy/forbidden_permissions",schemaPath:"#/properties/policy/properties/forbidden_permissions/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}if(data34.allowed_targets !== undefined){let data39 = data34.allowed_targets;if(Array.isArray(data39)){if(data39.length < 1){const err57 = {instancePath:instancePath+"/policy/allowed_targets",schemaPath:"#/properties/policy/properties/allowed_targets/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}const len2 = data39.length;for(let i2=0; i2<len2; i2++){let data40 = data39[i2];if(typeof data40 === "string"){if(func2(data40) < 1){const err58 = {instancePath:instancePath+"/policy/allowed_targets/" + i2,schemaPath:"#/properties/policy/properties/allowed_targets/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}else {const err59 = {instancePath:instancePath+"/policy/allowed_targets/" + i2,schemaPath:"#/properties/policy/properties/allowed_targets/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}}else {const err60 = {instancePath:instancePath+"/policy/allowed_targets",schemaPath:"#/properties/policy/properties/allowed_targets/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}if(data34.allow_personal !== undefined){if(typeof data34.allow_personal !== "boolean"){const err61 = {instancePath:instancePath+"/policy/allow_personal",schemaPath:"#/properties/policy/properties/allow_personal/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}if(data34.require_description !== undefined){if(typeof data34.require_description !== "boolean"){const err62 = {instancePath:instancePath+"/policy/require_description",schemaPath:"#/properties/policy/properties/require_description/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}if(data34.sensitive_permissions !== undefined){let data43 = data34.sensitive_permissions;if(Array.isArray(data43)){const len3 = data43.length;for(let i3=0; i3<len3; i3++){let data44 = data43[i3];const _errs113 = errors;let valid15 = false;const _errs114 = errors;if(typeof data44 === "string"){if(!pattern2.test(data44)){const err63 = {instancePath:instancePath+"/policy/sensitive_permissions/" + i3,schemaPath:"#/properties/policy/properties/sensitive_permissions/items/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\""};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}else {const err64 = {instancePath:instancePath+"/policy/sensitive_permissions/" + i3,schemaPath:"#/properties/policy/properties/sensitive_permissions/items/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}var _valid2 = _errs114 === errors;valid15 = valid15 || _valid2;if(!valid15){const _errs116 = errors;if(data44 && typeof data44 == "object" && !Array.isArray(data44)){if(Object.keys(data44).length > 1){const err65 = {instancePath:instancePath+"/policy/sensitive_permissions/" + i3,schemaPath:"#/properties/policy/properties/sensitive_permissions/items/anyOf/1/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties"};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}if(Object.keys(data44).length < 1){const err66 = {instancePath:instancePath+"/policy/sensitive_permissions/" + i3,schemaPath:"#/properties/policy/properties/sensitive_permissions/items/anyOf/1/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}for(const key5 in data44){const _errs118 = errors;if(typeof key5 === "string"){if(!pattern2.test(key5)){const err67 = {instancePath:instancePath+"/policy/sensitive_permissions/" + i3,schemaPath:"#/properties/policy/properties/sensitive_permissions/items/anyOf/1/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\"",propertyName:key5};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}var valid16 = _errs118 === errors;if(!valid16){const err68 = {instancePath:instancePath+"/policy/sensitive_permissions/" + i3,schemaPath:"#/properties/policy/properties/sensitive_permissions/items/anyOf/1/propertyNames",keyword:"propertyNames",params:{propertyName: key5},message:"property name must be valid"};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}for(const key6 in data44){let data45 = data44[key6];if(!(((data45 === "read") || (data45 === "write")) || (data45 === "admin"))){const err69 = {instancePath:instancePath+"/policy/sensitive_permissions/" + i3+"/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/policy/properties/sensitive_permissions/items/anyOf/1/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema12.properties.policy.properties.sensitive_permissions.items.anyOf[1].additionalProperties.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}}}else {const err70 = {instancePath:instancePath+"/policy/sensitive_permissions/" + i3,schemaPath:"#/properties/policy/properties/sensitive_permissions/items/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}var _valid2 = _errs116 === errors;valid15 = valid15 || _valid2;}if(!valid15){const err71 = {instancePath:instancePath+"/policy/sensitive_permissions/" + i3,schemaPath:"#/properties/policy/properties/sensitive_permissions/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}else {errors = _errs113;if(vErrors !== null){if(_errs113){vErrors.length = _errs113;}else {vErrors = null;}}}}}else {const err72 = {instancePath:instancePath+"/policy/sensitive_permissions",schemaPath:"#/properties/policy/properties/sensitive_permissions/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}}}else {const err73 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}}if(data.extra_permissions !== undefined){let data46 = data.extra_permissions;if(data46 && typeof data46 == "object" && !Array.isArray(data46)){for(const key7 in data46){const _errs124 = errors;if(typeof key7 === "string"){if(!pattern2.test(key7)){const err74 = {instancePath:instancePath+"/extra_permissions",schemaPath:"#/properties/extra_permissions/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\"",propertyName:key7};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}}var valid18 = _errs124 === errors;if(!valid18){const err75 = {instancePath:instancePath+"/extra_permissions",schemaPath:"#/properties/extra_permissions/propertyNames",keyword:"propertyNames",params:{propertyName: key7},message:"property name must be valid"};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}}for(const key8 in data46){let data47 = data46[key8];if(data47 && typeof data47 == "object" && !Array.isArray(data47)){if(data47.scope === undefined){const err76 = {instancePath:instancePath+"/extra_permissions/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/extra_permissions/additionalProperties/required",keyword:"required",params:{missingProperty: "scope"},message:"must have required property '"+"scope"+"'"};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}if(data47.levels === undefined){const err77 = {instancePath:instancePath+"/extra_permissions/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/extra_permissions/additionalProperties/required",keyword:"required",params:{missingProperty: "levels"},message:"must have required property '"+"levels"+"'"};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}for(const key9 in data47){if(!(((key9 === "scope") || (key9 === "levels")) || (key9 === "display_name"))){const err78 = {instancePath:instancePath+"/extra_permissions/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/extra_permissions/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}}if(data47.scope !== undefined){let data48 = data47.scope;if(!(((data48 === "account") || (data48 === "repository")) || (data48 === "organization"))){const err79 = {instancePath:instancePath+"/extra_permissions/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/scope",schemaPath:"#/properties/extra_permissions/additionalProperties/properties/scope/enum",keyword:"enum",params:{allowedValues: schema12.properties.extra_permissions.additionalProperties.properties.scope.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}}if(data47.levels !== undefined){let data49 = data47.levels;if(Array.isArray(data49)){if(data49.length < 1){const err80 = {instancePath:instancePath+"/extra_permissions/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/levels",schemaPath:"#/properties/extra_permissions/additionalProperties/properties/levels/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}const len4 = data49.length;for(let i4=0; i4<len4; i4++){let data50 = data49[i4];if(!(((data50 === "read") || (data50 === "write")) || (data50 === "admin"))){const err81 = {instancePath:instancePath+"/extra_permissions/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/levels/" + i4,schemaPath:"#/properties/extra_permissions/additionalProperties/properties/levels/items/enum",keyword:"enum",params:{allowedValues: schema12.properties.extra_permissions.additionalProperties.properties.levels.items.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}}let i5 = data49.length;let j0;if(i5 > 1){outer0:for(;i5--;){for(j0 = i5; j0--;){if(func0(data49[i5], data49[j0])){const err82 = {instancePath:instancePath+"/extra_permissions/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/levels",schemaPath:"#/properties/extra_permissions/additionalProperties/properties/levels/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i5+" are identical)"};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;break outer0;}}}}}else {const err83 = {instancePath:instancePath+"/extra_permissions/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/levels",schemaPath:"#/properties/extra_permissions/additionalProperties/properties/levels/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}}if(data47.display_name !== undefined){let data51 = data47.display_name;if(typeof data51 === "string"){if(func2(data51) < 1){const err84 = {instancePath:instancePath+"/extra_permissions/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/display_name",schemaPath:"#/properties/extra_permissions/additionalProperties/properties/display_name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}}else {const err85 = {instancePath:instancePath+"/extra_permissions/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/display_name",schemaPath:"#/properties/extra_permissions/additionalProperties/properties/display_name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}}}else {const err86 = {instancePath:instancePath+"/extra_permissions/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/extra_permissions/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}}}else {const err87 = {instancePath:instancePath+"/extra_permissions",schemaPath:"#/properties/extra_permissions/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err87];}else {vErrors.push(err87);}errors++;}}}else {const err88 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err88];}else {vErrors.push(err88);}errors++;}validate11.errors = vErrors;return errors === 0;}


/***/ })

};
