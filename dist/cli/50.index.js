export const id = 50;
export const ids = [50];
export const modules = {

/***/ 8050:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  NEWEST_SHOWN: () => (/* binding */ NEWEST_SHOWN),
  alignColumns: () => (/* binding */ alignColumns),
  formatJson: () => (/* binding */ formatJson),
  formatReport: () => (/* binding */ formatReport),
  formatTag: () => (/* binding */ formatTag),
  notAVersion: () => (/* binding */ notAVersion),
  redact: () => (/* binding */ redact),
  stderrLogger: () => (/* binding */ stderrLogger)
});

;// CONCATENATED MODULE: ./src/versions/fit.ts
/** Lists cut to what an output can hold (GitHub caps each step output at 1 MB). */
/**
 * The longest head of `tags` (newest first) whose JSON array encoding takes
 * at most `maxBytes` bytes of UTF-8: `["3.14.7","3.14"]` is 17 bytes. A head,
 * never a selection with gaps, so the list still reads "the newest N".
 */
function newestThatFit(tags, maxBytes) {
    let used = 2; // the brackets
    let count = 0;
    for (const tag of tags) {
        const size = Buffer.byteLength(JSON.stringify(tag)) + (count > 0 ? 1 : 0);
        if (used + size > maxBytes)
            break;
        used += size;
        count++;
    }
    return used > maxBytes ? [] : tags.slice(0, count);
}

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
        'update-available': String(Boolean(known?.update)),
        'update-type': known?.update ?? '',
        'newer-tags': jsonArrayThatFits(known ? known.newer.map(v => v.tag) : [])
    };
}
/** The newest entries whose JSON array fits in one output. */
function jsonArrayThatFits(entries) {
    return JSON.stringify(newestThatFit(entries, MAX_OUTPUT_BYTES));
}

// EXTERNAL MODULE: ./src/reference.ts
var reference = __webpack_require__(8286);
// EXTERNAL MODULE: ./src/registry/platform.ts
var platform = __webpack_require__(8688);
;// CONCATENATED MODULE: ./src/cli/print.ts




/** Rows of newest passing tags the terminal table shows. */
const NEWEST_SHOWN = 10;
/** `--json`: the action's outputs, the same names and string values, as one object. */
function formatJson(result, current) {
    return `${JSON.stringify(lookupOutputs(result, current), null, 2)}\n`;
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
    const rows = [['image', (0,reference/* displayName */.QC)(result.image)]];
    const current = selection.current;
    if (current)
        rows.push(['current', updateState(current, chosen.tag)]);
    rows.push(['digest', result.digest]);
    if (result.platformDigest && request.platform) {
        rows.push([(0,platform/* formatPlatform */.Bq)(request.platform), result.platformDigest]);
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
        .map(v => [v.tag, (0,parse/* formatVersion */.qh)(v), v.variant || '-', mark(v.tag)]);
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


/***/ }),

/***/ 8286:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   FH: () => (/* binding */ formatReference),
/* harmony export */   QC: () => (/* binding */ displayName),
/* harmony export */   Xb: () => (/* binding */ DOCKER_HUB),
/* harmony export */   r_: () => (/* binding */ isValidTag)
/* harmony export */ });
/* unused harmony export DOCKER_HUB_ENDPOINT */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/**
 * Image references, parsed and normalised the way docker does
 * (distribution/reference normalize.go).
 */

const DOCKER_HUB = 'docker.io';
const DOCKER_HUB_ENDPOINT = 'registry-1.docker.io';
const HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN_RE = new RegExp(`^(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[0-9a-fA-F:.]+\\])(?::[0-9]+)?$`);
const PATH_COMPONENT_RE = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG_RE = /^[\w][\w.-]{0,127}$/;
const DIGEST_RE = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;
const MAX_PATH_LENGTH = 255;
/** A tag as the distribution spec allows it: up to 128 word characters, dots and dashes. */
function isValidTag(tag) {
    return TAG_RE.test(tag);
}
function invalid(input, raw, why) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `'${raw}' is not a valid image reference: ${why}.`);
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
    if (digest.startsWith('sha256:') && !/^sha256:[0-9a-f]{64}$/.test(digest)) {
        throw invalid(input, raw, 'a sha256 digest has exactly 64 lowercase hex characters');
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, 'is empty; give an image such as `python` or `ghcr.io/owner/app`.');
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

/***/ 942:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ED: () => (/* binding */ parseTag),
/* harmony export */   lF: () => (/* binding */ isVersion),
/* harmony export */   qh: () => (/* binding */ formatVersion)
/* harmony export */ });
/**
 * Reading a tag as `[v]VERSION[PRERELEASE][-VARIANT]` (interface.md,
 * "Versions"). Pure: no I/O, no knowledge of filters.
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
/** Glued to the version (`3.15.0rc1`, `1.0b2`, `19beta3`) or after a dot (`12.1.0.beta2`). */
const GLUED = /^\.?(alpha|beta|preview|pre|rc|dev|a|b)\.?(\d*)(?=$|-)/i;
/** A whole hyphen part (`rc1`, `rc.1`, `beta.2`, `RC`, `M10`, `SNAPSHOT`). */
const PART = /^(?:(alpha|beta|preview|pre|rc|dev|snapshot|nightly)\.?(\d*)|(M)(\d+))$/i;
/** A cheap first look: could any hyphen part of this suffix be a prerelease word? */
const MAY_NAME_PRERELEASE = /-(?:alpha|beta|pre|rc|dev|snapshot|nightly|m\d)/i;
const HASH = /^[0-9a-f]{7,64}$/;
const MAX_COMPONENT_DIGITS = 15;
/** A single component this long is a date or build stamp (`20260805`), not a version. */
const STAMP_DIGITS = 6;
/**
 * A registry may list a million tags that repeat a few variants and
 * prereleases: the passing versions share one string or object for each,
 * not a copy per tag. Bounded, so a hostile list cannot grow it without end.
 */
class Interned {
    values = new Map();
    get(key, make) {
        let value = this.values.get(key);
        if (value === undefined) {
            if (this.values.size >= 10_000)
                this.values.clear();
            this.values.set(key, (value = make()));
        }
        return value;
    }
}
const variants = new Interned();
const prereleases = new Interned();
const sameString = (s) => (s === '' ? s : variants.get(s, () => s));
function prerelease(word, digits) {
    const kind = /^m$/i.test(word)
        ? 'milestone'
        : KINDS[word.toLowerCase()];
    const number = digits ? Number(digits) : 0;
    return prereleases.get(`${kind}.${number}`, () => ({ kind, rank: RANKS[kind], number }));
}
const isDigit = (c) => c >= 48 && c <= 57;
/**
 * `[v]N[.N[.N[.N]]]` at the start of `tag`, scanned by hand: this runs for
 * every tag of a repository (tens of thousands), and a regex plus split and
 * map allocates three times as much.
 */
function scanNumbers(tag) {
    let i = tag.charCodeAt(0) === 118 || tag.charCodeAt(0) === 86 ? 1 : 0;
    const prefix = i ? tag.charAt(0) : '';
    if (!isDigit(tag.charCodeAt(i)))
        return undefined;
    // Gathered in locals and returned as an array of exact length: one grown by
    // push keeps room for 16 numbers, and a million tags keep theirs.
    let a = 0;
    let b = 0;
    let c = 0;
    let n = 0;
    let digits = 0;
    for (;;) {
        const start = i;
        let value = 0;
        while (isDigit(tag.charCodeAt(i)))
            value = value * 10 + (tag.charCodeAt(i++) - 48);
        if (i - start > MAX_COMPONENT_DIGITS)
            return undefined;
        digits = Math.max(digits, i - start);
        if (n === 0)
            a = value;
        else if (n === 1)
            b = value;
        else if (n === 2)
            c = value;
        n++;
        if (n === 4 || tag.charCodeAt(i) !== 46 || !isDigit(tag.charCodeAt(i + 1))) {
            const components = n === 1 ? [a] : n === 2 ? [a, b] : n === 3 ? [a, b, c] : [a, b, c, value];
            return { prefix, components, end: i, digits };
        }
        i++;
    }
}
/** Reads `tag` as a version, or says why it is not one. */
function parseTag(tag, options = {}) {
    if (tag.length >= 7 && HASH.test(tag) && !/^\d+$/.test(tag))
        return { tag, reason: 'commit hash' };
    const head = scanNumbers(tag);
    if (!head)
        return { tag, reason: 'not a version' };
    const { prefix, components } = head;
    if (components.length === 1 && head.digits >= STAMP_DIGITS && !options.allowStamps) {
        return { tag, reason: 'date or build stamp' };
    }
    let rest = tag.slice(head.end);
    let pre;
    if (rest && rest.charCodeAt(0) !== 45) {
        const glued = GLUED.exec(rest);
        if (!glued)
            return { tag, reason: 'not a version' };
        pre = prerelease(glued[1], glued[2] ?? '');
        rest = rest.slice(glued[0].length);
    }
    if (!rest)
        return { tag, prefix, components, prerelease: pre, variant: '' };
    if (rest.endsWith('-') || rest.includes('--'))
        return { tag, reason: 'not a version' };
    // Most suffixes name no prerelease: keep them whole without splitting.
    if (pre || !MAY_NAME_PRERELEASE.test(rest)) {
        return { tag, prefix, components, prerelease: pre, variant: sameString(rest.slice(1)) };
    }
    const hyphenParts = rest.slice(1).split('-');
    const variant = [];
    for (let i = 0; i < hyphenParts.length; i++) {
        const part = hyphenParts[i];
        const word = pre ? undefined : PART.exec(part);
        if (!word) {
            variant.push(part);
            continue;
        }
        let digits = word[2] ?? word[4] ?? '';
        // `4.0.0-rc-4`: the number stands in its own hyphen part.
        if (!digits && /^\d{1,4}$/.test(hyphenParts[i + 1] ?? ''))
            digits = hyphenParts[++i];
        pre = prerelease((word[1] ?? word[3]), digits);
    }
    // One object shape for every version keeps sorting 20,000 tags fast (no spread).
    return { tag, prefix, components, prerelease: pre, variant: sameString(variant.join('-')) };
}
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


/***/ })

};
