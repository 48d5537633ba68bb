// Loaded with `node --import`: reports the process's peak resident memory on
// stderr as it exits, so the bench can read what a run really needed.
import { writeSync } from 'node:fs'

process.on('exit', () => {
  writeSync(2, `\nregistry-tags-peak-rss-kib=${process.resourceUsage().maxRSS}\n`)
})
