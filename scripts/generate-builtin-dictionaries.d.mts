/** Path of the generated module (src/detect/builtin-dictionaries.ts). */
export const BUILTIN_DICTIONARIES_PATH: string
/** The generated module's text, given the library's `normalizeTerm`, `packFixed` and `isFuzzyCandidate`. */
export function renderBuiltinDictionaries(library: {
  normalizeTerm: (term: string) => string
  packFixed: (numbers: readonly number[]) => string
  isFuzzyCandidate: (key: string, severity: number) => boolean
}): string
