export const id = 294;
export const ids = [294];
export const modules = {

/***/ 9294:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b3: () => (/* binding */ releasesBetween),
/* harmony export */   compareLink: () => (/* binding */ compareLink)
/* harmony export */ });
/* unused harmony exports readTagNumbers, compareAt */
/** Up to four numbers after an optional prefix ending in `-`, `_`, `/`, `@` or `v`. */
const VERSION_RE = /^(?:(.*?)[-_/@])??v?(\d{1,9}(?:\.\d{1,9}){0,3})(?![\d.]*\d)(.*)$/i;
function readTagNumbers(tag) {
    const match = VERSION_RE.exec(tag);
    if (!match?.[2])
        return undefined;
    const numbers = match[2].split('.').map(Number);
    return { prefix: match[1] ?? '', numbers, rest: match[3] ?? '' };
}
/** -1, 0, 1 comparing the first `length` numbers (missing ones are 0). */
function compareAt(a, b, length) {
    for (let i = 0; i < length; i++) {
        const d = (a[i] ?? 0) - (b[i] ?? 0);
        if (d)
            return Math.sign(d);
    }
    return 0;
}
const isPrereleaseRest = (rest) => /^[-.]?(alpha|beta|rc|pre|preview|dev)/i.test(rest);
/**
 * Releases after `from` and up to `to`, newest first, one per version (an
 * unprefixed tag, else one whose prefix names the image, else the first);
 * prereleases only when `to` is one. `reachedFrom`: `from`'s own release
 * (or an older one) was among them, so older pages are not needed.
 */
function releasesBetween(releases, range) {
    const from = readTagNumbers(range.from);
    const to = readTagNumbers(range.to);
    if (!from || !to)
        return { releases: [], reachedFrom: true };
    const toIsPrerelease = isPrereleaseRest(to.rest);
    const name = range.image.split('/').pop()?.toLowerCase() ?? '';
    const best = new Map();
    let reachedFrom = false;
    for (const release of releases) {
        const read = readTagNumbers(release.tag);
        if (!read)
            continue;
        if (compareAt(read.numbers, from.numbers, from.numbers.length) <= 0) {
            reachedFrom = true;
            continue;
        }
        if (compareAt(read.numbers, to.numbers, to.numbers.length) > 0)
            continue;
        if ((release.prerelease || isPrereleaseRest(read.rest)) && !toIsPrerelease)
            continue;
        const rank = !read.prefix ? 0 : read.prefix.toLowerCase().includes(name) ? 1 : 2;
        const key = `${read.numbers.join('.')}${read.rest}`;
        const known = best.get(key);
        if (!known || rank < known.rank)
            best.set(key, { release, rank, numbers: read.numbers });
    }
    const sorted = [...best.values()].sort((a, b) => compareAt(b.numbers, a.numbers, 4));
    return { releases: sorted.map(b => b.release), reachedFrom };
}
/**
 * The compare page from `from`'s release tag to `to`'s: the tag of `from`
 * written the way the newest release's tag is (`v1.2.3` → `v1.0.0`).
 */
function compareLink(repositoryUrl, newest, from) {
    const read = newest && readTagNumbers(newest.tag);
    const old = readTagNumbers(from);
    if (!newest || !read || !old)
        return undefined;
    const head = newest.tag.slice(0, newest.tag.length - read.rest.length);
    const numbers = read.numbers.join('.');
    const padded = read.numbers.map((_, i) => old.numbers[i] ?? 0);
    const base = `${head.slice(0, head.length - numbers.length)}${padded.join('.')}`;
    const enc = (tag) => tag.split('/').map(encodeURIComponent).join('/');
    return `${repositoryUrl}/compare/${enc(base)}...${enc(newest.tag)}`;
}


/***/ })

};
