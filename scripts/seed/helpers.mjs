// Helpers for the dictionary seed lists. Each returns an array of [term, severity].

/** Terms separated by `|` or new lines, all of one severity. */
export function w(severity, text) {
  return text.split(/[|\n]/).map((t) => t.trim()).filter(Boolean).map((t) => [t, severity])
}

/** Every `a + sep + b`: spam phrases are built this way (brand × "官网", drug × "online"). */
export function x(severity, left, right, sep = ' ') {
  const out = []
  for (const a of split(left)) for (const b of split(right)) out.push([`${a}${sep}${b}`, severity])
  return out
}

function split(list) {
  return Array.isArray(list) ? list : list.split(/[|\n]/).map((t) => t.trim()).filter(Boolean)
}

export const OWN = {source: 'article-guard authors, written from keyword stuffing seen on hacked and spammed sites', licence: 'CC0-1.0'}
export const LDNOOBW = {
  source: 'article-guard authors, written from keyword stuffing seen on hacked and spammed sites; sexual terms marked in README selected from LDNOOBW ("List of Dirty, Naughty, Obscene, and Otherwise Bad Words", npm package naughty-words 1.2.0), profanity and slurs left out',
  licence: 'CC-BY-4.0 (terms from LDNOOBW, attribution: Shutterstock LDNOOBW contributors); CC0-1.0 (the rest)'
}
