/** The extension APIs as seen inside the service worker (evaluated there, typed loosely here). */
declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
  storage: {
    session: {
      get(
        key: string,
      ): Promise<Record<string, { found?: { account?: boolean; end?: boolean; renewal?: boolean; delete?: boolean }; covered?: string[] } | undefined>>;
    };
    local: { set(items: object): Promise<void>; remove(key: string): Promise<void> };
  };
};
