// Set up for every test file by jest.config.js (setupFilesAfterEnv): removes
// the directories the file made with tempDir, whether its tests passed or not.
import { afterAll } from '@jest/globals'
import { removeTempDirs } from './temp-dirs.mjs'

afterAll(removeTempDirs)
