/** Carrier hosts from data/, bundled alone so that the content script and background stay small. */
import type { Carrier } from '@/data/schema';
import { createMatcher, matchPatterns, type HostEntry } from './match';

const ids = import.meta.glob<string>('../data/carriers/*.json', { eager: true, import: 'id' });
const hosts = import.meta.glob<Carrier['hosts']>('../data/carriers/*.json', { eager: true, import: 'hosts' });

export const hostEntries: readonly HostEntry[] = Object.keys(ids).flatMap((file) => hosts[file].map(({ host }) => ({ host, id: ids[file] })));

export const carrierForUrl = createMatcher(hostEntries);

export const carrierMatchPatterns = matchPatterns(hostEntries.map((e) => e.host));
