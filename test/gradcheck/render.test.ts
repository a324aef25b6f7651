import { describe, expect, it } from 'vitest';
import { checkGradients, renderGradcheckMarkdown, renderGradcheckText } from '../../src/gradcheck/index.ts';

const NEURON = `x = 2; t = 1; w = 0.5; b = -0.3
k = w*x + b; y = sigmoid(k); l = (y - t)^2
dl/dw = -0.2943
dl/db = -0.1471
∂l/∂k = 0.1471`;

describe('rendering a result for chat', () => {
  it('GIVEN a checked example THEN there is a summary and one line per claim with a tick or a cross and the hint', () => {
    expect(renderGradcheckMarkdown(checkGradients(NEURON))).toBe(
      [
        '**Gradient check: 2 of 3 correct**',
        '',
        '- ✅ `dl/dw = -0.2943` (line 3)',
        '- ✅ `dl/db = -0.1471` (line 4)',
        '- ❌ `dl/dk = 0.1471` (line 5): the sign is flipped',
      ].join('\n'),
    );
  });

  it('GIVEN reveal THEN each line also shows the true value', () => {
    const markdown = renderGradcheckMarkdown(checkGradients(NEURON, { reveal: true }));
    expect(markdown).toContain('- ❌ `dl/dk = 0.1471` (line 5): the sign is flipped (true value -0.147134)');
  });

  it('GIVEN no reveal THEN no true value appears anywhere', () => {
    expect(renderGradcheckMarkdown(checkGradients(NEURON))).not.toMatch(/0\.147134|0\.294268/);
  });

  it('GIVEN warnings THEN they follow the claims', () => {
    const markdown = renderGradcheckMarkdown(checkGradients('x = 0\ny = relu(x)\ndy/dx = 0'));
    expect(markdown.split('\n').at(-1)).toMatch(/^- ⚠️ line 2: relu\(0\) is not differentiable/);
  });

  it('GIVEN invalid input THEN the message carries line and column', () => {
    expect(renderGradcheckMarkdown(checkGradients('x = 2\ny = log(x - 2)\ndy/dx = 1'))).toBe(
      '❌ **Could not check the gradients** (line 2, column 5): log of 0: log needs a positive number',
    );
  });

  it('GIVEN the plain-text style THEN there is no Markdown markup', () => {
    const text = renderGradcheckText(checkGradients(NEURON));
    expect(text).not.toMatch(/[`*]/);
    expect(text).toContain('✘ dl/dk = 0.1471 (line 5): the sign is flipped');
  });

  it('GIVEN a claimed fraction THEN it is shown to six significant digits', () => {
    const text = renderGradcheckMarkdown(checkGradients('x = 3; y = 1/x; dy/dx = -1/9'));
    expect(text).toContain('`dy/dx = -0.111111`');
  });
});

describe('Markdown safety', () => {
  it('GIVEN names with underscores in a hint THEN they are escaped so chat does not italicise them', () => {
    const markdown = renderGradcheckMarkdown(checkGradients('w_1 = 2; w_2 = 5; y = w_1*w_2\ndy/dw_1 = 2'));
    expect(markdown).toContain(
      '`dy/dw_1 = 2` (line 2): equals the derivative with respect to w\\_2, not w\\_1',
    );
  });

  it('GIVEN a message quoting an operator THEN the asterisk is escaped', () => {
    const markdown = renderGradcheckMarkdown(checkGradients('x = 2\ny = 2 x\ndy/dx = 2'));
    expect(markdown).toContain('a missing operator such as \\* ?');
  });
});
