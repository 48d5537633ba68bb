export const id = 479;
export const ids = [479];
export const modules = {

/***/ 7479:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_TIMEOUT_S: () => (/* binding */ DEFAULT_TIMEOUT_S),
  parseInputs: () => (/* binding */ parseInputs),
  secretsOf: () => (/* binding */ secretsOf)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/reference.ts
var reference = __webpack_require__(8286);
// EXTERNAL MODULE: ./src/registry/platform.ts
var registry_platform = __webpack_require__(8688);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./node_modules/re2js/build/index.js
var build = __webpack_require__(2856);
;// CONCATENATED MODULE: ./src/versions/pattern.ts
/**
 * Regular expressions from inputs (`filter`, `exclude`, `variant: /…/`),
 * run by re2js: RE2 semantics, time linear in the tag's length, so a pattern
 * such as `^(a+)+$` cannot hang the step on a hostile tag the way a
 * backtracking `RegExp` does. Named groups (`(?<version>…)`) are kept.
 */


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
        re = build/* RE2JS */.L3.compile(source);
    }
    catch (error) {
        const detail = error.message.replace(/^error parsing regexp: /, '');
        throw new errors/* InputError */.dz(input, `'${source}' is not a valid regular expression: ${detail}. Patterns use RE2 syntax ` +
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
        throw new errors/* InputError */.dz('variant', `'${v}' is not a tag suffix. Use a suffix such as 'alpine', 'auto', '*', or '/regex/'.`);
    }
    return { kind: 'exact', value: v };
}
function buildPolicy(inputs) {
    const precision = (inputs.precision?.trim() || 'auto');
    if (!['same', 'any', 'auto'].includes(precision)) {
        throw new errors/* InputError */.dz('precision', `'${inputs.precision}' is not one of 'same', 'any' or 'auto'.`);
    }
    const range = inputs.range?.trim();
    if (range && semver_default().validRange(range) === null) {
        throw new errors/* InputError */.dz('range', `'${range}' is not a semver range. Examples: '^3.12', '~1.4', '>=2 <3', '3.x'.`);
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

;// CONCATENATED MODULE: ./src/options.ts
/**
 * What one run is asked to do, as typed options: parsed from the action's
 * inputs or the command line's flags by the same pure function, which
 * throws a UsageError naming the input (or flag) and what to fix.
 */




const DEFAULT_TIMEOUT_S = 300;
const MAX_TIMEOUT_S = 6 * 3600;
const DEFAULT_REQUEST_TIMEOUT_MS = 20_000;
function parseInputs(get, env = {}) {
    const credentials = parseCredentials(get);
    const imageText = get('image').trim();
    if (!imageText) {
        throw new errors/* UsageError */.eb('image', 'is required: give an image such as `python`, `python:3.12-slim` or `ghcr.io/owner/app`.');
    }
    const image = (0,reference/* parseReference */.F2)(imageText, 'image');
    const current = optional(get, 'current') ?? image.tag;
    if (current && !(0,reference/* isValidTag */.r_)(current)) {
        throw new errors/* UsageError */.eb('current', `'${current}' is not a valid tag.`);
    }
    const policy = buildPolicy({
        filter: optional(get, 'filter'),
        exclude: optional(get, 'exclude'),
        range: optional(get, 'range'),
        variant: optional(get, 'variant'),
        precision: optional(get, 'precision'),
        prerelease: bool(get, 'prerelease')
    });
    const platform = parsePlatformInput(get);
    return {
        image,
        ...(current && { current }),
        credentials,
        policy,
        ...(platform && { platform }),
        insecure: bool(get, 'insecure'),
        timeoutMs: parseTimeout(get) * 1000,
        requestTimeoutMs: requestTimeout(env)
    };
}
function parseCredentials(get) {
    const password = get('password');
    const username = optional(get, 'username');
    if (password && !username) {
        throw new errors/* UsageError */.eb('username', "is empty but 'password' is set; give the user name the password belongs to.");
    }
    if (username && !password) {
        throw new errors/* UsageError */.eb('password', `is empty but 'username' is set to '${username}'; give its password or token.`);
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
        throw new errors/* UsageError */.eb('platform', `'${text}' is not os/arch[/variant], e.g. linux/amd64 or linux/arm64.`);
    }
    return platform;
}
function parseTimeout(get) {
    const text = optional(get, 'timeout');
    if (text === undefined)
        return DEFAULT_TIMEOUT_S;
    const seconds = Number(text);
    if (!/^\d+(\.\d+)?$/.test(text) || seconds <= 0 || seconds > MAX_TIMEOUT_S) {
        throw new errors/* UsageError */.eb('timeout', `'${text}' is not a number of seconds between 1 and ${MAX_TIMEOUT_S} (default ${DEFAULT_TIMEOUT_S}).`);
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
    throw new errors/* UsageError */.eb(name, `'${value}' is not 'true' or 'false'.`);
}
function optional(get, name) {
    return get(name).trim() || undefined;
}
/** Every secret among the options, for the front end to mask before anything is logged. */
function secretsOf(options) {
    const { password, githubToken } = options.credentials;
    return [password, githubToken].filter((s) => Boolean(s));
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


/***/ })

};
