export const id = 937;
export const ids = [937];
export const modules = {

/***/ 6466:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GX: () => (/* binding */ explainLookup),
  RI: () => (/* binding */ explainScan),
  A8: () => (/* binding */ lookupExplanation),
  ZD: () => (/* binding */ scanExplanation)
});

// UNUSED EXPORTS: describeRules

// EXTERNAL MODULE: ./src/versions/explain.ts + 1 modules
var explain = __webpack_require__(3309);
// EXTERNAL MODULE: ./src/versions/head.ts
var versions_head = __webpack_require__(5987);
// EXTERNAL MODULE: ./src/versions/lines.ts
var lines = __webpack_require__(8682);
// EXTERNAL MODULE: ./src/versions/shape.ts
var shape = __webpack_require__(6228);
// EXTERNAL MODULE: ./src/versions/suffix.ts
var suffix = __webpack_require__(3096);
;// CONCATENATED MODULE: ./src/versions/reading.ts
/**
 * How a tag was read, in words: for the job summary and the command line's
 * `--explain`, so a user can see why a tag was chosen. Pure.
 */




const sameNumbers = (a, b) => a.length === b.length && a.every((n, i) => n === b[i]);
/**
 * The version as the tag writes it, with a commit that follows it
 * (`3206.vb_15dcf73f6a_9`, `1.41.3.9314-a0bfb8370`); the numbers when the
 * version came from a filter's `version` group rather than the tag's head.
 */
function writtenVersion(v) {
    const head = (0,versions_head/* readHead */.z)(v.tag);
    if (!head || !sameNumbers(head.components, v.components))
        return v.components.join('.');
    const start = head.channel.length + head.prefix.length;
    const rest = v.tag.slice(head.end);
    const id = suffix/* BUILD_ID */.jt.exec(rest) ?? suffix/* COMMIT_PART */.c9.exec(rest);
    return v.tag.slice(start, head.end) + (id ? id[0] : '');
}
function describeReading(v) {
    let version = writtenVersion(v);
    let revision = v.revision?.text ?? '';
    // A date stamp's trailing numbers are its respin or build (`20250101.1`, `20240101.0.204074`).
    if ((0,shape/* isDateKind */.hn)(v) && v.components.length > 1 && !revision && /^\d+\./.test(version)) {
        const dot = version.indexOf('.');
        revision = version.slice(dot + 1);
        version = version.slice(0, dot);
    }
    if ((0,lines/* isCompanion */.bv)(v.revision)) {
        // `16-3.4-3.6.1`: the companion version is written with the version, not as a build.
        const [companion, ...builds] = revision.split('-');
        version = `${companion}-${version}`;
        revision = builds.join('-');
    }
    const pre = v.prerelease;
    const label = pre && (pre.kind === 'milestone' ? 'M' : pre.kind);
    return {
        prefix: v.channel + v.prefix,
        version,
        prerelease: pre ? `${label}${pre.number ? `.${pre.number}` : ''}` : '',
        variant: v.variant,
        revision,
        ...(v.line && { line: v.line })
    };
}
/** One short line: `prefix 'develop-', version 6.2.1.10461, revision ls308, no variant`. */
function formatReading(v) {
    // A pin kept as it is (select.ts pinnedSelection): no version to describe.
    if (v.components.length === 0)
        return 'not a version: kept as it is';
    const r = describeReading(v);
    const text = [
        r.prefix && `prefix '${r.prefix}'`,
        r.line && !r.line.startsWith('10.0.') && `line ${r.line}`,
        `version ${r.version}`,
        r.prerelease && `prerelease ${r.prerelease}`,
        r.revision && `revision ${r.revision}`,
        r.variant ? `variant '${r.variant}'` : 'no variant'
    ]
        .filter(Boolean)
        .join(', ');
    const lines = describeLines(v);
    return lines.length ? `${text} (${lines.join('; ')})` : text;
}

// EXTERNAL MODULE: ./src/cli/print.ts
var print = __webpack_require__(9381);
;// CONCATENATED MODULE: ./src/cli/explain.ts



const PARTS = ['prefix', 'version', 'prerelease', 'variant', 'revision'];
const HEADER = ['TAG', 'PREFIX', 'VERSION', 'PRERELEASE', 'VARIANT', 'REVISION'];
/** A tag's reading as table cells; '-' for a part the tag does not have. */
function readingCells(version) {
    const reading = describeReading(version);
    return [version.tag, ...PARTS.map(part => String(reading[part] ?? '') || '-')];
}
/** A tag and its reading, for --json. */
function readingJson(version) {
    return { tag: version.tag, ...describeReading(version) };
}
/** The lookup's current (when given) and chosen tags, read, and the rules that chose. */
function explainLookup(result, policy) {
    const { selection, chosen } = result;
    const current = selection.current;
    const rows = [['', ...HEADER]];
    if (current?.version)
        rows.push(['current', ...readingCells(current.version)]);
    if (current?.version?.tag !== chosen.tag)
        rows.push(['chosen', ...readingCells(chosen)]);
    const unread = current && !current.version ? [`The current tag ${(0,print/* notAVersion */.n2)(current)}.`] : [];
    return [
        'How the tags were read:',
        ...(0,print/* alignColumns */.RM)(rows),
        ...unread,
        `Rules: ${describeRules(selection, policy)}.`,
        ...(0,explain/* lineNotes */.IB)(selection).map(print/* printable */.g$),
        ...passedOver(result.held),
        ''
    ].join('\n');
}
/** --json --explain: the same, as data. */
function lookupExplanation(result, policy) {
    const current = result.selection.current;
    const lines = (0,explain/* lineNotes */.IB)(result.selection);
    return {
        current: !current
            ? null
            : current.version
                ? readingJson(current.version)
                : { tag: current.tag, reason: current.reason },
        chosen: readingJson(result.chosen),
        rules: describeRules(result.selection, policy),
        ...(lines.length > 0 && { lines }),
        ...(result.held?.length && { held: result.held }),
        ...(result.released && { released: result.released })
    };
}
/** `variant 'slim' (auto: the current tag's); precision 2 components (auto: the current tag's)`. */
function describeRules(selection, policy) {
    const auto = policy.variant.kind === 'auto' ? ` (auto: ${autoSource(selection)})` : '';
    const variant = selection.variant === '*'
        ? 'any variant'
        : selection.variant.startsWith('/')
            ? `variant matching ${selection.variant}`
            : selection.variant
                ? `variant '${selection.variant}'${auto}`
                : `no variant${auto}`;
    return `${variant}; ${describePrecision(selection, policy)}`;
}
/** What `auto` was resolved from. */
function autoSource(selection) {
    const current = selection.current;
    return !current
        ? 'no current tag'
        : current.version
            ? "the current tag's"
            : 'the current tag is not a version';
}
function describePrecision(selection, policy) {
    const n = selection.components;
    if (n !== undefined) {
        const count = `precision ${n} component${n === 1 ? '' : 's'}`;
        return policy.precision === 'auto' ? `${count} (auto: the current tag's)` : count;
    }
    if (policy.precision !== 'auto')
        return 'any precision';
    return selection.current?.version
        ? "any precision (auto: the newest release has no tag of the current tag's precision)"
        : `any precision (auto: ${autoSource(selection)})`;
}
/** Each scanned reference's current tag and, when it moves, the chosen tag, read. */
function explainScan(results) {
    const rows = [['FILE:LINE', '', ...HEADER]];
    const unread = [];
    const held = [];
    for (const result of results) {
        const where = `${(0,print/* printable */.g$)(result.reference.file)}:${result.reference.line}`;
        if (!result.currentVersion) {
            unread.push(`${where}: ${unreadWhy(result)}`);
            continue;
        }
        rows.push([where, 'current', ...readingCells(result.currentVersion)]);
        if (result.chosenVersion)
            rows.push(['', 'chosen', ...readingCells(result.chosenVersion)]);
        for (const line of passedOver(result.held))
            held.push(`${where}: ${line}`);
    }
    const table = rows.length > 1 ? (0,print/* alignColumns */.RM)(rows) : [];
    return ['How the tags were read:', ...table, ...unread, ...held, ''].join('\n');
}
/** Why a reference has no reading: the check's note, or that its image failed. */
function unreadWhy(result) {
    if (result.error)
        return `${result.current || '-'}: not read (the image could not be checked)`;
    return (0,print/* printable */.g$)(result.note ?? `${result.current}: not read as a version`);
}
/** --json --explain: a row's readings. */
function scanExplanation(result) {
    return {
        current: result.currentVersion ? readingJson(result.currentVersion) : null,
        chosen: result.chosenVersion ? readingJson(result.chosenVersion) : null,
        ...(result.held?.length && { held: result.held })
    };
}
/** Newer tags passed over (not LTS) or held by the cooldown, each with why (issue 19). */
function passedOver(held) {
    return (held ?? []).map(h => (0,print/* printable */.g$)(`Passed over ${h.tag}: ${h.reason}.`));
}


/***/ }),

/***/ 9381:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CI: () => (/* binding */ formatReport),
/* harmony export */   D7: () => (/* binding */ stderrLogger),
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   Gg: () => (/* binding */ formatRepositoriesJson),
/* harmony export */   IB: () => (/* binding */ formatJson),
/* harmony export */   RM: () => (/* binding */ alignColumns),
/* harmony export */   Wz: () => (/* binding */ formatRepositories),
/* harmony export */   _3: () => (/* binding */ formatTag),
/* harmony export */   g$: () => (/* binding */ printable),
/* harmony export */   n2: () => (/* binding */ notAVersion)
/* harmony export */ });
/* unused harmony export NEWEST_SHOWN */
/* harmony import */ var _outputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1853);
/* harmony import */ var _repositories_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(539);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8286);
/* harmony import */ var _registry_platform_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8688);
/* harmony import */ var _versions_parse_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(942);
/* harmony import */ var _text_escape_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7388);






/** Rows of newest passing tags the terminal table shows. */
const NEWEST_SHOWN = 10;
/**
 * `--json`: the action's outputs, the same names and string values, as one
 * object; `extra` adds what the outputs do not have (`--explain`'s reading).
 */
function formatJson(result, current, extra = {}) {
    return `${JSON.stringify({ ...(0,_outputs_js__WEBPACK_IMPORTED_MODULE_0__/* .lookupOutputs */ .F9)(result, current), ...extra }, null, 2)}\n`;
}
/** Repositories mode as JSON: the action's outputs. */
function formatRepositoriesJson(result) {
    return `${JSON.stringify((0,_outputs_js__WEBPACK_IMPORTED_MODULE_0__/* .repositoriesOutputs */ .J0)(result), null, 2)}\n`;
}
/** One name a line (all of them), then, on a terminal, how many of how many. */
function formatRepositories(result, terminal) {
    const lines = [...result.repositories];
    if (terminal) {
        lines.push('', `${result.repositories.length} of ${result.total} repositories of ${(0,_repositories_js__WEBPACK_IMPORTED_MODULE_1__/* .describeTarget */ .ff)(result.target)} pass the filters` +
            (result.dropped > 0 ? ` (${result.dropped} invalid names dropped)` : ''));
    }
    return `${lines.join('\n')}\n`;
}
/** The chosen tag alone: what a script reads when stdout is not a terminal. */
function formatTag(result) {
    return `${result.chosen.tag}\n`;
}
/** The chosen tag, then what a person at a terminal wants to know about it. */
function formatReport(result, request = {}) {
    return [
        result.chosen.tag,
        '',
        ...alignColumns(facts(result, request)),
        '',
        ...newestTable(result),
        ''
    ].join('\n');
}
function facts(result, request) {
    const { selection, chosen } = result;
    const rows = [['image', (0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .displayName */ .QC)(result.image)]];
    const current = selection.current;
    if (current)
        rows.push(['current', updateState(current, chosen.tag)]);
    rows.push(['digest', result.digest]);
    if (result.platformDigest && request.platform) {
        rows.push([(0,_registry_platform_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPlatform */ .Bq)(request.platform), result.platformDigest]);
    }
    rows.push(['reference', result.reference]);
    const dropped = result.dropped > 0 ? `; ${result.dropped} invalid tag names dropped` : '';
    rows.push([
        'tags',
        `${selection.passing.length} of ${selection.total} pass the filters${dropped}`
    ]);
    const quota = result.rateLimit;
    if (quota) {
        const window = quota.windowSeconds ? ` per ${quota.windowSeconds / 3600} h` : '';
        rows.push(['pull quota', `${quota.remaining} of ${quota.limit} left${window}`]);
    }
    return [...rows, ...releaseFacts(result)];
}
/** The chosen tag's release date and the tags passed over (issue 19), as fact rows. */
function releaseFacts(result) {
    const rows = [];
    if (result.released?.date) {
        rows.push(['released', printable(`${result.released.date} (${result.released.source})`)]);
    }
    for (const held of result.held ?? []) {
        rows.push(['passed over', printable(`${held.tag}: ${held.reason}`)]);
    }
    return rows;
}
function updateState(current, chosen) {
    if (!current.version)
        return notAVersion(current);
    if (!current.update)
        return `${current.tag} is up to date`;
    const newer = current.newer.length;
    return `${current.tag} → ${chosen} (${current.update} update; ${newer} newer tag${newer === 1 ? '' : 's'})`;
}
/** `latest is not a version`, with the reason when it says more. */
function notAVersion(current) {
    const reason = current.reason === 'not a version' ? '' : ` (${current.reason})`;
    return `${current.tag} is not a version${reason}`;
}
function newestTable(result) {
    const { passing } = result.selection;
    const current = result.selection.current;
    const newer = new Set(current?.version ? current.newer.map(v => v.tag) : []);
    const mark = (tag) => (tag === current?.tag ? 'current' : newer.has(tag) ? 'newer' : '');
    const rows = passing
        .slice(0, NEWEST_SHOWN)
        .map(v => [v.tag, (0,_versions_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .formatVersion */ .qh)(v), v.variant || '-', mark(v.tag)]);
    const lines = alignColumns([['TAG', 'VERSION', 'VARIANT', ''], ...rows]);
    const more = passing.length - NEWEST_SHOWN;
    if (more > 0)
        lines.push(`… and ${more} more passing tag${more === 1 ? '' : 's'}`);
    return lines;
}
/** Left-aligned columns two spaces apart, without trailing blanks. */
function alignColumns(rows) {
    const widths = [];
    for (const row of rows) {
        row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, [...cell].length)));
    }
    return rows.map(row => row
        .map((cell, i) => cell + ' '.repeat(widths[i] - [...cell].length))
        .join('  ')
        .trimEnd());
}
/** The engine's log on stderr; `write` must already redact secrets. Warnings always show. */
function stderrLogger(write, options) {
    return {
        debug: message => {
            if (options.verbose)
                write(`debug: ${message}`);
        },
        info: message => {
            if (options.progress)
                write(message);
        },
        warning: message => write(`warning: ${message}`)
    };
}
/** Replaces every secret in `text`, longest first so a secret inside another is not half shown. */
function redact(text, secrets) {
    const sorted = [...new Set(secrets)].filter(Boolean).sort((a, b) => b.length - a.length);
    let out = text;
    for (const secret of sorted)
        out = out.split(secret).join('***');
    return out;
}
/**
 * Text from the user's disk (file names) or a server as one line that shows
 * what it holds: a control character or a reordering mark becomes its escape
 * (`\x1b`, `\u202e`), so a name cannot move the cursor or recolour the
 * terminal, nor disguise itself (src/text/escape.ts).
 */
function printable(text) {
    return (0,_text_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .showControls */ .mz)(text);
}


/***/ }),

/***/ 5008:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  v: () => (/* binding */ setUpRun)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/files/default-globs.ts
var default_globs = __webpack_require__(2872);
;// CONCATENATED MODULE: ./src/pull-inputs.ts
/**
 * The inputs that shape pull requests (issue 19): `release-notes`,
 * `labels` and `reviewers`. Each throws a UsageError naming the input.
 * Pure; inputs.ts reads them with the rest of `update-files`.
 */

/** GitHub's longest label name. */
const MAX_LABEL = 50;
const MAX_ITEMS = 100;
const USER_RE = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const TEAM_RE = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
function parsePullRequestInputs(get, pullRequest) {
    const labels = listOf(get, 'labels');
    const reviewers = listOf(get, 'reviewers').map(r => r.replace(/^@/, ''));
    for (const name of ['labels', 'reviewers']) {
        if ((name === 'labels' ? labels : reviewers).length && !pullRequest) {
            throw new errors/* UsageError */.e(name, "applies to pull requests; set 'pull-request: true' too.");
        }
    }
    for (const label of labels) {
        // eslint-disable-next-line no-control-regex
        if (label.length > MAX_LABEL || /[\u0000-\u001f\u007f]/.test(label)) {
            throw new errors/* UsageError */.e('labels', `'${label.slice(0, 60)}' is not a label name (at most ${MAX_LABEL} printable characters).`);
        }
    }
    for (const reviewer of reviewers) {
        if (!USER_RE.test(reviewer) && !TEAM_RE.test(reviewer)) {
            throw new errors/* UsageError */.e('reviewers', `'${reviewer.slice(0, 120)}' is neither a user name (octocat) nor a team (org/team-slug).`);
        }
    }
    return { releaseNotes: flag(get, 'release-notes'), labels, reviewers };
}
/** Comma- or newline-separated, trimmed, empty items and repeats left out. */
function listOf(get, name) {
    const items = [
        ...new Set(get(name)
            .split(/[,\n]/)
            .map(s => s.trim())
            .filter(Boolean))
    ];
    if (items.length > MAX_ITEMS)
        throw new errors/* UsageError */.e(name, `names ${items.length}; at most ${MAX_ITEMS}.`);
    return items;
}
function flag(get, name) {
    const value = get(name).trim().toLowerCase();
    if (value === '' || value === 'true')
        return true;
    if (value === 'false')
        return false;
    throw new errors/* UsageError */.e(name, `'${value}' is not 'true' or 'false'.`);
}

// EXTERNAL MODULE: ./src/registry/platform.ts
var registry_platform = __webpack_require__(8688);
;// CONCATENATED MODULE: ./src/inputs.ts
/**
 * Single inputs read and checked: switches, the timeouts, credentials,
 * platform and what goes with `update-files`. Each throws a UsageError
 * naming the input. Pure; options.ts puts them together.
 */



const DEFAULT_TIMEOUT_S = 300;
const MAX_TIMEOUT_S = 6 * 3600;
const DEFAULT_REQUEST_TIMEOUT_MS = 20_000;
/** Inputs that only mean something when files are rewritten. */
const UPDATE_ONLY_INPUTS = ['pin-digest', 'pull-request', 'group'];
/** `defaults`: the globs read when `update-files` is not given (`image: auto`). */
function parseUpdateInputs(get, env, defaults = '') {
    const patterns = get('update-files').trim() || defaults;
    if (!patterns) {
        parsePullRequestInputs(get, false);
        for (const name of UPDATE_ONLY_INPUTS) {
            if (bool(get, name)) {
                throw new errors/* UsageError */.e(name, "applies when files are rewritten; give 'update-files' (the files that reference the image).");
            }
        }
        return undefined;
    }
    return {
        patterns,
        workspace: env['GITHUB_WORKSPACE'] || '.',
        pinDigest: bool(get, 'pin-digest'),
        pullRequest: bool(get, 'pull-request'),
        group: bool(get, 'group'),
        pulls: parsePullRequestInputs(get, bool(get, 'pull-request'))
    };
}
function parseCredentials(get) {
    const password = get('password');
    const username = optional(get, 'username');
    if (password && !username) {
        throw new errors/* UsageError */.e('username', "is empty but 'password' is set; give the user name the password belongs to.");
    }
    if (username && !password) {
        throw new errors/* UsageError */.e('password', `is empty but 'username' is set to '${username}'; give its password or token.`);
    }
    const githubToken = optional(get, 'github-token');
    return {
        ...(username && { username, password }),
        dockerConfig: bool(get, 'docker-config', true),
        ...(githubToken && { githubToken })
    };
}
function parsePlatformInput(get) {
    const text = optional(get, 'platform');
    if (!text)
        return undefined;
    const platform = (0,registry_platform/* parsePlatform */.Y8)(text);
    if (!platform) {
        throw new errors/* UsageError */.e('platform', `'${text}' is not os/arch[/variant], e.g. linux/amd64 or linux/arm64.`);
    }
    return platform;
}
function parseTimeout(get) {
    const text = optional(get, 'timeout');
    if (text === undefined)
        return DEFAULT_TIMEOUT_S;
    const seconds = Number(text);
    if (!/^\d+(\.\d+)?$/.test(text) || seconds <= 0 || seconds > MAX_TIMEOUT_S) {
        throw new errors/* UsageError */.e('timeout', `'${text}' is not a number of seconds between 1 and ${MAX_TIMEOUT_S} (default ${DEFAULT_TIMEOUT_S}).`);
    }
    return seconds;
}
/** Tests shorten the per-request timeout; the contract has only the step's `timeout`. */
function requestTimeout(env) {
    const ms = Number(env['REGISTRY_TAGS_REQUEST_TIMEOUT_MS'] || DEFAULT_REQUEST_TIMEOUT_MS);
    return Number.isFinite(ms) && ms > 0 ? ms : DEFAULT_REQUEST_TIMEOUT_MS;
}
function bool(get, name, fallback = false) {
    const value = get(name).trim().toLowerCase();
    if (value === '')
        return fallback;
    if (value === 'false')
        return false;
    if (value === 'true')
        return true;
    throw new errors/* UsageError */.e(name, `'${value}' is not 'true' or 'false'.`);
}
function optional(get, name) {
    return get(name).trim() || undefined;
}

// EXTERNAL MODULE: ./src/reference.ts
var reference = __webpack_require__(8286);
// EXTERNAL MODULE: ./src/repositories.ts
var repositories = __webpack_require__(539);
;// CONCATENATED MODULE: ./src/versions/pattern.ts

let engine;
/**
 * Loads re2js (a quarter of a megabyte, ~11 ms to load): only runs whose
 * inputs have a pattern pay for it, so the action's cold start does not.
 * Must be awaited before `compilePattern`.
 */
async function loadPatternEngine() {
    engine ??= (await __webpack_require__.e(/* import() */ 856).then(__webpack_require__.bind(__webpack_require__, 2856))).RE2JS;
}
function re2() {
    if (!engine)
        throw new Error('internal error: loadPatternEngine() was not awaited');
    return engine;
}
/** Constructs RE2 refuses that users bring from JavaScript or PCRE, with the reason. */
const UNSUPPORTED = [
    [/\(\?<?[=!]/, 'lookaround ((?=…), (?!…), (?<=…), (?<!…)) is not supported'],
    [/\\[1-9]|\\k</, 'backreferences (\\1, \\k<name>) are not supported']
];
function syntaxHint(source) {
    const found = UNSUPPORTED.find(([construct]) => construct.test(source));
    return found ? found[1] : 'see https://github.com/google/re2/wiki/Syntax';
}
/** Compiles `source`; an error names the input and says RE2 syntax is used. */
function compilePattern(input, source) {
    let re;
    try {
        re = re2().compile(source);
    }
    catch (error) {
        const detail = error.message.replace(/^error parsing regexp: /, '');
        throw new errors/* UsageError */.e(input, `'${source}' is not a valid regular expression: ${detail}. Patterns use RE2 syntax ` +
            `(no lookaround or backreferences): ${syntaxHint(source)}.`);
    }
    const groupNames = Object.keys(re.namedGroups());
    return {
        source,
        groupNames,
        test: text => re.test(text),
        match: text => {
            const matcher = re.matcher(text);
            if (!matcher.find())
                return null;
            const groups = {};
            for (const name of groupNames) {
                const value = matcher.group(name);
                if (value !== null)
                    groups[name] = value;
            }
            return { groups };
        }
    };
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./src/versions/policy.ts
/**
 * The tag policy: the filter inputs compiled once, with errors that name the
 * input. Pure; the entry reads the inputs and passes strings here.
 */



function variantRule(value) {
    const v = (value ?? '').trim();
    if (v === '' || v === 'auto')
        return { kind: 'auto' };
    if (v === '*')
        return { kind: 'any' };
    if (v.length > 2 && v.startsWith('/') && v.endsWith('/')) {
        return { kind: 'regex', pattern: compilePattern('variant', v.slice(1, -1)) };
    }
    if (!/^[\w][\w.-]*$/.test(v)) {
        throw new errors/* UsageError */.e('variant', `'${v}' is not a tag suffix. Use a suffix such as 'alpine', 'auto', '*', or '/regex/'.`);
    }
    return { kind: 'exact', value: v };
}
function buildPolicy(inputs) {
    const precision = (inputs.precision?.trim() || 'auto');
    if (!['same', 'any', 'auto'].includes(precision)) {
        throw new errors/* UsageError */.e('precision', `'${inputs.precision}' is not one of 'same', 'any' or 'auto'.`);
    }
    const range = inputs.range?.trim();
    if (range && semver_default().validRange(range) === null) {
        throw new errors/* UsageError */.e('range', `'${range}' is not a semver range. Examples: '^3.12', '~1.4', '>=2 <3', '3.x'.`);
    }
    const filterText = inputs.filter?.trim();
    const excludeText = inputs.exclude?.trim();
    const filter = filterText ? compilePattern('filter', filterText) : undefined;
    return {
        ...(filter && { filter }),
        versionGroup: filter?.groupNames.includes('version') ?? false,
        ...(excludeText && { exclude: compilePattern('exclude', excludeText) }),
        ...(range && { range }),
        variant: variantRule(inputs.variant),
        precision,
        prerelease: inputs.prerelease ?? false
    };
}

// EXTERNAL MODULE: ./src/release/options.ts
var options = __webpack_require__(4707);
;// CONCATENATED MODULE: ./src/options.ts
/**
 * What one run is asked to do, as typed options: parsed from the action's
 * inputs or the command line's flags by the same pure function, which
 * throws a UsageError naming the input (or flag) and what to fix.
 */









/** Whether an input holds a regular expression: `filter`, `exclude`, and `variant` written `/…/`. */
function hasPattern(get) {
    const variant = get('variant').trim();
    return Boolean(get('filter').trim() || get('exclude').trim() || /^\/.+\/$/.test(variant));
}
/**
 * What the front ends call: `parseInputs`, after loading the pattern engine
 * when an input holds a pattern (so that runs without one never load it).
 */
async function readInputs(get, env = {}) {
    if (hasPattern(get))
        await loadPatternEngine();
    return parseInputs(get, env);
}
/** Pure and synchronous; patterns need `loadPatternEngine()` first (readInputs does it). */
function parseInputs(get, env = {}) {
    const run = {
        credentials: parseCredentials(get),
        insecure: bool(get, 'insecure'),
        timeoutMs: parseTimeout(get) * 1000,
        requestTimeoutMs: requestTimeout(env)
    };
    const imageText = get('image').trim();
    const repositoriesText = get('repositories').trim();
    if (imageText && repositoriesText) {
        throw new errors/* UsageError */.e('repositories', "and 'image' are both set; give 'image' to look up an image's tags, or 'repositories' to list repositories.");
    }
    if (repositoriesText)
        return parseRepositoriesInputs(get, repositoriesText, run);
    if (imageText === 'auto')
        return parseAutoInputs(get, run, env);
    if (!imageText) {
        throw new errors/* UsageError */.e('image', "is required: give an image such as `python`, `python:3.12-slim` or `ghcr.io/owner/app` (or 'repositories' to list repositories).");
    }
    return parseImageInputs(get, imageText, run, env);
}
function parseImageInputs(get, imageText, run, env) {
    const image = (0,reference/* parseReference */.F2)(imageText, 'image');
    const current = optional(get, 'current') ?? image.tag;
    if (current && !(0,reference/* isValidTag */.r_)(current)) {
        throw new errors/* UsageError */.e('current', `'${current}' is not a valid tag.`);
    }
    const update = parseUpdateInputs(get, env);
    return {
        mode: 'image',
        image,
        ...(current && { current }),
        policy: parsePolicy(get),
        ...platformOf(get),
        ...(update && { update }),
        release: (0,options/* parseReleaseInputs */.Ah)(get),
        ...run
    };
}
function parseAutoInputs(get, run, env) {
    // Without update-files: the documented default globs, which cover every format read.
    const update = parseUpdateInputs(get, env, default_globs/* DEFAULT_UPDATE_FILES */.M);
    if (optional(get, 'current')) {
        throw new errors/* UsageError */.e('current', "does not apply to 'image: auto': each reference in the files has its own current tag.");
    }
    if (optional(get, 'platform')) {
        throw new errors/* UsageError */.e('platform', "does not apply to 'image: auto': the files' references are pinned to their tags' digests (an index for a multi-platform image).");
    }
    if (run.credentials.username) {
        throw new errors/* UsageError */.e('username', "does not apply to 'image: auto': the files may name several registries, and a password must go only to its own. Log in to each private registry first (docker/login-action, or `docker login`); its credentials are read from the docker config, per registry.");
    }
    return {
        mode: 'auto',
        policy: parsePolicy(get),
        update,
        release: (0,options/* parseReleaseInputs */.Ah)(get),
        ...run
    };
}
function platformOf(get) {
    const platform = parsePlatformInput(get);
    return platform ? { platform } : {};
}
function parsePolicy(get) {
    return buildPolicy({
        filter: optional(get, 'filter'),
        exclude: optional(get, 'exclude'),
        range: optional(get, 'range'),
        variant: optional(get, 'variant'),
        precision: optional(get, 'precision'),
        prerelease: bool(get, 'prerelease')
    });
}
/** Inputs that choose among tags; repositories mode has names, not tags. */
const TAG_ONLY_INPUTS = ['current', 'range', 'platform', 'prerelease'];
function parseRepositoriesInputs(get, text, run) {
    const target = (0,repositories/* parseRepositoriesTarget */.$B)(text);
    if (get('update-files').trim()) {
        throw new errors/* UsageError */.e('update-files', "rewrites references to an image; with 'repositories' there is no image to rewrite. Give 'image' (or 'image: auto') instead.");
    }
    for (const name of TAG_ONLY_INPUTS) {
        if (optional(get, name) && !(name === 'prerelease' && !bool(get, name))) {
            throw new errors/* UsageError */.e(name, "chooses among tags; with 'repositories' only 'filter' and 'exclude' apply (to repository names).");
        }
    }
    refuseReleaseInputs(get);
    const policy = buildPolicy({ filter: optional(get, 'filter'), exclude: optional(get, 'exclude') });
    return {
        mode: 'repositories',
        target,
        ...(policy.filter && { filter: policy.filter }),
        ...(policy.exclude && { exclude: policy.exclude }),
        ...run
    };
}
/**
 * The release rules choose among tags; repositories mode lists names. Their
 * defaults (what action.yml passes when they are not set) are no request.
 */
function refuseReleaseInputs(get) {
    const release = (0,options/* parseReleaseInputs */.Ah)(get);
    const asked = release.cooldown
        ? 'minimum-release-age'
        : release.lts !== 'auto'
            ? 'lts'
            : undefined;
    if (asked) {
        throw new errors/* UsageError */.e(asked, "chooses among an image's tags; with 'repositories' only 'filter' and 'exclude' apply (to repository names).");
    }
}

// EXTERNAL MODULE: ./src/cli/print.ts
var print = __webpack_require__(9381);
;// CONCATENATED MODULE: ./src/cli/setup.ts


async function setUpRun(command, password, context, env) {
    context.useRedact(print/* redact */.E$);
    // ghcr.io is asked with the token a shell already has (owners' packages, and its images).
    const githubToken = env['GITHUB_TOKEN'] || env['GH_TOKEN'] || '';
    if (githubToken)
        context.secrets.push(githubToken);
    const options = await readInputs(name => name === 'password'
        ? password
        : name === 'github-token'
            ? githubToken
            : (command.inputs[name] ?? ''), env);
    const log = (0,print/* stderrLogger */.D7)(context.printError, {
        progress: Boolean(process.stderr.isTTY) || command.verbose,
        verbose: command.verbose
    });
    return { options, log, onSecret: secret => void context.secrets.push(secret) };
}


/***/ }),

/***/ 1333:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DJ: () => (/* binding */ credentialSecrets),
/* harmony export */   E6: () => (/* binding */ ANONYMOUS),
/* harmony export */   YY: () => (/* binding */ basicLogin),
/* harmony export */   ZA: () => (/* binding */ credentialId),
/* harmony export */   ny: () => (/* binding */ TOKEN_USERNAME),
/* harmony export */   t8: () => (/* binding */ describeCredential),
/* harmony export */   uZ: () => (/* binding */ basicValue)
/* harmony export */ });
/* unused harmony export basicHeader */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

const ANONYMOUS = { kind: 'anonymous' };
/** docker-credential-helpers' and the token GET's user name for an identity token. */
const TOKEN_USERNAME = '<token>';
/** The value after `Basic `: base64 of `user:password`. A secret in its own right. */
function basicValue(username, password) {
    return Buffer.from(`${username}:${password}`).toString('base64');
}
function basicHeader(username, password) {
    return `Basic ${basicValue(username, password)}`;
}
/** The user name and secret a credential sends as Basic (to a registry or a token GET), if any. */
function basicLogin(credential) {
    if (credential.kind === 'basic')
        return [credential.username, credential.password];
    if (credential.kind === 'identity-token')
        return [credential.username ?? TOKEN_USERNAME, credential.token];
    return undefined;
}
/** Every string that must never appear in a log: the secret and the Basic value derived from it. */
function credentialSecrets(credential) {
    if (credential.kind === 'anonymous')
        return [];
    const login = basicLogin(credential);
    const secret = credential.kind === 'basic' ? credential.password : credential.token;
    return [secret, ...(login ? [basicValue(...login)] : [])].filter(s => s.length > 0);
}
/**
 * Which credential this is, for cache keys: two credentials with the same
 * user name and another secret must not share tokens or sessions. The
 * secret is hashed so the key can be kept and compared without holding it.
 */
function credentialId(credential) {
    if (credential.kind === 'anonymous')
        return 'anonymous';
    const username = credential.kind === 'bearer' ? '' : (credential.username ?? '');
    const secret = credential.kind === 'basic' ? credential.password : credential.token;
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`${username}\0${secret}`).digest('hex').slice(0, 32);
    return `${credential.kind}:${username}:${digest}`;
}
function describeCredential(credential) {
    return credential.kind === 'anonymous'
        ? 'no credentials (anonymous)'
        : `credentials from ${credential.source}`;
}


/***/ }),

/***/ 4261:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N: () => (/* binding */ Engine)
});

// UNUSED EXPORTS: MAX_CREDENTIAL_LOOKUPS

// EXTERNAL MODULE: ./src/credentials/credential.ts
var credentials_credential = __webpack_require__(1333);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/reference.ts
var reference = __webpack_require__(8286);
;// CONCATENATED MODULE: ./src/credentials/docker-config.ts
/**
 * The docker CLI's config file, as `docker login` and docker/login-action
 * write it (docker/cli cli/config): where it is, and which entry serves a
 * registry.
 */




/** The config file could not be used; says which file and why. */
class CredentialError extends errors/* ActionError */.l {
}
/** Docker Hub's key in the config, for historical reasons. */
const HUB_CONFIG_KEY = 'https://index.docker.io/v1/';
const HUB_HOSTS = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
/** `$DOCKER_CONFIG/config.json` (a directory), else `~/.docker/config.json`. */
function configPath(env) {
    if (env['DOCKER_CONFIG'])
        return (0,external_node_path_.join)(env['DOCKER_CONFIG'], 'config.json');
    const home = env['HOME'] || env['USERPROFILE'];
    return home ? (0,external_node_path_.join)(home, '.docker', 'config.json') : undefined;
}
/** The parsed file, or undefined when there is none. */
function readDockerConfig(path) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw new CredentialError(`Could not read the docker config ${path}: ${error.message}.`);
    }
    try {
        const json = JSON.parse(text);
        if (json && typeof json === 'object')
            return json;
    }
    catch {
        // reported below
    }
    throw new CredentialError(`The docker config ${path} is not valid JSON. Fix or remove it, or set 'docker-config: false'.`);
}
/** The key `docker login` stores a registry under. */
function configKey(registry) {
    return HUB_HOSTS.has(registry) || registry === reference/* DOCKER_HUB */.Xb ? HUB_CONFIG_KEY : registry;
}
/** `https://host:5000/v1/` → `host:5000` (docker's ConvertToHostname). */
function keyHostname(key) {
    const bare = key.replace(/^[a-z]+:\/\//i, '');
    return bare.split('/')[0];
}
function sameRegistry(key, registry) {
    const host = keyHostname(key);
    return host === registry || (HUB_HOSTS.has(host) && HUB_HOSTS.has(registry));
}
/** The `auths` entry for a registry: the exact key, else a legacy key with the same host. */
function findAuth(config, registry) {
    const auths = config.auths ?? {};
    const exact = configKey(registry);
    if (auths[exact])
        return { key: exact, entry: auths[exact] };
    const key = Object.keys(auths).find(k => sameRegistry(k, registry));
    return key ? { key, entry: auths[key] } : undefined;
}
/** `credHelpers[registry]` wins over `credsStore` (getConfiguredCredentialStore). */
function helperFor(config, registry) {
    const helpers = config.credHelpers ?? {};
    const key = Object.keys(helpers).find(k => k === configKey(registry) || sameRegistry(k, registry));
    if (key && helpers[key])
        return { name: helpers[key], from: 'credHelpers' };
    if (config.credsStore)
        return { name: config.credsStore, from: 'credsStore' };
    return undefined;
}
/** base64 `user:password`, split at the first colon, NULs trimmed (decodeAuth). */
function decodeAuth(auth) {
    const text = Buffer.from(auth, 'base64').toString('utf8');
    const colon = text.indexOf(':');
    const username = (colon < 0 ? '' : text.slice(0, colon)).replace(/\0+$/, '');
    if (!username)
        throw new CredentialError("an 'auth' entry in the docker config is not base64 of user:password");
    return { username, password: text.slice(colon + 1).replace(/\0+$/, '') };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/credentials/helper.ts
/**
 * docker-credential-helpers: `docker-credential-<name> get`, the server URL
 * on stdin, `{"ServerURL","Username","Secret"}` on stdout.
 */


const NOT_FOUND = /credentials not found/i;
/** What a failing helper said, for the error; never a line that may carry its answer's secret. */
function firstLine(output) {
    const line = output.trim().split('\n')[0]?.slice(0, 200);
    return line && /secret/i.test(line) ? '(output withheld: it may hold a secret)' : line;
}
/** Undefined when the helper has nothing for this server; throws when it is missing, fails or hangs. */
function runCredentialHelper(name, serverUrl, timeoutMs = 10_000, env = process.env) {
    const program = `docker-credential-${name}`;
    return new Promise((resolve, reject) => {
        // Its own process group, so that a hung helper and anything it started can be killed together.
        const child = (0,external_node_child_process_.spawn)(program, ['get'], { env, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
        let stdout = '';
        let stderr = '';
        const timer = setTimeout(() => {
            killGroup(child);
            reject(new CredentialError(`The credential helper ${program} did not answer within ${timeoutMs / 1000} s.`));
        }, timeoutMs);
        child.stdout.on('data', d => (stdout += d));
        child.stderr.on('data', d => (stderr += d));
        child.on('error', error => {
            clearTimeout(timer);
            reject(spawnFailure(name, program, error));
        });
        child.on('close', code => {
            clearTimeout(timer);
            try {
                resolve(readAnswer(program, code, stdout, stderr));
            }
            catch (error) {
                reject(error);
            }
        });
        child.stdin.on('error', () => undefined);
        child.stdin.end(serverUrl);
    });
}
/** Kills a hung helper with everything it started, and lets this process exit without it. */
function killGroup(child) {
    try {
        process.kill(-child.pid, 'SIGKILL');
    }
    catch {
        child.kill('SIGKILL');
    }
    child.stdout.destroy();
    child.stderr.destroy();
    child.unref();
}
function spawnFailure(name, program, error) {
    const missing = error.code === 'ENOENT';
    return new CredentialError(missing
        ? `The docker config names the credential helper '${name}', but ${program} is not on PATH. Install it, or set 'docker-config: false'.`
        : `The credential helper ${program} could not run: ${error.message}.`);
}
/** What the helper's exit and output mean: a secret, nothing for this server, or an error (thrown). */
function readAnswer(program, code, stdout, stderr) {
    if (code !== 0) {
        if (NOT_FOUND.test(stdout) || NOT_FOUND.test(stderr))
            return undefined;
        const said = firstLine(stderr || stdout);
        throw new CredentialError(`The credential helper ${program} failed (exit ${code})${said ? `: ${said}` : ''}.`);
    }
    let json;
    try {
        json = JSON.parse(stdout);
    }
    catch {
        throw new CredentialError(`The credential helper ${program} did not answer with JSON.`);
    }
    if (!json.Secret)
        return undefined;
    return { username: json.Username ?? '', secret: json.Secret };
}

;// CONCATENATED MODULE: ./src/credentials/resolve.ts



/** Azure ACR: this user name says the password is a refresh token (AAD-OAuth.md). */
const ACR_REFRESH_USERNAME = '00000000-0000-0000-0000-000000000000';
/** A user name and secret, or a refresh token when the user name says so. */
function userSecret(username, secret, source) {
    if (username === credentials_credential/* TOKEN_USERNAME */.ny || username === ACR_REFRESH_USERNAME) {
        return {
            kind: 'identity-token',
            token: secret,
            ...(username !== credentials_credential/* TOKEN_USERNAME */.ny && { username }),
            source
        };
    }
    return { kind: 'basic', username, password: secret, source };
}
async function resolveCredential(ref, inputs, onSecret) {
    // Each secret once: every call becomes a mask command in the runner's log.
    const masked = new Set();
    const mask = (secret) => {
        if (secret && !masked.has(secret))
            onSecret(secret);
        masked.add(secret);
    };
    for (const input of [inputs.password, inputs.githubToken])
        if (input)
            mask(input);
    const credential = await findCredential(ref, inputs, mask);
    for (const secret of (0,credentials_credential/* credentialSecrets */.DJ)(credential))
        mask(secret);
    return credential;
}
async function findCredential(ref, inputs, onSecret) {
    if (inputs.username && inputs.password) {
        return userSecret(inputs.username, inputs.password, "the 'username' and 'password' inputs");
    }
    if (inputs.dockerConfig) {
        const fromConfig = await fromDockerConfig(ref, inputs, onSecret);
        if (fromConfig)
            return fromConfig;
    }
    if (ref.registry === 'ghcr.io' && inputs.githubToken) {
        return {
            kind: 'basic',
            username: inputs.env['GITHUB_ACTOR'] || 'github-actions',
            password: inputs.githubToken,
            source: "the 'github-token' input"
        };
    }
    return credentials_credential/* ANONYMOUS */.E6;
}
async function fromDockerConfig(ref, inputs, onSecret) {
    const path = configPath(inputs.env);
    const config = path ? readDockerConfig(path) : undefined;
    if (!path || !config)
        return undefined;
    const helper = helperFor(config, ref.registry);
    if (helper)
        return fromHelper(ref, helper, path, inputs, onSecret);
    const found = findAuth(config, ref.registry);
    if (!found)
        return undefined;
    const { entry, key } = found;
    const source = `the docker config ${path} (auths["${key}"])`;
    // Masked even when another field wins: all of them are secrets the file holds.
    for (const secret of [entry.auth, entry.password, entry.identitytoken, entry.registrytoken])
        if (secret)
            onSecret(secret);
    if (entry.registrytoken)
        return { kind: 'bearer', token: entry.registrytoken, source };
    const decoded = entry.auth ? decodeAuth(entry.auth) : undefined;
    if (decoded)
        onSecret(decoded.password);
    const username = decoded?.username || entry.username;
    if (entry.identitytoken)
        return {
            kind: 'identity-token',
            token: entry.identitytoken,
            ...(username && { username }),
            source
        };
    const password = decoded?.password ?? entry.password;
    if (username && password)
        return userSecret(username, password, source);
    return undefined;
}
async function fromHelper(ref, helper, path, inputs, onSecret) {
    const found = await runCredentialHelper(helper.name, configKey(ref.registry), inputs.helperTimeoutMs, inputs.env);
    if (!found)
        return undefined;
    onSecret(found.secret);
    const source = `docker-credential-${helper.name} (${helper.from} in ${path})`;
    return userSecret(found.username, found.secret, source);
}

// EXTERNAL MODULE: ./src/repositories.ts
var repositories = __webpack_require__(539);
// EXTERNAL MODULE: ./src/lookup.ts + 7 modules
var lookup = __webpack_require__(6787);
// EXTERNAL MODULE: ./src/registry/api.ts + 1 modules
var api = __webpack_require__(2871);
// EXTERNAL MODULE: ./src/registry/pager.ts
var pager = __webpack_require__(6264);
// EXTERNAL MODULE: ./src/transport/deadline.ts
var transport_deadline = __webpack_require__(2301);
;// CONCATENATED MODULE: ./src/transport/limiter.ts

/** setTimeout fires at once beyond this (2^31 - 1 ms): longer waits are unbounded. */
const MAX_TIMER_MS = 2 ** 31 - 1;
class HostLimiter {
    maxPerKey;
    inFlight = new Map();
    queues = new Map();
    constructor(maxPerKey) {
        this.maxPerKey = maxPerKey;
        if (!(maxPerKey >= 1))
            throw new RangeError(`maxPerKey must be at least 1, not ${maxPerKey}`);
    }
    /** Requests in flight to `key` now. */
    active(key) {
        return this.inFlight.get(key) ?? 0;
    }
    /**
     * Waits for a slot for `key`. The wait counts against `deadline`: if it
     * runs out first, rejects with its DeadlineError and leaves the queue.
     */
    acquire(key, deadline = transport_deadline/* NO_DEADLINE */.ji) {
        if (this.active(key) < this.maxPerKey)
            return Promise.resolve(this.take(key));
        const doing = `waiting for a free connection to ${key}`;
        if (deadline.expired)
            return Promise.reject(deadline.error(doing));
        return new Promise((resolve, reject) => {
            const waiter = {
                grant: release => {
                    clearTimeout(timer);
                    resolve(release);
                }
            };
            const queue = this.queues.get(key) ?? [];
            queue.push(waiter);
            this.queues.set(key, queue);
            const remaining = deadline.remainingMs();
            const timer = remaining < MAX_TIMER_MS
                ? setTimeout(() => {
                    queue.splice(queue.indexOf(waiter), 1);
                    reject(deadline.error(doing));
                }, remaining)
                : undefined;
        });
    }
    take(key) {
        this.inFlight.set(key, this.active(key) + 1);
        let released = false;
        return () => {
            if (released)
                return;
            released = true;
            this.handOn(key);
        };
    }
    /** A slot came free: give it to the next in line, or count it free. */
    handOn(key) {
        const next = this.queues.get(key)?.shift();
        if (this.queues.get(key)?.length === 0)
            this.queues.delete(key);
        this.inFlight.set(key, this.active(key) - 1);
        if (next)
            next.grant(this.take(key));
        else if (this.active(key) === 0)
            this.inFlight.delete(key);
    }
}
/**
 * Holds one of `limiter`'s slots for the request's key while the exchange
 * under it runs, its body read included; the wait for a slot counts against
 * `deadline`.
 */
function withSlot(limiter, keyOf, deadline) {
    return inner => async (request) => {
        const release = await limiter.acquire(keyOf(request), deadline);
        try {
            return await inner(request);
        }
        finally {
            release();
        }
    };
}

// EXTERNAL MODULE: ./src/transport/body.ts
var transport_body = __webpack_require__(2357);
// EXTERNAL MODULE: ./src/transport/errors.ts
var transport_errors = __webpack_require__(9854);
// EXTERNAL MODULE: ./src/transport/hosts.ts
var hosts = __webpack_require__(8514);
;// CONCATENATED MODULE: ./src/transport/attempt.ts




/**
 * Connecting and the headers share one idle period, then every body chunk
 * starts a new one; each is cut to what is left of the deadline. When the
 * watchdog fires, the socket is destroyed and the attempt fails with its
 * reason, whatever error the abort caused on the way.
 */
function singleAttempt(options) {
    const { clients, idleTimeoutMs, maxBodyBytes, deadline } = options;
    return async (request) => {
        const url = new URL(request.url);
        const what = `${request.method} ${(0,hosts/* redactUrl */.BO)(url.href)}`;
        const controller = new AbortController();
        let message;
        const watchdog = new transport_deadline/* Watchdog */.Io(idleTimeoutMs, deadline, byDeadline => {
            controller.abort(byDeadline ? deadline.error(`waiting for ${what}`) : timedOut(what, url, idleTimeoutMs));
            message?.destroy();
        });
        watchdog.restart();
        try {
            const res = await clients.send(request, url, controller.signal);
            message = res.message;
            options.onAnswered();
            watchdog.restart();
            const body = await (0,transport_body/* readCappedBody */.mW)(res.message, {
                maxBytes: Math.min(request.maxBodyBytes ?? Infinity, maxBodyBytes),
                what,
                url: url.href,
                head: request.method === 'HEAD',
                onProgress: () => watchdog.restart()
            });
            return {
                status: res.message.statusCode ?? 0,
                headers: res.message.headers,
                body,
                url: url.href
            };
        }
        catch (error) {
            if (controller.signal.aborted)
                throw controller.signal.reason;
            throw (0,transport_errors/* networkError */.x6)(error, what, url);
        }
        finally {
            watchdog.stop();
        }
    };
}
function timedOut(what, url, idleTimeoutMs) {
    return new transport_errors/* NetworkError */.Dr(`${what} timed out after ${(0,transport_deadline/* formatSeconds */.Xo)(idleTimeoutMs)}`, {
        url: url.href,
        code: 'ETIMEDOUT',
        temporary: true
    });
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 1 modules
var lib = __webpack_require__(4942);
;// CONCATENATED MODULE: ./src/transport/clients.ts
/**
 * The HTTP clients of a transport: one @actions/http-client per protocol and
 * TLS mode (it keeps one agent per client, and with it the keep-alive
 * sockets and proxy tunnels), and the request options for each exchange.
 */




class ClientPool {
    options;
    clients = new Map();
    constructor(options) {
        this.options = options;
    }
    /** Sends `request` to `url` (the scheme and host already chosen), aborted by `signal`. */
    send(request, url, signal) {
        return this.client(url).requestRaw(this.requestInfo(request, url, signal), request.body ?? null);
    }
    /**
     * Request options built here rather than by http-client: IPv6 literals lose
     * their brackets for DNS and TLS (`[::1]` is no name to resolve), and the
     * abort signal reaches the socket. The agent still comes from http-client,
     * which honours HTTPS_PROXY/NO_PROXY (a proxy tunnel wants the brackets).
     */
    requestInfo(request, url, signal) {
        const secure = url.protocol === 'https:';
        const proxied = (0,lib/* getProxyUrl */.s_)(url.href) !== '';
        return {
            parsedUrl: url,
            httpModule: secure ? external_node_https_ : external_node_http_,
            options: {
                host: proxied ? url.hostname : (0,hosts/* bareHostname */.CO)(url.hostname),
                port: url.port ? Number(url.port) : secure ? 443 : 80,
                path: url.pathname + url.search,
                method: request.method,
                headers: { 'user-agent': this.options.userAgent, ...request.headers },
                agent: this.client(url).getAgent(url.href),
                signal
            }
        };
    }
    client(url) {
        const unverified = this.options.insecureHosts.has(url.host);
        const key = `${url.protocol}${unverified ? ' unverified' : ''}`;
        let client = this.clients.get(key);
        if (!client) {
            client = new lib/* HttpClient */.Qq(this.options.userAgent, [], {
                allowRedirects: false,
                allowRetries: false,
                keepAlive: true,
                socketTimeout: this.options.socketTimeoutMs,
                ignoreSslError: unverified
            });
            this.clients.set(key, client);
        }
        return client;
    }
    dispose() {
        for (const client of this.clients.values())
            client.dispose();
    }
}

;// CONCATENATED MODULE: ./src/transport/guards.ts


/** Refuses an Authorization header over plain HTTP unless the host may use it (loopback, `insecure`). */
function refusePlainHttpCredentials(allowsPlainHttp) {
    return inner => async (request) => {
        const url = new URL(request.url);
        if (hasHeader(request.headers, 'authorization') && url.protocol === 'http:') {
            if (!allowsPlainHttp(url.host)) {
                throw new transport_errors/* UnsafeRequestError */.uP(`Refusing to send credentials over plain HTTP to ${url.host}. Use HTTPS, or set 'insecure: true' if this registry really has no TLS.`);
            }
        }
        return inner(request);
    };
}
/** Starts nothing once the deadline has passed. */
function startWithinDeadline(deadline) {
    return inner => async (request) => {
        deadline.check(`starting ${request.method} ${(0,hosts/* redactUrl */.BO)(request.url)}`);
        return inner(request);
    };
}
function hasHeader(headers, name) {
    return Object.keys(headers ?? {}).some(k => k.toLowerCase() === name);
}

// EXTERNAL MODULE: ./src/logger.ts
var logger = __webpack_require__(6999);
;// CONCATENATED MODULE: ./src/transport/redirects.ts
/**
 * Redirects, followed by the transport itself (http-client's own following
 * is off): at most five hops, each to an http(s) URL only, never from HTTPS
 * down to plain HTTP unless the target may use it, and never carrying the
 * Authorization header to another host. After the last hop the redirect
 * itself is the answer.
 */


const MAX_REDIRECTS = 5;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** Follows each redirect through `inner`, which sees every hop as a request of its own. */
function followRedirects(allowsPlainHttp) {
    return inner => async (request) => {
        let current = request;
        for (let hop = 0;; hop++) {
            const response = await inner(current);
            const location = response.headers.location;
            if (!REDIRECTS.has(response.status) || !location || hop >= MAX_REDIRECTS)
                return response;
            current = redirected(current, response.status, response.url, location, allowsPlainHttp);
        }
    };
}
/**
 * The request a redirect leads to: only to an http(s) URL, never from HTTPS
 * down to plain HTTP unless the target may use it, and without the
 * Authorization header when it leaves the host that was asked.
 */
function redirected(request, status, from, location, allowsPlainHttp) {
    const source = new URL(from);
    const to = (0,hosts/* assertFetchableUrl */._j)(resolve(location, source), `redirect from ${(0,hosts/* redactUrl */.BO)(from)} to`);
    if (to.protocol === 'http:' && source.protocol === 'https:' && !allowsPlainHttp(to.host)) {
        throw new transport_errors/* UnsafeRequestError */.uP(`${(0,hosts/* redactUrl */.BO)(from)} redirected to plain HTTP (${(0,hosts/* redactUrl */.BO)(to.href)}); refusing the downgrade.`);
    }
    const headers = { ...request.headers };
    if (to.host !== source.host) {
        for (const key of Object.keys(headers))
            if (key.toLowerCase() === 'authorization')
                delete headers[key];
    }
    const method = status === 303 ? 'GET' : request.method;
    const cap = request.maxBodyBytes;
    return { method, url: to.href, headers, ...(cap !== undefined && { maxBodyBytes: cap }) };
}
/** The Location resolved against the URL that sent it; left as is when it is no URL at all. */
function resolve(location, base) {
    try {
        return new URL(location, base).href;
    }
    catch {
        return location;
    }
}

// EXTERNAL MODULE: ./src/transport/retry.ts
var retry = __webpack_require__(2211);
;// CONCATENATED MODULE: ./src/transport/schemes.ts

/**
 * Sends each request at the scheme its host answers on (learnt by `schemes`
 * on the first request to a host that may use plain HTTP); the layers under
 * this one see the URL actually tried.
 */
function withSchemeFallback(schemes) {
    return inner => request => schemes.send(request.url, url => inner({ ...request, url: url.href }));
}
class HostSchemes {
    mayUsePlainHttp;
    log;
    known = new Map();
    probes = new Map();
    constructor(
    /** Whether a host may fall back to plain HTTP at all. */
    mayUsePlainHttp, log) {
        this.mayUsePlainHttp = mayUsePlainHttp;
        this.log = log;
    }
    /** `exchange` at `href` with the scheme this host answers on, learning it first if need be. */
    async send(href, exchange) {
        const url = new URL(href);
        const probe = this.probes.get(url.host);
        if (probe)
            await probe.catch(() => undefined);
        const known = this.known.get(url.host);
        if (known)
            url.protocol = known;
        if (url.protocol !== 'https:' || known || !this.mayUsePlainHttp(url.host))
            return exchange(url);
        const probing = this.learn(url, exchange);
        this.probes.set(url.host, probing);
        try {
            return await probing;
        }
        finally {
            if (this.probes.get(url.host) === probing)
                this.probes.delete(url.host);
        }
    }
    async learn(url, exchange) {
        try {
            const answer = await exchange(url);
            this.known.set(url.host, 'https:');
            return answer;
        }
        catch (error) {
            if (!(error instanceof transport_errors/* NetworkError */.Dr) || !mayFallBackToHttp(error.code))
                throw error;
            this.log.debug(`https://${url.host} failed (${error.code}); trying plain HTTP`);
            const answer = await exchange(new URL(url.href.replace(/^https:/, 'http:')));
            this.known.set(url.host, 'http:');
            return answer;
        }
    }
}
/**
 * Failures after which a loopback or `insecure` host is tried over plain
 * HTTP: nothing listens for TLS there (refused, reset) or the handshake
 * failed. Never a timeout: a silent server is as silent over HTTP.
 */
function mayFallBackToHttp(code) {
    return (['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'EPROTO'].includes(code) || code.startsWith('ERR_SSL_'));
}

;// CONCATENATED MODULE: ./src/transport/types.ts
/** `layers` around `bottom`, the first layer outermost: the order a request goes through them. */
function stack(layers, bottom) {
    return layers.reduceRight((inner, layer) => layer(inner), bottom);
}

;// CONCATENATED MODULE: ./src/transport/http.ts
/**
 * One HTTP exchange, bounded in time (idle timeout, the step's deadline) and
 * memory (body cap), with bounded retries, safe redirects, per-host limits
 * and the HTTPS→HTTP fallback for loopback or `insecure` registries. It knows
 * nothing about registries or authentication; it only refuses to leak an
 * Authorization header (over plain HTTP, or across a redirect to another
 * host) and to fetch anything but http(s) URLs.
 *
 * Each concern is a layer of one shape (types.ts `Layer`) in its own module,
 * stacked around a single attempt here, as go-containerregistry stacks its
 * round trippers.
 */












/** The bounds every transport has unless told otherwise. */
const DEFAULT_TRANSPORT = {
    idleTimeoutMs: 20_000,
    maxRetries: 4,
    maxRetryAfterMs: 60_000,
    maxBodyBytes: transport_body/* DEFAULT_MAX_BODY_BYTES */.y_,
    maxInFlightPerHost: 4,
    maxInFlight: 16
};
/** The one key of the limiter that counts every request. */
const ALL_HOSTS = '*';
class HttpTransport {
    options;
    /** Requests the server answered, retries included; failed connections are not counted. */
    requests = 0;
    idleTimeoutMs;
    maxBodyBytes;
    deadline;
    /** One client per protocol and TLS mode: http-client keeps one agent per client. */
    clients;
    /** The layers around one attempt, outermost first (see stackLayers). */
    exchange;
    constructor(options = DEFAULT_TRANSPORT) {
        this.options = options;
        this.idleTimeoutMs = options.idleTimeoutMs ?? DEFAULT_TRANSPORT.idleTimeoutMs;
        this.maxBodyBytes = options.maxBodyBytes ?? DEFAULT_TRANSPORT.maxBodyBytes;
        this.deadline = options.deadline ?? transport_deadline/* NO_DEADLINE */.ji;
        this.clients = new ClientPool({
            userAgent: options.userAgent ?? 'registry-tags',
            // A backstop only: the watchdog of each attempt fires first.
            socketTimeoutMs: this.idleTimeoutMs + 1000,
            insecureHosts: options.insecureHosts ?? new Set()
        });
        this.exchange = this.stackLayers(options.log ?? logger/* silentLogger */.q);
    }
    /**
     * The order, outermost first, and why:
     * 1. retry: a retry goes through everything below again, so it follows
     *    redirects anew and queues for a slot again (no slot is held while it waits);
     * 2. redirects: each hop is a request of its own to the layers below, so a
     *    hop to another host learns that host's scheme and takes that host's slot;
     * 3. scheme fallback: the checks and slots below see the URL actually tried,
     *    and the refused HTTPS try of a plain-HTTP host costs no retry;
     * 4. the plain-HTTP credential check, then the deadline: a request refused
     *    or started too late never waits in a queue;
     * 5. the host's slot, then the overall one: always in that order, so no two
     *    waits cross; both are held until the attempt has read its body.
     */
    stackLayers(log) {
        const { options, deadline } = this;
        const allowsPlainHttp = (host) => this.allowsPlainHttp(host);
        const retries = new retry/* RetryPolicy */.fU({
            maxRetries: options.maxRetries ?? DEFAULT_TRANSPORT.maxRetries,
            maxRetryAfterMs: options.maxRetryAfterMs ?? DEFAULT_TRANSPORT.maxRetryAfterMs,
            deadline,
            log,
            sleep: options.sleep ?? (ms => new Promise(resolve => setTimeout(resolve, ms)))
        });
        const perHost = new HostLimiter(options.maxInFlightPerHost ?? DEFAULT_TRANSPORT.maxInFlightPerHost);
        const overall = new HostLimiter(options.maxInFlight ?? DEFAULT_TRANSPORT.maxInFlight);
        const attempt = singleAttempt({
            clients: this.clients,
            idleTimeoutMs: this.idleTimeoutMs,
            maxBodyBytes: this.maxBodyBytes,
            deadline,
            onAnswered: () => void this.requests++
        });
        return stack([
            (0,retry/* withRetry */.bD)(retries),
            followRedirects(allowsPlainHttp),
            withSchemeFallback(new HostSchemes(allowsPlainHttp, log)),
            refusePlainHttpCredentials(allowsPlainHttp),
            startWithinDeadline(deadline),
            withSlot(perHost, request => (0,hosts/* hostPortOf */.ZC)(new URL(request.url)), deadline),
            withSlot(overall, () => ALL_HOSTS, deadline)
        ], attempt);
    }
    /** True when plain HTTP may carry credentials to this host. */
    allowsPlainHttp(host) {
        return (0,hosts/* isLoopbackHost */.cW)(host) || (this.options.insecureHosts?.has(host) ?? false);
    }
    /**
     * Sends, retrying 429/5xx and temporary network errors (a timeout once at
     * most), and returns the last response. Throws NetworkError,
     * UnsafeRequestError, RetryAfterError or DeadlineError.
     */
    async send(request) {
        (0,hosts/* assertFetchableUrl */._j)(request.url, 'request URL');
        return this.exchange(request);
    }
    dispose() {
        this.clients.dispose();
    }
}

// EXTERNAL MODULE: ./src/transport/tokens.ts
var tokens = __webpack_require__(323);
;// CONCATENATED MODULE: ./src/transport/auth-attempts.ts

class AuthAttempts {
    registryTokenOffered = false;
    tokenRequests = new Set();
    /** True the first time only: the registry token is offered once per request. */
    mayTryRegistryToken() {
        if (this.registryTokenOffered)
            return false;
        this.registryTokenOffered = true;
        return true;
    }
    /** True the first time only for this realm, service and set of scopes. */
    mayTry(request) {
        const key = (0,tokens/* tokenKey */.bV)(request);
        if (this.tokenRequests.has(key))
            return false;
        this.tokenRequests.add(key);
        return true;
    }
}

;// CONCATENATED MODULE: ./src/transport/challenge.ts
/**
 * WWW-Authenticate parsing (RFC 7235 §4.1, RFC 6750 §3). Registries send
 * several challenges on several header lines or comma-joined on one line,
 * with quoted strings that may carry backslash escapes. And what a realm
 * named by a challenge may be.
 */


const TOKEN_CHAR = /[!#$%&'*+.^_`|~0-9A-Za-z-]/;
class Scanner {
    text;
    pos = 0;
    constructor(text) {
        this.text = text;
    }
    get done() {
        return this.pos >= this.text.length;
    }
    peek() {
        return this.text[this.pos] ?? '';
    }
    skip(chars) {
        while (!this.done && chars.includes(this.peek()))
            this.pos++;
    }
    token() {
        const start = this.pos;
        while (!this.done && TOKEN_CHAR.test(this.peek()))
            this.pos++;
        return this.text.slice(start, this.pos);
    }
    quoted() {
        let out = '';
        this.pos++; // opening quote
        while (!this.done) {
            const c = this.text[this.pos++];
            if (c === '"')
                return out;
            if (c === '\\' && !this.done)
                out += this.text[this.pos++];
            else
                out += c;
        }
        return out;
    }
    /** True when the next token is followed by `=` (a parameter, not a new scheme). */
    atParam() {
        const save = this.pos;
        this.token();
        this.skip(' \t');
        const isParam = this.peek() === '=' && this.text[this.pos + 1] !== '=';
        this.pos = save;
        return isParam;
    }
}
function parseLine(line, out) {
    const s = new Scanner(line);
    let current;
    while (!s.done) {
        s.skip(' \t,');
        if (s.done)
            break;
        if (current && s.atParam()) {
            const name = s.token().toLowerCase();
            s.skip(' \t');
            s.pos++; // '='
            s.skip(' \t');
            current.params[name] = s.peek() === '"' ? s.quoted() : s.token();
            continue;
        }
        const scheme = s.token();
        if (!scheme) {
            s.pos++; // stray character; skip it rather than loop
            continue;
        }
        current = { scheme: scheme.toLowerCase(), params: {} };
        out.push(current);
        s.skip(' \t');
        // token68 form (`Negotiate abc==`): keep it, but it names no parameters.
        if (!s.done && s.peek() !== ',' && !s.atParam()) {
            const start = s.pos;
            while (!s.done && s.peek() !== ',')
                s.pos++;
            current.params['token68'] = line.slice(start, s.pos).trim();
        }
    }
}
/** Parses every challenge in one or more `WWW-Authenticate` header values. */
function parseChallenges(header) {
    const lines = header === undefined ? [] : typeof header === 'string' ? [header] : header;
    const out = [];
    for (const line of lines)
        parseLine(line, out);
    return out;
}
/** Bearer if offered (it carries realm and scope), else Basic; others are not supported. */
function pickChallenge(challenges) {
    return (challenges.find(c => c.scheme === 'bearer' && c.params['realm']) ??
        challenges.find(c => c.scheme === 'basic'));
}
/** A realm we will not ask for a token: a scheme that is not HTTP, clear text, an inner address. */
class RealmRefusedError extends transport_errors/* UnsafeRequestError */.uP {
}
/**
 * The realm as an absolute URL (a relative one is resolved against the URL
 * that answered), or a RealmRefusedError saying why it may not be asked.
 * Modelled on go-containerregistry's validateRealmURL.
 */
function checkRealm(realm, base, policy) {
    const { registry } = policy;
    let absolute;
    try {
        absolute = new URL(realm, base).href;
    }
    catch (error) {
        throw new RealmRefusedError(`The registry ${registry} named a token realm that is not a URL; refusing to use it.`, { cause: error });
    }
    let url;
    try {
        url = (0,hosts/* assertFetchableUrl */._j)(absolute, 'token realm');
    }
    catch (error) {
        const scheme = absolute.slice(0, absolute.indexOf(':'));
        throw new RealmRefusedError(`The registry ${registry} named the token realm ${(0,hosts/* redactUrl */.BO)(absolute)}: the URL scheme '${scheme}' is refused; only http and https are fetched.`, { cause: error });
    }
    if (url.protocol === 'http:' && policy.withCredential && !policy.allowsPlainHttp(url.host)) {
        throw new RealmRefusedError(`Refusing to send credentials over plain HTTP to ${url.host}: the registry ${registry} named the token realm ${(0,hosts/* redactUrl */.BO)(url.href)}. Its token service must use HTTPS.`);
    }
    const inner = innerAddress(url.hostname);
    const sameHost = (0,hosts/* hostnameOf */.LZ)(registry).toLowerCase() === url.hostname.toLowerCase();
    if (inner && !sameHost && (inner === 'link-local' || !(0,hosts/* isLoopbackHost */.cW)(registry))) {
        throw new RealmRefusedError(`Refusing to ask ${url.host} for a token: the registry ${registry} named a realm at a ${inner} address (${(0,hosts/* redactUrl */.BO)(url.href)}), which only the registry's own host may use.`);
    }
    return url.href;
}
/** Addresses a registry elsewhere must not make us call: cloud metadata (link-local) and this machine. */
function innerAddress(hostname) {
    const h = hostname.toLowerCase();
    // IPv4, and IPv4-mapped IPv6 as the URL parser writes it ([::ffff:a9fe:a9fe] is 169.254.169.254).
    if (/^169\.254\./.test(h) || /^\[::ffff:a9fe:/.test(h))
        return 'link-local';
    if (/^\[fe[89ab][0-9a-f]:/.test(h) || h === '[fd00:ec2::254]')
        return 'link-local';
    if ((0,hosts/* isLoopbackHost */.cW)(h) || h === '0.0.0.0' || h === '[::]' || /^\[::ffff:7f/.test(h))
        return 'loopback';
    return undefined;
}

;// CONCATENATED MODULE: ./src/transport/session.ts




/** At most: the first answer, a token for its challenge, a token for a new scope. */
const MAX_AUTH_ROUNDS = 2;
/** `repository:a/b:pull`; `aws` (public.ecr.aws) and `*` (Codeberg) are not scopes we can ask for. */
function isScope(scope) {
    return /^[a-z]+(\([^)]*\))?:.+:.+$/.test(scope);
}
class RegistrySession {
    http;
    tokens;
    credential;
    log;
    onSecret;
    /** How each registry host asked to be authenticated, so later requests carry it up front. */
    schemes = new Map();
    /** Secrets already handed to onSecret (each is announced once, not per request). */
    masked = new Set();
    constructor(http, tokens, credential, log = logger/* silentLogger */.q, 
    /** Told each secret this session derives (the Basic value) before it is sent. */
    onSecret = tokens.onSecret) {
        this.http = http;
        this.tokens = tokens;
        this.credential = credential;
        this.log = log;
        this.onSecret = onSecret;
    }
    /** Sends `request` needing `scope` (e.g. `repository:library/python:pull`). */
    async send(request, scope) {
        const registry = new URL(request.url).host;
        let authorization = await this.knownAuthorization(registry, scope);
        let response = await this.http.send(withAuthorization(request, authorization));
        let challenge;
        let foreign;
        const attempts = new AuthAttempts();
        for (let round = 0; response.status === 401 && round < MAX_AUTH_ROUNDS; round++) {
            challenge = pickChallenge(parseChallenges(response.headers['www-authenticate']));
            const answeredBy = new URL(response.url).host;
            if (challenge && answeredBy !== registry) {
                foreign = answeredBy;
                this.log.debug(`${answeredBy}, reached by a redirect from ${registry}, asked for authentication; credentials go only to ${registry}, so it is not answered`);
                break;
            }
            const next = challenge &&
                (await this.answer(challenge, registry, response.url, scope, authorization, attempts));
            if (!next)
                break;
            authorization = next;
            response = await this.http.send(withAuthorization(request, authorization));
        }
        const sentAuth = !authorization
            ? 'none'
            : authorization.startsWith('Basic ')
                ? 'basic'
                : 'bearer';
        return {
            ...response,
            sentAuth,
            ...(challenge && { challenge }),
            ...(foreign && { foreignChallenge: foreign })
        };
    }
    /** The Authorization for the registry's own challenge, or undefined when answering again is pointless. */
    async answer(challenge, registry, answeredUrl, scope, sent, attempts) {
        if (challenge.scheme === 'basic') {
            if (this.credential.kind !== 'basic' || sent?.startsWith('Basic '))
                return undefined;
            this.schemes.set(registry, { kind: 'basic' });
            return this.basicAuthorization();
        }
        if (this.credential.kind === 'bearer') {
            if (!attempts.mayTryRegistryToken())
                return undefined;
            this.schemes.set(registry, { kind: 'registry-token' });
            return this.registryTokenAuthorization();
        }
        const request = this.tokenRequest(challenge, registry, answeredUrl, scope);
        if (!attempts.mayTry(request))
            return undefined;
        if (challenge.params['error'])
            this.log.debug(`registry answered error="${challenge.params['error']}"; fetching a new token`);
        // The token just refused is no good; one another session renewed meanwhile may be.
        if (sent?.startsWith('Bearer '))
            this.tokens.forget(request, this.credential, sent.slice(7));
        this.schemes.set(registry, {
            kind: 'bearer',
            realm: request.realm,
            ...(request.service !== undefined && { service: request.service })
        });
        const token = await this.tokens.get(request, this.credential);
        return `Bearer ${token.value}`;
    }
    /** The token a Bearer challenge asks for: its realm (checked), service and scopes plus ours. */
    tokenRequest(challenge, registry, answeredUrl, scope) {
        const params = challenge.params;
        const realm = checkRealm(params['realm'], answeredUrl, {
            registry,
            withCredential: this.credential.kind === 'basic' || this.credential.kind === 'identity-token',
            allowsPlainHttp: host => this.http.allowsPlainHttp(host)
        });
        const offered = (params['scope'] ?? '').split(' ').filter(isScope);
        return {
            realm,
            ...(params['service'] !== undefined && { service: params['service'] }),
            scopes: [...new Set([...offered, scope])]
        };
    }
    /** Once a registry has challenged us, later requests carry auth up front (no extra 401). */
    async knownAuthorization(registry, scope) {
        const scheme = this.schemes.get(registry);
        if (!scheme)
            return undefined;
        if (scheme.kind === 'registry-token')
            return this.registryTokenAuthorization();
        if (scheme.kind === 'basic')
            return this.basicAuthorization();
        const request = {
            realm: scheme.realm,
            ...(scheme.service !== undefined && { service: scheme.service }),
            scopes: [scope]
        };
        const token = await this.tokens.get(request, this.credential);
        return `Bearer ${token.value}`;
    }
    basicAuthorization() {
        if (this.credential.kind !== 'basic')
            return undefined;
        return `Basic ${this.mask((0,credentials_credential/* basicValue */.uZ)(this.credential.username, this.credential.password))}`;
    }
    registryTokenAuthorization() {
        return this.credential.kind === 'bearer'
            ? `Bearer ${this.mask(this.credential.token)}`
            : undefined;
    }
    mask(secret) {
        if (!this.masked.has(secret)) {
            this.masked.add(secret);
            this.onSecret(secret);
        }
        return secret;
    }
}
function withAuthorization(request, authorization) {
    if (!authorization)
        return request;
    return { ...request, headers: { ...request.headers, Authorization: authorization } };
}

;// CONCATENATED MODULE: ./src/engine.ts











/** Credential lookups at once: a docker config with credsStore runs a helper program for each. */
const MAX_CREDENTIAL_LOOKUPS = 4;
class Engine {
    options;
    http;
    tokens;
    deadline;
    log;
    pager;
    credentials = new Map();
    /** Credential lookups (each may run a helper program) a few at a time, not one per registry at once. */
    credentialSlots = new HostLimiter(MAX_CREDENTIAL_LOOKUPS);
    sessions = new Map();
    datesContext;
    /** Each image's release dates, each tag asked once per run (a lookup and its rewrite share them). */
    dateSources = new Map();
    constructor(options) {
        this.options = options;
        this.log = options.log;
        this.pager = options.pager ?? pager/* DEFAULT_PAGER */.sC;
        this.deadline = new transport_deadline/* Deadline */.B2(options.timeoutMs);
        this.http = new HttpTransport({
            ...DEFAULT_TRANSPORT,
            ...(options.requestTimeoutMs !== undefined && { idleTimeoutMs: options.requestTimeoutMs }),
            deadline: this.deadline,
            log: options.log,
            ...(options.insecureHosts && { insecureHosts: options.insecureHosts })
        });
        this.tokens = new tokens/* TokenService */.By(this.http, options.onSecret);
    }
    /** The credential for a registry, looked up once per run and registry. */
    credentialFor(ref) {
        let found = this.credentials.get(ref.registry);
        if (!found) {
            const { credentials, onSecret } = this.options;
            found = this.credentialSlots.acquire('credentials', this.deadline).then(async (release) => {
                try {
                    return await resolveCredential(ref, { ...credentials, env: credentials.env ?? process.env }, onSecret);
                }
                finally {
                    release();
                }
            });
            this.credentials.set(ref.registry, found);
        }
        return found;
    }
    /** The registry API for a host and credential; sessions (and what they learnt of the challenge) are shared. */
    api(host, credential) {
        let byCredential = this.sessions.get(host.endpoint);
        if (!byCredential)
            this.sessions.set(host.endpoint, (byCredential = new Map()));
        let session = byCredential.get(credential);
        if (!session) {
            session = new RegistrySession(this.http, this.tokens, credential, this.log, this.options.onSecret);
            byCredential.set(credential, session);
        }
        return new api/* RegistryApi */.cA(host, session, this.log);
    }
    /** Every question is bounded by the step's deadline, whatever it waits for. */
    lookup(request) {
        return this.deadline.race((0,lookup/* lookupImage */.yS)(this, request), `looking up ${(0,reference/* displayName */.QC)(request.image)}`);
    }
    repositories(request) {
        return this.deadline.race((0,repositories/* listRepositories */.xW)(this, request), `listing the repositories of ${(0,repositories/* describeTarget */.ff)(request.target)}`);
    }
    /**
     * One source's listing. Each source is loaded only when asked for, so an
     * image lookup never parses the Hub client or Octokit.
     */
    async repositoryListing(target) {
        switch (target.kind) {
            case 'catalog': {
                const { listCatalog } = await __webpack_require__.e(/* import() */ 752).then(__webpack_require__.bind(__webpack_require__, 9752));
                const ref = { ...target.host, repository: '' };
                return listCatalog(this.api(target.host, await this.credentialFor(ref)), this.pager);
            }
            case 'docker-hub': {
                const { listHubNamespace } = await __webpack_require__.e(/* import() */ 388).then(__webpack_require__.bind(__webpack_require__, 4388));
                const hub = { registry: reference/* DOCKER_HUB */.Xb, endpoint: reference/* DOCKER_HUB_ENDPOINT */.Br, repository: '' };
                const credential = await this.credentialFor(hub);
                const { onSecret } = this.options;
                return listHubNamespace({ http: this.http, credential, onSecret, log: this.log }, target.namespace);
            }
            case 'github': {
                const { listGithubPackages } = await __webpack_require__.e(/* import() */ 898).then(__webpack_require__.bind(__webpack_require__, 898));
                const { githubToken, env = process.env } = this.options.credentials;
                return listGithubPackages({
                    ...(githubToken && { token: githubToken }),
                    apiUrl: env['GITHUB_API_URL'] || 'https://api.github.com',
                    log: this.log,
                    deadline: this.deadline,
                    requestTimeoutMs: this.http.idleTimeoutMs
                }, target.owner);
            }
        }
    }
    /**
     * Where one image's release dates come from (registry/release-dates.ts),
     * loaded only when a cooldown asks. One Hub API login per run.
     */
    releaseDates(image, api) {
        const key = `${image.registry}/${image.repository}`;
        let source = this.dateSources.get(key);
        if (!source) {
            source = this.dateSourceFor(image, api).then(onceEach);
            this.dateSources.set(key, source);
        }
        return source;
    }
    async dateSourceFor(image, api) {
        const { releaseDatesFor } = await __webpack_require__.e(/* import() */ 160).then(__webpack_require__.bind(__webpack_require__, 2160));
        const { githubToken, env = process.env } = this.options.credentials;
        const hub = { registry: reference/* DOCKER_HUB */.Xb, endpoint: reference/* DOCKER_HUB_ENDPOINT */.Br, repository: '' };
        this.datesContext ??= {
            http: this.http,
            log: this.log,
            onSecret: this.options.onSecret,
            hubCredential: () => this.credentialFor(hub),
            github: {
                ...(githubToken && { token: githubToken }),
                apiUrl: env['GITHUB_API_URL'] || 'https://api.github.com',
                log: this.log,
                deadline: this.deadline,
                requestTimeoutMs: this.http.idleTimeoutMs
            }
        };
        return releaseDatesFor(this.datesContext, image, api);
    }
    /** HTTP requests sent so far in this run, token requests included. */
    get requests() {
        return this.http.requests;
    }
    dispose() {
        this.http.dispose();
    }
}
/** A date source that asks for each tag once, however often it is asked. */
function onceEach(dateOf) {
    const asked = new Map();
    return tag => {
        let answer = asked.get(tag);
        if (!answer)
            asked.set(tag, (answer = dateOf(tag)));
        return answer;
    };
}


/***/ }),

/***/ 6999:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ silentLogger)
/* harmony export */ });
const silentLogger = { debug() { }, info() { }, warning() { } };


/***/ }),

/***/ 6787:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ld: () => (/* binding */ listImageTags),
  yS: () => (/* binding */ lookupImage),
  nX: () => (/* binding */ releaseRules)
});

// UNUSED EXPORTS: NoMatchingTagError

// EXTERNAL MODULE: ./src/credentials/credential.ts
var credentials_credential = __webpack_require__(1333);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/reference.ts
var reference = __webpack_require__(8286);
// EXTERNAL MODULE: ./src/registry/failures.ts
var failures = __webpack_require__(9280);
// EXTERNAL MODULE: ./src/registry/manifests.ts + 1 modules
var manifests = __webpack_require__(7705);
// EXTERNAL MODULE: ./src/release/options.ts
var options = __webpack_require__(4707);
;// CONCATENATED MODULE: ./src/release/cooldown.ts

/** A bound on the requests one image's cooldown may send: past it, the rest are held unexamined. */
const MAX_EXAMINED = 30;
async function walkCooldown(candidates, dateOf, cooldown, now) {
    const held = [];
    let examined = 0;
    for (const candidate of candidates) {
        if (examined >= MAX_EXAMINED) {
            return { held, notExamined: candidates.slice(examined).map(v => v.tag), examined };
        }
        examined++;
        const date = await dateOf(candidate.tag);
        const reason = holdReason(date, cooldown, now);
        if (reason === undefined) {
            return { chosen: { tag: candidate.tag, date }, held, notExamined: [], examined };
        }
        held.push({ tag: candidate.tag, reason });
    }
    return { held, notExamined: [], examined };
}
/** Undefined when the tag may be proposed; else why not. */
function holdReason(date, cooldown, now) {
    const minimum = (0,options/* formatAge */.nV)(cooldown.minimumAgeMs);
    if (date.date === undefined) {
        if (cooldown.missing === 'allow')
            return undefined;
        const why = date.why ? ` (${date.why})` : '';
        return `no release date from ${date.source}${why}; set release-age-missing: allow`;
    }
    const age = now - Date.parse(date.date);
    if (age >= cooldown.minimumAgeMs)
        return undefined;
    return `pushed ${(0,options/* formatAge */.nV)(age)} ago; minimum ${minimum}`;
}

// EXTERNAL MODULE: ./src/versions/shape.ts
var shape = __webpack_require__(6228);
;// CONCATENATED MODULE: ./src/versions/lts.ts

const major = (v) => (0,shape/* isDateKind */.hn)(v) || v.components.length === 0 ? undefined : v.components[0];
/**
 * Ubuntu: every April release of an even year is LTS (YY.04 with YY even).
 * Source: https://ubuntu.com/about/release-cycle ("LTS or 'Long Term
 * Support' releases are published every two years in April").
 */
const UBUNTU = {
    images: ['ubuntu'],
    rule: 'YY.04 of even years',
    isLts: v => {
        const [year, month] = v.components;
        return (!(0,shape/* isDateKind */.hn)(v) &&
            year !== undefined &&
            year >= 6 &&
            year < 100 &&
            year % 2 === 0 &&
            month === 4);
    }
};
/**
 * Node.js: even-numbered majors become LTS, odd ones never do (since 4,
 * "Argon"; 0.x had no LTS). Source: https://github.com/nodejs/release
 * ("odd-numbered release lines are not promoted to LTS", "even-numbered
 * releases … move to Active LTS status").
 */
const NODE = {
    images: ['node'],
    rule: 'even majors',
    isLts: v => {
        const m = major(v);
        return m !== undefined && m >= 4 && m % 2 === 0;
    }
};
/**
 * Java SE: 8, 11 and 17 are LTS; since 17 one every two years, which at the
 * six-month cadence is every fourth feature release (21, 25, 29, …).
 * Sources: https://www.oracle.com/java/technologies/java-se-support-roadmap.html
 * (Oracle's roadmap: "LTS releases every two years"), followed by the
 * builds these images ship: https://adoptium.net/support (Temurin),
 * https://aws.amazon.com/corretto/faqs/ (Corretto),
 * https://www.ibm.com/support/pages/semeru-runtimes-release-notes (Semeru),
 * https://sap.github.io/SapMachine/ (SapMachine). The `openjdk` image
 * carries the same feature-release numbers.
 */
const JAVA = {
    images: ['eclipse-temurin', 'amazoncorretto', 'ibm-semeru-runtimes', 'sapmachine', 'openjdk'],
    rule: 'Java 8, 11, 17, 21, 25, then every two years',
    isLts: v => {
        const m = major(v);
        if (m === undefined)
            return false;
        return m === 8 || m === 11 || m === 17 || (m >= 21 && (m - 21) % 4 === 0);
    }
};
const LINES = [UBUNTU, NODE, JAVA];
/** The LTS rule for a repository path (`library/ubuntu`, `mirror/eclipse-temurin`), if known. */
function ltsLineFor(repository) {
    const name = repository.slice(repository.lastIndexOf('/') + 1).toLowerCase();
    return LINES.find(line => line.images.includes(name));
}

// EXTERNAL MODULE: ./src/versions/order.ts
var order = __webpack_require__(9665);
;// CONCATENATED MODULE: ./src/release/narrow.ts
/**
 * A selection with fewer passing tags: what the LTS rule and the cooldown
 * leave. The passing tags keep their order; the current tag's newer tags
 * and update type are worked out again from what is left.
 */

function narrowSelection(selection, keep) {
    const passing = selection.passing.filter(keep);
    if (passing.length === selection.passing.length)
        return selection;
    const current = selection.current && recount(selection.current, passing);
    return { ...selection, passing, ...(current && { current }) };
}
function recount(current, passing) {
    if (!current.version)
        return current;
    const newer = passing.filter(v => (0,order/* compareVersions */.Zy)(v, current.version) > 0);
    const top = newer[0];
    const update = top && (0,order/* updateType */.Gg)(current.version, top);
    return { tag: current.tag, version: current.version, newer, ...(update && { update }) };
}
/** The tags newer than the current one: what a cooldown must date. All of them without a current tag. */
function narrowCandidates(selection) {
    const current = selection.current;
    return current?.version ? current.newer : selection.passing;
}

;// CONCATENATED MODULE: ./src/release/lts-filter.ts


/** Passed-over tags kept for the summary and the log: the newest few say enough. */
const PASSED_OVER_SHOWN = 5;
function applies(line, selection, mode) {
    if (!line || mode === 'off')
        return false;
    if (mode === 'only')
        return true;
    const current = selection.current?.version;
    return current !== undefined && line.isLts(current);
}
function applyLts(repository, selection, mode) {
    const line = ltsLineFor(repository);
    if (!line || !applies(line, selection, mode))
        return { selection, passedOver: [] };
    const narrowed = narrowSelection(selection, line.isLts);
    const top = narrowed.passing[0];
    const passedOver = [];
    for (const v of selection.passing) {
        if (v === top || passedOver.length >= PASSED_OVER_SHOWN)
            break;
        if (!line.isLts(v))
            passedOver.push({ tag: v.tag, reason: notLts(line) });
    }
    const shown = top ? passedOver : newerThanCurrent(passedOver, selection);
    return { selection: narrowed, line, passedOver: shown };
}
/** With no LTS tag left, the tags passed over are those newer than the current one. */
function newerThanCurrent(held, selection) {
    const current = selection.current;
    if (!current?.version)
        return held;
    const newer = new Set(current.newer.map(v => v.tag));
    return held.filter(h => newer.has(h.tag));
}
const notLts = (line) => `not an LTS release (LTS: ${line.rule})`;

;// CONCATENATED MODULE: ./src/release/apply.ts



/** Whether the rules can change anything, so that callers build no date source otherwise. */
const needsDates = (options) => options.cooldown !== undefined;
async function applyRelease(repository, selection, options, dates, now = Date.now()) {
    const lts = applyLts(repository, selection, options.lts);
    const { cooldown } = options;
    const candidates = narrowCandidates(lts.selection);
    if (!cooldown || !dates || candidates.length === 0) {
        return { selection: lts.selection, held: lts.passedOver, dateRequests: 0 };
    }
    const walk = await walkCooldown(candidates, await dates(), cooldown, now);
    const held = new Set([...walk.held.map(h => h.tag), ...walk.notExamined]);
    const narrowed = narrowSelection(lts.selection, v => !held.has(v.tag));
    return {
        selection: narrowed,
        held: [...lts.passedOver, ...walk.held, ...notExamined(walk.notExamined)],
        ...(walk.chosen?.date?.date && { released: walk.chosen.date }),
        dateRequests: walk.examined
    };
}
/** One row for the candidates past the bound, however many: the summary stays readable. */
function notExamined(tags) {
    const [first] = tags;
    if (first === undefined)
        return [];
    const more = tags.length > 1
        ? ` (nor ${tags.length - 1} older candidate${tags.length === 2 ? '' : 's'})`
        : '';
    return [
        {
            tag: first,
            reason: `not examined${more}: the ${MAX_EXAMINED} newer tags examined were all held`
        }
    ];
}

;// CONCATENATED MODULE: ./src/release/messages.ts
/** Held tags named in a message; the summary lists them all. */
const NAMED = 5;
function heldMessage(image, held) {
    const named = held.slice(0, NAMED).map(h => `  ${h.tag}: ${h.reason}`);
    const more = held.length > NAMED ? [`  and ${held.length - NAMED} more`] : [];
    return [
        `No tag of ${image} passes the release rules (lts, minimum-release-age): every tag that passes the filters was passed over.`,
        ...named,
        ...more
    ].join('\n');
}

// EXTERNAL MODULE: ./src/registry/api.ts + 1 modules
var registry_api = __webpack_require__(2871);
// EXTERNAL MODULE: ./src/registry/pager.ts
var pager = __webpack_require__(6264);
;// CONCATENATED MODULE: ./src/registry/tags.ts
/** Every tag of a repository, validated against the tag grammar where it enters. */



async function listTags(api, repository, options = pager/* DEFAULT_PAGER */.sC) {
    const ctx = api.context(`list the tags of '${repository}'`, repository);
    const { items, pages, dropped } = await (0,pager/* listAll */._w)(api, {
        path: `/v2/${repository}/tags/list`,
        field: 'tags',
        scope: (0,registry_api/* pullScope */.iH)(repository),
        ctx,
        accept: reference/* isValidTag */.r_
    }, options);
    if (dropped > 0) {
        api.log.warning(`${dropped} tag${dropped === 1 ? '' : 's'} of '${repository}' ${dropped === 1 ? 'is' : 'are'} not valid tag names; ignored.`);
    }
    return { tags: items, pages, dropped };
}

// EXTERNAL MODULE: ./src/versions/explain.ts + 1 modules
var explain = __webpack_require__(3309);
// EXTERNAL MODULE: ./src/versions/select.ts + 4 modules
var versions_select = __webpack_require__(9259);
;// CONCATENATED MODULE: ./src/lookup.ts











/** Nothing passed the filters; carries the selection so the summary can show the counts. */
class NoMatchingTagError extends errors/* ActionError */.l {
    selection;
    constructor(message, selection) {
        super(message);
        this.selection = selection;
    }
}
async function lookupImage(engine, request) {
    const { image } = request;
    const listing = await listImageTags(engine, image);
    const { api, list } = listing;
    const chosenFrom = (0,versions_select/* selectTags */.O)(list.tags, request.policy, request.current);
    const release = await releaseRules(engine, image, api, chosenFrom, request.release);
    const { selection, held } = release;
    const chosen = selection.passing[0];
    if (!chosen) {
        const reason = chosenFrom.passing.length
            ? heldMessage((0,reference/* displayName */.QC)(image), held)
            : (0,explain/* explainNoMatch */.Ok)((0,reference/* displayName */.QC)(image), selection, request.policy, list.tags);
        throw new NoMatchingTagError(reason, selection);
    }
    const digest = await (0,manifests/* tagDigest */.$g)(api, image.repository, chosen.tag);
    const platform = request.platform
        ? await (0,manifests/* platformDigest */.I_)(api, image.repository, digest, request.platform)
        : undefined;
    return {
        image,
        selection,
        chosen,
        digest,
        ...(platform && { platformDigest: platform }),
        reference: (0,reference/* formatReference */.FH)(image, chosen.tag, digest),
        pages: list.pages,
        dropped: list.dropped,
        ...(api.rateLimit && { rateLimit: api.rateLimit }),
        ...(request.keepTags && { listing }),
        ...(held.length && { held }),
        ...(release.released && { released: release.released })
    };
}
/** The LTS lines and cooldown of the request on a selection; the selection as it is without them. */
async function releaseRules(engine, image, api, selection, options) {
    if (!options)
        return { selection, held: [], dateRequests: 0 };
    if (options.lts === 'only' && !ltsLineFor(image.repository)) {
        engine.log.info(`${(0,reference/* displayName */.QC)(image)}: no known LTS lines (lts: only applies to ubuntu, node and the Java images); its tags are chosen as usual`);
    }
    const dates = engine.releaseDates && (() => engine.releaseDates(image, api));
    const outcome = await applyRelease(image.repository, selection, options, dates);
    for (const line of heldLog((0,reference/* displayName */.QC)(image), outcome))
        engine.log.info(line);
    return outcome;
}
function heldLog(name, outcome) {
    const lines = outcome.held.map(h => `${name}: passed over ${h.tag}: ${h.reason}`);
    const date = outcome.released;
    if (date?.date)
        lines.push(`${name}: ${outcome.selection.passing[0]?.tag} was released ${date.date} (${date.source})`);
    return lines;
}
/** Every tag of an image, with the run's credential for its registry (or anonymously, see below). */
async function listImageTags(engine, image) {
    const credential = await engine.credentialFor(image);
    if (credential.kind !== 'anonymous') {
        engine.log.info(`Using ${(0,credentials_credential/* describeCredential */.t8)(credential)} for ${(0,reference/* displayName */.QC)(image)}`);
    }
    const listing = await listWithFallback(engine, image, credential);
    const { tags, pages } = listing.list;
    engine.log.info(`${(0,reference/* displayName */.QC)(image)}: ${tags.length} tags in ${pages} page${pages === 1 ? '' : 's'}`);
    return listing;
}
/** Refusals worth an anonymous try: the image may be public and the credential wrong for it. */
function refused(error) {
    return (error instanceof failures/* RegistryError */.gl && (error.kind === 'unauthorized' || error.kind === 'denied'));
}
/**
 * Lists with the credential; when the registry refuses it, once more
 * anonymously (a public image with a token that lacks access to it, as GHCR
 * answers DENIED). Failing both, the error tells both stories.
 */
async function listWithFallback(engine, image, credential) {
    const api = engine.api(image, credential);
    try {
        return { api, list: await listTags(api, image.repository, engine.pager) };
    }
    catch (error) {
        if (credential.kind === 'anonymous' || !refused(error))
            throw error;
        const anonymous = engine.api(image, credentials_credential/* ANONYMOUS */.E6);
        try {
            const list = await listTags(anonymous, image.repository, engine.pager);
            engine.log.warning(`The registry refused ${(0,credentials_credential/* describeCredential */.t8)(credential)}; the image is public, so it was read anonymously.`);
            return { api: anonymous, list };
        }
        catch (second) {
            if (!(second instanceof failures/* RegistryError */.gl))
                throw second;
            throw new failures/* RegistryError */.gl(`${error.message}\nTried anonymously too: ${second.message}`, {
                kind: error.kind,
                ...(error.status !== undefined && { status: error.status }),
                codes: error.codes,
                cause: second
            });
        }
    }
}


/***/ }),

/***/ 1853:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F9: () => (/* binding */ lookupOutputs),
  J0: () => (/* binding */ repositoriesOutputs)
});

// UNUSED EXPORTS: MAX_OUTPUT_BYTES

;// CONCATENATED MODULE: ./src/versions/fit.ts
/** Lists cut to what an output can hold (GitHub caps each step output at 1 MB). */
/**
 * The longest head of `items` (newest first) whose JSON array encoding takes
 * at most `maxBytes` bytes of UTF-8: `["3.14.7","3.14"]` is 17 bytes. A head,
 * never a selection with gaps, so the list still reads "the newest N".
 */
function headThatFits(items, maxBytes) {
    let used = 2; // the brackets
    let count = 0;
    for (const item of items) {
        const size = Buffer.byteLength(JSON.stringify(item)) + (count > 0 ? 1 : 0);
        if (used + size > maxBytes)
            break;
        used += size;
        count++;
    }
    return used > maxBytes ? [] : items.slice(0, count);
}
/** Tags, newest first: the newest that fit. */
const newestThatFit = (tags, maxBytes) => headThatFits(tags, maxBytes);

// EXTERNAL MODULE: ./src/versions/parse.ts
var parse = __webpack_require__(942);
;// CONCATENATED MODULE: ./src/outputs.ts


/** GitHub caps one output at 1 MB; lists keep the newest entries that fit, with room to spare. */
const MAX_OUTPUT_BYTES = 1_000_000 - 1024;
function lookupOutputs(result, current) {
    const { selection, chosen } = result;
    const known = selection.current?.version ? selection.current : undefined;
    return {
        tag: chosen.tag,
        version: (0,parse/* formatVersion */.qh)(chosen),
        digest: result.digest,
        'platform-digest': result.platformDigest ?? '',
        reference: result.reference,
        tags: jsonArrayThatFits(selection.passing.map(v => v.tag)),
        count: String(selection.passing.length),
        total: String(selection.total),
        current: current ?? '',
        released: result.released?.date ?? '',
        'update-available': String(Boolean(known?.update)),
        'update-type': known?.update ?? '',
        'newer-tags': jsonArrayThatFits(known ? known.newer.map(v => v.tag) : [])
    };
}
/** Repositories mode: the names (sorted; the first that fit in 1 MB), how many passed, how many there are. */
function repositoriesOutputs(result) {
    return {
        repositories: jsonArrayThatFits(result.repositories),
        count: String(result.repositories.length),
        total: String(result.total)
    };
}
/** The newest entries whose JSON array fits in one output. */
function jsonArrayThatFits(entries) {
    return JSON.stringify(newestThatFit(entries, MAX_OUTPUT_BYTES));
}


/***/ }),

/***/ 8286:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Br: () => (/* binding */ DOCKER_HUB_ENDPOINT),
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   FH: () => (/* binding */ formatReference),
/* harmony export */   QC: () => (/* binding */ displayName),
/* harmony export */   Xb: () => (/* binding */ DOCKER_HUB),
/* harmony export */   r_: () => (/* binding */ isValidTag)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/**
 * Image references, parsed and normalised the way docker does
 * (distribution/reference normalize.go).
 */

const DOCKER_HUB = 'docker.io';
const DOCKER_HUB_ENDPOINT = 'registry-1.docker.io';
const HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN_RE = new RegExp(`^(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[0-9a-fA-F:]+\\])(?::[0-9]+)?$`);
const PATH_COMPONENT_RE = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG_RE = /^[\w][\w.-]{0,127}$/;
const DIGEST_RE = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;
const MAX_PATH_LENGTH = 255;
/** The digest algorithms docker's reference parser accepts (go-digest), and their hex lengths. */
const DIGEST_HEX_LENGTHS = new Map([
    ['sha256', 64],
    ['sha384', 96],
    ['sha512', 128]
]);
/** A tag as the distribution spec allows it: up to 128 word characters, dots and dashes. */
function isValidTag(tag) {
    return TAG_RE.test(tag);
}
function invalid(input, raw, why) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(input, `'${raw}' is not a valid image reference: ${why}.`);
}
/** True when `component` names a registry rather than a namespace (splitDockerDomain). */
function looksLikeDomain(component) {
    return (component === 'localhost' ||
        component.includes('.') ||
        component.includes(':') ||
        component !== component.toLowerCase());
}
function splitDigest(raw, input) {
    const at = raw.indexOf('@');
    if (at < 0)
        return [raw, undefined];
    const digest = raw.slice(at + 1);
    if (!DIGEST_RE.test(digest))
        throw invalid(input, raw, `'${digest}' is not a digest`);
    const [algorithm = '', hex = ''] = digest.split(':');
    const length = DIGEST_HEX_LENGTHS.get(algorithm);
    if (length === undefined) {
        throw invalid(input, raw, `'${algorithm}' is not a digest algorithm docker knows (sha256, sha384, sha512)`);
    }
    if (hex.length !== length || !/^[0-9a-f]+$/.test(hex)) {
        throw invalid(input, raw, `a ${algorithm} digest has exactly ${length} lowercase hex characters`);
    }
    return [raw.slice(0, at), digest];
}
function splitTag(rest, raw, input) {
    const colon = rest.lastIndexOf(':');
    if (colon <= rest.lastIndexOf('/'))
        return [rest, undefined];
    const tag = rest.slice(colon + 1);
    if (!TAG_RE.test(tag)) {
        throw invalid(input, raw, `tag '${tag}' must be 1 to 128 characters of letters, digits, '_', '.' and '-', not starting with '.' or '-'`);
    }
    return [rest.slice(0, colon), tag];
}
function splitDomain(name) {
    const slash = name.indexOf('/');
    const first = slash < 0 ? '' : name.slice(0, slash);
    let domain = DOCKER_HUB;
    let path = name;
    if (slash >= 0 && looksLikeDomain(first)) {
        domain = HUB_ALIASES.has(first.toLowerCase()) ? DOCKER_HUB : first;
        path = name.slice(slash + 1);
    }
    if (domain === DOCKER_HUB && !path.includes('/'))
        path = `library/${path}`;
    return [domain, path];
}
/**
 * Parses `python`, `ghcr.io/o/app:1.2`, `[::1]:5000/a@sha256:…` into registry,
 * repository, tag and digest. `input` names the workflow input for errors.
 */
function parseReference(raw, input = 'image') {
    const text = raw.trim();
    if (!text)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(input, 'is empty; give an image such as `python` or `ghcr.io/owner/app`.');
    const [beforeDigest, digest] = splitDigest(text, input);
    const [name, tag] = splitTag(beforeDigest, text, input);
    if (/^[a-f0-9]{64}$/.test(name)) {
        throw invalid(input, text, 'a 64-character hex string is a digest, not a repository name');
    }
    const [registry, repository] = splitDomain(name);
    if (!DOMAIN_RE.test(registry))
        throw invalid(input, text, `'${registry}' is not a registry host`);
    for (const component of repository.split('/')) {
        if (component !== component.toLowerCase()) {
            throw invalid(input, text, `repository name '${repository}' must be lowercase`);
        }
        if (!PATH_COMPONENT_RE.test(component)) {
            throw invalid(input, text, `'${component}' is not a valid path component (lowercase letters and digits, separated by '.', '_', '__' or '-')`);
        }
    }
    if (repository.length > MAX_PATH_LENGTH) {
        throw invalid(input, text, `the repository path is longer than ${MAX_PATH_LENGTH} characters`);
    }
    const endpoint = registry === DOCKER_HUB ? DOCKER_HUB_ENDPOINT : registry;
    return { registry, endpoint, repository, ...(tag && { tag }), ...(digest && { digest }) };
}
/** `docker.io/library/python:3.14.7@sha256:…` */
function formatReference(ref, tag, digest) {
    return `${ref.registry}/${ref.repository}${tag ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`;
}
/** The name users write: `python`, `ghcr.io/o/app` (Docker Hub's `library/` dropped). */
function displayName(ref) {
    if (ref.registry !== DOCKER_HUB)
        return `${ref.registry}/${ref.repository}`;
    return ref.repository.startsWith('library/') ? ref.repository.slice(8) : ref.repository;
}


/***/ }),

/***/ 2871:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bG: () => (/* binding */ CATALOG_SCOPE),
  cA: () => (/* binding */ RegistryApi),
  iH: () => (/* binding */ pullScope)
});

// EXTERNAL MODULE: ./src/logger.ts
var logger = __webpack_require__(6999);
// EXTERNAL MODULE: ./src/reference.ts
var reference = __webpack_require__(8286);
// EXTERNAL MODULE: ./src/transport/errors.ts
var errors = __webpack_require__(9854);
// EXTERNAL MODULE: ./src/transport/tokens.ts
var tokens = __webpack_require__(323);
// EXTERNAL MODULE: ./src/registry/failures.ts
var failures = __webpack_require__(9280);
;// CONCATENATED MODULE: ./src/registry/rate-limit.ts
function readRateLimit(headers) {
    const limit = String(headers['ratelimit-limit'] ?? '');
    const remaining = String(headers['ratelimit-remaining'] ?? '');
    if (!/^\d+/.test(limit) || !/^\d+/.test(remaining))
        return undefined;
    const window = /w=(\d+)/.exec(limit)?.[1];
    return {
        limit: parseInt(limit, 10),
        remaining: parseInt(remaining, 10),
        ...(window && { windowSeconds: Number(window) })
    };
}

;// CONCATENATED MODULE: ./src/registry/api.ts






class RegistryApi {
    host;
    session;
    log;
    base;
    /** The registry's pull quota, from the last answer that reported one. */
    rateLimit;
    constructor(host, session, log = logger/* silentLogger */.q) {
        this.host = host;
        this.session = session;
        this.log = log;
        this.base = `https://${host.endpoint}`;
    }
    get credential() {
        return this.session.credential;
    }
    context(action, repository) {
        const { registry, endpoint } = this.host;
        return {
            action,
            registry: endpoint === registry ? registry : `${registry} (${endpoint})`,
            repository,
            credential: this.session.credential,
            isDockerHub: registry === reference/* DOCKER_HUB */.Xb
        };
    }
    /** Sends through the session; transport and token failures become registry errors with context. */
    async send(request, scope, ctx) {
        let response;
        try {
            response = await this.session.send(request, scope);
        }
        catch (error) {
            if (error instanceof errors/* NetworkError */.Dr)
                throw (0,failures/* unreachable */.HB)(ctx, error);
            if (error instanceof errors/* RetryAfterError */.nn)
                throw waitRefused(ctx, error);
            if (error instanceof tokens/* TokenError */.gz)
                throw (0,failures/* tokenRefused */.cA)(ctx, error);
            throw error;
        }
        this.rateLimit = readRateLimit(response.headers) ?? this.rateLimit;
        return response;
    }
    /**
     * Like `send`, but anything but 200 is an error: `explain`'s, when the
     * caller knows more than the generic one (the catalog's refusals), else
     * the generic error.
     */
    async fetch(request, scope, ctx, explain) {
        let response;
        try {
            response = await this.send(request, scope, ctx);
        }
        catch (error) {
            throw (error instanceof failures/* RegistryError */.gl && explain?.(error)) || error;
        }
        if (response.status !== 200)
            throw explain?.(response) ?? (0,failures/* errorFromResponse */.a5)(ctx, response);
        return response;
    }
}
/** A 429 or 5xx asking for a longer wait than the step has: the registry's own words, then the wait. */
function waitRefused(ctx, error) {
    const explained = (0,failures/* errorFromResponse */.a5)(ctx, { ...error.response, sentAuth: 'none' });
    return new failures/* RegistryError */.gl(`${explained.message} ${error.message}`, {
        kind: explained.kind,
        ...(explained.status !== undefined && { status: explained.status }),
        codes: explained.codes,
        cause: error,
        temporary: true
    });
}
/** `repository:<name>:pull`, the scope every read of a repository needs. */
function pullScope(repository) {
    return `repository:${repository}:pull`;
}
const CATALOG_SCOPE = 'registry:catalog:*';


/***/ }),

/***/ 9280:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HB: () => (/* binding */ unreachable),
/* harmony export */   a5: () => (/* binding */ errorFromResponse),
/* harmony export */   cA: () => (/* binding */ tokenRefused),
/* harmony export */   gl: () => (/* binding */ RegistryError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _credentials_credential_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1333);
/* harmony import */ var _transport_registry_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9200);
/* harmony import */ var _transport_headers_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4403);
/**
 * Registry answers turned into one message each: what was asked, of which
 * registry, what came back (status, error code), and what to do.
 */




/** Failures worth another try later, unless the thrower knows better. */
const TEMPORARY_KINDS = new Set(['rate-limited', 'server', 'unreachable']);
class RegistryError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l {
    kind;
    status;
    codes;
    constructor(message, options) {
        super(message, {
            cause: options.cause,
            temporary: options.temporary ?? TEMPORARY_KINDS.has(options.kind)
        });
        this.kind = options.kind;
        if (options.status !== undefined)
            this.status = options.status;
        this.codes = options.codes ?? [];
    }
}
const LOGIN_HINT = "give 'username' and 'password' (a token with read access), or log in with docker/login-action before this step";
function errorFromResponse(ctx, response) {
    const { codes, summary } = (0,_transport_registry_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .parseRegistryErrorBody */ .L)(response.body.toString('utf8'));
    const status = `${response.status}${summary ? ` ${summary}` : ''}`;
    const asked = `Could not ${ctx.action} on ${ctx.registry}: the registry answered ${status}.`;
    const who = (0,_credentials_credential_js__WEBPACK_IMPORTED_MODULE_1__/* .describeCredential */ .t8)(ctx.credential);
    const make = (kind, advice) => new RegistryError(`${asked} ${advice}`, { kind, status: response.status, codes });
    if (response.status === 401)
        return unauthorized(ctx, response, make);
    if (response.status === 403) {
        return make('denied', `Access to '${ctx.repository}' is denied for ${who}. Use credentials that may pull this repository.`);
    }
    if (response.status === 404) {
        if (codes.includes('MANIFEST_UNKNOWN') || codes.includes('TAG_INVALID')) {
            return make('not-found', `The tag or manifest does not exist in '${ctx.repository}'.`);
        }
        return make('not-found', `Repository '${ctx.repository}' does not exist on this registry (or it has no tags). Check the image name and registry host.`);
    }
    if (response.status === 429) {
        return make('rate-limited', rateLimitAdvice(ctx, response));
    }
    if (response.status >= 500) {
        return make('server', 'The registry kept failing after several retries; it may be down. Try again later.');
    }
    return make('unexpected', 'This is not an answer the registry API defines; check the registry address.');
}
/** A 401: no way to log in, credentials to give or refused, or (anonymous) no such repository. */
function unauthorized(ctx, response, make) {
    const who = (0,_credentials_credential_js__WEBPACK_IMPORTED_MODULE_1__/* .describeCredential */ .t8)(ctx.credential);
    const anonymous = ctx.credential.kind === 'anonymous';
    if (response.foreignChallenge) {
        return make('unauthorized', `The registry redirected to another host (${response.foreignChallenge}), which asked for credentials; credentials are only sent to the registry and the token service its own challenge names, so it was not answered. Check the registry address, or ask its operator why it redirects there.`);
    }
    if (!response.challenge) {
        return make('unauthorized', `It sent no WWW-Authenticate challenge, so there is no way to log in; check the registry address.`);
    }
    if (response.challenge.scheme === 'basic' && anonymous) {
        return make('unauthorized', `This registry needs a user name and password (HTTP Basic): ${LOGIN_HINT}.`);
    }
    if (anonymous) {
        const hub = ctx.isDockerHub
            ? ' Docker Hub answers 401 both when a repository does not exist and when it is private.'
            : '';
        return make('not-found', `Repository '${ctx.repository}' does not exist or is private.${hub} Check the name; if it is private, ${LOGIN_HINT}.`);
    }
    return make('unauthorized', `It refused ${who} for '${ctx.repository}': check that they are right, that they grant pull access to this repository, and that the repository name is right.`);
}
function rateLimitAdvice(ctx, response) {
    const wait = (0,_transport_headers_js__WEBPACK_IMPORTED_MODULE_3__/* .retryAfterMs */ .V)(response.headers);
    const reset = wait !== undefined
        ? ` It can be retried after ${new Date(Date.now() + wait).toISOString()}.`
        : '';
    const limit = (0,_transport_headers_js__WEBPACK_IMPORTED_MODULE_3__/* .first */ .$)(response.headers['ratelimit-limit'])?.split(';')[0];
    const quota = limit ? ` The limit is ${limit} requests per window.` : '';
    const hub = ctx.isDockerHub && ctx.credential.kind === 'anonymous'
        ? ' Anonymous Docker Hub pulls are limited per IP address; logging in raises the limit.'
        : '';
    return `Rate limited (TOOMANYREQUESTS).${quota}${reset}${hub}`;
}
/** The registry (or its token service) never answered, or its answer was cut short or too large. */
function unreachable(ctx, error) {
    const asked = `Could not ${ctx.action} on ${ctx.registry}`;
    if (error.code === 'ETRUNCATED' || error.code === 'ETOOLARGE') {
        // The registry was reached and misbehaved: say what it did.
        return new RegistryError(`${asked}: ${error.message}`, { kind: 'protocol', cause: error });
    }
    const why = error.code === 'ETIMEDOUT' ? 'it did not answer in time' : error.message;
    const tries = error.temporary ? ', after several tries' : '';
    const advice = isCertificateError(error.code)
        ? "Its TLS certificate is not trusted: if it is signed by a private CA, point NODE_EXTRA_CA_CERTS at that CA's certificate; only for a registry without valid TLS, set 'insecure: true'."
        : 'Check the registry host and port, that this runner can reach it, and proxy settings (HTTPS_PROXY, NO_PROXY).';
    return new RegistryError(`${asked}: the registry is unreachable (${why})${tries}. ${advice}`, {
        kind: 'unreachable',
        cause: error,
        temporary: error.temporary
    });
}
function isCertificateError(code) {
    return /CERT|UNABLE_TO_|SELF_SIGNED/.test(code);
}
/** The token service refused the credentials or failed. */
function tokenRefused(ctx, error) {
    const who = (0,_credentials_credential_js__WEBPACK_IMPORTED_MODULE_1__/* .describeCredential */ .t8)(ctx.credential);
    const advice = error.status === 401 || error.status === 403
        ? ctx.credential.kind === 'anonymous'
            ? `It does not hand out anonymous tokens: ${LOGIN_HINT}.`
            : `It refused ${who}: check the user name and the password or token, and that the token may read this repository.`
        : "Try again later; if it persists, the registry's token service is failing.";
    return new RegistryError(`Could not ${ctx.action} on ${ctx.registry}: ${error.message}. ${advice}`, { kind: 'unauthorized', status: error.status, cause: error, temporary: error.temporary });
}


/***/ }),

/***/ 349:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ isDigest),
/* harmony export */   dw: () => (/* binding */ parseJsonObject),
/* harmony export */   u4: () => (/* binding */ isRecord)
/* harmony export */ });
/* unused harmony export DIGEST_RE */
/* harmony import */ var _failures_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9280);

function parseJsonObject(body, ctx) {
    try {
        const json = JSON.parse(body.toString('utf8'));
        if (json && typeof json === 'object' && !Array.isArray(json)) {
            return json;
        }
    }
    catch {
        // reported below
    }
    throw new _failures_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryError */ .gl(`Could not ${ctx.action} on ${ctx.registry}: the answer was not a JSON object.`, { kind: 'protocol' });
}
function isRecord(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
/** A digest the outputs may carry: `sha256:` and 64 lowercase hex digits, nothing else. */
const DIGEST_RE = /^sha256:[0-9a-f]{64}$/;
function isDigest(value) {
    return typeof value === 'string' && DIGEST_RE.test(value);
}


/***/ }),

/***/ 1699:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IX: () => (/* binding */ nextLink)
/* harmony export */ });
/* unused harmony exports parseLinks, hasRelation */
/**
 * RFC 8288 Link headers, as registries use them for pagination:
 *
 *   Link       = #link-value
 *   link-value = "<" URI-Reference ">" *( OWS ";" OWS link-param )
 *   link-param = token BWS [ "=" BWS ( token / quoted-string ) ]
 *
 * A small scanner rather than regular expressions: a comma, semicolon or
 * `<…>` inside a quoted parameter value (`title="a, b"`) must not end a link
 * or start one, and a missed `next` silently chooses from a partial tag list.
 */
const SPACE = new Set([' ', '\t', '\r', '\n']);
/** Characters that end an unquoted token or a parameter name. */
const DELIMITER = new Set([...SPACE, ';', ',', '=', '"', '<', '>']);
/** A cursor over one header value; every read stops at the end of the text. */
class Scanner {
    text;
    i = 0;
    constructor(text) {
        this.text = text;
    }
    get done() {
        return this.i >= this.text.length;
    }
    peek() {
        return this.text.charAt(this.i);
    }
    next() {
        return this.text.charAt(this.i++);
    }
    skipSpace() {
        while (!this.done && SPACE.has(this.peek()))
            this.i++;
    }
    /** Up to (and past) `end`; undefined when `end` never comes. */
    until(end) {
        const at = this.text.indexOf(end, this.i);
        if (at < 0)
            return undefined;
        const value = this.text.slice(this.i, at);
        this.i = at + 1;
        return value;
    }
    token() {
        const start = this.i;
        while (!this.done && !DELIMITER.has(this.peek()))
            this.i++;
        return this.text.slice(start, this.i);
    }
    /** A quoted-string after its opening quote: backslash escapes the next character. */
    quoted() {
        let value = '';
        while (!this.done) {
            const c = this.next();
            if (c === '"')
                return value;
            value += c === '\\' && !this.done ? this.next() : c;
        }
        return value;
    }
    /** Past the next comma outside a quoted string: recovery from a malformed link-value. */
    skipToComma() {
        while (!this.done) {
            const c = this.next();
            if (c === ',')
                return;
            if (c === '"')
                this.quoted();
        }
    }
}
/** `; name[=value]` after its semicolon; a name-only parameter has the empty value. */
function readParam(scanner, params) {
    scanner.skipSpace();
    const name = scanner.token().toLowerCase();
    scanner.skipSpace();
    let value = '';
    if (scanner.peek() === '=') {
        scanner.next();
        scanner.skipSpace();
        value = scanner.peek() === '"' ? (scanner.next(), scanner.quoted()) : scanner.token();
    }
    if (name && !params.has(name))
        params.set(name, value);
}
/** One link-value at `<`; undefined (and the rest skipped) when `>` never comes. */
function readLink(scanner) {
    scanner.next();
    const target = scanner.until('>');
    if (target === undefined) {
        scanner.skipToComma();
        return undefined;
    }
    const params = new Map();
    for (;;) {
        scanner.skipSpace();
        const c = scanner.next();
        if (c === ';')
            readParam(scanner, params);
        else if (c === ',' || c === '')
            break;
        else {
            scanner.skipToComma();
            break;
        }
    }
    return { target: target.trim(), params };
}
/** Every link in one or more Link header values (several header lines arrive as an array). */
function parseLinks(header) {
    const values = header === undefined ? [] : typeof header === 'string' ? [header] : header;
    const links = [];
    for (const value of values) {
        const scanner = new Scanner(value);
        for (;;) {
            scanner.skipSpace();
            if (scanner.done)
                break;
            if (scanner.peek() === ',')
                scanner.next();
            else if (scanner.peek() !== '<')
                scanner.skipToComma();
            else {
                const link = readLink(scanner);
                if (link)
                    links.push(link);
            }
        }
    }
    return links;
}
/** Relation types are space-separated and compared case-insensitively (RFC 8288, 2.1.1). */
function hasRelation(link, relation) {
    const rel = link.params.get('rel');
    return (rel !== undefined &&
        rel
            .toLowerCase()
            .split(/[ \t]+/)
            .includes(relation));
}
/** The `rel="next"` target of one or more Link header values, if any. */
function nextLink(header) {
    return parseLinks(header).find(link => hasRelation(link, 'next'))?.target;
}


/***/ }),

/***/ 7705:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z2: () => (/* binding */ MEDIA_TYPES),
  I_: () => (/* binding */ platformDigest),
  $g: () => (/* binding */ tagDigest)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/registry/api.ts + 1 modules
var registry_api = __webpack_require__(2871);
// EXTERNAL MODULE: ./src/registry/failures.ts
var failures = __webpack_require__(9280);
// EXTERNAL MODULE: ./src/registry/json.ts
var registry_json = __webpack_require__(349);
// EXTERNAL MODULE: ./src/registry/platform.ts
var registry_platform = __webpack_require__(8688);
;// CONCATENATED MODULE: ./src/registry/index-entries.ts



/** Usable entries: a valid digest and a platform; attestations (`unknown/unknown`) left out. */
function readIndexEntries(json, ctx) {
    const manifests = json['manifests'];
    if (!Array.isArray(manifests)) {
        throw new failures/* RegistryError */.gl(`Could not ${ctx.action} on ${ctx.registry}: the image index has no list of manifests.`, { kind: 'protocol' });
    }
    const entries = [];
    for (const entry of manifests) {
        const read = readEntry(entry);
        if (read)
            entries.push(read);
    }
    return entries;
}
function readEntry(entry) {
    if (!(0,registry_json/* isRecord */.u4)(entry) || !(0,registry_json/* isDigest */.Bc)(entry['digest']) || !(0,registry_json/* isRecord */.u4)(entry['platform'])) {
        return undefined;
    }
    const { os, architecture, variant } = entry['platform'];
    if (!isPlatformWord(os) || !isPlatformWord(architecture))
        return undefined;
    if (variant !== undefined && variant !== '' && !isPlatformWord(variant))
        return undefined;
    if (os === 'unknown' && architecture === 'unknown')
        return undefined;
    const annotations = entry['annotations'];
    if ((0,registry_json/* isRecord */.u4)(annotations) &&
        annotations['vnd.docker.reference.type'] === 'attestation-manifest') {
        return undefined;
    }
    return {
        digest: entry['digest'],
        platform: { os, architecture, ...(isPlatformWord(variant) && { variant }) }
    };
}
/** What an os, architecture or variant may be; anything else is not shown nor matched. */
function isPlatformWord(value) {
    return typeof value === 'string' && /^[A-Za-z0-9_.-]{1,64}$/.test(value);
}
/** The entry for `wanted`: an exact variant match first, else any match. */
function choosePlatform(entries, wanted, image) {
    const matches = entries.filter(e => (0,registry_platform/* platformMatches */.J5)(wanted, e.platform));
    const variant = (0,registry_platform/* normalizePlatform */.FL)(wanted).variant;
    const chosen = matches.find(e => (0,registry_platform/* normalizePlatform */.FL)(e.platform).variant === variant) ?? matches[0];
    if (chosen)
        return chosen.digest;
    const offered = [...new Set(entries.map(e => (0,registry_platform/* formatPlatform */.Bq)((0,registry_platform/* normalizePlatform */.FL)(e.platform))))];
    throw new failures/* RegistryError */.gl(`${image} has no ${(0,registry_platform/* formatPlatform */.Bq)(wanted)} image; it offers ${offered.join(', ') || 'no platforms'}. Set 'platform' to one of these.`, { kind: 'not-found' });
}

;// CONCATENATED MODULE: ./src/registry/manifests.ts
/**
 * Manifests: a tag's digest, and one platform's digest under an index. Every
 * manifest and index is validated before use, and only `sha256:` + 64 hex
 * ever leaves this module as a digest.
 */






const MEDIA_TYPES = {
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json'
};
/** All four, or a registry may answer with the amd64 child instead of the index. */
const MANIFEST_ACCEPT = Object.values(MEDIA_TYPES).join(', ');
/** The manifest digest of a tag: HEAD (no pull quota spent), else GET and hash. */
async function tagDigest(api, repository, tag) {
    const ctx = api.context(`resolve the digest of '${repository}:${tag}'`, repository);
    const url = `${api.base}/v2/${repository}/manifests/${tag}`;
    const head = await api.send({ method: 'HEAD', url, headers: { Accept: MANIFEST_ACCEPT } }, (0,registry_api/* pullScope */.iH)(repository), ctx);
    const fromHeader = head.headers['docker-content-digest'];
    if (head.status === 200 && (0,registry_json/* isDigest */.Bc)(fromHeader))
        return fromHeader;
    if (head.status === 404)
        throw (0,failures/* errorFromResponse */.a5)(ctx, head);
    return (await getManifest(api, repository, tag, ctx)).digest;
}
async function getManifest(api, repository, reference, ctx) {
    const response = await api.fetch({
        method: 'GET',
        url: `${api.base}/v2/${repository}/manifests/${reference}`,
        headers: { Accept: MANIFEST_ACCEPT }
    }, (0,registry_api/* pullScope */.iH)(repository), ctx);
    const computed = `sha256:${(0,external_node_crypto_.createHash)('sha256').update(response.body).digest('hex')}`;
    if (reference.startsWith('sha256:') && computed !== reference) {
        throw new failures/* RegistryError */.gl(`Could not ${ctx.action} on ${ctx.registry}: the manifest it sent does not match the digest asked for.`, { kind: 'protocol' });
    }
    const json = (0,registry_json/* parseJsonObject */.dw)(response.body, ctx);
    const header = response.headers['docker-content-digest'];
    return {
        digest: (0,registry_json/* isDigest */.Bc)(header) ? header : computed,
        json,
        isIndex: isIndexType(response, json)
    };
}
function isIndexType(response, json) {
    const declared = (response.headers['content-type'] ?? '').split(';')[0].trim() ||
        (typeof json['mediaType'] === 'string' ? json['mediaType'] : '');
    if (declared === MEDIA_TYPES.ociIndex || declared === MEDIA_TYPES.dockerList)
        return true;
    return !declared && Array.isArray(json['manifests']);
}
/** The digest of `platform`'s manifest under the index `digest`; a single manifest must match it. */
async function platformDigest(api, repository, digest, platform) {
    const wanted = (0,registry_platform/* formatPlatform */.Bq)(platform);
    const ctx = api.context(`resolve the ${wanted} manifest of '${repository}@${digest}'`, repository);
    const manifest = await getManifest(api, repository, digest, ctx);
    if (manifest.isIndex) {
        const entries = readIndexEntries(manifest.json, ctx);
        return choosePlatform(entries, platform, `'${repository}@${digest}'`);
    }
    const image = await imageConfig(api, repository, manifest.json, ctx);
    if (image && !(0,registry_platform/* platformMatches */.J5)(platform, image)) {
        throw new failures/* RegistryError */.gl(`'${repository}@${digest}' is a single-platform image for ${(0,registry_platform/* formatPlatform */.Bq)((0,registry_platform/* normalizePlatform */.FL)(image))}, not ${wanted}.`, { kind: 'not-found' });
    }
    return manifest.digest;
}
/** The image config's os/architecture, when the manifest names a config blob. */
async function imageConfig(api, repository, manifest, ctx) {
    const config = manifest['config'];
    if (!(0,registry_json/* isRecord */.u4)(config) || !(0,registry_json/* isDigest */.Bc)(config['digest']))
        return undefined;
    const blob = await api.fetch({ method: 'GET', url: `${api.base}/v2/${repository}/blobs/${config['digest']}` }, (0,registry_api/* pullScope */.iH)(repository), ctx);
    const image = (0,registry_json/* parseJsonObject */.dw)(blob.body, ctx);
    const { os, architecture, variant } = image;
    if (typeof os !== 'string' || typeof architecture !== 'string')
        return undefined;
    return { os, architecture, ...(typeof variant === 'string' && variant && { variant }) };
}


/***/ }),

/***/ 6756:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ PageTrail)
/* harmony export */ });
/* harmony import */ var _transport_hosts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8514);

const FOLLOWED = new Set(['http:', 'https:']);
/** The pages of one listing: those read, and whether (and where) the next one may be followed. */
class PageTrail {
    options;
    read = new Set();
    count = 0;
    constructor(options) {
        this.options = options;
    }
    /** Pages read so far. */
    get pages() {
        return this.count;
    }
    /** A page was read at `url` (the URL that answered). */
    visited(url) {
        this.read.add(url);
        this.count++;
    }
    /**
     * The next page's URL for `link` (relative or absolute) named by the page
     * at `current`: undefined when there is none, or when it was read already
     * (said once through `loop`, the list ends there). Throws the listing's
     * error for a link it may not follow, or for a page beyond the cap.
     * `adjust`: a registry's known quirk, applied to the checked URL (it must
     * keep to the current page's host).
     */
    follow(link, current, adjust) {
        if (link === undefined)
            return undefined;
        const checked = this.check(link, new URL(current));
        if ('reason' in checked)
            return this.refused({ ...checked, from: current });
        const { options } = this;
        const next = adjust ? adjust(checked, new URL(current)) : checked;
        if (this.read.has(next.href)) {
            options.loop?.log.warning(`${options.loop.source}'s next page ${(0,_transport_hosts_js__WEBPACK_IMPORTED_MODULE_0__/* .redactUrl */ .BO)(next.href)} was already read; stopping there.`);
            return undefined;
        }
        if (this.count >= options.maxPages) {
            return this.refused({ reason: 'cap', pages: this.count, from: current });
        }
        return next.href;
    }
    check(link, current) {
        let next;
        try {
            next = new URL(link, current);
        }
        catch {
            return { reason: 'not-a-url', link };
        }
        const home = this.options.home === undefined ? current : new URL(this.options.home);
        if (!schemeAllowed(next, home, this.options.schemes))
            return { reason: 'scheme', url: next };
        if (next.host !== home.host)
            return { reason: 'host', url: next };
        if (this.options.schemes === 'current')
            next.protocol = current.protocol;
        return next;
    }
    refused(refusal) {
        const error = this.options.refuse(refusal);
        if (error)
            throw error;
        return undefined;
    }
}
function schemeAllowed(next, home, schemes) {
    if (!FOLLOWED.has(next.protocol))
        return false;
    if (schemes === 'current' || next.protocol === 'https:')
        return true;
    return home.protocol === 'http:' && (0,_transport_hosts_js__WEBPACK_IMPORTED_MODULE_0__/* .isLoopbackHost */ .cW)(next.host);
}


/***/ }),

/***/ 6264:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _w: () => (/* binding */ listAll),
/* harmony export */   sC: () => (/* binding */ DEFAULT_PAGER)
/* harmony export */ });
/* unused harmony export MAX_STALE_PAGES */
/* harmony import */ var _failures_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9280);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(349);
/* harmony import */ var _link_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1699);
/* harmony import */ var _next_page_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6756);




const DEFAULT_PAGER = { pageSize: 1000, maxPages: 2000 };
/**
 * Pages in a row that bring no new entry: a Link whose cursor keeps changing
 * while the entries repeat would otherwise be followed up to maxPages.
 */
const MAX_STALE_PAGES = 3;
/** distribution's answer to an `n` above its `maxentries`; then we ask for fewer. */
const SMALLER_PAGE = 100;
async function listAll(api, request, options = DEFAULT_PAGER) {
    const items = new Set();
    let dropped = 0;
    let sawLink = false;
    let stale = 0;
    const trail = registryTrail(api, request, options, () => ({ stale, count: items.size }));
    const first = await firstPage(api, request, options.pageSize);
    const { pageSize } = first;
    let { response } = first;
    for (;;) {
        trail.visited(response.url);
        const page = readPage(response, request);
        dropped += page.dropped;
        const before = items.size;
        for (const item of page.entries)
            items.add(item);
        stale = items.size > before ? 0 : stale + 1;
        const probe = items.size > before && !sawLink;
        sawLink ||= (0,_link_js__WEBPACK_IMPORTED_MODULE_2__/* .nextLink */ .IX)(response.headers.link) !== undefined;
        const next = trail.follow(nextHref(response, page.last, probe ? pageSize : undefined, page.entries.length), response.url, response.headers['x-jfrog-version'] ? artifactoryPath : undefined);
        if (!next)
            break;
        if (stale >= MAX_STALE_PAGES)
            throw stalePages(request, trail.pages, items.size);
        response = await api.fetch({ method: 'GET', url: next }, request.scope, request.ctx, request.explain);
    }
    return { items: [...items], pages: trail.pages, dropped };
}
/**
 * The pages of one list, on the registry's host and scheme. At the cap, a list whose
 * last pages brought nothing new is refused as such (the more telling error).
 */
function registryTrail(api, request, options, tally) {
    return new _next_page_js__WEBPACK_IMPORTED_MODULE_3__/* .PageTrail */ .a({
        schemes: 'current',
        maxPages: options.maxPages,
        loop: { log: api.log, source: 'The registry' },
        refuse: refusal => {
            if (refusal.reason !== 'cap')
                return linkRefused(refusal);
            const { stale, count } = tally();
            const error = stale >= MAX_STALE_PAGES ? stalePages : tooManyPages;
            return error(request, refusal.pages, count);
        }
    });
}
/**
 * ECR answers 405 to an `n` above its cap, older registries 400: then ask
 * without `n`. distribution answers PAGINATION_NUMBER_INVALID above its
 * `maxentries`: then ask for a smaller page, and when even that is above
 * (`maxentries` can be set below 100), without `n`: it then sends
 * `maxentries` a page.
 */
async function firstPage(api, request, pageSize) {
    const url = new URL(`${api.base}${request.path}`);
    url.searchParams.set('n', String(pageSize));
    try {
        const response = await api.fetch({ method: 'GET', url: url.href }, request.scope, request.ctx, request.explain);
        return { response, pageSize };
    }
    catch (error) {
        if (!(error instanceof _failures_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryError */ .gl) || (error.status !== 400 && error.status !== 405)) {
            throw error;
        }
        const smaller = error.codes.includes('PAGINATION_NUMBER_INVALID') && pageSize > SMALLER_PAGE;
        api.log.info(`The registry refused n=${pageSize} (${error.status}); asking ${smaller ? `n=${SMALLER_PAGE}` : 'without n'}`);
        if (smaller)
            return firstPage(api, request, SMALLER_PAGE);
        url.searchParams.delete('n');
        const response = await api.fetch({ method: 'GET', url: url.href }, request.scope, request.ctx, request.explain);
        return { response, pageSize: undefined };
    }
}
/** `{"<field>": [...]}`; `null` (distribution 2.x, empty repository) reads as none. */
function readPage(response, request) {
    const json = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJsonObject */ .dw)(response.body, request.ctx);
    const list = json[request.field];
    if (list === null || list === undefined)
        return { entries: [], dropped: 0 };
    if (!Array.isArray(list)) {
        throw new _failures_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryError */ .gl(`Could not ${request.ctx.action} on ${request.ctx.registry}: '${request.field}' in the answer is not a list.`, { kind: 'protocol' });
    }
    const entries = [];
    for (const entry of list) {
        if (typeof entry === 'string' && request.accept(entry))
            entries.push(entry);
    }
    const last = list[list.length - 1];
    return {
        entries,
        dropped: list.length - entries.length,
        ...(typeof last === 'string' && request.accept(last) && { last })
    };
}
/**
 * The next page's link. `probeSize`: no Link so far and this page brought new
 * entries, so a page of exactly that size may hide more (silent paging).
 */
function nextHref(response, last, probeSize, pageLength) {
    const link = (0,_link_js__WEBPACK_IMPORTED_MODULE_2__/* .nextLink */ .IX)(response.headers.link);
    if (link !== undefined)
        return link;
    if (probeSize !== undefined && pageLength === probeSize && last !== undefined) {
        const next = new URL(response.url);
        next.searchParams.set('last', last);
        return next.href;
    }
    return undefined;
}
/**
 * Artifactory (RTFACT-18971) drops the virtual repository from the Link's
 * path: keep ours and take only its query (`last`, `n`).
 */
function artifactoryPath(next, here) {
    if (next.pathname === here.pathname)
        return next;
    const kept = new URL(here);
    kept.search = next.search;
    return kept;
}
/** The registry's words for a next-page link that is not followed. */
function linkRefused(refusal) {
    const what = refusal.reason === 'not-a-url'
        ? 'sent a next-page link that is not a URL'
        : refusal.reason === 'scheme'
            ? `sent a next-page link with the scheme '${refusal.url.protocol}'; only http and https are followed`
            : `sent a next-page link to another host (${refusal.url.host}); refusing to follow it, since it could take our credentials elsewhere`;
    return new _failures_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryError */ .gl(`The registry ${what}.`, { kind: 'protocol' });
}
function stalePages(request, pages, count) {
    return new _failures_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryError */ .gl(`Could not ${request.ctx.action} on ${request.ctx.registry}: the registry's next-page links kept coming, but the last ${MAX_STALE_PAGES} pages brought no new ${request.field} (${count} after ${pages} pages). Refusing to follow them further, or to choose from a list that may be partial.`, { kind: 'protocol' });
}
function tooManyPages(request, pages, count) {
    return new _failures_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryError */ .gl(`Could not ${request.ctx.action} on ${request.ctx.registry}: stopped after ${pages} pages (${count} ${request.field}), the registry keeps sending more. Refusing to choose from a partial list.`, { kind: 'protocol' });
}


/***/ }),

/***/ 8688:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* binding */ formatPlatform),
/* harmony export */   FL: () => (/* binding */ normalizePlatform),
/* harmony export */   J5: () => (/* binding */ platformMatches),
/* harmony export */   Y8: () => (/* binding */ parsePlatform)
/* harmony export */ });
const ARCH_ALIASES = {
    aarch64: 'arm64',
    x86_64: 'amd64',
    'x86-64': 'amd64',
    i386: '386',
    armhf: 'arm',
    armel: 'arm'
};
function normalizePlatform(p) {
    const os = p.os.toLowerCase();
    const raw = p.architecture.toLowerCase();
    const architecture = ARCH_ALIASES[raw] ?? raw;
    let variant = p.variant?.toLowerCase() || undefined;
    if (raw === 'armhf')
        variant = 'v7';
    if (raw === 'armel')
        variant = 'v6';
    if (architecture === 'arm64' && variant === 'v8')
        variant = undefined;
    if (architecture === 'amd64' && variant === 'v1')
        variant = undefined;
    if (architecture === 'arm' && !variant)
        variant = 'v7';
    return { os, architecture, ...(variant && { variant }) };
}
/** Parses `linux/arm64`, `linux/arm/v7`; undefined when malformed. */
function parsePlatform(text) {
    const parts = text.trim().split('/');
    if (parts.length < 2 || parts.length > 3 || parts.some(p => !/^[A-Za-z0-9_.-]+$/.test(p)))
        return undefined;
    const [os, architecture, variant] = parts;
    return normalizePlatform({ os, architecture, ...(variant && { variant }) });
}
function formatPlatform(p) {
    return [p.os, p.architecture, p.variant].filter(Boolean).join('/');
}
/** True when `candidate` satisfies `wanted`; a variant left out of `wanted` matches any. */
function platformMatches(wanted, candidate) {
    const w = normalizePlatform(wanted);
    const c = normalizePlatform(candidate);
    return (w.os === c.os && w.architecture === c.architecture && (!w.variant || w.variant === c.variant));
}


/***/ }),

/***/ 4707:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ah: () => (/* binding */ parseReleaseInputs),
/* harmony export */   nV: () => (/* binding */ formatAge)
/* harmony export */ });
/* unused harmony exports DEFAULT_RELEASE, RELEASE_INPUTS, parseDuration */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/**
 * The release inputs, read and checked in one place: `minimum-release-age`
 * (a cooldown: `3d`, `12h`, `2 days`, `1 week`; `0` off),
 * `release-age-missing` (`hold` | `allow`) and `lts` (`auto` | `only` |
 * `off`). Pure; each bad value is a UsageError naming its input.
 */

const DEFAULT_RELEASE = { lts: 'auto' };
/** The inputs, by name, for the front ends and the checks of other modes. */
const RELEASE_INPUTS = (/* unused pure expression or super */ null && (['minimum-release-age', 'release-age-missing', 'lts']));
const UNIT_MS = {
    m: 60_000,
    min: 60_000,
    mins: 60_000,
    minute: 60_000,
    minutes: 60_000,
    h: 3_600_000,
    hr: 3_600_000,
    hrs: 3_600_000,
    hour: 3_600_000,
    hours: 3_600_000,
    d: 86_400_000,
    day: 86_400_000,
    days: 86_400_000,
    w: 604_800_000,
    week: 604_800_000,
    weeks: 604_800_000
};
/** A year: a longer cooldown is surely a typo (`30w` meant `30d`?) and would hold everything. */
const MAX_AGE_MS = 366 * 86_400_000;
/**
 * `3d`, `12h`, `2 days`, `1 week`, `90m`, `1.5d`; `0` is off. Undefined
 * for anything else: the caller names the input.
 */
function parseDuration(text) {
    const trimmed = text.trim().toLowerCase();
    if (/^0+(\.0*)?$/.test(trimmed))
        return 0;
    const match = /^(\d{1,6}(?:\.\d{1,3})?)\s*([a-z]+)$/.exec(trimmed);
    const unit = match ? UNIT_MS[match[2]] : undefined;
    if (!match || unit === undefined)
        return undefined;
    return Math.round(Number(match[1]) * unit);
}
/** `3 days`, `20 h`, `45 min`: an age said the way a person reads it. */
function formatAge(ms) {
    const minutes = Math.max(0, Math.round(ms / 60_000));
    if (minutes < 120)
        return `${minutes} min`;
    const hours = Math.floor(minutes / 60);
    if (hours < 48)
        return `${hours} h`;
    const days = Math.floor(hours / 24);
    return `${days} day${days === 1 ? '' : 's'}`;
}
function parseReleaseInputs(get) {
    const ageText = get('minimum-release-age').trim();
    const ageMs = ageText ? parseDuration(ageText) : 0;
    if (ageMs === undefined || ageMs > MAX_AGE_MS) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e('minimum-release-age', `'${ageText}' is not a duration of at most a year: write a number and a unit, e.g. '3d', '12h', '2 days', '1 week' (or '0' for none).`);
    }
    const missing = (get('release-age-missing').trim().toLowerCase() || 'hold');
    if (missing !== 'hold' && missing !== 'allow') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e('release-age-missing', `'${get('release-age-missing').trim()}' is not 'hold' or 'allow'.`);
    }
    const lts = (get('lts').trim().toLowerCase() || 'auto');
    if (!['auto', 'only', 'off'].includes(lts)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e('lts', `'${get('lts').trim()}' is not one of 'auto', 'only' or 'off'.`);
    }
    return {
        ...(ageMs > 0 && { cooldown: { minimumAgeMs: ageMs, text: ageText, missing } }),
        lts
    };
}


/***/ }),

/***/ 539:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $B: () => (/* binding */ parseRepositoriesTarget),
/* harmony export */   ff: () => (/* binding */ describeTarget),
/* harmony export */   xW: () => (/* binding */ listRepositories)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8286);
/**
 * Repositories mode: what a registry, a Docker Hub namespace or a ghcr.io
 * owner holds. Each source lists names its own way (the V2 catalog, the Hub
 * API, the GitHub packages API); here they are validated, filtered and
 * sorted the same way. Engine level: the front ends call it with the
 * engine's listers; the clients below it share `registry/listing.ts`.
 */


async function listRepositories(engine, request) {
    const listing = await engine.repositoryListing(request.target);
    const { filter, exclude } = request;
    const repositories = listing.names
        .filter(name => (!filter || filter.test(name)) && !exclude?.test(name))
        .sort();
    engine.log.info(`${describeTarget(request.target)}: ${listing.names.length} repositories, ${repositories.length} pass the filters`);
    return {
        target: request.target,
        repositories,
        total: listing.names.length,
        dropped: listing.dropped,
        pages: listing.pages
    };
}
function describeTarget(target) {
    switch (target.kind) {
        case 'catalog':
            return target.host.registry;
        case 'docker-hub':
            return `docker.io/${target.namespace}`;
        case 'github':
            return `ghcr.io/${target.owner}`;
    }
}
/**
 * `registry.example.com:5000` → the catalog; `docker.io/<namespace>` → the
 * Hub API; `ghcr.io/<owner>` → GitHub packages. `docker.io` alone is refused
 * with the reason: Docker Hub has no catalog.
 */
function parseRepositoriesTarget(raw, input = 'repositories') {
    const text = raw.trim().replace(/\/+$/, '');
    const slash = text.indexOf('/');
    const host = slash < 0 ? text : text.slice(0, slash);
    const rest = slash < 0 ? '' : text.slice(slash + 1);
    const ref = (0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .parseReference */ .F2)(`${host}/x`, input);
    if (ref.registry === _reference_js__WEBPACK_IMPORTED_MODULE_1__/* .DOCKER_HUB */ .Xb) {
        if (!rest) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(input, `Docker Hub has no catalog of repositories: give a namespace to list, such as 'docker.io/library' or 'docker.io/<your user or organisation>'.`);
        }
        return { kind: 'docker-hub', namespace: namespaceOf(rest, raw, input) };
    }
    if (ref.registry === 'ghcr.io') {
        if (!rest) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(input, `ghcr.io has no catalog of repositories: give an owner, such as 'ghcr.io/<user or organisation>'.`);
        }
        return { kind: 'github', owner: namespaceOf(rest.toLowerCase(), raw, input) };
    }
    if (rest) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(input, `'${raw}' names a path on ${ref.registry}; a registry's catalog is listed by its host alone ('${ref.registry}'). Namespaces can be listed on docker.io and ghcr.io only.`);
    }
    return { kind: 'catalog', host: { registry: ref.registry, endpoint: ref.endpoint } };
}
function namespaceOf(rest, raw, input) {
    if (!/^[a-z0-9][a-z0-9_.-]*$/.test(rest)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(input, `'${raw}' does not end in one namespace or owner name (lowercase letters, digits, '-', '_', '.').`);
    }
    return rest;
}


/***/ }),

/***/ 6037:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ll: () => (/* binding */ engineOptions),
  LV: () => (/* binding */ lookupRequestOf),
  Di: () => (/* binding */ repositoriesRequestOf)
});

;// CONCATENATED MODULE: ./src/registry/hosted.ts
/**
 * Registries run by a hosting company, which always serve verified TLS.
 * With `image: auto`, `insecure` never applies to them: a repository's files
 * name the registries, and a fork could otherwise send a token for
 * ghcr.io in clear, or to a forged certificate (issue 17).
 */
/** Hosts, and the domains whose every subdomain is one (`*.pkg.dev`). */
const HOSTS = new Set([
    'docker.io',
    'index.docker.io',
    'registry-1.docker.io',
    'registry.hub.docker.com',
    'ghcr.io',
    'docker.pkg.github.com',
    'quay.io',
    'gcr.io',
    'registry.gitlab.com',
    'mcr.microsoft.com',
    'public.ecr.aws',
    'nvcr.io',
    'registry.k8s.io',
    'docker.elastic.co',
    'cgr.dev',
    'registry.redhat.io',
    'registry.access.redhat.com',
    'registry.digitalocean.com',
    'container-registry.oracle.com'
]);
const DOMAINS = [
    'gcr.io',
    'pkg.dev',
    'amazonaws.com',
    'amazonaws.com.cn',
    'azurecr.io',
    'azurecr.cn',
    'azurecr.us',
    'ocir.io',
    'icr.io',
    'jfrog.io',
    'docker.io',
    'quay.io',
    'ghcr.io',
    'gitlab.com',
    'github.com',
    'githubusercontent.com'
];
/** The host of `host[:port]`, lowercase, without a trailing dot. */
function hostOf(endpoint) {
    const host = endpoint.startsWith('[') ? endpoint : endpoint.replace(/:\d*$/, '');
    return host.toLowerCase().replace(/\.$/, '');
}
/** True for a hosted registry (`ghcr.io`, `ghcr.io:443`, `eu.gcr.io`, `x.dkr.ecr.us-east-1.amazonaws.com`). */
function isHostedRegistry(endpoint) {
    const host = hostOf(endpoint);
    return HOSTS.has(host) || DOMAINS.some(domain => host.endsWith(`.${domain}`));
}

;// CONCATENATED MODULE: ./src/run-requests.ts

/** The engine for a run of these options: the same for the action and the command line. */
function engineOptions(options, log, onSecret, env, 
/**
 * With `image: auto`, the registries the files reference: `insecure`
 * applies to each self-hosted one, never to a hosted one (a fork names them).
 */
referenced = []) {
    const insecureHosts = options.mode === 'image'
        ? [options.image.endpoint]
        : options.mode === 'auto'
            ? referenced.filter(endpoint => !isHostedRegistry(endpoint))
            : options.target.kind === 'catalog'
                ? [options.target.host.endpoint]
                : [];
    return {
        log,
        onSecret,
        credentials: { ...options.credentials, env },
        ...(options.insecure && insecureHosts.length && { insecureHosts: new Set(insecureHosts) }),
        timeoutMs: options.timeoutMs,
        requestTimeoutMs: options.requestTimeoutMs
    };
}
/** The lookup these options ask for. */
function lookupRequestOf(options) {
    return {
        image: options.image,
        ...(options.current && { current: options.current }),
        policy: options.policy,
        ...(options.platform && { platform: options.platform }),
        release: options.release
    };
}
/** The repositories listing these options ask for. */
function repositoriesRequestOf(options) {
    return {
        target: options.target,
        ...(options.filter && { filter: options.filter }),
        ...(options.exclude && { exclude: options.exclude })
    };
}


/***/ }),

/***/ 2357:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mW: () => (/* binding */ readCappedBody),
/* harmony export */   y_: () => (/* binding */ DEFAULT_MAX_BODY_BYTES),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* unused harmony export tooLarge */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9854);

const DEFAULT_MAX_BODY_BYTES = 64 * 1024 * 1024;
/** "64 MiB", "1.5 KiB", "12 bytes". */
function formatBytes(bytes) {
    const units = ['bytes', 'KiB', 'MiB', 'GiB'];
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return `${Number(value.toFixed(1))} ${units[unit]}`;
}
function tooLarge(options, cause) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .NetworkError */ .Dr(`${options.what} answered more than ${formatBytes(options.maxBytes)}; refusing to read a response that large.`, { url: options.url, code: 'ETOOLARGE', temporary: false, cause });
}
function truncated(options, received, expected) {
    const of = expected === undefined ? '' : ` of the ${expected} announced`;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .NetworkError */ .Dr(`${options.what} answered with a truncated body: the connection closed after ${received} bytes${of}.`, { url: options.url, code: 'ETRUNCATED', temporary: false });
}
/** The whole body, or a NetworkError (ETOOLARGE, ETRUNCATED) with the socket destroyed. */
function readCappedBody(message, options) {
    const announced = message.headers['content-length'];
    if (!options.head && announced !== undefined && Number(announced) > options.maxBytes) {
        message.destroy();
        return Promise.reject(tooLarge(options));
    }
    return new Promise((resolve, reject) => {
        const chunks = [];
        let received = 0;
        let settled = false;
        const fail = (error) => {
            if (settled)
                return;
            settled = true;
            chunks.length = 0;
            message.destroy();
            reject(error);
        };
        message.on('data', (chunk) => {
            if (settled)
                return;
            received += chunk.length;
            if (received > options.maxBytes)
                return fail(tooLarge(options));
            chunks.push(chunk);
            options.onProgress?.();
        });
        message.on('end', () => {
            if (settled)
                return;
            settled = true;
            resolve(Buffer.concat(chunks, received));
        });
        // An answer cut short ends in 'error' (aborted) and/or 'close' without 'end'.
        const cutShort = () => fail(truncated(options, received, announced));
        message.on('error', cutShort);
        message.on('close', () => {
            if (!message.complete)
                cutShort();
        });
    });
}


/***/ }),

/***/ 2301:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B2: () => (/* binding */ Deadline),
/* harmony export */   Io: () => (/* binding */ Watchdog),
/* harmony export */   Xo: () => (/* binding */ formatSeconds),
/* harmony export */   ji: () => (/* binding */ NO_DEADLINE)
/* harmony export */ });
/* unused harmony export DeadlineError */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/**
 * The step's time budget (input `timeout`), shared by every request of a run:
 * the transport bounds each attempt, wait and queue by what is left of it.
 */

class Deadline {
    totalMs;
    now;
    endsAt;
    constructor(
    /** The whole budget; `Infinity` for none. */
    totalMs, now = Date.now) {
        this.totalMs = totalMs;
        this.now = now;
        this.endsAt = now() + totalMs;
    }
    /** Milliseconds left, never negative; `Infinity` when there is no budget. */
    remainingMs() {
        return Math.max(0, this.endsAt - this.now());
    }
    get expired() {
        return this.remainingMs() <= 0;
    }
    /** The error to fail with when the budget ran out while `doing` something. */
    error(doing, cause) {
        return new DeadlineError(this.totalMs, doing, cause);
    }
    /**
     * `work`, or a DeadlineError when the budget runs out first: the bound on
     * whatever a run waits for outside the transport (a credential helper).
     */
    async race(work, doing) {
        if (this.remainingMs() === Infinity)
            return work;
        let timer;
        const expired = new Promise((_, reject) => {
            timer = setTimeout(() => reject(this.error(doing)), this.remainingMs());
            timer.unref();
        });
        try {
            return await Promise.race([work, expired]);
        }
        finally {
            clearTimeout(timer);
            work.catch(() => undefined);
        }
    }
    /** Throws a DeadlineError if nothing is left: nothing new starts after the deadline. */
    check(doing) {
        if (this.expired)
            throw this.error(doing);
    }
}
/** A budget that never runs out, for transports built without a step timeout. */
const NO_DEADLINE = new Deadline(Infinity);
/** The step's `timeout` ran out. Not temporary: within this run there is no time left to try again. */
class DeadlineError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l {
    timeoutMs;
    doing;
    constructor(timeoutMs, 
    /** What was being done, e.g. "waiting for GET https://host/v2/". */
    doing, cause) {
        super(`The step's timeout (${formatSeconds(timeoutMs)}) ran out while ${doing}. Raise the 'timeout' input if the registry is only slow.`, { cause });
        this.timeoutMs = timeoutMs;
        this.doing = doing;
    }
}
/** "0.4 s", "1.5 s", "20 s", "600 s": one decimal below ten seconds, whole seconds above. */
function formatSeconds(ms) {
    const seconds = ms / 1000;
    return `${seconds >= 10 ? Math.round(seconds) : Number(seconds.toFixed(1))} s`;
}
/**
 * One attempt's timer: fires after `idleMs` without progress, or when the
 * deadline comes first, telling which of the two it was. `restart()` on
 * every sign of progress (headers, a body chunk); `stop()` when done.
 */
class Watchdog {
    idleMs;
    deadline;
    onFire;
    timer;
    constructor(idleMs, deadline, onFire) {
        this.idleMs = idleMs;
        this.deadline = deadline;
        this.onFire = onFire;
    }
    restart() {
        this.stop();
        const remaining = this.deadline.remainingMs();
        const byDeadline = remaining < this.idleMs;
        this.timer = setTimeout(() => this.onFire(byDeadline), byDeadline ? remaining : this.idleMs);
    }
    stop() {
        clearTimeout(this.timer);
    }
}


/***/ }),

/***/ 9854:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dr: () => (/* binding */ NetworkError),
/* harmony export */   nn: () => (/* binding */ RetryAfterError),
/* harmony export */   uP: () => (/* binding */ UnsafeRequestError),
/* harmony export */   x6: () => (/* binding */ networkError)
/* harmony export */ });
/* unused harmony export isTemporaryCode */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/** Errors of the HTTP transport: what went wrong below the HTTP status line. */

/** The request got no (complete) HTTP answer: DNS, refused, reset, TLS, timeout, truncated, too large. */
class NetworkError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l {
    url;
    code;
    constructor(message, options) {
        super(message, { cause: options.cause, temporary: options.temporary });
        this.url = options.url;
        this.code = options.code;
    }
}
/** Answers no retry can fix: the name does not exist, the certificate is wrong, the URL is bad. */
const PERMANENT_CODE = /^(ENOTFOUND|ETRUNCATED|ETOOLARGE|ERR_INVALID_\w+|ERR_TLS_CERT_ALTNAME_INVALID|CERT_\w+|\w*_CERT\w*|UNABLE_TO_\w+)$/;
/** A failed request worth another try: timeouts, resets, refusals and other passing troubles. */
function isTemporaryCode(code) {
    return !PERMANENT_CODE.test(code);
}
/** A failed socket, DNS or TLS step as a NetworkError; our own NetworkErrors pass unchanged. */
function networkError(error, what, url) {
    if (error instanceof NetworkError)
        return error;
    const code = error.code ?? 'ERROR';
    return new NetworkError(`${what} failed: ${error.message}`, {
        url: url.href,
        code,
        temporary: isTemporaryCode(code),
        cause: error
    });
}
/** A request that would leak credentials, or go to a URL that is not http(s), was stopped before it was sent. */
class UnsafeRequestError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l {
}
/**
 * A 429 or 5xx whose Retry-After is longer than we may wait (the time left
 * of the step, or `maxRetryAfterMs`). Temporary: a later run may succeed.
 */
class RetryAfterError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l {
    response;
    waitMs;
    constructor(message, 
    /** The answer that asked for the wait, for callers that explain rate limits. */
    response, waitMs) {
        super(message, { temporary: true });
        this.response = response;
        this.waitMs = waitMs;
    }
}


/***/ }),

/***/ 4403:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ first),
/* harmony export */   V: () => (/* binding */ retryAfterMs)
/* harmony export */ });
/**
 * Reading response headers the way every client here needs them: one value
 * of a header Node may give as a list, and how long a server asked us to
 * wait. Imported by the transport's retry and by the registry, Hub and
 * GitHub clients alike.
 */
/** The first value of a header Node may hand over as a list. */
function first(value) {
    return Array.isArray(value) ? value[0] : value;
}
/**
 * Milliseconds the server asked us to wait: `Retry-After` as seconds or an
 * HTTP date; Docker Hub's web API sends `X-Retry-After` as a Unix timestamp.
 */
function retryAfterMs(headers, now = Date.now()) {
    const value = first(headers['retry-after']);
    if (value !== undefined) {
        if (/^\s*\d+\s*$/.test(value))
            return Number(value) * 1000;
        const date = Date.parse(value);
        if (!Number.isNaN(date))
            return Math.max(0, date - now);
    }
    const unix = first(headers['x-retry-after']);
    if (unix !== undefined && /^\s*\d+\s*$/.test(unix))
        return Math.max(0, Number(unix) * 1000 - now);
    return undefined;
}


/***/ }),

/***/ 8514:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ redactUrl),
/* harmony export */   CO: () => (/* binding */ bareHostname),
/* harmony export */   LZ: () => (/* binding */ hostnameOf),
/* harmony export */   ZC: () => (/* binding */ hostPortOf),
/* harmony export */   _j: () => (/* binding */ assertFetchableUrl),
/* harmony export */   cW: () => (/* binding */ isLoopbackHost)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9854);
/** host[:port] and URL helpers. Loopback registries may use plain HTTP. */

/** `localhost`, `*.localhost`, 127.0.0.0/8 and ::1, with or without a port. */
function isLoopbackHost(host) {
    const hostname = hostnameOf(host).toLowerCase();
    return (hostname === 'localhost' ||
        hostname.endsWith('.localhost') ||
        /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname) ||
        hostname === '[::1]' ||
        hostname === '::1' ||
        hostname === '[0:0:0:0:0:0:0:1]');
}
/** Strips the port: `[::1]:5000` → `[::1]`, `host:443` → `host`. */
function hostnameOf(host) {
    if (host.startsWith('['))
        return host.slice(0, host.indexOf(']') + 1);
    const colon = host.indexOf(':');
    return colon < 0 ? host : host.slice(0, colon);
}
/**
 * What DNS and sockets need: an IPv6 literal without its brackets. WHATWG URL
 * keeps them in `hostname` (`[::1]`), and Node's resolver cannot look that up.
 */
function bareHostname(hostname) {
    return hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
}
/** host:port with the scheme's default port made explicit: the key of per-host limits. */
function hostPortOf(url) {
    return `${url.hostname}:${url.port || (url.protocol === 'https:' ? '443' : '80')}`;
}
/**
 * Scheme, host and path, without user info or query (either may carry
 * secrets): what a message may show of a URL. URLs without a host
 * (`data:`, `javascript:`) show only their scheme.
 */
function redactUrl(url) {
    try {
        const u = new URL(url);
        if (!u.host && u.protocol !== 'file:')
            return `${u.protocol}…`;
        return `${u.protocol}//${u.host}${u.pathname}`;
    }
    catch {
        return '<invalid url>';
    }
}
const FETCHABLE = new Set(['http:', 'https:']);
/**
 * Parses a URL the registry gave us (request, redirect Location, token realm,
 * Link) and refuses anything but http and https: `ftp:`, `ws:`, `file:` and
 * friends would bypass the plain-HTTP guard or reach what they should not.
 * `what` names the URL in the message, e.g. "redirect target" or "token realm".
 */
function assertFetchableUrl(url, what) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UnsafeRequestError */ .uP(`Refusing the ${what}: it is not a valid URL.`, { cause: error });
    }
    if (!FETCHABLE.has(parsed.protocol)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UnsafeRequestError */ .uP(`Refusing the ${what} ${redactUrl(url)}: the URL scheme '${parsed.protocol.slice(0, -1)}' is refused; only http and https are fetched.`);
    }
    return parsed;
}


/***/ }),

/***/ 9200:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ parseRegistryErrorBody)
/* harmony export */ });
/* harmony import */ var _text_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7388);

function parseRegistryErrorBody(body) {
    const text = body.trim();
    if (!text)
        return { codes: [], summary: '' };
    try {
        const json = JSON.parse(text);
        if (Array.isArray(json.errors)) {
            const codes = json.errors.map(e => clip(String(e.code ?? ''))).filter(Boolean);
            const parts = json.errors.map(e => [e.code, e.message].filter(Boolean).join(': '));
            return { codes, summary: clip(parts.join('; ')) };
        }
        if (typeof json.details === 'string')
            return { codes: [], summary: clip(json.details) };
    }
    catch {
        // not JSON: fall through to text
    }
    if (/^\s*</.test(text)) {
        const title = /<title[^>]*>([^<]*)<\/title>/i.exec(text)?.[1]?.trim();
        return { codes: [], summary: title ? `HTML page "${clip(title)}"` : 'an HTML page' };
    }
    return { codes: [], summary: clip(text) };
}
/** The server's words as one short line, controls (ESC, BEL, OSC 52…) shown escaped. */
function clip(text) {
    return (0,_text_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .serverText */ .Tn)(text);
}


/***/ }),

/***/ 2211:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PS: () => (/* binding */ isRetryableStatus),
/* harmony export */   bD: () => (/* binding */ withRetry),
/* harmony export */   fU: () => (/* binding */ RetryPolicy),
/* harmony export */   jo: () => (/* binding */ backoffMs)
/* harmony export */ });
/* harmony import */ var _deadline_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2301);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9854);
/* harmony import */ var _headers_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4403);
/* harmony import */ var _hosts_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8514);




/**
 * Retries as `policy` says. Each retry goes through every layer under this
 * one again: it follows redirects anew, and waits for a slot again (a
 * backoff or Retry-After wait holds no connection).
 */
function withRetry(policy) {
    return inner => request => policy.run(request, () => inner(request));
}
class RetryPolicy {
    options;
    constructor(options) {
        this.options = options;
    }
    /**
     * Runs `attempt` until it gives an answer not worth retrying or the tries
     * run out; returns the last answer. A timeout is retried once at most.
     * No wait outlasts the deadline (the transport starts no request after it).
     */
    async run(request, attempt) {
        const { maxRetries } = this.options;
        let timedOut = false;
        for (let retry = 1;; retry++) {
            const last = retry > maxRetries;
            let response;
            try {
                response = await attempt();
            }
            catch (error) {
                if (last || !(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .NetworkError */ .Dr) || !error.temporary)
                    throw error;
                if (error.code === 'ETIMEDOUT') {
                    if (timedOut)
                        throw error;
                    timedOut = true;
                    this.options.log.info(`${error.message}; retrying once`);
                }
                else if (!(await this.backOff(retry, error.message)))
                    throw error;
                continue;
            }
            if (last || !isRetryableStatus(response.status))
                return response;
            const what = `${request.method} ${(0,_hosts_js__WEBPACK_IMPORTED_MODULE_2__/* .redactUrl */ .BO)(response.url)} answered ${response.status}`;
            const asked = (0,_headers_js__WEBPACK_IMPORTED_MODULE_3__/* .retryAfterMs */ .V)(response.headers);
            if (asked !== undefined)
                await this.waitAsked(response, what, asked, retry);
            else if (!(await this.backOff(retry, what)))
                return response;
        }
    }
    /** Waits before retry number `retry`; false when the wait would outlast the deadline. */
    async backOff(retry, what) {
        const wait = backoffMs(retry);
        if (wait >= this.options.deadline.remainingMs())
            return false;
        this.options.log.info(`${what}; retry ${retry} of ${this.options.maxRetries} in ${(0,_deadline_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSeconds */ .Xo)(wait)}`);
        await this.options.sleep(wait);
        return true;
    }
    /** Waits as the server asked, or fails at once naming the wait when it is longer than we may. */
    async waitAsked(response, what, asked, retry) {
        const { maxRetryAfterMs, maxRetries, deadline, log } = this.options;
        const left = deadline.remainingMs();
        const wait = `${what} and asked to wait ${(0,_deadline_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSeconds */ .Xo)(asked)} (Retry-After)`;
        if (asked >= left && left <= maxRetryAfterMs) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RetryAfterError */ .nn(`${wait}; only ${(0,_deadline_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSeconds */ .Xo)(left)} left of the step's timeout. Try again later, or raise 'timeout'.`, response, asked);
        }
        if (asked > maxRetryAfterMs) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RetryAfterError */ .nn(`${wait}; that is longer than the ${(0,_deadline_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSeconds */ .Xo)(maxRetryAfterMs)} this action waits. Try again later.`, response, asked);
        }
        log.info(`${wait}; waiting (retry ${retry} of ${maxRetries})`);
        await this.options.sleep(asked);
    }
}
/** Statuses worth another try: rate limited, or the registry (or its CDN) failed. */
function isRetryableStatus(status) {
    return status === 408 || status === 429 || (status >= 500 && status !== 501 && status !== 505);
}
/** Exponential backoff with jitter: attempt 1 → ~0.5 s, 2 → ~1 s, 3 → ~2 s, capped. */
function backoffMs(attempt, baseMs = 500, capMs = 8000, random = Math.random) {
    const exp = Math.min(capMs, baseMs * 2 ** (attempt - 1));
    return Math.round(exp / 2 + (random() * exp) / 2);
}


/***/ }),

/***/ 323:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   By: () => (/* binding */ TokenService),
/* harmony export */   bV: () => (/* binding */ tokenKey),
/* harmony export */   gz: () => (/* binding */ TokenError)
/* harmony export */ });
/* unused harmony export parseTokenResponse */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _credentials_credential_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1333);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9854);
/* harmony import */ var _hosts_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8514);
/* harmony import */ var _registry_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9200);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2211);
/**
 * Bearer tokens from a registry's token service (distribution
 * docs/spec/auth/token.md). One service per run, shared by every session:
 * tokens are cached per realm + service + scopes + credential, and askers
 * of a token already being fetched wait for that one request.
 */






/**
 * The token service refused or failed. `status` is its HTTP status, 0 when
 * it never answered; `temporary` (429, 5xx, no answer) says a later try may work.
 */
class TokenError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l {
    status;
    constructor(message, status, options = {}) {
        super(message, { ...options, temporary: options.temporary ?? (0,_retry_js__WEBPACK_IMPORTED_MODULE_4__/* .isRetryableStatus */ .PS)(status) });
        this.status = status;
    }
}
/** OAuth2 requires a client_id; registries only log it. */
const CLIENT_ID = 'registry-tags';
/** Tokens live at least 60 s (spec); we renew 5 s before they expire. */
const MIN_LIFETIME_S = 60;
const RENEW_EARLY_MS = 5_000;
function tokenKey(request) {
    return [request.realm, request.service ?? '', [...request.scopes].sort().join(' ')].join('|');
}
/** Reads `token` or `access_token` and `expires_in` from a token response (`issued_at` is not trusted). */
function parseTokenResponse(body, now = Date.now()) {
    let json;
    try {
        json = JSON.parse(body);
    }
    catch {
        throw new Error('the token service did not answer with JSON');
    }
    const value = [json['access_token'], json['token']].find(v => typeof v === 'string' && v.length > 0);
    if (typeof value !== 'string')
        throw new Error('the token service answered without a token');
    const expiresIn = Math.max(MIN_LIFETIME_S, typeof json['expires_in'] === 'number' ? json['expires_in'] : MIN_LIFETIME_S);
    // Timed from when it was received, not from `issued_at`: a registry whose clock
    // is behind or ahead of ours would otherwise hand out tokens that look stale at once.
    return { value, expiresAt: now + expiresIn * 1000 - RENEW_EARLY_MS };
}
class TokenService {
    http;
    onSecret;
    /** Token requests sent (each POST or GET form), for request accounting. */
    fetched = 0;
    cache = new Map();
    inFlight = new Map();
    /** Basic values already announced: each goes to onSecret once, not per token request. */
    masked = new Set();
    constructor(http, 
    /** Told every secret before it is sent or kept: tokens and Basic values. */
    onSecret) {
        this.http = http;
        this.onSecret = onSecret;
    }
    /** Tokens are kept per credential too: an anonymous retry must not reuse a credential's token. */
    key(request, credential) {
        return `${tokenKey(request)}|${(0,_credentials_credential_js__WEBPACK_IMPORTED_MODULE_1__/* .credentialId */ .ZA)(credential)}`;
    }
    cached(request, credential, now = Date.now()) {
        const token = this.cache.get(this.key(request, credential));
        return token && token.expiresAt > now ? token : undefined;
    }
    /**
     * Drops a cached token the registry refused. With `refused`, only when the
     * cache still holds that value: another session may already have renewed it.
     */
    forget(request, credential, refused) {
        const key = this.key(request, credential);
        if (refused === undefined || this.cache.get(key)?.value === refused)
            this.cache.delete(key);
    }
    /** A cached token, the one being fetched, or a new one. A failure is not kept. */
    get(request, credential) {
        const hit = this.cached(request, credential);
        if (hit)
            return Promise.resolve(hit);
        const key = this.key(request, credential);
        let pending = this.inFlight.get(key);
        if (!pending) {
            pending = this.fetch(request, credential)
                .then(token => {
                this.cache.set(key, token);
                return token;
            })
                .finally(() => this.inFlight.delete(key));
            this.inFlight.set(key, pending);
        }
        return pending;
    }
    async fetch(request, credential) {
        let response = credential.kind === 'identity-token' ? await this.post(request, credential.token) : undefined;
        // oauth.md: a realm without the OAuth2 form answers 404; then the GET form.
        if (!response || response.status === 404)
            response = await this.getForm(request, credential);
        const body = response.body.toString('utf8');
        if (response.status !== 200) {
            const detail = (0,_registry_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .parseRegistryErrorBody */ .L)(body).summary;
            throw new TokenError(`The token service ${(0,_hosts_js__WEBPACK_IMPORTED_MODULE_3__/* .redactUrl */ .BO)(request.realm)} answered ${response.status}${detail ? ` (${detail})` : ''}`, response.status);
        }
        let token;
        try {
            token = parseTokenResponse(body);
        }
        catch (error) {
            throw new TokenError(`The token service ${(0,_hosts_js__WEBPACK_IMPORTED_MODULE_3__/* .redactUrl */ .BO)(request.realm)}: ${error.message}`, 200, { cause: error });
        }
        this.onSecret(token.value);
        return token;
    }
    /** The GET form (token.md): Basic credentials, one `scope` parameter per scope. */
    async getForm(request, credential) {
        const url = new URL(request.realm);
        if (request.service)
            url.searchParams.set('service', request.service);
        for (const scope of request.scopes)
            url.searchParams.append('scope', scope);
        const headers = {};
        const login = (0,_credentials_credential_js__WEBPACK_IMPORTED_MODULE_1__/* .basicLogin */ .YY)(credential);
        if (login) {
            const value = (0,_credentials_credential_js__WEBPACK_IMPORTED_MODULE_1__/* .basicValue */ .uZ)(...login);
            if (!this.masked.has(value))
                this.onSecret(value);
            this.masked.add(value);
            url.searchParams.set('account', login[0]);
            headers['Authorization'] = `Basic ${value}`;
        }
        return this.exchange({ method: 'GET', url: url.href, headers }, request);
    }
    /** The OAuth2 form (oauth.md) for an identity (refresh) token: scopes joined by spaces. */
    async post(request, refreshToken) {
        const form = new URLSearchParams({
            grant_type: 'refresh_token',
            refresh_token: refreshToken,
            client_id: CLIENT_ID,
            ...(request.service !== undefined && { service: request.service }),
            scope: request.scopes.join(' ')
        });
        // The transport guards Authorization headers; this secret travels in the body.
        const url = new URL(request.realm);
        if (url.protocol === 'http:' && !this.http.allowsPlainHttp(url.host)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UnsafeRequestError */ .uP(`Refusing to send credentials over plain HTTP to ${url.host} (the token service ${(0,_hosts_js__WEBPACK_IMPORTED_MODULE_3__/* .redactUrl */ .BO)(request.realm)}). Its token service must use HTTPS.`);
        }
        const headers = { 'Content-Type': 'application/x-www-form-urlencoded' };
        return this.exchange({ method: 'POST', url: request.realm, headers, body: form.toString() }, request);
    }
    /** One exchange, counted; a token service that never answers is a TokenError. */
    async exchange(message, request) {
        this.fetched++;
        try {
            return await this.http.send(message);
        }
        catch (error) {
            if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .NetworkError */ .Dr))
                throw error;
            throw new TokenError(`The token service ${(0,_hosts_js__WEBPACK_IMPORTED_MODULE_3__/* .redactUrl */ .BO)(request.realm)} did not answer: ${error.message}`, 0, { cause: error, temporary: error.temporary });
        }
    }
}


/***/ }),

/***/ 3309:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ok: () => (/* binding */ explainNoMatch),
  IB: () => (/* binding */ lineNotes),
  q4: () => (/* binding */ lineStoppedNote)
});

// UNUSED EXPORTS: filterRows

// EXTERNAL MODULE: ./src/versions/lines.ts
var lines = __webpack_require__(8682);
// EXTERNAL MODULE: ./src/versions/first-pass.ts + 4 modules
var first_pass = __webpack_require__(3706);
// EXTERNAL MODULE: ./src/versions/order.ts
var order = __webpack_require__(9665);
// EXTERNAL MODULE: ./src/versions/parse.ts
var parse = __webpack_require__(942);
;// CONCATENATED MODULE: ./src/versions/filtered-out.ts
/**
 * What the `filter` input removed, looked at again when nothing passed: how
 * many of the tags it removed read as versions without it, and the newest
 * few, so the hint can show what a working filter would have to match.
 * Only on that failure path, so reading every tag once more is affordable.
 */


function filteredOut(tags, policy, shown = 3) {
    const filter = policy.filter;
    if (!filter)
        return { versions: 0, newest: [] };
    let versions = 0;
    const newest = [];
    for (const tag of tags) {
        if (filter.test(tag))
            continue;
        const parsed = (0,parse/* parseTag */.ED)(tag);
        if (!(0,parse/* isVersion */.lF)(parsed))
            continue;
        versions++;
        const at = newest.findIndex(v => (0,order/* compareVersions */.Zy)(parsed, v) > 0);
        if (at >= 0)
            newest.splice(at, 0, parsed);
        else
            newest.push(parsed);
        if (newest.length > shown)
            newest.pop();
    }
    return { versions, newest: newest.map(v => v.tag) };
}

;// CONCATENATED MODULE: ./src/versions/explain.ts
/** Words for what the filters did, for the failure message and the job summary. */



/** One row per filter that is in force or removed something. */
function filterRows(selection, policy) {
    const rule = {
        filter: policy.filter && `filter /${policy.filter.source}/`,
        version: selection.notVersions.length
            ? `not a version (${selection.notVersions.slice(0, 3).join(', ')}…)`
            : 'not a version',
        exclude: policy.exclude && `exclude /${policy.exclude.source}/`,
        prerelease: policy.prerelease ? undefined : 'prerelease: false',
        variant: selection.pinned
            ? `the current tag is kept: ${selection.pinned}`
            : selection.variant === '*'
                ? undefined
                : selection.variant.startsWith('/')
                    ? `variant ${selection.variant}`
                    : selection.variant
                        ? `variant '${selection.variant}'${stoppedLine(selection)}`
                        : `variant: none (no suffix)${stoppedLine(selection)}`,
        precision: selection.components !== undefined
            ? `precision: ${selection.components} component${selection.components === 1 ? '' : 's'}`
            : undefined,
        range: policy.range && `range ${policy.range}`
    };
    return first_pass/* STAGES */.an.filter(s => rule[s] !== undefined || selection.removedBy[s] > 0).map(stage => ({
        stage,
        rule: rule[stage] ?? stage,
        removed: selection.removedBy[stage]
    }));
}
/** `; the line stopped: 0.9.0-pg17 is newer, on another line`, when the current tag's line did. */
function stoppedLine(selection) {
    const other = selection.lineStopped;
    return other ? `; the line stopped: ${other.tag} is newer, on another line, and not taken` : '';
}
/** `no newer tag on this line (0.8.1-pg13 is newer, on another line)`, when the line stopped. */
function lineStoppedNote(selection) {
    const other = selection.lineStopped;
    return other && `no newer tag on this line (${other.tag} is newer, on another line)`;
}
/**
 * The lines the current tag stays on and what became of them, in sentences
 * for the summary and `--explain`: "`-pg16` is a line: PostgreSQL 16", the
 * line stopped, or the current tag is kept as it is.
 */
function lineNotes(selection) {
    const current = selection.current;
    if (selection.pinned && current)
        return [`The current tag ${current.tag} is ${selection.pinned}.`];
    if (!current?.version)
        return [];
    const notes = (0,lines/* describeLines */.BT)(current.version).map(line => `${line}.`);
    const other = selection.lineStopped;
    if (other) {
        notes.push(`The line has no tag newer than ${selection.passing[0]?.tag ?? current.tag}: ` +
            `${other.tag} is newer but on another line, so the tag stays.`);
    }
    return notes;
}
/** Why nothing passed: every filter's count, the nearest misses, and what to loosen. */
function explainNoMatch(image, selection, policy, tags) {
    if (selection.total === 0) {
        return `${image} has no tags. Push a tag, or check the image name.`;
    }
    if (selection.pinned && selection.current) {
        return (`${image} has no tag ${selection.current.tag} (${selection.total} tags listed); ` +
            `it is ${selection.pinned}. Pin a tag the registry lists.`);
    }
    const rules = filterRows(selection, policy);
    const rows = rules.filter(r => r.removed > 0).map(r => `  - ${r.rule}: removed ${r.removed}`);
    const first = selection.nearest[0];
    const nearest = selection.nearest.map(r => `${r.tag} (removed by ${r.stage})`).join(', ');
    const rule = first && rules.find(r => r.stage === first.stage)?.rule;
    const loosen = first
        ? ` Loosen ${rule ?? `'${first.stage}'`} first: it removed the newest candidates.`
        : '';
    return [
        `No tag of ${image} passes the filters (${selection.total} tags listed):`,
        ...rows,
        nearest ? `Nearest removed: ${nearest}.${loosen}` : beforeVersions(selection, policy, tags)
    ].join('\n');
}
/**
 * The hint when no tag got past reading versions: the `filter` removed
 * them all, or kept only tags that are not versions, or none is a version.
 */
function beforeVersions(selection, policy, tags) {
    const removed = selection.removedBy.filter;
    const notVersions = selection.removedBy.version;
    if (!policy.filter || removed === 0) {
        return 'None of the tags reads as a version; use a filter with a (?<version>…) group to extract one.';
    }
    const filter = `The filter /${policy.filter.source}/`;
    const out = tags ? filteredOut(tags, policy) : undefined;
    const seen = out?.versions
        ? ` ${out.versions} of them read as versions without it (newest: ${out.newest.join(', ')}).`
        : '';
    if (notVersions === 0) {
        return (`${filter} removed all ${removed} tags.${seen} Try a filter that matches ${out?.versions ? 'one of those' : 'the tags you want'} ` +
            `(it is matched against the whole tag name: check anchors, dots and the suffix), or remove it.`);
    }
    return (`${filter} removed ${removed} tags, and the ${notVersions} it kept do not read as versions ` +
        `(${selection.notVersions.slice(0, 3).join(', ')}).${seen} Add a (?<version>…) group to the ` +
        `filter to read the version out of the tags it keeps, or loosen it.`);
}


/***/ }),

/***/ 3706:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  an: () => (/* binding */ STAGES),
  zW: () => (/* binding */ readTag),
  Vt: () => (/* binding */ readTagList),
  Lj: () => (/* binding */ versionsAt)
});

// UNUSED EXPORTS: readListedTag

// EXTERNAL MODULE: ./src/versions/shape.ts
var shape = __webpack_require__(6228);
;// CONCATENATED MODULE: ./src/versions/floating.ts

const newLine = () => ({ prerelease: false, extendedByRelease: false });
/** The channel and, when the tag has one, its line (`16` of `16-3.4`): another line is another trie. */
const lineKey = (v) => (v.line ? `${v.channel}\u0000${v.line}` : v.channel);
/**
 * Per channel, then per variant: `develop-6.0` is not a line of `6.0`. Two
 * levels rather than one joined key, so no string is made per tag.
 */
class PerLine {
    channels = new Map();
    get(v) {
        return this.channels.get(lineKey(v))?.get(v.variant);
    }
    set(v, value) {
        const key = lineKey(v);
        let variants = this.channels.get(key);
        if (!variants)
            this.channels.set(key, (variants = new Map()));
        variants.set(v.variant, value);
    }
}
class FloatingLines {
    roots = new PerLine();
    /** The most components a release of each line has. */
    precision = new PerLine();
    anyPrerelease = false;
    /** First pass: prereleases build their lines. */
    add(v) {
        if (!v.prerelease)
            return;
        this.anyPrerelease = true;
        let node = this.roots.get(v);
        if (!node)
            this.roots.set(v, (node = newLine()));
        for (const c of v.components) {
            node.children ??= new Map();
            let child = node.children.get(c);
            if (!child)
                node.children.set(c, (child = newLine()));
            node = child;
            node.prerelease = true;
        }
    }
    /** Whether the releases must be shown again (`markRelease`): only when a prerelease was seen. */
    get needsReleases() {
        return this.anyPrerelease;
    }
    /**
     * Second pass, releases only: record each line's precision and mark the
     * prerelease lines a release extends. Nodes are never made here, so a
     * million releases cost nothing.
     */
    markRelease(v) {
        // A date is no version line's alias: `amd64-2025.03.05` says nothing of `amd64-2025-02-01`.
        if (v.prerelease || (0,shape/* isDateKind */.hn)(v))
            return;
        if (v.components.length > (this.precision.get(v) ?? 0)) {
            this.precision.set(v, v.components.length);
        }
        let node = this.roots.get(v);
        for (let k = 0; node && k < v.components.length - 1; k++) {
            node = node.children?.get(v.components[k]);
            if (node)
                node.extendedByRelease = true;
        }
    }
    /** Whether `v`, a release, is a less specific tag on a line that has only prereleases. */
    isFloating(v) {
        if (!this.anyPrerelease || v.prerelease || (0,shape/* isDateKind */.hn)(v))
            return false;
        if (v.components.length >= (this.precision.get(v) ?? 0))
            return false;
        let node = this.roots.get(v);
        for (const c of v.components)
            node = node?.children?.get(c);
        return node !== undefined && node.prerelease && !node.extendedByRelease;
    }
}
/** The floating tags among `versions` (see FloatingLines). */
function floatingOnPrerelease(versions) {
    const lines = new FloatingLines();
    for (const v of versions)
        lines.add(v);
    if (lines.needsReleases)
        for (const v of versions)
            lines.markRelease(v);
    return new Set(versions.filter(v => lines.isFloating(v)).map(v => v.tag));
}

// EXTERNAL MODULE: ./src/versions/parse.ts
var parse = __webpack_require__(942);
;// CONCATENATED MODULE: ./src/versions/listed-versions.ts

/** No channel is known to have version lines (ParseOptions.channelLines). */
const NO_CHANNEL_LINES = new Set();
/** `tag` read from its filter's `version` group: the group's version, under the tag's name. */
function fromGroup(tag, group) {
    if (group === undefined)
        return { tag, reason: 'no version group match' };
    const inner = (0,parse/* parseTag */.ED)(group, { allowStamps: true });
    if (!(0,parse/* isVersion */.lF)(inner))
        return { tag, reason: inner.reason };
    const { prefix, components, prerelease, variant, channel, revision, line } = inner;
    return (0,parse/* makeVersion */.tq)(tag, prefix, components, prerelease, variant, channel, revision, line);
}
/**
 * Up to this many tags the first pass keeps what it parsed (a few MB) and
 * the later passes read that again; above, they parse each tag again, so a
 * million tags never have a million Versions alive at once.
 */
const KEEP_PARSED = 50_000;
/**
 * The listed tags that read as versions, for the later passes to read
 * again: the Versions themselves for a list of up to KEEP_PARSED tags, else
 * what it takes to parse them again (a byte per tag, the version group's
 * text per version) rather than an object per tag.
 */
class ListedVersions {
    tagCount;
    kept;
    isVersionAt;
    groupTexts = [];
    constructor(tagCount) {
        this.tagCount = tagCount;
        this.kept = tagCount <= KEEP_PARSED ? [] : undefined;
        this.isVersionAt = new Uint8Array(this.kept ? 0 : tagCount);
    }
    /** The tag at `index` of the list read as `version`. */
    add(index, version, groupText) {
        if (this.kept) {
            this.kept.push(version);
            return;
        }
        this.isVersionAt[index] = 1;
        if (groupText !== undefined)
            this.groupTexts.push(groupText);
    }
    /**
     * The versions, read with `reading`: `tags` is the list they were added
     * from, `channelLines` what the first pass learnt (a version line after a
     * channel is added once they are known, after the others of a short list).
     */
    *read(tags, policy, reading, channelLines = NO_CHANNEL_LINES) {
        if (this.kept) {
            for (const v of this.kept)
                yield reading.read(v);
            return;
        }
        const options = { channelLines };
        for (let i = 0, g = 0; i < tags.length; i++) {
            if (!this.isVersionAt[i])
                continue;
            const tag = tags[i];
            const parsed = policy.versionGroup
                ? fromGroup(tag, this.groupTexts[g++])
                : (0,parse/* parseTag */.ED)(tag, options);
            yield reading.read(parsed);
        }
    }
}

// EXTERNAL MODULE: ./src/versions/pins.ts
var pins = __webpack_require__(8685);
// EXTERNAL MODULE: ./src/versions/intern.ts
var intern = __webpack_require__(8373);
// EXTERNAL MODULE: ./src/versions/lines.ts
var lines = __webpack_require__(8682);
;// CONCATENATED MODULE: ./src/versions/counter-slots.ts
/**
 * Where a build counter may stand in a tag's variant, and the counter-shaped
 * parts found there. A slot is one end of the variant and the word its
 * number follows: `a:ls` (`ls308` first), `z:r` (`r5` last), `a:` (a bare
 * number first). A repository's tags of one scheme share a slot, so
 * revisions.ts counts them together and reads a slot as a counter or not.
 */


const slotKey = (end, stem) => `${end}:${stem}`;
/** The word a slot's numbers follow: `ls` of `a:ls`, `ce.` of `a:ce.`, nothing of `a:`. */
const slotStem = (key) => key.slice(2);
/**
 * Spellings of counters, for a repository with too few versions to show how
 * it uses a suffix: `-r2`, `-ls5`, `-build3`, and a bare number right after
 * the version (`-1`).
 */
const COUNTER_SPELLINGS = new Set([
    'a:',
    'a:r',
    'z:r',
    'a:ls',
    'z:ls',
    'a:build',
    'z:build'
]);
/** Whether the slot is spelled as counters usually are (COUNTER_SPELLINGS). */
const isCounterSpelling = (key) => COUNTER_SPELLINGS.has(key);
/**
 * A bare number right after the version (`-1` of `3206.vb_15dcf73f6a_9-1-jdk17`):
 * where a repository that numbers builds by time (`9.6-1758184547`) numbers
 * its other builds too.
 */
const isBareNumberFirst = (key) => key === 'a:';
/** A counter-shaped hyphen part: `ls308`, `k3s1`, `ce.0`, `r5`, `13`, and so `jdk17`, `amd64`. */
const TOKEN = /^([A-Za-z](?:[A-Za-z0-9]*[A-Za-z])?)?(\.?)(\d{1,9})$/;
const counterParts = new intern/* Interned */.M();
/** The counter-shaped parts at either end of a variant (`r3` and `ls295` of `r3-ls295`). */
function counterPartsOf(variant) {
    if (!/\d/.test(variant))
        return undefined;
    return counterParts.get(variant, () => findCounterParts(variant) ?? null) ?? undefined;
}
function findCounterParts(variant) {
    if (!variant.includes('-')) {
        const only = counterPart('a', variant, []);
        return only && { first: only };
    }
    const parts = variant.split('-');
    const first = counterPart('a', parts[0], parts.slice(1));
    const last = counterPart('z', parts.at(-1), parts.slice(0, -1));
    return first || last ? { first, last } : undefined;
}
function counterPart(end, part, rest) {
    const m = TOKEN.exec(part);
    if (!m || (m[2] && !m[1]))
        return undefined;
    // `-pg16`, `-jdk21`, `-debian-12`: another product's major is a line, never a build.
    if (m[1] ? (0,lines/* isProduct */.gD)(m[1]) : end === 'z' && rest.length && (0,lines/* isProduct */.gD)(rest.at(-1))) {
        return undefined;
    }
    const stem = (m[1] ?? '') + m[2];
    return {
        slot: slotKey(end, stem),
        text: part,
        stem,
        number: Number(m[3]),
        padded: m[3].length > 1 && m[3].startsWith('0'),
        rest: (0,intern/* sameString */.a)(rest.join('-'))
    };
}
/**
 * The words of a tag's hyphen parts that a number follows (`pg` of
 * `latest-pg16`, `jdk` of `jdk21-alpine`); hex strings (`sha-1a2b3c4`) and
 * dotted stems (`ce.0`) are not words.
 */
function numberedWords(tag) {
    const words = [];
    for (const part of tag.split('-')) {
        const m = TOKEN.exec(part);
        if (m?.[1] && !m[2] && !/^[0-9a-f]+$/.test(part))
            words.push(m[1]);
    }
    return words;
}

// EXTERNAL MODULE: ./src/versions/suffix.ts
var suffix = __webpack_require__(3096);
;// CONCATENATED MODULE: ./src/versions/revisions.ts




const MIN_VERSIONS = 3;
const MAX_SLOTS = 64;
const MAX_VERSIONS = 2048;
const MAX_NUMBERS = 64;
// Each predicate asks for a majority (about half), not every tag: published
// histories are pruned, rebuilt and sampled (MAX_VERSIONS, MAX_NUMBERS), so a
// few stray tags must not decide what a repository's suffix means.
/** Most numbers are written with a leading zero (`-b06`, `-01`): builds are, variant numbers never. */
const isMostlyPadded = (c) => c.padded * 2 > c.seen;
/**
 * At least half the versions start the slot at 0 or 1 (`-k3s1`, `-r0`): a
 * counter restarts with each version, most of which have a first or second
 * build; a variant number (`-jdk17`) does not start at 0 or 1 everywhere. A
 * tie counts (two of four versions restarting): variant numbers start at 0
 * or 1 on far fewer.
 */
const restartsEachVersion = (c) => c.restarting * 2 >= c.versions;
/**
 * Most of the slot's numbers are on one version only (`-ls255`, `-ls256`,
 * `-ls257` on three versions): a counter that runs on across versions; a
 * variant number (`-node20`) repeats on version after version.
 */
const runsOnAcrossVersions = (c) => c.ownNumbers * 2 > c.numbers;
/** How one slot's numbers sit on the repository's versions. */
class Slot {
    first;
    varies = false;
    seen = 0;
    padded = 0;
    /** For a sample of versions, the slot's numbers on each. */
    numbers = new Map();
    add(version, { number: n, padded }) {
        this.seen++;
        if (padded)
            this.padded++;
        if (this.first === undefined)
            this.first = n;
        else if (n !== this.first)
            this.varies = true;
        let list = this.numbers.get(version);
        if (!list) {
            if (this.numbers.size >= MAX_VERSIONS)
                return;
            this.numbers.set(version, (list = []));
        }
        if (list.length < MAX_NUMBERS && !list.includes(n))
            list.push(n);
    }
    /** Whether the numbers count builds (see the file's comment): a number that never changes does not. */
    counts(slot) {
        if (!this.varies)
            return false;
        const counts = this.tally();
        if (isMostlyPadded(counts))
            return true;
        if (counts.versions < MIN_VERSIONS)
            return isCounterSpelling(slot);
        return restartsEachVersion(counts) || runsOnAcrossVersions(counts);
    }
    tally() {
        let restarting = 0;
        const versionsOf = new Map();
        for (const list of this.numbers.values()) {
            if (Math.min(...list) <= 1)
                restarting++;
            for (const n of list)
                versionsOf.set(n, (versionsOf.get(n) ?? 0) + 1);
        }
        let ownNumbers = 0;
        for (const count of versionsOf.values())
            if (count === 1)
                ownNumbers++;
        const { seen, padded } = this;
        const versions = this.numbers.size;
        return { seen, padded, versions, restarting, numbers: versionsOf.size, ownNumbers };
    }
}
/** Sees every version of the first pass; says which slots are counters. */
class RevisionLearner {
    slots = new Map();
    /** Stems of numbered words in tags that are not versions (`pg` of `pg16`, `latest-pg16`). */
    named = new Set();
    /** A prerelease's variant may lose a counter: its line is not the one it was parsed with. */
    prereleaseMayChange = false;
    /** A build read as a time after the version (suffix.ts TIMED_BUILD). */
    timedBuilds = false;
    observe(v) {
        // `9.6-1758184547`: builds numbered by time; the repository's bare numbers count builds too.
        if (v.revision && v.revision.stem === '' && !v.revision.stamped)
            this.timedBuilds = true;
        if (!v.variant || v.revision?.stamped)
            return;
        const found = counterPartsOf(v.variant);
        if (!found)
            return;
        if (v.prerelease)
            this.prereleaseMayChange = true;
        const version = versionKey(v);
        if (found.first)
            this.slot(found.first.slot)?.add(version, found.first);
        if (found.last)
            this.slot(found.last.slot)?.add(version, found.last);
    }
    /**
     * A tag that is not a version (`pg16`, `latest-pg16`, `jdk21-alpine`):
     * its numbered words name lines the publisher keeps a tag for, which a
     * build counter never has, so their slots are not counters.
     */
    observeOther(tag) {
        if (this.named.size >= MAX_SLOTS || !/[A-Za-z]\d/.test(tag))
            return;
        for (const word of numberedWords(tag))
            this.named.add(word);
    }
    slot(key) {
        let slot = this.slots.get(key);
        if (!slot && this.slots.size < MAX_SLOTS)
            this.slots.set(key, (slot = new Slot()));
        return slot;
    }
    reading() {
        const counters = new Set();
        for (const [key, slot] of this.slots) {
            const counts = slot.counts(key) || (this.timedBuilds && isBareNumberFirst(key));
            if (counts && !this.named.has(slotStem(key)))
                counters.add(key);
        }
        return counters.size ? new RevisionReading(counters) : NO_COUNTERS;
    }
}
/** The version a counter counts builds of, whatever the channel: `6.2.1.10461`, `2.0.0-beta.1`. */
function versionKey(v) {
    const base = v.components.join('.');
    return v.prerelease ? `${base}-${v.prerelease.kind}.${v.prerelease.number}` : base;
}
/** A repository's counters: reads each version with its counter out of the variant. */
class RevisionReading {
    counters;
    splits = new intern/* Interned */.M();
    constructor(counters) {
        this.counters = counters;
    }
    /** The slots read as counters (`a:ls`, `z:r`), for tests and explanations. */
    get slots() {
        return [...this.counters];
    }
    read(v) {
        if (!this.counters.size || !v.variant || v.revision?.stamped)
            return v;
        const split = this.splits.get(v.variant, () => this.split(v.variant) ?? null);
        if (!split)
            return v;
        // `9.7_p1-r4-ls170`: the patch number after the underscore comes first.
        const counted = v.revision ? joined(v.revision, split.revision) : split.revision;
        return (0,parse/* makeVersion */.tq)(v.tag, v.prefix, v.components, v.prerelease, split.variant, v.channel, counted, v.line);
    }
    split(variant) {
        const found = counterPartsOf(variant);
        const first = found?.first && this.counters.has(found.first.slot) ? found.first : undefined;
        const last = found?.last && this.counters.has(found.last.slot) ? found.last : undefined;
        if (first && last) {
            const middle = variant.slice(first.text.length + 1, variant.length - last.text.length - 1);
            const both = joined(counterOf(first), counterOf(last));
            return { variant: (0,intern/* sameString */.a)(middle), revision: both };
        }
        const counter = first ?? last;
        return counter && { variant: counter.rest, revision: counterOf(counter) };
    }
}
const counterOf = (c) => (0,suffix/* revision */.QL)(c.text, c.stem, [c.number], false);
const joined = (a, b) => (0,suffix/* revision */.QL)(`${a.text}-${b.text}`, `${a.stem}-${b.stem}`, [...a.numbers, ...b.numbers], false);
/** The reading of a repository with no counters: every version as it was parsed. */
const NO_COUNTERS = new RevisionReading(new Set());

;// CONCATENATED MODULE: ./src/versions/first-pass.ts
/**
 * The first pass over a repository's tags, and the versions it found read
 * again one at a time: what a tag reads as under the policy, which tags are
 * versions at all, the counts of the stages that come before versions, and
 * which suffixes the repository uses as build counters (revisions.ts).
 */





/** The filters in the order they apply; a tag is counted against the first that removes it. */
const STAGES = [
    'filter',
    'version',
    'exclude',
    'prerelease',
    'variant',
    'precision',
    'range'
];
/**
 * The version of a tag under the policy: the `version` group of `filter`
 * when it has one (a tag the filter does not match has no version then).
 * Unlike a listed tag, the current tag is read whether the filter keeps it or not.
 */
function readTag(tag, policy, channelLines = NO_CHANNEL_LINES) {
    if (policy.versionGroup)
        return fromGroup(tag, policy.filter?.match(tag)?.groups['version']);
    return (0,parse/* parseTag */.ED)(tag, { channelLines });
}
const FILTERED = { kind: 'filtered' };
/** A first component this large is a date (`jammy-20250101.1`), not a line of its channel. */
const LINE_LIMIT = 100_000;
/** Channels with lines a repository may have: more are not learnt (a list of a million branches). */
const MAX_CHANNEL_LINES = 64;
/** A listed tag under the policy: the filter first, then the version (of its group, if any). */
function readListedTag(tag, policy) {
    const { filter, versionGroup } = policy;
    if (versionGroup) {
        const match = filter?.match(tag);
        if (!match)
            return FILTERED;
        const groupText = match.groups['version'];
        const read = fromGroup(tag, groupText);
        return (0,parse/* isVersion */.lF)(read)
            ? { kind: 'version', version: read, groupText: groupText }
            : { kind: 'not a version', read };
    }
    if (filter && !filter.test(tag))
        return FILTERED;
    const read = (0,parse/* parseTag */.ED)(tag);
    return (0,parse/* isVersion */.lF)(read) ? { kind: 'version', version: read } : { kind: 'not a version', read };
}
/** The first pass's state as it reads the list one tag at a time. */
class ListReader {
    removedBy = Object.fromEntries(STAGES.map(s => [s, 0]));
    notVersions = [];
    lines = new FloatingLines();
    learner = new RevisionLearner();
    versions;
    windows = false;
    leadingLines = new Set();
    channelLines = new Set();
    constructor(tagCount) {
        this.versions = new ListedVersions(tagCount);
    }
    other(tag) {
        this.removedBy.version++;
        this.learner.observeOther(tag);
        this.windows ||= (0,pins/* namesWindows */.mG)(tag);
        if (this.notVersions.length < 5)
            this.notVersions.push(tag);
    }
    version(index, version, groupText) {
        this.versions.add(index, version, groupText);
        this.learner.observe(version);
        const { line, channel, components } = version;
        if (line) {
            if (line.startsWith('10.0.'))
                this.windows = true;
            else if (this.leadingLines.size < 64)
                this.leadingLines.add(line);
        }
        if (channel && components.length > 1 && components[0] < LINE_LIMIT) {
            if (this.channelLines.size < MAX_CHANNEL_LINES)
                this.channelLines.add(channel);
        }
        this.lines.add(version);
    }
    /**
     * The tags that are one number after a channel (`open-21-jre`), once the
     * whole list has said which channels it writes before dotted versions.
     */
    oneNumberTags(tags, indices) {
        const options = { channelLines: this.channelLines };
        for (const i of indices) {
            const tag = tags[i];
            const read = this.channelLines.size ? (0,parse/* parseTag */.ED)(tag, options) : undefined;
            if (read && (0,parse/* isVersion */.lF)(read))
                this.version(i, read, undefined);
            else
                this.other(tag);
        }
    }
}
function readTagList(tags, policy) {
    const list = new ListReader(tags.length);
    // Indices, not objects: a million `pr-N` tags cost a number each.
    const oneNumber = [];
    for (let i = 0; i < tags.length; i++) {
        const tag = tags[i];
        const reading = readListedTag(tag, policy);
        if (reading.kind === 'filtered')
            list.removedBy.filter++;
        else if (reading.kind === 'version')
            list.version(i, reading.version, reading.groupText);
        else if (reading.read.oneNumberAfter !== undefined)
            oneNumber.push(i);
        else
            list.other(tag);
    }
    list.oneNumberTags(tags, oneNumber);
    const { removedBy, notVersions, lines, learner, versions, windows, leadingLines, channelLines } = list;
    const reading = learner.reading();
    const firstPass = {
        removedBy,
        notVersions,
        lines,
        versions,
        reading,
        windows,
        leadingLines,
        channelLines
    };
    // The prereleases' lines were learnt from the tags as parsed; when a
    // counter is split off a prerelease's variant, they are learnt again.
    if (reading === NO_COUNTERS || !learner.prereleaseMayChange)
        return firstPass;
    const relearnt = new FloatingLines();
    for (const v of versionsAt(tags, firstPass, policy))
        relearnt.add(v);
    return { ...firstPass, lines: relearnt };
}
/**
 * The versions the first pass found, read with the repository's counters:
 * those it kept, or for a huge list each parsed again one at a time rather
 * than kept (a million Versions alive at once is what it cannot afford).
 */
function versionsAt(tags, firstPass, policy) {
    return firstPass.versions.read(tags, policy, firstPass.reading, firstPass.channelLines);
}


/***/ }),

/***/ 5987:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ isDateStamp),
/* harmony export */   z: () => (/* binding */ readHead)
/* harmony export */ });
/**
 * The head of a tag: `[CHANNEL][v]VERSION`. CHANNEL is words written before
 * the version (`develop-`, `arm64v8-`, `base-devel-`, `RELEASE.`); VERSION is
 * numbers (`6.2.1.10461`) or a timestamp written with hyphens
 * (`2025-08-13T08-35-41Z`). Scanned by hand: this runs for every tag of a
 * repository, twice.
 */
const MAX_COMPONENT_DIGITS = 15;
/** `2018.03.0.20230905.0` has five; more than this is not a version. */
const MAX_COMPONENTS = 6;
/** `amd64-nightly-version-6.2.1.10437` has three. */
const MAX_CHANNEL_WORDS = 4;
const HYPHEN = 45;
const DOT = 46;
const LETTER_U = 117;
const isDigit = (c) => c >= 48 && c <= 57;
const isLetter = (c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isV = (c) => c === 118 || c === 86;
/** Whether `[v]digit` starts at `i`. */
function startsVersion(tag, i) {
    return isDigit(tag.charCodeAt(i)) || (isV(tag.charCodeAt(i)) && isDigit(tag.charCodeAt(i + 1)));
}
/**
 * Where the version starts after channel words, or -1. Words start with a
 * letter and are joined by hyphens; one all-letter word may end in a dot
 * (`RELEASE.`). A word with digits followed by a dot (`alpine3.24`) is a
 * variant, not a channel.
 */
function channelEnd(tag) {
    let i = 0;
    for (let words = 0; words < MAX_CHANNEL_WORDS; words++) {
        if (!isLetter(tag.charCodeAt(i)))
            return -1;
        let letters = true;
        for (let c = tag.charCodeAt(i); isLetter(c) || isDigit(c); c = tag.charCodeAt(++i)) {
            if (isDigit(c))
                letters = false;
        }
        const separator = tag.charCodeAt(i);
        if (separator === DOT && letters && words === 0)
            return startsVersion(tag, i + 1) ? i + 1 : -1;
        if (separator !== HYPHEN)
            return -1;
        if (startsVersion(tag, ++i))
            return i;
    }
    return -1;
}
/** Where the last scan ended, and its longest component's digits: no object per tag. */
let scanEnd = 0;
let scanDigits = 0;
/** `N[.N…]` from `i`; sets scanEnd and scanDigits. */
function scanNumbers(tag, i) {
    // Gathered in locals and returned as an array of exact length: one grown by
    // push keeps room for 16 numbers, and a million tags keep theirs.
    let a = 0;
    let b = 0;
    let c = 0;
    let more;
    let n = 0;
    let digits = 0;
    for (;;) {
        const start = i;
        let value = 0;
        while (isDigit(tag.charCodeAt(i)))
            value = value * 10 + (tag.charCodeAt(i++) - 48);
        if (i - start > MAX_COMPONENT_DIGITS)
            return undefined;
        if (i - start > digits)
            digits = i - start;
        if (n === 0)
            a = value;
        else if (n === 1)
            b = value;
        else if (n === 2)
            c = value;
        else
            (more ??= []).push(value);
        n++;
        // `8u432`: Java's update number reads as a second component.
        const separator = tag.charCodeAt(i);
        const joins = separator === DOT || (separator === LETTER_U && n === 1);
        if (!joins || !isDigit(tag.charCodeAt(i + 1)))
            break;
        if (n === MAX_COMPONENTS)
            return undefined;
        i++;
    }
    scanEnd = i;
    scanDigits = digits;
    return n === 1 ? [a] : n === 2 ? [a, b] : n === 3 ? [a, b, c] : [a, b, c, ...more];
}
/** `2025-08-13T08-35-41Z` or `2025-08-13`: one component, 20250813083541 or 20250813. */
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2})[-:]?(\d{2})[-:]?(\d{2})Z?)?(?=$|[-._])/;
/** A timestamp at `i`; sets scanEnd and scanDigits. */
function scanTimestamp(tag, i) {
    if (tag.charCodeAt(i + 4) !== HYPHEN || !isDigit(tag.charCodeAt(i + 5)))
        return undefined;
    const m = TIMESTAMP.exec(tag.slice(i));
    if (!m)
        return undefined;
    const text = m.slice(1).join('');
    scanEnd = i + m[0].length;
    scanDigits = text.length;
    return [Number(text)];
}
/** The channel, `v` and version at the start of `tag`, or undefined when none starts it. */
function readHead(tag) {
    const start = startsVersion(tag, 0) ? 0 : channelEnd(tag);
    if (start < 0)
        return undefined;
    const prefix = isV(tag.charCodeAt(start)) ? tag.charAt(start) : '';
    const at = start + prefix.length;
    const components = (!prefix && scanTimestamp(tag, at)) || scanNumbers(tag, at);
    if (!components)
        return undefined;
    const channel = start ? tag.slice(0, start) : '';
    return { channel, prefix, components, end: scanEnd, digits: scanDigits };
}
/** `20250101`: eight digits that read as a date (years 1990–2199). */
function isDateStamp(value, digits) {
    if (digits !== 8)
        return false;
    const year = Math.floor(value / 10_000);
    const month = Math.floor(value / 100) % 100;
    const day = value % 100;
    return year >= 1990 && year < 2200 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}


/***/ }),

/***/ 8373:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ Interned),
/* harmony export */   a: () => (/* binding */ sameString)
/* harmony export */ });
/**
 * A registry may list a million tags that repeat a few variants, channels
 * and prereleases: the versions share one string or object for each, not a
 * copy per tag. Bounded, so a hostile list cannot grow it without end.
 *
 * Some keys hardly repeat (`-ls12345` on every third tag of a million). A
 * table that dropped everything whenever it filled would leave what it held
 * as garbage, again and again, and the heap would swell with it. So a full
 * table keeps what it has; only after many lookups that mostly missed is it
 * emptied, to make room for the keys that repeat now.
 */
const WINDOW = 4096;
/** Windows of mostly misses a full table waits before it is emptied. */
const PATIENCE = 64;
class Interned {
    limit;
    values = new Map();
    lookups = 0;
    hits = 0;
    poorWindows = 0;
    constructor(limit = 10_000) {
        this.limit = limit;
    }
    get(key, make) {
        let value = this.values.get(key);
        if (value !== undefined)
            this.hits++;
        else {
            value = make();
            if (this.values.size < this.limit)
                this.values.set(key, value);
        }
        if (++this.lookups === WINDOW)
            this.review();
        return value;
    }
    review() {
        const poor = this.hits * 2 < this.lookups && this.values.size >= this.limit;
        this.poorWindows = poor ? this.poorWindows + 1 : 0;
        if (this.poorWindows >= PATIENCE) {
            this.values.clear();
            this.poorWindows = 0;
        }
        this.lookups = this.hits = 0;
    }
}
const strings = new Interned();
/** One string for each distinct text (`alpine`, `develop-`), so a million tags share them. */
const sameString = (s) => (s === '' ? s : strings.get(s, () => s));


/***/ }),

/***/ 8682:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BT: () => (/* binding */ describeLines),
/* harmony export */   Qp: () => (/* binding */ isFloatingVariant),
/* harmony export */   Tv: () => (/* binding */ withCompanion),
/* harmony export */   Ze: () => (/* binding */ readLined),
/* harmony export */   bv: () => (/* binding */ isCompanion),
/* harmony export */   gD: () => (/* binding */ isProduct),
/* harmony export */   kT: () => (/* binding */ windowsLine)
/* harmony export */ });
/* unused harmony exports COMPANION, PRODUCTS, variantLines */
/* harmony import */ var _intern_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8373);
/* harmony import */ var _suffix_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3096);


/** The stem of a companion version read as a build: `3.4` in `16-3.4-3.6.1`. */
const COMPANION = '=';
/** Words that name another product whose major a tag is built for; the value names it. */
const PRODUCTS = {
    pg: 'PostgreSQL',
    postgres: 'PostgreSQL',
    postgresql: 'PostgreSQL',
    python: 'Python',
    py: 'Python',
    jdk: 'Java',
    jre: 'Java',
    java: 'Java',
    openjdk: 'Java',
    temurin: 'Java',
    corretto: 'Java',
    zulu: 'Java',
    graalvm: 'GraalVM',
    node: 'Node.js',
    nodejs: 'Node.js',
    php: 'PHP',
    cuda: 'CUDA',
    cudnn: 'cuDNN',
    rocm: 'ROCm',
    debian: 'Debian',
    ubuntu: 'Ubuntu',
    alpine: 'Alpine',
    ubi: 'Red Hat UBI',
    rhel: 'RHEL',
    el: 'Enterprise Linux',
    centos: 'CentOS',
    fedora: 'Fedora',
    al: 'Amazon Linux',
    amzn: 'Amazon Linux',
    ltsc: 'Windows Server LTSC',
    go: 'Go',
    golang: 'Go',
    ruby: 'Ruby',
    perl: 'Perl',
    dotnet: '.NET',
    net: '.NET',
    mysql: 'MySQL',
    mariadb: 'MariaDB',
    mongo: 'MongoDB',
    mongodb: 'MongoDB',
    redis: 'Redis',
    otp: 'Erlang/OTP',
    erlang: 'Erlang/OTP',
    elixir: 'Elixir',
    rust: 'Rust',
    gcc: 'GCC',
    llvm: 'LLVM',
    clang: 'Clang',
    torch: 'PyTorch',
    pytorch: 'PyTorch',
    tf: 'TensorFlow',
    scala: 'Scala',
    kotlin: 'Kotlin',
    nginx: 'nginx',
    tomcat: 'Tomcat'
};
/** Whether `word` (a part's letters, `pg` of `pg16`) names another product. */
const isProduct = (word) => Object.prototype.hasOwnProperty.call(PRODUCTS, word.toLowerCase());
const HYPHEN = 45;
/** A dotted version of two to four numbers at a position, as a middle or last version. */
const VERSION_AT = /v?(\d{1,9}(?:\.\d{1,9}){1,3})(?=$|[-_A-Za-z])/y;
function versionAt(tag, at) {
    VERSION_AT.lastIndex = at;
    const m = VERSION_AT.exec(tag);
    // `1.18-22.04_beta`, `6.10-24.10`: a zero-padded number or a YY.04/YY.10 pair names an
    // OS release (Ubuntu 22.04), not a version.
    if (!m || /\.0\d/.test(m[0]) || /^(?:1[4-9]|[2-4]\d)\.(?:04|10)$/.test(m[1])) {
        return undefined;
    }
    const components = m[1].split('.').map(Number);
    if (components[0] >= 100_000)
        return undefined;
    return { components, end: at + m[0].length };
}
/**
 * Two or three versions in one tag: `16-3.4-3.6.1` (PostgreSQL 16, PostGIS
 * 3.4, pgRouting 3.6.1), `3.11-7.3.23-slim` (Python 3.11, PyPy 7.3.23). The
 * first is a major or major.minor (not a date, no `v`) and the next has at
 * least two numbers: a build counter (`9.4-1227`) is one number.
 */
function readLined(tag, head) {
    if (head.prefix || head.components.length > 2 || head.digits > 4)
        return undefined;
    if (head.components[0] >= 1990 || tag.charCodeAt(head.end) !== HYPHEN)
        return undefined;
    const second = versionAt(tag, head.end + 1);
    if (!second)
        return undefined;
    const line = (0,_intern_js__WEBPACK_IMPORTED_MODULE_0__/* .sameString */ .a)(tag.slice(head.channel.length, head.end));
    const third = tag.charCodeAt(second.end) === HYPHEN ? versionAt(tag, second.end + 1) : undefined;
    if (!third)
        return { line, components: second.components, end: second.end };
    const text = tag.slice(head.end + 1, second.end);
    const companion = { text, numbers: second.components };
    return { line, components: third.components, companion, end: third.end };
}
/** The companion version as the version's build, before any build the tail carries. */
function withCompanion(companion, tail) {
    if (!tail)
        return (0,_suffix_js__WEBPACK_IMPORTED_MODULE_1__/* .revision */ .QL)(companion.text, COMPANION, companion.numbers, false);
    const text = `${companion.text}-${tail.text}`;
    return (0,_suffix_js__WEBPACK_IMPORTED_MODULE_1__/* .revision */ .QL)(text, `${COMPANION}-${tail.stem}`, [...companion.numbers, ...tail.numbers], false);
}
const isCompanion = (r) => r !== undefined && r.stem.startsWith(COMPANION);
/**
 * Windows versions `10.0.BUILD.REV`: BUILD names the Windows release (17763
 * is 2019, 20348 is 2022, 26100 is 2025), and a container must match its
 * host's release, so the line is `10.0.BUILD` and only REV moves.
 */
function windowsLine(components) {
    if (components.length !== 4 || components[0] !== 10 || components[1] !== 0)
        return '';
    const build = components[2];
    return build >= 10_000 && build < 100_000 ? (0,_intern_js__WEBPACK_IMPORTED_MODULE_0__/* .sameString */ .a)(`10.0.${build}`) : '';
}
/** The Windows releases a build number names, for explanations. */
const WINDOWS_RELEASES = {
    '14393': 'Windows Server 2016',
    '17763': 'Windows Server 2019 (1809)',
    '18362': '1903',
    '18363': '1909',
    '19041': '2004',
    '19042': '20H2',
    '20348': 'Windows Server 2022',
    '25398': 'Windows Server 23H2',
    '26100': 'Windows Server 2025'
};
/** `v3-latest`, `16-latest-alpine`: a version named beside `latest` is a channel, not a release. */
const isFloatingVariant = (variant) => variant.includes('latest') && /(?:^|-)latest(?:$|-)/.test(variant);
/** A part of a variant that names another product's line: `pg16`, `python3.12`, `debian-12`. */
const PART_LINE = /^([A-Za-z]+?)(?:[.-]?)(\d+(?:\.\d+)*)$/;
/** The parts of `variant` that name another product's line, with the product: `pg16` PostgreSQL. */
function variantLines(variant) {
    const parts = variant.split('-');
    const found = [];
    for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        const m = PART_LINE.exec(part);
        if (m && isProduct(m[1])) {
            found.push({ text: part, product: `${PRODUCTS[m[1].toLowerCase()]} ${m[2]}` });
        }
        else if (/^\d+(?:\.\d+)*$/.test(part) && i > 0 && isProduct(parts[i - 1])) {
            const word = parts[i - 1];
            found.push({ text: `${word}-${part}`, product: `${PRODUCTS[word.toLowerCase()]} ${part}` });
        }
    }
    return found;
}
/** One sentence per line the tag stays on: "`-pg16` is a line: PostgreSQL 16". */
function describeLines(v) {
    const lines = [];
    if (v.line.startsWith('10.0.') && !v.line.includes('-')) {
        const release = WINDOWS_RELEASES[v.line.slice(5)];
        lines.push(`\`${v.line}\` is a line: Windows build ${v.line.slice(5)}${release ? ` (${release})` : ''}, only the last number moves`);
    }
    else if (v.line) {
        const moves = isCompanion(v.revision)
            ? 'the versions after it move'
            : 'the version after it moves';
        lines.push(`\`${v.line}\` is a line: the first of the versions in the tag; ${moves}`);
    }
    for (const { text, product } of variantLines(v.channel.slice(0, -1))) {
        lines.push(`\`${text}-\` is a line: ${product}`);
    }
    for (const { text, product } of variantLines(v.variant)) {
        lines.push(`\`-${text}\` is a line: ${product}`);
    }
    return lines;
}


/***/ }),

/***/ 9665:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gg: () => (/* binding */ updateType),
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   ll: () => (/* binding */ newestFirst)
/* harmony export */ });
/* unused harmony export compareVariants */
/* harmony import */ var _lines_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8682);
/* harmony import */ var _shape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6228);


/**
 * A date or timestamp as a time to compare: `20250115` (a day) and
 * `20240101000000` (a second) are on one scale, so a later day is newer
 * than an earlier second.
 */
function timeOf(n) {
    if (n >= 19_900_101 && n < 22_000_000)
        return n * 1_000_000;
    if (n >= 199_001_010_000 && n < 220_000_000_000)
        return n * 100;
    return n;
}
/** Dates below numbered releases, then the components, then a release above its prereleases. */
function compareReleases(a, b) {
    const dates = Number((0,_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .isDateKind */ .hn)(b)) - Number((0,_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .isDateKind */ .hn)(a));
    if (dates !== 0)
        return dates;
    if ((0,_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .isDateKind */ .hn)(a)) {
        const d = timeOf(a.components[0]) - timeOf(b.components[0]);
        if (d !== 0)
            return d;
    }
    const length = Math.max(a.components.length, b.components.length);
    for (let i = 0; i < length; i++) {
        const d = (a.components[i] ?? 0) - (b.components[i] ?? 0);
        if (d !== 0)
            return d;
    }
    const pa = a.prerelease;
    const pb = b.prerelease;
    if (pa === pb)
        return 0;
    if (!pa || !pb)
        return pa ? -1 : 1;
    return pa.rank - pb.rank || pa.number - pb.number;
}
/**
 * Positive when `a` is a newer version than `b`; 0 for equal versions
 * (`3.14` = `3.14.0`). Revisions count only between two builds of one
 * version (`-ls308` above `-ls305`): counters restart, so `v1.30.2-k3s2` is
 * older than `v1.30.3-k3s1`, and the version's own tag (`9.0.3`) is no older
 * than its builds (`9.0.3-4`).
 */
function compareVersions(a, b) {
    const d = compareReleases(a, b);
    if (d !== 0 || !a.revision || !b.revision)
        return d;
    return compareNumbers(a.revision.numbers, b.revision.numbers);
}
/** In order, a missing number below any (`r3` below `r3-ls2`). */
function compareNumbers(a, b) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const d = (a[i] ?? -1) - (b[i] ?? -1);
        if (d !== 0)
            return d;
    }
    return 0;
}
/** Among equal versions: the version's own tag first, then the newest build. */
function revisionsFirst(a, b) {
    if (!a.revision || !b.revision)
        return a.revision ? 1 : b.revision ? -1 : 0;
    return compareNumbers(b.revision.numbers, a.revision.numbers);
}
/**
 * Natural order of variants: no variant first; words alphabetically; numbers
 * in them highest first, so `alpine3.21` comes before `alpine3.20`.
 */
function compareVariants(a, b) {
    if (a === b)
        return 0;
    if (!a || !b)
        return a ? 1 : -1;
    const sa = segments(a);
    const sb = segments(b);
    for (let i = 0; i < Math.min(sa.length, sb.length); i++) {
        const x = sa[i];
        const y = sb[i];
        if (x === y)
            continue;
        if (typeof x === 'number' && typeof y === 'number')
            return y - x;
        if (typeof x === 'number')
            return 1;
        if (typeof y === 'number')
            return -1;
        return x < y ? -1 : 1;
    }
    return sa.length - sb.length;
}
const segmentCache = new Map();
function segments(variant) {
    let cached = segmentCache.get(variant);
    if (!cached) {
        cached = (variant.match(/\d+|\D+/g) ?? []).map(s => (/^\d/.test(s) ? Number(s) : s));
        if (segmentCache.size > 50_000)
            segmentCache.clear();
        segmentCache.set(variant, cached);
    }
    return cached;
}
/**
 * A newest-first comparator. `preferPrefix` is the current tag's spelling
 * (`v` or empty), so `v1.2.3` and `1.2.3` resolve to the one the user writes.
 */
function newestFirst(preferPrefix = '') {
    const want = preferPrefix.toLowerCase();
    return (a, b) => compareReleases(b, a) ||
        revisionsFirst(a, b) ||
        b.components.length - a.components.length ||
        Number(b.prefix.toLowerCase() === want) - Number(a.prefix.toLowerCase() === want) ||
        (a.channel === b.channel ? 0 : a.channel < b.channel ? -1 : 1) ||
        compareLines(a.line, b.line) ||
        compareVariants(a.variant, b.variant) ||
        (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0);
}
/** Lines newest first (`3.11` before `3.10` before `3` before `2.7`); no line first. */
function compareLines(a, b) {
    if (a === b)
        return 0;
    if (!a || !b)
        return a ? 1 : -1;
    const na = a.split('.').map(Number);
    const nb = b.split('.').map(Number);
    for (let i = 0; i < Math.min(na.length, nb.length); i++) {
        const d = nb[i] - na[i];
        if (d !== 0)
            return Number.isNaN(d) ? (a < b ? -1 : 1) : d;
    }
    return nb.length - na.length || (a < b ? -1 : 1);
}
/**
 * What kind of move `to` is from `from`, when it is newer; undefined
 * otherwise. A newer date or timestamp is a `patch`: it rebuilds the same
 * line. Only the build counter or date stamp moving is a `revision`.
 */
function updateType(from, to) {
    if (compareVersions(to, from) <= 0)
        return undefined;
    const length = Math.max(from.components.length, to.components.length);
    for (let i = 0; i < length; i++) {
        if ((from.components[i] ?? 0) !== (to.components[i] ?? 0)) {
            if ((0,_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .isDateKind */ .hn)(to))
                return 'patch';
            return i === 0 ? 'major' : i === 1 ? 'minor' : 'patch';
        }
    }
    const companion = companionMove(from, to);
    if (companion)
        return companion;
    const [pa, pb] = [from.prerelease, to.prerelease];
    const samePrerelease = pa === pb || (pa && pb && pa.rank === pb.rank && pa.number === pb.number);
    return samePrerelease ? 'revision' : 'prerelease';
}
/** The companion version moved (`16-3.4-3.6.1` → `16-3.5-3.6.1`): the kind of its move. */
function companionMove(from, to) {
    if (!(0,_lines_js__WEBPACK_IMPORTED_MODULE_0__/* .isCompanion */ .bv)(from.revision) || !(0,_lines_js__WEBPACK_IMPORTED_MODULE_0__/* .isCompanion */ .bv)(to.revision))
        return undefined;
    const a = from.revision.numbers;
    const b = to.revision.numbers;
    const i = a.findIndex((n, k) => n !== b[k]);
    if (i < 0 || a.length !== b.length)
        return undefined;
    return i === 0 ? 'major' : i === 1 ? 'minor' : 'patch';
}


/***/ }),

/***/ 942:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ED: () => (/* binding */ parseTag),
/* harmony export */   lF: () => (/* binding */ isVersion),
/* harmony export */   qh: () => (/* binding */ formatVersion),
/* harmony export */   tq: () => (/* binding */ makeVersion)
/* harmony export */ });
/* harmony import */ var _head_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5987);
/* harmony import */ var _intern_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8373);
/* harmony import */ var _lines_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8682);
/* harmony import */ var _suffix_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3096);
/**
 * Reading a tag as `[CHANNEL][v]VERSION[PRERELEASE][REVISION][-VARIANT]`
 * (interface.md, "Versions" and "Tags in the wild"). Pure: no I/O, no
 * knowledge of filters. This is the reading of one tag alone; revisions.ts
 * reads a repository's build counters out of the variant.
 */




const HASH = /^[0-9a-f]{7,64}$/;
/** A single component this long is a date or build stamp (`20260805`), not a version. */
const STAMP_DIGITS = 6;
/** One object shape for every version keeps sorting 20,000 tags fast. */
function makeVersion(tag, prefix, components, prerelease, variant, channel, revision, line = '') {
    return { tag, prefix, components, prerelease, variant, channel, revision, line };
}
/**
 * After channel words, one number is a version only when it is a date or
 * timestamp (`jammy-20250101`, `RELEASE.2025-…`), or a line of a channel
 * the repository writes before dotted versions (ParseOptions
 * `channelLines`): else `jdk-21`, `pr-123` and `sha-1234567` are names.
 */
function isChannelStamp(value, digits) {
    if (digits === 8)
        return (0,_head_js__WEBPACK_IMPORTED_MODULE_3__/* .isDateStamp */ ._)(value, 8);
    return (digits === 12 || digits === 14) && (0,_head_js__WEBPACK_IMPORTED_MODULE_3__/* .isDateStamp */ ._)(Math.floor(value / 10 ** (digits - 8)), 8);
}
/** Reads `tag` as a version, or says why it is not one. */
function parseTag(tag, options = {}) {
    if (tag.length >= 7 && HASH.test(tag) && !/^\d+$/.test(tag))
        return { tag, reason: 'commit hash' };
    const head = (0,_head_js__WEBPACK_IMPORTED_MODULE_3__/* .readHead */ .z)(tag);
    if (!head)
        return { tag, reason: 'not a version' };
    const { channel, components } = head;
    if (components.length === 1 && head.digits >= STAMP_DIGITS) {
        if (!channel && !options.allowStamps)
            return { tag, reason: 'date or build stamp' };
    }
    if (channel && components.length === 1 && !isChannelStamp(components[0], head.digits)) {
        if (head.digits >= STAMP_DIGITS)
            return { tag, reason: 'not a version' };
        if (!options.channelLines?.has(channel)) {
            return { tag, reason: 'not a version', oneNumberAfter: channel };
        }
    }
    let lined = (0,_lines_js__WEBPACK_IMPORTED_MODULE_1__/* .readLined */ .Ze)(tag, head);
    let tail = (0,_suffix_js__WEBPACK_IMPORTED_MODULE_2__/* .readTail */ .Zr)(tailAt(tag, lined?.end ?? head.end));
    if (!tail && lined) {
        // What follows the second version is no tail: the tag is one version and a variant.
        lined = undefined;
        tail = (0,_suffix_js__WEBPACK_IMPORTED_MODULE_2__/* .readTail */ .Zr)(tailAt(tag, head.end));
    }
    if (!tail)
        return { tag, reason: 'not a version' };
    if ((0,_lines_js__WEBPACK_IMPORTED_MODULE_1__/* .isFloatingVariant */ .Qp)(tail.variant))
        return { tag, reason: 'a floating tag' };
    const revision = lined?.companion ? (0,_lines_js__WEBPACK_IMPORTED_MODULE_1__/* .withCompanion */ .Tv)(lined.companion, tail.revision) : tail.revision;
    return makeVersion(tag, head.prefix, lined?.components ?? components, tail.prerelease, tail.variant, (0,_intern_js__WEBPACK_IMPORTED_MODULE_0__/* .sameString */ .a)(channel), revision, lined?.line ?? (0,_lines_js__WEBPACK_IMPORTED_MODULE_1__/* .windowsLine */ .kT)(components));
}
const tailAt = (tag, end) => (end === tag.length ? '' : tag.slice(end));
function isVersion(parsed) {
    return 'components' in parsed;
}
/** `v3.14.7-alpine` → `3.14.7`; `3.15.0rc1` → `3.15.0-rc.1`. */
function formatVersion(v) {
    const base = v.components.join('.');
    if (!v.prerelease)
        return base;
    const label = v.prerelease.kind === 'milestone' ? 'M' : v.prerelease.kind;
    return `${base}-${label}${v.prerelease.number ? `.${v.prerelease.number}` : ''}`;
}


/***/ }),

/***/ 8685:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AL: () => (/* binding */ pinReason),
/* harmony export */   XF: () => (/* binding */ onAnotherLine),
/* harmony export */   ZT: () => (/* binding */ isWindowsRelease),
/* harmony export */   cx: () => (/* binding */ lineSiblings),
/* harmony export */   mG: () => (/* binding */ namesWindows)
/* harmony export */ });
/* unused harmony export SiblingVariants */
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(942);

/** Words of channels that a publisher moves from release to release. */
const FLOATING = new Set([
    'latest',
    'stable',
    'edge',
    'nightly',
    'current',
    'rolling',
    'mainline',
    'lts',
    'next',
    'canary',
    'testing',
    'unstable'
]);
/** `ltsc2022`, `20H2`: Windows releases by name. */
const WINDOWS_NAME = /^(?:ltsc\d{4}|\d{2}h[12])$/i;
/** `1809`, `2004`: Windows semi-annual releases by year and month (1607 to 2912). */
const WINDOWS_YYMM = /^(?:1[6-9]|2\d)(?:0[1-9]|1[0-2])$/;
const WINDOWS_WORDS = ['ltsc', 'nanoserver', 'windowsservercore', 'servercore'];
/** Whether a tag shows that the repository publishes Windows images (`ltsc2022`, `nanoserver-…`). */
const namesWindows = (tag) => WINDOWS_WORDS.some(word => tag.includes(word)) || /(?:^|-)\d{2}H[12](?:$|-)/.test(tag);
/** `1809`, `2004-amd64` beside Windows tags: a Windows release by name, not a version. */
const isWindowsRelease = (v) => v.components.length === 1 &&
    !v.channel &&
    !v.prefix &&
    !v.prerelease &&
    WINDOWS_YYMM.test(String(v.components[0]));
/**
 * Why the current tag is kept as it is, or undefined when it may move.
 * `windows`: the repository publishes Windows images.
 */
function pinReason(parsed, repository) {
    const { windows } = repository;
    const parts = parsed.tag.toLowerCase().split(/[-_.]/);
    if ((0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .isVersion */ .lF)(parsed)) {
        if (windows && isWindowsRelease(parsed)) {
            return 'a Windows release: a container must match its host, so it is kept';
        }
        if (namesLeadingLine(parsed, repository.leadingLines)) {
            return 'the newest tag of a line (the first version of the repository’s other tags), so it is kept';
        }
        return undefined;
    }
    const release = parts.some(p => WINDOWS_NAME.test(p) || (windows && WINDOWS_YYMM.test(p)));
    if (release)
        return 'a Windows release: a container must match its host, so it is kept';
    if (parts.length > 1 && parts.some(p => FLOATING.has(p))) {
        return 'a floating tag its publisher moves, so it is kept';
    }
    // `pg16`, `jdk21-alpine`, `alpine3.20`: the newest tag of a line, which the publisher moves.
    if (parsed.reason === 'not a version' && /(?:^|-)[a-z]+\d/i.test(parsed.tag)) {
        return 'a floating tag of a line its publisher moves, so it is kept';
    }
    return undefined;
}
/**
 * `16-master` or `3.10-slim` where the repository writes `16-3.4` and
 * `3.10-7.3.17-slim`: the version is the line of the other tags (PostgreSQL
 * 16, Python 3.10), so the tag floats on that line and another number is
 * another line, not a newer version.
 */
function namesLeadingLine(v, lines) {
    if (!lines.size || v.line || v.channel || v.prefix || v.prerelease || v.revision)
        return false;
    return lines.has(v.components.join('.'));
}
/**
 * Whether `v` differs from `current` only by the line it is on: another
 * first version (`17-3.5` for `16-3.4`), Windows build, or numbered part of
 * the variant (`0.9.0-pg17` for `0.8.0-pg16`, `alpine3.21` for
 * `alpine3.20`). Such a tag is never taken; when it is the newest, the
 * summary says the pin's line stopped.
 */
function onAnotherLine(current, v, siblings) {
    if (v.channel !== current.channel) {
        // `pg17-v0.4.0` for `pg16-v0.4.0`: the line is written before the version.
        const same = v.variant === current.variant && v.line === current.line;
        return same && siblings.channel.test(v.channel.slice(0, -1));
    }
    if (v.variant === current.variant)
        return !!v.line && !!current.line && v.line !== current.line;
    return v.line === current.line && siblings.variant.test(v.variant);
}
const lineSiblings = (current) => ({
    variant: new SiblingVariants(current.variant),
    channel: new SiblingVariants(current.channel.slice(0, -1))
});
/** The variants that differ from one variant only by the number of one part; remembered. */
class SiblingVariants {
    parts;
    seen = new Map();
    constructor(variant) {
        this.parts = variant ? variant.split('-') : [];
    }
    test(variant) {
        let ok = this.seen.get(variant);
        if (ok === undefined) {
            if (this.seen.size >= 10_000)
                this.seen.clear();
            this.seen.set(variant, (ok = this.sibling(variant)));
        }
        return ok;
    }
    sibling(variant) {
        const other = variant.split('-');
        if (!this.parts.length || other.length !== this.parts.length)
            return false;
        let differing = -1;
        for (let i = 0; i < other.length; i++) {
            if (other[i] === this.parts[i])
                continue;
            if (differing >= 0)
                return false;
            differing = i;
        }
        const a = this.parts[differing];
        const b = other[differing];
        const word = a.replace(/\d+(?:\.\d+)*$/, '');
        return word !== a && b.replace(/\d+(?:\.\d+)*$/, '') === word && word !== b;
    }
}


/***/ }),

/***/ 9259:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  O: () => (/* binding */ selectTags)
});

// UNUSED EXPORTS: floatingOnPrerelease

// EXTERNAL MODULE: ./src/versions/parse.ts
var parse = __webpack_require__(942);
// EXTERNAL MODULE: ./src/versions/pins.ts
var pins = __webpack_require__(8685);
// EXTERNAL MODULE: ./src/versions/order.ts
var versions_order = __webpack_require__(9665);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./src/versions/range.ts
/** Semver range membership of versions, for the `range` input. */

/** 3.14.7 → semver 3.14.7; 4 components compare on the first three; rc1 → -5.1 (rank.number). */
function toSemver(v) {
    const [a = 0, b = 0, c = 0] = v.components;
    const pre = v.prerelease ? `-${v.prerelease.rank}.${v.prerelease.number}` : '';
    return `${a}.${b}.${c}${pre}`;
}
/** Enough to cover every variant of the versions near each other; bounded for huge lists. */
const REMEMBERED = 50_000;
/**
 * Range membership, compiled once and remembered per version (variants share
 * versions, so `1.2.3-alpine` asks what `1.2.3` asked).
 */
function rangeTest(range, prerelease) {
    if (!range)
        return undefined;
    const compiled = new (semver_default()).Range(range, { includePrerelease: prerelease });
    const seen = new Map();
    return v => {
        const version = toSemver(v);
        let ok = seen.get(version);
        if (ok === undefined) {
            if (seen.size >= REMEMBERED)
                seen.clear();
            seen.set(version, (ok = compiled.test(version)));
        }
        return ok;
    };
}

// EXTERNAL MODULE: ./src/versions/shape.ts
var shape = __webpack_require__(6228);
;// CONCATENATED MODULE: ./src/versions/rules.ts



function resolveRules(policy, current) {
    const rule = policy.variant;
    const variant = rule.kind === 'exact' ? rule.value : (current?.variant ?? '');
    const samePrecision = policy.precision === 'same' || (policy.precision === 'auto' && current);
    const variantPasses = rule.kind === 'any'
        ? () => true
        : rule.kind === 'regex'
            ? remembered(v => rule.pattern.test(v))
            : (v) => v === variant;
    return {
        variant,
        components: samePrecision && current ? (0,shape/* precisionOf */.ij)(current) : undefined,
        inRange: rangeTest(policy.range, policy.prerelease),
        variantPasses,
        current,
        variantPreferred: !current && rule.kind === 'auto'
    };
}
/** `test`, remembered per text; bounded, since a hostile list may make every variant unique. */
function remembered(test) {
    const seen = new Map();
    return text => {
        let ok = seen.get(text);
        if (ok === undefined) {
            if (seen.size >= 10_000)
                seen.clear();
            seen.set(text, (ok = test(text)));
        }
        return ok;
    };
}
/**
 * Prereleases pass only when asked for, with one exception: from a current
 * prerelease, a newer prerelease of its shape and stage or a newer release
 * is the way forward (a beta moves to a later beta or an rc, not to a
 * nightly), and an older release never is.
 */
function prereleaseStage(policy, rules, lines, v) {
    if (policy.prerelease)
        return undefined;
    const unreleased = v.prerelease !== undefined || lines.isFloating(v);
    const current = rules.current;
    if (!current?.prerelease)
        return unreleased ? 'prerelease' : undefined;
    if (v.prerelease && v.prerelease.rank < current.prerelease.rank)
        return 'prerelease';
    const newer = (0,versions_order/* compareVersions */.Zy)(v, current);
    return newer > 0 || (unreleased && newer === 0) ? undefined : 'prerelease';
}
/** The first stage that removes `v`, or undefined when it passes. */
function failingStage(policy, rules, lines, v) {
    if (policy.exclude?.test(v.tag))
        return 'exclude';
    const prerelease = prereleaseStage(policy, rules, lines, v);
    if (prerelease)
        return prerelease;
    if (!rules.variantPreferred && !rules.variantPasses(v.variant))
        return 'variant';
    if (rules.current && !(0,shape/* sameShape */._C)(rules.current, v))
        return 'variant';
    if (rules.components !== undefined && (0,shape/* precisionOf */.ij)(v) !== rules.components) {
        return 'precision';
    }
    if (rules.inRange && !rules.inRange(v))
        return 'range';
    return undefined;
}

// EXTERNAL MODULE: ./src/versions/first-pass.ts + 4 modules
var first_pass = __webpack_require__(3706);
;// CONCATENATED MODULE: ./src/versions/nearest.ts

const NEAREST = 3;
const depth = (stage) => first_pass/* STAGES */.an.indexOf(stage);
/** The removed tags closest to passing: furthest through the filters, then newest. */
class NearestRemoved {
    order;
    top = [];
    constructor(order) {
        this.order = order;
    }
    /** Positive when `b` is closer to passing than (stage, version). */
    behind(stage, version, b) {
        return depth(b.stage) - depth(stage) || this.order(version, b.version);
    }
    /** One removed version; a record is made only for the few that enter the top. */
    offer(stage, version) {
        const last = this.top[NEAREST - 1];
        if (last && this.behind(stage, version, last) >= 0)
            return;
        this.top.push({ tag: version.tag, stage, version });
        this.top.sort((a, b) => this.behind(a.stage, a.version, b));
        if (this.top.length > NEAREST)
            this.top.pop();
    }
}

;// CONCATENATED MODULE: ./src/versions/pass.ts





/** What filtering says of a version beside Windows tags that names an OS release. */
const OS_RELEASE = 'os release';
/**
 * Filtering: the stage that removes `v` under the rules, or undefined when
 * it is a candidate. Beside Windows tags `1809` and `2004` name OS releases,
 * neither newer nor older than a version (OS_RELEASE): they count as not
 * versions and are never shown as near misses.
 */
function filterVersion(v, firstPass, policy, rules) {
    if (firstPass.windows && (0,pins/* isWindowsRelease */.ZT)(v))
        return OS_RELEASE;
    return failingStage(policy, rules, firstPass.lines, v);
}
/**
 * Shape preference among the candidates: with no current tag only the most
 * preferred shape present is kept (unprefixed, then undated, then any
 * channel, then any suffix: shape.ts `preference`); with a current tag,
 * filtering kept its shape alone, so every candidate is kept. Candidates
 * come one at a time (a list may hold a million), so a preferred shape
 * seen late displaces those kept before it.
 */
class ShapePreference {
    rules;
    /** The candidates of the most preferred shape seen so far. */
    kept = [];
    /** Candidates kept, then displaced by a preferred shape. */
    displaced = 0;
    bestRank = Infinity;
    constructor(rules) {
        this.rules = rules;
    }
    /** One candidate: 'variant' when a preferred shape removes it, else undefined (kept). */
    offer(v) {
        const rank = this.rules.current ? 0 : (0,shape/* preference */.eG)(v, this.rules.variantPreferred);
        if (rank > this.bestRank)
            return 'variant';
        if (rank < this.bestRank) {
            this.displaced += this.kept.length;
            this.kept = [];
            this.bestRank = rank;
        }
        this.kept.push(v);
        return undefined;
    }
}
const isRelease = (v, firstPass) => !v.prerelease && !firstPass.lines.isFloating(v);
/** Two removed versions the selection asks after: see Pass `offLine` and `offPrecision`. */
class NotableRemovals {
    rules;
    firstPass;
    order;
    offLine;
    offPrecision;
    siblings;
    constructor(rules, firstPass, order) {
        this.rules = rules;
        this.firstPass = firstPass;
        this.order = order;
        this.siblings = rules.current && (0,pins/* lineSiblings */.cx)(rules.current);
    }
    note(stage, v) {
        const { current, inRange } = this.rules;
        if (stage === 'variant' && this.siblings && (0,pins/* onAnotherLine */.XF)(current, v, this.siblings)) {
            if (!this.offLine || this.order(v, this.offLine) < 0)
                this.offLine = v;
        }
        if (stage === 'precision' && isRelease(v, this.firstPass) && (!inRange || inRange(v))) {
            if (!this.offPrecision || this.order(v, this.offPrecision) < 0)
                this.offPrecision = v;
        }
    }
}
/** One pass over the versions: filtering, then shape preference among the candidates. */
function runPass(tags, firstPass, policy, rules, order) {
    const removedBy = { ...firstPass.removedBy };
    const nearest = new NearestRemoved(order);
    const notable = new NotableRemovals(rules, firstPass, order);
    const shapes = new ShapePreference(rules);
    for (const v of (0,first_pass/* versionsAt */.Lj)(tags, firstPass, policy)) {
        const filtered = filterVersion(v, firstPass, policy, rules);
        if (filtered === OS_RELEASE) {
            removedBy.version++;
            continue;
        }
        if (filtered)
            notable.note(filtered, v);
        const stage = filtered ?? shapes.offer(v);
        if (stage) {
            removedBy[stage]++;
            nearest.offer(stage, v);
        }
    }
    removedBy.variant += shapes.displaced;
    const passing = shapes.kept.sort(order);
    return {
        passing,
        removedBy,
        nearest,
        offPrecision: notable.offPrecision,
        offLine: notable.offLine
    };
}

;// CONCATENATED MODULE: ./src/versions/select.ts







/**
 * `precision: auto` keeps the current tag's precision unless the short tags
 * stopped: the newest release is longer and has no tag of that precision
 * (`2022.12` beside `2026.07.2`, the newest two-part tag years old). A
 * longer current tag keeps its precision (`2.479.2` beside weekly `2.480`).
 */
function shortTagsStopped(policy, rules, pass) {
    const newest = pass.offPrecision;
    const count = rules.components;
    if (policy.precision !== 'auto' || !rules.current || !newest || count === undefined)
        return false;
    const top = pass.passing[0];
    if (!top)
        return true;
    if ((0,versions_order/* compareVersions */.Zy)(newest, top) <= 0 || newest.components.length <= count)
        return false;
    return !top.components.every((c, i) => c === newest.components[i]);
}
function selectTags(tags, policy, currentTag) {
    const firstPass = (0,first_pass/* readTagList */.Vt)(tags, policy);
    const parsedCurrent = currentTag ? (0,first_pass/* readTag */.zW)(currentTag, policy, firstPass.channelLines) : undefined;
    const pin = parsedCurrent && (0,pins/* pinReason */.AL)(parsedCurrent, firstPass);
    if (pin)
        return pinnedSelection(tags, firstPass, parsedCurrent, pin);
    const current = parsedCurrent && (0,parse/* isVersion */.lF)(parsedCurrent)
        ? firstPass.reading.read(parsedCurrent)
        : parsedCurrent;
    const currentVersion = current && (0,parse/* isVersion */.lF)(current) ? current : undefined;
    let rules = resolveRules(policy, currentVersion);
    const order = (0,versions_order/* newestFirst */.ll)(currentVersion?.prefix ?? '');
    if (firstPass.lines.needsReleases) {
        for (const v of (0,first_pass/* versionsAt */.Lj)(tags, firstPass, policy))
            firstPass.lines.markRelease(v);
    }
    let pass = runPass(tags, firstPass, policy, rules, order);
    if (shortTagsStopped(policy, rules, pass)) {
        rules = { ...rules, components: undefined };
        pass = runPass(tags, firstPass, policy, rules, order);
    }
    const { passing, removedBy, nearest, offLine } = pass;
    const stopped = offLine && currentVersion && lineStopped(offLine, currentVersion, passing[0]);
    return {
        passing,
        total: tags.length,
        removedBy,
        nearest: nearest.top,
        notVersions: firstPass.notVersions,
        variant: policy.variant.kind === 'any'
            ? '*'
            : policy.variant.kind === 'regex'
                ? `/${policy.variant.pattern.source}/`
                : rules.variant,
        ...(rules.components !== undefined && { components: rules.components }),
        ...(current && { current: describeCurrent(current, passing) }),
        ...(stopped && { lineStopped: offLine })
    };
}
/** A tag on another line is newer than the current tag and than every tag on its line. */
const lineStopped = (other, current, top) => (0,versions_order/* compareVersions */.Zy)(other, current) > 0 && (!top || (0,versions_order/* compareVersions */.Zy)(other, top) > 0);
/** The selection for a pin that stays (pins.ts): the tag itself, when the registry lists it. */
function pinnedSelection(tags, firstPass, pinned, reason) {
    const { tag } = pinned;
    const kept = (0,parse/* isVersion */.lF)(pinned)
        ? firstPass.reading.read(pinned)
        : (0,parse/* makeVersion */.tq)(tag, '', [], undefined, '', '', undefined);
    const listed = tags.includes(tag);
    const versions = tags.length - firstPass.removedBy.filter - firstPass.removedBy.version;
    const removedBy = { ...firstPass.removedBy };
    removedBy.variant = versions - (listed && (0,parse/* isVersion */.lF)(pinned) ? 1 : 0);
    return {
        passing: listed ? [kept] : [],
        total: tags.length,
        removedBy,
        nearest: [],
        notVersions: firstPass.notVersions,
        variant: '',
        current: { tag, reason },
        pinned: reason
    };
}
function describeCurrent(current, passing) {
    if (!(0,parse/* isVersion */.lF)(current)) {
        return { tag: current.tag, reason: current.reason };
    }
    // `passing` is newest first, so the newer versions are its head.
    let count = 0;
    while (count < passing.length && (0,versions_order/* compareVersions */.Zy)(passing[count], current) > 0)
        count++;
    const newer = passing.slice(0, count);
    const top = newer[0];
    const update = top && (0,versions_order/* updateType */.Gg)(current, top);
    return { tag: current.tag, version: current, newer, ...(update && { update }) };
}


/***/ }),

/***/ 6228:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _C: () => (/* binding */ sameShape),
/* harmony export */   eG: () => (/* binding */ preference),
/* harmony export */   hn: () => (/* binding */ isDateKind),
/* harmony export */   ij: () => (/* binding */ precisionOf)
/* harmony export */ });
/* unused harmony exports kindOf, isStamped */
/** `3.14.7` numbers; `2026.07.2` CalVer (a year first); `20250101`, `RELEASE.2025-…` dates. */
function kindOf(v) {
    const first = v.components[0];
    if (first >= 100_000)
        return 'date';
    return first >= 1990 && first < 2200 ? 'calver' : 'number';
}
/** Dates and timestamps rank below every numbered release: `20260805.1` never outranks `3.24.1`. */
const isDateKind = (v) => v.components[0] >= 100_000;
/**
 * How many components the precision rules count: a date or timestamp is
 * one, whatever respin or build follows it (`jammy-20240911.1`).
 */
const precisionOf = (v) => (isDateKind(v) ? 1 : v.components.length);
/**
 * How a date is written, which a date pin keeps (`amd64-2025-01-15` moves
 * to `amd64-2025-02-01`, never to `amd64-20250301` or to a timestamp
 * `amd64-2025-03-05T10-00-00Z`): with hyphens or not, and how many digits.
 */
function dateSpelling(v) {
    const at = v.channel.length + v.prefix.length;
    const hyphens = v.tag.charCodeAt(at + 4) === 45 ? 100 : 0;
    return hyphens + String(v.components[0]).length;
}
/** A dated build or release marker (`9.4-20240723`, `5.0-GA`), not the version's line. */
const isStamped = (v) => v.revision?.stamped === true;
/** Whether `v` has the shape of `current` (the variant is the policy's to judge). */
function sameShape(current, v) {
    if (v.channel !== current.channel || isStamped(v) !== isStamped(current))
        return false;
    if (v.line !== current.line)
        return false;
    if (kindOf(v) !== kindOf(current))
        return false;
    if (isDateKind(v) && dateSpelling(v) !== dateSpelling(current))
        return false;
    // A pinned build moves to a build of the same counter (`-ce.N` ≠ `-ee.N`).
    const counter = current.revision;
    if (!counter || counter.stamped)
        return true;
    return v.revision !== undefined && v.revision.stem === counter.stem;
}
/**
 * With no current tag, the preference among passing tags: 0 unprefixed and
 * undated, 1 unprefixed dated builds, 2 any channel; with `variantPreferred`
 * (no variant asked for), 3 any suffix. Only the best present is kept.
 */
function preference(v, variantPreferred) {
    if (variantPreferred && v.variant)
        return 3;
    return v.channel || leadingLine(v) ? 2 : isStamped(v) ? 1 : 0;
}
/** A line written before the version (`16-` in `16-3.4`), which reads like a channel. */
const leadingLine = (v) => v.line !== '' && !v.line.startsWith('10.0.');


/***/ }),

/***/ 3096:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QL: () => (/* binding */ revision),
/* harmony export */   Zr: () => (/* binding */ readTail),
/* harmony export */   c9: () => (/* binding */ COMMIT_PART),
/* harmony export */   jt: () => (/* binding */ BUILD_ID)
/* harmony export */ });
/* unused harmony export prerelease */
/* harmony import */ var _head_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5987);
/* harmony import */ var _intern_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8373);
/**
 * What follows a tag's version: `[BUILD-ID][PRERELEASE][REVISION][-VARIANT]`.
 * Read alone, without the rest of the repository: a build counter that only
 * the repository can tell from a variant number (`-ls308` against `-jdk17`)
 * stays in the variant here and is split off by revisions.ts. What the shape
 * alone decides is read here: prereleases, date stamps and release markers
 * (`-20240723`, `-GA`), and `_11` after the version.
 */


const KINDS = {
    dev: 'dev',
    snapshot: 'dev',
    nightly: 'dev',
    a: 'alpha',
    alpha: 'alpha',
    b: 'beta',
    beta: 'beta',
    pre: 'pre',
    preview: 'pre',
    rc: 'rc'
};
const RANKS = {
    dev: 0,
    alpha: 1,
    beta: 2,
    milestone: 3,
    pre: 4,
    rc: 5
};
/** JEP-229 versions carry a commit after the number: `3206.vb_15dcf73f6a_9`. */
const BUILD_ID = /^\.v[0-9a-f_]{6,40}(?=$|-)/;
/** Glued to the version (`3.15.0rc1`, `1.0b2`, `19beta3`) or after a dot (`12.1.0.beta2`). */
const GLUED = /^\.?(alpha|beta|preview|pre|rc|dev|a|b)\.?(\d*)(?=$|-)/i;
/** `21.0.5_11`, `9.7_p1`: a build or patch number after an underscore. */
const UNDERSCORE = /^_([A-Za-z]?)(\d{1,9})(?=$|-)/;
/** `1.41.3.9314-a0bfb8370`: a commit right after the version belongs to it, not to the variant. */
const COMMIT_PART = /^-(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{7,40}(?=$|-)/;
/** Words that name the release build itself (`5.0-GA`, `33.0.2.Final`, `1.0GA`). */
const MARKER = /^(?:GA|ga|Final|FINAL|final|RELEASE|Release)$/;
const GLUED_MARKER = /^\.?(GA|Final|FINAL|RELEASE)(?=$|-)/;
/** `.fips` after a version: a flavour word joined by a dot. */
const DOTTED_FLAVOUR = /^\.[A-Za-z][A-Za-z0-9]{2,}(?=$|-)/;
/** A whole hyphen part (`rc1`, `rc.1`, `beta.2`, `RC`, `M10`, `SNAPSHOT`). */
const PART = /^(?:(alpha|beta|preview|pre|rc|dev|snapshot|nightly)\.?(\d*)|(M)(\d+))$/i;
/** `rc42.ce.0`: a numbered prerelease, then a dot and more. */
const LEADING_PART = /^(alpha|beta|preview|pre|rc)\.?(\d+)\.([A-Za-z][\w.]*)$/i;
/** `slim.2` in `2.0.0-beta-slim.2`: the prerelease's number after a flavour word. */
const WORD_NUMBER = /^([A-Za-z]+)\.(\d{1,4})$/;
/** A cheap first look: could a hyphen part name a prerelease, a date or a marker? */
const MAY_NEED_PARTS = /-(?:alpha|beta|pre|rc|dev|snapshot|nightly|m\d|\d{8}(?:$|-)|GA|final|release)/i;
const prereleases = new _intern_js__WEBPACK_IMPORTED_MODULE_0__/* .Interned */ .M();
const revisions = new _intern_js__WEBPACK_IMPORTED_MODULE_0__/* .Interned */ .M();
const tails = new _intern_js__WEBPACK_IMPORTED_MODULE_0__/* .Interned */ .M();
const EMPTY = { variant: '' };
function prerelease(word, digits) {
    const kind = /^m$/i.test(word)
        ? 'milestone'
        : KINDS[word.toLowerCase()];
    const number = digits ? Number(digits) : 0;
    return prereleases.get(`${kind}.${number}`, () => ({ kind, rank: RANKS[kind], number }));
}
function revision(text, stem, numbers, stamped) {
    return revisions.get(`${stamped ? 's' : 'c'}${stem}\u0000${text}`, () => ({
        text,
        stem,
        numbers,
        stamped
    }));
}
/** The tail of a tag after its version (`-rc1-alpine`), or undefined when it cannot be one. */
function readTail(rest) {
    if (!rest)
        return EMPTY;
    return tails.get(rest, () => tailOf(rest) ?? null) ?? undefined;
}
/**
 * A build that became a timestamp: Red Hat's `9.4-1227` grew a rebuild time
 * (`9.4-1227.1726694542`), then the time alone (`9.6-1758184547`). Ten
 * digits in the Unix-time range (2001 to 2096) are a time, so such a build
 * is newer than the small counters of the same version; all three shapes
 * are one counter, and a tag of the older shapes moves to the newer one.
 */
const TIMED_BUILD = /^-(?:(\d{1,9})\.)?(\d{10})(?=$|-)/;
const isUnixTime = (n) => n >= 1_000_000_000 && n < 4_000_000_000;
function timedBuild(rest) {
    const m = TIMED_BUILD.exec(rest);
    const time = m && Number(m[2]);
    if (!m || !time || !isUnixTime(time))
        return undefined;
    const numbers = m[1] === undefined ? [time] : [Number(m[1]), time];
    return { revision: revision(m[0].slice(1), '', numbers, false), length: m[0].length };
}
function tailOf(text) {
    const timed = text.charCodeAt(0) === 45 ? timedBuild(text) : undefined;
    if (timed) {
        const after = timed.length === text.length ? EMPTY : tailOf(text.slice(timed.length));
        if (!after || after.revision)
            return undefined;
        return { prerelease: after.prerelease, revision: timed.revision, variant: after.variant };
    }
    let rest = text.startsWith('.v') ? text.replace(BUILD_ID, '') : text;
    if (rest.charCodeAt(0) === 45)
        rest = rest.replace(COMMIT_PART, '');
    let pre;
    let rev;
    if (rest && rest.charCodeAt(0) !== 45) {
        const underscore = UNDERSCORE.exec(rest);
        const marker = !underscore && GLUED_MARKER.exec(rest);
        const glued = !underscore && !marker && GLUED.exec(rest);
        const taken = underscore || marker || glued;
        if (taken) {
            if (underscore) {
                const letter = underscore[1] ?? '';
                const digits = underscore[2];
                rev = revision(letter + digits, `_${letter}`, [Number(digits)], false);
            }
            else if (marker)
                rev = revision(taken[1], '', [0], true);
            else
                pre = prerelease(taken[1], taken[2] ?? '');
            rest = rest.slice(taken[0].length);
        }
        else if (DOTTED_FLAVOUR.test(rest)) {
            // `RELEASE.2025-…Z.fips`: a flavour joined by a dot reads like one joined by a hyphen.
            rest = `-${rest.slice(1)}`;
        }
        else
            return undefined;
    }
    if (!rest)
        return { prerelease: pre, revision: rev, variant: '' };
    if (rest.charCodeAt(0) !== 45 || rest.endsWith('-') || rest.includes('--'))
        return undefined;
    // Most suffixes name nothing of the kind: keep them whole without splitting.
    if (!MAY_NEED_PARTS.test(rest)) {
        return { prerelease: pre, revision: rev, variant: (0,_intern_js__WEBPACK_IMPORTED_MODULE_0__/* .sameString */ .a)(rest.slice(1)) };
    }
    const parts = rest.slice(1).split('-');
    pre ??= takePrerelease(parts);
    rev ??= takeStamp(parts);
    return { prerelease: pre, revision: rev, variant: (0,_intern_js__WEBPACK_IMPORTED_MODULE_0__/* .sameString */ .a)(parts.join('-')) };
}
/**
 * The first part that names a prerelease, removed from `parts`. A bare word
 * at the end after a flavour names the flavour's own stage, not the
 * version's (`-jdk21-preview`, `-al2022-RC`).
 */
function takePrerelease(parts) {
    for (let i = 0; i < parts.length; i++) {
        const led = LEADING_PART.exec(parts[i]);
        if (led) {
            // `17.8.0-rc42.ce.0`: the prerelease leads the part, the edition follows it.
            parts[i] = led[3];
            return prerelease(led[1], led[2]);
        }
        const word = PART.exec(parts[i]);
        if (!word)
            continue;
        let digits = word[2] ?? word[4] ?? '';
        const lastIndex = parts.length - 1;
        if (!digits && i > 0 && i === lastIndex)
            continue;
        let taken = 1;
        const next = parts[i + 1] ?? '';
        const flavoured = WORD_NUMBER.exec(parts[lastIndex]);
        if (!digits && /^\d{1,4}$/.test(next)) {
            // `4.0.0-rc-4`: the number stands in its own hyphen part.
            digits = next;
            taken = 2;
        }
        else if (!digits && flavoured && lastIndex > i) {
            // `2.0.0-beta-slim.2`: the flavour sits inside the prerelease.
            digits = flavoured[2];
            parts[lastIndex] = flavoured[1];
        }
        parts.splice(i, taken);
        return prerelease((word[1] ?? word[3]), digits);
    }
    return undefined;
}
/** A date stamp or release marker right after the version, or a date stamp at the end. */
function takeStamp(parts) {
    const first = parts[0] ?? '';
    if (MARKER.test(first)) {
        parts.shift();
        return revision(first, '', [0], true);
    }
    const at = isDatePart(first) ? 0 : parts.length > 1 && isDatePart(parts.at(-1)) ? -1 : undefined;
    if (at === undefined)
        return undefined;
    const text = parts.splice(at, 1)[0];
    return revision(text, '', [Number(text)], true);
}
const isDatePart = (part) => part.length === 8 && /^\d{8}$/.test(part) && (0,_head_js__WEBPACK_IMPORTED_MODULE_1__/* .isDateStamp */ ._)(Number(part), 8);


/***/ })

};
