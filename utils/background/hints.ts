/** Locator hints per carrier and the multilingual phrases, compiled once per carrier for page scripts. */
import keywords from '@/data/keywords.json';
import hints from 'virtual:sim-exit/hints';
import type { Action } from '../engine/actions';
import { ACTIONS, allLanguages, compile, type Compiled, type Keywords } from '../engine/locate';
import { carrierSummary } from '../catalog';

const phrases = allLanguages(keywords as Keywords);
const compiledFor = new Map<string, Compiled>();

export function pageSearch(carrierId: string | undefined): { compiled: Compiled; actions: Action[] } {
  const record = carrierId && Object.hasOwn(hints, carrierId) ? hints[carrierId] : undefined;
  const carrier = carrierId ? carrierSummary(carrierId) : undefined;
  // On a carrier's site: its account and what ends its plans, and "delete account" so that it is
  // recognised for what it is. Elsewhere (the finder): everything.
  const actions: Action[] = carrier ? ['account', ...carrier.endsBy, 'delete'] : [...ACTIONS];
  const key = carrier ? carrierId! : '';
  let compiled = compiledFor.get(key);
  if (!compiled) compiledFor.set(key, (compiled = compile({ phrases, hints: record }, actions)));
  return { compiled, actions };
}
