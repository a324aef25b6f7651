// The question log's scrubber: every kind of identifier becomes its placeholder; course content stays as typed.
import { describe, expect, it } from 'vitest';
import { scrubIdentifiers } from '../../src/question-log/scrub-identifiers.ts';

describe('GIVEN a question with an identifier in it', () => {
  it.each([
    ['reach me at jane@uni.edu about the exam', 'reach me at [email] about the exam'],
    ['mailto:jane.doe+cs109@mail.uni.edu.au has my notes', '[email] has my notes'],
    ['JANE.DOE@Student.UNI.nl', '[email]'],
    ['write to jane [at] uni [dot] edu', 'write to [email]'],
    ['jane(at)uni(dot)edu', '[email]'],
    // A zero-width space typed into an address still leaves none of it.
    ['jane\u200b@uni.edu', '[email]'],
  ])('WHEN it is an e-mail address (%j) THEN it becomes [email]', (question, scrubbed) => {
    expect(scrubIdentifiers(question)).toBe(scrubbed);
  });

  it.each([
    ['call me on +31 6 1234 5678', 'call me on [phone]'],
    ['+31612345678 is my number', '[phone] is my number'],
    ['+1 (555) 123-4567', '[phone]'],
    ['(555) 123-4567', '[phone]'],
    ['text 555-123-4567', 'text [phone]'],
    ['555.123.4567', '[phone]'],
    ['555 123 4567', '[phone]'],
    ['06-12345678', '[phone]'],
    ['020 7946 0958', '[phone]'],
  ])('WHEN it is a phone number (%j) THEN it becomes [phone]', (question, scrubbed) => {
    expect(scrubIdentifiers(question)).toBe(scrubbed);
  });

  it.each([
    [
      'my student number is 12345678, can i get an extension',
      'my student number is [number], can i get an extension',
    ],
    ['student no. 4821 here, where is my grade', 'student no. [number] here, where is my grade'],
    ['my student id is s1234567', 'my student id is [number]'],
    ['studentnumber: 123456', 'studentnumber: [number]'],
    ['u7654321 asking about a3', '[number] asking about a3'],
    ['is 0612345678 right', 'is [number] right'],
  ])(
    'WHEN it is a student number or another long number (%j) THEN it becomes [number]',
    (question, scrubbed) => {
      expect(scrubIdentifiers(question)).toBe(scrubbed);
    },
  );

  it.each([
    [
      '<@123456789012345678> and I want to know the late penalty',
      '[mention] and I want to know the late penalty',
    ],
    [
      'can <@!987654321098765432> and <@&112233445566778899> hand in late',
      'can [mention] and [mention] hand in late',
    ],
    ['does <@U012AB3CD> or <@W0XYZ987|jan> grade it', 'does [mention] or [mention] grade it'],
    ['<!subteam^S0123ABC|@tas> is the lab on', '[mention] is the lab on'],
    ['@Jane Doe when is the exam', '[mention] when is the exam'],
    ['did @Jane Doe-Smith say the exam moved?', 'did [mention] say the exam moved?'],
    ['@jdoe can you help', '[mention] can you help'],
    ['@Prof. Smith is the midterm open book', '[mention] is the midterm open book'],
    // Capitalised function words after a name are the question, not the name.
    ['@Jane When is the exam', '[mention] When is the exam'],
    ['@Jane I missed the lab', '[mention] I missed the lab'],
    ['@someone knows the room', '[mention] knows the room'],
  ])('WHEN it is a mention (%j) THEN it becomes [mention]', (question, scrubbed) => {
    expect(scrubIdentifiers(question)).toBe(scrubbed);
  });
});

describe('GIVEN course content that looks like numbers or handles', () => {
  it.each([
    ['is the exam on 2026-10-01 at 09:00-11:00'],
    ['deadline 10.01.2026 or 12/10/2026 or 1-10-2026?'],
    ['lecture at 13:15 on Oct 12, 2026 in room 101'],
    ['is it 9am - 5pm on the 3rd'],
    ['the 2025-2026 syllabus and the 2025 exam'],
    ['is CS 109 the same as CS109 or MATH2001'],
    ['assignment 2, week 10, a3, hw4 and lab 7'],
    ['room 2.14, HG-00.304 or B1.02'],
    ['is 85% a pass, or 5.5/10'],
    ['1500-2000 words, pages 100-120'],
    ['grades 100 200 300 and questions 10 20 30 40 50'],
    ['learning rate 0.000001, pi 3.14159265'],
    ['1000000 steps, 1,000,000 samples, 50 000 images'],
    ['ISBN 978-0-262-03561-3'],
    ['what does @property do, and @torch.no_grad(), and @app.route("/x")'],
    ['the lab is @ 5pm, 2 @ 10 points'],
    ['+5 points for the bonus, section 2.3.1'],
  ])(
    'WHEN a question says %j THEN that is kept as typed, and only the identifiers beside it go',
    (content) => {
      const asked = `${content}; ask @jdoe, jane@uni.edu, 06-12345678 or s1234567`;
      expect(scrubIdentifiers(asked)).toBe(`${content}; ask [mention], [email], [phone] or [number]`);
    },
  );
});
