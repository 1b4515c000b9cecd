/** Flag emoji ↔ ISO 3166-1 alpha-2 codes (regional indicator symbols). */

/** "🇮🇹" → "IT"; undefined when the text holds no flag. */
export function flagToCode(text: string): string | undefined {
  const points = [...text.trim()].map((c) => c.codePointAt(0)!);
  if (points.length !== 2 || !points.every((p) => p >= 0x1f1e6 && p <= 0x1f1ff)) return undefined;
  return String.fromCharCode(...points.map((p) => p - 0x1f1e6 + 65));
}

export function codeToFlag(code: string): string {
  if (!/^[A-Z]{2}$/.test(code)) return '🌐';
  return String.fromCodePoint(...[...code].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65));
}
