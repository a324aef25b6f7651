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

  it('GIVEN escaped Markdown characters THEN they are shown as themselves', () => {
    expect(markdownToHtml('a\\*b\\* and \\_c\\_')).toBe('<p>a*b* and _c_</p>');
    expect(markdownToHtml('> \\> 90%: A')).toBe('<p>&gt; &gt; 90%: A</p>');
    expect(markdownToPlainText('> \\> 90%: A')).toBe('> > 90%: A');
  });
});

describe('markdownToPlainText', () => {
  it('GIVEN links and emphasis THEN plain text with the addresses kept', () => {
    expect(
      markdownToPlainText('**Late**: see [the FAQ](https://example.org/faq) or <mailto:a@example.org>'),
    ).toBe('Late: see the FAQ (https://example.org/faq) or mailto:a@example.org');
  });
});
