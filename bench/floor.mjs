// The bare floor: read and YAML-parse every template file under DIR, nothing
// else (no schema, no rules, no positions in messages). Prints the number of
// templates (non-empty YAML documents) it parsed.
//
// usage: node bench/floor.mjs [DIR]   (default: .github/token-templates)

import fs from 'node:fs'
import path from 'node:path'
import { LineCounter, parseAllDocuments } from 'yaml'

const dir = process.argv[2] ?? path.join('.github', 'token-templates')
let templates = 0
for (const entry of fs.readdirSync(dir, { recursive: true })) {
  if (!/\.ya?ml$/.test(entry)) continue
  const text = fs.readFileSync(path.join(dir, entry), 'utf8')
  const lineCounter = new LineCounter()
  for (const document of parseAllDocuments(text, { lineCounter })) {
    if (document.toJS() != null) templates++
  }
}
console.log(templates)
