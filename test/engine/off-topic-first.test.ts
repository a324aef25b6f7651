// A question the request gate reads as a request falls back as off-topic when the class it is nearest of all is one
// of the engine's off-topic examples, clearly above every kind of private request (model.ts, offTopicFirst): "can
// you write me a cover letter" asks for something that is not the staff's. The gate's threshold is set to 0 here, so
// every question is a request to it and only the ranking decides.
import { describe, expect, it } from 'vitest';
import { botany, modelWithGateAt } from './fixtures.ts';

const model = modelWithGateAt(botany(), 0);

describe('GIVEN a gate that reads every question as a request', () => {
  it.each([
    'Can you write me a cover letter for an internship?',
    'could you write my cover letter',
    'can you do my calculus homework for me',
  ])('WHEN "%s", nearest an off-topic example, is asked THEN it falls back as off-topic', (q) => {
    const d = model.decide(q);
    expect(d.kind).toBe('fallback');
    expect(d.kind === 'fallback' && d.declined?.by).toBe('engine');
  });

  it.each(['pls recount my points', 'can i get an extension for the lab report, i was sick all week'])(
    'WHEN "%s", a private request, is asked THEN it is still redirected',
    (q) => {
      expect(model.decide(q).kind).toBe('redirect');
    },
  );
});
