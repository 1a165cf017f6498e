import type { Position } from '../lint/finding.js'
import { quote } from '../lint/quote.js'
import type { Rule } from './rule.js'
import { stringField } from './template-fields.js'

interface Place {
  file: string
  at: Position
  reported: boolean
}

const where = (place: Place) => `${place.file}:${place.at.line}`

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
        const place = {
          file: template.file,
          at: template.locate(['name']),
          reported: false,
        }
        const first = firstPlace.get(key)
        if (!first) {
          firstPlace.set(key, place)
          return
        }
        const message = (other: Place) =>
          `the name ${quote(name)} is also used at ${where(other)}: give each template its own name`
        if (!first.reported) {
          report(first.file, first.at, message(place))
          first.reported = true
        }
        report(place.file, place.at, message(first))
      },
    }
  },
}
