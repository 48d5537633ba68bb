// ts-jest in ESM mode: the @actions/* packages are ESM-only.
// Two projects, chosen by file name: `lab` (files under __tests__/e2e/ and
// *.lab.test.ts) needs the real registries its global setup starts; `unit`
// (everything else) needs nothing and runs in seconds: `jest --selectProjects unit`.
// A project's global setup runs only when one of its tests is selected.
import { availableParallelism } from 'node:os'

const LAB_TESTS = ['<rootDir>/__tests__/e2e/', '\\.lab\\.test\\.ts$']
// `browser` (*.browser.test.ts) shows what a person sees in headless Chromium.
const BROWSER_TESTS = ['\\.browser\\.test\\.ts$']

// Jest's default is one worker less than the cores: on CI's two cores, one.
// Most tests wait on child processes and loopback servers rather than the
// CPU, so two workers there halve the lab's time (213 s → 118 s measured).
const WORKERS = Math.max(2, availableParallelism() - 1)

const shared = {
  // Jest's transform cache in the checkout, not /tmp: a test run leaves nothing behind there.
  cacheDirectory: '<rootDir>/.tmp/jest-cache',
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  resolver: 'ts-jest-resolver',
  roots: ['<rootDir>/__tests__'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: false }]
  },
  // Run before every test file: after-file.mjs removes the directories the file made
  // (__tests__/lab/temp-dirs.mjs); patterns.mjs loads the pattern engine (re2js).
  setupFilesAfterEnv: [
    '<rootDir>/__tests__/lab/after-file.mjs',
    '<rootDir>/__tests__/setup/patterns.mjs'
  ]
}

export default {
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', ...LAB_TESTS, ...BROWSER_TESTS]
    },
    {
      ...shared,
      displayName: 'lab',
      testMatch: ['<rootDir>/__tests__/e2e/**/*.test.ts', '**/*.lab.test.ts'],
      globalSetup: '<rootDir>/__tests__/lab/global-setup.mjs',
      globalTeardown: '<rootDir>/__tests__/lab/global-teardown.mjs'
    },
    {
      ...shared,
      displayName: 'browser',
      testMatch: ['**/*.browser.test.ts'],
      globalSetup: '<rootDir>/__tests__/browser/global-setup.mjs'
    }
  ],
  maxWorkers: WORKERS,
  testTimeout: 60000,
  verbose: false
}
