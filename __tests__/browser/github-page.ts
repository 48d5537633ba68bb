/**
 * A page that shows Markdown the way GitHub shows a job summary or a pull
 * request body: GitHub-flavoured Markdown (marked), GitHub's HTML allowlist
 * (what its sanitizer drops is dropped here too, so a layout that leans on
 * `style` or `class` fails), GitHub's Markdown CSS, an 880 px content panel
 * in a 1280 px window. Headless Debian Chromium through puppeteer-core; no
 * request leaves the page (every one is refused and counted).
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { marked } from 'marked'
import type { Browser, Page } from 'puppeteer-core'
import puppeteer from 'puppeteer-core'
import { sanitizeInPage } from './in-page.mjs'

export const PANEL_PX = 880
const WINDOW = { width: 1280, height: 900 }
const ROOT = fileURLToPath(new URL('../..', import.meta.url))
export const SHOTS = join(ROOT, '.tmp', 'browser')

const require = createRequire(import.meta.url)
const CSS = readFileSync(require.resolve('github-markdown-css/github-markdown-light.css'), 'utf8')

/** html-pipeline's allowlist, which GitHub's Markdown sanitizer follows. */
const ELEMENTS =
  `h1 h2 h3 h4 h5 h6 h7 h8 br b i strong em a pre code img tt div ins del sup sub p ol ul
  table thead tbody tfoot blockquote dl dt dd kbd q samp var hr ruby rt rp li tr td th s strike summary
  details caption figure figcaption abbr bdo cite dfn mark small span time wbr`.split(/\s+/)
const ATTRIBUTES =
  `abbr accept accept-charset accesskey action align alt aria-describedby aria-hidden
  aria-label aria-labelledby axis border cellpadding cellspacing char charoff charset checked clear
  cols colspan color compact coords datetime dir disabled enctype for frame headers height hreflang
  hspace ismap label lang maxlength media method multiple name nohref noshade nowrap open progress
  prompt readonly rel rev role rows rowspan rules scope selected shape size span start summary
  tabindex target title type usemap valign value vspace width itemprop`.split(/\s+/)
const PER_ELEMENT: Record<string, string[]> = { a: ['href'], img: ['src', 'longdesc'] }

/** Chromium from Debian's package (scripts/system-deps.sh installs it). */
export function chromiumPath(): string {
  const found = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find(p => existsSync(p))
  if (!found) throw new Error('Debian chromium is not installed: run scripts/system-deps.sh')
  return found
}

export interface GithubBrowser {
  readonly browser: Browser
  /** URLs the pages asked for (all refused): must stay empty. */
  readonly refused: string[]
  close(): Promise<void>
}

export async function openBrowser(): Promise<GithubBrowser> {
  const profile = join(ROOT, '.tmp', `chromium-profile-${process.pid}`)
  mkdirSync(profile, { recursive: true })
  mkdirSync(SHOTS, { recursive: true })
  const browser = await puppeteer.launch({
    executablePath: chromiumPath(),
    headless: true,
    userDataDir: profile,
    // Whatever Chromium writes besides its profile goes there too, and is removed with it.
    env: { ...process.env, TMPDIR: profile },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // No name resolves: even a request that slipped past the page's refusal goes nowhere.
      '--host-resolver-rules=MAP * ~NOTFOUND'
    ]
  })
  return {
    browser,
    refused: [],
    async close() {
      await browser.close()
      rmSync(profile, { recursive: true, force: true })
    }
  }
}

/** A page showing `markdown` as GitHub would, sanitized and styled. */
export async function showMarkdown(gh: GithubBrowser, markdown: string): Promise<Page> {
  const page = await gh.browser.newPage()
  await page.setViewport(WINDOW)
  await page.setRequestInterception(true)
  page.on('request', request => {
    const url = request.url()
    if (url === 'about:blank' || url.startsWith('data:')) return void request.continue()
    gh.refused.push(url)
    void request.abort()
  })
  const body = await marked.parse(markdown, { gfm: true, async: true })
  await page.setContent(
    `<!doctype html><html><head><meta charset="utf-8"><style>${CSS}
      body { margin: 0; background: #fff; }
      article.markdown-body { box-sizing: content-box; width: ${PANEL_PX}px; padding: 16px 24px; }
    </style></head><body><article class="markdown-body"><template>${body}</template></article></body></html>`,
    { waitUntil: 'load' }
  )
  // The template keeps the HTML inert until it is sanitized, as GitHub does before showing it.
  await page.evaluate(sanitizeInPage, ELEMENTS, ATTRIBUTES, PER_ELEMENT)
  return page
}
