/**
 * The background's whole job: remember which tab is on which carrier (from the sender's own URL, not
 * from anything the page says), show it on the toolbar badge, and answer the popup.
 */
import { browser } from 'wxt/browser';
import { BADGE_COLOR, BADGE_TEXT_COLOR, badgeText } from '../engine/badge';
import { carrierSummary } from '../catalog';
import { carrierForUrl } from '../catalog/hosts';
import { pageSearch } from './hints';
import { fromThisExtension, NOTHING_FOUND, parseMessage, type PageSetup, type TabState } from '../engine/messages';
import { resolveLanguage } from '../i18n/preferred';
import { overlayLabels } from './text';
import { loadSettings } from '../storage/settings';
import { clearTabState, setTabState } from '../storage/tab-state';

function action() {
  return browser.action ?? browser.browserAction;
}

export async function showBadge(tabId: number, carrierId: string | undefined): Promise<void> {
  const carrier = carrierId ? carrierSummary(carrierId) : undefined;
  await action().setBadgeText({ tabId, text: carrier ? badgeText(carrier) : '' });
  if (carrier) {
    await action().setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
    // Chrome 110+ and Firefox 63+; older browsers pick the text colour themselves.
    await action().setBadgeTextColor?.({ tabId, color: BADGE_TEXT_COLOR });
    await action().setTitle({ tabId, title: `SIM Exit: ${carrier.name}` });
  } else {
    await action().setTitle({ tabId, title: 'SIM Exit' });
  }
}

/** The parts of runtime.MessageSender the background relies on. */
export interface Sender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number };
}

/** The carrier of the sender's own top-level page, from its URL (never from what the page says). */
function senderCarrier(sender: Sender): string | undefined {
  return sender.url && !sender.frameId ? carrierForUrl(sender.url) : undefined;
}

/**
 * One tab's record and badge change in the order the events arrived: a page's first message can come
 * while the background is still clearing the tab for that page's navigation.
 */
const tabQueues = new Map<number, Promise<void>>();
function inOrder(tabId: number, task: () => Promise<void>): Promise<void> {
  const next = (tabQueues.get(tabId) ?? Promise.resolve()).then(task, task);
  const settled = next.catch(() => {});
  tabQueues.set(tabId, settled);
  void settled.then(() => {
    if (tabQueues.get(tabId) === settled) tabQueues.delete(tabId);
  });
  return next;
}

/** Remembers what a carrier tab's page found and badges the tab. */
function recordTab(sender: Sender, carrierId: string, found: TabState['found'], covered: TabState['covered']): Promise<void> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return Promise.resolve();
  return inOrder(tabId, async () => {
    await setTabState(tabId, { carrierId, found, covered });
    await showBadge(tabId, carrierId);
  });
}

/**
 * What every page script gets from the settings (whether to draw, the debug option, the labels in
 * the UI language), read once and kept until the settings change (watchSettings), so that a page's
 * hello waits on no storage read.
 */
let pageSettings: Promise<Pick<PageSetup, 'draw' | 'debug' | 'labels'>> | undefined;
function readPageSettings() {
  return (pageSettings ??= loadSettings().then(async (settings) => ({
    draw: settings.autoHighlight,
    debug: settings.debug,
    labels: overlayLabels(await resolveLanguage(settings.language)),
  })));
}

export function forgetPageSettings(): void {
  pageSettings = undefined;
}

/** Forgets what readPageSettings kept whenever the stored settings change (registered by the background entry). */
export function watchSettings(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && 'settings' in changes) forgetPageSettings();
  });
}

export async function handleMessage(raw: unknown, sender: Sender): Promise<TabState | PageSetup | null | undefined> {
  if (!fromThisExtension(sender, browser.runtime.id)) return undefined;
  const message = parseMessage(raw);
  if (!message) return undefined;
  if (message.type === 'sim-exit/hello') {
    const received = __SIM_EXIT_BENCH__ ? performance.timeOrigin + performance.now() : 0;
    const carrierId = sender.url ? carrierForUrl(sender.url) : undefined;
    const { compiled, actions } = pageSearch(carrierId);
    // Answer first: the page waits for this; the tab record and the badge can follow.
    const topCarrier = senderCarrier(sender);
    if (topCarrier && !message.quiet) void recordTab(sender, topCarrier, NOTHING_FOUND, []);
    return {
      carrierId,
      compiled,
      actions,
      ...(await readPageSettings()),
      ...(__SIM_EXIT_BENCH__ && { bench: { received, answered: performance.timeOrigin + performance.now() } }),
    };
  }
  if (message.type === 'sim-exit/page') {
    const carrierId = senderCarrier(sender);
    if (!carrierId || sender.tab?.id === undefined) return undefined;
    await recordTab(sender, carrierId, message.found, message.covered);
    return null;
  }
  return undefined;
}

export function handleTabLoading(tabId: number): Promise<void> {
  return inOrder(tabId, async () => {
    await clearTabState(tabId);
    await showBadge(tabId, undefined);
  });
}
