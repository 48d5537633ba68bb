// ts-jest in ESM mode: the @actions/* packages are ESM-only.
export default {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  resolver: 'ts-jest-resolver',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: false }]
  },
  globalSetup: '<rootDir>/__tests__/lab/global-setup.mjs',
  globalTeardown: '<rootDir>/__tests__/lab/global-teardown.mjs',
  testTimeout: 60000,
  verbose: false
}
