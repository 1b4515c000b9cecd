/**
 * The popup's views behind the lookup, in one chunk that App loads when the lookup is first shown:
 * the lookup itself (every country's names in every UI language, typo matching), a country's
 * carriers, and the finder offered off carrier sites. On a carrier's site the popup opens on the
 * guide and never needs them.
 */
export { Lookup } from './Lookup';
export { CountryView } from './CountryView';
export { FindOnPage } from './FindOnPage';
