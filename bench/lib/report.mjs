// Figures and how they are printed: statistics, units, tables, the machine.

import os from 'node:os'

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2
    ? sorted[middle]
    : (sorted[middle - 1] + sorted[middle]) / 2
}

export const ms = (value) => `${Math.round(value).toLocaleString('en')} ms`
export const seconds = (value) => `${(value / 1000).toFixed(2)} s`
export const ratio = (value) => `${value.toFixed(2)}x`
export const mb = (kb) => `${(kb / 1024).toFixed(0)} MB`
export const count = (n) => n.toLocaleString('en')

/** A progress note on stderr, so that stdout is the report alone. */
export const progress = (text) => process.stderr.write(`  ... ${text}\n`)

// A figure: a number with an optional unit ("1,234 ms", "1.50x", "> 60.00 s").
const isFigure = (cell) => /^([<>~] ?)?[\d.,-]+( ?[a-zA-Zµ/%]+)?$/.test(cell)

/**
 * Rows of cells (the first row the header) as aligned columns: a column of
 * figures aligns right, any other left.
 */
export function table(rows, indent = '    ') {
  const text = rows.map((row) => row.map(String))
  const columns = text[0].map((_, c) => ({
    width: Math.max(...text.map((row) => row[c].length)),
    right: c > 0 && text.slice(1).every((row) => isFigure(row[c])),
  }))
  return text
    .map(
      (row) =>
        indent +
        row
          .map((cell, c) =>
            columns[c].right
              ? cell.padStart(columns[c].width)
              : cell.padEnd(columns[c].width),
          )
          .join('  ')
          .trimEnd(),
    )
    .join('\n')
}

/** CPU model, cores, memory, load and Node version. */
export function machine() {
  const cpus = os.cpus()
  const load = os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(' ')
  return [
    `machine: ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores` +
      ` (${os.availableParallelism?.() ?? cpus.length} available),` +
      ` ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, load ${load}`,
    `node: ${process.version} (${process.platform} ${process.arch})`,
  ].join('\n')
}
