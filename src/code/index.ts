// What the CLI and the Action load on demand, through one import(): one
// chunk, so the modules these share are not bundled twice.
export { findCodeCalls } from './find-calls.js'
export { templateForCalls } from './code-template.js'
export { runUsedByCheck } from './used-by-run.js'
