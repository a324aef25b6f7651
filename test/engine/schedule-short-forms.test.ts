// A "when" question may name an event by a short form of its title: the initials of its words ("when do we cover
// PCA" of "Principal Component Analysis") or, beside other words of the title, the start of one word ("web app
// security lecture date" of "Web Application Security"). A word that stands for no event still makes the question
// one the schedule does not answer.
import { describe, expect, it } from 'vitest';
import { scheduleOnly, whenIds } from './fixtures.ts';

const content = scheduleOnly(
  `course: GEO 310 Spatial Data
timezone: America/Chicago
events:
  - { id: pca, type: lecture, title: "Principal Component Analysis", start: "2031-03-04 10:00", end: "2031-03-04 11:15" }
  - { id: security, type: lecture, title: "Web Application Security", start: "2031-03-06 10:00", end: "2031-03-06 11:15" }
  - { id: comp, type: lecture, title: "Workers' Compensation and Safety", start: "2031-03-11 10:00", end: "2031-03-11 11:15" }
  - { id: complex, type: lecture, title: "Complexity of Spatial Queries", start: "2031-03-13 10:00", end: "2031-03-13 11:15" }
  - { id: maps, type: deadline, title: "Map project", due: "2031-03-20 17:00" }
  - { id: graphs, type: lecture, title: "Graphs and Networks", start: "2031-03-18 10:00", end: "2031-03-18 11:15" }
  - { id: models, type: lecture, title: "Generative models", description: "Reading: the GAN paper", start: "2031-03-25 10:00", end: "2031-03-25 11:15" }
`,
  { name: 'Spatial Data', code: 'GEO 310' },
);
const now = new Date('2031-02-01T12:00:00Z');

describe('GIVEN sessions whose titles students shorten', () => {
  it.each([
    ['when do we cover PCA', ['pca']],
    ['web app security lecture date', ['security']],
    ['when is the web app security class', ['security']],
    ['workers comp and safety date', ['comp']],
  ])('WHEN "%s" is asked THEN the session it shortens is found', (q, expected) => {
    expect(whenIds(q, content, now)).toEqual(expected);
  });

  it('WHEN a start of a word is asked alone THEN it names nothing: it could start many words', () => {
    expect(whenIds('when is comp', content, now)).toBeNull();
    expect(whenIds('when is app', content, now)).toBeNull();
  });

  it('WHEN a word that could be a short form is what a session covers THEN that session is found', () => {
    // ("gan" could be the initials of "Graphs and Networks", but the description of another session names it)
    expect(whenIds('when do we discuss the GAN paper', content, now)).toEqual(['models']);
  });

  it('WHEN a word fits no title THEN the schedule does not answer', () => {
    expect(whenIds('when do we cover LDA', content, now)).toBeNull();
    expect(whenIds('when is the web app testing lecture', content, now)).toBeNull();
  });
});
