// What kind of answer a question asks for, checked against the answer that would be given.
import { describe, expect, it } from 'vitest';
import {
  answersHowLong,
  answersLength,
  answersGradeCutoff,
  answersGroupForming,
  answersHowMany,
  answersVersion,
  answersPrice,
  answersWeight,
  answersQuestionType,
  answersWhen,
  answersOfficePlace,
  answersWhere,
  answersWho,
  asksForUnknownThing,
  countsWhatIsAsked,
  findsWhatIsNear,
  kindAskedOnlyUnsaid,
  namesWhatLasts,
} from '../../src/engine/answer-type.ts';
import { createAnswerEngine, getAnswerEngine } from '../../src/engine/index.ts';
import { normalize } from '../../src/engine/text.ts';
import { botany } from './fixtures.ts';

describe('GIVEN a question that asks what something costs', () => {
  it.each([
    'how much does the access code cost',
    'textbook price?',
    'what is the price of the textbook',
    'how much will the field trip cost me',
  ])('WHEN the answer names no amount THEN it does not answer "%s"', (q) => {
    expect(answersPrice(q, 'Buy the access code through the bookshop; it includes the e-book.')).toBe(false);
  });

  it.each([
    ['how much does the access code cost', 'The code costs $95 for the term.'],
    ['what is the price of the textbook', 'It is free: the library lends it.'],
    ['how much does it cost to hand in a day late', 'Late work loses 2 points per day.'],
  ])('WHEN the answer names an amount THEN it answers "%s"', (q, answer) => {
    expect(answersPrice(q, answer)).toBe(true);
    expect(answersQuestionType(q, answer, [])).toBe(true);
  });

  it('WHEN the amount is of something else THEN it does not answer; WHEN it follows the thing priced THEN it does', () => {
    const book = 'The course follows Plant Systems by A. Author. Extra readings are online, all free.';
    expect(answersPrice('textbook price?', book)).toBe(false);
    expect(answersPrice('how much does the field guide cost', book)).toBe(false);
    const code = 'Homework is done online. You need an access code. It costs $95 for the term.';
    expect(answersPrice('how much does the access code cost', code)).toBe(true);
  });

  it('WHEN the question asks for no price THEN any answer passes the price check', () => {
    expect(answersPrice('what does the course cover', 'Plants and their families.')).toBe(true);
  });

  it('WHEN the entry says in words that the price is not given THEN its whole answer is the fallback', () => {
    const content = botany();
    const trip = content.faq.find((e) => e.id === 'field-trip');
    if (!trip) throw new Error('no field-trip entry');
    trip.answer = `${trip.answer.trim()} The syllabus gives no price for the bus.`;
    const reply = getAnswerEngine(content).answer(
      'how much does the field trip cost',
      new Date('2030-02-20T12:00:00Z'),
    );
    expect(reply.kind).toBe('fallback');
    expect(reply.text).toContain('gives no price for the bus');
  });

  it('WHEN the course entry on the topic names no price THEN the engine falls back, naming the entry', () => {
    const reply = getAnswerEngine(botany()).answer(
      'how much does the field trip cost',
      new Date('2030-02-20T12:00:00Z'),
    );
    expect(reply.kind).toBe('fallback');
    expect(reply.sources.map((s) => s.id)).toContain('field-trip');
  });
});

describe('GIVEN a question that asks what share of the grade something carries', () => {
  it.each([
    'how much is the lab 2 report worth',
    'how much does the midterm count?',
    'what percentage of the grade is the final',
    'what % of the grade is quizzes',
    'what is the weighting of the homework',
    'what is the project worth',
    'how heavily is participation weighted',
  ])('WHEN the answer gives no share THEN it does not answer "%s"', (q) => {
    const dates = 'Lab reports are due on Fridays at noon, through the course page.';
    expect(answersWeight(q, dates)).toBe(false);
    expect(answersQuestionType(q, dates, [])).toBe(false);
  });

  it.each([
    ['how much is the lab 2 report worth', 'Each lab report is worth 8% of the course grade.'],
    ['how much does the midterm count?', 'The midterm is out of 50 points.'],
    ['what is the project worth', 'The project is half of your grade.'],
    ['how much do the assignments count', 'Your final grade is the average of the assignments and the exam.'],
    ['how much is the practice quiz worth', 'Practice quizzes are not graded.'],
  ])('WHEN the answer gives a share THEN it answers "%s"', (q, answer) => {
    expect(answersWeight(q, answer)).toBe(true);
  });

  it.each([
    'is the textbook worth buying',
    'when is the lab 2 report due',
    'how much reading is there each week',
  ])('WHEN "%s" asks no share of the grade THEN any answer passes the check', (q) => {
    expect(answersWeight(q, 'Lab reports are due on Fridays at noon.')).toBe(true);
  });
});

describe('GIVEN answers that name the kind of thing asked in everyday ways', () => {
  it.each([
    ['who teaches the course', 'The instructor holds office hours after class.'],
    ['who grades the exams', 'Your professor grades them.'],
    ['who do i contact about accommodations', 'Register with the Disability Resource Center first.'],
    ['who handles illness notes', "Send them to the Registrar's Office."],
    [
      'who do i ask if the software wont install',
      'For installation problems, contact **Campus IT** directly.',
    ],
    ['who can help with my housing', 'Write to **Campus Housing** with your student number.'],
  ])('WHEN "%s" is answered by "%s" THEN a person is named', (q, answer) => {
    expect(answersWho(q, answer, [])).toBe(true);
  });

  it('WHEN "who" is answered only by office hours THEN no person is named', () => {
    expect(answersWho('who holds the review session', 'Office hours are on Tuesdays.', [])).toBe(false);
    // (the word "contact" with no name after it names no one)
    expect(answersWho('who do i ask', 'Install it first. Contact forms are on the website.', [])).toBe(false);
  });

  it('WHEN the question is only the name of a role THEN it asks who they are: the lectures are no answer', () => {
    // (Porter2 stems "lecturers" as "lectures": an entry on the lectures shares its stem)
    expect(answersWho('lecturers?', 'There are about 12 lectures: videos and slides.', [])).toBe(false);
    expect(answersWho('the tas', 'Practicals are led by two TAs.', [])).toBe(true);
    expect(answersWho('lecturers', 'The course is taught by Ada Fern.', ['Ada Fern'])).toBe(true);
    // (with "name", the names themselves: an answer that only mentions instructors does not give one)
    const roster = "To change the name on the instructors' rosters, see the registrar's website.";
    expect(answersWho('instructor name?', roster, ['Ada Fern'])).toBe(false);
    expect(answersWho('instructor name?', 'The course is taught by Ada Fern.', ['Ada Fern'])).toBe(true);
  });

  it("WHEN an assistant's name is asked THEN it must be given where the answer speaks of assistants", () => {
    const sections =
      '- **Lecturer**: Dr. Ada Fern, room 12.\n- **Sections** are run by a **TA**; see the registrar for yours.';
    expect(answersWho('who is my ta', sections, ['Ada Fern'])).toBe(false);
    expect(answersQuestionType('Who is my TA?', sections, ['Ada Fern'])).toBe(false);
    const named = 'The lecturer is Dr. Ada Fern. The TA is Ben Moss, who runs the labs.';
    expect(answersWho('who is my ta', named, ['Ada Fern'])).toBe(true);
    expect(answersWho('who is my ta', '- **Lecturer**: Ada Fern\n- **TA**: Ben Moss', ['Ada Fern'])).toBe(
      true,
    );
    // (the lecturer's name still answers who the lecturer is)
    expect(answersWho('who is the instructor', sections, ['Ada Fern'])).toBe(true);
  });

  it.each([
    ['when is the final exam', 'The final exam starts at 1 PM in the lecture hall.'],
    ['when is the final exam', 'It is on 22 May.'],
    ['what time is the lab', 'Labs run 2-4pm.'],
    ['when is the quiz due', 'Quizzes are due 3/14.'],
    ['when is the lab', 'Labs are on Tues and Thurs.'],
    ['when does the course start', 'Classes start in Sept.'],
  ])('WHEN "%s" is answered by "%s" THEN a moment is named', (q, answer) => {
    expect(answersWhen(q, answer)).toBe(true);
  });

  // ("what time" asks for a time of day, or one agreed on; "when" is answered by the day alone, and "what time zone"
  // asks no time of day)
  it.each([
    [
      'what time are office hours',
      'In the commons, none the day before a deadline; the calendar has the times.',
      false,
    ],
    ['what time are office hours', 'Office hours are on Mondays before the lab.', false],
    ['what time are office hours', 'Mondays, 10:30 to 11:30, in the commons.', true],
    ['what time are office hours', 'By appointment: e-mail the instructor.', true],
    ['when are office hours', 'Office hours are on Mondays before the lab.', true],
    ['what time zone are the deadlines in', 'Deadlines are in Eastern time (the day before).', true],
    // (words may come between "what time" and its verb: the day, "of day")
    ['what time friday night are essays due', 'Essays are due Friday night at the close of the week.', false],
    ['what time of day is the lab report due', 'Lab reports are due on Fridays.', false],
    ['what time of day is the lab report due', 'Lab reports are due Fridays at 5 pm.', true],
    ['what time commitment is the field trip', 'The field trip takes a whole Saturday.', true],
  ])('WHEN "%s" is answered by "%s" THEN it answers: %s', (q, answer, answers) => {
    expect(answersWhen(q, answer)).toBe(answers);
  });

  it('WHEN "may" is a verb in the answer THEN it names no moment', () => {
    expect(answersWhen('when is the exam', 'You may bring one sheet of notes.')).toBe(false);
    // (a time agreed on answers when: office hours "by appointment")
    expect(
      answersWhen('when are office hours', 'Office hours are by appointment: e-mail the instructor.'),
    ).toBe(true);
  });

  it('WHEN the answer says there is none of what is asked THEN it answers, without a moment', () => {
    expect(answersWhen('when is the midterm', 'There is no midterm or final exam in this course.')).toBe(
      true,
    );
    expect(
      answersWhen('when are the exams', "The course doesn't have any exams: it is graded on papers."),
    ).toBe(true);
    // (none of something else is no answer)
    expect(answersWhen('when is the exam', 'There is no cheat sheet: the exam is closed book.')).toBe(false);
  });

  it.each([
    ['how long is the exam', 'It is a two-hour exam.'],
    ['how long is the lecture', 'Lectures run 10:00 to 11:15.'],
    ['how long is the review session', 'It runs from 2 pm to 4 pm.'],
  ])('WHEN "%s" is answered by "%s" THEN a duration is named', (q, answer) => {
    expect(answersHowLong(q, answer)).toBe(true);
  });

  it('WHEN a short question asks for a length or duration THEN an answer needs one', () => {
    const worth = 'Graduate students give a **journal presentation**, worth **10%** of the grade.';
    expect(answersHowLong(normalize('journal presentation length'), worth)).toBe(false);
    expect(answersHowLong(normalize('exam duration?'), 'The exam is on paper.')).toBe(false);
    expect(answersHowLong(normalize('exam duration?'), 'The exam takes **2 hours**.')).toBe(true);
    expect(answersHowLong(normalize('final essay length'), 'At most **2,000 words**.')).toBe(true);
    // (not a question that only mentions a length)
    expect(answersHowLong(normalize('is there a minimum length for the essay'), worth)).toBe(true);
  });

  it('WHEN "how long is X" is answered by a duration of something else THEN it is not answered', () => {
    const workload = 'Each assignment is designed to take **about two weeks**.';
    expect(namesWhatLasts('how long does the exam take', workload)).toBe(false);
    expect(namesWhatLasts('How long is the exam?', workload)).toBe(false);
    expect(namesWhatLasts('how long does the exam usually take', workload)).toBe(false);
    expect(namesWhatLasts('how long does an assignment take', workload)).toBe(true);
    // (what the answer is about counts: an entry's title or phrasings, a passage's headings)
    expect(namesWhatLasts('how long is the exam', 'It runs 9:00 to 11:00.', ['The final exam'])).toBe(true);
    expect(namesWhatLasts('how long is the exam', 'It runs 9:00 to 11:00.', ['Lab reports'])).toBe(false);
    // (named where the answer gives a duration: a lab named only as where the exams are held does not say how long
    // a lab is)
    const exams = 'Exams are held in the **chemistry lab**, on laptops.\n\n- Each exam: **70 minutes**.';
    expect(namesWhatLasts('how long is each lab', exams, ['Exam format'])).toBe(false);
    expect(namesWhatLasts('how long is each exam', exams, ['Exam format'])).toBe(true);
    expect(namesWhatLasts('how long is a lab', 'Labs are on Wednesdays and last two hours.')).toBe(true);
    // (the thing's words as the course spells them: a typo of a word the answer names still answers)
    const spelled = (t: string): string => t.replace('assignmnet', 'assignment');
    expect(namesWhatLasts('how long does an assignmnet take', workload)).toBe(false);
    expect(namesWhatLasts('how long does an assignmnet take', workload, [], spelled)).toBe(true);
    // (not checked: a question of a person or a pronoun, one asking more than how long a thing lasts, an answer with
    // no duration, which answersHowLong judges)
    expect(namesWhatLasts('how long do we get', workload)).toBe(true);
    expect(namesWhatLasts('how long is it', workload)).toBe(true);
    expect(namesWhatLasts('will there be questions, and how long does that part last', workload)).toBe(true);
    expect(namesWhatLasts('how long does the prof take to answer emails', workload)).toBe(true);
    expect(namesWhatLasts('how long is the exam', 'See the exam page.')).toBe(true);
  });

  it('WHEN an entry gives a duration of another thing THEN the engine falls back; of the thing asked, it answers', () => {
    const content = botany();
    const labs = content.faq.find((e) => e.id === 'labs');
    if (!labs) throw new Error('no labs entry');
    content.faq.push({
      ...labs,
      id: 'report-workload',
      title: 'How much work a lab report is',
      questions: [
        'how long does a lab report take',
        'how long does it take',
        'how long does it usually take',
        'how long will it take me',
        'how long is it',
        'how long does the work take',
      ],
      answer: 'Each lab report takes about **one week** of work. Start early.',
      see_also: [],
    });
    const engine = getAnswerEngine(content);
    const now = new Date('2030-02-10T12:00:00Z');
    const trip = engine.answer('how long does the trip take', now);
    expect(trip.kind).toBe('fallback');
    expect(trip.text).not.toContain('one week');
    expect(engine.answer('how long does the exam usually take', now).kind).toBe('fallback');
    const report = engine.answer('how long does a report take', now);
    expect(report.kind).toBe('answer');
    expect(report.text).toContain('one week');
  });

  it('WHEN a range of numbers is not a range of clock times THEN it is no duration', () => {
    // ("no time limit" says how long: as long as one needs)
    expect(answersHowLong('how long are the exams', 'The exams are take-home, with no time limit.')).toBe(
      true,
    );
    expect(answersHowLong('how long is each quiz', 'Quiz 3 covers lectures 15-22 and chapters 4 to 6.')).toBe(
      false,
    );
  });

  it('WHEN a short question ends in room or location THEN it asks for a place', () => {
    expect(answersWhere(normalize('lecture room'), 'Lectures are on Tuesdays, 2:30-3:45 pm.')).toBe(false);
    expect(answersWhere(normalize('final exam location?'), 'The final is cumulative.')).toBe(false);
    expect(answersWhere(normalize('lecture room'), 'Lectures are in **Larkspur Hall 101**.')).toBe(true);
    // (a longer question that only mentions a room is judged by the other forms)
    expect(answersWhere(normalize('can i book a study room'), 'Lectures are on Tuesdays.')).toBe(true);
  });

  it('WHEN a place question is answered with a video-call link THEN that is a place; "in person" alone is not', () => {
    expect(answersWhere('where are the office hours held', 'Office hours are on Zoom.')).toBe(true);
    expect(answersWhere('which room is the review session in', 'The sessions are in person.')).toBe(false);
  });

  it("WHEN where a person's office is is asked THEN only a room or building named with an office answers", () => {
    const ask = (q: string, answer: string): boolean => answersOfficePlace(normalize(q), answer);
    const zoom =
      'Office hours are held **on Zoom**; the link is on the course page, in the Larkspur 101 module.';
    const booking = 'Office hours are by appointment: book a slot with Dr. Reyes through the booking link.';
    expect(ask("where is the prof's office", zoom)).toBe(false);
    expect(ask("Where is Professor Reyes's physical office on campus?", booking)).toBe(false);
    expect(ask("whats the TA's office room number", 'E-mail the TA, Sam Ortiz, at sam@example.edu.')).toBe(
      false,
    );
    expect(ask("where is the prof's office", 'Her office is **Larkspur Hall 214**; e-mail her first.')).toBe(
      true,
    );
    expect(ask('instructor office location', 'Dr. Reyes (office LKS 214) answers e-mail within a day.')).toBe(
      true,
    );
    expect(ask("Where is Dr Reyes's office?", 'Office hours are Tuesdays in her office, room 214.')).toBe(
      true,
    );
    // (office hours, and offices that are not a person's, are other questions)
    expect(ask('where are office hours held', zoom)).toBe(true);
    expect(ask('where is the disability services office', booking)).toBe(true);
  });

  it('WHEN an entry on how to reach the coordinator names no office THEN where the office is falls back', () => {
    const reply = createAnswerEngine(botany()).answer("where is the coordinator's office", new Date());
    expect(reply.kind).toBe('fallback');
  });

  it('WHEN a place question is answered with a building and room number after "in" THEN that is a place', () => {
    const answer =
      'Class meets Tuesdays and Thursdays, 10:00-11:15 am, in Isenberg G23, a Windows computer lab.';
    expect(answersWhere('where is class', answer)).toBe(true);
    expect(answersWhere('which room is the lab in', 'Labs are in ISB 155-157.')).toBe(true);
    expect(answersWhere('where is the exam', 'The exam is in **Hasbrouck 20**.')).toBe(true);
    // (a numbered part of the course or a month is no building)
    expect(answersWhere('where is the exam', 'The exam covers what is taught in Week 7.')).toBe(false);
    expect(answersWhere('where is the exam', 'The exam is in Chapter 9 of the guide.')).toBe(false);
    expect(answersWhere('where is the exam', 'The exam is in December 2026.')).toBe(false);
  });

  it("WHEN the answer's only place word is the question's own THEN it gives no place, unless a name or number follows", () => {
    const passage =
      'Students who are disruptive lose points; good questions augment the classroom experience.';
    expect(answersWhere('where is the classroom', passage)).toBe(false);
    expect(answersWhere('which room is the lab in', 'The lab is in room 12.')).toBe(true);
    expect(answersWhere('in what room is the office located', 'Office: W341 South College')).toBe(true);
    // (another place word than the question's is a place)
    expect(answersWhere('where is the classroom', 'It is the computer lab in the basement room.')).toBe(true);
  });

  it('WHEN an answer says in words that the kind asked is not given THEN that kind is asked only as unsaid', () => {
    const final =
      'The final is worth 25%. The syllabus does not say whether it is cumulative or where it is held.';
    expect(kindAskedOnlyUnsaid('where is the final exam', final, [])).toBe(true);
    expect(kindAskedOnlyUnsaid('when is the final exam', final, [])).toBe(false);
    const scale = 'The syllabus does not give letter-grade cut-offs, a grading scale or a curve.';
    expect(kindAskedOnlyUnsaid('what percentage do i need for an A', scale, [])).toBe(true);
    expect(
      kindAskedOnlyUnsaid('how much does the app cost', 'It is required (the syllabus gives no price).', []),
    ).toBe(true);
    // (a kind the answer gives is not asked only as unsaid)
    expect(kindAskedOnlyUnsaid('where is the final exam', 'The final is in room 12.', [])).toBe(false);
  });

  it('WHEN a place question is answered with a street address THEN that is a place; a clock time is not', () => {
    expect(answersWhere('where are the plenaries held', 'Plenaries are at 726 Broadway, 2nd Floor.')).toBe(
      true,
    );
    expect(answersWhere('where is class', 'We meet at **244 Greene** Street.')).toBe(true);
    expect(answersWhere('where is class', 'Class is in 19 University Place.')).toBe(true);
    expect(answersWhere('where is class', 'Class is at 9 AM.')).toBe(false);
    expect(answersWhere('where is class', 'Class is at 10 PM on Mondays.')).toBe(false);
  });

  it('WHEN a place question is answered with a site or place by its name THEN that is a place; a day is not', () => {
    expect(answersWhere('where are grades posted', 'Grades are posted on Canvas after each module.')).toBe(
      true,
    );
    expect(answersWhere('where is the study session held', 'It meets at Keller Hall.')).toBe(true);
    // (the name set in bold or as a link is a name all the same)
    expect(answersWhere('where are grades posted', 'Grades are posted on **Gradebase**.')).toBe(true);
    expect(answersWhere('where are grades posted', 'Grades are posted on [Gradebase](/grades).')).toBe(true);
    expect(answersWhere('where are grades posted', 'Grades are posted on **Monday**.')).toBe(false);
    expect(answersWhere('where are grades posted', 'Grades are posted on Monday of each week.')).toBe(false);
    expect(answersWhere('where are grades posted', 'Grades are posted on time.')).toBe(false);
    // (after a verb of posting, "in", "to" and "as" name the site too; not a month, a week or what is posted)
    expect(
      answersWhere('where are announcements posted', 'News is posted as **Canvas Announcements**.'),
    ).toBe(true);
    expect(answersWhere('where are grades posted', 'Grades are uploaded to Gradescope.')).toBe(true);
    expect(answersWhere('where are grades posted', 'Grades are posted in December.')).toBe(false);
    expect(answersWhere('where are grades posted', 'Grades are posted in Week 3.')).toBe(false);
  });

  it('WHEN "where is" names something written (a policy, the template, the slides) THEN it asks for that, not a place', () => {
    const policy = 'Generative AI may be used for brainstorming, not for writing code you hand in.';
    expect(answersWhere('where is the ai policy', policy)).toBe(true);
    expect(answersWhere('where is the report template', 'Use the LaTeX template provided.')).toBe(true);
    expect(answersWhere('where are the slides?', 'The slides are annotated after each lecture.')).toBe(true);
    // (a place asked so is still a place: "where is the lab")
    expect(answersWhere('where is the lab', 'Labs are on Thursdays.')).toBe(false);
  });

  it('WHEN a place question is answered with an office THEN that is a place; office hours are not', () => {
    expect(answersWhere("where is the professor's office", 'Office: FL 237, by appointment.')).toBe(true);
    expect(answersWhere('where are the office hours held', 'Office hours are on Tuesdays.')).toBe(false);
  });

  it('WHEN office hours are by appointment THEN that answers where they are (there is no fixed place)', () => {
    expect(
      answersWhere('where are office hours', 'Office hours are by appointment: e-mail the instructor.'),
    ).toBe(true);
  });

  it('WHEN class meets online or on a video-call service THEN that answers where', () => {
    for (const answer of [
      'Class meets online on BlueJeans, Fridays 8:30-10:20.',
      'The seminar is held online.',
      'We meet on Microsoft Teams every week.',
    ])
      expect(answersWhere('where is class held', answer)).toBe(true);
    expect(answersWhere('where is class held', 'Class meets on Fridays, 8:30-10:20.')).toBe(false);
  });

  it('WHEN a place question is answered with a place online (a site, a page, a link) THEN that is a place', () => {
    expect(answersWhere('where are slides posted', 'Slides go up on the course website after class.')).toBe(
      true,
    );
    expect(
      answersWhere('where is the latex template', 'Use the template linked at https://example.org.'),
    ).toBe(true);
    expect(answersWhere('where are slides posted', 'Slides are shared after each lecture.')).toBe(false);
    expect(answersWhere('which room is the exam in', 'The exam is on Friday with online material.')).toBe(
      false,
    );
  });
});

describe('GIVEN a question that asks how long a piece of work is', () => {
  it.each([
    ['how long should the profile be', 'Maximum two pages, not counting the references.'],
    ['how long is the final paper', 'The final paper is 25 pages or more, double-spaced.'],
    ['how long should the essay be', 'The essay is individual, at most 2,000 words.'],
    ['how long does the abstract have to be', 'Between 1,500–2,000 characters with spaces.'],
    ['how long can our slide deck be', 'At most 12 slides.'],
    ['how long is the reading response', "A 500-word response to the week's reading."],
    ['how long the lab report', 'About 10 double-spaced pages.'],
    ['how long should the literature review be', 'Half a page per source.'],
    ['how long should the report be', 'There is no page limit; be concise.'],
  ])('WHEN "%s" is answered by "%s" THEN that length answers it', (q, answer) => {
    expect(answersHowLong(q, answer)).toBe(true);
    expect(answersQuestionType(q, answer, [])).toBe(true);
  });

  it.each([
    ['how long do we have to write the essay', 'The essay is at most 2,000 words.'],
    ['how long does grading take', 'Reports are at most 5 pages.'],
    ['how long until the paper is due', 'The paper is 25 pages or more.'],
    ['how long should i study for the exam', 'The exam covers 3 chapters of 40 pages.'],
  ])('WHEN "%s" asks about time THEN a length ("%s") does not answer it', (q, answer) => {
    expect(answersHowLong(q, answer)).toBe(false);
  });

  it('WHEN the answer names no length THEN it does not answer; numbers that are not a length do not count', () => {
    const q = 'how long is the final paper';
    expect(answersHowLong(q, 'The final paper is written in groups and follows APA style.')).toBe(false);
    expect(answersHowLong(q, 'It is worth 10% and covers chapter 2. Words from the glossary count.')).toBe(
      false,
    );
  });

  it('WHEN the course entry gives a word limit THEN "how long should the essay be" is answered from it', () => {
    const reply = getAnswerEngine(botany()).answer(
      'how long should the essay be',
      new Date('2030-02-20T12:00:00Z'),
    );
    expect(reply.kind).toBe('answer');
    expect(reply.sources.map((s) => s.id)).toEqual(['essay']);
    expect(reply.text).toContain('2,000 words');
  });
});

describe('GIVEN a question that asks how many', () => {
  it('WHEN the answer says no number THEN it does not answer; WHEN it gives one, in digits or words, THEN it does', () => {
    const q = 'how many teaching assistants does the course have';
    expect(answersHowMany(q, 'The teaching assistants are Ana Lopez and Ben Okafor.')).toBe(false);
    expect(answersHowMany(q, 'There are three teaching assistants.')).toBe(true);
    expect(answersHowMany('how many quizzes are there', 'There are 10 quizzes; the lowest is dropped.')).toBe(
      true,
    );
    expect(answersHowMany('how many late days do we get', 'There are no late days.')).toBe(true);
    expect(answersHowMany('who are the teaching assistants', 'Ana Lopez and Ben Okafor.')).toBe(true);
  });

  it("WHEN the answer's only numbers are a weight in the grade, dates, times or years THEN it does not say how many", () => {
    const q = 'how many quizzes are there';
    expect(
      answersHowMany(q, 'Quizzes are **20%** of the grade, given on Gradescope throughout the semester.'),
    ).toBe(false);
    expect(answersHowMany(q, 'Quizzes are worth 15% and open on Wed, Jan 21, 2026 at 11:59 pm.')).toBe(false);
    expect(answersHowMany(q, 'Quizzes are 10% of the final grade.')).toBe(false);
    expect(answersHowMany(q, 'There are **12** quizzes, together 20% of the grade.')).toBe(true);
    // (a share of something counted still says how many)
    expect(
      answersHowMany(
        'how many absences are allowed',
        'Excused absences may not exceed 20% of class meetings.',
      ),
    ).toBe(true);
  });
});

describe('GIVEN a question that asks how many of one thing', () => {
  it('WHEN the answer counts something else THEN it does not say how many; WHEN it counts the thing THEN it does', () => {
    const q = 'how many labs are there this semester';
    expect(answersHowMany(q, 'The four teaching assistants run the labs.')).toBe(true);
    // (the count and the thing asked about in different sentences)
    expect(
      answersHowMany(q, 'The instructor has four teaching assistants. Reach them on Slack about labs.'),
    ).toBe(false);
    expect(answersHowMany(q, 'There are **eleven labs**, one a week from week 2.')).toBe(true);
    expect(
      answersHowMany('how many peer reviews will we do', 'Once or twice, the assignment is a *peer review*.'),
    ).toBe(true);
  });
});

describe('GIVEN a question that asks how many of a thing the answer counts nowhere', () => {
  const exam = 'The midterm is open for **48 hours** and is worth 20%. A review class comes two days before.';

  it('WHEN the answer counts other things THEN it does not say how many; WHEN it counts the thing THEN it does', () => {
    expect(countsWhatIsAsked('how many questions are on the midterm', exam)).toBe(false);
    expect(countsWhatIsAsked('How many problems does the midterm have?', exam)).toBe(false);
    expect(countsWhatIsAsked('how many questions are on the midterm', 'It has **40 questions**.')).toBe(true);
    expect(countsWhatIsAsked('how many review classes are there', exam)).toBe(true);
    // (people are counted by a group's size too)
    expect(countsWhatIsAsked('how many people per team', 'Teams of 3 or 4 write one report.')).toBe(true);
    expect(countsWhatIsAsked('how many people per team', exam)).toBe(false);
  });

  it('WHEN the only number by the thing ends a range of dates THEN it counts nothing; a range of sizes does', () => {
    const signUp = 'Sign up for teams in the week of Oct 12-18; the report is due Nov 3.';
    expect(countsWhatIsAsked('how many people per team', signUp)).toBe(false);
    expect(answersHowMany('how many teams are there', signUp)).toBe(false);
    expect(countsWhatIsAsked('how many people per team', 'Teams have 3-4 members.')).toBe(true);
  });

  it("WHEN the entry's title or phrasings name the thing THEN its answer is taken as the count", () => {
    expect(
      countsWhatIsAsked('how many questions are on the midterm', exam, ['how many questions are there']),
    ).toBe(true);
    expect(countsWhatIsAsked('how many questions are on the midterm', exam, ['The midterm'])).toBe(false);
  });

  it('WHEN it counts a measure, a short form or nothing named THEN this check leaves it to the others', () => {
    expect(countsWhatIsAsked('how many points is the midterm worth', exam)).toBe(true);
    expect(countsWhatIsAsked('how many hrs is the midterm open', exam)).toBe(true);
    expect(countsWhatIsAsked('when is the midterm', exam)).toBe(true);
  });

  it('WHEN an entry counts something else THEN the engine falls back; asked what it counts, it answers', () => {
    const engine = getAnswerEngine(botany());
    const now = new Date('2030-02-10T12:00:00Z');
    expect(engine.answer('how many plants will we see on the field trip', now).kind).toBe('fallback');
    expect(engine.answer('how many questions are on the field trip worksheet', now).kind).toBe('fallback');
    const trips = engine.answer('how many field trips are there', now);
    expect(trips.kind).toBe('answer');
    expect(trips.text).toContain('one **field trip**');
  });
});

describe('GIVEN a question that asks which version to use', () => {
  it('WHEN the answer names the software but no version THEN it does not answer; WHEN it names one THEN it does', () => {
    const q = 'which python version should we use';
    expect(answersVersion(q, 'We use **Python** in Jupyter notebooks; install Anaconda.')).toBe(false);
    expect(answersVersion(q, 'We use **Python 3** in Jupyter notebooks.')).toBe(true);
    expect(answersVersion('what version of r do we need', 'Install R 4.3 or later.')).toBe(true);
    expect(answersVersion('what version of r do we need', 'Install the latest version of R.')).toBe(true);
    expect(answersVersion('what version of r do we need', 'We program in R, using RStudio.')).toBe(false);
  });

  it('WHEN the answer names a room, or the tool by the name and number the question gives it THEN it names no version', () => {
    const q = 'which version of r do we need to install';
    expect(answersVersion(q, 'We use R. The labs in room BLDG 135 have it installed.')).toBe(false);
    expect(answersVersion(q, 'We use R 4 and RStudio.')).toBe(true);
    const named = 'what version of quill 7 should i get';
    expect(answersVersion(named, 'Assignments need a text editor and **Quill 7**.')).toBe(false);
    expect(answersVersion(named, 'Get Quill 7.2 or later.')).toBe(true);
  });

  it('WHEN the question asks about version control or a newer copy of a document THEN it asks for no version', () => {
    expect(answersVersion('what version control do we use', 'We use Git and GitHub.')).toBe(true);
    expect(answersVersion('where is the newest version of the syllabus', 'The syllabus is on Canvas.')).toBe(
      true,
    );
  });
});

describe('GIVEN an answer that says what the syllabus does not give', () => {
  it('WHEN the kind asked for is named only among what is not given THEN it does not answer', () => {
    const midterm = 'Midterm 1 is on **Friday, Feb 24**. The syllabus gives no separate time or room.';
    expect(answersQuestionType('where is midterm 1', midterm, [])).toBe(false);
    expect(answersQuestionType('where is midterm 1', `${midterm} It is held in room 101.`, [])).toBe(true);
    // (what is given still answers)
    expect(answersQuestionType('when is midterm 1', midterm, [])).toBe(true);
  });

  it('WHEN the moment is a point in the term THEN it answers "when"', () => {
    const memo =
      'Towards the end of the semester you get a tax issue to research. The syllabus gives no due date.';
    expect(answersQuestionType('when will we get the memo assignment', memo, [])).toBe(true);
    expect(
      answersQuestionType(
        'when will we get the memo assignment',
        'You research a tax issue. The syllabus gives no due date.',
        [],
      ),
    ).toBe(false);
  });
});

describe('GIVEN a question how groups are made', () => {
  const sizes = '**Assignments 3 and 4** are group work, in **groups of three** students.';

  it.each([
    'do we pick our own teammates or do you assign groups',
    'how are the groups for assignment 3 formed',
    'can i choose my own partner for the project',
  ])('WHEN the answer only says which work is done in groups THEN it does not answer "%s"', (q) => {
    expect(answersGroupForming(q, sizes)).toBe(false);
    expect(answersGroupForming(q, `${sizes} You **sign up** for a group on the course page.`)).toBe(true);
    expect(answersGroupForming(q, 'Teams are assigned by the instructor at random.')).toBe(true);
  });

  it('WHEN a question names forming a group without asking how groups come about THEN it asks for nothing of it', () => {
    expect(answersGroupForming('what if my partner and i forget to form a group on canvas', sizes)).toBe(
      true,
    );
    expect(answersGroupForming('how big are the groups', sizes)).toBe(true);
  });
});

describe('GIVEN a question whether something may be brought or used', () => {
  const known = new Set(['apa', 'calculator', 'laptop']);
  const knows = (w: string) => known.has(w);

  it.each(['do we use apa', 'can i use a calculator', 'can i bring my laptop', 'can we use any apa'])(
    'WHEN the course names the thing THEN "%s" is not about an unknown thing (a word starting with "a" is no article)',
    (q) => {
      expect(asksForUnknownThing(q, knows)).toBe(false);
    },
  );

  it.each(['can i bring a dog', 'do we use matlab'])('WHEN the course never names it THEN "%s" is', (q) => {
    expect(asksForUnknownThing(q, knows)).toBe(true);
  });
});

describe('GIVEN a question that asks where a letter grade begins', () => {
  const weights = 'Your grade: **Exams 55%**, **Labs 25%**, **Homework 10%**, **Participation 10%**.';
  const asked = (q: string) => normalize(q).replace(/\s+/g, ' ');

  it.each([
    'What percentage do I need for an A?',
    'cutoff for a B+',
    'whats the lowest % that still gets a D',
    'letter grade cutoffs',
    'what are the grade boundaries',
    'cut-offs for letter grades?',
    'A cutoff',
    'whats the B+ cutoff',
  ])('WHEN "%s" meets an answer that only weighs the parts THEN it does not answer', (q) => {
    expect(answersGradeCutoff(asked(q), weights)).toBe(false);
    expect(answersQuestionType(q, weights, [])).toBe(false);
  });

  it.each([
    '| A | 93% to 100% |\n| B | 83% to 86% |',
    'A: 90 and above; B: 80 and above.',
    '90% or more earns an **A**.',
    'So 90-100 is an A.',
    '| A | A- | B+ | B |\n| --- | --- | --- | --- |\n| 90 | 87 | 83 | 79 |',
  ])('WHEN the answer ties letters to numbers (%s) THEN it answers', (answer) => {
    expect(answersGradeCutoff(asked('What percentage do I need for an A?'), answer)).toBe(true);
  });

  it('WHEN a number only counts things ("3 or more absences means an F") THEN it is no cut-off', () => {
    expect(
      answersGradeCutoff(asked('what score do i need for an A'), 'Missing 3 or more labs means an **F**.'),
    ).toBe(false);
  });

  it('WHEN the question asks in words ("what does it take to get an A") or for a grade by name THEN any answer may do', () => {
    expect(answersGradeCutoff(asked('what does it take to get an A in this class'), weights)).toBe(true);
    expect(answersGradeCutoff(asked('what is the cutoff for a grade of pass'), weights)).toBe(true);
    expect(answersGradeCutoff(asked('is there a cutoff for late work'), weights)).toBe(true);
  });
});

describe('GIVEN a question with "who" in it', () => {
  const noPerson =
    "A missed exam counts as zero unless you have a doctor's note; then its weight moves to the final.";

  it.each([
    'who grades the exam',
    'hi, who grades the exam',
    'do you know who grades the exam',
    'the exam is graded by whom',
  ])('WHEN "%s" asks for a person THEN an answer that names none does not answer', (q) => {
    expect(answersWho(q, noPerson, [])).toBe(false);
  });

  it.each([
    'what happens to students who miss the exam',
    'can students who work full time take this course',
    'is there a penalty for people who submit late',
    'how do you know who did the work in a group',
  ])(
    'WHEN "who" starts a clause about someone and not the question ("%s") THEN no person is asked for',
    (q) => {
      expect(answersWho(q, noPerson, [])).toBe(true);
      expect(answersQuestionType(q, noPerson, [])).toBe(true);
    },
  );
});

describe('GIVEN a question that asks for the name of a TA or teacher', () => {
  const noName = 'Discussion sections are run by a **TA**; see the student portal for yours.';

  it('WHEN such a question meets an answer that names the role and no one THEN it does not answer', () => {
    const asked = [
      'who is my ta',
      'who are the tas',
      'what is the name of our ta',
      'names of the teaching assistants',
    ];
    for (const q of asked) expect(answersWho(q, noName, []), q).toBe(false);
  });

  it('WHEN the answer names someone (a name, a title and a name, or a staff name of the course file) THEN it answers', () => {
    expect(answersWho('who is my ta', 'Your TA is **Sam Patel**.', [])).toBe(true);
    expect(answersWho('who is my ta', 'The TA is Dr. Avery.', [])).toBe(true);
    expect(answersWho('who are the tas', 'The TAs are sam and kim.', ['kim'])).toBe(true);
  });

  it('WHEN the question asks who does something THEN a role is still enough', () => {
    expect(answersWho('who grades the labs', noName, [])).toBe(true);
  });
});

describe('GIVEN a question that asks how long a piece of work may be', () => {
  const asked = (q: string) => normalize(q).replace(/\s+/g, ' ');

  it.each([
    'How many pages should the final project report be?',
    'page limit for the essay',
    'final essay word count',
    'is there a required length for the report',
  ])('WHEN "%s" meets an answer that gives no length THEN it does not answer', (q) => {
    const answer = 'The final project is **30%** of the grade, due on Friday, May 5.';
    expect(answersLength(asked(q), answer)).toBe(false);
    expect(answersQuestionType(q, answer, [])).toBe(false);
  });

  it.each(['The report is at most **10 pages**.', 'Write 1,500-2,000 words.', 'There is no page limit.'])(
    'WHEN the answer gives a length (%s) THEN it answers',
    (answer) => {
      expect(answersLength(asked('how many pages should the report be'), answer)).toBe(true);
    },
  );
});

describe('GIVEN a question asking who made a work ("who wrote the textbook")', () => {
  it('WHEN the answer names its authors THEN it answers, though they are not of the course', () => {
    const books =
      'Three books are required: *Output*, Lillian-Yvonne Bertram and Nick Montfort; *Code to Joy*.';
    expect(answersWho('who wrote output', books, [])).toBe(true);
  });

  it('WHEN the answer names no one THEN it does not answer', () => {
    expect(answersWho('who wrote the textbook', 'The textbook is on reserve in the library.', [])).toBe(
      false,
    );
  });
});

describe('GIVEN a question that seeks something near a place', () => {
  const meetings = 'Class meets on Mondays, 9:00 to 10:15, in **Larkspur Hall, room 12**.';

  it.each([
    'parking near Larkspur Hall',
    'where do i park near the larkspur building',
    'any good pizza places near campus',
  ])('WHEN the answer names only the place THEN it does not answer "%s"', (q) => {
    expect(findsWhatIsNear(q, meetings)).toBe(false);
  });

  it('WHEN the answer or its phrasings name the thing sought THEN it answers', () => {
    expect(
      findsWhatIsNear('parking near Larkspur Hall', 'Visitor parking is in lot B, next to the hall.'),
    ).toBe(true);
    expect(findsWhatIsNear('parking near Larkspur Hall', meetings, ['where can i park for class'])).toBe(
      true,
    );
  });

  it('WHEN "near" says when, or nothing is sought but a place THEN this check leaves it to the others', () => {
    expect(findsWhatIsNear('is there a quiz near the end of the term', meetings)).toBe(true);
    expect(findsWhatIsNear('is there a quiz near end of term', meetings)).toBe(true);
    expect(findsWhatIsNear("i'm nowhere near done with the lab report", meetings)).toBe(true);
    expect(findsWhatIsNear('any good places near campus', meetings)).toBe(true);
    expect(findsWhatIsNear('is there somewhere near the hall', meetings)).toBe(true);
    expect(findsWhatIsNear('which room is class in', meetings)).toBe(true);
  });

  it('WHEN a course question seeks parking near the place its entry names THEN the engine falls back', () => {
    const engine = getAnswerEngine(botany());
    const reply = engine.answer('lab parking near the greenhouse', new Date('2030-02-10T12:00:00Z'));
    expect(reply.kind).toBe('fallback');
  });
});
