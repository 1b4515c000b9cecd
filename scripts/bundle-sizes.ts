/** Sizes of the built extension's parts, shared by `npm run bench` and the size-budget test. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Size {
  raw: number;
  gzip: number;
}

export function fileSize(out: string, file: string): Size {
  const bytes = readFileSync(join(out, file));
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

function total(out: string, files: string[]): Size {
  return files.map((f) => fileSize(out, f)).reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });
}

export interface BundleSizes {
  contentScript: Size;
  finder: Size;
  /** The debug view, injected by the popup only when "Show why SIM Exit picked these" is on. */
  debugView: Size;
  background: Size;
  /** popup.html and every script and style it loads before the first render. */
  popupFirstLoad: Size;
  /** The largest carrier guide, loaded as its own chunk when the popup shows it. */
  largestGuide: Size & { carrier: string };
  /** What that guide loads beside itself: its country's rules and the EU's (the eSIM removal steps load when opened). */
  guideExtras: Size;
  /** The popup showing its largest guide: first load + guide + extras. */
  popupWithData: Size;
  wholeExtension: number;
}

export function bundleSizes(out = '.output/chrome-mv3'): BundleSizes {
  const html = readFileSync(join(out, 'popup.html'), 'utf8');
  const popupFiles = ['popup.html', ...[...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1])];
  const guides = readdirSync('data/carriers').map((f) => f.replace('.json', ''));
  const chunks = readdirSync(join(out, 'chunks'));
  const guideSizes = guides.map((carrier) => {
    const chunk = chunks.find((c) => c.startsWith(`${carrier}-`) && /^[\w-]+-[\w-]{8}\.js$/.test(c) && c.slice(carrier.length + 1).length === 11);
    if (!chunk) throw new Error(`no guide chunk for ${carrier} in ${out}/chunks`);
    return { carrier, ...fileSize(out, `chunks/${chunk}`) };
  });
  const files = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(out, f)).isFile());
  const popupFirstLoad = total(out, popupFiles);
  const largestGuide = guideSizes.sort((a, b) => b.gzip - a.gzip)[0];
  const { country } = JSON.parse(readFileSync(`data/carriers/${largestGuide.carrier}.json`, 'utf8')) as { country: string };
  const extraNames = [country, 'EU'];
  const guideExtras = total(
    out,
    chunks.filter((c) => extraNames.some((n) => c.startsWith(`${n}-`) && c.length === n.length + 12)).map((c) => `chunks/${c}`),
  );
  return {
    contentScript: fileSize(out, 'content-scripts/carrier.js'),
    finder: fileSize(out, 'finder.js'),
    debugView: fileSize(out, 'debug-view.js'),
    background: fileSize(out, 'background.js'),
    popupFirstLoad,
    largestGuide,
    guideExtras,
    popupWithData: {
      raw: popupFirstLoad.raw + largestGuide.raw + guideExtras.raw,
      gzip: popupFirstLoad.gzip + largestGuide.gzip + guideExtras.gzip,
    },
    wholeExtension: files.reduce((n, f) => n + statSync(join(out, f)).size, 0),
  };
}
