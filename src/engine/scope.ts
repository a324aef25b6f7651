// Questions outside what the FAQ is for: deep-learning theory ("what is backpropagation") and other courses.
import { canonicalText } from './normalize.ts';

export type OutOfScope = 'theory' | 'other-course' | 'statistics' | 'uncovered';

/**
 * Subject matter of deep learning. The FAQ is about how the course runs; it names these words only as the
 * topics of assignments and lectures, so a question made of them alone asks for a lesson, not for a course fact.
 */
const THEORY =
  /\b(backprop|gradients?|descent|transformers?|attention|dropout|vaes?|autoencoders?|variational|encoders?|decoders?|latent|lstms?|rnns?|recurrent|cnns?|convolution\w*|gcns?|graph neural|autograd|neural|networks?|neurons?|layers?|activations?|relu|sigmoid|softmax|tanh|batch ?norm\w*|normali[sz]ation|overfitting|underfitting|regulari[sz]ation|optimi[sz]ers?|adam|sgd|momentum|learning rate|loss functions?|cross[- ]?entropy|embeddings?|tokeni[sz]\w*|gans?|diffusion|explainability|generali[sz]ation|chainrule|epochs?|tensors?|vanishing|explod\w*|perceptrons?|mlps?|hyper-?parameters?|weights?|biases|chatgpt|large language models?)\b/;

/**
 * Words that tie a question to the running of the course ("can i use", "on the exam", "in assignment 3"); a
 * theory word next to one of these is a course question ("is there an lstm assignment") and searched as usual.
 */
const COURSE_ANCHOR =
  /\b(assignments?|a[1-9]|exams?|tests?|course|class|lectures?|lecturers?|practicals?|labs?|deadlines?|due|grade\w*|points?|marks?|pass\w*|fail\w*|submit\w*|upload\w*|report|pdf|template|weeks?|allowed|allow|permitted|policy|use|using|used|need|needed|required|requires?|mandatory|implement\w*|code|coding|librar\w*|packages?|numpy|pytorch|study\w*|learn|covered|covers?|topics?|syllabus|slides|videos?|materials?|reading|book|new|this year|canvas|ta|staff|teach\w*|coordinator|group|part|star\w*|cheatsheet|qa|schedule|prerequisites?|website|we|us|our|build|building|forbidden|banned|prohibited|rules?|pseudo-?code)\b/;

/** Academic subjects that are other courses when a question names them as a course, exam or lecturer. */
const OTHER_SUBJECT =
  '(machine learning|ml|nlp|natural language processing|computer vision|statistics|stats|data science|data mining|databases?|artificial intelligence|reinforcement learning|information retrieval|software engineering|operating systems|computer networks|logic|philosophy|economics|physics|chemistry|biology)';
const OTHER_COURSE = new RegExp(
  [
    `\\b${OTHER_SUBJECT}( \\w+)? (course|class|module|exam|lectures?|lecturers?|teachers?|professors?|resit|programme|program|minor)s?\\b`,
    `\\b(course|class|module|exam|lectures?|resit|deadline)s? (for|of|in) (the )?${OTHER_SUBJECT}\\b`,
    '\\b(other|another|different) (course|class|module)s?\\b',
    // "I'm also taking NLP this period": what follows is about that course
    `\\b(also )?(taking|following|doing|enrolled in|registered for|signed up for)( the)? ${OTHER_SUBJECT}\\b`,
    // another academic context: what holds for it is not in this course's FAQ
    '\\b(bachelor|master|msc|bsc)?\\s?(thesis|theses|internships?|scholarships?|bachelor project)\\b',
    '\\b(other|another|my home|a different|previous) (university|uni|school|faculty|programme|program)\\b',
    '\\bminor (in|program\\w*)\\b|\\b(in|for) my minor\\b',
  ].join('|'),
);

/** The things of this course a question can be about: a clause naming none of them leans on what came before. */
const COURSE_THING =
  /\b(assignments?|a[1-9]|exams?|lectures?|lecturers?|practicals?|labs?|grades?|grading|points?|report|pdf|latex|template|cheatsheet|qa|sessions?|slides|videos?|recordings?|recorded|submit\w*|partial|basics|prerequisites?|background|canvas|ta|staff|teachers?|professors?|instructors?|coordinator|groups?|star\w*|maths?|calculus|website|syllabus|content|materials?|topics?)\b/;

/**
 * True when a clause names a thing of this course itself: "how long does each assignment take" can stand on its
 * own after a preamble, "what happens if i am late" (after "i am writing my thesis") cannot.
 */
export function namesCourseThing(clause: string): boolean {
  return COURSE_THING.test(canonicalText(clause));
}

/** How students did (average grades, pass rates): the FAQ has the rules of grading, never the results. */
const STATISTICS = new RegExp(
  [
    '\\b(average|mean|median|typical|usual)\\b.{0,20}\\b(grade|score|mark|result)s?\\b.{0,30}\\b(students|people|others|everyone|the class|last year|previous years?)\\b',
    '\\b(pass|failure|fail|success) (rate|percentage)s?\\b',
    // (not "how many people are in a group": that is the group size)
    '\\bhow many (students|people) (pass|fail|take|follow|do|are (in(?! (a|each|one|the|my|our|every) (group|team))|taking|following|enrolled))\\w*',
    '\\bwhat (percentage|percent|share|fraction) of (the )?(students|people)\\b',
  ].join('|'),
);

/**
 * Course matters that the course document does not settle, asked about with words the FAQ does use ("who
 * grades the assignments", "is the final grade rounded", "can i pick my own teammates", "is there a resit"):
 * the nearest entry (assignment points, the final grade, group sizes) shares its words but not its answer, and
 * answering it would be confidently wrong. Judged by form, like theory: a FAQ that comes to answer one of these
 * must drop its pattern here.
 */
const UNCOVERED = new RegExp(
  [
    // who does the grading, and how long it takes
    '\\bwho (grades|marks|corrects|checks|assesses|evaluates|reviews)\\b|\\bwho (will |is going to |is |are )?(grade|grading|mark|marking|correct|correcting|check|checking)\\b',
    '\\b(how long|when|how soon|how many (days|weeks))\\b.{0,40}\\b(grades?|marks?|results?|feedback|scores?)\\b.{0,25}\\b(back|out|published|released|available|posted|online)\\b',
    '\\bhow long (does|do|will) (the )?(grading|marking|correcting|correction)\\b',
    '\\b(how long|when|how soon)\\b.{0,30}\\b(get|receive|see)\\b (back )?(my |our |the )?(\\w+ )?(grades?|marks?|results?|feedback)\\b',
    // rounding of grades
    '\\bround(ed|ing|s)?\\b(?! (of|trip))',
    // choosing one's teammates or how groups are made
    '\\b(choose|chose|pick|select|find)\\w* (my |our |your )?(own )?(teammates?|groupmates?|group ?members?|team ?members?|partners?)\\b',
    '\\b(groups?|teams?|teammates?|partners?) (are |be |get |gets |is )?(randomly )?(assigned|allocated|formed by|chosen by|decided by)\\b',
    '\\b(choose|chose|pick|select|form|make)\\w* (them |it |the groups? |the teams? )?(ourselves|yourselves|themselves)\\b',
    // resits and credits
    '\\b(resits?|re-?sits?|re-?exams?|herkansing\\w*)\\b|\\bretak\\w* (the |an? |my )?exam\\b|\\bexam retakes?\\b',
    '\\b(ects|ec|study points)\\b|\\bhow many credits\\b|\\bcredits? (is|are|does|do|will|for) (this|the) (course|class)\\b',
    // whether attending is compulsory (the document says what the sessions are, not whether one must come)
    '\\battendance\\b|\\b(practicals?|labs?|lectures?|sessions?|qa|tutorials?) (is |are )?(mandatory|compulsory|obligatory)\\b|\\b(mandatory|compulsory|obligatory) to (attend|join|go|come)\\b|\\b(attending|going to|joining) (the )?(practicals?|labs?|lectures?|sessions?|qa)( sessions?)? (is |are )?(mandatory|compulsory|obligatory|required)\\b',
    // length limits of the report
    '\\b(page|word|length) (limit|count|maximum|max|restriction)s?\\b|\\bmax(imum)? (number of )?(pages|words)\\b|\\bhow many pages\\b',
  ].join('|'),
);

export interface ScopeMatch {
  kind: OutOfScope;
  /** The words that put the question out of scope ("machine learning course", "pass rate"). */
  words: string;
}

/**
 * Why the FAQ cannot answer this question whatever its words match, or null when it may. Other courses are
 * judged by the caller against the FAQ's own subjects (a FAQ with thesis entries answers thesis questions);
 * theory, statistics and uncovered matters are a matter of form and stand on their own (see index.ts).
 */
export function outOfScope(question: string): ScopeMatch | null {
  const text = canonicalText(question).replace(/\s+/g, ' ');
  const other = OTHER_COURSE.exec(text);
  if (other) return { kind: 'other-course', words: other[0] };
  const stats = STATISTICS.exec(text);
  if (stats) return { kind: 'statistics', words: stats[0] };
  const uncovered = UNCOVERED.exec(text);
  if (uncovered) return { kind: 'uncovered', words: uncovered[0] };
  const theory = THEORY.exec(text);
  if (theory && !COURSE_ANCHOR.test(text)) return { kind: 'theory', words: theory[0] };
  return null;
}
