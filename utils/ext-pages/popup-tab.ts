/** The tab the popup describes: `?tabId=N` (used by tests and by pages that open the popup in a tab), else the active tab. */
export function popupTabId(search: string, activeTabId: number | undefined): number | undefined {
  const param = new URLSearchParams(search).get('tabId');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  return activeTabId;
}
