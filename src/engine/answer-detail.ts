// Questions that ask for one named detail (a grading curve, a rubric, a link, a phone number), checked against the
// entry that would answer them: an entry on the same subject that does not mention the detail does not answer.
// The question is as normalize() writes it; the answer is the entry's Markdown.
import { unmarked } from './text.ts';

/** A detail a question can ask for, and how an answer that gives it (or says there is none) must mention it. */
interface Detail {
  asks: RegExp;
  says: RegExp;
}

/** A teaching assistant, as a question or an answer names one. */
export const ASSISTANT = '\\b(tas?|teaching (assistants?|fellows?)|tfs?|graders?|tutors?)\\b';

const DETAILS: readonly Detail[] = [
  {
    // a grading curve: "is the class curved", "is there a curve", "grading curve" (not a learning curve); a scale
    // that moves with the class average is one
    asks: /\bcurv(ed|ing)\b|\b(a|the|grading|grade) curves?\b/,
    says: /\bcurv(e|es|ed|ing)\b|\bscaled\b|\b(class|course) average\b/i,
  },
  {
    // taking a course or grading work pass/fail: "can I take it pass/fail", "P/F", "S/U"
    asks: /\bpass\s*(\/|-|or)\s*(fail|no pass)\b|\bp\/f\b|\bs\/u\b|\bcredit\/no credit\b/,
    says: /\bpass\s*(\/|-|or)\s*(fail|no pass)\b|\bp\/f\b|\bs\/u\b|\bsatisfactory\b|\bcredit\/no credit\b|\bcomplete\s*\/\s*incomplete\b|\bungraded\b/i,
  },
  {
    // a rubric: "is there a rubric for the project", "participation rubric"
    asks: /\brubrics?\b/,
    says: /\brubrics?\b|\bcriteri(a|on)\b|\b(graded|assessed|evaluated|judged|marked) (on|by|for)\b|\bmarking (scheme|guide)\b/i,
  },
  {
    // a book's ISBN
    asks: /\bisbn\b/,
    says: /\bisbn\b|\b97[89][\d-]{10,14}\b/i,
  },
  {
    // a phone number: "the instructor's phone number", "can I reach the professor by phone"
    asks: /\b(tele)?phone (number|no|nr)s?\b|\bby (tele)?phone\b/,
    // (the number, or how phoning goes: "no phone number is given", "by phone"; not "phone use is not permitted")
    says: /\b(tele)?phone (numbers?|calls?|lines?)\b|\bby (tele)?phone\b|\b(call|calls|calling)\b|\btel\b|\+?\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b/i,
  },
  {
    // a passcode or password asked for: "what's the meeting passcode", "wifi password" (not "my password doesn't work")
    asks: /\b(what|where|which|need)\b[^?]*\b(passcodes?|passwords?|pass codes?|meeting ids?)\b|\b(passcodes?|passwords?|pass codes?|meeting ids?)\s*\??$/,
    says: /\b(passcodes?|passwords?|pass codes?|meeting ids?)\b/i,
  },
  {
    // a link or web address asked for: "meeting link", "where do I find the link", "link to the course website"
    // (not "I click the link and get an error", "can I share the link to my document"); an invite is one
    asks: /(?<!\b(share|sharing|click|clicking|clicked|send|sending|post|posting|paste|submit|open|follow|upload)\s+(on\s+)?((the|a|my|this|that|our)\s+)?)\b(links?|urls?)\b/,
    says: /https?:\/\/|\bwww\.|\b[a-z0-9-]+(\.[a-z0-9-]+)*\.(com|org|edu|io|net|gov|ac|info)\b|\blinks?\b|\burls?\b|\binvit(e|es|ation)\b/i,
  },
  {
    // the last day to drop or withdraw from the course (not "drop-in hours", not dropping the lowest score)
    asks: /\b(drop|withdraw\w*|add\/drop|add drop|add or drop)\s+(deadline|date|period|day)s?\b|\b(last day|last date|deadline|when)\b[^?]*\b(drop(?![\s-]in\b)(?!\s+(the|my|our|a)?\s*(lowest|worst))|withdraw\w*)\b/,
    says: /\badd\s*(\/|-|or)\s*drop\b|\bwithdraw\w*|\b(day|date|deadline) (to|for) (add|drop)\b|\bdrop (the|this|a|your) (course|class)\b|\bdrop (deadline|date|period)\b/i,
  },
  {
    // whether the lowest or worst score is dropped
    asks: /\b(lowest|worst)\b[^?]*\bdrop(s|ped)?\b|\bdrop(s|ped)?\b[^?]*\b(lowest|worst)\b/,
    says: /\bdrop\w*|\blowest\b|\bworst\b|\bdiscard\w*|\b(not|n't) count/i,
  },
  {
    // whether grades are rounded: "do grades get rounded up", "grade rounding rules"
    asks: /\b(rounded|rounding)\b|\bround(s|ed)?\b[^?]*\b(grades?|scores?|marks?|points?|averages?|percent\w*|\d)|\b(grades?|scores?|marks?|averages?|\d)\b[^?]*\bround(s|ed)?\b/,
    says: /\bround\w*/i,
  },
  {
    // whether classes are recorded: "are lectures recorded", "section recordings?" (not "what is it recorded as")
    asks: /\b(lectures?|class(es)?|sessions?|sections?|labs?|seminars?|meetings?|they|them)\b[^?]{0,30}\brecord(ed|ings?)\b|\brecord(ed|ings?)\b[^?]{0,20}\b(lectures?|class(es)?|sessions?|sections?|labs?)\b|\b(a|the) recordings?\b/,
    says: /\b(pre-?)?record\w*|\bvideos?\b|\bcaptur\w*|\bstream\w*|\bwebcast\w*/i,
  },
  {
    // practice exams: "are there old exams to practice with", "is there a practice midterm"
    asks: /\b(practice|sample|past|old|previous|mock)\s+(exams?|tests?|midterms?|finals?|quizz(es)?)\b/,
    says: /\b(practice|practise|sample|past|old|previous|mock|example)\s+(exams?|tests?|midterms?|finals?|quizz(es)?|questions|problems)\b|\bpracti[cs]e\b/i,
  },
  {
    // whether solutions are posted: "are solutions to the problem sets posted", "answer keys after each exam"
    // (and the answers to a quiz or an exam: "are quiz answers posted after it closes")
    asks: /\b(solutions?|answer keys?|(quiz|exam|test|midterm|homework|hw) answers)\b[^?]*\b(posted|published|released|available|shared|online|uploaded|anywhere)\b|\b(post|publish|release|share)(ed)?\b[^?]*\b(solutions?|answer keys?)\b|\bwalkthroughs?\b/,
    says: /\bsolutions?\b|\banswer keys?\b|\bworked (answers|examples)\b|\bwalkthroughs?\b|\b(correct )?answers (are|will be|get|is) (posted|published|released|shared|shown|available)\b/i,
  },
  {
    // the class's average: "class average on test 1", "what is the average grade", "median score on the midterm"
    asks: /\b(class|course) (average|mean|median)\b|\b(average|mean|median) (grades?|scores?|marks?|results?)\b/,
    says: /\baverage|\bmean\b|\bmedian\b/i,
  },
  {
    // whether a calculator is allowed, or which one
    asks: /\bcalculators?\b/,
    says: /\bcalculators?\b/i,
  },
  {
    // whether a test is timed
    asks: /\btimed\b/,
    says: /\b(un)?timed\b|\btime limits?\b|\bminutes?\b|\bhours?\b/i,
  },
  {
    // what the course is worth in credits: "how many credits is this course", "credit hours?" (not extra credit)
    asks: /\bhow many (ects|credits?|credit hours|units)\b|\bcredit hours?\b|\b(ects|credits?) (is|are|does|do)\b/,
    says: /\bcredits?\b|\bects\b|\bec\b|\bunits?\b|\bsemester hours\b/i,
  },
  {
    // the programming language of the course: "what programming language do we use", "wat language r the hws in"
    // (not another course's name, "Natural Language Processing"): the word language, or a name after "in" or "use"
    asks: /\b(which|what|wat|particular|programming|coding) (programming |coding )?languages?\b|\blanguages? (do|does|will|r|are|is)\b/,
    says: /\b[Ll]anguages?\b|\b([Ii]n|[Uu]s(e|es|ing|ed)|[Ww]ith|[Ww]ritten in|[Cc]oded? in|[Pp]rogram(med)? in)\s+[A-Z]/,
  },
  {
    // whether the course counts toward a programme: "does it count toward the data science minor", "does this class
    // satisfy a gen ed requirement" (not "does the quiz count toward my grade")
    asks: /\b(count|counts|counted|satisf\w*|fulfil\w*)\b[^?]*\b(majors?|minors?|concentrations?|secondary|certificates?|gen ?eds?|general education|distribution|electives?|degrees?|tracks?|programs?|programmes?)\b/,
    says: /\b(majors?|minors?|concentrations?|secondary|certificates?|gen ?eds?|general education|distribution|electives?|degrees?|tracks?|programs?|programmes?|requirements?)\b/i,
  },
  {
    // which course to take after this one: "is there a follow-up course", "which course should I take after <code>",
    // "what should I take afterwards" (not "can I take the quiz after it closes")
    asks: /\bfollow[- ]?(up|on) (courses?|class(es)?)\b|\b(courses?|class(es)?)\b[^?]*\b(take|taking)\b[^?]*\bafter(wards?)?\b|\b(take|taking) after(wards?)?\b(?! (the|a|my|it|this|that) (deadline|due|exam|quiz|test|class|lecture|lab)\b)|\b(take|taking)\b[^?]*\b(afterwards?|after (this|it|that)( one| course| class)?)\s*($|[?.,!]|and\b)|\bnext course\b/,
    says: /\bfollow[- ]?(up|on)\b|\bafter (this|the) (course|class)\b|\bnext course\b|\bsubsequent\b|\bsequel\b|\bcontinu\w+|\badvanced\b|\bprerequisite for\b|\bbuilds? on\b|\bleads? (on )?to\b/i,
  },
  {
    // whether or when a course is offered in a later term: "is <code> offered in the spring", "who teaches it next
    // fall"
    asks: /\b(offered|taught|teach(es|ing)?|available|run)\b[^?]*\b(in the|next|this coming) (fall|spring|summer|winter|autumn|semester|term|quarter)\b|\bnext (fall|spring|summer|winter|autumn|semester|term|quarter)\b/,
    says: /\b(offered|fall|spring|summer|winter|autumn|next (semester|term|quarter|year)|every (semester|term|quarter|year)|each (semester|term|quarter|year)|annually)\b/i,
  },
  {
    // whether the course has teaching assistants: "is there a TA for this course", "do we have any graders"
    asks: new RegExp(
      `\\b(is there|are there|do we have|does (the|this) (course|class) have)\\b[^?]*${ASSISTANT}`,
    ),
    says: new RegExp(ASSISTANT, 'i'),
  },
  {
    // a teaching assistant's office hours: "TA office hours", "does the TA hold office hours"
    asks: new RegExp(`${ASSISTANT}[^?]*\\boffice (hours?|hrs)\\b|\\boffice (hours?|hrs)\\b[^?]*${ASSISTANT}`),
    says: new RegExp(ASSISTANT, 'i'),
  },
];

/**
 * False when the question asks for one of the named details above and the answer does not mention it: "is the
 * course curved" shares its words with the entry on the grading scale, which may say nothing of a curve; "TA office
 * hours" with the instructor's office hours.
 */
export function answersDetail(question: string, answer: string): boolean {
  const plain = unmarked(answer);
  return DETAILS.every((d) => !d.asks.test(question) || d.says.test(plain));
}
