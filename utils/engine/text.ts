/** Folds text for matching: lowercase, no accents (è→e, ü→u, ß→ss), single spaces, dashes/underscores/apostrophes as spaces. */
export function fold(text: string): string {
  // Most page text is plain ASCII: skip Unicode normalisation for it (the locator folds every link).
  const plain = /^[\x00-\x7f]*$/.test(text);
  return (plain ? text : text.normalize('NFD').replace(/[\u0300-\u036f]/g, ''))
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[\s_\-–—/|·•'’]+/g, ' ')
    .trim();
}

const latin = /[a-z0-9]/;

/** Whether folded `text` contains folded `phrase` as whole words (CJK phrases: as a substring). */
export function containsPhrase(text: string, phrase: string): boolean {
  if (!phrase) return false;
  let at = text.indexOf(phrase);
  while (at !== -1) {
    const before = text[at - 1];
    const after = text[at + phrase.length];
    const wordLike = latin.test(phrase[0]) || latin.test(phrase[phrase.length - 1]);
    if (!wordLike || ((!before || !latin.test(before)) && (!after || !latin.test(after)))) return true;
    at = text.indexOf(phrase, at + 1);
  }
  return false;
}
