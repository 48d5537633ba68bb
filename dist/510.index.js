export const id = 510;
export const ids = [510];
export const modules = {

/***/ 2510:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  githubContextFrom: () => (/* reexport */ pulls_context/* githubContextFrom */.hW),
  publishPullRequest: () => (/* reexport */ publishPullRequest)
});

// UNUSED EXPORTS: PullRequestError, branchName, renderPullRequest

// EXTERNAL MODULE: ./src/github/pulls/branch.ts
var pulls_branch = __webpack_require__(4290);
// EXTERNAL MODULE: ./src/github/pulls/context.ts
var pulls_context = __webpack_require__(3427);
// EXTERNAL MODULE: ./src/github/pulls/errors.ts
var errors = __webpack_require__(7913);
// EXTERNAL MODULE: ./src/github/pulls/client.ts
var client = __webpack_require__(3349);
// EXTERNAL MODULE: ./src/registry/json.ts
var json = __webpack_require__(349);
;// CONCATENATED MODULE: ./src/text/git-ref.ts
/**
 * Branch names as git's ref grammar allows them (git check-ref-format
 * --branch): a name an API sends is checked before it reaches the log, a
 * commit message, a pull request or a git ref path (issue 17).
 */
/** GitHub refuses refs longer than this; the check is a bound, not git's own rule. */
const MAX_BRANCH_CHARS = 255;
// eslint-disable-next-line no-control-regex -- controls are among what git refuses
const FORBIDDEN = /[\u0000-\u0020\u007f~^:?*[\\]/;
/** True when `name` is a branch name git would take (`main`, `release/1.x`). */
function isBranchName(name) {
    if (!name || name.length > MAX_BRANCH_CHARS || name === '@')
        return false;
    if (FORBIDDEN.test(name) || name.includes('..') || name.includes('@{'))
        return false;
    if (name.startsWith('-') || name.endsWith('.'))
        return false;
    return name
        .split('/')
        .every(part => part !== '' && !part.startsWith('.') && !part.endsWith('.lock'));
}

// EXTERNAL MODULE: ./src/github/pulls/git.ts
var git = __webpack_require__(2392);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/text/markdown.ts
var markdown = __webpack_require__(6590);
// EXTERNAL MODULE: ./src/github/pulls/marker.ts
var pulls_marker = __webpack_require__(4024);
// EXTERNAL MODULE: ./src/report/shorten.ts
var shorten = __webpack_require__(7011);
// EXTERNAL MODULE: ./src/text/html.ts
var html = __webpack_require__(534);
;// CONCATENATED MODULE: ./src/github/pulls/body-html.ts
/**
 * HTML pieces of a pull request body, laid out like the job summary so it
 * reads in GitHub's panel: tags and digests never wrap (`samp` in a
 * `nowrap` cell: GitHub's CSS lets `code` break at hyphens), paths wrap at
 * their slashes, long parts fold. Everything from files or registries goes
 * through `html()`; paths and image names sit in `code`, where GitHub
 * neither mentions `@someone` nor links `#1`.
 */


/** Text as it is, in HTML: no element, no entity, no control character (src/text's htmlLine). */
const body_html_html = (text) => (0,html/* htmlLine */.mJ)(text);
/** A code span that may wrap after its slashes (and a host's dots). */
function codeWrapping(text, title) {
    const parts = text.split('/').map(part => part.split('.').map(body_html_html).join('.<wbr>'));
    const open = title ? `<code title="${body_html_html(title)}">` : '<code>';
    return `${open}${parts.join('/<wbr>')}</code>`;
}
/** `file:line`, its middle folders left out when long (the whole path is the title). */
function placeCode(place) {
    const line = Math.trunc(place.line);
    const full = `${place.file}:${line}`;
    const short = `${(0,shorten/* shortPath */._)(place.file)}:${line}`;
    return codeWrapping(short, short === full ? undefined : full);
}
/** A table without blank lines (a blank line would end GitHub's HTML block). */
function table(headers, rows) {
    const head = `<tr>${headers.map(h => `<th>${body_html_html(h)}</th>`).join('')}</tr>`;
    return [
        '<table>',
        `<thead>${head}</thead>`,
        '<tbody>',
        ...rows.map(r => `<tr>${r}</tr>`),
        '</tbody>',
        '</table>'
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/github/pulls/third-party-markdown.ts
/**
 * Markdown the bot did not write (a release's notes), made safe to show in
 * a pull request: no HTML (so no `</details>`, comment or marker of ours
 * can be forged), no mention that notifies (`@name` gets a zero-width space
 * after the `@`), no issue reference that links or cross-references in
 * this repository (`#12`, `GH-12`, `owner/repo#12` become links to the
 * source repository's issues through redirect.github.com, which GitHub
 * does not count as a reference), headings below ours, and a code fence
 * left open is closed. Code spans and fenced code are left as written:
 * GitHub neither mentions nor links inside them. Pure.
 */
const FENCE_RE = /^ {0,3}(`{3,}|~{3,})/;
const ZWSP = '&#8203;';
function neutraliseMarkdown(text, repo) {
    const out = [];
    let fence = '';
    for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
        const opener = FENCE_RE.exec(line)?.[1];
        if (fence) {
            if (opener && opener[0] === fence[0] && opener.length >= fence.length)
                fence = '';
            out.push(line);
            continue;
        }
        if (opener) {
            fence = opener;
            out.push(line);
            continue;
        }
        out.push(neutraliseLine(line, repo));
    }
    if (fence)
        out.push(fence);
    return out.join('\n');
}
/** Outside code spans only: a span is an opening run of backticks to the same run. */
function neutraliseLine(line, repo) {
    const parts = line.split(/(`+[^`]*`+)/);
    const text = parts.map((part, i) => (i % 2 ? part : neutraliseText(part, repo))).join('');
    return text.replace(/^ {0,3}(#{1,3})(?=\s|$)/, '####');
}
function neutraliseText(text, repo) {
    const issues = issuesUrl(repo);
    // eslint-disable-next-line no-control-regex
    let safe = text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
    safe = safe.replace(/</g, '&lt;');
    safe = safe.replace(/\bhttps:\/\/github\.com\/(?=[^/\s]+\/[^/\s]+\/(?:issues|pull|discussions)\/)/gi, 'https://redirect.github.com/');
    safe = safe.replace(/(^|[^\w/.@-])([A-Za-z0-9][A-Za-z0-9-]{0,38})\/([A-Za-z0-9._-]{1,100})#(\d{1,9})\b/g, (_, lead, owner, name, n) => `${lead}[${owner}/${name}&#35;${n}](${redirectBase(repo)}/${owner}/${name}/issues/${n})`);
    // Twice: a reference glued to one just made a link (`#2#3`) is one after it.
    for (let pass = 0; pass < 2; pass++)
        safe = issueLinks(safe, issues);
    return safe.replace(/(^|[^\w`])@([A-Za-z0-9])/g, `$1@${ZWSP}$2`);
}
function issueLinks(text, issues) {
    return text.replace(/(^|[^\w/&#[-])(#|GH-)(\d{1,9})\b/gi, (_, lead, mark, n) => `${lead}[${mark === '#' ? '&#35;' : mark}${n}](${issues}/${n})`);
}
/** github.com's own issues through its redirector (no cross-reference); elsewhere the host itself. */
function redirectBase(repo) {
    return repo.host === 'github.com' ? 'https://redirect.github.com' : `https://${repo.host}`;
}
function issuesUrl(repo) {
    return `${redirectBase(repo)}/${repo.owner}/${repo.name}/issues`;
}

;// CONCATENATED MODULE: ./src/github/pulls/release-notes.ts

/** A release's notes longer than this are cut, so that one long release leaves room for others. */
const MAX_RELEASE_BYTES = 16_000;
/** Room kept for the block around each release. */
const BLOCK_BYTES = 200;
const bytes = (text) => Buffer.byteLength(text);
/** The section, at most `budget` bytes; '' when no update has anything to say. */
function releaseNotesSection(updates, budget) {
    const parts = [];
    let left = budget;
    for (const update of updates) {
        if (!update.notes)
            continue;
        const head = headOf(update, update.notes);
        if (bytes(head) + 2 > left)
            break;
        left -= bytes(head) + 2;
        const blocks = releaseBlocks(update.notes, left);
        left -= blocks.reduce((n, b) => n + bytes(b) + 2, 0);
        parts.push([head, ...blocks].join('\n\n'));
    }
    return parts.join('\n\n');
}
function headOf(update, notes) {
    const lines = [`### Source of ${release_notes_text(update.image)} ${release_notes_text(update.to)}`, ''];
    const facts = [];
    if (notes.source)
        facts.push(`Source: ${release_notes_link(linkText(notes), notes.source)}`);
    if (notes.revision)
        facts.push(`revision ${codeSpan(notes.revision)}`);
    if (notes.compare)
        facts.push(release_notes_link('compare', notes.compare));
    lines.push(facts.length ? facts.join(' · ') : 'The image names no source repository.');
    if (notes.problem)
        lines.push('', `_Release notes could not be read: ${release_notes_text(notes.problem)}._`);
    else if (notes.github && !notes.releases.length) {
        lines.push('', `_No GitHub release between ${codeSpan(update.from)} and ${codeSpan(update.to)}._`);
    }
    return lines.join('\n');
}
/** One collapsible block per release while they fit; the rest named by a link. */
function releaseBlocks(notes, budget) {
    const { github } = notes;
    if (!github)
        return [];
    const blocks = [];
    let left = budget;
    for (const [i, release] of notes.releases.entries()) {
        const room = Math.min(MAX_RELEASE_BYTES, left - BLOCK_BYTES - 200);
        if (room < 500) {
            const more = notes.releases.length - i;
            const all = `${notes.source ?? `https://${github.host}/${github.owner}/${github.name}`}/releases`;
            blocks.push(`…and ${more} more release${more === 1 ? '' : 's'}: ${release_notes_link('all releases', all)}.`);
            break;
        }
        const block = releaseBlock(release, github, room);
        blocks.push(block);
        left -= bytes(block) + 2;
    }
    return blocks;
}
function releaseBlock(release, repo, room) {
    const title = release.name && release.name !== release.tag ? `${release.tag}: ${release.name}` : release.tag;
    const body = cut(neutraliseMarkdown(release.body.trim(), repo), room, repo);
    const page = release.url ? `\n\n${release_notes_link('Release page', release.url)}` : '';
    return [
        '<details>',
        `<summary>${release_notes_html(title)}</summary>`,
        '',
        `${body || '_No notes._'}${page}`,
        '',
        '</details>'
    ].join('\n');
}
/** At most `room` bytes, cut at a line end; a fence the cut leaves open is closed. */
function cut(body, room, repo) {
    if (bytes(body) <= room)
        return body;
    const head = Buffer.from(body, 'utf8')
        .subarray(0, room - 100)
        .toString('utf8');
    // At a line end when there is one in the second half; else where the room ends.
    const end = head.lastIndexOf('\n');
    const kept = end > head.length / 2 ? head.slice(0, end) : head.replace(/\uFFFD$/, '');
    // Run again: it closes a fence left open, and leaves the rest as it is.
    return `${neutraliseMarkdown(kept, repo)}\n\n…(cut)`;
}
function linkText(notes) {
    const { github } = notes;
    return github ? `${github.owner}/${github.name}` : (notes.source ?? '');
}
/** A Markdown link whose text is shown as it is and whose target cannot end early. */
function release_notes_link(label, url) {
    const target = url.replace(/[()\s<>]/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
    return `[${release_notes_text(label)}](${target})`;
}
const release_notes_ZWSP = '&#8203;';
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]+/g;
/**
 * Text shown as it is: Markdown and HTML punctuation escaped; a zero-width
 * space after `@` and `#`, since an escaped one still mentions or links.
 */
function release_notes_text(value) {
    return value
        .replace(CONTROL, ' ')
        .replace(/[\\`*_{}[\]()<>+!|~&$]/g, '\\$&')
        .replace(/[@#]/g, `$&${release_notes_ZWSP}`);
}
function codeSpan(value) {
    return `\`${value.replace(CONTROL, ' ').replace(/`/g, "'")}\``;
}
/** Inside HTML (the summary line of a block): entities for what HTML or GitHub would read. */
function release_notes_html(value) {
    return value
        .replace(CONTROL, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[@#]/g, `$&${release_notes_ZWSP}`);
}

;// CONCATENATED MODULE: ./src/github/pulls/render.ts
/**
 * A pull request's title and body: the hidden marker, a table that fits
 * GitHub's panel (image, current → new, update type and short digest, the
 * first files), then folded per update the full digest, every file and
 * line and the newer tags, then any release notes, folded. Tags and digests
 * were validated where they entered; file paths and image names are
 * escaped anyway.
 */






/** GitHub refuses bodies over 65,536 characters; bytes are counted, which is never fewer. */
const MAX_BODY_BYTES = 65_536;
const MAX_TITLE_CHARS = 256;
/** Newer tags listed per update; the rest are counted. */
const NEWER_TAGS_SHOWN = 20;
/** Files listed in an update's row; every one is in its folded part. */
const PLACES_SHOWN = 2;
function renderPullRequest(plan) {
    return { title: titleOf(plan.updates), body: bodyOf(plan) };
}
function titleOf(updates) {
    const images = [...new Set(updates.map(u => u.image))];
    const first = updates[0];
    let title;
    if (updates.length === 1 && first) {
        title =
            first.updateType === 'digest'
                ? `Update ${first.image}:${first.to} to ${titleDigest(first.digest)}`
                : `Update ${first.image} from ${first.from} to ${first.to}`;
    }
    else if (images.length === 1) {
        title = `Update ${images[0]} to ${[...new Set(updates.map(u => u.to))].join(', ')}`;
    }
    else {
        title = `Update ${images.length} images: ${updates.map(u => `${u.image} ${u.to}`).join(', ')}`;
    }
    title = (0,markdown/* plainLine */.h0)(title);
    return title.length <= MAX_TITLE_CHARS ? title : `${title.slice(0, MAX_TITLE_CHARS - 1)}…`;
}
function bodyOf(plan) {
    const { updates } = plan;
    const first = updates[0];
    const places = updates.reduce((n, u) => n + u.locations.length, 0);
    const intro = updates.length === 1 && first
        ? `Updates **${md(first.image)}** from ${code(first.from)} to ${code(first.to)} (${md(first.updateType)}).`
        : `Updates ${updates.length} image references in ${places} place${places === 1 ? '' : 's'}.`;
    const sections = [
        (0,pulls_marker/* formatMarker */.gJ)((0,pulls_marker/* markerOf */.we)(plan)),
        intro,
        updatesTable(updates),
        everyUpdateDetails(updates),
        footer(updates.length)
    ];
    // Release notes take the room the rest leaves (and some for the cut note).
    const room = MAX_BODY_BYTES - Buffer.byteLength(sections.join('\n\n')) - 512;
    const notes = releaseNotesSection(updates, room);
    if (notes)
        sections.splice(sections.length - 1, 0, notes);
    return fitBody(sections.join('\n\n'));
}
/** One row per update: image, current → new, update type over the short digest, where. */
function updatesTable(updates) {
    const rows = updates.map(u => {
        const shown = u.locations.slice(0, PLACES_SHOWN).map(placeCode);
        const more = u.locations.length - shown.length;
        const move = u.updateType === 'digest' ? (0,html/* whole */.WQ)(u.to) : `${(0,html/* whole */.WQ)(u.from)}<br>→ <b>${(0,html/* whole */.WQ)(u.to)}</b>`;
        return [
            (0,html/* cell */.Hn)(codeWrapping(u.image)),
            (0,html/* nowrapCell */.Q8)(move),
            (0,html/* nowrapCell */.Q8)(`${body_html_html(u.updateType)}<br>${(0,html/* whole */.WQ)((0,shorten/* shortDigest */.V)(u.digest))}`),
            (0,html/* cell */.Hn)(shown.join('<br>') + (more > 0 ? `<br>and ${more} more` : ''))
        ].join('');
    });
    return table(['image', 'current → new', 'update, digest', 'files'], rows);
}
/** Many updates' folded parts are folded once more, so the body stays short. */
function everyUpdateDetails(updates) {
    const each = updates.map(updateDetails);
    if (each.length === 1)
        return each[0];
    return (0,html/* details */.zH)('Every update: digest, files, newer tags', each.join('\n\n'));
}
/** Folded per update: the full digest, every file and line, the newer tags. */
function updateDetails(update) {
    const { newerTags } = update;
    const shown = newerTags.slice(0, NEWER_TAGS_SHOWN);
    const more = newerTags.length - shown.length;
    const tags = shown.map(tag => (tag === update.to ? `<b>${(0,html/* whole */.WQ)(tag)}</b> (chosen)` : (0,html/* whole */.WQ)(tag)));
    const lines = [
        `<p>Digest: <code>${body_html_html(update.digest)}</code></p>`,
        `<p>Files: ${update.locations.map(l => codeWrapping(`${l.file}:${Math.trunc(l.line)}`)).join(',\n')}</p>`,
        `<p>Newer tags than ${(0,html/* whole */.WQ)(update.from)} (${newerTags.length}): ${tags.join(', ') || 'none listed'}${more > 0 ? `, and ${more} more` : ''}.</p>`
    ];
    const summary = `${codeWrapping(update.image)} ${(0,html/* whole */.WQ)(update.from)} → ${(0,html/* whole */.WQ)(update.to)}: digest, files, newer tags`;
    return (0,html/* details */.zH)(summary, lines.join('\n'));
}
function footer(count) {
    const what = count === 1 ? 'this update' : 'these updates';
    return `---\n<sub>Opened by registry-tags. Closing this pull request without merging declines ${what}: it is not opened again for the same tags, only for newer ones. A later run updates this branch and this description.</sub>`;
}
/** The title's short digest: `sha256:` and 12 hex digits. */
const titleDigest = (digest) => digest.slice(0, 'sha256:'.length + 12);
/** Text shown as it is: nothing Markdown, HTML or GFM's autolinks read (src/text/markdown.ts). */
function md(text) {
    return (0,markdown/* markdownText */.p7)(text);
}
/** A code span; `|` escaped for tables, a backtick (never in a valid tag) replaced. */
function code(text) {
    return (0,markdown/* markdownCode */.D9)(text);
}
/** Cut at a line end to GitHub's limit; the marker is the first line, so it stays. */
function fitBody(body) {
    if (Buffer.byteLength(body) <= MAX_BODY_BYTES)
        return body;
    const note = `\n\n…(cut here: GitHub takes at most ${MAX_BODY_BYTES} characters; the commit has every change.)`;
    const budget = MAX_BODY_BYTES - Buffer.byteLength(note);
    const head = Buffer.from(body, 'utf8').subarray(0, budget).toString('utf8');
    return `${head.slice(0, head.lastIndexOf('\n'))}${note}`;
}

// EXTERNAL MODULE: ./src/github/pulls/trailer.ts
var trailer = __webpack_require__(5803);
;// CONCATENATED MODULE: ./src/github/pulls/plan.ts
/**
 * A plan is checked before anything is sent: paths a tree may hold
 * (repository-relative, `/`-separated, nothing under .git), each once, and
 * at least one update and one file.
 */



/** Update lines in a commit message; the pull request's body has them all. */
const MESSAGE_LINES = 50;
function checkPlan(plan) {
    if (!plan.key.trim())
        throw new src_errors/* ActionError */.l('A pull request plan needs a key (an image, or all).');
    if (plan.updates.length === 0 || plan.files.length === 0) {
        throw new src_errors/* ActionError */.l(`The pull request plan for ${plan.key} has no updates or no files.`);
    }
    const seen = new Set();
    for (const { path } of plan.files) {
        const why = pathProblem(path);
        if (why)
            throw new src_errors/* ActionError */.l(`Cannot commit '${JSON.stringify(path).slice(1, -1)}': ${why}.`);
        if (seen.has(path))
            throw new src_errors/* ActionError */.l(`Cannot commit '${path}' twice in one pull request.`);
        seen.add(path);
    }
}
/** Why a path cannot be a tree entry, or '' when it can. */
function pathProblem(path) {
    // eslint-disable-next-line no-control-regex
    if (!path || path.length > 4096 || /[\u0000-\u001f\u007f\\]/.test(path)) {
        return 'a path must be non-empty, of printable characters, with / between its parts';
    }
    const parts = path.split('/');
    if (parts.some(p => p === '' || p === '.' || p === '..')) {
        return 'a path must be relative to the repository, without empty, . or .. parts';
    }
    if (parts.some(p => p.toLowerCase() === '.git'))
        return 'nothing under .git is committed';
    return '';
}
/** The title, one line per update, then the trailers that mark the commit as the action's. */
function commitMessage(plan) {
    const lines = plan.updates
        .slice(0, MESSAGE_LINES)
        .map(u => `- ${u.image}: ${u.from} → ${u.to} (${u.updateType})`);
    const more = plan.updates.length - lines.length;
    if (more > 0)
        lines.push(`- …and ${more} more`);
    return `${renderPullRequest(plan).title}\n\n${lines.join('\n')}\n\n${(0,trailer/* trailersOf */.iA)(plan)}\n`;
}

;// CONCATENATED MODULE: ./src/github/pulls/commit.ts
/**
 * The plan as one commit on the base branch's head: blobs for the files
 * whose content is new to the repository, a tree on the base's tree, the
 * commit (no author: GitHub signs what GITHUB_TOKEN commits), and the
 * branch pointed at it.
 */





/** Modes a file may have to be rewritten: a regular file, executable or not. */
const FILE_MODES = new Set(['100644', '100755']);
async function readRepository(client, repo) {
    const step = { doing: 'read the repository', needs: 'read' };
    const answer = await client.call(step, 'GET', repo.path, undefined, [200]);
    const branch = (0,json/* isRecord */.u4)(answer.data) ? answer.data['default_branch'] : undefined;
    if (typeof branch !== 'string' || !branch) {
        throw (0,errors/* protocolError */.JW)(step, client.facts, 'a repository without a default branch');
    }
    if (!isBranchName(branch)) {
        throw (0,errors/* protocolError */.JW)(step, client.facts, 'a default branch that is not a valid git branch name');
    }
    return { defaultBranch: branch };
}
async function writeCommit(client, repo, plan, target) {
    const parent = await (0,git/* readBranch */.pG)(client, repo, target.base);
    if (!parent) {
        throw new errors/* PullRequestError */.v6(`Could not open a pull request into ${target.base} in ${client.facts.repository}: there is no such branch. The base is the branch the workflow runs on (GITHUB_REF), or the default branch.`, { kind: 'not-found', status: 404 });
    }
    const baseTree = await (0,git/* readCommitTree */.w9)(client, repo, parent);
    const paths = plan.files.map(f => f.path);
    const before = await (0,git/* entriesAt */.ws)(client, repo, baseTree, paths);
    const changed = plan.files.filter(f => before.get(f.path)?.sha !== (0,git/* gitBlobSha */.Ak)(f.content));
    if (changed.length === 0) {
        throw new errors/* PullRequestError */.v6(`Could not commit to ${target.branch} in ${client.facts.repository}: ${target.base} already holds every change (${paths.join(', ')}), so there is nothing to propose.`, { kind: 'unexpected' });
    }
    const files = [];
    for (const file of changed) {
        const mode = modeFor(before.get(file.path), file.path, client);
        const sha = (0,git/* gitBlobSha */.Ak)(file.content);
        const uploaded = target.known.has(sha) ? sha : await (0,git/* createBlob */.gO)(client, repo, file);
        files.push({ path: file.path, mode, sha: uploaded });
    }
    const tree = await (0,git/* createTree */.bP)(client, repo, baseTree, files);
    const commit = await (0,git/* createCommit */.kt)(client, repo, { message: commitMessage(plan), tree, parent });
    await (0,git/* writeBranch */.SO)(client, repo, target.branch, commit, target.exists);
    return { commit, files: changed.length };
}
/** The base's mode for a regular file; a new file is a plain one; anything else is refused. */
function modeFor(entry, path, client) {
    if (!entry)
        return '100644';
    if (entry.type === 'blob' && FILE_MODES.has(entry.mode))
        return entry.mode;
    const what = entry.mode === '120000'
        ? 'a symbolic link'
        : entry.type === 'commit'
            ? 'a submodule'
            : 'a directory';
    throw new errors/* PullRequestError */.v6(`Could not commit ${path} in ${client.facts.repository}: on the base branch it is ${what}, not a file; refusing to replace it. Leave it out of 'update-files'.`, { kind: 'unexpected' });
}

;// CONCATENATED MODULE: ./src/github/pulls/pulls.ts
/**
 * The pull requests of one branch through the pulls API: found by their
 * head (open or closed, newest first), opened, and edited.
 */




/** GitHub's largest page; the newest 100 pull requests of one branch are plenty. */
const PER_PAGE = 100;
/** The branch's pull requests in this repository, newest first. */
async function listPulls(client, repo, branch) {
    const step = { doing: `find the pull requests of ${branch}`, needs: 'pull-requests' };
    const query = new URLSearchParams({
        head: `${repo.owner}:${branch}`,
        state: 'all',
        sort: 'created',
        direction: 'desc',
        per_page: String(PER_PAGE)
    });
    const answer = await client.call(step, 'GET', `${repo.path}/pulls?${query}`);
    if (!Array.isArray(answer.data))
        throw (0,errors/* protocolError */.JW)(step, client.facts, 'no list of pull requests');
    return answer.data
        .filter(p => (0,json/* isRecord */.u4)(p) && (0,json/* isRecord */.u4)(p['head']) && p['head']['ref'] === branch)
        .map(p => readPull(p, step, client));
}
async function openPull(client, repo, pull) {
    const step = {
        doing: `open a pull request from ${pull.head} into ${pull.base}`,
        needs: 'pull-requests'
    };
    const answer = await client.call(step, 'POST', `${repo.path}/pulls`, pull, [201]);
    return readPull(answer.data, step, client);
}
/** Only what differs is sent; nothing when nothing differs. False then. */
async function editPull(client, repo, pull, wanted) {
    const changes = {
        ...(pull.title !== wanted.title && { title: wanted.title }),
        ...(pull.body !== wanted.body && { body: wanted.body }),
        ...(pull.base !== wanted.base && { base: wanted.base })
    };
    if (Object.keys(changes).length === 0)
        return false;
    const step = { doing: `update pull request #${pull.number}`, needs: 'pull-requests' };
    await client.call(step, 'PATCH', `${repo.path}/pulls/${pull.number}`, changes, [200]);
    return true;
}
function readPull(data, step, client) {
    const p = (0,json/* isRecord */.u4)(data) ? data : {};
    const { number, html_url: url, state, title, body, merged_at: mergedAt } = p;
    const base = (0,json/* isRecord */.u4)(p['base']) ? p['base']['ref'] : undefined;
    const valid = Number.isSafeInteger(number) &&
        number > 0 &&
        typeof url === 'string' &&
        /^https?:\/\/[^\s]+$/.test(url) &&
        (state === 'open' || state === 'closed') &&
        typeof title === 'string' &&
        (typeof body === 'string' || body === null) &&
        typeof base === 'string' &&
        isBranchName(base);
    if (!valid)
        throw (0,errors/* protocolError */.JW)(step, client.facts, 'a pull request without its number, page, state, title or base');
    const text = body ?? '';
    const marker = (0,pulls_marker/* readMarker */.t7)(text);
    return {
        number: number,
        url,
        open: state === 'open',
        merged: typeof mergedAt === 'string' && mergedAt !== '',
        title,
        body: text,
        base,
        labels: labelNames(p['labels']),
        ...(marker && { marker })
    };
}
function labelNames(labels) {
    if (!Array.isArray(labels))
        return [];
    return labels.flatMap(l => ((0,json/* isRecord */.u4)(l) && typeof l['name'] === 'string' ? [l['name']] : []));
}

// EXTERNAL MODULE: ./src/github/pulls/people.ts
var people = __webpack_require__(5849);
;// CONCATENATED MODULE: ./src/github/pulls/publish.ts











/** Each request's timeout when the context names none. */
const DEFAULT_TIMEOUT_MS = 20_000;
/** GitHub's advice: a second between content-creating requests. */
const DEFAULT_WRITE_SPACING_MS = 1000;
async function publishPullRequest(plan, context, log) {
    checkPlan(plan);
    const { owner, name } = (0,pulls_context/* splitRepository */.T8)(context.repository);
    const repo = { owner, name, path: `/repos/${owner}/${name}` };
    const client = await clientFor(plan, context, log);
    const { defaultBranch } = await readRepository(client, repo);
    const base = (0,pulls_context/* baseBranch */.sH)(context.ref, defaultBranch);
    const branch = (0,pulls_branch/* branchName */.a)(plan.key);
    const wanted = (0,pulls_marker/* markerOf */.we)(plan);
    const pulls = await listPulls(client, repo, branch);
    const open = pulls.find(p => p.open && p.marker) ?? pulls.find(p => p.open);
    const declined = open
        ? undefined
        : pulls.find(p => !p.open && !p.merged && p.marker && (0,pulls_marker/* covers */.hU)(p.marker, wanted));
    if (declined) {
        log.info(`Pull request #${declined.number} for these updates was closed without merging; not opening it again (a newer tag will open a new one): ${declined.url}`);
        return { number: declined.number, url: declined.url, action: 'declined' };
    }
    const text = renderPullRequest(plan);
    const committed = await syncBranch(client, repo, plan, { branch, base, open, wanted }, log);
    if (committed === 'stopped')
        return stopped(client, repo, branch, open, log);
    if (!open) {
        const pull = await openPull(client, repo, { ...text, head: branch, base });
        log.info(`Opened pull request #${pull.number}: ${pull.url}`);
        await (0,people/* addLabels */.Nl)(client, repo, pull, context.labels ?? [], log);
        await (0,people/* requestReviewers */.i5)(client, repo, pull.number, context.reviewers ?? [], log);
        return { number: pull.number, url: pull.url, action: 'opened' };
    }
    const edited = await editPull(client, repo, open, { ...text, base });
    await (0,people/* addLabels */.Nl)(client, repo, open, context.labels ?? [], log);
    const action = committed || edited ? 'updated' : 'unchanged';
    log.info(`Pull request #${open.number} ${action === 'updated' ? 'updated' : 'is up to date'}: ${open.url}`);
    return { number: open.number, url: open.url, action };
}
function clientFor(plan, context, log) {
    return client/* PullRequestClient */.u.open({
        baseUrl: (0,pulls_context/* apiBaseUrl */.tj)(context),
        token: context.token,
        log,
        timeoutMs: context.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        writeSpacingMs: context.writeSpacingMs ?? DEFAULT_WRITE_SPACING_MS,
        facts: {
            repository: context.repository,
            touchesWorkflows: plan.files.some(f => f.path.startsWith('.github/workflows/'))
        },
        ...(context.deadline && { deadline: context.deadline })
    });
}
/**
 * Leaves the branch when its open pull request carries these updates and
 * its files already hold the plan's content; otherwise commits the plan
 * onto the base's head and points the branch there. True when it wrote;
 * `stopped` when the branch's head is a commit this action did not make.
 */
async function syncBranch(client, repo, plan, target, log) {
    const head = await (0,git/* readBranch */.pG)(client, repo, target.branch);
    const known = new Set();
    if (head) {
        const { tree, message } = await (0,trailer/* readHeadCommit */.g0)(client, repo, head);
        if (!(0,trailer/* madeByAction */.Rd)(message))
            return 'stopped';
        const entries = await (0,git/* entriesAt */.ws)(client, repo, tree, plan.files.map(f => f.path));
        const { open, wanted } = target;
        const holds = plan.files.every(f => entries.get(f.path)?.sha === (0,git/* gitBlobSha */.Ak)(f.content));
        if (holds && open?.marker && (0,pulls_marker/* sameChange */.H6)(open.marker, wanted)) {
            log.debug(`${target.branch} already holds these changes`);
            return false;
        }
        for (const entry of entries.values())
            if (entry?.type === 'blob')
                known.add(entry.sha);
    }
    const made = await writeCommit(client, repo, plan, {
        ...target,
        exists: head !== undefined,
        known
    });
    const files = made.files === 1 ? '1 file' : `${made.files} files`;
    log.info(`Committed ${files} to ${target.branch} (${made.commit.slice(0, 12)}) on ${target.base}`);
    return true;
}
const STOPPED_COMMENT = 'registry-tags stopped updating this pull request: its branch holds a commit that registry-tags did not make, and a person’s work is never overwritten. Merge or close it as you see fit; when it is closed and the branch is gone, a later run opens a new one.';
/** A person pushed to the branch: it stays as it is; the pull request is told so once. */
async function stopped(client, repo, branch, open, log) {
    log.warning(`${branch} holds a commit registry-tags did not make (a person pushed to it): leaving the branch${open ? ` and pull request #${open.number}` : ''} as they are.`);
    if (!open)
        return { number: 0, url: '', action: 'stopped' };
    await (0,people/* commentOnce */.ZD)(client, repo, open.number, 'stopped', STOPPED_COMMENT);
    return { number: open.number, url: open.url, action: 'stopped' };
}

;// CONCATENATED MODULE: ./src/github/pulls/index.ts







/***/ })

};
