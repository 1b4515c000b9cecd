/**
 * The one element query engine of the e2e harness. It runs inside the page (both drivers pass this
 * function to their evaluate), so a locator means the same thing in Chromium and in Firefox. It
 * follows Playwright's rules for the parts the tests use: CSS and text pierce open shadow roots,
 * text and names match case-insensitively as substrings after whitespace is collapsed, roles skip
 * elements hidden from assistive technology, and a locator without `first()` must match exactly one
 * element for reads and actions (strict mode).
 *
 * Self-contained on purpose: it is serialised into the page, so it may not use anything from outside.
 */

export type Pattern = string | { re: string; flags: string };
export type Step =
  { css: string } | { text: Pattern } | { label: Pattern } | { role: string; name?: Pattern } | { hasText: Pattern } | { nth: number } | { frame: string };

export type Op =
  | { op: 'count' }
  | { op: 'read'; what: 'textContent' | 'innerText' | 'value' | 'checked' | 'disabled' | 'box' | 'visible' | 'attached'; name?: string }
  | { op: 'attr'; name: string }
  | { op: 'point' }
  | { op: 'focus' }
  | { op: 'fill'; value: string }
  | { op: 'select'; value: string }
  | { op: 'element' }
  | { op: 'all' };

export type Answer<T = unknown> = { ok: true; value: T } | { ok: false; reason: 'missing' | 'strict' | 'not-ready'; detail?: string };

export function runQuery(input: { steps: Step[]; strict: boolean; op: Op }): unknown {
  const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  const matches = (value: string, p: Pattern) =>
    typeof p === 'string' ? norm(value).toLowerCase().includes(norm(p).toLowerCase()) : new RegExp(p.re, p.flags).test(norm(value));

  /** Every element below `root`, open shadow roots included, in document order. */
  const all = (root: Document | Element | ShadowRoot): Element[] => {
    const out: Element[] = [];
    const walk = (node: Document | Element | ShadowRoot) => {
      for (let el = node.firstElementChild; el; el = el.nextElementSibling) {
        out.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
        if (el.tagName === 'TEMPLATE') continue;
        walk(el);
      }
    };
    walk(root);
    return out;
  };
  const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'META', 'LINK']);
  const hiddenForAria = (el: Element) => {
    const visible = (el as Element & { checkVisibility?(o: object): boolean }).checkVisibility?.({ visibilityProperty: true }) ?? true;
    return !visible || !!el.closest('[aria-hidden="true"]');
  };
  const IMPLICIT: Record<string, (el: Element) => boolean> = {
    button: (el) => el.tagName === 'BUTTON' || (el.tagName === 'INPUT' && ['button', 'submit', 'reset', 'image'].includes((el as HTMLInputElement).type)),
    checkbox: (el) => el.tagName === 'INPUT' && (el as HTMLInputElement).type === 'checkbox',
    radio: (el) => el.tagName === 'INPUT' && (el as HTMLInputElement).type === 'radio',
    link: (el) => (el.tagName === 'A' || el.tagName === 'AREA') && el.hasAttribute('href'),
    status: (el) => el.tagName === 'OUTPUT',
    option: (el) => el.tagName === 'OPTION',
    heading: (el) => /^H[1-6]$/.test(el.tagName),
  };
  const roleOf = (el: Element, role: string) => {
    const explicit = el.getAttribute('role')?.trim().split(/\s+/)[0];
    if (explicit) return explicit === role;
    return IMPLICIT[role]?.(el) ?? false;
  };
  const labelTexts = (el: Element): string[] => {
    const texts: string[] = [];
    const by = el.getAttribute('aria-labelledby');
    if (by)
      texts.push(
        by
          .split(/\s+/)
          .map((id) => el.ownerDocument.getElementById(id)?.textContent ?? '')
          .join(' '),
      );
    const aria = el.getAttribute('aria-label');
    if (aria) texts.push(aria);
    for (const label of (el as HTMLInputElement).labels ?? []) texts.push(label.textContent ?? '');
    return texts;
  };
  const accessibleName = (el: Element): string => {
    const labelled = labelTexts(el);
    if (labelled.length) return labelled[0];
    if (el.tagName === 'INPUT' && ['button', 'submit', 'reset'].includes((el as HTMLInputElement).type)) return (el as HTMLInputElement).value;
    if (el.tagName !== 'INPUT' && el.tagName !== 'SELECT' && el.tagName !== 'TEXTAREA') {
      const text = norm(el.textContent);
      if (text) return text;
    }
    return el.getAttribute('title') ?? '';
  };

  const order = (els: Element[]) => {
    const unique = [...new Set(els)];
    return unique.sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  };

  let roots: (Document | Element | ShadowRoot)[] = [document];
  let current = null as Element[] | null;
  for (const step of input.steps) {
    const scope = current ?? roots;
    if ('css' in step) current = order(scope.flatMap((r) => all(r).filter((el) => el.matches(step.css))));
    else if ('text' in step)
      current = order(
        scope.flatMap((r) => {
          const hits = all(r).filter((el) => !SKIP.has(el.tagName) && matches(el.textContent ?? '', step.text));
          const set = new Set(hits);
          // The innermost elements holding the text: an element whose child also holds it is left out.
          return hits.filter((el) => ![...el.children].some((c) => set.has(c)));
        }),
      );
    else if ('label' in step) current = order(scope.flatMap((r) => all(r).filter((el) => labelTexts(el).some((t) => matches(t, step.label)))));
    else if ('role' in step)
      current = order(
        scope.flatMap((r) =>
          all(r).filter((el) => roleOf(el, step.role) && !hiddenForAria(el) && (step.name === undefined || matches(accessibleName(el), step.name))),
        ),
      );
    else if ('hasText' in step) current = (current ?? []).filter((el) => matches(el.textContent ?? '', step.hasText));
    else if ('nth' in step) current = (current ?? []).slice(step.nth, step.nth + 1);
    else if ('frame' in step) {
      const selector = step.frame;
      const frames: Element[] = scope.flatMap((r) => all(r).filter((el) => el.matches(selector)));
      roots = frames.map((f) => (f as HTMLIFrameElement).contentDocument).filter((d): d is Document => !!d);
      current = null;
    }
  }
  const found = current ?? [];
  const op = input.op;
  if (op.op === 'all') return found;
  if (op.op === 'count') return { ok: true, value: found.length };
  if (op.op === 'read' && op.what === 'attached') return { ok: true, value: found.length > 0 };
  if (found.length === 0) return { ok: false, reason: 'missing' };
  if (input.strict && found.length > 1)
    return {
      ok: false,
      reason: 'strict',
      detail: `${found.length} elements: ${found
        .slice(0, 3)
        .map((e) => e.outerHTML.slice(0, 80))
        .join(' | ')}`,
    };
  const el = found[0] as HTMLElement;

  /** The element's rect in the coordinates of the top-level page (adding the offsets of same-origin frames). */
  const topRect = (target: Element) => {
    const r = target.getBoundingClientRect();
    let x = r.left;
    let y = r.top;
    for (let win: Window | null = target.ownerDocument.defaultView; win && win.frameElement; win = win.parent) {
      const f = win.frameElement.getBoundingClientRect();
      x += f.left + (win.frameElement as HTMLElement).clientLeft;
      y += f.top + (win.frameElement as HTMLElement).clientTop;
    }
    return { x, y, width: r.width, height: r.height };
  };
  const isVisible = (target: Element) => {
    const style = getComputedStyle(target);
    return (
      target.getClientRects().length > 0 && style.visibility !== 'hidden' && ((target as Element & { checkVisibility?(): boolean }).checkVisibility?.() ?? true)
    );
  };
  const isDisabled = (target: Element) => target.matches(':disabled') || !!target.closest('[aria-disabled="true"]');

  if (op.op === 'element') return el;
  if (op.op === 'attr') return { ok: true, value: el.getAttribute(op.name) };
  if (op.op === 'read') {
    switch (op.what) {
      case 'textContent':
        return { ok: true, value: el.textContent };
      case 'innerText':
        return { ok: true, value: el.innerText };
      case 'value':
        return { ok: true, value: (el as HTMLInputElement).value };
      case 'checked':
        return { ok: true, value: (el as HTMLInputElement).checked };
      case 'disabled':
        return { ok: true, value: isDisabled(el) };
      case 'visible':
        return { ok: true, value: isVisible(el) };
      case 'box':
        return { ok: true, value: el.getClientRects().length ? topRect(el) : null };
    }
  }
  if (op.op === 'focus') {
    el.focus();
    return { ok: true, value: true };
  }
  if (op.op === 'point') {
    // Where a real click lands: scrolled into view, visible, enabled, and not covered by another element.
    if (!isVisible(el)) return { ok: false, reason: 'not-ready', detail: 'not visible' };
    if (isDisabled(el)) return { ok: false, reason: 'not-ready', detail: 'disabled' };
    const before = el.getBoundingClientRect();
    if (before.top < 0 || before.left < 0 || before.bottom > innerHeight || before.right > innerWidth)
      el.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
    const r = topRect(el);
    const x = r.x + r.width / 2;
    const y = r.y + r.height / 2;
    const local = el.getBoundingClientRect();
    let hit: Element | null = el.ownerDocument.elementFromPoint(local.left + local.width / 2, local.top + local.height / 2);
    while (hit?.shadowRoot) {
      const inner = hit.shadowRoot.elementFromPoint(local.left + local.width / 2, local.top + local.height / 2);
      if (!inner || inner === hit) break;
      hit = inner;
    }
    const receives =
      !!hit &&
      (hit === el ||
        el.contains(hit) ||
        (hit instanceof HTMLLabelElement && hit.control === el) ||
        [...((el as HTMLInputElement).labels ?? [])].some((l) => l.contains(hit)));
    if (!receives) return { ok: false, reason: 'not-ready', detail: `covered by ${hit?.outerHTML.slice(0, 80)}` };
    return { ok: true, value: { x, y } };
  }
  if (op.op === 'fill' || op.op === 'select') {
    if (!isVisible(el)) return { ok: false, reason: 'not-ready', detail: 'not visible' };
    if (isDisabled(el)) return { ok: false, reason: 'not-ready', detail: 'disabled' };
    const field = el as HTMLInputElement | HTMLSelectElement;
    let value = op.value;
    if (op.op === 'select') {
      const option = [...(field as HTMLSelectElement).options].find((o) => o.value === op.value || norm(o.label) === op.value);
      if (!option) return { ok: false, reason: 'not-ready', detail: `no option ${op.value}` };
      value = option.value;
    }
    field.focus();
    // The native setter, so that frameworks tracking the value see the change.
    const proto =
      field instanceof HTMLSelectElement
        ? HTMLSelectElement.prototype
        : field instanceof HTMLTextAreaElement
          ? HTMLTextAreaElement.prototype
          : HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(field, value);
    field.dispatchEvent(
      new InputEvent('input', { bubbles: true, composed: true, inputType: value ? 'insertText' : 'deleteContentBackward', data: value || null }),
    );
    // Text fields get "change" on blur, as when typing; dates and selects get it at once.
    if (op.op === 'select' || !['text', 'search', 'email', 'tel', 'url', 'password', 'textarea'].includes(field.type))
      field.dispatchEvent(new Event('change', { bubbles: true }));
    return { ok: true, value: true };
  }
  return { ok: false, reason: 'missing', detail: 'unknown op' };
}
