// Brand colours: WCAG contrast arithmetic and the small stylesheet (/brand.css) that carries
// an organisation's colours to the page. The CSP allows no inline styles, so colours reach
// the CSS as custom properties in a file of their own, linked after site.css.
import type { SiteSettings } from './settings.js';

/** The page backgrounds text sits on in site.css: --paper and --paper-tint. */
export const PAPER = '#ffffff';
export const PAPER_TINT = '#f3f7f8';
/** The text colour site.css puts on the brand colour (header, buttons): --brand-contrast. */
export const ON_BRAND = '#ffffff';
/** WCAG 2 AA for normal-size text. */
export const AA_TEXT = 4.5;

export const HEX_COLOUR = /^#[0-9a-f]{6}$/;

function channels(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Relative luminance, as WCAG 2 defines it. */
export function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The colour mixed towards black by `amount` (0..1): hover and pressed states. */
export function darken(hex: string, amount: number): string {
  return `#${channels(hex).map((c) => Math.round(c * (1 - amount)).toString(16).padStart(2, '0')).join('')}`;
}

/** "#AbC123 " → "#abc123"; "#abc" → "#aabbcc"; anything else is returned trimmed, for the checker to refuse. */
export function normaliseColour(input: string): string {
  const value = input.trim().toLowerCase();
  const short = /^#?([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(value);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  if (/^[0-9a-f]{6}$/.test(value)) return `#${value}`;
  return value;
}

const format = (ratio: number) => (Math.floor(ratio * 100) / 100).toFixed(2);

/**
 * Why a brand colour cannot be used, or undefined when it can. site.css puts white text on
 * it (header, buttons) and uses it as text on the page and on tinted panels.
 */
export function brandColourProblem(colour: string): string | undefined {
  if (!HEX_COLOUR.test(colour)) return 'Enter a colour as # followed by six hexadecimal digits, for example #0b5563.';
  const onBrand = contrastRatio(ON_BRAND, colour);
  const onTint = contrastRatio(colour, PAPER_TINT);
  const worst = Math.min(onBrand, onTint);
  if (worst >= AA_TEXT) return undefined;
  return `White text on ${colour} has a contrast ratio of ${format(onBrand)}:1, and ${colour} text on the tinted panels ${format(onTint)}:1; both need at least 4.5:1 to meet WCAG AA. Choose a darker colour.`;
}

/** Why a link colour cannot be used: links sit on the white page and on tinted panels. */
export function linkColourProblem(colour: string): string | undefined {
  if (!HEX_COLOUR.test(colour)) return 'Enter a colour as # followed by six hexadecimal digits, for example #0b5563.';
  const onPaper = contrastRatio(colour, PAPER);
  const onTint = contrastRatio(colour, PAPER_TINT);
  if (Math.min(onPaper, onTint) >= AA_TEXT) return undefined;
  return `Links in ${colour} have a contrast ratio of ${format(onPaper)}:1 on the white page and ${format(onTint)}:1 on tinted panels; they need at least 4.5:1 to meet WCAG AA. Choose a darker colour.`;
}

/** The version in /brand.css?v=…: the colours themselves, so a change gives a new URL. */
export function brandVersion(site: Pick<SiteSettings, 'colours'>): string {
  return `${site.colours.brand.slice(1)}${site.colours.link.slice(1)}`;
}

export function brandCssPath(site: Pick<SiteSettings, 'colours'>): string {
  return `/brand.css?v=${brandVersion(site)}`;
}

/** The custom properties site.css reads, from settings that were checked when saved. */
export function brandCss(site: Pick<SiteSettings, 'colours'>): string {
  const { brand, link } = site.colours;
  return [
    '/* Brand colours from the site settings. */',
    ':root {',
    `  --brand: ${brand};`,
    `  --brand-dark: ${darken(brand, 0.25)};`,
    `  --link: ${link};`,
    `  --link-hover: ${darken(link, 0.25)};`,
    '}',
    '',
  ].join('\n');
}
