/**
 * What a carrier's country rules (own country, then the EU) say about writing to it: which written
 * channels apply, and what a cancellation letter carries. Kept apart from the letter text so the popup
 * can name the channels without loading the letter builder.
 */
import type { Carrier, Country, LetterRequirement } from '@/data/schema';
import { ruleChain } from './countries';

export type Channel = 'letter' | 'pec' | 'email';
export const CHANNELS: readonly Channel[] = ['letter', 'pec', 'email'];

/**
 * The country records whose rules hold for this carrier, own country first, then the EU's (see
 * ruleChain); whatever else the caller passed is ignored.
 */
export function rulesFor(carrier: Pick<Carrier, 'country'>, countries: Country[]): Country[] {
  const members = new Set(countries.find((c) => c.code === 'EU')?.members?.codes ?? []);
  return ruleChain(carrier.country, members).flatMap((code) => countries.filter((c) => c.code === code));
}

export interface ChannelChoice {
  channel: Channel;
  /** Every address the carrier lists for this channel; empty when only the law names the channel. */
  addresses: string[];
}

/**
 * The written channels that apply to this carrier, each with every address it lists. A letter or an
 * email needs an address from the carrier; a PEC is offered where the carrier lists one or where its
 * country's rules make PEC a way of cancelling.
 */
export function channelsFor(carrier: Carrier, countries: Country[]): ChannelChoice[] {
  const lawChannels = new Set(rulesFor(carrier, countries).flatMap((c) => c.rules.flatMap((r) => (r.kind === 'channel' ? [r.channel] : []))));
  return CHANNELS.flatMap((channel) => {
    const addresses = carrier.methods.filter((m) => m.kind === channel).flatMap((m) => (channel === 'letter' ? m.address : m.email) ?? []);
    const byLaw = channel === 'pec' && lawChannels.has('pec');
    return addresses.length || byLaw ? [{ channel, addresses: [...new Set(addresses)] }] : [];
  });
}

/** Ways the carrier takes a pasted text when it lists no written address: what the letter page points to. */
const PASTE_METHODS = ['online', 'chat', 'app'] as const;
export type PasteMethod = (typeof PASTE_METHODS)[number];
export function pasteMethods(carrier: Carrier): PasteMethod[] {
  return PASTE_METHODS.filter((kind) => carrier.methods.some((m) => m.kind === kind));
}

/** What the country rules (pass the carrier's rulesFor chain) ask a cancellation letter to carry. */
export function letterRequires(countries: Country[]): Set<LetterRequirement> {
  return new Set(
    countries.flatMap((c) => c.rules.flatMap((r) => (r.kind === 'letter' ? r.requires : r.kind === 'credit-refund' ? ['iban-refund' as const] : []))),
  );
}
