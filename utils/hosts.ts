/** Carrier hosts from data/: which carrier a page belongs to. */
import type { Carrier } from '@/data/schema';
import { createMatcher, type HostEntry } from './match';

const ids = import.meta.glob<string>('../data/carriers/*.json', { eager: true, import: 'id' });
const hosts = import.meta.glob<Carrier['hosts']>('../data/carriers/*.json', { eager: true, import: 'hosts' });

export const hostEntries: readonly HostEntry[] = Object.keys(ids).flatMap((file) => hosts[file].map(({ host }) => ({ host, id: ids[file] })));

export const carrierForUrl = createMatcher(hostEntries);
