// Generated carrier-like pages for `npm run bench`.

/** The ids of the two targets on every generated page (the floor extension marks these). */
export const TARGET_IDS = { account: 'sim-exit-bench-account', end: 'sim-exit-bench-end' };

/**
 * Nested sections of links, buttons and text, with one account link and one cancel button near the
 * end. `clickableEvery` sets how dense the links are: every 3rd element clickable is a worst case,
 * every 20th is closer to real pages. `head` goes into the page's <head>.
 */
export function pageOf(elements, clickableEvery, head = '') {
  const words = ['Offerte', 'Assistenza', 'Ricarica', 'Smartphone', 'Fibra', 'Negozi', 'Privacy', 'Contatti', 'Annulla', 'Chiudi', 'Scopri di più'];
  const parts = [];
  for (let i = 0; i < elements; i++) {
    const w = words[i % words.length];
    if (i % 10 === 0) parts.push('<section><div>');
    const k = i % clickableEvery;
    parts.push(k === 0 ? `<a href="/p/${i}">${w} ${i}</a>` : k === 1 ? `<button>${w}</button>` : `<span>${w} testo ${i}</span>`);
    if (i % 10 === 9) parts.push('</div></section>');
  }
  parts.push(
    `<nav><a id="${TARGET_IDS.account}" href="/area-clienti">Area Clienti</a></nav>`,
    `<main><button id="${TARGET_IDS.end}">Disdici la linea</button></main>`,
  );
  return `<!doctype html><html lang="it"><head><meta charset="utf-8"><title>Bench</title>${head}</head><body>${parts.join('')}</body></html>`;
}
