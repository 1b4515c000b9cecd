/**
 * Runs a check now and again whenever the page changes (debounced) and once more when the page has
 * loaded (its scripts often render then), until the check reports that it is done, the time limit
 * passes, or the signal aborts; then it stops observing. The function it returns runs the check
 * at once, with the same stop.
 */
export interface WatchOptions {
  debounceMs?: number;
  timeoutMs?: number;
  signal: AbortSignal;
}

export function watchPage(root: Node, check: () => boolean, { debounceMs = 250, timeoutMs = 15_000, signal }: WatchOptions): () => void {
  if (signal.aborted || check()) return check;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    clearTimeout(timer);
    timer = undefined;
    if (check()) stop();
  };
  const observer = new MutationObserver(() => {
    timer ??= setTimeout(run, debounceMs);
  });
  const deadline = setTimeout(stop, timeoutMs);
  const loading = (root.ownerDocument ?? (root as Document)).readyState !== 'complete';
  if (loading) addEventListener('load', run);
  function stop() {
    removeEventListener('load', run);
    observer.disconnect();
    clearTimeout(deadline);
    clearTimeout(timer);
    signal.removeEventListener('abort', stop);
  }
  signal.addEventListener('abort', stop);
  observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['hidden', 'style', 'class', 'aria-hidden'] });
  return run;
}
