/**
 * Just enough glob for the CLI, since Node 20 has no `fs.glob`: `*` (any characters but `/`),
 * `**` (any number of directories), `?` (one character but `/`), `[abc]` / `[!abc]` classes and
 * `{a,b}` alternatives. Patterns use `/` as separator on every platform.
 */

/** Whether `arg` contains glob syntax (and is therefore matched, not opened). */
export function isGlob(arg: string): boolean {
  return /[*?[{]/.test(arg)
}

/**
 * Split a pattern into the directory to walk (its leading segments without glob syntax, `.` when
 * none) and the rest, which is matched against paths relative to that directory.
 */
export function splitGlob(pattern: string): {base: string; rest: string} {
  const segments = pattern.replace(/\\/g, '/').split('/')
  const fixed: string[] = []
  while (segments.length > 1 && !isGlob(segments[0]!)) fixed.push(segments.shift()!)
  const base = fixed.length === 0 ? '.' : fixed.join('/') || '/'
  return {base, rest: segments.join('/')}
}

/** Compile a glob (relative, `/`-separated) into a regular expression over whole relative paths. */
export function globToRegExp(glob: string): RegExp {
  let source = ''
  let braces = 0
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i]!
    if (char === '*') {
      if (glob[i + 1] === '*') {
        // `**/` matches zero or more whole directories; a trailing or inner `**` matches anything.
        const slash = glob[i + 2] === '/'
        source += slash ? '(?:[^/]*/)*' : '.*'
        i += slash ? 2 : 1
      } else {
        source += '[^/]*'
      }
    } else if (char === '?') {
      source += '[^/]'
    } else if (char === '[') {
      const close = glob.indexOf(']', i + 2)
      if (close === -1) {
        source += '\\['
      } else {
        let body = glob.slice(i + 1, close)
        if (body.startsWith('!')) body = '^' + body.slice(1)
        source += `[${body.replace(/\\/g, '\\\\')}]`
        i = close
      }
    } else if (char === '{') {
      braces++
      source += '(?:'
    } else if (char === '}' && braces > 0) {
      braces--
      source += ')'
    } else if (char === ',' && braces > 0) {
      source += '|'
    } else {
      source += char.replace(/[.+^$()|\\]/g, '\\$&')
    }
  }
  return new RegExp(`^${source}$`, 'u')
}
