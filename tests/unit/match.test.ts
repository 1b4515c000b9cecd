import { describe, expect, it } from 'vitest';
import { createMatcher, matchPatterns, pageHost } from '@/utils/engine/match';
import { carrierForUrl, hostEntries } from '@/utils/catalog/hosts';

const match = createMatcher([
  { host: 'tim.it', id: 'tim' },
  { host: 'proximus.be', id: 'proximus' },
  { host: 'xn--bcher-kva.example', id: 'idn' },
]);

describe('host matching', () => {
  it('matches the registrable domain and every subdomain', () => {
    expect(match('https://tim.it/')).toBe('tim');
    expect(match('https://www.tim.it/offerte')).toBe('tim');
    expect(match('https://login.tim.it/auth?x=1')).toBe('tim');
    expect(match('http://a.b.c.tim.it/')).toBe('tim');
  });

  it('never matches look-alike hosts', () => {
    expect(match('https://timtim.it/')).toBeUndefined();
    expect(match('https://tim.it.evil.example/')).toBeUndefined();
    expect(match('https://notproximus.be/')).toBeUndefined();
    expect(match('https://proximus.be-login.example/')).toBeUndefined();
    expect(match('https://example.com/?u=https://tim.it/')).toBeUndefined();
  });

  it('ignores ports, case and a trailing dot', () => {
    expect(match('https://WWW.TIM.IT:8443/x')).toBe('tim');
    expect(match('https://www.tim.it./')).toBe('tim');
    expect(match('https://my.proximus.be.:443/')).toBe('proximus');
  });

  it('matches internationalised domain names written in Unicode', () => {
    expect(match('https://www.bücher.example/')).toBe('idn');
    expect(match('https://www.xn--bcher-kva.example/')).toBe('idn');
  });

  it('matches only web pages', () => {
    expect(match('ftp://tim.it/')).toBeUndefined();
    expect(match('chrome://extensions')).toBeUndefined();
    expect(match('not a url')).toBeUndefined();
    expect(pageHost('file:///tim.it')).toBeUndefined();
  });

  it('builds one content-script pattern per host that covers its subdomains', () => {
    expect(matchPatterns(['tim.it', 'proximus.be', 'tim.it'])).toEqual(['*://*.proximus.be/*', '*://*.tim.it/*']);
  });
});

describe('the shipped carrier hosts', () => {
  it('recognises the carriers named in the foundation issue', () => {
    expect(carrierForUrl('https://www.vodafone.it/privati')).toBe('vodafone-it');
    expect(carrierForUrl('https://login.tim.it/')).toBe('tim');
    expect(carrierForUrl('http://www.iliad.it/account/')).toBe('iliad-it');
    expect(carrierForUrl('https://www.windtre.it/')).toBe('windtre');
    expect(carrierForUrl('https://www.proximus.be/')).toBe('proximus');
    expect(carrierForUrl('https://www.orange.be/nl')).toBe('orange-be');
    expect(carrierForUrl('https://www.base.be/en')).toBe('base');
    expect(carrierForUrl('https://www2.telenet.be/nl/')).toBe('telenet');
    expect(carrierForUrl('https://www.airalo.com/')).toBe('airalo');
    expect(carrierForUrl('https://example.com/')).toBeUndefined();
  });

  it('gives one manifest pattern per host and never <all_urls>', () => {
    const patterns = matchPatterns(hostEntries.map((e) => e.host));
    expect(patterns).toHaveLength(new Set(hostEntries.map((e) => e.host)).size);
    for (const p of patterns) expect(p).toMatch(/^\*:\/\/\*\.[a-z0-9.-]+\/\*$/);
  });
});
