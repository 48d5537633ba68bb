#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 364:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  u_: () => (/* reexport */ USAGE),
  DO: () => (/* binding */ describeUsageError),
  Du: () => (/* binding */ parseCommandLine),
  yv: () => (/* binding */ passwordFromStdin)
});

// UNUSED EXPORTS: scanGlobs

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
;// CONCATENATED MODULE: ./src/cli/flags.ts
/**
 * The command line's flags as node:util parseArgs reads them, and its
 * complaints said the way the rest of the usage errors say things. Which
 * flag means what to which command is args.ts's business.
 */


/** Flags that take a value and are passed on as the input of the same name. */
const VALUE_FLAGS = [
    'filter',
    'exclude',
    'range',
    'variant',
    'precision',
    'current',
    'platform',
    'timeout',
    'username',
    'repositories',
    // Release rules (issue 19).
    'minimum-release-age',
    'release-age-missing',
    'lts'
];
/** Flags that are switches, passed on as the input `'true'`. */
const SWITCH_FLAGS = ['prerelease', 'insecure', 'pin-digest'];
const value = { type: 'string', multiple: true };
const flag = { type: 'boolean' };
const OPTIONS = {
    filter: value,
    exclude: value,
    range: value,
    variant: value,
    precision: value,
    current: value,
    platform: value,
    timeout: value,
    username: value,
    repositories: value,
    'minimum-release-age': value,
    'release-age-missing': value,
    lts: value,
    prerelease: flag,
    insecure: flag,
    'pin-digest': flag,
    'docker-config': flag,
    'no-docker-config': flag,
    'password-stdin': flag,
    write: flag,
    json: flag,
    explain: flag,
    verbose: flag,
    help: { type: 'boolean', short: 'h' },
    version: flag
};
/** Flags refused before parsing, with why: their value must never be echoed back. */
const REFUSED = {
    password: 'is not accepted: a password on the command line shows in the process list and the shell history. Pipe it in with --username <user> --password-stdin.'
};
function refuseFlags(argv) {
    for (const arg of argv) {
        if (arg === '--')
            return;
        const name = /^--([^=]+)/.exec(arg)?.[1];
        const reason = name !== undefined ? REFUSED[name] : undefined;
        if (reason)
            throw new errors/* UsageError */.e(`--${name}`, reason);
    }
}
function parseFlags(argv) {
    try {
        return (0,external_node_util_.parseArgs)({
            args: [...argv],
            options: OPTIONS,
            allowPositionals: true,
            strict: true,
            tokens: true
        });
    }
    catch (error) {
        const code = error.code;
        const message = error instanceof Error ? error.message : String(error);
        if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
            const flag = /'([^']+)'/.exec(message)?.[1] ?? message;
            throw new errors/* UsageError */.e(flag, 'is not a flag of registry-tags; see registry-tags --help.');
        }
        if (code?.startsWith('ERR_PARSE_ARGS_')) {
            const flag = /'(-[^ ']+)/.exec(message)?.[1] ?? 'flags';
            throw new errors/* UsageError */.e(flag, valueProblem(flag, message));
        }
        throw error;
    }
}
/** parseArgs's words for a flag's value, said the way the rest of the messages say things. */
function valueProblem(flag, message) {
    if (/argument missing/.test(message))
        return 'needs a value (see --help).';
    if (/does not take an argument/.test(message))
        return 'is a switch: it takes no value.';
    if (/ambiguous/.test(message)) {
        return `has a value starting with '-': write it as ${flag}=<value>, e.g. ${flag}=-rc.`;
    }
    return message.replace(/\s*\n\s*/g, ' ');
}
/**
 * Whether the first positional is the word `scan`, written as a command:
 * before any `--` (after it, `scan` is an image named scan).
 */
function startsWithScan(parsed) {
    const tokens = parsed.tokens ?? [];
    const first = tokens.find(t => t.kind === 'positional' || t.kind === 'option-terminator');
    return first?.kind === 'positional' && first.value === 'scan';
}

// EXTERNAL MODULE: ./src/files/default-globs.ts
var default_globs = __nccwpck_require__(2872);
;// CONCATENATED MODULE: ./src/cli/usage.ts
/**
 * The command line's help text, and the files `scan` reads when it is given
 * no globs. Plain data: `--help` loads nothing else.
 */

/** What `registry-tags scan` reads with no globs: the same files as `image: auto` without `update-files`. */
const DEFAULT_SCAN_GLOBS = default_globs/* DEFAULT_UPDATE_GLOBS */.c;
const defaults = DEFAULT_SCAN_GLOBS.map(glob => `                           ${glob}`).join('\n');
const USAGE = `Usage: registry-tags [flags] <image>
       registry-tags scan [flags] [globs…]
       registry-tags --repositories <registry | docker.io/<namespace> | ghcr.io/<owner>> [flags]

Prints the newest tag of <image> that passes the filters, read from any
registry that speaks the Docker Registry HTTP API V2 / OCI Distribution.

  registry-tags python:3.12-slim          newest 3.x.y-slim tag (same shape)
  registry-tags --range '^1' ghcr.io/o/app
  registry-tags --json python             every output as one JSON object
  registry-tags --explain python:3.12-slim   how the tags were read
  registry-tags scan                      images in this directory's files
  registry-tags scan --write 'deploy/**/*.yaml'   …and rewrite them
  registry-tags --repositories registry.example.com:5000     its catalog
  registry-tags --repositories docker.io/bitnami             a Docker Hub namespace
  GITHUB_TOKEN=… registry-tags --repositories ghcr.io/octo-org   an owner's packages

Choosing the tag:
  --filter <regex>       a tag must match; a (?<version>…) group is the version
  --exclude <regex>      drop matching tags
  --range <range>        npm semver range the version satisfies: ^3.12, ~1.4, ">=2 <3"
  --variant <variant>    suffix after the version: auto (default), *, alpine, /regex/
  --precision <p>        auto (default), same or any
  --prerelease           also consider prereleases
  --current <tag>        the current tag, when <image> has none
  --platform <os/arch>   also resolve that platform's digest, e.g. linux/arm64
  --minimum-release-age <age>
                         hold tags pushed more recently: 3d, 12h, "2 days", 1w
                         (dates from the registry: Hub, GitHub Packages, quay,
                         else the manifest's Last-Modified)
  --release-age-missing <hold|allow>
                         a tag whose registry tells no date: hold (default)
  --lts <auto|only|off>  long-term-support lines of ubuntu, node and the Java
                         images: auto (default) keeps an LTS pin on LTS lines

Scanning files (registry-tags scan [globs…]):
  Checks every image referenced in the files the globs match (Dockerfile FROM,
  compose and Kubernetes image:, workflow container and services), each
  reference within its own variant and precision, and prints one table:
  image, file:line, current → new, update type, digest. Globs are relative
  to the current directory; quote them so the shell leaves them alone.
  Without globs it reads:
${defaults}
  --write                rewrite the files (each whole, or not at all);
                         without it nothing is written
  --pin-digest           rewritten references get @sha256:… (ref:tag@digest)
  --json                 print the rows as a JSON array (the action's results)
  The filters above apply to every image; credentials come from docker
  login (~/.docker/config.json and its helpers), per registry.

Registry:
  --username <user>      with --password-stdin: the password or token is read
  --password-stdin         from standard input (never give it as a flag)
  --no-docker-config     do not use the credentials of docker login
                         (~/.docker/config.json and its credential helpers)
  --insecure             allow plain HTTP and unverified TLS for this registry
                         (scan: for every registry the files name)
  --timeout <seconds>    time for the whole lookup or scan (default 300)
  --repositories <where> list repositories instead of tags: a registry host
                         (its /v2/_catalog), docker.io/<namespace> (the Hub API)
                         or ghcr.io/<owner> (GitHub packages; the token is read
                         from GITHUB_TOKEN or GH_TOKEN); --filter and --exclude
                         apply to the names

Output:
  --json                 print the outputs as one JSON object
  --explain              also show how the current and chosen tags were read
                         (prefix, version, prerelease, variant, revision)
  --verbose              progress on stderr even when it is not a terminal
  -h, --help             print this help
  --version              print the version

Exit status: 0 a tag was found, or (scan) every image was checked, whether
or not updates exist; 1 an error (registry, no tag passes the filters, an
image of a scan that could not be checked, after the table of the others);
2 bad usage.
`;

;// CONCATENATED MODULE: ./src/cli/args.ts
/**
 * The command line's flags, turned into the same input names the action
 * has, so one pure parseInputs turns both into options. Light on purpose:
 * `--help` must not load the engine.
 */




function parseCommandLine(argv) {
    refuseFlags(argv);
    const parsed = parseFlags(argv);
    const { values, positionals } = parsed;
    if (values.help)
        return { kind: 'help' };
    if (values.version)
        return { kind: 'version' };
    if (startsWithScan(parsed))
        return scanCommand(values, positionals.slice(1));
    return lookupCommand(values, positionals);
}
function lookupCommand(values, positionals) {
    for (const name of ['write', 'pin-digest']) {
        if (values[name]) {
            throw new errors/* UsageError */.e(`--${name}`, `applies to scan, which rewrites files: registry-tags scan --${name} [globs…].`);
        }
    }
    const inputs = commonInputs(values);
    if (inputs['repositories'] === undefined)
        inputs['image'] = onlyImage(positionals);
    else if (positionals.length > 0) {
        throw new errors/* UsageError */.e('--repositories', `lists repositories; give no image with it (got ${positionals.join(' ')}).`);
    }
    else if (values.explain) {
        throw new errors/* UsageError */.e('--explain', 'shows how tags were read; --repositories lists names.');
    }
    const passwordStdin = Boolean(values['password-stdin']);
    checkUsername(inputs['username'], passwordStdin);
    return { kind: 'lookup', inputs, passwordStdin, ...outputFlags(values) };
}
/** Flags that name one image or one registry's credential: a scan has many of both. */
const NOT_FOR_SCAN = {
    repositories: 'lists repositories; scan reads images from files. Give one or the other.',
    current: 'is the current tag of one image; in a scan each reference has its own.',
    platform: "resolves one image's platform digest; scan resolves each tag's digest only.",
    username: "is one registry's login; a scan asks every registry its files name. Log in with docker login to each, and scan uses those credentials per registry.",
    'password-stdin': "is one registry's login; a scan asks every registry its files name. Log in with docker login to each, and scan uses those credentials per registry."
};
function scanCommand(values, globs) {
    for (const [name, reason] of Object.entries(NOT_FOR_SCAN)) {
        if (values[name] !== undefined)
            throw new errors/* UsageError */.e(`--${name}`, reason);
    }
    const inputs = commonInputs(values);
    inputs['image'] = 'auto';
    inputs['update-files'] = scanGlobs(globs).join('\n');
    return { kind: 'scan', inputs, write: Boolean(values.write), ...outputFlags(values) };
}
/** The globs as given, one a line for `update-files`; the documented set when none are. */
function scanGlobs(globs) {
    if (globs.length === 0)
        return DEFAULT_SCAN_GLOBS;
    for (const glob of globs) {
        if (!glob.trim() || /[\r\n]/.test(glob)) {
            throw new errors/* UsageError */.e('update-files', `${JSON.stringify(glob)} is not a glob: give one file name or pattern an argument.`);
        }
    }
    return globs;
}
function commonInputs(values) {
    const inputs = {};
    for (const name of VALUE_FLAGS) {
        const given = values[name];
        if (!given)
            continue;
        if (given.length > 1)
            throw new errors/* UsageError */.e(`--${name}`, 'is given more than once; give it once.');
        inputs[name] = given[0];
    }
    for (const name of SWITCH_FLAGS)
        if (values[name])
            inputs[name] = 'true';
    if (values['no-docker-config']) {
        if (values['docker-config']) {
            throw new errors/* UsageError */.e('--docker-config', 'and --no-docker-config contradict; give one.');
        }
        inputs['docker-config'] = 'false';
    }
    return inputs;
}
function outputFlags(values) {
    return {
        json: Boolean(values.json),
        explain: Boolean(values.explain),
        verbose: Boolean(values.verbose)
    };
}
function onlyImage(positionals) {
    if (positionals.length === 1 && positionals[0] === 'auto') {
        throw new errors/* UsageError */.e('image', "'auto' is how the action reads images from files; here, run registry-tags scan [globs…].");
    }
    if (positionals.length === 0) {
        throw new errors/* UsageError */.e('image', 'is required: give an image such as python, python:3.12-slim or ghcr.io/owner/app (see --help).');
    }
    if (positionals.length > 1) {
        throw new errors/* UsageError */.e('image', `give one image at a time; got ${positionals.length}: ${positionals.join(' ')}.`);
    }
    return positionals[0];
}
function checkUsername(username, passwordStdin) {
    if (username && !passwordStdin) {
        throw new errors/* UsageError */.e('--username', 'needs --password-stdin: pipe the password or token in, e.g. printf %s "$TOKEN" | registry-tags --username <user> --password-stdin <image>.');
    }
    if (passwordStdin && !username) {
        throw new errors/* UsageError */.e('--password-stdin', 'needs --username: the user the password belongs to.');
    }
}
/** The password piped in, without the line end `echo` adds (as docker login reads it). */
function passwordFromStdin(text) {
    const password = text.replace(/\r?\n$/, '');
    if (!password) {
        throw new errors/* UsageError */.e('--password-stdin', 'read an empty password from standard input.');
    }
    return password;
}
/** Inputs the command line takes as arguments rather than flags, by how --help names them. */
const POSITIONAL_LABELS = { image: '<image>', 'update-files': '<globs>' };
/** What a usage error says on the command line: the flag (or `<image>`) and the detail. */
function describeUsageError(error) {
    const prefix = `Input '${error.input}': `;
    const detail = error.message.startsWith(prefix)
        ? error.message.slice(prefix.length)
        : error.message;
    const name = error.input;
    const label = name.startsWith('-') ? name : (POSITIONAL_LABELS[name] ?? `--${name}`);
    return `${label} ${detail}`;
}


/***/ }),

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _package_json__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8330);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3916);
/* harmony import */ var _text_escape_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7388);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(364);
/**
 * registry-tags on the command line: flags → the action's inputs → the same
 * options and engine → the answer on stdout. Exit 0 found (or, for scan,
 * every image checked), 1 error, 2 bad usage, always with a message and
 * never a stack trace. The engine, and for scan the file readers, are
 * imported only once a lookup or scan is asked for, so `--help` starts fast.
 */




const EXIT_FOUND = 0;
const EXIT_ERROR = 1;
const EXIT_USAGE = 2;
/** A password longer than this on stdin is a mistake (a file piped in), not a password. */
const MAX_STDIN_BYTES = 64 * 1024;
/** Every secret read or obtained in this run, redacted from whatever goes to stderr. */
const secrets = [];
/** print.ts's redact, loaded with the engine: before that the only secret is the password read, which no message quotes. */
let redact;
/** Every line for stderr: secrets redacted, and no terminal control sequence a server or a file name wrote. */
function printError(line) {
    process.stderr.write(`${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .showControls */ .mz)(redact ? redact(line, secrets) : line, true)}\n`);
}
const context = { secrets, printError, useRedact: (r) => (redact = r) };
async function main(argv) {
    try {
        const command = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCommandLine */ .Du)(argv);
        if (command.kind === 'help')
            return print(_args_js__WEBPACK_IMPORTED_MODULE_2__/* .USAGE */ .u_);
        if (command.kind === 'version')
            return print(`${_package_json__WEBPACK_IMPORTED_MODULE_0__/* .version */ .rE}\n`);
        if (command.kind === 'scan')
            return await scan(command);
        const password = command.passwordStdin ? (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .passwordFromStdin */ .yv)(await readStdin()) : '';
        if (password)
            secrets.push(password);
        return await lookup(command, password);
    }
    catch (error) {
        return fail(error);
    }
}
/** The engine and printing load here, as one chunk: `--help` never pays for them. */
async function lookup(command, password) {
    const { runLookup } = await Promise.all(/* import() */[__nccwpck_require__.e(375), __nccwpck_require__.e(937), __nccwpck_require__.e(46)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5046));
    return print(await runLookup(command, password, context));
}
/** The engine, the file readers and the update run load here, as one chunk. */
async function scan(command) {
    const { runScan } = await Promise.all(/* import() */[__nccwpck_require__.e(375), __nccwpck_require__.e(236), __nccwpck_require__.e(937), __nccwpck_require__.e(389)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9389));
    const outcome = await runScan(command, context);
    print(outcome.text);
    if (outcome.failure === undefined)
        return EXIT_FOUND;
    printError(`registry-tags: ${outcome.failure}`);
    return EXIT_ERROR;
}
function print(text) {
    process.stdout.write(text);
    return EXIT_FOUND;
}
function fail(error) {
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e) {
        printError(`registry-tags: ${(0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .describeUsageError */ .DO)(error)}`);
        return EXIT_USAGE;
    }
    // Only the message: a stack trace helps nobody running a command, and could carry data.
    const message = error instanceof Error ? error.message : String(error);
    printError(`registry-tags: ${message}`);
    return EXIT_ERROR;
}
async function readStdin() {
    const chunks = [];
    let bytes = 0;
    for await (const chunk of process.stdin) {
        bytes += chunk.length;
        if (bytes > MAX_STDIN_BYTES) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e('--password-stdin', `read more than ${MAX_STDIN_BYTES} bytes; pipe in the password alone.`);
        }
        chunks.push(chunk);
    }
    return Buffer.concat(chunks).toString('utf8');
}
// Whatever escapes (an error event no promise carried) still ends in one line, not a stack trace.
const crash = (error) => process.exit(fail(error));
process.on('uncaughtException', crash);
process.on('unhandledRejection', crash);
// A reader that stops early (`| head -1`) is not an error of ours.
process.stdout.on('error', error => {
    if (error.code !== 'EPIPE')
        crash(error);
});
process.exitCode = await main(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ UsageError),
/* harmony export */   l: () => (/* binding */ ActionError)
/* harmony export */ });
class ActionError extends Error {
    temporary;
    constructor(message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = new.target.name;
        this.temporary = options.temporary ?? false;
    }
}
/**
 * Bad usage: an input or flag is missing, malformed or contradicts another.
 * The command line exits 2 for these; the action fails the step.
 */
class UsageError extends ActionError {
    input;
    constructor(input, detail) {
        super(`Input '${input}': ${detail}`);
        this.input = input;
    }
}


/***/ }),

/***/ 2872:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ DEFAULT_UPDATE_FILES),
/* harmony export */   c: () => (/* binding */ DEFAULT_UPDATE_GLOBS)
/* harmony export */ });
/**
 * The files `image: auto` reads when `update-files` is not given, and the
 * command line's `scan` with no globs: every format the readers know. Plain
 * data (the command line's `--help` loads it and nothing else).
 *
 * YAML is read wherever it lies: Kubernetes manifests, Helm values, CI files
 * and GitOps files have no fixed place, and the YAML rules only take values
 * whose key or shape says they are images. `.git/` and `node_modules/` are
 * never read whatever the globs say (workspace.ts); vendored code and lock
 * files are left out here.
 */
const DEFAULT_UPDATE_GLOBS = [
    '**/Dockerfile',
    '**/Dockerfile.*',
    '**/*.Dockerfile',
    '**/*.dockerfile',
    '**/Containerfile',
    '**/Containerfile.*',
    '**/*.containerfile',
    '**/*.yml',
    '**/*.yaml',
    '**/devcontainer.json',
    '**/.devcontainer.json',
    '**/*.container',
    '**/*.image',
    '**/*.tf',
    '**/*.hcl',
    '!**/*.dockerignore',
    '!**/vendor/**',
    '!**/pnpm-lock.yaml'
];
/** The default globs as `update-files` text, one a line. */
const DEFAULT_UPDATE_FILES = DEFAULT_UPDATE_GLOBS.join('\n');


/***/ }),

/***/ 7388:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Tn: () => (/* binding */ serverText),
/* harmony export */   mz: () => (/* binding */ showControls)
/* harmony export */ });
/* unused harmony exports hasControls, MAX_SERVER_TEXT, logText */
/**
 * Text that a registry, an API or a scanned repository wrote, made safe for
 * where it is shown: the terminal, the Actions log and annotations. One set
 * of rules for every front end, so no path forgets one (issue 17).
 */
/** C0 and C1 control characters, and the marks that reorder text on screen (bidi overrides and isolates). */
// eslint-disable-next-line no-control-regex -- finding them is the point
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** The same set, newline left out. */
const UNPRINTABLE_BUT_NEWLINE = 
// eslint-disable-next-line no-control-regex -- finding them is the point
/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** `\x1b`, `\u202e`: what the character is, written with printable ones. */
function visibleEscape(char) {
    const code = char.charCodeAt(0);
    return code < 0x100
        ? `\\x${code.toString(16).padStart(2, '0')}`
        : `\\u${code.toString(16).padStart(4, '0')}`;
}
/**
 * Every control character (ESC, BEL, CR, an OSC 52 clipboard write…) and
 * every reordering mark shown as its escape (`\x1b`, `\u202e`), so text
 * cannot move the cursor, recolour the terminal, write the clipboard, or
 * disguise itself. With `keepNewlines`, `\n` stays for messages of several lines.
 */
function showControls(text, keepNewlines = false) {
    return text.replace(keepNewlines ? UNPRINTABLE_BUT_NEWLINE : UNPRINTABLE, visibleEscape);
}
/** True when `text` holds a character showControls would escape. */
function hasControls(text) {
    UNPRINTABLE.lastIndex = 0;
    return UNPRINTABLE.test(text);
}
/** The longest message a server's text gives, in characters. */
const MAX_SERVER_TEXT = 200;
/**
 * What a server wrote (an error body's message, a title) as one short
 * line: controls shown escaped, runs of white space made one space, cut
 * at `max` characters.
 */
function serverText(text, max = MAX_SERVER_TEXT) {
    const line = showControls(text.replace(/[\t\n\r ]+/g, ' ').trim());
    return line.length > max ? `${line.slice(0, max)}…` : line;
}
/** The runner reads a line as a command when it starts (after blanks) with `::`. */
const COMMAND_START = /^(\s*)::/;
/** The runner's older command form, `##[name]`, is read anywhere in a line. */
const OLD_COMMAND = /##\[/g;
/**
 * A message for the Actions log, which the runner reads line by line for
 * workflow commands: controls shown escaped (CR among them), and no line may
 * start with `::` nor hold `##[` (`\::add-mask::x`, `##\[group]` show what
 * was written instead). Newlines stay: a message may take several lines.
 */
function logText(text) {
    return showControls(text, true)
        .split('\n')
        .map(line => line.replace(COMMAND_START, '$1\\::').replace(OLD_COMMAND, '##\\['))
        .join('\n');
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 3339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 5574:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 8330:
/***/ ((module) => {

module.exports = {"rE":"1.0.0"};

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
