import type { Position } from '../lint/finding.js'
import { quote } from '../common/quote.js'
import type { Rule } from './rule.js'
import { stringField } from './template-fields.js'

interface Place {
  file: string
  at: Position
  reported: boolean
}

export const duplicateNameRule: Rule = {
  id: 'duplicate-name',
  defaultSeverity: 'error',
  description: 'No two templates share a name.',
  docs: 'The name is how people tell templates (and the tokens made from them) apart in the README table and in their token list. Names are compared ignoring case and surrounding spaces; every place a repeated name stands is reported.',
  create(report) {
    // Only the first place of each name is kept: runs stream templates.
    const firstPlace = new Map<string, Place>()
    return {
      template(template) {
        const name = stringField(template, 'name')
        if (name === undefined || name.trim() === '') return
        const key = name.trim().toLowerCase()
        const place: Place = {
          file: template.file,
          at: template.locate(['name']),
          reported: false,
        }
        const first = firstPlace.get(key)
        if (!first) {
          firstPlace.set(key, place)
          return
        }
        const here = place.at
        const there = first.at
        const message = (file: string, at: Position) =>
          `the name ${quote(name)} is also used at ${file}:${at.line}: give each template its own name`
        if (!first.reported) {
          report(first.file, there, message(place.file, here))
          first.reported = true
        }
        report(place.file, here, message(first.file, there))
      },
    }
  },
}
