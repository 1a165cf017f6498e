// `npm run endpoints`: writes src/endpoints/endpoint-data.ts from GitHub's
// docs data in data/github-docs/ (see SOURCE.md there for its provenance).
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  PAT_FILE,
  PERMISSIONS_FILE,
  renderEndpointModule,
} from '../src/endpoints/render-endpoint-data.js'

const DATA = 'data/github-docs'
const OUT = 'src/endpoints/endpoint-data.ts'

const readJson = (file: string): unknown =>
  JSON.parse(readFileSync(join(DATA, file), 'utf8'))

const source = renderEndpointModule(
  readJson(PERMISSIONS_FILE),
  readJson(PAT_FILE),
  readFileSync(join(DATA, 'SOURCE.md'), 'utf8'),
)
writeFileSync(OUT, source)
console.log(`wrote ${OUT} (${Buffer.byteLength(source)} bytes)`)
