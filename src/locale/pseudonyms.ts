/**
 * The names a language's pseudonyms are drawn from: data only, no logic. Companies and towns are
 * built from two lists (`stems[i] + endings[j]`), which gives many names from short lists.
 */
export interface NameList {
  /** Given names that read as female. */
  female: readonly string[]
  /** Given names that read as male. */
  male: readonly string[]
  /** Family names. */
  surnames: readonly string[]
  /** First part of a company name. */
  companyStems: readonly string[]
  /** Legal form or trade word after the stem (with its leading space). */
  companyEndings: readonly string[]
  /** First part of a town name. */
  townStems: readonly string[]
  /** Second part of a town name. */
  townEndings: readonly string[]
  /** Product names (any language). */
  products: readonly string[]
  /**
   * Whether an institution's name is the noun of the placeholder's own name, then a town
   * (`Schule Birkenfeld`), or the town first (`Ashford Hospital`): the noun stays, so that the
   * article the story has still fits.
   */
  institutionNounFirst: boolean
}
