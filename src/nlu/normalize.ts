// Text → one canonical lowercase string of words separated by single spaces, so that the
// vocabulary and the sector aliases can be matched exactly: capitals, diacritics, punctuation,
// HTML and mention remnants, emoji and very long input all fold away here.

/** Raw input beyond this many characters is not looked at (a question is never this long). */
const MAX_INPUT_CHARS = 2000;
/** The normalized text is cut (at a word boundary) to this length. */
export const MAX_NORMALIZED_CHARS = 500;

const ENTITIES: Record<string, string> = { amp: '&', nbsp: ' ', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };

/**
 * Normalize a question: "Realisatie UMC’s t/m 2024?" → "realisatie umcs tm 2024".
 * - `<at>…</at>` mentions, other HTML tags and a leading "banenbot"/"@banenbot" are dropped;
 * - lowercase, diacritics folded ("Financiën" → "financien");
 * - apostrophes vanish ("umc's" → "umcs"), "&" becomes "en" ("I&W" → "ienw"), "%" becomes "procent";
 * - dots inside abbreviations and numbers vanish ("t.o.v." → "tov", "5.078" → "5078");
 * - a year written short becomes four digits ("in '23" → "in 2023", "'19-'24" → "2019 tm 2024");
 * - a year range "2019-2024" or "2023-24" becomes "2019 tm 2024", "t/m" becomes "tm";
 * - 👍/🙏 read as "bedankt", 👋 as "hallo"; every other character that is not a letter or digit is a space.
 */
/** "'23" → 2023, "'98" → 1998: the banenafspraak years are this century, older ones the last. */
function shortYear(yy: string): string {
  return `${Number(yy) <= 50 ? '20' : '19'}${yy}`;
}

export function normalize(text: string): string {
  // One question is normalized by several readers (features, prose, follow-up): the last few
  // results are kept, so it is folded once. A pure function of the text, so nothing can go stale.
  for (const entry of recent) if (entry.text === text) return entry.normalized;
  const normalized = fold(text);
  recent[next] = { text, normalized };
  next = (next + 1) % recent.length;
  return normalized;
}

const recent: { text: unknown; normalized: string }[] = [
  { text: undefined, normalized: '' },
  { text: undefined, normalized: '' },
  { text: undefined, normalized: '' },
];
let next = 0;

const NOT_ASCII = /[^\u0000-\u007f]/;

function fold(text: string): string {
  let s = typeof text === 'string' ? text.slice(0, MAX_INPUT_CHARS) : '';
  s = s
    .replace(/&(amp|nbsp|lt|gt|quot|apos|#39);/gi, (_, name: string) => ENTITIES[name.toLowerCase()] ?? ' ')
    .replace(/<at\b[^<>]{0,100}>[\s\S]{0,200}?<\/at>/gi, ' ')
    .replace(/<[^<>]{0,200}>/g, ' ');
  // Emoji and diacritics are not ASCII: most questions are, and skip these steps.
  if (NOT_ASCII.test(s))
    s = s
      .replace(/[\u{1F44D}\u{1F64F}]/gu, ' bedankt ')
      .replace(/\u{1F44B}/gu, ' hallo ')
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '');
  s = s
    .toLowerCase()
    .replace(/(^|[^a-z0-9])['’‘`´](\d{2})(?!\d)/g, (_, before: string, yy: string) => `${before} ${shortYear(yy)} `)
    .replace(/['’‘`´]/g, '')
    .replace(/&/g, 'en')
    .replace(/%/g, ' procent ')
    .replace(/\bt\s*\/\s*m\b/g, ' tm ')
    .replace(/\b(\d{4})\s*[-–—]\s*(\d{4})\b/g, '$1 tm $2')
    .replace(/\b((?:19|20)(\d{2}))\s*[-–—]\s*(\d{2})\b/g, (m, y: string, a: string, b: string) =>
      Number(b) === Number(a) + 1 ? `${y} tm ${y.slice(0, 2)}${b}` : m,
    )
    .replace(/(\d)[.,](?=\d{3}\b)/g, '$1')
    .replace(/(?<=(?:^|[^a-z0-9])[a-z]{1,4})\.(?=[a-z0-9])/g, '')
    // Every run of other characters as one space (a lone space between words is left as it is).
    .replace(/(?! (?![^a-z0-9]))[^a-z0-9]+/g, ' ')
    .trim();
  s = s.replace(/^(?:at )?banenbot\b\s*/, '');
  if (s.length > MAX_NORMALIZED_CHARS) {
    const cut = s.slice(0, MAX_NORMALIZED_CHARS);
    const space = cut.lastIndexOf(' ');
    s = space > 0 ? cut.slice(0, space) : cut;
  }
  return s;
}
