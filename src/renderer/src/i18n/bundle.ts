/** One feature's texts in every language; Dutch must have exactly the English keys. */
export interface TextBundle<Keys extends string> {
  en: Record<Keys, string>;
  nl: Record<Keys, string>;
}

/** Declares a feature's texts; the type makes a missing Dutch (or English) text a compile error. */
export function defineTexts<Keys extends string>(
  en: Record<Keys, string>,
  nl: Record<Keys, string>,
): TextBundle<Keys> {
  return { en, nl };
}
