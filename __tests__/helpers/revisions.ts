/** The counters of `versions`, learnt from all of them, as the first pass learns them. */
import type { Version } from '../../src/versions/parse.js'
import type { RevisionReading } from '../../src/versions/revisions.js'
import { RevisionLearner } from '../../src/versions/revisions.js'

export function learnRevisions(versions: Iterable<Version>): RevisionReading {
  const learner = new RevisionLearner()
  for (const v of versions) learner.observe(v)
  return learner.reading()
}
