/** The few SGR styles the text format uses, each with its own reset. */
const STYLES = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  cyan: [36, 39],
} as const

export type Style = keyof typeof STYLES

/** A painter that styles text, or leaves it alone when colour is off. */
export type Paint = (style: Style, text: string) => string

export function painter(color: boolean): Paint {
  if (!color) return (_style, text) => text
  return (style, text) => {
    const [open, close] = STYLES[style]
    return text === '' ? '' : `\u001b[${open}m${text}\u001b[${close}m`
  }
}
