export const id = 821;
export const ids = [821];
export const modules = {

/***/ 2821:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runScan: () => (/* binding */ runScan)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/engine.ts + 9 modules
var src_engine = __webpack_require__(9686);
// EXTERNAL MODULE: ./src/reference.ts
var src_reference = __webpack_require__(8286);
// EXTERNAL MODULE: ./src/requests.ts
var requests = __webpack_require__(5109);
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
class RewriteError extends errors/* ActionError */.lZ {
    file;
    line;
    constructor(file, line, message, options = {}) {
        super(`${file}:${line}: ${message}`, options);
        this.file = file;
        this.line = line;
    }
}
/** A workspace file that may not or cannot be read or written: outside the workspace, too big, not text. */
class WorkspaceFileError extends errors/* ActionError */.lZ {
    file;
    constructor(file, message, options = {}) {
        super(`${file}: ${message}`, options);
        this.file = file;
    }
}

;// CONCATENATED MODULE: ./src/files/workspace.ts
/**
 * The files of `update-files`: globs relative to the workspace, read and
 * written only inside it (symbolic links out of it are refused), read with a
 * size cap, written whole or not at all.
 */







/** Files bigger than this are not read (a problem for that file, not a crash). */
const MAX_FILE_BYTES = 5 * 1024 * 1024;
const NEVER = ['**/.git/**', '**/node_modules/**'];
function isInside(root, path) {
    return path === root || path.startsWith(root.endsWith(external_node_path_.sep) ? root : root + external_node_path_.sep);
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
            throw new errors/* InputError */.dz(input, `the pattern '${line}' ${reason}.`);
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
        if (error || isInside(root, resolved))
            return callback(error, resolved);
        external_node_fs_.stat(resolved, (statError, stats) => {
            const outside = new Error(`${path} leads outside the workspace`);
            callback(statError ?? (stats.isDirectory() ? outside : null), resolved);
        });
    }));
    return { realpath: realpathInside };
}
/**
 * Newline-separated globs (blank lines and `#` comments ignored, `!pattern`
 * excludes, whatever its place; a directory stands for every file under it,
 * as with @actions/glob) relative to `workspace`: the files matched,
 * sorted, relative, with '/' separators. `.git/` and `node_modules/` are
 * never matched; absolute patterns and '..' are refused (InputError naming `input`).
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
    return files.map(file => file.split(external_node_path_.sep).join('/')).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
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
    const value = change.digest ? `${slot.at ? '@' : ''}${change.digest}` : '';
    // Nothing to insert where nothing is: no splice (it cannot conflict with anything).
    if (!value && slot.span.start === slot.span.end)
        return undefined;
    return { ...slot.span, text: slot.plainYaml ? plainScalarText(value) : value, change };
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
        byFile.set(file, [...(byFile.get(file) ?? []), change]);
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

// EXTERNAL MODULE: ./src/lookup.ts + 2 modules
var lookup = __webpack_require__(4561);
// EXTERNAL MODULE: ./src/registry/manifests.ts + 1 modules
var manifests = __webpack_require__(7705);
// EXTERNAL MODULE: ./src/versions/select.ts + 4 modules
var versions_select = __webpack_require__(620);
;// CONCATENATED MODULE: ./src/update/check.ts



/**
 * Never throws: an image that fails (private, not found, rate limited) is
 * reported in its rows, and the other images go on.
 */
async function checkImage(engine, group, policy, listed) {
    const log = [];
    const quiet = {
        log: bufferedLogger(log),
        pager: engine.pager,
        credentialFor: image => engine.credentialFor(image),
        api: (host, credential) => engine.api(host, credential)
    };
    try {
        const listing = listed ?? (await (0,lookup/* listImageTags */.ld)(quiet, group.image));
        const answers = new Map();
        for (const ref of group.references) {
            const current = ref.image.tag ?? '';
            if (!answers.has(current))
                answers.set(current, answerFor(listing.list.tags, policy, current));
        }
        const digests = await resolveDigests(listing, group, [...answers.values()].map(a => a.tag));
        const results = group.references.map(ref => resultFor(ref, answers.get(ref.image.tag ?? ''), digests));
        return { group, results, log };
    }
    catch (error) {
        const failure = error instanceof Error ? error : new Error(String(error));
        log.push({ level: 'warning', message: failure.message });
        return {
            group,
            results: group.references.map(ref => failedResult(ref, failure)),
            error: failure,
            log
        };
    }
}
function bufferedLogger(lines) {
    return {
        debug: message => lines.push({ level: 'debug', message }),
        info: message => lines.push({ level: 'info', message }),
        warning: message => lines.push({ level: 'warning', message })
    };
}
function answerFor(tags, policy, current) {
    if (!current) {
        return {
            current,
            tag: '',
            newer: [],
            result: { note: 'pinned by digest alone: no tag to follow' }
        };
    }
    const selection = (0,versions_select/* selectTags */.O)(tags, policy, current);
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
    if (!top || !known.update) {
        const note = selection.passing.length ? undefined : 'no tag of this shape passes the filters';
        return {
            current,
            tag: current,
            newer: [],
            result: { currentVersion: known.version, ...(note && { note }) }
        };
    }
    return {
        current,
        tag: top.tag,
        newer: known.newer.map(v => v.tag),
        result: { update: known.update, currentVersion: known.version, chosenVersion: top }
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




/** Every image of the scan, checked concurrently; one failing does not stop the others. */
async function checkReferences(engine, scan, options) {
    const count = scan.groups.length;
    engine.log.info(`Checking ${count} image${count === 1 ? '' : 's'} referenced in ${scan.files.length} file${scan.files.length === 1 ? '' : 's'}`);
    const checks = scan.groups.map(group => checkImage(engine, group, options.policy, options.listed?.get(group.key)).then(check => {
        options.onCheck?.(check);
        return check;
    }));
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
        if (error instanceof errors/* InputError */.dz)
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

;// CONCATENATED MODULE: ./src/files/dockerfile/expand.ts

class Unresolved extends Error {
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
    i = 0;
    constructor(src, vars, escape) {
        this.src = src;
        this.vars = vars;
        this.escape = escape;
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
        out.pushRange(this.src, this.i, this.i + 1);
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
            this.until(word, '}');
        if (this.src.text[this.i] !== '}')
            throw new Unresolved();
        const use = { name, end: this.src.at[this.i] + 1 };
        this.i++;
        if (!operator)
            return this.substitute(out, name, use);
        const value = this.vars.get(name);
        if (takesWord(operator, value))
            out.pushRange(word.build(), 0, undefined, use);
        else if (operator.endsWith('-'))
            out.pushRange(value, 0, undefined, use);
    }
    substitute(out, name, use) {
        const value = this.vars.get(name);
        if (value === undefined || value === null)
            throw new Unresolved();
        out.pushRange(value, 0, undefined, use);
    }
}
/** The word expanded, or undefined when it depends on a value the file does not give. */
function expandWord(word, vars, escape) {
    const out = new LocatedBuilder();
    try {
        new Expander(word, vars, escape).until(out);
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

;// CONCATENATED MODULE: ./src/files/dockerfile/lines.ts


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
const DIRECTIVE = /^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/;
const KNOWN_DIRECTIVES = new Set(['syntax', 'escape', 'check']);
/** The escape character from the directives at the top, or why they are wrong. */
function readDirectives(text, lines) {
    const seen = new Set();
    let escape = '\\';
    for (const [index, line] of lines.entries()) {
        const match = DIRECTIVE.exec(text.slice(line.start, line.end).trimStart());
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
    /** One logical line from line `this.next`, which starts an instruction. */
    logicalLine(escape) {
        const builder = new LocatedBuilder();
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
function pushText(builder, text, start) {
    for (let i = 0; i < text.length; i++)
        builder.push(text[i], start + i);
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
        const instruction = splitKeyword(reader.logicalLine(escape), line);
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
function declareArgs(instruction, vars, escape) {
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
        vars.set(name, expandWord(raw, vars, escape) ?? null);
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
function readUses(instructions, escape) {
    const vars = new Map();
    const uses = [];
    const stageNames = new Set();
    let stages = 0;
    let stage = '';
    for (const instruction of instructions) {
        if (instruction.keyword === 'ARG' && stages === 0)
            declareArgs(instruction, vars, escape);
        if (instruction.keyword === 'FROM') {
            const { image, name } = fromWords(instruction.args, escape);
            const located = image && expandWord(image, vars, escape);
            stage = name ?? String(stages);
            if (located)
                uses.push({ located, what: 'FROM', stage });
            if (name)
                stageNames.add(name);
            stages++;
        }
        if (instruction.keyword === 'COPY' && stages > 0) {
            const located = copyFrom(instruction.args, escape);
            if (located)
                uses.push({ located, what: 'COPY --from', stage });
        }
    }
    return { uses, stageNames };
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
    const context = `${use.what} (${stage})${variable ? ` via ARG ${variable}` : ''}`;
    return { file, line, column, written: use.located.text, image, context, edit };
}
function findDockerfileReferences(file, text) {
    const { escape, instructions, problem } = readInstructions(text);
    if (problem)
        return { file, references: [], problem: { file, ...problem } };
    const { uses, stageNames } = readUses(instructions, escape);
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

;// CONCATENATED MODULE: ./src/files/yaml/rules.ts




function pathText(path) {
    return path.reduce((out, part) => (part.startsWith('[') || !out ? out + part : `${out}.${part}`), '');
}
const DOCKER_SCHEME = 'docker://';
/** The reference a scalar holds, written from its start (after `docker://` when `scheme`). */
function fromScalar(node, text, scheme) {
    const source = scalarSource(node, text);
    if (!source || source.type !== 'string' || isTemplate(source.text))
        return undefined;
    const skip = scheme ? DOCKER_SCHEME.length : 0;
    if (scheme !== source.text.startsWith(DOCKER_SCHEME))
        return undefined;
    const written = source.text.slice(skip);
    const image = parseImage(written);
    const located = locatedAt(written, source.start + skip);
    const edit = image && locateEdit(located, image);
    return image && edit ? { written, image, edit, offset: displayOffset(located, edit) } : undefined;
}
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
/** `jobs.<id>.container: ref` and `jobs.<id>.services.<name>: ref` (the string forms). */
function isWorkflowImage(path, key) {
    if (path[0] !== 'jobs')
        return false;
    if (path.length === 2)
        return key === 'container';
    return path.length === 3 && path[2] === 'services';
}
/** The candidates among one map's entries. */
function candidatesOf(path, entries, priority, text, entriesOf) {
    const found = [];
    for (const { key, value } of entries) {
        if (!value)
            continue;
        const context = pathText([...path, key]);
        if (key === 'image' || isWorkflowImage(path, key)) {
            const reference = fromScalar(value, text, false);
            if (reference)
                found.push({ node: value, context, priority, ...reference });
        }
        if (key === 'image' || key === 'uses') {
            const reference = fromScalar(value, text, true);
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

;// CONCATENATED MODULE: ./src/files/yaml/walk.ts

const MAX_MERGE_DEPTH = 32;
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
    doc;
    visit;
    merged = new Map();
    walked = new Map();
    constructor(doc, visit) {
        this.doc = doc;
        this.visit = visit;
    }
    resolve(node) {
        const target = (0,yaml_dist/* isAlias */.Vj)(node) ? node.resolve(this.doc) : node;
        return (target ?? null);
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
        if (!(0,yaml_dist/* isMap */.jh)(target) && !(0,yaml_dist/* isSeq */.oP)(target))
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
    for (const doc of (0,yaml_dist/* parseAllDocuments */.hR)(text, { prettyErrors: false })) {
        const problem = problemOf('', text, doc.errors);
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
    const found = collect(text);
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
 * `Dockerfile.*`: Dockerfiles; `*.yml`, `*.yaml`: YAML; anything else
 * (Markdown, text) holds no references we rewrite.
 */
function fileKind(file) {
    const name = (file.split('/').at(-1) ?? '').toLowerCase();
    const stem = /^(dockerfile|containerfile)(\..+)?$/;
    if (stem.test(name) || /\.(dockerfile|containerfile)$/.test(name))
        return 'dockerfile';
    return /\.ya?ml$/.test(name) ? 'yaml' : 'other';
}
/** Pure: the references in `text`, the contents of `file`, or the problem that stops reading it. */
function findReferences(file, text) {
    switch (fileKind(file)) {
        case 'dockerfile':
            return findDockerfileReferences(file, text);
        case 'yaml':
            return findYamlReferences(file, text);
        default:
            return { file, references: [] };
    }
}

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

;// CONCATENATED MODULE: ./src/update/scan.ts
/**
 * Reading the workspace: the files `update-files` matches, the image
 * references in each, grouped by image. No registry is asked anything here,
 * so the engine can be built knowing which registries the files name.
 */



/**
 * Every reference in the files, grouped by image; with `only`, just the
 * references to that image (`image: python` with `update-files`).
 */
async function scanWorkspace(patterns, workspace, only) {
    const files = await expandGlobs(patterns, workspace, 'update-files');
    const texts = new Map();
    const problems = [];
    const references = [];
    for (const file of files) {
        let text;
        try {
            text = await readTextFile(workspace, file);
        }
        catch (error) {
            problems.push({
                file,
                line: 1,
                message: error instanceof Error ? error.message : String(error)
            });
            continue;
        }
        const scan = findReferences(file, text);
        if (scan.problem)
            problems.push(scan.problem);
        texts.set(file, text);
        references.push(...scan.references);
    }
    const wanted = only && imageKey(only);
    const kept = wanted ? references.filter(r => imageKey(r.image) === wanted) : references;
    return { workspace, files, texts, groups: groupByImage(kept), problems };
}
/** The registries (host[:port] to connect to) the references name. */
function referencedEndpoints(scan) {
    return [...new Set(scan.groups.map(g => g.image.endpoint))];
}

// EXTERNAL MODULE: ./src/cli/explain.ts + 1 modules
var explain = __webpack_require__(6466);
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
;// CONCATENATED MODULE: ./src/cli/print-scan.ts


/** `sha256:` and the first 12 hex digits: enough to tell digests apart at a glance. */
function shortDigest(digest) {
    return digest.startsWith('sha256:') ? digest.slice(0, 'sha256:'.length + 12) : digest;
}
/** The table, the notes, and one line of what happened to the files. */
function formatScan(print, options) {
    const rows = print.results.map(resultRow);
    const table = (0,cli_print/* alignColumns */.RM)([
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
    const digest = row.digest ? (terminal ? shortDigest(row.digest) : row.digest) : '-';
    return [row.image, `${(0,cli_print/* printable */.g$)(row.file)}:${row.line}`, move, type, digest];
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

// EXTERNAL MODULE: ./src/cli/setup.ts + 4 modules
var setup = __webpack_require__(5362);
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
    const scan = await scanWorkspace(update.patterns, (0,external_node_path_.resolve)(update.workspace));
    reportProblems(log, scan.problems);
    if (!scan.groups.length) {
        log.warning(nothingFound(scan.files.length, update.patterns.split('\n')));
        return { text: command.json ? '[]\n' : '' };
    }
    const engine = new src_engine/* Engine */.N((0,requests/* engineOptions */.ll)(options, log, onSecret, env, referencedEndpoints(scan)));
    try {
        const checks = await checkReferences(engine, scan, {
            policy: options.policy,
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
        return formatScanJson(results, command.explain ? explain/* scanExplanation */.ZD : undefined);
    const table = formatScan({
        results,
        files: report.scan.files.length,
        images: report.checks.length,
        rewritten: [...report.rewritten.keys()],
        written: command.write
    }, { terminal: Boolean(process.stdout.isTTY) });
    return command.explain ? `${table}\n${(0,explain/* explainScan */.RI)(results)}` : table;
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
