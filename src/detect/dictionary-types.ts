import type {Category} from '../types.js'

/** How strongly a term indicates spam: 1 weak (also common in honest text), 2 clear, 3 unambiguous. */
export type Severity = 1 | 2 | 3

/** One dictionary term. */
export interface DictionaryTerm {
  term: string
  severity: Severity
}

/** A dictionary as stored in `dictionaries/<lang>/<category>.json` or passed by a user. */
export interface DictionaryInput {
  /** Language (BCP 47), e.g. `'zh-Hans'`, `'en'`. */
  lang: string
  /** Category name, e.g. `'porn'`. */
  category: Category
  /** Where the terms come from. */
  source?: string
  /** Licence of the terms. */
  licence?: string
  /** The terms: plain strings (severity 2) or `{term, severity}`. */
  terms: Array<string | DictionaryTerm>
  /** Name used in error messages (a file path for files). */
  name?: string
}
