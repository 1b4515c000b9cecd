/** Which countries' rules apply, and in which order: the one place "own country, then EU" is decided. */

/**
 * The country's own record first, then the EU's for member states and for travel eSIMs sold to
 * anyone ("global"). Rules earlier in the list win over later ones.
 */
export function ruleChain(code: string, euMembers: ReadonlySet<string>): string[] {
  if (code === 'EU') return ['EU'];
  return euMembers.has(code) || code === 'global' ? [code, 'EU'] : [code];
}
