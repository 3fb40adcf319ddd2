import { describe, expect, it } from 'vitest';
import { unsafeMarkupIn } from '../testing/html-dom.ts';
import { markdownToPlainText, renderMarkdown } from './markdown.ts';

describe('Markdown for the public site', () => {
  it('renders what writers use: headings, lists, emphasis, links, quotes', () => {
    const page = renderMarkdown(
      '# Title\n\n## Why\n\n- **brace** first\n- then *move*\n\n> calm\n\n[the method](/archive)',
    );
    expect(page).toContain('<h2>Title</h2>');
    expect(page).toContain('<li><strong>brace</strong> first</li>');
    expect(page).toContain('<a href="/archive">the method</a>');
    expect(page).toContain('<blockquote>');
  });

  it.each([
    ['a script element', '<script>alert(1)</script>'],
    ['an event handler', '<img src=x onerror="alert(1)">'],
    ['an event handler in a link', '<a href="/" onclick="alert(1)">x</a>'],
    ['a javascript: link', '[click](javascript:alert(1))'],
    ['an encoded javascript: link', '[click](jav&#x61;script:alert(1))'],
    ['a javascript: link with spaces', '[click]( java\tscript:alert(1))'],
    ['a javascript: image', '![x](javascript:alert(1))'],
    ['a javascript: reference link', '[x][1]\n\n[1]: javascript:alert(1)'],
    ['a data: link', '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
    ['an autolink to javascript:', '<javascript:alert(1)>'],
    ['an iframe', '<iframe src="https://evil.example"></iframe>'],
    ['a style element', '<style>body{display:none}</style>'],
    ['an svg with a handler', '<svg onload="alert(1)"></svg>'],
  ])('leaves no %s in the page', (_name, payload) => {
    const page = renderMarkdown(`Before\n\n${payload}\n\nafter`);
    expect(unsafeMarkupIn(page)).toEqual([]);
    expect(page).toContain('<p>Before</p>');
  });

  it('shows raw HTML typed in the text as text', () => {
    expect(renderMarkdown('<b>bold?</b>')).toContain('&lt;b&gt;bold?&lt;/b&gt;');
  });

  it('gives the plain words of a text', () => {
    expect(markdownToPlainText('## Knees out\n\nPush your **knees** over your feet.')).toBe(
      'Knees out Push your knees over your feet.',
    );
  });

  it('gives the plain words as text, not HTML: ampersands, angle brackets and quotes as typed', () => {
    expect(markdownToPlainText('Hips & knees: 5 < 6, <b>bold?</b> and &amp;lt;')).toBe(
      'Hips & knees: 5 < 6, <b>bold?</b> and &lt;',
    );
  });
});
