export const id = 749;
export const ids = [749];
export const modules = {

/***/ 1749:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   explainCommand: () => (/* binding */ explainCommand)
/* harmony export */ });
/* unused harmony export explainPermission */
/* harmony import */ var _catalog_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7505);
/* harmony import */ var _endpoints_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1259);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3916);
/* harmony import */ var _lint_quote_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7009);
/* harmony import */ var _rules_template_endpoints_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9618);
/* harmony import */ var _rules_unknown_permission_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5693);






/** The first line: the permission, its label, scope and levels. */
function heading(name) {
    const permission = (0,_catalog_index_js__WEBPACK_IMPORTED_MODULE_0__/* .findPermission */ .Ll)(name);
    if (permission) {
        return `${name}: ${permission.displayName} (${permission.scope} permission; levels ${permission.levels.join(', ')})`;
    }
    const known = (0,_endpoints_index_js__WEBPACK_IMPORTED_MODULE_1__/* .findDataPermission */ .j9)(name);
    if (known) {
        return `${name}: ${known.title} (${known.scope} permission; not in the catalog yet: declare it under extra_permissions in the config to use it)`;
    }
    if ((0,_endpoints_index_js__WEBPACK_IMPORTED_MODULE_1__/* .isInApiData */ .aL)(name)) {
        return `${name}: not in the catalog, which lists GitHub.com's permissions (declare it under extra_permissions in the config to use it)`;
    }
    return undefined;
}
function platformLine(name) {
    if (!(0,_endpoints_index_js__WEBPACK_IMPORTED_MODULE_1__/* .isInApiData */ .aL)(name)) {
        return "GitHub's REST API data lists no endpoint for it: it serves other APIs (such as GraphQL) only.";
    }
    const names = (0,_endpoints_index_js__WEBPACK_IMPORTED_MODULE_1__/* .platformsWith */ .by)(name).map((platform) => _endpoints_index_js__WEBPACK_IMPORTED_MODULE_1__/* .PLATFORM_NAMES */ .Z6[platform]);
    return `On ${(0,_lint_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .listing */ .R)(names)}, per GitHub's API data.`;
}
function useLine(use) {
    const partners = Object.keys(use.with).length
        ? ` (with ${(0,_rules_template_endpoints_js__WEBPACK_IMPORTED_MODULE_2__/* .describeGrant */ .aN)(use.with)})`
        : '';
    const inexact = use.endpoint.certainty === 'exact' ? '' : ' *';
    return `  ${use.endpoint.id}  ${use.access}${partners}${inexact}`;
}
/**
 * What `name` lets a token do: the REST endpoints GitHub's data lists for
 * it, by API category, each with the level it needs.
 */
function explainPermission(name) {
    const title = heading(name);
    if (title === undefined) {
        const known = [
            ..._catalog_index_js__WEBPACK_IMPORTED_MODULE_0__/* .PERMISSIONS */ .Jj.map((permission) => permission.name),
            ..._endpoints_index_js__WEBPACK_IMPORTED_MODULE_1__/* .DATA_PERMISSIONS */ .y3.map((permission) => permission.name),
        ];
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .y((0,_rules_unknown_permission_js__WEBPACK_IMPORTED_MODULE_3__/* .unknownPermissionMessage */ .J)(name, known));
    }
    const lines = [title, platformLine(name)];
    const categories = (0,_endpoints_index_js__WEBPACK_IMPORTED_MODULE_1__/* .permissionUses */ .IM)(name);
    const uses = categories.flatMap((category) => category.uses);
    if (uses.length > 0) {
        lines.push('', `${uses.length} REST endpoint${uses.length === 1 ? '' : 's'} on GitHub.com, by API category (endpoint, level it needs):`);
        for (const category of categories) {
            lines.push('', category.category, ...category.uses.map(useLine));
        }
        if (uses.some((use) => use.endpoint.certainty !== 'exact')) {
            lines.push('', "* GitHub's data is not exact for these endpoints: it marks their permissions as 'additional' without saying which are alternatives and which are needed together, so that part is inferred or assumed.");
        }
    }
    return `${lines.join('\n')}\n`;
}
/** `token-templates explain PERMISSION`: exit 0, or 2 for an unknown one. */
function explainCommand(args, io) {
    if (args.length !== 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .y('explain takes one permission, e.g. token-templates explain contents');
    io.stdout(explainPermission(args[0].trim()));
    return 0;
}


/***/ })

};
