import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import keywords from '@/data/keywords.json';
import { allLanguages, compile, locate, locateAll, type Keywords, type LocateOptions } from '@/utils/engine/locate';
import { fold } from '@/utils/engine/text';

/** happy-dom has no layout: treat elements as visible unless hidden by attribute or inline style. */
function visibleWithoutLayout(el: Element): boolean {
  for (let n: Element | null = el; n; n = n.parentElement) {
    const style = (n as HTMLElement).style;
    if (n.hasAttribute('hidden') || style?.display === 'none' || style?.visibility === 'hidden' || style?.width === '0px') return false;
  }
  return true;
}

const options: LocateOptions = { phrases: allLanguages(keywords as Keywords), isVisible: visibleWithoutLayout };
const noHints = { account: [], end: [], renewal: [], delete: [] };

function best(intent: 'account' | 'end' | 'renewal' | 'delete', opts: Partial<LocateOptions> = {}) {
  return locate(document, intent, { ...options, ...opts })[0]?.element;
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('locate', () => {
  it('marks the Recesso link, not the Annulla button, on an Italian page', () => {
    document.body.innerHTML = `
      <div role="dialog"><p>Vuoi continuare?</p><button id="annulla">Annulla</button><button>Conferma</button></div>
      <nav><a href="/offerte">Offerte</a><a id="area" href="/area-clienti">Area Clienti</a></nav>
      <main><a id="recesso" href="/recesso">Recesso dal contratto</a></main>`;
    expect(best('end')?.id).toBe('recesso');
    expect(best('account')?.id).toBe('area');
  });

  it('never marks the buttons of a cookie banner', () => {
    document.body.innerHTML = `
      <div id="cookie-banner"><button>Refuser</button><button id="c">Résilier le consentement</button><button>Annuler</button></div>
      <a id="real" href="/mon-compte/resiliation">Résilier mon abonnement</a>`;
    expect(best('end')?.id).toBe('real');
    expect(locate(document, 'end', options).map((c) => c.element.id)).not.toContain('c');
  });

  it('skips a bare "Cancel" / "Abbrechen" / "Annuleren" even outside dialogs', () => {
    document.body.innerHTML = `<button>Cancel</button><button>Abbrechen</button><button>Annuleren</button><a href="#">Sluiten</a>`;
    expect(locate(document, 'end', options)).toEqual([]);
  });

  it('skips hidden elements', () => {
    document.body.innerHTML = `<a id="h" href="/disdetta" style="display:none">Disdetta</a><div hidden><a href="/x">Recesso</a></div><a id="v" href="/y">Disdici</a>`;
    expect(best('end')?.id).toBe('v');
  });

  it('prefers the carrier hint over a generic phrase', () => {
    document.body.innerHTML = `<a id="login" href="/login">Accedi</a><a id="mytim" href="/my">MyTIM</a>`;
    expect(best('account', { hints: { ...noHints, account: ['MyTIM'] } })?.id).toBe('mytim');
    expect(best('account')?.id).toBe('login');
  });

  it('finds a link by aria-label, by the alt text of its image, or by its URL path', () => {
    document.body.innerHTML = `<a id="icon" href="/u" aria-label="Mijn account"><svg></svg></a>`;
    expect(best('account')?.id).toBe('icon');
    document.body.innerHTML = `<a id="img" href="/u"><img alt="Mein Konto"></a>`;
    expect(best('account')?.id).toBe('img');
    document.body.innerHTML = `<a id="path" href="/support/cancel-subscription">→</a><a href="/shop">Shop</a>`;
    expect(best('end')?.id).toBe('path');
  });

  it('prefers a short label to a long sentence that mentions the word', () => {
    document.body.innerHTML = `
      <footer><a id="long" href="/cg">Leggi le condizioni su recesso e portabilità del numero per i clienti business e privati</a></footer>
      <button id="short">Disdici la linea</button>`;
    expect(best('end')?.id).toBe('short');
  });

  it('matches Chinese and accented phrases', () => {
    document.body.innerHTML = `<a id="zh" href="/x">取消订阅</a><button>取消</button>`;
    expect(best('end')?.id).toBe('zh');
    document.body.innerHTML = `<a id="de" href="/x">Vertrag kündigen</a>`;
    expect(best('end')?.id).toBe('de');
  });

  it('looks inside open shadow roots', () => {
    const host = document.createElement('my-panel');
    document.body.append(host);
    host.attachShadow({ mode: 'open' }).innerHTML = `<a id="inner" href="/opzeggen">Abonnement opzeggen</a>`;
    expect(best('end')?.id).toBe('inner');
  });

  it('keeps one target for a link and the button inside it', () => {
    document.body.innerHTML = `<a id="outer" href="/recesso"><button>Recesso</button></a>`;
    const found = locate(document, 'end', options);
    expect(found).toHaveLength(1);
    expect(found[0].element.id).toBe('outer');
  });

  it('never throws and always ends on random DOM trees', () => {
    const tags = ['div', 'a', 'button', 'span', 'nav', 'section', 'summary', 'input', 'dialog'];
    const words = ['Recesso', 'Annulla', 'Area Clienti', 'cancel', 'Résilier', '', '取消', 'x'.repeat(200), '<b>', 'Mijn account'];
    const node: fc.Memo<string> = fc.memo((depth) =>
      fc
        .tuple(fc.constantFrom(...tags), fc.constantFrom(...words), fc.array(depth > 1 ? node(depth - 1) : fc.constant(''), { maxLength: 4 }), fc.boolean())
        .map(
          ([tag, text, children, hidden]) =>
            `<${tag} ${tag === 'a' ? 'href="/p"' : ''} ${hidden ? 'hidden' : ''} role="button">${text}${children.join('')}</${tag}>`,
        ),
    );
    fc.assert(
      fc.property(node(4), fc.constantFrom('account' as const, 'end' as const, 'renewal' as const, 'delete' as const), (html, intent) => {
        document.body.innerHTML = html;
        const result = locate(document, intent, options);
        expect(Array.isArray(result)).toBe(true);
        for (const c of result) expect(c.score).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });

  it('labels "Delete Account" as deleting the account, never as ending the contract (Airalo, Orange Belgium)', () => {
    document.body.innerHTML = `
      <section><h2>Account Information</h2><a id="del" href="/profile/delete">Delete Account</a></section>
      <section><h2>Mon profil</h2><button id="supprimer">Supprimer mon compte</button></section>`;
    const found = locateAll(document, options);
    expect(found.end.map((c) => c.element.id)).toEqual([]);
    expect(found.delete.map((c) => c.element.id).sort()).toEqual(['del', 'supprimer']);
  });

  it('picks "Cancel subscription" over "Refund Policy" on the same card (Holafly)', () => {
    document.body.innerHTML = `
      <div class="card"><h3>Holafly Plans</h3><a id="policy" href="/refund-policy">Refund Policy</a><button id="cancel">Cancel subscription</button></div>`;
    expect(best('end', { hints: { ...noHints, end: ['Cancel subscription', 'Refund Policy'] } })?.id).toBe('cancel');
  });

  it('finds a renewal switch by its aria-label, its <label> or the text beside it (Airalo)', () => {
    document.body.innerHTML = `<div><h3>RENEWALS</h3><input id="sw" type="checkbox" role="switch" aria-label="Renewals" checked></div>`;
    expect(best('renewal')?.id).toBe('sw');
    document.body.innerHTML = `<label for="auto">Rinnovo automatico</label><input id="auto" type="checkbox">`;
    expect(best('renewal')?.id).toBe('auto');
    document.body.innerHTML = `<div class="row"><span>Auto-renew</span><div id="toggle" role="switch" aria-checked="true"></div></div>`;
    expect(best('renewal')?.id).toBe('toggle');
  });

  it('takes the header\'s "Espace client", not an app advert naming the account (Orange Belgium)', () => {
    document.body.innerHTML = `
      <header><a id="espace" href="/fr/espace-client">Espace client</a></header>
      <section class="promo"><a id="app" href="https://play.google.com/store/apps/details?id=be.orange.myorange">MyOrange app</a>
      <a id="app2" href="/myorange-app">Téléchargez l'application MyOrange</a></section>`;
    const found = locate(document, 'account', { ...options, hints: { ...noHints, account: ['MyOrange', 'My Orange'] } }).map((c) => c.element.id);
    expect(found[0]).toBe('espace');
    expect(found).not.toContain('app');
    expect(found).not.toContain('app2');
  });

  it('never marks consent banners, also inside a shadow root, nor disabled, log-out, sign-up, password or newsletter controls', () => {
    const host = document.createElement('div');
    host.id = 'usercentrics-root';
    document.body.append(host);
    host.attachShadow({ mode: 'open' }).innerHTML = `<button id="deny">Disdici il consenso</button>`;
    const rest = document.createElement('div');
    rest.innerHTML = `
      <button id="off" disabled>Disdetta</button><button aria-disabled="true">Recesso</button>
      <a href="/logout">Esci dall'area clienti</a><a href="/register">Registrati all'area clienti</a>
      <a href="/pw">Password dimenticata? Area clienti</a><a href="/nl">Newsletter Abmeldung</a>
      <a id="ok" href="/area-clienti/recesso">Recesso</a>`;
    document.body.append(rest);
    expect(locate(document, 'end', options).map((c) => c.element.id)).toEqual(['ok']);
    expect(locate(document, 'account', options).map((c) => c.element.getAttribute('href'))).toEqual(['/area-clienti/recesso']);
  });

  it('ranks a help article about cancelling below the action itself, and says why', () => {
    document.body.innerHTML = `
      <a id="help" href="/assistenza/come-disdire">Come faccio a dare la disdetta della linea?</a>
      <a id="act" href="/area-clienti/disdetta">Disdetta</a>`;
    const found = locate(document, 'end', options);
    expect(found[0].element.id).toBe('act');
    const help = found.find((c) => c.element.id === 'help')!;
    expect(help.parts).toContainEqual({ kind: 'penalty', why: 'help', weight: -35 });
  });

  it('gives every candidate its breakdown: which field matched which phrase with which weight', () => {
    document.body.innerHTML = `<a id="r" href="/recesso">Recesso</a>`;
    const [c] = locate(document, 'end', { ...options, hints: { ...noHints, end: ['Recesso'] } });
    expect(c.parts).toContainEqual({ kind: 'hint', field: 'text', phrase: 'recesso', weight: 60 });
    expect(c.parts).toContainEqual({ kind: 'hint', field: 'path', phrase: 'recesso', weight: 7.5 });
    expect(c.parts).toContainEqual({ kind: 'bonus', why: 'short-text', weight: 5 });
    expect(c.score).toBe(72.5);
  });
});

describe('the quick test on raw text, before anything is folded', () => {
  const phrases = allLanguages(keywords as Keywords);
  const hints = { ...noHints, end: ['Schließung des Vertrags', 'ご契約の解除'] };
  const compiled = compile({ phrases, hints });
  const maybe = new RegExp(compiled.maybe, 'i');
  const intents = compiled.intents.map((i) => new RegExp(i.test));
  const holdsPhrase = (text: string) => intents.some((test) => test.test(fold(text)));

  it('passes text that holds a phrase with its accents, in capitals, without accents, decomposed, or in CJK', () => {
    for (const text of [
      'Résilier mon abonnement',
      'RÉSILIER',
      'RESILIER',
      'Re\u0301silier',
      'Kündigen',
      'KÜNDIGEN',
      'Mon espace',
      'ご解約はこちら',
      '我的账户',
    ])
      expect(maybe.test(text), text).toBe(true);
    // A hint's first word with ß stands in the page with ß, or with ss.
    for (const text of ['Schließung des Vertrags', 'SCHLIESSUNG', 'Schliessung']) expect(maybe.test(text), text).toBe(true);
  });

  it('does not pass text whose accents belong to no phrase, so it is never folded just to be rejected', () => {
    for (const text of ['Scopri di più', 'Città', 'Offerte 12', 'Négoce', 'Über uns']) expect(maybe.test(text), text).toBe(false);
  });

  it('never turns away text that one of the actions would match once folded', () => {
    const raw = [...phrases.actions.account, ...phrases.actions.end, ...phrases.actions.delete].flat().concat(hints.end);
    const marks: Record<string, string> = { a: 'à', e: 'é', i: 'î', o: 'ö', u: 'ü', c: 'ç', n: 'ñ' };
    const dress = (phrase: string, seed: number[]) =>
      [...phrase]
        .map((c, i) => {
          const roll = seed[i % seed.length];
          if (roll === 0 && marks[c]) return marks[c];
          if (roll === 1 && marks[c]) return `${c}\u0301`;
          if (roll === 2) return c.toUpperCase();
          return c;
        })
        .join('')
        .replace(/ss/g, (ss) => (seed[0] === 3 ? 'ß' : ss));
    fc.assert(
      fc.property(
        fc.constantFrom(...raw),
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 8 }),
        fc.constantFrom('', 'Più ', '» ', '(', 'Città: '),
        fc.constantFrom('', ' più', '!', ' 12', '»'),
        (phrase, seed, before, after) => {
          const text = `${before}${dress(phrase, seed)}${after}`;
          return !holdsPhrase(text) || maybe.test(text);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
