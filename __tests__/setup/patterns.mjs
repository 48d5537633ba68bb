// Patterns need re2js loaded first (the front ends load it only when an
// input holds one); every test file may build a policy with a pattern.
import { loadPatternEngine } from '../../src/versions/pattern.ts'

await loadPatternEngine()
