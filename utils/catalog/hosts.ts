/** Which carrier a page belongs to, from the catalog's hosts (the background only). */
import hosts from 'virtual:sim-exit/hosts';
import { createMatcher, type HostEntry } from '@/utils/engine/match';

export const hostEntries: readonly HostEntry[] = hosts;
export const carrierForUrl = createMatcher(hostEntries);
