import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import jest from 'eslint-plugin-jest'
import prettier from 'eslint-config-prettier'
import globals from 'globals'
import { layers } from './eslint.layers.mjs'

export default tseslint.config(
  // Build output and leftovers of earlier runs (.tmp/dist-check, .tmp/node24) are not source.
  { ignores: ['dist/', 'node_modules/', 'coverage/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }
      ]
    }
  },
  {
    files: ['__tests__/**'],
    ...jest.configs['flat/recommended'],
    rules: {
      ...jest.configs['flat/recommended'].rules,
      'jest/no-conditional-expect': 'off',
      // Test helpers that assert are named expect…: expectListed, expectNoSecrets, …
      'jest/expect-expect': ['warn', { assertFunctionNames: ['expect*'] }]
    }
  },
  // Only the action entry touches @actions/core; imports point down the layers.
  ...layers,
  prettier
)
