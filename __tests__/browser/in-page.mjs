/* global document, getComputedStyle */
// Functions that run inside the page (page.evaluate): plain JavaScript, as
// the project's TypeScript has no DOM types.

/**
 * The article's <template> content with what GitHub's sanitizer drops
 * dropped (elements off the allowlist unwrapped, script and style removed,
 * attributes off the allowlist removed), then moved into view.
 */
export function sanitizeInPage(elements, attributes, perElement) {
  const template = document.querySelector('article template')
  const walk = node => {
    for (const child of [...node.children]) {
      const name = child.localName
      if (name === 'script' || name === 'style') {
        child.remove()
        continue
      }
      walk(child)
      if (!elements.includes(name)) {
        child.replaceWith(...child.childNodes)
        continue
      }
      for (const attr of [...child.attributes]) {
        const allowed = attributes.includes(attr.name) || perElement[name]?.includes(attr.name)
        if (!allowed) child.removeAttribute(attr.name)
      }
    }
  }
  const holder = document.createElement('div')
  holder.append(template.content)
  walk(holder)
  template.replaceWith(...holder.childNodes)
}

/**
 * What a person would notice at a glance: tables or preformatted blocks
 * wider than the panel (or scrolling inside it), code that is not meant to
 * wrap (no <wbr> in it: tags, digests) broken across lines, table rows
 * taller than `maxLines` lines, and whether each `wanted` text is on screen.
 */
export function measureInPage(panelPx, maxLines, wanted) {
  const panel = document.querySelector('article')
  const style = getComputedStyle(panel)
  const left = panel.getBoundingClientRect().left + parseFloat(style.paddingLeft)
  const right = left + panelPx
  const text = el => el.textContent.replace(/\s+/g, ' ').trim().slice(0, 120)
  const wide = [...panel.querySelectorAll('table, pre')]
    .filter(el => el.getClientRects().length > 0)
    .filter(
      el => el.getBoundingClientRect().right > right + 0.5 || el.scrollWidth > el.clientWidth + 1
    )
    .map(el => ({
      element: el.localName,
      width: el.scrollWidth,
      columns: [...el.querySelectorAll('th')].map(th =>
        Math.round(th.getBoundingClientRect().width)
      ),
      text: text(el)
    }))
  const split = [...panel.querySelectorAll('code, samp')]
    .filter(el => !el.querySelector('wbr') && el.getClientRects().length > 1)
    .map(el => text(el))
  const tall = []
  let rows = 0
  for (const tr of panel.querySelectorAll('tbody tr')) {
    const cell = tr.querySelector('td')
    if (!cell || !tr.getClientRects().length) continue
    rows++
    const cs = getComputedStyle(cell)
    const inner =
      cell.getBoundingClientRect().height - parseFloat(cs.paddingTop) - parseFloat(cs.paddingBottom)
    const lines =
      tr.getBoundingClientRect().height - parseFloat(cs.paddingTop) - parseFloat(cs.paddingBottom)
    const count = Math.max(inner, lines - 2) / parseFloat(cs.lineHeight)
    if (count > maxLines + 0.25) tall.push({ lines: Number(count.toFixed(2)), text: text(tr) })
  }
  const seen = wanted.map(words => {
    const holders = [...panel.querySelectorAll('summary, li, tr, td, p, h2, h3')].filter(el =>
      words.every(w => el.textContent.includes(w))
    )
    const shown = holders.some(el => {
      const r = el.getBoundingClientRect()
      return el.checkVisibility() && r.width > 0 && r.left >= left - 1 && r.right <= right + 1
    })
    return { words, shown }
  })
  const tables = [...panel.querySelectorAll('table')].map(t =>
    Math.round(t.getBoundingClientRect().width)
  )
  return {
    wide,
    split,
    tall,
    rows,
    seen,
    tables,
    height: Math.round(panel.getBoundingClientRect().height)
  }
}
