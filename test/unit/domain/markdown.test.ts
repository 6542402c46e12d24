import { describe, expect, it } from 'vitest';
import { isSafeUrl, renderMarkdown } from '../../../domain/markdown';

describe('the Markdown renderer (notices: SPA preview and public page)', () => {
  it('renders Markdown', () => {
    expect(renderMarkdown('**bold** and [link](https://example.com/a)')).toBe(
      '<p><strong>bold</strong> and <a href="https://example.com/a" rel="nofollow noopener noreferrer">link</a></p>\n',
    );
    expect(renderMarkdown('| a | b |\n|---|---|\n| 1 | 2 |')).toContain('<td>1</td>');
  });

  it('raw HTML is shown as text, never as markup', () => {
    const html = renderMarkdown('<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\nhi <b onclick="x">there</b>');
    expect(html).not.toMatch(/<script|<img|<b /);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('links and images only to http(s), mail and this site', () => {
    for (const bad of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html;base64,PHNjcmlwdD4=',
      'vbscript:x',
      '//evil.example',
    ]) {
      expect(isSafeUrl(bad), bad).toBe(false);
      expect(renderMarkdown(`[x](${bad}) ![y](${bad})`), bad).not.toMatch(/<a |<img /);
    }
    for (const good of ['https://example.com', 'mailto:comms@example.com', '/notices', '#entries', 'notices/x']) expect(isSafeUrl(good), good).toBe(true);
    expect(renderMarkdown('[home](/notices)')).toBe('<p><a href="/notices">home</a></p>\n');
  });

  it('bare addresses stay text (a nickname that looks like a domain is not a link)', () => {
    expect(renderMarkdown('www.evil.example and https://evil.example')).not.toContain('<a ');
  });
});
