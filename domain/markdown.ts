/**
 * The one Markdown renderer for staff-written text shown to the public (penalty notices): the
 * SPA's live preview and the server's public page render with this, so what comms see is what
 * readers get. Raw HTML is off (a `<script>` typed into a notice is shown as text), links and
 * images may only point to http(s), mail or this site, and bare URLs are not turned into links
 * (a merchant's nickname that looks like a domain stays text).
 */
import MarkdownIt from 'markdown-it';

const SAFE_URL = /^(https?:\/\/|mailto:|\/(?!\/)|#)/i;
/** Any scheme at all (`javascript:`, `data:`, `vbscript:`…), after the whitespace and controls browsers ignore. */
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

export function isSafeUrl(url: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers strip these before reading a scheme
  const cleaned = url.replace(/[\u0000-\u0020\u007f]/g, '');
  return SAFE_URL.test(cleaned) || !(HAS_SCHEME.test(cleaned) || cleaned.startsWith('//'));
}

const md = new MarkdownIt({ html: false, linkify: false, typographer: false, breaks: false });
md.validateLink = isSafeUrl;

// Links written by staff lead off-site: tell browsers and search engines not to vouch for them.
const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const href = tokens[idx].attrGet('href') ?? '';
  if (/^(https?:)?\/\//i.test(href)) tokens[idx].attrSet('rel', 'nofollow noopener noreferrer');
  return defaultLinkOpen(tokens, idx, options, env, self);
};

/** Markdown → HTML, safe to put in a page as it is. */
export function renderMarkdown(source: string): string {
  return md.render(source ?? '');
}

/**
 * Text that must read literally inside Markdown (a nickname in a table cell): every character
 * Markdown could take as formatting, a link, an entity or a cell border is backslash-escaped,
 * and line breaks become spaces.
 */
export function escapeMarkdown(text: unknown): string {
  return String(text ?? '')
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_{}[\]()<>#+!|~&]/g, '\\$&');
}
