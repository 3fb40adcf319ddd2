/** The longest slug made from a title; a slug says what the article is, it does not repeat the whole title. */
const MAX_SLUG_FROM_TITLE = 80;

/**
 * A title as an address: lowercase ASCII letters and digits joined by single hyphens, accents dropped
 * ("Knees out: why it matters" → "knees-out-why-it-matters"). A title with nothing usable gives the
 * fallback ("article" unless another is given).
 */
export function slugFromTitle(title: string, fallback = 'article'): string {
  const words = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG_FROM_TITLE) break;
    slug = next;
  }
  return slug || words[0]?.slice(0, MAX_SLUG_FROM_TITLE) || fallback;
}

/** The first of base, base-2, base-3, … that is not taken. */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let suffix = 2; ; suffix++) {
    const candidate = `${base}-${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}
