// Canvas HTML in, sanitised HTML out: questions are read as text; replies carry only the bot's own tags.
import { describe, expect, it } from 'vitest';
import {
  htmlToText,
  markdownToHtml,
  markdownToPlainText,
} from '../../../src/platforms/canvas/canvas-html.ts';

describe('htmlToText', () => {
  it('GIVEN an entry as Canvas stores it THEN blocks become lines, entities are decoded, scripts dropped', () => {
    expect(
      htmlToText(
        '<p>Hi&nbsp;all,</p><p>what&#39;s the <strong>late</strong> penalty &amp; the &#x2014; rule?</p><ul><li>one</li><li>two</li></ul><script>alert(1)</script><style>p{}</style>',
      ),
    ).toBe("Hi all,\nwhat's the late penalty & the — rule?\n\n- one\n- two");
  });

  it('GIVEN <br> and Canvas mentions THEN lines as written, and the mentions (whom it addresses) left out', () => {
    expect(
      htmlToText(
        'line one<br/>line <span class="mceNonEditable mention" data-mention="9000">@Course Bot</span> two<br>' +
          '<span class="quote">ask <span data-mention="1002">@Jane Doe</span> and <a class="mention" href="/users/7">@Piet</a></span>',
      ),
    ).toBe('line one\nline two\nask and');
  });

  it('GIVEN spans and links that are not mentions THEN their text stays', () => {
    expect(
      htmlToText('<span class="mentionable">the exam</span> <a href="/files/1" title="mention">@ 10:00</a>'),
    ).toBe('the exam @ 10:00');
  });
  it('GIVEN markup that never closes THEN only what closes is read as markup, and the text after it is kept', () => {
    // (the text after the last ">" is not searched for tags: npm run bench -- canvas-html)
    expect(htmlToText('<p>a &lt; b</p> x < y &amp; z <!-- open')).toBe('a < b\nx < y & z <!-- open');
    expect(htmlToText('a <!-- c --> b <!-- d')).toBe('a b <!-- d');
    expect(htmlToText('<p>one</p><script>never closed <p>two</p>')).toBe('one\nnever closed two');
    expect(htmlToText('İİ<SCRIPT>alert(1)</Script >after <b>bold')).toBe('İİ after bold');
    expect(htmlToText('<style>p{}</style><svg><script>x</script></svg>ok <i')).toBe('ok <i');
    expect(htmlToText('<span data-mention="1">@Bot</span> when <3 &amp; more <li')).toBe(
      'when <3 & more <li',
    );
  });
});

describe('markdownToHtml', () => {
  it('GIVEN paragraphs, a list after a line, emphasis, code and links THEN the matching tags', () => {
    expect(
      markdownToHtml(
        'Late costs **2 points** a day, see *the rules*.\n- Include: your `name`\n- [the FAQ](https://example.org/faq)\n\nMail <mailto:a@example.org>',
      ),
    ).toBe(
      '<p>Late costs <strong>2 points</strong> a day, see <em>the rules</em>.</p>\n' +
        '<ul><li>Include: your <code>name</code></li><li><a href="https://example.org/faq">the FAQ</a></li></ul>\n' +
        '<p>Mail <a href="mailto:a@example.org">mailto:a@example.org</a></p>',
    );
  });

  it('GIVEN markup and dangerous links in the text THEN they come out as text, never as tags or javascript: links', () => {
    const html = markdownToHtml(
      '<img src=x onerror="alert(1)"> [click](javascript:alert(1)) <script>x</script> " \' &',
    );
    expect(html).not.toMatch(/<img|<script|href="javascript/i);
    expect(html).toBe(
      '<p>&lt;img src=x onerror=&quot;alert(1)&quot;&gt; [click](javascript:alert(1)) &lt;script&gt;x&lt;/script&gt; &quot; &#39; &amp;</p>',
    );
  });

  it('GIVEN bare web addresses (a syllabus quote, an answer) THEN they are links, as on the web page and in chat', () => {
    expect(
      markdownToHtml(
        'Slides: https://example.org/slides. Forms (https://example.org/a_b_c), **https://example.org/p?q=1&r=2**',
      ),
    ).toBe(
      '<p>Slides: <a href="https://example.org/slides">https://example.org/slides</a>. ' +
        'Forms (<a href="https://example.org/a_b_c">https://example.org/a_b_c</a>), ' +
        '<strong><a href="https://example.org/p?q=1&amp;r=2">https://example.org/p?q=1&amp;r=2</a></strong></p>',
    );
    // code stays code; other schemes and a quote in the address are not linked
    expect(markdownToHtml('`https://example.org` javascript:alert(1) http://"onmouseover=x')).toBe(
      '<p><code>https://example.org</code> javascript:alert(1) http://&quot;onmouseover=x</p>',
    );
  });

  it('GIVEN escaped Markdown characters THEN they are shown as themselves', () => {
    expect(markdownToHtml('a\\*b\\* and \\_c\\_')).toBe('<p>a*b* and _c_</p>');
    expect(markdownToHtml('> \\> 90%: A')).toBe('<blockquote><p>&gt; 90%: A</p></blockquote>');
    expect(markdownToHtml('\\> 90%: A')).toBe('<p>&gt; 90%: A</p>');
    expect(markdownToPlainText('> \\> 90%: A')).toBe('> > 90%: A');
  });

  it('GIVEN a backslash inside a code span or a link label THEN it is shown as written, as the web page shows it', () => {
    const html = {
      code: markdownToHtml('run `a\\*b` now'),
      cell: markdownToHtml('| op | meaning |\n| --- | --- |\n| `a \\| b` | bitwise or |'),
      label: markdownToHtml('[a\\*b](https://x.org)'),
      escapedBrackets: markdownToHtml('[see \\[1\\]](https://x.org)'),
      escapedBacktick: markdownToHtml('\\`a\\` and `x\\\\` b'),
    };
    expect(Object.values(html).join('')).not.toContain('\uE000');
    expect(html.code).toBe('<p>run <code>a\\*b</code> now</p>');
    expect(html.cell).toContain('<td><code>a \\| b</code></td><td>bitwise or</td>');
    expect(html.label).toBe('<p><a href="https://x.org/">a\\*b</a></p>');
    // (an escaped bracket opens no link: the web page shows the brackets too, and links the bare address)
    expect(html.escapedBrackets).toBe('<p>[see [1]](<a href="https://x.org/">https://x.org</a>)</p>');
    expect(html.escapedBacktick).toBe('<p>`a` and <code>x\\\\</code> b</p>');
  });
});

describe('markdownToHtml on a quote from the course documents', () => {
  /** The text of the HTML: what a reader sees, tags gone (entities left as they are). */
  const shown = (html: string) => html.replace(/<[^>]*>/g, '');

  it('GIVEN a quote with a table, a paragraph and a nested list THEN a blockquote holding them, no marker or bar left as text', () => {
    const html = markdownToHtml(
      [
        'From the Syllabus, Grading:',
        '',
        '> | component | weight |',
        '> | --- | :---: |',
        '> | Lab reports | **30%** |',
        '> | Midterm exam | 30% |',
        '>',
        '> Grades are posted',
        '> within two weeks.',
        '>',
        '> - Textbook: *Marine Biology*',
        '> - A lab notebook',
        '>   - Numbered pages',
        '>   - Bound',
        '> - Goggles',
      ].join('\n'),
    );
    expect(html).toBe(
      '<p>From the Syllabus, Grading:</p>\n' +
        '<blockquote>' +
        '<table><thead><tr><th scope="col">component</th><th scope="col">weight</th></tr></thead>' +
        '<tbody><tr><td>Lab reports</td><td><strong>30%</strong></td></tr><tr><td>Midterm exam</td><td>30%</td></tr></tbody></table>\n' +
        '<p>Grades are posted<br>within two weeks.</p>\n' +
        '<ul><li>Textbook: <em>Marine Biology</em></li>' +
        '<li>A lab notebook<ul><li>Numbered pages</li><li>Bound</li></ul></li>' +
        '<li>Goggles</li></ul>' +
        '</blockquote>',
    );
    expect(shown(html)).not.toContain('&gt;');
    expect(shown(html)).not.toContain('|');
  });

  it('GIVEN quotes in quotes, lists of both kinds in each other and a table under an item THEN each nests where it stands', () => {
    expect(markdownToHtml('> outer\n>\n> > inner\n\nafter')).toBe(
      '<blockquote><p>outer</p>\n<blockquote><p>inner</p></blockquote></blockquote>\n<p>after</p>',
    );
    expect(markdownToHtml('- a\n  1. b\n     - c\n- d\n  1. e\n     - f')).toBe(
      '<ul><li>a<ol><li>b<ul><li>c</li></ul></li></ol></li><li>d<ol><li>e<ul><li>f</li></ul></li></ol></li></ul>',
    );
    expect(markdownToHtml('1. one\n   | a | b |\n   | c | d |\n2. two\n   more of two')).toBe(
      '<ol><li>one<table><tbody><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></tbody></table></li>' +
        '<li>two<br>more of two</li></ol>',
    );
  });

  it('GIVEN a quote from the middle of a numbered list THEN the list starts at its first number, not at 1', () => {
    expect(markdownToHtml('> 30. Label the slide.\n> 31. Book the microscope.')).toBe(
      '<blockquote><ol start="30"><li>Label the slide.</li><li>Book the microscope.</li></ol></blockquote>',
    );
    expect(markdownToHtml('1. a\n2. b\n   7) c\n   8) d')).toBe(
      '<ol><li>a</li><li>b<ol start="7"><li>c</li><li>d</li></ol></li></ol>',
    );
  });

  it('GIVEN a fenced code block THEN its lines as written in <pre><code>, not read as Markdown, as the web page shows it', () => {
    expect(
      markdownToHtml('Run:\n```sh\n| a | b |\n| c | d |\n> q\n<b>x</b> & **y**\n\n# z\n```\nafter'),
    ).toBe(
      '<p>Run:</p>\n<pre><code>| a | b |\n| c | d |\n&gt; q\n&lt;b&gt;x&lt;/b&gt; &amp; **y**\n\n# z</code></pre>\n<p>after</p>',
    );
    // (in a quote, after its marker; a fence never closed runs to the end)
    expect(markdownToHtml('> Setup:\n> ```\n> # create\n> > output\n> ```\n> done\n\n```\n- a')).toBe(
      '<blockquote><p>Setup:</p>\n<pre><code># create\n&gt; output</code></pre>\n<p>done</p></blockquote>\n' +
        '<pre><code>- a</code></pre>',
    );
    // (indented under a list item it is no fence, as on the web page: the lines go on the item)
    expect(markdownToHtml('- a\n  ```\n  x\n  ```')).toBe('<ul><li>a<br>```<br>x<br>```</li></ul>');
  });

  it('GIVEN ">" without a space after it THEN text, not a quote', () => {
    expect(markdownToHtml('>= 90: A\n>80: B')).toBe('<p>&gt;= 90: A<br>&gt;80: B</p>');
    expect(markdownToHtml('> >= 90: A\n> >80: B')).toBe(
      '<blockquote><p>&gt;= 90: A<br>&gt;80: B</p></blockquote>',
    );
    expect(markdownToHtml('> quoted\n>= 90: A')).toBe(
      '<blockquote><p>quoted</p></blockquote>\n<p>&gt;= 90: A</p>',
    );
  });

  it('GIVEN a single line of bars THEN it stays text, not a table', () => {
    expect(markdownToHtml('| component | weight |')).toBe('<p>| component | weight |</p>');
    expect(markdownToHtml('> | component | weight |')).toBe(
      '<blockquote><p>| component | weight |</p></blockquote>',
    );
  });

  it('GIVEN 10,000 nested quote markers THEN no error: quotes nest 8 deep and the rest of the markers are text', () => {
    const html = markdownToHtml(`${'> '.repeat(10_000)}deep`);
    expect(html.match(/<blockquote>/g)).toHaveLength(8);
    expect(html).toContain(`<p>${'&gt; '.repeat(10_000 - 8)}deep</p>`);
  });

  it('GIVEN markup and javascript: links in a quote and in table cells THEN they stay text', () => {
    const html = markdownToHtml(
      [
        '> <script>alert(1)</script> [x](javascript:alert(1))',
        '> | <img src=x onerror=alert(1)> | [y](javascript:alert(2)) |',
        '> | --- | --- |',
        '> | "a" \\| <b> | [ok](https://example.org/a?b=1&c=2) |',
      ].join('\n'),
    );
    expect(html).not.toMatch(/<script|<img|<b>|href="javascript/i);
    expect(html).toBe(
      '<blockquote><p>&lt;script&gt;alert(1)&lt;/script&gt; [x](javascript:alert(1))</p>\n' +
        '<table><thead><tr><th scope="col">&lt;img src=x onerror=alert(1)&gt;</th><th scope="col">[y](javascript:alert(2))</th></tr></thead>' +
        '<tbody><tr><td>&quot;a&quot; | &lt;b&gt;</td><td><a href="https://example.org/a?b=1&amp;c=2">ok</a></td></tr></tbody></table>' +
        '</blockquote>',
    );
  });

  it('GIVEN the HTML of a quote with a table read back as a post THEN its cells are words apart', () => {
    expect(
      htmlToText(
        '<blockquote><table><thead><tr><th scope="col">component</th><th scope="col">weight</th></tr></thead>' +
          '<tbody><tr><td>Lab reports</td><td>30%</td></tr></tbody></table></blockquote><p>is that right?</p>',
      ),
    ).toBe('component weight\nLab reports 30%\n\nis that right?');
  });
});

describe('markdownToPlainText', () => {
  it('GIVEN links and emphasis THEN plain text with the addresses kept', () => {
    expect(
      markdownToPlainText('**Late**: see [the FAQ](https://example.org/faq) or <mailto:a@example.org>'),
    ).toBe('Late: see the FAQ (https://example.org/faq) or mailto:a@example.org');
  });
});
