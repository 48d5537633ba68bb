// The action's entry: the runner runs dist/index.js, which is this module bundled.
import { run } from './main.js'

await run()
