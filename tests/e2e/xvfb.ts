/**
 * A private X server for the headful tests (the real toolbar popup), so that `npm test` needs no
 * display: Xvfb picks a free display number itself (-displayfd) and is stopped with the test file.
 * Screenshots of X windows go through xwd (x11-apps) and ImageMagick's convert.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';

export interface Xvfb {
  display: string;
  stop(): void;
}

export const xvfbAvailable = () => ['/usr/bin/Xvfb', '/usr/bin/xwd', '/usr/bin/xwininfo'].every((p) => existsSync(p));

export function startXvfb(size = '1280x900x24'): Promise<Xvfb> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', size, '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stderr!.on('data', (d) => (err += d));
    child.stdio[3]!.on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve({ display: `:${out.trim()}`, stop: () => child.kill() });
    });
    child.on('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${err}`)));
  });
}

export interface XWindow {
  id: string;
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Every mapped top-level-ish window on the display, with its absolute position. */
export function windows(display: string): XWindow[] {
  const tree = execFileSync('xwininfo', ['-root', '-tree'], { env: { ...process.env, DISPLAY: display }, encoding: 'utf8' });
  const out: XWindow[] = [];
  for (const line of tree.split('\n')) {
    const m = /^\s+(0x[0-9a-f]+) (".*?"|\(has no name\)):.*?\s(\d+)x(\d+)\+-?\d+\+-?\d+\s+\+(-?\d+)\+(-?\d+)/.exec(line);
    if (m) out.push({ id: m[1], name: m[2], width: +m[3], height: +m[4], x: +m[5], y: +m[6] });
  }
  return out;
}

export function isViewable(display: string, id: string): boolean {
  return /Map State: IsViewable/.test(execFileSync('xwininfo', ['-id', id], { env: { ...process.env, DISPLAY: display }, encoding: 'utf8' }));
}

/** Captures one window (or the root) with xwd and converts it to PNG. */
export function captureWindow(display: string, id: string | 'root', png: string): void {
  const xwdFile = `${png}.xwd`;
  execFileSync('xwd', [...(id === 'root' ? ['-root'] : ['-id', id]), '-silent', '-out', xwdFile], { env: { ...process.env, DISPLAY: display } });
  execFileSync('/usr/bin/convert', [`xwd:${xwdFile}`, png]);
  rmSync(xwdFile, { force: true });
}

/** Pastes `top` onto `base` at (x, y). */
export function composite(base: string, top: string, x: number, y: number, out: string): void {
  execFileSync('/usr/bin/convert', [base, top, '-geometry', `+${x}+${y}`, '-composite', out]);
}
