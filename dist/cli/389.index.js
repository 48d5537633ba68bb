export const id = 389;
export const ids = [389];
export const modules = {

/***/ 9389:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runScan: () => (/* binding */ runScan)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/engine.ts + 14 modules
var src_engine = __webpack_require__(4261);
// EXTERNAL MODULE: ./src/reference.ts
var src_reference = __webpack_require__(8286);
// EXTERNAL MODULE: ./src/run-requests.ts + 1 modules
var run_requests = __webpack_require__(6037);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(6448);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/files/errors.ts
/** Errors of finding, rewriting and writing files. */

/**
 * A rewrite that cannot be made: the file changed since it was scanned, two
 * changes disagree about one place, or the new tag does not fit how the file
 * spells it. The file must be left as it is.
 */
class RewriteError extends errors/* ActionError */.l {
    file;
    line;
    constructor(file, line, message, options = {}) {
        super(`${file}:${line}: ${message}`, options);
        this.file = file;
        this.line = line;
    }
}
/** A workspace file that may not or cannot be read or written: outside the workspace, too big, not text. */
class WorkspaceFileError extends errors/* ActionError */.l {
    file;
    constructor(file, message, options = {}) {
        super(`${file}: ${message}`, options);
        this.file = file;
    }
}

;// CONCATENATED MODULE: ./src/files/workspace.ts
/**
 * The files of `update-files`: globs relative to the workspace, read and
 * written only inside it and never in `.git/`, `node_modules/` or `vendor/` (symbolic
 * links out of it or into those are refused), each file once by its real
 * path, read with a size cap, written whole or not at all.
 */







/** Files bigger than this are not read (a problem for that file, not a crash). */
const MAX_FILE_BYTES = 5 * 1024 * 1024;
const NEVER = ['**/.git/**', '**/node_modules/**', '**/vendor/**'];
/** Directories never read nor written, whatever name or link leads there. */
const NEVER_DIRS = new Set(['.git', 'node_modules', 'vendor']);
function isInside(root, path) {
    return path === root || path.startsWith(root.endsWith(external_node_path_.sep) ? root : root + external_node_path_.sep);
}
/** True when the real path `real` lies in `.git/`, `node_modules/` or `vendor/` of the workspace (or of a folder in it). */
function isInNeverDir(root, real) {
    return (0,external_node_path_.relative)(root, real)
        .split(external_node_path_.sep)
        .some(part => NEVER_DIRS.has(part));
}
/** Why a pattern or path could reach outside the workspace, if it could. */
function escapeReason(path) {
    if (/^(?:[/\\~]|[A-Za-z]:)/.test(path))
        return 'is absolute; give a path relative to the workspace';
    if (path.split(/[/\\]/).includes('..'))
        return "has a '..' segment; give a path inside the workspace";
    return undefined;
}
function parsePatterns(patterns, input) {
    const include = [];
    const exclude = [];
    for (const raw of patterns.split(/\r?\n/)) {
        const line = raw.trim();
        if (!line || line.startsWith('#'))
            continue;
        const negated = line.startsWith('!');
        const pattern = negated ? line.slice(1).trim() : line;
        const reason = pattern ? escapeReason(pattern) : 'is empty after its !';
        if (reason)
            throw new errors/* UsageError */.e(input, `the pattern '${line}' ${reason}.`);
        (negated ? exclude : include).push(pattern);
    }
    return { include, exclude };
}
/**
 * The glob crawler's view of the file system, in which symbolic links to
 * directories outside the workspace do not resolve: they are not crawled.
 * Links to files outside are listed, and reading them is refused by name.
 */
function crawlInside(root) {
    const realpathInside = ((path, callback) => external_node_fs_.realpath(path, (error, resolved) => {
        if (error || (isInside(root, resolved) && !isInNeverDir(root, resolved)))
            return callback(error, resolved);
        external_node_fs_.stat(resolved, (statError, stats) => {
            const outside = new Error(`${path} leads outside the workspace, or into .git/, node_modules/ or vendor/`);
            callback(statError ?? (stats.isDirectory() ? outside : null), resolved);
        });
    }));
    return { realpath: realpathInside };
}
/**
 * Newline-separated globs (blank lines and `#` comments ignored, `!pattern`
 * excludes, whatever its place; a directory stands for every file under it,
 * as with @actions/glob) relative to `workspace`: the files matched,
 * sorted, relative, with '/' separators. `.git/`, `node_modules/` and `vendor/` are
 * never matched; absolute patterns and '..' are refused (UsageError naming `input`).
 */
async function expandGlobs(patterns, workspace, input = 'update-files') {
    const { include, exclude } = parsePatterns(patterns, input);
    if (include.length === 0)
        return [];
    const root = await (0,promises_.realpath)(workspace);
    const files = await (0,dist/* glob */.TI)(include, {
        cwd: root,
        ignore: [...exclude, ...NEVER],
        dot: true,
        onlyFiles: true,
        expandDirectories: true,
        followSymbolicLinks: true,
        fs: crawlInside(root)
    });
    const sorted = files
        .map(file => file.split(external_node_path_.sep).join('/'))
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return onePerRealPath(root, sorted);
}
/**
 * The first name of each file: a link loop (`sub/loop → ..`) or two links
 * to one file must not make it read, counted or rewritten twice. A name
 * whose real path cannot be read is kept, for reading it to say why.
 */
async function onePerRealPath(root, files) {
    const seen = new Set();
    const kept = [];
    for (const file of files) {
        const real = await (0,promises_.realpath)((0,external_node_path_.join)(root, file)).catch(() => file);
        if (seen.has(real))
            continue;
        seen.add(real);
        kept.push(file);
    }
    return kept;
}
/** The real path of a workspace file, refused when the name or a symbolic link leads outside. */
async function resolveInside(workspace, file, mayBeNew = false) {
    const reason = escapeReason(file);
    if (reason)
        throw new WorkspaceFileError(file, `refused: the path ${reason}.`);
    const root = await (0,promises_.realpath)(workspace);
    const path = (0,external_node_path_.resolve)(root, file);
    let real;
    try {
        real = await (0,promises_.realpath)(path);
    }
    catch (error) {
        if (!mayBeNew || error.code !== 'ENOENT') {
            throw new WorkspaceFileError(file, `cannot be read: ${error.message}`, {
                cause: error
            });
        }
        real = (0,external_node_path_.join)(await (0,promises_.realpath)((0,external_node_path_.dirname)(path)), (0,external_node_path_.basename)(path));
    }
    if (!isInside(root, real)) {
        const target = (0,external_node_path_.relative)(root, real);
        throw new WorkspaceFileError(file, `refused: it is a symbolic link (or lies under one) that leads outside the workspace (to ${target}); only files inside the workspace are read or written.`);
    }
    if (isInNeverDir(root, real)) {
        throw new WorkspaceFileError(file, 'refused: it is (or lies under) a symbolic link into .git/, node_modules/ or vendor/, which are never read or written.');
    }
    return real;
}
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/**
 * The file's text (UTF-8, a BOM kept so that it is written back). Throws
 * WorkspaceFileError when it lies outside the workspace, is no regular file,
 * is bigger than MAX_FILE_BYTES, or is not UTF-8 text.
 */
async function readTextFile(workspace, file) {
    const path = await resolveInside(workspace, file);
    // Checked before opening: opening a named pipe would wait for a writer.
    if (!(await (0,promises_.stat)(path)).isFile())
        throw new WorkspaceFileError(file, 'is not a regular file.');
    const handle = await (0,promises_.open)(path, 'r').catch((error) => {
        throw new WorkspaceFileError(file, `cannot be read: ${error.message}`, { cause: error });
    });
    try {
        const stats = await handle.stat();
        const buffer = Buffer.alloc(Math.min(stats.size, MAX_FILE_BYTES) + 1);
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
        if (bytesRead > MAX_FILE_BYTES) {
            throw new WorkspaceFileError(file, `is larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB; not read.`);
        }
        try {
            return UTF8.decode(buffer.subarray(0, bytesRead));
        }
        catch (error) {
            throw new WorkspaceFileError(file, 'is not UTF-8 text; not read.', { cause: error });
        }
    }
    finally {
        await handle.close();
    }
}
/**
 * Writes `text` to the file whole or not at all: a temporary file beside it
 * with the original's mode, then a rename over it. On failure the temporary
 * file is removed and the original is as it was.
 */
async function writeFileAtomic(workspace, file, text) {
    const path = await resolveInside(workspace, file, true);
    const mode = await (0,promises_.stat)(path).then(stats => stats.mode & 0o7777, () => undefined);
    const temporary = (0,external_node_path_.join)((0,external_node_path_.dirname)(path), `.${(0,external_node_path_.basename)(path)}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
    try {
        const handle = await (0,promises_.open)(temporary, 'wx', mode ?? 0o666);
        try {
            if (mode !== undefined)
                await handle.chmod(mode);
            await handle.writeFile(text, 'utf8');
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await (0,promises_.rename)(temporary, path);
    }
    catch (error) {
        await (0,promises_.rm)(temporary, { force: true });
        throw new WorkspaceFileError(file, `could not be written: ${error.message}`, {
            cause: error
        });
    }
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/files/yaml/scalars.ts

/**
 * The scalar's source when it is one line that reads as written: plain, or
 * quoted without escapes. Block scalars, multi-line and escaped ones are not
 * edited (their text differs from what they read as).
 */
function scalarSource(node, text) {
    if (!(0,yaml_dist/* isScalar */.jn)(node) || !node.range)
        return undefined;
    const [start, end] = node.range;
    const type = node.value === null ? 'object' : typeof node.value;
    if (node.type === yaml_dist/* Scalar */.X5.PLAIN) {
        const source = text.slice(start, end);
        return /[\r\n]/.test(source) ? undefined : { text: source, start, plain: true, type };
    }
    if (node.type !== yaml_dist/* Scalar */.X5.QUOTE_DOUBLE && node.type !== yaml_dist/* Scalar */.X5.QUOTE_SINGLE)
        return undefined;
    const inner = text.slice(start + 1, end - 1);
    return inner === node.value ? { text: inner, start: start + 1, plain: false, type } : undefined;
}
/** Template syntax (compose `${TAG}`, Helm `{{ }}`, workflow `${{ }}`): not a literal reference. */
function isTemplate(text) {
    return text.includes('$') || text.includes('{{');
}
/** Plain scalars that read as null, a boolean or a number (YAML 1.2 core, and 1.1's yes/no/on/off). */
const NOT_TEXT = [
    /^(?:~|null|true|false|yes|no|on|off|y|n|[-+]?\.inf|\.nan)$/i,
    /^[-+]?(?:[0-9][0-9_]*(?:\.[0-9_]*)?|\.[0-9_]+)(?:e[-+]?[0-9]+)?$/i,
    /^[-+]?0(?:x[0-9a-f_]+|o[0-7_]+|b[01_]+)$/i
];
/**
 * Numbers that Helm (Go, float64, `%v`) prints back as written: up to six
 * integer digits, no trailing zero after the point. `3.13` may stay plain;
 * `3.10` (printed 3.1) and `20240101` (printed 2.0240101e+07) may not.
 */
const PRINTS_AS_WRITTEN = /^(?:0|[1-9][0-9]{0,5})(?:\.[0-9]{0,13}[1-9])?$/;
/** `value` as a plain scalar's text: double-quoted when plain it would not read back as written. */
function plainScalarText(value) {
    if (value === '')
        return '""';
    const quote = NOT_TEXT.some(re => re.test(value)) && !PRINTS_AS_WRITTEN.test(value);
    return quote ? `"${value}"` : value;
}

;// CONCATENATED MODULE: ./src/files/rewrite.ts
/**
 * Rewriting references in a file's text: only the spans a reference's edit
 * names change, every other character stays (formatting, quotes, comments,
 * line endings, a BOM). Pure.
 */



const DIGEST = /^(?:sha256:[0-9a-f]{64}|sha384:[0-9a-f]{96}|sha512:[0-9a-f]{128})$/;
function fail(change, message) {
    return new RewriteError(change.reference.file, change.reference.line, message);
}
/** The slot still holds what the scan found, or the file changed in between. */
function expectFound(text, change, span, found) {
    const now = text.slice(span.start, span.end);
    if (now !== found) {
        throw fail(change, `the file changed since it was read: '${found}' is now '${now}'; read it again.`);
    }
}
function tagSplice(text, change) {
    const { span, found, before, after, colon, plainYaml } = change.reference.edit.tag;
    expectFound(text, change, span, found);
    const { tag } = change;
    if (tag.length <= before.length + after.length ||
        !tag.startsWith(before) ||
        !tag.endsWith(after)) {
        throw fail(change, `cannot write tag '${tag}' for ${change.reference.written}: the file writes it as '${before}${found}${after}' with only '${found}' in one place.`);
    }
    const value = tag.slice(before.length, tag.length - after.length);
    return {
        ...span,
        text: `${colon ? ':' : ''}${plainYaml ? plainScalarText(value) : value}`,
        change
    };
}
function digestSplice(text, change) {
    const slot = change.reference.edit.digest;
    if (!slot)
        return undefined;
    expectFound(text, change, slot.span, slot.found);
    const value = change.digest ? `${slot.prefix ?? (slot.at ? '@' : '')}${change.digest}` : '';
    // Nothing to insert where nothing is: no splice (it cannot conflict with anything).
    if (!value && slot.span.start === slot.span.end)
        return undefined;
    const written = slot.plainYaml && !slot.prefix ? plainScalarText(value) : value;
    return { ...slot.span, text: written, change };
}
function splicesOf(text, change) {
    if (!(0,src_reference/* isValidTag */.r_)(change.tag))
        throw fail(change, `'${change.tag}' is not a valid tag.`);
    if (change.digest !== undefined && !DIGEST.test(change.digest)) {
        throw fail(change, `'${change.digest}' is not a digest (sha256: and 64 hex characters).`);
    }
    const digest = digestSplice(text, change);
    return digest ? [tagSplice(text, change), digest] : [tagSplice(text, change)];
}
/** In file order, one of each identical splice; two that disagree about one place fail. */
function ordered(splices) {
    const sorted = [...splices].sort((a, b) => a.start - b.start || a.end - b.end);
    const kept = [];
    for (const splice of sorted) {
        const last = kept.at(-1);
        const same = last && last.start === splice.start && last.end === splice.end;
        if (same && last.text === splice.text)
            continue;
        if (last && (splice.start < last.end || same)) {
            throw fail(splice.change, `two updates disagree about one place (offset ${splice.start}): '${last.text}' and '${splice.text}' (${last.change.reference.context}; ${splice.change.reference.context}).`);
        }
        kept.push(splice);
    }
    return kept;
}
/**
 * `text` with each change's tag (and digest, when given) written in place of
 * what the scan found. Throws RewriteError when a span no longer holds what
 * was found or two changes disagree; the text is then not to be written.
 */
function applyChanges(text, changes) {
    let out = '';
    let done = 0;
    for (const splice of ordered(changes.flatMap(change => splicesOf(text, change)))) {
        out += text.slice(done, splice.start) + splice.text;
        done = splice.end;
    }
    return out + text.slice(done);
}

;// CONCATENATED MODULE: ./src/update/changes.ts


/** Whether a row's reference is rewritten: it moved, and the digest to write is known. */
function movesReference(result, pinDigest) {
    if (!result.update || result.error)
        return false;
    return !wantsDigest(result, pinDigest) || result.digest !== '';
}
/** A reference keeps a digest when it had one; `pin-digest` gives every rewritten one a digest. */
const wantsDigest = (result, pinDigest) => pinDigest || Boolean(result.reference.image.digest);
function referenceChanges(checks, pinDigest) {
    const byFile = new Map();
    for (const result of checks.flatMap(c => c.results)) {
        if (!movesReference(result, pinDigest))
            continue;
        const change = {
            reference: result.reference,
            tag: result.tag,
            ...(wantsDigest(result, pinDigest) && { digest: result.digest })
        };
        const file = result.reference.file;
        // Appended in place: copying the list per change is quadratic in a file's references.
        const changes = byFile.get(file);
        if (changes)
            changes.push(change);
        else
            byFile.set(file, [change]);
    }
    return byFile;
}
function rewriteTexts(texts, changes) {
    const rewrites = { texts: new Map(), problems: [] };
    for (const [file, fileChanges] of changes) {
        const before = texts.get(file);
        if (before === undefined)
            continue;
        try {
            const after = applyChanges(before, fileChanges);
            if (after !== before)
                rewrites.texts.set(file, after);
        }
        catch (error) {
            if (!(error instanceof RewriteError))
                throw error;
            rewrites.problems.push({ file, line: error.line, message: error.message });
        }
    }
    return rewrites;
}

// EXTERNAL MODULE: ./src/lookup.ts + 7 modules
var lookup = __webpack_require__(6787);
// EXTERNAL MODULE: ./src/registry/manifests.ts + 1 modules
var manifests = __webpack_require__(7705);
// EXTERNAL MODULE: ./src/versions/explain.ts + 1 modules
var explain = __webpack_require__(3309);
// EXTERNAL MODULE: ./src/versions/select.ts + 4 modules
var versions_select = __webpack_require__(9259);
;// CONCATENATED MODULE: ./src/update/check.ts




/**
 * Never throws: an image that fails (private, not found, rate limited) is
 * reported in its rows, and the other images go on.
 */
async function checkImage(engine, group, policy, listed, release) {
    const log = [];
    const quiet = {
        log: bufferedLogger(log),
        pager: engine.pager,
        credentialFor: image => engine.credentialFor(image),
        api: (host, credential) => engine.api(host, credential),
        ...(engine.releaseDates && {
            releaseDates: (image, api) => engine.releaseDates(image, api)
        })
    };
    try {
        const listing = listed ?? (await (0,lookup/* listImageTags */.ld)(quiet, group.image));
        const answers = new Map();
        for (const ref of group.references) {
            const current = ref.image.tag ?? '';
            if (answers.has(current))
                continue;
            const selection = current ? (0,versions_select/* selectTags */.O)(listing.list.tags, policy, current) : undefined;
            const released = selection && (await (0,lookup/* releaseRules */.nX)(quiet, group.image, listing.api, selection, release));
            answers.set(current, answerFor(released, current));
        }
        const digests = await resolveDigests(listing, group, [...answers.values()].map(a => a.tag));
        const results = group.references.map(ref => resultFor(ref, answers.get(ref.image.tag ?? ''), digests));
        return { group, results, log };
    }
    catch (error) {
        const failure = error instanceof Error ? error : new Error(String(error));
        log.push({ level: 'warning', message: failure.message });
        return failedCheck(group, failure, log);
    }
}
/** Every reference of the image failed with `failure`; the log says why. */
function failedCheck(group, failure, log = []) {
    if (!log.length)
        log.push({ level: 'warning', message: failure.message });
    return {
        group,
        results: group.references.map(ref => failedResult(ref, failure)),
        error: failure,
        log
    };
}
function bufferedLogger(lines) {
    return {
        debug: message => lines.push({ level: 'debug', message }),
        info: message => lines.push({ level: 'info', message }),
        warning: message => lines.push({ level: 'warning', message })
    };
}
function answerFor(release, current) {
    if (!release) {
        return {
            current,
            tag: '',
            newer: [],
            result: { note: 'pinned by digest alone: no tag to follow' }
        };
    }
    const { selection, held } = release;
    const heldRows = held.length ? { held } : {};
    const known = selection.current;
    if (!known?.version) {
        const reason = known && 'reason' in known ? known.reason : 'not a version';
        return {
            current,
            tag: current,
            newer: [],
            result: { note: `'${current}' is not a version (${reason})` }
        };
    }
    const top = known.newer[0];
    const stopped = (0,explain/* lineStoppedNote */.q4)(selection);
    if (!top || !known.update) {
        const note = !selection.passing.length
            ? 'no tag of this shape passes the filters'
            : (held[0] && `newer tags held: ${held[0].tag}: ${held[0].reason}`) || stopped;
        return {
            current,
            tag: current,
            newer: [],
            result: { currentVersion: known.version, ...(note && { note }), ...heldRows }
        };
    }
    return {
        current,
        tag: top.tag,
        newer: known.newer.map(v => v.tag),
        result: {
            update: known.update,
            currentVersion: known.version,
            chosenVersion: top,
            ...(stopped && { note: stopped }),
            ...heldRows,
            ...(release.released?.date && {
                released: { date: release.released.date, source: release.released.source }
            })
        }
    };
}
/** The digest of every tag some reference moves to or stays on; a tag that fails has none. */
async function resolveDigests(listing, group, tags) {
    const wanted = [...new Set(tags.filter(Boolean))];
    const digests = await Promise.all(wanted.map(tag => (0,manifests/* tagDigest */.$g)(listing.api, group.image.repository, tag).catch((error) => error instanceof Error ? error : new Error(String(error)))));
    return new Map(wanted.map((tag, i) => [tag, digests[i]]));
}
function resultFor(reference, answer, digests) {
    const found = digests.get(answer.tag);
    const digest = typeof found === 'string' ? found : '';
    const pinned = reference.image.digest;
    const digestMoved = !answer.result.update && pinned && digest && pinned !== digest;
    const base = {
        reference,
        current: answer.current,
        tag: answer.tag,
        digest,
        newer: answer.newer,
        ...answer.result
    };
    if (found instanceof Error && answer.result.update)
        return { ...base, error: found.message };
    if (digestMoved)
        return { ...base, update: 'digest', note: undefined };
    return base;
}
function failedResult(reference, error) {
    const current = reference.image.tag ?? '';
    return { reference, current, tag: current, digest: '', newer: [], error: error.message };
}

;// CONCATENATED MODULE: ./src/update/run.ts
/**
 * An update run over a repository's files: every image they reference
 * checked concurrently through one engine (one transport, one token per
 * registry and scope, a bounded number of requests in flight per registry),
 * then the moved references spliced into the files.
 */




/**
 * Registries one run contacts at most: the files name them, and a file
 * naming 2,000 would otherwise make 2,000 connections, token requests and
 * credential-helper runs. The images of the others fail, saying why.
 */
const MAX_REGISTRIES = 32;
/** The first MAX_REGISTRIES registries (endpoints) the groups name, in their order. */
function contacted(scan) {
    const endpoints = new Set();
    for (const { image } of scan.groups) {
        if (endpoints.size < MAX_REGISTRIES)
            endpoints.add(image.endpoint);
    }
    return endpoints;
}
function tooManyRegistries(count) {
    return new Error(`not checked: the files name ${count} registries, and one run contacts at most ${MAX_REGISTRIES}. Narrow 'update-files', or run once per part.`);
}
/** Every image of the scan, checked concurrently; one failing does not stop the others. */
async function checkReferences(engine, scan, options) {
    const count = scan.groups.length;
    engine.log.info(`Checking ${count} image${count === 1 ? '' : 's'} referenced in ${scan.files.length} file${scan.files.length === 1 ? '' : 's'}`);
    const allowed = contacted(scan);
    const registries = new Set(scan.groups.map(g => g.image.endpoint)).size;
    const checks = scan.groups.map(group => {
        const checking = allowed.has(group.image.endpoint)
            ? checkImage(engine, group, options.policy, options.listed?.get(group.key), options.release)
            : Promise.resolve(failedCheck(group, tooManyRegistries(registries)));
        return checking.then(check => {
            options.onCheck?.(check);
            return check;
        });
    });
    return engine.deadline.race(Promise.all(checks), `checking ${count} images`);
}
/**
 * The files' new texts; with `write`, each written whole (temporary file,
 * then rename) in the workspace.
 */
async function updateFiles(scan, checks, options) {
    const changes = referenceChanges(checks, options.pinDigest);
    const { texts, problems } = rewriteTexts(scan.texts, changes);
    if (options.write) {
        for (const [file, text] of texts)
            await writeFileAtomic(scan.workspace, file, text);
    }
    return { scan, checks, rewritten: texts, problems };
}
/**
 * Every image that could not be checked (or whose new digest could not be
 * read), with why, for the one failure said at the end; undefined when all were.
 */
function describeFailures(checks) {
    const failed = checks.filter(c => c.error || c.results.some(r => r.error));
    if (!failed.length)
        return undefined;
    const lines = failed.map(c => `- ${(0,src_reference/* displayName */.QC)(c.group.image)}: ${c.error?.message ?? c.results.find(r => r.error)?.error ?? ''}`);
    const count = `${failed.length} of ${checks.length} image${checks.length === 1 ? '' : 's'}`;
    return `${count} could not be checked:\n${lines.join('\n')}`;
}

;// CONCATENATED MODULE: ./src/files/located.ts
class LocatedBuilder {
    chars = [];
    at = [];
    via = [];
    /** Characters pushed so far. */
    get length() {
        return this.chars.length;
    }
    push(char, offset, via) {
        this.chars.push(char);
        this.at.push(offset);
        this.via.push(via);
    }
    /** Characters of `source` from `start` to `end`, each at its own offset. */
    pushRange(source, start = 0, end = source.text.length, via) {
        for (let i = start; i < end; i++) {
            this.push(source.text[i], source.at[i], via ?? source.via[i]);
        }
    }
    build() {
        return { text: this.chars.join(''), at: this.at, via: this.via };
    }
}
/** `text` lying contiguously in the file from `start`. */
function locatedAt(text, start) {
    return { text, at: Array.from(text, (_, i) => start + i), via: Array(text.length) };
}
/** True when characters i and i+1 are neighbours in the file, brought by the same use. */
function joined(loc, i) {
    return loc.at[i + 1] === loc.at[i] + 1 && loc.via[i + 1] === loc.via[i];
}
/** The largest run around `index` within [from, to) whose characters are neighbours in the file. */
function runAround(loc, index, from, to) {
    let start = index;
    while (start > from && joined(loc, start - 1))
        start--;
    let end = index + 1;
    while (end < to && joined(loc, end - 1))
        end++;
    return [start, end];
}
function fileSpan(loc, start, end) {
    return { start: loc.at[start], end: loc.at[end - 1] + 1 };
}
/**
 * Where to insert after character `index`: inside the variable's value when
 * the whole reference came from it (`FROM ${BASE}`), else after the use of
 * the variable (`FROM python:${PY}` gets `${PY}@sha256:…`), else right after.
 */
function insertionAfter(loc, index) {
    const via = loc.via[index];
    const offset = via && via !== loc.via[0] ? via.end : loc.at[index] + 1;
    return { start: offset, end: offset };
}
function tagSlot(loc, tagStart, tagEnd, nameEnd) {
    if (tagStart === tagEnd) {
        return { span: insertionAfter(loc, nameEnd - 1), found: '', before: '', after: '', colon: true };
    }
    const tag = loc.text.slice(tagStart, tagEnd);
    // The version is what changes: edit the run that holds the tag's first digit.
    const digit = tag.search(/\d/);
    const [start, end] = runAround(loc, tagStart + Math.max(digit, 0), tagStart, tagEnd);
    return {
        span: fileSpan(loc, start, end),
        found: loc.text.slice(start, end),
        before: loc.text.slice(tagStart, start),
        after: loc.text.slice(end, tagEnd),
        colon: false
    };
}
function digestSlot(loc, digestAt) {
    const length = loc.text.length;
    if (digestAt === length)
        return { span: insertionAfter(loc, length - 1), found: '', at: true };
    const [start, end] = runAround(loc, digestAt, digestAt, length);
    if (start !== digestAt || end !== length)
        return undefined;
    return { span: fileSpan(loc, start, end), found: loc.text.slice(start, end), at: true };
}
/**
 * The edit of a reference written as `loc` (parsed as `image`), or undefined
 * when its digest is not written in one piece, so that it cannot be replaced.
 */
function locateEdit(loc, image) {
    const { text } = loc;
    const digestAt = image.digest ? text.length - image.digest.length - 1 : text.length;
    const tagStart = image.tag ? digestAt - image.tag.length : digestAt;
    const nameEnd = image.tag ? tagStart - 1 : digestAt;
    if (nameEnd <= 0 || (image.digest && text[digestAt] !== '@'))
        return undefined;
    if (image.tag && text[nameEnd] !== ':')
        return undefined;
    const digest = digestSlot(loc, digestAt);
    if (!digest)
        return undefined;
    return { tag: tagSlot(loc, tagStart, digestAt, nameEnd), digest };
}
/**
 * The offset to show for a reference: where it starts when its tag is written
 * with it, else where its tag is written (an ARG value on another line).
 */
function displayOffset(loc, edit) {
    const tagStart = edit.tag.span.start;
    const start = loc.at[0];
    const index = loc.at.indexOf(tagStart);
    if (index < 0)
        return edit.tag.colon ? start : tagStart;
    for (let i = 0; i < index; i++)
        if (!joined(loc, i))
            return tagStart;
    return start;
}

;// CONCATENATED MODULE: ./src/files/parse-image.ts
/** Reading a string found in a file as an image reference worth updating. */


/**
 * The reference `written` names, when it is one and has a tag or digest
 * (without either there is nothing to update); undefined otherwise.
 */
function parseImage(written) {
    if (!written || written !== written.trim() || /\s/.test(written))
        return undefined;
    try {
        const image = (0,src_reference/* parseReference */.F2)(written, 'update-files');
        return image.tag || image.digest ? image : undefined;
    }
    catch (error) {
        if (error instanceof errors/* UsageError */.e)
            return undefined;
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/files/text.ts
/** Line and column of offsets in a file's text ('\n' ends a line; a '\r' before it is part of the ending). */
/** Offsets where each line starts. */
function lineStarts(text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        starts.push(i + 1);
    return starts;
}
function positionAt(starts, offset) {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (starts[mid] <= offset)
            low = mid;
        else
            high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low] + 1 };
}

;// CONCATENATED MODULE: ./src/files/limits.ts
/**
 * What one file may make a reader do (issue 17): past these bounds the file
 * is that file's problem, read in bounded time and memory, and the other
 * files are still handled. Sizes no real Dockerfile or YAML file comes near.
 */
/** Image references one file may hold: a Dockerfile of 140,000 FROMs is not a Dockerfile. */
const MAX_REFERENCES_PER_FILE = 1000;
/** Instructions (Dockerfile) one file may hold. */
const MAX_INSTRUCTIONS = 10_000;
/** Characters of one logical instruction, its continuation lines together. */
const MAX_INSTRUCTION_CHARS = 64 * 1024;
/** A file went past one of the bounds; the message says which, ending in "not read." */
class ReadLimitError extends Error {
}
function tooManyReferences() {
    return new ReadLimitError(`holds more than ${MAX_REFERENCES_PER_FILE} image references; not read.`);
}
/**
 * YAML lines and items one file may hold (src/files/yaml/bounds.ts): each
 * costs the yaml package about 20 µs and 2 KiB, so 100,000 read in about
 * 2 s and 200 MiB; the largest real bundles (argo-cd's install.yaml, about
 * 24,000 lines) come nowhere near.
 */
const MAX_YAML_ITEMS = 100_000;
/**
 * Levels of nesting in a YAML file: the yaml package recurses once per level
 * and runs out of stack near 900; no real file comes near 100.
 */
const MAX_YAML_NESTING = 100;
/** Tokens of an HCL file: about 80 bytes each; a 100,000-line Terraform file holds some 400,000. */
const MAX_HCL_TOKENS = 1_000_000;
/** `"${"${"…` in HCL: strings within templates within strings, each level a recursion. */
const MAX_TEMPLATE_NESTING = 64;
/** Brackets open at once in devcontainer.json (jsonc-parser recurses once per level). */
const MAX_JSON_NESTING = 100;
/** Values and separators in devcontainer.json: a real one holds a few dozen. */
const MAX_JSON_ITEMS = 100_000;
/** The words for a file nested past `max` levels, the same for every format. */
function nestsTooDeep(max) {
    return `nests more than ${max} levels deep; not read.`;
}

;// CONCATENATED MODULE: ./src/files/dockerfile/expand.ts


class Unresolved extends Error {
}
/** An expanded word (an ARG's value, a FROM's image) longer than this is no image reference. */
const MAX_EXPANDED_CHARS = 4096;
/** `${A:-${B:-…}}` deeper than this is not a Dockerfile anyone writes. */
const MAX_NESTING = 32;
/** The characters a file's substitutions may produce in all: 2,000 FROMs of a 4 KiB ARG are too many. */
const MAX_SUBSTITUTED_CHARS = 1024 * 1024;
/** A file asked expansion to produce more than it may. */
class ExpansionLimitError extends ReadLimitError {
}
/** What a file's substitutions have produced so far: one per file, shared by its words. */
class ExpansionBudget {
    substituted = 0;
    spend(chars) {
        this.substituted += chars;
        if (this.substituted > MAX_SUBSTITUTED_CHARS) {
            throw new ExpansionLimitError(`its variables expand to more than ${MAX_SUBSTITUTED_CHARS / 1024 / 1024} MiB in all (an expansion bomb?); not read.`);
        }
    }
}
/** Throws when a word would grow past MAX_EXPANDED_CHARS. */
function checkLength(length) {
    if (length > MAX_EXPANDED_CHARS) {
        throw new ExpansionLimitError(`an ARG value or image word is (or expands to) more than ${MAX_EXPANDED_CHARS} characters (an expansion bomb?); not read.`);
    }
}
const NAME = /^(?:[A-Za-z_][A-Za-z0-9_]*|[0-9])/;
const BRACED = /^\$\{([A-Za-z_][A-Za-z0-9_]*)(:?[-+])?/;
/** `${NAME:-word}` and `${NAME-word}` take the word when NAME is unset (or empty, with ':'); `+` when set. */
function takesWord(operator, value) {
    const set = value !== undefined && value !== null;
    const present = operator.startsWith(':') ? set && value.text !== '' : set;
    return operator.endsWith('-') ? !present : present;
}
class Expander {
    src;
    vars;
    escape;
    budget;
    i = 0;
    depth = 0;
    constructor(src, vars, escape, budget) {
        this.src = src;
        this.vars = vars;
        this.escape = escape;
        this.budget = budget;
        checkLength(src.text.length);
    }
    /** Reads up to an unquoted `stop` (which must come) or the end. */
    until(out, stop) {
        const { text } = this.src;
        while (this.i < text.length) {
            const char = text[this.i];
            if (char === stop)
                return;
            if (char === "'")
                this.single(out);
            else if (char === '"')
                this.double(out);
            else if (char === this.escape)
                this.escaped(out);
            else if (char === '$')
                this.dollar(out);
            else
                this.take(out);
        }
        if (stop)
            throw new Unresolved();
    }
    take(out) {
        out.push(this.src.text[this.i], this.src.at[this.i], this.src.via[this.i]);
        this.i++;
    }
    single(out) {
        const close = this.src.text.indexOf("'", this.i + 1);
        if (close < 0)
            throw new Unresolved();
        out.pushRange(this.src, this.i + 1, close);
        this.i = close + 1;
    }
    double(out) {
        const { text } = this.src;
        for (this.i++; this.i < text.length;) {
            const char = text[this.i];
            if (char === '"') {
                this.i++;
                return;
            }
            const next = text[this.i + 1];
            if (char === this.escape && (next === '"' || next === '$' || next === this.escape))
                this.i++;
            if (char === '$')
                this.dollar(out);
            else
                this.take(out);
        }
        throw new Unresolved();
    }
    escaped(out) {
        this.i++;
        if (this.i < this.src.text.length)
            this.take(out);
    }
    dollar(out) {
        const rest = this.src.text.slice(this.i);
        if (rest.startsWith('${'))
            return this.braced(out, rest);
        const name = NAME.exec(rest.slice(1))?.[0];
        if (!name)
            return this.take(out);
        this.i += name.length;
        const use = { name, end: this.src.at[this.i] + 1 };
        this.i++;
        this.substitute(out, name, use);
    }
    braced(out, rest) {
        const match = BRACED.exec(rest);
        if (!match)
            throw new Unresolved();
        const [whole, name = '', operator] = match;
        this.i += whole.length;
        const word = new LocatedBuilder();
        if (operator)
            this.nested(word);
        if (this.src.text[this.i] !== '}')
            throw new Unresolved();
        const use = { name, end: this.src.at[this.i] + 1 };
        this.i++;
        if (!operator)
            return this.substitute(out, name, use);
        const value = this.vars.get(name);
        if (takesWord(operator, value))
            this.put(out, word.build(), use);
        else if (operator.endsWith('-'))
            this.put(out, value, use);
    }
    /** The word of `${NAME:-word}`, itself expanded: nesting is bounded, not left to the stack. */
    nested(word) {
        if (++this.depth > MAX_NESTING) {
            throw new ExpansionLimitError(`\${…} nests deeper than ${MAX_NESTING}; not read.`);
        }
        this.until(word, '}');
        this.depth--;
    }
    substitute(out, name, use) {
        const value = this.vars.get(name);
        if (value === undefined || value === null)
            throw new Unresolved();
        this.put(out, value, use);
    }
    /** A value into the word, within the word's length and the file's budget. */
    put(out, value, use) {
        checkLength(out.length + value.text.length);
        this.budget.spend(value.text.length);
        out.pushRange(value, 0, undefined, use);
    }
}
/**
 * The word expanded, or undefined when it depends on a value the file does
 * not give. Throws ExpansionLimitError past the bounds; pass the file's
 * `budget` so that all its words share one.
 */
function expandWord(word, vars, escape, budget = new ExpansionBudget()) {
    const out = new LocatedBuilder();
    try {
        new Expander(word, vars, escape, budget).until(out);
    }
    catch (error) {
        if (error instanceof Unresolved)
            return undefined;
        throw error;
    }
    return out.build();
}

;// CONCATENATED MODULE: ./src/files/dockerfile/words.ts

/** The words of `source`, each character at its offset; quotes and escapes stay in. */
function splitWords(source, escape) {
    const words = [];
    let word = new LocatedBuilder();
    let length = 0;
    let quote = '';
    const { text } = source;
    for (let i = 0; i < text.length; i++) {
        const char = text[i];
        if (!quote && /\s/.test(char)) {
            if (length)
                words.push(word.build());
            word = new LocatedBuilder();
            length = 0;
            continue;
        }
        if (char === escape && quote !== "'" && i + 1 < text.length) {
            word.pushRange(source, i, i + 2);
            length += 2;
            i++;
            continue;
        }
        if (quote ? char === quote : char === '"' || char === "'")
            quote = quote ? '' : char;
        word.pushRange(source, i, i + 1);
        length++;
    }
    if (length)
        words.push(word.build());
    return words;
}
/** A word without its quotes and escapes (for names: heredoc terminators, stage names). */
function unquote(word, escape = '\\') {
    let out = '';
    let quote = '';
    for (let i = 0; i < word.length; i++) {
        const char = word[i];
        if (char === escape && quote !== "'" && i + 1 < word.length)
            out += word[++i];
        else if (quote ? char === quote : char === '"' || char === "'")
            quote = quote ? '' : char;
        else
            out += char;
    }
    return out;
}
const HEREDOC = /^(\d*)<<(-?)([^<]*)$/;
/** The heredocs an instruction opens (`<<EOF`, `<<-"EOT"`, `3<<'END'`), in order. */
function heredocs(line) {
    const found = [];
    for (const word of splitWords(locatedAt(line, 0), '\\')) {
        const match = HEREDOC.exec(word.text);
        if (!match?.[3])
            continue;
        const name = unquote(match[3]);
        if (name && !/\s/.test(name))
            found.push({ name, chomp: match[2] === '-' });
    }
    return found;
}

;// CONCATENATED MODULE: ./src/files/dockerfile/extra.ts


const DIRECTIVE = /^(#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*)(\S+)\s*$/;
/** The `# syntax=` frontend, read from the directives at the top of the file. */
function syntaxFrontend(text) {
    let start = text.startsWith('\uFEFF') ? 1 : 0;
    while (start < text.length) {
        const newline = text.indexOf('\n', start);
        const end = newline < 0 ? text.length : newline;
        const line = text.slice(start, end).replace(/\r$/, '');
        const lead = line.length - line.trimStart().length;
        const match = DIRECTIVE.exec(line.trimStart());
        const name = match?.[2]?.toLowerCase() ?? '';
        if (!match || !['syntax', 'escape', 'check'].includes(name))
            return undefined;
        if (name === 'syntax') {
            return locatedAt(match[3], start + lead + match[1].length);
        }
        start = end + 1;
    }
    return undefined;
}
/**
 * `RUN --mount=type=bind,from=debian:12 …`: the `from` of each mount when it
 * is a literal word (no variables, no quotes). Stage names are told apart
 * by the caller, as for COPY --from.
 */
function mountSources(args, escape) {
    const sources = [];
    for (const word of splitWords(args, escape)) {
        if (!word.text.startsWith('--'))
            break;
        if (!word.text.startsWith('--mount=') || /[$"'\\`]/.test(word.text))
            continue;
        let offset = '--mount='.length;
        for (const field of word.text.slice(offset).split(',')) {
            if (field.startsWith('from=') && field.length > 5) {
                const from = offset + 5;
                const end = offset + field.length;
                sources.push({
                    text: word.text.slice(from, end),
                    at: word.at.slice(from, end),
                    via: word.via.slice(from, end)
                });
            }
            offset += field.length + 1;
        }
    }
    return sources;
}

;// CONCATENATED MODULE: ./src/files/dockerfile/lines.ts
/**
 * A Dockerfile cut into instructions the way BuildKit's parser does
 * (frontend/dockerfile/parser): parser directives at the top (`# escape=`),
 * comment and empty lines, line continuations (comment and empty lines
 * inside them skipped), and heredocs after RUN, COPY and ADD, whose bodies
 * are not instructions.
 */



function splitLines(text) {
    const lines = [];
    let start = text.startsWith('\uFEFF') ? 1 : 0;
    while (start < text.length) {
        const newline = text.indexOf('\n', start);
        const next = newline < 0 ? text.length : newline + 1;
        let end = newline < 0 ? text.length : newline;
        while (end > start && (text[end - 1] === '\r' || text[end - 1] === '\n'))
            end--;
        lines.push({ start, end });
        start = next;
    }
    return lines;
}
const lines_DIRECTIVE = /^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/;
const KNOWN_DIRECTIVES = new Set(['syntax', 'escape', 'check']);
/** The escape character from the directives at the top, or why they are wrong. */
function readDirectives(text, lines) {
    const seen = new Set();
    let escape = '\\';
    for (const [index, line] of lines.entries()) {
        const match = lines_DIRECTIVE.exec(text.slice(line.start, line.end).trimStart());
        const name = match?.[1]?.toLowerCase();
        if (!match || !name || !KNOWN_DIRECTIVES.has(name))
            break;
        const wrong = (message) => ({ escape, problem: { line: index + 1, message } });
        if (seen.has(name))
            return wrong(`only one ${name} parser directive can be used`);
        seen.add(name);
        if (name !== 'escape')
            continue;
        if (match[2] !== '\\' && match[2] !== '`') {
            return wrong(`invalid escape character '${match[2]}' (use \\ or \`)`);
        }
        escape = match[2];
    }
    return { escape };
}
const isComment = (content) => content.trimStart().startsWith('#');
/** The content without a trailing continuation character, and whether there was one. */
function continuation(content, escape) {
    const trimmed = content.replace(/[ \t]+$/, '');
    const continues = trimmed.endsWith(escape) && !trimmed.endsWith(escape + escape);
    return continues ? [trimmed.slice(0, -1), true] : [content, false];
}
class Reader {
    text;
    lines;
    next = 0;
    constructor(text, lines) {
        this.text = text;
        this.lines = lines;
    }
    content(index) {
        const line = this.lines[index];
        return this.text.slice(line.start, line.end);
    }
    /**
     * One logical line from line `this.next`, which starts an instruction.
     * Without `located`, only its text: where each character lies is kept for
     * the instructions that can name an image, not for every RUN of a file.
     */
    logicalLine(escape, located = true) {
        const builder = located ? new LocatedBuilder() : new TextBuilder();
        const first = this.content(this.next);
        const lead = first.length - first.trimStart().length;
        let [part, more] = continuation(first.slice(lead), escape);
        pushText(builder, part, this.lines[this.next].start + lead);
        for (this.next++; more && this.next < this.lines.length; this.next++) {
            const content = this.content(this.next);
            if (isComment(content) || content.trim() === '')
                continue;
            [part, more] = continuation(content, escape);
            pushText(builder, part, this.lines[this.next].start);
        }
        return builder.build();
    }
    /** Skips a heredoc's body and its terminator; false when the file ends first. */
    skipHeredoc(name, chomp) {
        for (; this.next < this.lines.length; this.next++) {
            const content = this.content(this.next);
            if ((chomp ? content.replace(/^\t+/, '') : content) === name) {
                this.next++;
                return true;
            }
        }
        return false;
    }
}
/** The text of an instruction no image is read from: no offsets (`at`, `via` empty). */
class TextBuilder {
    parts = [];
    length = 0;
    pushText(text) {
        this.parts.push(text);
        this.length += text.length;
    }
    build() {
        return { text: this.parts.join(''), at: [], via: [] };
    }
}
/** Appends `text`; an instruction longer than MAX_INSTRUCTION_CHARS is checked before it is built. */
function pushText(builder, text, start) {
    if (builder.length + text.length > MAX_INSTRUCTION_CHARS) {
        throw new ReadLimitError(`an instruction is longer than ${MAX_INSTRUCTION_CHARS / 1024} KiB; not read.`);
    }
    if (builder instanceof TextBuilder)
        return builder.pushText(text);
    for (let i = 0; i < text.length; i++)
        builder.push(text[i], start + i);
}
/** The instructions an image reference is read from (find.ts): they keep their offsets. */
const LOCATED_KEYWORDS = new Set(['FROM', 'ARG', 'COPY']);
/**
 * A RUN keeps its offsets only when it starts with flags (`--mount=…,from=image`,
 * extra.ts), or continues before its first word: a RUN of plain shell does not.
 */
function keepsOffsets(keyword, content, escape) {
    if (LOCATED_KEYWORDS.has(keyword))
        return true;
    if (keyword !== 'RUN')
        return false;
    const rest = content.trimStart().slice(keyword.length).trim();
    return rest === '' || rest === escape || rest.startsWith('--');
}
const HEREDOC_KEYWORDS = new Set(['RUN', 'COPY', 'ADD']);
function splitKeyword(logical, line) {
    const keyword = /^\S*/.exec(logical.text)?.[0] ?? '';
    const rest = keyword.length + (/^\s*/.exec(logical.text.slice(keyword.length))?.[0].length ?? 0);
    const args = {
        text: logical.text.slice(rest),
        at: logical.at.slice(rest),
        via: logical.via.slice(rest)
    };
    return { keyword: keyword.toUpperCase(), line, args };
}
/** Whether an instruction may carry heredocs (ONBUILD RUN <<EOF too). */
function takesHeredocs(instruction) {
    if (HEREDOC_KEYWORDS.has(instruction.keyword))
        return true;
    const inner = /^(\S+)/.exec(instruction.args.text)?.[1]?.toUpperCase();
    return instruction.keyword === 'ONBUILD' && inner !== undefined && HEREDOC_KEYWORDS.has(inner);
}
function readInstructions(text) {
    const lines = splitLines(text);
    const { escape, problem } = readDirectives(text, lines);
    if (problem)
        return { escape, instructions: [], problem };
    const reader = new Reader(text, lines);
    const instructions = [];
    while (reader.next < lines.length) {
        const content = reader.content(reader.next);
        if (isComment(content) || content.trim() === '') {
            reader.next++;
            continue;
        }
        const line = reader.next + 1;
        let logical;
        try {
            if (instructions.length >= MAX_INSTRUCTIONS) {
                throw new ReadLimitError(`holds more than ${MAX_INSTRUCTIONS} instructions; not read.`);
            }
            const keyword = /^\S*/.exec(content.trimStart())?.[0].toUpperCase() ?? '';
            logical = reader.logicalLine(escape, keepsOffsets(keyword, content, escape));
        }
        catch (error) {
            if (!(error instanceof ReadLimitError))
                throw error;
            return { escape, instructions: [], problem: { line, message: error.message } };
        }
        const instruction = splitKeyword(logical, line);
        instructions.push(instruction);
        if (!takesHeredocs(instruction) || !instruction.args.text.includes('<<'))
            continue;
        for (const doc of heredocs(instruction.args.text)) {
            if (!reader.skipHeredoc(doc.name, doc.chomp)) {
                const message = `unterminated heredoc <<${doc.name} (no line '${doc.name}' after it)`;
                return { escape, instructions, problem: { line, message } };
            }
        }
    }
    return { escape, instructions };
}

;// CONCATENATED MODULE: ./src/files/dockerfile/find.ts








/** `ARG A=1 B C="x"`: each name with its expanded default (null without one). */
function declareArgs(instruction, vars, escape, budget) {
    for (const word of splitWords(instruction.args, escape)) {
        const equals = word.text.indexOf('=');
        const name = equals < 0 ? word.text : word.text.slice(0, equals);
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
            continue;
        if (equals < 0) {
            if (!vars.has(name))
                vars.set(name, null);
            continue;
        }
        const raw = {
            text: word.text.slice(equals + 1),
            at: word.at.slice(equals + 1),
            via: word.via.slice(equals + 1)
        };
        vars.set(name, expandWord(raw, vars, escape, budget) ?? null);
    }
}
/** The image word of a FROM (after its flags) and the stage name after AS. */
function fromWords(args, escape) {
    const words = splitWords(args, escape);
    let index = 0;
    while (words[index]?.text.startsWith('--'))
        index++;
    const image = words[index];
    const as = words[index + 1]?.text.toLowerCase();
    const name = as === 'as' ? words[index + 2]?.text : undefined;
    return { image, name: name === undefined ? undefined : unquote(name, escape).toLowerCase() };
}
/** `COPY --from=python:3.12 …`: the value when it is a literal word (no variables, no quotes). */
function copyFrom(args, escape) {
    for (const word of splitWords(args, escape)) {
        if (!word.text.startsWith('--'))
            return undefined;
        const match = /^--from=([^$"'\\`]+)$/.exec(word.text);
        if (match)
            return { text: match[1], at: word.at.slice(7), via: word.via.slice(7) };
    }
    return undefined;
}
function readInstruction(state, instruction, escape) {
    if (state.uses.length > MAX_REFERENCES_PER_FILE)
        throw tooManyReferences();
    if (instruction.keyword === 'ARG' && state.stages === 0)
        declareArgs(instruction, state.vars, escape, state.budget);
    if (instruction.keyword === 'FROM') {
        const { image, name } = fromWords(instruction.args, escape);
        const located = image && expandWord(image, state.vars, escape, state.budget);
        state.stage = name ?? String(state.stages);
        if (located)
            state.uses.push({ located, what: 'FROM', stage: state.stage });
        if (name)
            state.stageNames.add(name);
        state.stages++;
    }
    if (instruction.keyword === 'COPY' && state.stages > 0) {
        const located = copyFrom(instruction.args, escape);
        if (located)
            state.uses.push({ located, what: 'COPY --from', stage: state.stage });
    }
    if (instruction.keyword === 'RUN' && state.stages > 0) {
        for (const located of mountSources(instruction.args, escape)) {
            state.uses.push({ located, what: 'RUN --mount from', stage: state.stage });
        }
    }
}
/** The images the instructions use, or the line where reading went past its bounds (src/files/limits.ts). */
function readUses(instructions, escape) {
    const state = {
        vars: new Map(),
        uses: [],
        stageNames: new Set(),
        budget: new ExpansionBudget(),
        stages: 0,
        stage: ''
    };
    for (const instruction of instructions) {
        try {
            readInstruction(state, instruction, escape);
        }
        catch (error) {
            if (!(error instanceof ReadLimitError))
                throw error;
            const problem = { line: instruction.line, message: error.message };
            return { uses: [], stageNames: state.stageNames, problem };
        }
    }
    return { uses: state.uses, stageNames: state.stageNames };
}
/** Not an image: `scratch`, a stage's name, a stage's index (`COPY --from=0`). */
function isImage(use, stageNames) {
    const base = use.located.text.toLowerCase();
    return base !== 'scratch' && !stageNames.has(base) && !/^\d+$/.test(base);
}
/** The ARG whose value holds the tag, when it is not written in the instruction itself. */
function tagVariable(group) {
    const { located } = group.use;
    const index = located.at.indexOf(group.edit.tag.span.start);
    return group.edit.tag.colon || index < 0 ? undefined : located.via[index]?.name;
}
function toReference(file, starts, group) {
    const { use, image, edit, stages } = group;
    const { line, column } = positionAt(starts, displayOffset(use.located, edit));
    const variable = tagVariable(group);
    const stage = `${stages.length > 1 ? 'stages' : 'stage'} ${stages.join(', ')}`;
    const context = use.what.startsWith('#')
        ? use.what
        : `${use.what} (${stage})${variable ? ` via ARG ${variable}` : ''}`;
    return { file, line, column, written: use.located.text, image, context, edit };
}
function findDockerfileReferences(file, text) {
    const { escape, instructions, problem } = readInstructions(text);
    if (problem)
        return { file, references: [], problem: { file, ...problem } };
    const { uses, stageNames, problem: expansion } = readUses(instructions, escape);
    if (expansion)
        return { file, references: [], problem: { file, ...expansion } };
    const frontend = syntaxFrontend(text);
    if (frontend)
        uses.unshift({ located: frontend, what: '# syntax=', stage: 'frontend' });
    // One reference per place to edit: an ARG used by several FROMs is one.
    const groups = new Map();
    for (const use of uses) {
        const image = isImage(use, stageNames) ? parseImage(use.located.text) : undefined;
        const edit = image && locateEdit(use.located, image);
        if (!image || !edit)
            continue;
        const key = JSON.stringify([use.what, use.located.text, edit]);
        const group = groups.get(key);
        if (group)
            group.stages.push(use.stage);
        else
            groups.set(key, { use, image, edit, stages: [use.stage] });
    }
    const starts = lineStarts(text);
    const references = [...groups.values()].map(group => toReference(file, starts, group));
    return { file, references: references.sort((a, b) => a.line - b.line || a.column - b.column) };
}

;// CONCATENATED MODULE: ./src/files/hcl/lexer.ts
/**
 * Tokens of HCL (Terraform, docker buildx bake), as much as finding literal
 * strings in blocks and objects needs: identifiers, strings (with where
 * they lie and whether they are literal: no escapes, no `${…}` or `%{…}`
 * templates), punctuation and newlines. Comments (`#`, `//`, `/* *\/`) are
 * dropped; heredocs are one opaque token.
 */

/** A bound of src/files/limits.ts passed at `offset` of the text. */
class HclLimitError extends ReadLimitError {
    offset;
    constructor(message, offset) {
        super(message);
        this.offset = offset;
    }
}
/** The end of a template `${…}` or `%{…}` opened at `start` (quotes inside it skipped). */
function templateEnd(text, start, nesting) {
    // Strings in templates in strings…: a recursion as deep as the file makes it.
    if (nesting > MAX_TEMPLATE_NESTING) {
        const message = `nests templates more than ${MAX_TEMPLATE_NESTING} deep; not read.`;
        throw new HclLimitError(message, start);
    }
    let depth = 0;
    for (let i = start + 1; i < text.length; i++) {
        const char = text[i];
        if (char === '\n')
            return i;
        if (char === '"')
            i = stringEnd(text, i, nesting) - 1;
        else if (char === '{')
            depth++;
        else if (char === '}' && --depth === 0)
            return i + 1;
    }
    return text.length;
}
/** The offset after the closing quote of the string opened at `start` (or its line's end). */
function stringEnd(text, start, nesting = 0) {
    for (let i = start + 1; i < text.length; i++) {
        const char = text[i];
        if (char === '\n')
            return i;
        if (char === '\\')
            i++;
        else if (char === '"')
            return i + 1;
        else if ((char === '$' || char === '%') && text[i + 1] === '{')
            i = templateEnd(text, i + 1, nesting + 1) - 1;
    }
    return text.length;
}
/** The offset after a heredoc (`<<EOF` … `EOF`) whose marker starts at `start`, or undefined. */
function heredocEnd(text, start) {
    const marker = /^<<-?([A-Za-z_][A-Za-z0-9_-]*)\r?\n/.exec(text.slice(start, start + 80));
    if (!marker)
        return undefined;
    let at = start + marker[0].length;
    while (at < text.length) {
        const newline = text.indexOf('\n', at);
        const end = newline < 0 ? text.length : newline;
        if (text.slice(at, end).trim() === marker[1])
            return end;
        at = end + 1;
    }
    return text.length;
}
function skipComment(text, i) {
    if (text[i] === '#' || (text[i] === '/' && text[i + 1] === '/')) {
        const newline = text.indexOf('\n', i);
        return newline < 0 ? text.length : newline;
    }
    if (text[i] === '/' && text[i + 1] === '*') {
        const close = text.indexOf('*/', i + 2);
        return close < 0 ? text.length : close + 2;
    }
    return i;
}
function tokenize(text) {
    const tokens = [];
    let i = text.startsWith('\uFEFF') ? 1 : 0;
    while (i < text.length) {
        // Each token costs about 80 bytes: a 5 MiB file of `1,` took 440 MiB.
        if (tokens.length > MAX_HCL_TOKENS) {
            const message = `holds more than ${MAX_HCL_TOKENS.toLocaleString('en-US')} HCL tokens; not read.`;
            throw new HclLimitError(message, i);
        }
        const char = text[i];
        const afterComment = skipComment(text, i);
        if (afterComment !== i) {
            i = afterComment;
        }
        else if (char === '\n') {
            tokens.push({ kind: 'newline', text: '\n', start: i++ });
        }
        else if (/\s/.test(char)) {
            i++;
        }
        else if (char === '"') {
            const end = stringEnd(text, i);
            const closed = text[end - 1] === '"' && end - 1 > i;
            const inner = text.slice(i + 1, closed ? end - 1 : end);
            const literal = closed && !/[\\]|[$%]\{/.test(inner);
            tokens.push({ kind: 'string', text: inner, start: i + 1, literal });
            i = end;
        }
        else if (/[A-Za-z_]/.test(char)) {
            const word = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(text.slice(i, i + 256))?.[0] ?? char;
            tokens.push({ kind: 'ident', text: word, start: i });
            i += word.length;
        }
        else if (char === '<' && text[i + 1] === '<' && heredocEnd(text, i) !== undefined) {
            tokens.push({ kind: 'other', text: '<<', start: i });
            i = heredocEnd(text, i);
        }
        else if ('=!<>'.includes(char) &&
            (text[i + 1] === '=' || (char === '=' && text[i + 1] === '>'))) {
            tokens.push({ kind: 'other', text: text.slice(i, i + 2), start: i });
            i += 2;
        }
        else {
            tokens.push({ kind: '{}[](),=:'.includes(char) ? 'punct' : 'other', text: char, start: i++ });
        }
    }
    return tokens;
}

;// CONCATENATED MODULE: ./src/files/hcl/parse.ts

const OPENERS = { '{': '}', '[': ']', '(': ')' };
const CLOSERS = new Set(['}', ']', ')']);
/** Deeper than any real file nests; a hostile one stops being read there. */
const MAX_DEPTH = 64;
class Parser {
    tokens;
    found = [];
    constructor(tokens) {
        this.tokens = tokens;
    }
    is(i, kind, text) {
        const token = this.tokens[i];
        return token !== undefined && token.kind === kind && (text === undefined || token.text === text);
    }
    /** The index of the token that ends an expression starting at `i` (not consumed). */
    skipExpression(i) {
        let depth = 0;
        for (; i < this.tokens.length; i++) {
            const token = this.tokens[i];
            if (token.kind === 'punct' && OPENERS[token.text])
                depth++;
            else if (token.kind === 'punct' && CLOSERS.has(token.text)) {
                if (depth === 0)
                    return i;
                depth--;
            }
            else if (depth === 0 && (token.kind === 'newline' || token.text === ','))
                return i;
        }
        return i;
    }
    /** After the `{` at `i - 1`: the index after its matching `}`. */
    skipBraces(i) {
        const end = this.skipExpression(i);
        return this.is(end, 'punct', '}') ? end + 1 : end;
    }
    value(i, blocks, keys) {
        const token = this.tokens[i];
        const next = this.tokens[i + 1];
        const ends = !next || next.kind === 'newline' || [',', '}', ']'].includes(next.text);
        if (token?.kind === 'string' && ends) {
            if (token.literal)
                this.found.push({ blocks, keys, value: token });
            return i + 1;
        }
        if (this.is(i, 'punct', '{') && blocks.length + keys.length < MAX_DEPTH) {
            return this.object(i + 1, blocks, keys);
        }
        return this.skipExpression(i);
    }
    object(i, blocks, keys) {
        for (;;) {
            while (this.is(i, 'newline') || this.is(i, 'punct', ','))
                i++;
            if (i >= this.tokens.length)
                return i;
            if (this.is(i, 'punct', '}'))
                return i + 1;
            const key = this.tokens[i];
            const named = key.kind === 'ident' || (key.kind === 'string' && key.literal);
            if (!named || !(this.is(i + 1, 'punct', '=') || this.is(i + 1, 'punct', ':'))) {
                return this.skipBraces(i);
            }
            i = this.value(i + 2, blocks, [...keys, key.text]);
        }
    }
    /** A body's attributes and blocks from `i` to its `}` (or the end); the index after it. */
    body(i, blocks) {
        while (i < this.tokens.length) {
            const token = this.tokens[i];
            if (token.kind === 'newline')
                i++;
            else if (token.kind === 'punct' && token.text === '}')
                return i + 1;
            else if (token.kind === 'ident' && this.is(i + 1, 'punct', '=')) {
                i = this.value(i + 2, blocks, [token.text]);
            }
            else if (token.kind === 'ident') {
                i = this.block(i, blocks);
            }
            else
                i = Math.max(this.skipExpression(i), i + 1);
        }
        return i;
    }
    block(i, blocks) {
        const type = this.tokens[i].text;
        const labels = [];
        let at = i + 1;
        while (this.is(at, 'string') || this.is(at, 'ident'))
            labels.push(this.tokens[at++].text);
        if (!this.is(at, 'punct', '{'))
            return Math.max(this.skipExpression(at), i + 1);
        if (blocks.length >= MAX_DEPTH)
            return this.skipBraces(at + 1);
        return this.body(at + 1, [...blocks, { type, labels }]);
    }
}
function literalStrings(text) {
    const parser = new Parser(tokenize(text));
    parser.body(0, []);
    return parser.found;
}

;// CONCATENATED MODULE: ./src/files/hcl/find.ts
/**
 * Image references in HCL files: Terraform and docker buildx bake.
 * - Terraform: `image` of a `docker_container`, `name` of a `docker_image`,
 *   `image` in a `container`, `init_container`, `containers` or
 *   `container_spec` block at any depth (kubernetes_*, docker_service, Cloud
 *   Run, Azure container groups).
 * - Bake: a target's `contexts` value `docker-image://ref`, and its `args`
 *   whose name says image (`BUILDER_IMAGE = "gradle:8.5"`).
 * Only literal strings: `${var.tag}` depends on a value the file does not
 * give here; variable defaults, bake `tags` (what it pushes) and comments
 * are not references.
 */






const CONTAINER_BLOCKS = new Set(['container', 'init_container', 'containers', 'container_spec']);
const DOCKER_IMAGE = 'docker-image://';
/** What the string is, when it is an image: its context, and how much of it to skip. */
function imageContext({ blocks, keys }, value) {
    const [top] = blocks;
    const innermost = blocks.at(-1);
    const key = keys.join('.');
    if (top?.type === 'resource' && blocks.length === 1) {
        const [kind, name] = top.labels;
        const where = `${kind}.${name}`;
        if (kind === 'docker_container' && key === 'image')
            return [`${where} image`, 0];
        if (kind === 'docker_image' && key === 'name')
            return [`${where} name`, 0];
    }
    if (top?.type === 'resource' &&
        innermost &&
        CONTAINER_BLOCKS.has(innermost.type) &&
        key === 'image') {
        return [`${top.labels.join('.')} ${innermost.type} image`, 0];
    }
    if (top?.type === 'target' && blocks.length === 1 && keys.length === 2) {
        const where = `target ${top.labels[0] ?? ''}`;
        if (keys[0] === 'contexts' && value.startsWith(DOCKER_IMAGE)) {
            return [`${where} contexts.${keys[1]}`, DOCKER_IMAGE.length];
        }
        if (keys[0] === 'args' && /image/i.test(keys[1]))
            return [`${where} args.${keys[1]}`, 0];
    }
    return undefined;
}
function findHclReferences(file, text) {
    const starts = lineStarts(text);
    const references = [];
    let literals;
    try {
        literals = literalStrings(text);
    }
    catch (error) {
        if (!(error instanceof HclLimitError))
            throw error;
        const { line } = positionAt(starts, error.offset);
        return { file, references: [], problem: { file, line, message: error.message } };
    }
    for (const literal of literals) {
        const { text: value, start } = literal.value;
        const context = imageContext(literal, value);
        if (!context)
            continue;
        const written = value.slice(context[1]);
        const image = parseImage(written);
        const located = locatedAt(written, start + context[1]);
        const edit = image && locateEdit(located, image);
        if (!image || !edit)
            continue;
        const { line, column } = positionAt(starts, displayOffset(located, edit));
        references.push({ file, line, column, written, image, context: context[0], edit });
    }
    return { file, references };
}

// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(9547);
;// CONCATENATED MODULE: ./src/files/jsonc/bounds.ts
/**
 * What devcontainer.json may cost before jsonc-parser reads it (issue 17):
 * the parser recurses once per open bracket (5,000 `[` overflowed the
 * stack) and builds a node per value (a 5 MiB array: 300 MiB). One linear
 * pass counts brackets and commas outside strings and comments. A string
 * ends at any line break, as the parser's does, or earlier: counting too
 * much only refuses a weird file, counting too little would miss one.
 */

const isLineBreak = (char) => char === '\n' || char === '\r' || char === '\u2028' || char === '\u2029';
/** The offset after the string, line comment or block comment starting at `i`, else `i`. */
function skipQuoted(text, i) {
    if (text[i] === '"') {
        let at = i + 1;
        while (at < text.length && text[at] !== '"' && !isLineBreak(text[at])) {
            at += text[at] === '\\' && !isLineBreak(text[at + 1]) ? 2 : 1;
        }
        return at + 1;
    }
    if (text[i] !== '/')
        return i;
    if (text[i + 1] === '/') {
        while (i < text.length && !isLineBreak(text[i]))
            i++;
        return i;
    }
    if (text[i + 1] !== '*')
        return i;
    const close = text.indexOf('*/', i + 2);
    return close < 0 ? text.length : close + 2;
}
/** Why `text` is not to be parsed, or undefined when it may be. */
function jsonBoundsProblem(text) {
    let depth = 0;
    let items = 0;
    for (let i = 0; i < text.length;) {
        const next = skipQuoted(text, i);
        if (next !== i) {
            i = next;
            continue;
        }
        const char = text[i];
        if (char === '[' || char === '{')
            depth++;
        else if ((char === ']' || char === '}') && depth > 0)
            depth--;
        if (char === '[' || char === '{' || char === ',')
            items++;
        if (depth > MAX_JSON_NESTING) {
            return { offset: i, message: nestsTooDeep(MAX_JSON_NESTING) };
        }
        if (items > MAX_JSON_ITEMS) {
            const message = `holds more than ${MAX_JSON_ITEMS.toLocaleString('en-US')} values; not read.`;
            return { offset: i, message };
        }
        i++;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/files/jsonc/devcontainer.ts






/** The string's text as written between its quotes, when it reads as written (no escapes). */
function stringAt(node, text) {
    if (node?.type !== 'string' || typeof node.value !== 'string')
        return undefined;
    const inner = text.slice(node.offset + 1, node.offset + node.length - 1);
    return inner === node.value ? { text: inner, start: node.offset + 1 } : undefined;
}
function findDevcontainerReferences(file, text) {
    const refused = jsonBoundsProblem(text);
    if (refused) {
        const { line } = positionAt(lineStarts(text), refused.offset);
        return { file, references: [], problem: { file, line, message: refused.message } };
    }
    const errors = [];
    const root = (0,main.parseTree)(text, errors, { allowTrailingComma: true, disallowComments: false });
    const starts = lineStarts(text);
    const [error] = errors;
    if (error || !root) {
        const { line } = positionAt(starts, error?.offset ?? 0);
        const why = error ? (0,main.printParseErrorCode)(error.error) : 'empty';
        return {
            file,
            references: [],
            problem: { file, line, message: `not valid JSON with comments: ${why}` }
        };
    }
    const value = root.type === 'object' ? stringAt((0,main.findNodeAtLocation)(root, ['image']), text) : undefined;
    if (!value || value.text.includes('$'))
        return { file, references: [] };
    const image = parseImage(value.text);
    const located = locatedAt(value.text, value.start);
    const edit = image && locateEdit(located, image);
    if (!image || !edit)
        return { file, references: [] };
    const { line, column } = positionAt(starts, displayOffset(located, edit));
    const reference = {
        file,
        line,
        column,
        written: value.text,
        image,
        context: 'image',
        edit
    };
    return { file, references: [reference] };
}

;// CONCATENATED MODULE: ./src/files/quadlet.ts
/**
 * Podman Quadlet units: `Image=` of the `[Container]` section of a
 * `.container` file and of the `[Image]` section of a `.image` file (systemd
 * unit syntax: `#` and `;` comments, `[Section]` headers, `Key=Value` with
 * blanks around `=` allowed). Not references: a value naming another
 * Quadlet unit (`orders.build`, `base.image`), systemd specifiers (`%i`),
 * quotes, continued lines, and every other key (`.build` files' `ImageTag=`
 * is what a build produces).
 */




const SECTION_OF = { container: 'Container', image: 'Image' };
function isQuadletFile(file) {
    return /\.(container|image)$/.test(file);
}
function referenceAt(file, value, start, starts) {
    if (/[%"'\\$\s]/.test(value) || /\.(build|image|container|volume|pod)$/.test(value))
        return undefined;
    const image = parseImage(value);
    const located = locatedAt(value, start);
    const edit = image && locateEdit(located, image);
    if (!image || !edit)
        return undefined;
    const { line, column } = positionAt(starts, displayOffset(located, edit));
    return {
        file,
        line,
        column,
        written: value,
        image,
        context: 'Image=',
        edit
    };
}
function findQuadletReferences(file, text) {
    const wanted = SECTION_OF[file.split('.').at(-1) ?? ''];
    const starts = lineStarts(text);
    const references = [];
    let section = '';
    let continued = false;
    for (const start of starts) {
        const lineStart = start === 0 && text.startsWith('\uFEFF') ? 1 : start;
        const end = text.indexOf('\n', lineStart);
        const raw = text.slice(lineStart, end < 0 ? text.length : end).replace(/\r$/, '');
        const wasContinued = continued;
        continued = raw.endsWith('\\');
        const line = raw.trim();
        if (wasContinued || !line || line.startsWith('#') || line.startsWith(';'))
            continue;
        const header = /^\[([^\]]+)\]$/.exec(line);
        if (header) {
            section = header[1];
            continue;
        }
        const match = /^(\s*Image\s*=\s*)(.*?)\s*$/.exec(raw);
        if (section !== wanted || !match || continued)
            continue;
        const reference = referenceAt(file, match[2], lineStart + match[1].length, starts);
        if (reference)
            references.push(reference);
    }
    return { file, references };
}

;// CONCATENATED MODULE: ./src/files/yaml/bounds.ts
/**
 * What a YAML file may cost before the yaml package reads it (issue 17),
 * checked in two passes, each linear and neither building a tree:
 *
 * - Size: parsing costs time and memory per node (a 5 MiB file of `- a`
 *   lines took 17 s and 1.1 GiB). Lines with content, flow separators
 *   (`[`, `{`, `,`) and block indicators (`- `, `? `) are counted in the
 *   raw text, quotes and block scalars included: an overestimate, never an
 *   underestimate of the nodes, which is the point.
 * - Nesting: the package composes nodes by recursion, one level of nesting
 *   at a time. Near the stack's end a stack overflow is caught, but when V8
 *   compiles one of the package's regular expressions there (a first use or
 *   a tier-up), the compiler fails for want of stack and V8 kills the
 *   process ("FATAL ERROR: RegExpCompiler Allocation failed"): 50,000 `- `
 *   on one line did it. So depth is measured before, on the package's own
 *   Lexer (iterative, and exact about quotes, comments and block scalars),
 *   with an overestimate: two levels per open indentation (a map and a
 *   sequence may share one), each `-`/`?` on the line, each open bracket.
 */


const isBlank = (code) => code === undefined || code === 32 || code === 9 || code === 10 || code === 13;
const tooMany = (line) => ({
    line,
    message: `holds more than ${MAX_YAML_ITEMS.toLocaleString('en-US')} YAML lines and items; not read.`
});
/**
 * Lines with content and items in `text`, counted up to where they pass
 * MAX_YAML_ITEMS; else a bound on the nesting that quotes cannot lower
 * (every bracket counted as open, two levels per column of indentation),
 * which spares most files the Lexer's pass (0.6 s for 95,000 keys).
 */
function countText(text) {
    let [items, line, brackets, nesting] = [0, 1, 0, 0];
    let [indent, onLine, content] = [0, 0, false];
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code === 10) {
            nesting = Math.max(nesting, 2 * (indent + 1) + onLine);
            [line, indent, onLine, content] = [line + 1, 0, 0, false];
            continue;
        }
        if (isBlank(code)) {
            if (!content)
                indent++;
            continue;
        }
        if (!content && code !== 35 /* # */)
            items++;
        content = true;
        // `[ { ,` each open or separate an item; `- ` and `? ` each open one (`- - - a` is three).
        if (code === 91 || code === 123)
            brackets++;
        if (code === 91 || code === 123 || code === 44)
            items++;
        else if ((code === 45 || code === 63) && isBlank(text.charCodeAt(i + 1))) {
            items++;
            onLine++;
        }
        if (items > MAX_YAML_ITEMS)
            return tooMany(line);
    }
    return Math.max(nesting, 2 * (indent + 1) + onLine) + brackets;
}
/** The nesting the Lexer's tokens show, state carried from token to token. */
class Nesting {
    line = 1;
    indents = []; // the open indentations, innermost last
    indent = 0; // this line's, once its first token is known
    lineStart = true;
    onLine = 0; // `-` and `?` on this line
    flow = 0; // brackets open
    /** The nesting after `token`, an overestimate. */
    depth(token) {
        if (token === '\n' || token === '\r\n' || token === '') {
            this.line++;
            this.lineStart = true;
            this.indent = 0;
            this.onLine = 0;
        }
        else if (this.lineStart && (token[0] === ' ' || token[0] === '\t')) {
            this.indent = token.length;
        }
        else
            this.content(token);
        return 2 * this.indents.length + this.onLine + this.flow;
    }
    content(token) {
        if (this.lineStart && token[0] !== '#' && this.flow === 0) {
            while ((this.indents.at(-1) ?? -1) >= this.indent)
                this.indents.pop();
            this.indents.push(this.indent);
        }
        this.lineStart = false;
        if (token === '---')
            this.indents = [];
        else if (token === '-' || token === '?')
            this.onLine++;
        else if (token === '[' || token === '{')
            this.flow++;
        else if ((token === ']' || token === '}') && this.flow > 0)
            this.flow--;
        // Multi-line scalars and comments are single tokens: their lines count too.
        if (token.length > 1)
            this.line += token.split('\n').length - 1;
        // A block scalar's token ends with its last line's newline: the next token starts a line.
        if (token.length > 1 && token.endsWith('\n')) {
            this.lineStart = true;
            this.indent = 0;
            this.onLine = 0;
        }
    }
}
function nestingProblem(text) {
    const nesting = new Nesting();
    for (const token of new yaml_dist/* Lexer */.JG().lex(text)) {
        if (nesting.depth(token) > MAX_YAML_NESTING) {
            return { line: nesting.line, message: nestsTooDeep(MAX_YAML_NESTING) };
        }
    }
    return undefined;
}
/** Why `text` is not to be parsed as YAML, or undefined when it may be. */
function yamlBoundsProblem(text) {
    const counted = countText(text);
    if (typeof counted !== 'number')
        return counted;
    return counted > MAX_YAML_NESTING ? nestingProblem(text) : undefined;
}

;// CONCATENATED MODULE: ./src/files/yaml/keys.ts

/** The key that repeats an earlier one of its map, as the error the package would give. */
function duplicateIn(items) {
    const seen = new Set();
    for (const pair of items) {
        if (!(0,yaml_dist/* isPair */.tO)(pair))
            continue;
        const key = (0,yaml_dist/* isScalar */.jn)(pair.key) ? pair.key.value : pair.key;
        if (seen.has(key)) {
            const start = pair.key?.range?.[0] ?? 0;
            return { message: 'Map keys must be unique', pos: [start, start + 1] };
        }
        seen.add(key);
    }
    return undefined;
}
/** The first duplicate key in `doc` (maps walked without recursion), as a list of 0 or 1 errors. */
function firstDuplicateKey(doc) {
    const stack = [doc.contents];
    let first;
    while (stack.length) {
        const node = stack.pop();
        if ((0,yaml_dist/* isMap */.jh)(node)) {
            const error = duplicateIn(node.items);
            if (error && (!first || error.pos[0] < first.pos[0]))
                first = error;
            for (const pair of node.items)
                stack.push(pair.key, pair.value);
        }
        else if ((0,yaml_dist/* isSeq */.oP)(node)) {
            for (const item of node.items)
                stack.push(item);
        }
    }
    return first ? [first] : [];
}

;// CONCATENATED MODULE: ./src/files/yaml/kustomize.ts



/** A field's text as written (a tag may read as a number: `newTag: 1.25`). */
function textField(entries, key, text) {
    const source = scalarSource(entries.find(entry => entry.key === key)?.value ?? null, text);
    if (!source || source.type === 'boolean' || source.type === 'object')
        return undefined;
    return isTemplate(source.text) ? undefined : source;
}
const spanOf = (source) => ({
    start: source.start,
    end: source.start + source.text.length
});
/**
 * Where a new `digest:` line goes: at the end of `newTag:`'s line (after a
 * comment on it), indented as `newTag:` is, with the file's line ending.
 */
function digestInsertion(item, tag, text) {
    if (item.flow)
        return undefined;
    const pair = item.items.find(p => (0,yaml_dist/* isScalar */.jn)(p.key) && p.key.value === 'newTag');
    const keyStart = (0,yaml_dist/* isScalar */.jn)(pair?.key) ? pair.key.range?.[0] : undefined;
    if (keyStart === undefined)
        return undefined;
    const lineStart = text.lastIndexOf('\n', keyStart - 1) + 1;
    const indent = text.slice(lineStart, keyStart);
    if (!/^[ ]*$/.test(indent))
        return undefined;
    const newline = text.indexOf('\n', tag.start);
    const crlf = newline > 0 && text[newline - 1] === '\r';
    const at = newline < 0 ? text.length : crlf ? newline - 1 : newline;
    const prefix = `${crlf ? '\r\n' : '\n'}${indent}digest: `;
    return { span: { start: at, end: at }, found: '', at: false, prefix };
}
function itemCandidate(item, entries, text) {
    const name = textField(entries, 'newName', text) ?? textField(entries, 'name', text);
    const tag = textField(entries, 'newTag', text);
    if (!name?.text || !tag?.text || name.type !== 'string')
        return undefined;
    const digest = textField(entries, 'digest', text);
    const written = `${name.text}:${tag.text}${digest?.text ? `@${digest.text}` : ''}`;
    const image = parseImage(written);
    if (!image || image.tag !== tag.text || /[:@]/.test(name.text.split('/').at(-1) ?? '')) {
        return undefined;
    }
    const edit = {
        tag: {
            span: spanOf(tag),
            found: tag.text,
            before: '',
            after: '',
            colon: false,
            plainYaml: tag.plain
        }
    };
    const digestSlot = digest
        ? { span: spanOf(digest), found: digest.text, at: false, plainYaml: digest.plain }
        : digestInsertion(item, tag, text);
    return {
        node: item,
        written,
        image,
        edit: digestSlot ? { ...edit, digest: digestSlot } : edit,
        offset: tag.start
    };
}
function kustomizeCandidates(seq, context, priority, text, entriesOf) {
    const found = [];
    seq.items.forEach((item, index) => {
        if (!(0,yaml_dist/* isMap */.jh)(item))
            return;
        const entries = entriesOf(item);
        if (!entries.some(entry => entry.key === 'newTag'))
            return;
        const candidate = itemCandidate(item, entries, text);
        if (candidate)
            found.push({ ...candidate, context: `kustomize ${context}[${index}]`, priority });
    });
    return found;
}

;// CONCATENATED MODULE: ./src/files/yaml/interpolate.ts

/** `${NAME:-default}` or `${NAME-default}`; the default holds no `$`, braces or whitespace. */
const WITH_DEFAULT = /^\$\{([A-Za-z_][A-Za-z0-9_]*)(:?-)([^${}\s]*)\}/;
/**
 * `text` (found at `start` in the file) with its defaults filled in, or
 * undefined when some part of it has no value in the file. Text without a
 * `$` is itself.
 */
function interpolated(text, start) {
    if (!text.includes('$'))
        return locatedAt(text, start);
    const builder = new LocatedBuilder();
    for (let i = 0; i < text.length;) {
        if (text[i] !== '$') {
            builder.push(text[i], start + i);
            i++;
            continue;
        }
        const match = WITH_DEFAULT.exec(text.slice(i));
        if (!match)
            return undefined;
        const [whole, name, operator, value] = match;
        const valueStart = i + 2 + name.length + operator.length;
        const via = { name, end: start + i + whole.length };
        for (let k = 0; k < value.length; k++) {
            builder.push(value[k], start + valueStart + k, via);
        }
        i += whole.length;
    }
    return builder.build();
}

;// CONCATENATED MODULE: ./src/files/yaml/reference-scalar.ts




const DOCKER_SCHEME = 'docker://';
function slice(located, from) {
    return {
        text: located.text.slice(from),
        at: located.at.slice(from),
        via: located.via.slice(from)
    };
}
/** The reference in `located`, when it is one with a tag or digest whose edit can be placed. */
function referenceIn(located) {
    const image = parseImage(located.text);
    const edit = image && locateEdit(located, image);
    if (!image || !edit)
        return undefined;
    return { written: located.text, image, edit, offset: displayOffset(located, edit) };
}
/**
 * The reference a string scalar holds, read from its start, or after
 * `docker://` when `scheme` (and then only when it has one), or after the
 * first `=` when `afterEquals` (Argo CD's `old=new:tag`). Interpolation
 * defaults count (interpolate.ts); `{{ }}` templates never do.
 */
function scalarReference(node, text, { scheme = false, afterEquals = false } = {}) {
    const source = scalarSource(node, text);
    if (!source || source.type !== 'string' || source.text.includes('{{'))
        return undefined;
    if (scheme !== source.text.startsWith(DOCKER_SCHEME))
        return undefined;
    const located = interpolated(source.text, source.start);
    if (!located)
        return undefined;
    const equals = afterEquals ? located.text.indexOf('=') + 1 : 0;
    const reference = referenceIn(slice(located, scheme ? DOCKER_SCHEME.length : equals));
    // A default without a version (`${TAG:-latest}`) names no release to follow.
    const versioned = /\d/.test(reference?.image.tag ?? '');
    return located.via.some(Boolean) && !versioned ? undefined : reference;
}

;// CONCATENATED MODULE: ./src/files/yaml/helm-parameters.ts




function parametersOf(seq, text, entriesOf) {
    const parameters = [];
    seq.items.forEach((item, index) => {
        if (!(0,yaml_dist/* isMap */.jh)(item))
            return;
        const entries = entriesOf(item);
        const name = textField(entries, 'name', text);
        const node = entries.find(entry => entry.key === 'value')?.value;
        const value = textField(entries, 'value', text);
        if (name && node && value)
            parameters.push({ name: name.text, node, value, index });
    });
    return parameters;
}
function pairCandidate(prefix, byName, context, priority) {
    const field = (key) => byName.get(`${prefix}${key}`)?.value.text;
    const tag = byName.get(`${prefix}tag`);
    const repository = field('repository');
    if (!tag?.value.text || !repository)
        return undefined;
    const registry = field('registry');
    const written = `${registry ? `${registry}/` : ''}${repository}:${tag.value.text}`;
    const image = parseImage(written);
    if (!image || image.tag !== tag.value.text)
        return undefined;
    const { start, text: found, plain } = tag.value;
    return {
        node: tag.node,
        context: `helm parameters ${context}[${tag.index}] ${prefix}tag`,
        priority,
        written,
        image,
        edit: {
            tag: {
                span: { start, end: start + found.length },
                found,
                before: '',
                after: '',
                colon: false,
                plainYaml: plain
            }
        },
        offset: start
    };
}
function helmParameterCandidates(seq, context, priority, text, entriesOf) {
    const parameters = parametersOf(seq, text, entriesOf);
    const byName = new Map(parameters.map(p => [p.name, p]));
    const found = [];
    for (const parameter of parameters) {
        const { name, node, index } = parameter;
        if (name === 'image' || name.endsWith('.image')) {
            const reference = scalarReference(node, text);
            const where = `helm parameters ${context}[${index}] ${name}`;
            if (reference)
                found.push({ node, context: where, priority, ...reference });
        }
        if (name === 'tag' || name.endsWith('.tag')) {
            const candidate = pairCandidate(name.slice(0, -3), byName, context, priority);
            if (candidate)
                found.push(candidate);
        }
    }
    return found;
}

;// CONCATENATED MODULE: ./src/files/yaml/candidate.ts
/** A key path as written in messages: `services.web.image`, `spec.containers[0].image`. */
function pathText(path) {
    return path.reduce((out, part) => (part.startsWith('[') || !out ? out + part : `${out}.${part}`), '');
}

;// CONCATENATED MODULE: ./src/files/yaml/formats.ts





const formats_valueOf = (entries, key) => entries.find(entry => entry.key === key)?.value ?? null;
/** The keys a GitLab CI or Bitbucket `image:`/service map may hold beside `name`. */
const IMAGE_MAP_KEYS = new Set([
    'name',
    'entrypoint',
    'command',
    'alias',
    'variables',
    'pull_policy',
    'docker',
    'kubernetes',
    'username',
    'password',
    'run-as-user',
    'aws',
    'email'
]);
/** The keys of a Cloud Build step. */
const CLOUD_BUILD_STEP_KEYS = new Set([
    'name',
    'args',
    'env',
    'dir',
    'id',
    'waitFor',
    'entrypoint',
    'secretEnv',
    'volumes',
    'timeout',
    'script',
    'allowFailure',
    'allowExitCodes',
    'automapSubstitutions'
]);
/**
 * A map item's `name` when the map is of the kind that names its image in
 * `name` (only keys of `allowed`: a Buildkite step named `test:unit` is not one).
 */
function nameAsImage(item, entriesOf, text, allowed = IMAGE_MAP_KEYS) {
    if (!(0,yaml_dist/* isMap */.jh)(item))
        return [];
    const entries = entriesOf(item);
    const name = formats_valueOf(entries, 'name');
    if (!name || entries.some(entry => !allowed.has(entry.key)))
        return [];
    const reference = scalarReference(name, text);
    return reference ? [name, reference] : [];
}
/** Where GitLab CI allows `services:`: the top level, `default:`, a job. */
function isGitLabServices(path, entries) {
    if (path.length === 0 || (path.length === 1 && path[0] === 'default'))
        return true;
    const job = ['script', 'stage', 'extends', 'image', 'before_script', 'rules'];
    return path.length === 1 && entries.some(entry => job.includes(entry.key));
}
function sequenceCandidates(seq, context, priority, read) {
    const found = [];
    seq.items.forEach((item, index) => {
        const [node, reference] = read(item, index);
        if (node && reference)
            found.push({ node, context: `${context}[${index}]`, priority, ...reference });
    });
    return found;
}
function itemRead(entriesOf, text, options = {}) {
    return (item) => {
        if ((0,yaml_dist/* isMap */.jh)(item))
            return nameAsImage(item, entriesOf, text);
        const reference = scalarReference(item, text, options);
        return reference ? [item, reference] : [];
    };
}
function formatCandidates(path, entries, priority, text, entriesOf) {
    const found = [];
    for (const { key, value } of entries) {
        const context = pathText([...path, key]);
        if (key === 'image' && (0,yaml_dist/* isMap */.jh)(value)) {
            const [node, reference] = nameAsImage(value, entriesOf, text);
            if (node && reference)
                found.push({ node, context: `${context}.name`, priority, ...reference });
        }
        if (!(0,yaml_dist/* isSeq */.oP)(value))
            continue;
        if (key === 'services' && isGitLabServices(path, entries)) {
            found.push(...sequenceCandidates(value, context, priority, itemRead(entriesOf, text)));
        }
        if (key === 'steps' && path.length === 0) {
            const read = (item) => nameAsImage(item, entriesOf, text, CLOUD_BUILD_STEP_KEYS);
            found.push(...sequenceCandidates(value, `${context}`, priority, read));
        }
        if (key === 'images' && path.at(-1) === 'kustomize') {
            const read = itemRead(entriesOf, text, { afterEquals: true });
            found.push(...sequenceCandidates(value, context, priority, item => ((0,yaml_dist/* isMap */.jh)(item) ? [] : read(item))));
        }
        if (key === 'images')
            found.push(...kustomizeCandidates(value, context, priority, text, entriesOf));
        if (key === 'parameters' || key === 'set') {
            found.push(...helmParameterCandidates(value, context, priority, text, entriesOf));
        }
    }
    return found;
}

;// CONCATENATED MODULE: ./src/files/yaml/rules.ts






/** A string a Helm map's key holds (tag may read as a number: `tag: 3.10` is written `3.10`). */
function helmField(entries, key, text) {
    const source = scalarSource(entries.find(entry => entry.key === key)?.value ?? null, text);
    if (!source || source.type === 'boolean' || source.type === 'object')
        return undefined;
    return isTemplate(source.text) ? undefined : source;
}
/** `image: {registry?, repository, tag, digest?}`: edits `tag:` and `digest:` in place. */
function fromHelmMap(map, entries, text) {
    const repository = helmField(entries, 'repository', text);
    const tag = helmField(entries, 'tag', text);
    if (!repository?.text || !tag?.text || tag.text.includes('@'))
        return undefined;
    const registry = helmField(entries, 'registry', text)?.text;
    const digest = helmField(entries, 'digest', text);
    const written = `${registry ? `${registry}/` : ''}${repository.text}:${tag.text}${digest?.text ? `@${digest.text}` : ''}`;
    const image = parseImage(written);
    if (!image || image.tag !== tag.text)
        return undefined;
    const span = (source) => ({
        start: source.start,
        end: source.start + source.text.length
    });
    const edit = {
        tag: {
            span: span(tag),
            found: tag.text,
            before: '',
            after: '',
            colon: false,
            plainYaml: tag.plain
        },
        ...(digest && {
            digest: { span: span(digest), found: digest.text, at: false, plainYaml: digest.plain }
        })
    };
    return { node: map, written, image, edit, offset: tag.start };
}
/**
 * `jobs.<id>.container: ref` and `jobs.<id>.services.<name>: ref` (the string
 * forms); Azure Pipelines' `container: ref` of a job in a stage too.
 */
function isWorkflowImage(path, key) {
    if (key === 'container' && path.length > 2 && path.at(-2) === 'jobs')
        return true;
    if (path[0] !== 'jobs')
        return false;
    if (path.length === 2)
        return key === 'container';
    return path.length === 3 && path[2] === 'services';
}
/**
 * Whether `image:` in this map names an image that is pulled: not a
 * CircleCI `machine: image:` (a VM image), nor a compose service's image
 * with `build:` and `pull_policy: build` (what compose builds).
 */
function pulled(path, entries) {
    if (path.at(-1) === 'machine')
        return false;
    const policy = entries.find(entry => entry.key === 'pull_policy')?.value;
    const builds = (0,yaml_dist/* isScalar */.jn)(policy) && policy.value === 'build';
    return !(builds && entries.some(entry => entry.key === 'build'));
}
/** The candidates among one map's entries. */
function candidatesOf(path, entries, priority, text, entriesOf) {
    const found = formatCandidates(path, entries, priority, text, entriesOf);
    for (const { key, value } of entries) {
        if (!value || (key === 'image' && !pulled(path, entries)))
            continue;
        const context = pathText([...path, key]);
        if (key === 'image' || isWorkflowImage(path, key)) {
            const reference = scalarReference(value, text);
            if (reference)
                found.push({ node: value, context, priority, ...reference });
        }
        if (key === 'image' || key === 'uses') {
            const reference = scalarReference(value, text, { scheme: true });
            if (reference)
                found.push({ node: value, context: `${context}: docker://`, priority, ...reference });
        }
        if (key === 'image' && (0,yaml_dist/* isMap */.jh)(value)) {
            const reference = fromHelmMap(value, entriesOf(value), text);
            if (reference)
                found.push({ context: `helm values ${context}`, priority, ...reference });
        }
    }
    return found;
}

;// CONCATENATED MODULE: ./src/files/yaml/anchors.ts

/** The node each alias stands for (aliases with no anchor before them are left out). */
function aliasTargets(doc) {
    const targets = new Map();
    const anchored = new Map();
    // An explicit stack, not recursion: the file decides how deep the nodes nest.
    const stack = [doc.contents];
    while (stack.length) {
        const node = stack.pop();
        if ((0,yaml_dist/* isPair */.tO)(node)) {
            stack.push(node.value, node.key);
            continue;
        }
        if ((0,yaml_dist/* isAlias */.Vj)(node)) {
            const target = anchored.get(node.source);
            if (target)
                targets.set(node, target);
            continue;
        }
        const anchor = node?.anchor;
        if (anchor)
            anchored.set(anchor, node);
        // Children pushed last first, so that they come off the stack in document order.
        if ((0,yaml_dist/* isMap */.jh)(node) || (0,yaml_dist/* isSeq */.oP)(node))
            for (const item of [...node.items].reverse())
                stack.push(item);
    }
    return targets;
}

;// CONCATENATED MODULE: ./src/files/yaml/walk.ts


const MAX_MERGE_DEPTH = 32;
/** Image references lie a few levels deep; below this the walk does not go (its depth is the file's). */
const MAX_WALK_DEPTH = 64;
/**
 * 0 for paths under a compose extension (`x-…`) or a GitLab hidden job
 * (`.base`), which hold what other places use; 1 elsewhere.
 */
function priorityOf(path) {
    const first = path[0] ?? '';
    return first.startsWith('x-') || first.startsWith('.') ? 0 : 1;
}
/** A sequence item's label: its short `name` when it has one (`containers[app]`), else its index. */
function itemLabel(item, index, walker) {
    const name = (0,yaml_dist/* isMap */.jh)(item) ? walker.entries(item).find(entry => entry.key === 'name') : undefined;
    const value = (0,yaml_dist/* isScalar */.jn)(name?.value) ? name.value.value : undefined;
    return typeof value === 'string' && /^[\w.-]{1,63}$/.test(value) ? `[${value}]` : `[${index}]`;
}
class Walker {
    visit;
    merged = new Map();
    walked = new Map();
    aliases;
    constructor(doc, visit) {
        this.visit = visit;
        this.aliases = aliasTargets(doc);
    }
    /** The node itself, or what an alias stands for (null when no anchor precedes it). */
    resolve(node) {
        if ((0,yaml_dist/* isAlias */.Vj)(node))
            return this.aliases.get(node) ?? null;
        return (node ?? null);
    }
    /** The map's entries, its own first, then those merged in (`<<`) that it does not override. */
    entries(map, depth = 0) {
        const known = this.merged.get(map);
        if (known)
            return known;
        if (!(0,yaml_dist/* isMap */.jh)(map))
            return [];
        const own = [];
        const inherited = [];
        for (const pair of map.items) {
            const key = (0,yaml_dist/* isScalar */.jn)(pair.key) ? pair.key.value : undefined;
            if (typeof key !== 'string' && typeof key !== 'number' && typeof key !== 'boolean')
                continue;
            const value = this.resolve(pair.value);
            if (key === '<<' && depth < MAX_MERGE_DEPTH) {
                const sources = (0,yaml_dist/* isSeq */.oP)(value) ? value.items.map(item => this.resolve(item)) : [value];
                for (const source of sources)
                    if (source)
                        inherited.push(...this.entries(source, depth + 1));
            }
            else
                own.push({ key: String(key), value });
        }
        const seen = new Set(own.map(entry => entry.key));
        const all = [...own, ...inherited.filter(entry => !seen.has(entry.key) && seen.add(entry.key))];
        this.merged.set(map, all);
        return all;
    }
    walk(node, path = []) {
        const target = this.resolve(node);
        if ((!(0,yaml_dist/* isMap */.jh)(target) && !(0,yaml_dist/* isSeq */.oP)(target)) || path.length > MAX_WALK_DEPTH)
            return;
        const priority = priorityOf(path);
        if ((this.walked.get(target) ?? -1) >= priority)
            return;
        this.walked.set(target, priority);
        if ((0,yaml_dist/* isSeq */.oP)(target)) {
            target.items.forEach((item, index) => {
                const resolved = this.resolve(item);
                this.walk(resolved, [...path, itemLabel(resolved, index, this)]);
            });
            return;
        }
        const entries = this.entries(target);
        this.visit(path, entries, priority);
        for (const entry of entries)
            this.walk(entry.value, [...path, entry.key]);
    }
}

;// CONCATENATED MODULE: ./src/files/yaml/find.ts
/** Image references in a YAML file (every document of it), or why it cannot be read. */






function problemOf(file, text, errors) {
    const [error] = errors;
    if (!error)
        return undefined;
    const { line } = positionAt(lineStarts(text), error.pos[0]);
    const message = `not valid YAML: ${error.message.split('\n')[0]}`;
    return { file, line, message };
}
/** The best candidate for each node: outside `x-…` extensions when one is, else the first. */
function collect(text) {
    const best = new Map();
    // The library's own duplicate-key check is quadratic in a map's keys: ours is linear.
    for (const doc of (0,yaml_dist/* parseAllDocuments */.hR)(text, { prettyErrors: false, uniqueKeys: false })) {
        const problem = problemOf('', text, doc.errors) ?? problemOf('', text, firstDuplicateKey(doc));
        if (problem)
            return problem;
        const walker = new Walker(doc, (path, entries, priority) => {
            const entriesOf = (map) => walker.entries(map);
            for (const candidate of candidatesOf(path, entries, priority, text, entriesOf)) {
                const known = best.get(candidate.node);
                if (!known || known.priority < candidate.priority)
                    best.set(candidate.node, candidate);
            }
        });
        walker.walk(doc.contents);
    }
    return best;
}
function findYamlReferences(file, text) {
    // Bounds first: a template past them (a Helm chart of 200,000 lines) is refused all the same.
    const refused = yamlBoundsProblem(text);
    if (refused)
        return { file, references: [], problem: { file, ...refused } };
    const found = collect(text);
    // A template (Helm chart, Jinja) is YAML only once rendered: no references, and nothing wrong.
    if (!(found instanceof Map) && /\{\{|\{%/.test(text))
        return { file, references: [] };
    if (!(found instanceof Map))
        return { file, references: [], problem: { ...found, file } };
    const starts = lineStarts(text);
    const references = [...found.values()]
        .sort((a, b) => a.offset - b.offset)
        .map(({ written, image, context, edit, offset }) => {
        const { line, column } = positionAt(starts, offset);
        return { file, line, column, written, image, context, edit };
    });
    return { file, references };
}

;// CONCATENATED MODULE: ./src/files/find.ts
/** Image references in a file, by the kind of file its name says it is. */





/**
 * `Dockerfile`, `Containerfile`, `*.Dockerfile`, `*.containerfile`,
 * `Dockerfile.*`: Dockerfiles; `*.yml`, `*.yaml`: YAML; then the kinds of
 * otherKind; anything else (Markdown, text) holds no references we rewrite.
 */
function fileKind(file) {
    const name = (file.split('/').at(-1) ?? '').toLowerCase();
    const stem = /^(dockerfile|containerfile)(\..+)?$/;
    if (stem.test(name) || /\.(dockerfile|containerfile)$/.test(name))
        return 'dockerfile';
    if (/\.ya?ml$/.test(name))
        return 'yaml';
    return otherKind(name);
}
/** `devcontainer.json`, Quadlet `.container` and `.image` units, HCL (`.tf`, `.hcl`). */
function otherKind(name) {
    if (name === 'devcontainer.json' || name === '.devcontainer.json')
        return 'devcontainer';
    if (isQuadletFile(name))
        return 'quadlet';
    return /\.(tf|hcl)$/.test(name) ? 'hcl' : 'other';
}
/** Pure: the references in `text`, the contents of `file`, or the problem that stops reading it. */
function findReferences(file, text) {
    switch (fileKind(file)) {
        case 'dockerfile':
            return findDockerfileReferences(file, text);
        case 'yaml':
            return findYamlReferences(file, text);
        case 'devcontainer':
            return findDevcontainerReferences(file, text);
        case 'quadlet':
            return findQuadletReferences(file, text);
        case 'hcl':
            return findHclReferences(file, text);
        default:
            return { file, references: [] };
    }
}

// EXTERNAL MODULE: ./src/transport/deadline.ts
var transport_deadline = __webpack_require__(2301);
;// CONCATENATED MODULE: ./src/update/groups.ts
/** `docker.io/library/python`: the key references that normalise alike share. */
const imageKey = (image) => `${image.registry}/${image.repository}`;
/** In the order first seen, so the log and the summary follow the files. */
function groupByImage(references) {
    const groups = new Map();
    for (const reference of references) {
        const key = imageKey(reference.image);
        let group = groups.get(key);
        if (!group) {
            const { registry, endpoint, repository } = reference.image;
            groups.set(key, (group = { image: { registry, endpoint, repository }, references: [] }));
        }
        group.references.push(reference);
    }
    return [...groups].map(([key, group]) => ({ key, ...group }));
}

;// CONCATENATED MODULE: ./src/update/workspace.ts
/**
 * Reading the workspace: the files `update-files` matches, the image
 * references in each, grouped by image. No registry is asked anything here,
 * so the engine can be built knowing which registries the files name.
 *
 * Bounded for any reader (issue 17): a reader that fails in any way (a stack
 * overflow included) is that file's problem; the step's deadline is checked
 * between files; only the texts of files with references are kept (a rewrite
 * needs nothing else), and at most MAX_TEXT_HELD of them in all.
 */





/**
 * Characters of file text kept for rewriting, in all (40 files of 5 MiB fit, and
 * the run stays within 400 MiB); past it, a file with references is its own problem.
 */
const MAX_TEXT_HELD = 256 * 1024 * 1024;
/**
 * The step's `timeout`, started before the files are read: reading them
 * counts against it, and the engine gets what is left (`remainingMs()`).
 */
const stepDeadline = (timeoutMs) => new transport_deadline/* Deadline */.B2(timeoutMs);
const messageOf = (error) => error instanceof Error ? error.message : String(error);
/** The references in one file's text; a reader that throws (even RangeError) is the file's problem. */
function readFile(file, text) {
    try {
        const scan = findReferences(file, text);
        if (scan.references.length > MAX_REFERENCES_PER_FILE)
            throw tooManyReferences();
        return scan;
    }
    catch (error) {
        if (error instanceof ReadLimitError) {
            return { file, references: [], problem: { file, line: 1, message: error.message } };
        }
        const message = `could not be read (${messageOf(error)}); left untouched.`;
        return { file, references: [], problem: { file, line: 1, message } };
    }
}
/**
 * Every reference in the files, grouped by image; with `only`, just the
 * references to that image (`image: python` with `update-files`). Throws the
 * deadline's DeadlineError when the step's time runs out while reading.
 */
async function readWorkspace(patterns, workspace, only, deadline = transport_deadline/* NO_DEADLINE */.ji) {
    const files = await expandGlobs(patterns, workspace, 'update-files');
    const texts = new Map();
    const problems = [];
    const references = [];
    const wanted = only && imageKey(only);
    let held = 0;
    for (const [index, file] of files.entries()) {
        deadline.check(`reading the files 'update-files' matched (${index} of ${files.length} read)`);
        let text;
        try {
            text = await readTextFile(workspace, file);
        }
        catch (error) {
            problems.push({ file, line: 1, message: messageOf(error) });
            continue;
        }
        const scan = readFile(file, text);
        if (scan.problem)
            problems.push(scan.problem);
        const kept = wanted
            ? scan.references.filter(r => imageKey(r.image) === wanted)
            : scan.references;
        if (!kept.length)
            continue;
        if (held + text.length > MAX_TEXT_HELD) {
            const message = `not read: the files before it already hold ${MAX_TEXT_HELD / 1024 / 1024} MiB of text to rewrite; narrow 'update-files' or run once per part.`;
            problems.push({ file, line: 1, message });
            continue;
        }
        held += text.length;
        texts.set(file, text);
        for (const reference of kept)
            references.push(reference);
    }
    return { workspace, files, texts, groups: groupByImage(references), problems };
}
/** The registries (host[:port] to connect to) the references name. */
function referencedEndpoints(scan) {
    return [...new Set(scan.groups.map(g => g.image.endpoint))];
}

// EXTERNAL MODULE: ./src/cli/explain.ts + 1 modules
var cli_explain = __webpack_require__(6466);
// EXTERNAL MODULE: ./src/outputs.ts + 1 modules
var outputs = __webpack_require__(1853);
;// CONCATENATED MODULE: ./src/update/outputs.ts



/** Most significant first: the run's `update-type` is the biggest move among its references. */
const SIGNIFICANCE = (/* unused pure expression or super */ null && ([
    'major',
    'minor',
    'patch',
    'prerelease',
    'revision',
    'digest'
]));
function resultRow(result) {
    const { reference } = result;
    return {
        image: (0,src_reference/* displayName */.QC)(reference.image),
        current: result.current,
        tag: result.tag,
        digest: result.digest,
        'update-available': Boolean(result.update) && !result.error,
        'update-type': result.error ? '' : (result.update ?? ''),
        file: reference.file,
        line: reference.line,
        reference: result.digest ? (0,src_reference/* formatReference */.FH)(reference.image, result.tag, result.digest) : '',
        'newer-tags': result.newer,
        ...(result.released && { released: result.released.date }),
        ...(result.error && { error: result.error })
    };
}
/** One entry per image and current tag that has an update, with every file it is in. */
function matrixEntries(rows) {
    const entries = new Map();
    for (const row of rows) {
        if (!row['update-available'])
            continue;
        const key = `${row.image}\n${row.current}\n${row.digest}`;
        const entry = entries.get(key);
        if (entry) {
            if (!entry.files.includes(row.file))
                entry.files.push(row.file);
            continue;
        }
        const { image, current, tag, digest, reference } = row;
        entries.set(key, {
            image,
            current,
            tag,
            digest,
            'update-type': row['update-type'],
            reference,
            files: [row.file]
        });
    }
    return [...entries.values()];
}
function biggestUpdate(results) {
    return SIGNIFICANCE.find(type => results.some(r => r.update === type && !r.error));
}
/** `auto`: the run as a whole also sets `update-available`, `update-type` and `newer-tags`. */
function updateOutputs(report, options) {
    const results = report.checks.flatMap(c => c.results);
    const rows = results.map(resultRow);
    const outputs = {
        results: jsonHeadThatFits(rows),
        matrix: JSON.stringify({ include: headThatFits(matrixEntries(rows), MAX_OUTPUT_BYTES - 20) }),
        'changed-files': jsonHeadThatFits([...report.rewritten.keys()])
    };
    if (!options.auto)
        return outputs;
    return {
        ...outputs,
        'update-available': String(results.some(r => r.update && !r.error)),
        'update-type': biggestUpdate(results) ?? '',
        'newer-tags': '[]'
    };
}
const jsonHeadThatFits = (items) => JSON.stringify(headThatFits(items, MAX_OUTPUT_BYTES));

// EXTERNAL MODULE: ./src/cli/print.ts
var cli_print = __webpack_require__(9381);
;// CONCATENATED MODULE: ./src/cli/scan-table.ts
const HEADERS = ['IMAGE', 'FILE:LINE', 'CURRENT → NEW', 'UPDATE', 'DIGEST'];
const GAP = '  ';
/** Image and path columns never get narrower than this, however long the tags. */
const NARROWEST = 12;
const width = (text) => [...text].length;
/** Text cut to `max` characters, keeping its end (where names and paths differ). */
function keepEnd(text, max) {
    return width(text) <= max ? text : `…${[...text].slice(-(max - 1)).join('')}`;
}
/**
 * A name or path cut to `max` characters by leaving out whole parts from
 * its middle, then from its front (`ghcr.io/…/app`, `…/deploy/app.yaml:12`),
 * keeping the end where names and paths differ; cut inside a part only
 * when even the last part is too long.
 */
function shortenParts(text, max) {
    if (width(text) <= max)
        return text;
    const parts = text.split('/');
    const first = parts[0];
    for (let keep = parts.length - 2; keep >= 1; keep--) {
        const short = `${first}/…/${parts.slice(-keep).join('/')}`;
        if (width(short) <= max)
            return short;
    }
    for (let keep = parts.length - 1; keep >= 1; keep--) {
        const short = `…/${parts.slice(-keep).join('/')}`;
        if (width(short) <= max)
            return short;
    }
    return keepEnd(text, max);
}
const oneLine = (c) => (c.next ? `${c.current} → ${c.next}` : c.current);
const twoLines = (c) => (c.next ? [c.current, `→ ${c.next}`] : [c.current]);
const longest = (texts) => Math.max(0, ...texts.map(width));
/** Image and path columns get at least this much (or what they need) before the move widens. */
const IMAGE_ROOM = 18;
const PLACE_ROOM = 22;
/**
 * Column widths: update and digest as they need; the move at least its
 * longest tag and as wide as one-line moves need while image and path keep
 * their room; image and path share what is left.
 */
function columnWidths(rows, total) {
    const update = longest([HEADERS[3], ...rows.map(r => r.update)]);
    const digest = longest([HEADERS[4], ...rows.map(r => r.digest)]);
    const minMove = longest([HEADERS[2], ...rows.flatMap(twoLines)]);
    const fullMove = longest([HEADERS[2], ...rows.map(oneLine)]);
    const images = longest([HEADERS[0], ...rows.map(r => r.image)]);
    const places = longest([HEADERS[1], ...rows.map(r => `${r.place.file}:${r.place.line}`)]);
    const room = total - GAP.length * 4 - update - digest;
    const kept = Math.min(images, IMAGE_ROOM) + Math.min(places, PLACE_ROOM);
    const move = Math.min(fullMove, Math.max(minMove, room - kept));
    const rest = room - move;
    const image = Math.min(images, Math.max(NARROWEST, Math.floor(rest * 0.45)));
    const place = Math.min(places, Math.max(NARROWEST, rest - image));
    return [image, place, move, update, digest];
}
/** The table's lines; a row whose move does not fit on one line takes two. */
function fitScanTable(rows, total = 100) {
    const widths = columnWidths(rows, total);
    const [image, place, move] = widths;
    const lines = [pad([...HEADERS], widths)];
    for (const row of rows) {
        const moves = width(oneLine(row)) <= move ? [oneLine(row)] : twoLines(row);
        const first = [
            shortenParts(row.image, image),
            shortenParts(`${row.place.file}:${row.place.line}`, place),
            moves[0] ?? '',
            row.update,
            row.digest
        ];
        lines.push(pad(first, widths));
        for (const more of moves.slice(1))
            lines.push(pad(['', '', more, '', ''], widths));
    }
    return lines;
}
function pad(cells, widths) {
    return cells
        .map((cell, i) => cell + ' '.repeat(Math.max(0, (widths[i] ?? 0) - width(cell))))
        .join(GAP)
        .trimEnd();
}

;// CONCATENATED MODULE: ./src/cli/print-scan.ts



/** The width the table fits when the terminal does not say (and at most, when it does). */
const TERMINAL_COLUMNS = 100;
/** `sha256:` and the first 12 hex digits: enough to tell digests apart at a glance. */
function abbreviatedDigest(digest) {
    return digest.startsWith('sha256:') ? digest.slice(0, 'sha256:'.length + 12) : digest;
}
/** The table, the notes, and one line of what happened to the files. */
function formatScan(print, options) {
    const rows = print.results.map(resultRow);
    // On a terminal the table fits its width; piped, every cell is whole (for grep).
    const table = options.terminal
        ? fitScanTable(rows.map(scanCells), options.columns ?? TERMINAL_COLUMNS)
        : (0,cli_print/* alignColumns */.RM)([
            ['IMAGE', 'FILE:LINE', 'CURRENT → NEW', 'UPDATE', 'DIGEST'],
            ...rows.map(row => scanRow(row, options.terminal))
        ]);
    const notes = print.results
        .filter(r => r.note && !r.error)
        .map(r => `${where(r.reference)}: ${(0,cli_print/* printable */.g$)(r.note ?? '')}`);
    return [...table, '', ...notes, ...(notes.length ? [''] : []), ...summary(print, rows), ''].join('\n');
}
function scanRow(row, terminal) {
    const current = row.current || '-';
    const move = row['update-available'] ? `${current} → ${row.tag}` : current;
    const type = row.error ? 'failed' : row['update-type'] || '-';
    const digest = row.digest ? (terminal ? abbreviatedDigest(row.digest) : row.digest) : '-';
    return [row.image, `${(0,cli_print/* printable */.g$)(row.file)}:${row.line}`, move, type, digest];
}
/** 12 hex digits, as `docker images` shows an image ID: the algorithm is always sha256 here. */
const terminalDigest = (digest) => abbreviatedDigest(digest).replace(/^sha256:/, '');
/** A row as the fitted table takes it: printable text, a short digest. */
function scanCells(row) {
    const current = row.current || '-';
    return {
        image: (0,cli_print/* printable */.g$)(row.image),
        place: { file: (0,cli_print/* printable */.g$)(row.file), line: row.line },
        current,
        ...(row['update-available'] && { next: row.tag }),
        update: row.error ? 'failed' : row['update-type'] || '-',
        digest: row.digest ? terminalDigest(row.digest) : '-'
    };
}
const where = (reference) => `${(0,cli_print/* printable */.g$)(reference.file)}:${reference.line}`;
const plural = (count, word) => `${count} ${word}${count === 1 ? '' : 's'}`;
function summary(print, rows) {
    const updates = rows.filter(r => r['update-available']).length;
    const failed = rows.filter(r => r.error).length;
    const counts = `${plural(rows.length, 'reference')} to ${plural(print.images, 'image')} in ` +
        `${plural(print.files, 'file')}: ${updates} with an update` +
        (failed ? `, ${failed} failed` : '') +
        '.';
    const files = print.rewritten.map(cli_print/* printable */.g$).join(', ');
    const count = plural(print.rewritten.length, 'file');
    const outcome = !print.rewritten.length
        ? 'No file to rewrite.'
        : print.written
            ? `Rewrote ${count}: ${files}.`
            : `${count} would be rewritten (run with --write): ${files}.`;
    return [counts, outcome];
}
/** `--json`: the rows of the action's `results` output, all of them, with full digests. */
function formatScanJson(results, explain) {
    const rows = results.map(r => ({ ...resultRow(r), ...(explain && { explain: explain(r) }) }));
    return `${JSON.stringify(rows, null, 2)}\n`;
}
/** When the globs matched files but none names an image: said on stderr, nothing on stdout. */
function nothingFound(files, patterns) {
    const shown = patterns.map(cli_print/* printable */.g$).join(', ');
    return files === 0
        ? `No file matches ${shown}.`
        : `No image references found in the ${plural(files, 'file')} that ${shown} matched.`;
}

// EXTERNAL MODULE: ./src/cli/setup.ts + 5 modules
var setup = __webpack_require__(5008);
;// CONCATENATED MODULE: ./src/cli/scan.ts
/**
 * `registry-tags scan [globs…]`: the action's `image: auto` run from the
 * current directory. The files are read first (so `--insecure` knows the
 * registries they name), every image is checked through one engine, the
 * files are rewritten with `--write`, and one table goes to stdout. An
 * image that fails fails the command only at the end, after the table of
 * the others. Loaded by the bin only for a scan, with the file readers.
 */










async function runScan(command, context) {
    // The globs are the user's, relative to where the command runs, not to a CI workspace.
    const env = { ...process.env, GITHUB_WORKSPACE: process.cwd() };
    const { options, log, onSecret } = await (0,setup/* setUpRun */.v)(command, '', context, env);
    if (options.mode !== 'auto')
        throw new Error('a scan reads images from files');
    const { update } = options;
    const deadline = stepDeadline(options.timeoutMs);
    const scan = await readWorkspace(update.patterns, (0,external_node_path_.resolve)(update.workspace), undefined, deadline);
    reportProblems(log, scan.problems);
    if (!scan.groups.length) {
        log.warning(nothingFound(scan.files.length, update.patterns.split('\n')));
        return { text: command.json ? '[]\n' : '' };
    }
    const engine = new src_engine/* Engine */.N({
        ...(0,run_requests/* engineOptions */.ll)(options, log, onSecret, env, referencedEndpoints(scan)),
        timeoutMs: deadline.remainingMs()
    });
    try {
        const checks = await checkReferences(engine, scan, {
            policy: options.policy,
            release: options.release,
            onCheck: check => logCheck(log, check)
        });
        const report = await updateFiles(scan, checks, {
            pinDigest: update.pinDigest,
            write: command.write
        });
        reportProblems(log, report.problems);
        const failure = describeFailures(checks);
        return { text: scanText(report, command), ...(failure && { failure }) };
    }
    finally {
        engine.dispose();
    }
}
function scanText(report, command) {
    const results = report.checks.flatMap(c => c.results);
    if (command.json)
        return formatScanJson(results, command.explain ? cli_explain/* scanExplanation */.ZD : undefined);
    const table = formatScan({
        results,
        files: report.scan.files.length,
        images: report.checks.length,
        rewritten: [...report.rewritten.keys()],
        written: command.write
    }, 
    // A terminal's own width when it tells, else 100 columns.
    { terminal: Boolean(process.stdout.isTTY), columns: process.stdout.columns || undefined });
    return command.explain ? `${table}\n${(0,cli_explain/* explainScan */.RI)(results)}` : table;
}
/** A file that could not be read, parsed or rewritten is left untouched: said where it is. */
function reportProblems(log, problems) {
    for (const p of problems) {
        const where = `${p.file}:${p.line}`;
        // A rewrite's error already starts with where it is.
        const message = p.message.startsWith(`${where}: `)
            ? p.message.slice(where.length + 2)
            : p.message;
        log.warning(`${(0,cli_print/* printable */.g$)(where)}: left untouched: ${(0,cli_print/* printable */.g$)(message)}`);
    }
}
/** One image's log, replayed as its check ends; its failure is said once, at the end. */
function logCheck(log, check) {
    const refs = check.results.length;
    const updates = check.results.filter(r => r.update && !r.error).length;
    log.info(`${(0,src_reference/* displayName */.QC)(check.group.image)}: ${refs} reference${refs === 1 ? '' : 's'}, ` +
        (check.error ? 'failed' : `${updates} with an update`));
    for (const line of check.log) {
        if (line.level === 'warning' && line.message !== check.error?.message)
            log.warning(line.message);
        else if (line.level === 'info')
            log.info(`  ${line.message}`);
        else if (line.level === 'debug')
            log.debug(`  ${line.message}`);
    }
}


/***/ })

};
