import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import keywords from '@/data/keywords.json';
import { allLanguages, locate, type LocateOptions } from '@/utils/engine/locate';

/** happy-dom has no layout: treat elements as visible unless hidden by attribute or inline style. */
function visibleWithoutLayout(el: Element): boolean {
  for (let n: Element | null = el; n; n = n.parentElement) {
    const style = (n as HTMLElement).style;
    if (n.hasAttribute('hidden') || style?.display === 'none' || style?.visibility === 'hidden' || style?.width === '0px') return false;
  }
  return true;
}

const options: LocateOptions = { phrases: allLanguages(keywords), isVisible: visibleWithoutLayout };

function best(intent: 'account' | 'cancel', opts: Partial<LocateOptions> = {}) {
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
    expect(best('cancel')?.id).toBe('recesso');
    expect(best('account')?.id).toBe('area');
  });

  it('never marks the buttons of a cookie banner', () => {
    document.body.innerHTML = `
      <div id="cookie-banner"><button>Refuser</button><button id="c">Résilier le consentement</button><button>Annuler</button></div>
      <a id="real" href="/mon-compte/resiliation">Résilier mon abonnement</a>`;
    expect(best('cancel')?.id).toBe('real');
    expect(locate(document, 'cancel', options).map((c) => c.element.id)).not.toContain('c');
  });

  it('skips a bare "Cancel" / "Abbrechen" / "Annuleren" even outside dialogs', () => {
    document.body.innerHTML = `<button>Cancel</button><button>Abbrechen</button><button>Annuleren</button><a href="#">Sluiten</a>`;
    expect(locate(document, 'cancel', options)).toEqual([]);
  });

  it('skips hidden elements', () => {
    document.body.innerHTML = `<a id="h" href="/disdetta" style="display:none">Disdetta</a><div hidden><a href="/x">Recesso</a></div><a id="v" href="/y">Disdici</a>`;
    expect(best('cancel')?.id).toBe('v');
  });

  it('prefers the carrier hint over a generic phrase', () => {
    document.body.innerHTML = `<a id="login" href="/login">Accedi</a><a id="mytim" href="/my">MyTIM</a>`;
    expect(best('account', { hints: { account: ['MyTIM'], cancel: [] } })?.id).toBe('mytim');
    expect(best('account')?.id).toBe('login');
  });

  it('finds a link by aria-label, by the alt text of its image, or by its URL path', () => {
    document.body.innerHTML = `<a id="icon" href="/u" aria-label="Mijn account"><svg></svg></a>`;
    expect(best('account')?.id).toBe('icon');
    document.body.innerHTML = `<a id="img" href="/u"><img alt="Mein Konto"></a>`;
    expect(best('account')?.id).toBe('img');
    document.body.innerHTML = `<a id="path" href="/support/cancel-subscription">→</a><a href="/shop">Shop</a>`;
    expect(best('cancel')?.id).toBe('path');
  });

  it('prefers a short label to a long sentence that mentions the word', () => {
    document.body.innerHTML = `
      <footer><a id="long" href="/cg">Leggi le condizioni su recesso e portabilità del numero per i clienti business e privati</a></footer>
      <button id="short">Disdici la linea</button>`;
    expect(best('cancel')?.id).toBe('short');
  });

  it('matches Chinese and accented phrases', () => {
    document.body.innerHTML = `<a id="zh" href="/x">取消订阅</a><button>取消</button>`;
    expect(best('cancel')?.id).toBe('zh');
    document.body.innerHTML = `<a id="de" href="/x">Vertrag kündigen</a>`;
    expect(best('cancel')?.id).toBe('de');
  });

  it('looks inside open shadow roots', () => {
    const host = document.createElement('my-panel');
    document.body.append(host);
    host.attachShadow({ mode: 'open' }).innerHTML = `<a id="inner" href="/opzeggen">Abonnement opzeggen</a>`;
    expect(best('cancel')?.id).toBe('inner');
  });

  it('keeps one target for a link and the button inside it', () => {
    document.body.innerHTML = `<a id="outer" href="/recesso"><button>Recesso</button></a>`;
    const found = locate(document, 'cancel', options);
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
      fc.property(node(4), fc.constantFrom('account' as const, 'cancel' as const), (html, intent) => {
        document.body.innerHTML = html;
        const result = locate(document, intent, options);
        expect(Array.isArray(result)).toBe(true);
        for (const c of result) expect(c.score).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });
});
