/** The hidden marker: what it carries, what counts as declined, what as the same change. */
import { describe, expect, it } from '@jest/globals'
import {
  covers,
  formatMarker,
  markerOf,
  readMarker,
  sameChange,
  updateKey
} from '../../../src/github/pulls/marker.js'
import { appPlan, groupPlan, pythonPlan, update } from './helpers.js'

describe('marker', () => {
  it('keys a tag update by image and tag, a digest update by its digest too', () => {
    expect(updateKey(update('python', '3.12', '3.14', 'f'))).toBe('python:3.14')
    const digest = {
      ...update('python', '3.14', '3.14', 'f'),
      updateType: 'digest',
      digest: 'sha256:' + 'c'.repeat(64)
    }
    expect(updateKey(digest)).toBe(`python:3.14@sha256:${'c'.repeat(64)}`)
  })

  it('reads back what it wrote, and nothing from other text', () => {
    const marker = markerOf(groupPlan())
    expect(readMarker(`text\n${formatMarker(marker)}\nmore`)).toEqual(marker)
    expect(marker.updates).toEqual(['ghcr.io/octo/app:1.2.0', 'python:3.14.7'])
    for (const junk of [
      null,
      '',
      'no marker',
      '<!-- registry-tags: {bad} -->',
      '<!-- registry-tags: {"key":1} -->',
      '<!-- registry-tags: {"key":"k","files":"f"} -->'
    ]) {
      expect(readMarker(junk)).toBeUndefined()
    }
  })

  it('counts a plan declined when a closed pull request carried every one of its updates', () => {
    const closed = markerOf(groupPlan('3.14.7', '1.2.0'))
    expect(covers(closed, markerOf(pythonPlan('3.14.7')))).toBe(true)
    expect(covers(closed, markerOf(groupPlan('3.14.7', '1.2.0')))).toBe(true)
    expect(covers(closed, markerOf(groupPlan('3.14.7', '1.3.0')))).toBe(false)
    expect(covers(markerOf(pythonPlan('3.14.7')), markerOf(pythonPlan('3.15.0')))).toBe(false)
  })

  it('hashes the updates when there are too many to list, and still compares them', () => {
    const many = (n: number, to: string) => ({
      key: 'all',
      updates: Array.from({ length: n }, (_, i) =>
        update(`registry.example.com/team/image-${i}`, '1.0', to, 'f')
      ),
      files: [{ path: 'f', content: '' }]
    })
    const big = markerOf(many(300, '2.0'))
    expect(big.updates).toBeUndefined()
    expect(big.digest).toMatch(/^[0-9a-f]{16}$/)
    expect(formatMarker(big).length).toBeLessThan(200)
    expect(covers(big, markerOf(many(300, '2.0')))).toBe(true)
    expect(covers(big, markerOf(many(300, '2.1')))).toBe(false)
  })

  it('is the same change only with the same updates and the same files', () => {
    const plan = pythonPlan()
    expect(sameChange(markerOf(plan), markerOf(pythonPlan()))).toBe(true)
    expect(sameChange(markerOf(plan), markerOf(pythonPlan('3.15.0')))).toBe(false)
    expect(sameChange(markerOf(plan), markerOf({ ...plan, files: appPlan().files }))).toBe(false)
  })
})
