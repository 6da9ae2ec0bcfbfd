import type {DictionaryInput} from './dictionary-types.js'
export const BUILTIN_DICTIONARIES: readonly DictionaryInput[] = []
