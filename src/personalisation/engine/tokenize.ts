// Turns item text into the words the content model counts. Deliberately small and predictable:
// English stop words, markup and links removed, and a hand-written light stemmer (plural and
// common verb endings only) — enough to make "reports" meet "report" without a dependency.

const STOP_WORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being
  below between both but by can could did do does doing down during each few for from further had
  has have having he her here hers herself him himself his how i if in into is it its itself just
  me more most my myself no nor not now of off on once only or other our ours ourselves out over
  own same she should so some such than that the their theirs them themselves then there these
  they this those through to too under until up very was we were what when where which while who
  whom why will with would you your yours yourself yourselves new one two may might must shall
  us via per within without across among upon yet still ever every many much s t re ve ll d m`
    .split(/\s+/)
    .filter(Boolean),
);

const MARKUP = [
  /```[\s\S]*?```/g, // fenced code: not prose
  /!\[[^\]]*\]\([^)]*\)/g, // images: alt text is rarely descriptive of the topic
  /<[^>]+>/g, // HTML tags
  /https?:\/\/\S+|www\.\S+/g, // bare URLs
];

/** Lower-cased, stemmed content words of `text`, in order, with repeats. */
export function tokenize(text: string): string[] {
  let plain = text;
  for (const pattern of MARKUP) plain = plain.replace(pattern, ' ');
  // Markdown links keep their text, lose their target.
  plain = plain.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
  const words: string[] = [];
  // Accents decomposed so "café" indexes as "cafe"; skipped for plain ASCII, which most text is.
  const lower = plain.toLowerCase();
  for (const raw of (/[^\x00-\x7f]/.test(lower) ? lower.normalize('NFKD') : lower).split(/[^a-z0-9]+/)) {
    if (raw.length < 2 || STOP_WORDS.has(raw)) continue;
    // Numbers are noise except years, which often name a report's edition.
    if (/^\d+$/.test(raw) && raw.length !== 4) continue;
    words.push(stem(raw));
  }
  return words;
}

/** A light suffix stripper: plural and -ing/-ed forms only, never below four letters. */
export function stem(word: string): string {
  if (word.length <= 4 || /^\d/.test(word)) return word;
  if (word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('ing') && word.length > 6) return trimDouble(word.slice(0, -3));
  if (word.endsWith('ed') && word.length > 5) return trimDouble(word.slice(0, -2));
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is')) return word.slice(0, -1);
  return word;
}

/** "planning" → "plann" → "plan": undo the consonant doubling the suffix caused. */
function trimDouble(word: string): string {
  const last = word.at(-1);
  if (word.length > 3 && last === word.at(-2) && last !== undefined && !'aeiouls'.includes(last)) return word.slice(0, -1);
  return word;
}
