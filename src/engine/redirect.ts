// Recognises private or administrative requests that belong in an e-mail to staff, not in a public FAQ answer.
import { canonicalText } from './normalize.ts';

export type RedirectReason = 'extension' | 'circumstances' | 'grade' | 'canvas' | 'private';

// Each rule is checked on the canonical text (lower case, contractions expanded, "e-mail" -> "email").
const RULES: readonly [RedirectReason, RegExp][] = [
  [
    'canvas',
    /\bcanvas\b.{0,40}\b(messag\w*|msgs?|inbox|dms?|pms?|conversations?|chat)\b|\b(messag\w*|dm|pm|text|write|writ\w+|contact\w*|reach\w*)\b.{0,40}\b(on|via|through|over|in|using|with) (the )?canvas\b/,
  ],
  [
    // ("why is there an extra week for assignment 1" asks about the deadline pattern, not for more time)
    'extension',
    /^(?!why (is|are|do|does|did) ).*?(?:(?<!file )\bextensions?\b(?! of (the |a |my )?(file|template|pdf))|\bextend\w* (the |my |our )?(deadline|due date|submit)|\b(deadline|due date)s? (be |get |gets |being |been )?extend\w*|\b(more|extra|additional) (time|days?|week)\b|\bpostpone\w*|\bdeferr?al\b|\b(move|push|shift)\w* (the |my |our )?deadline|\b(can not|cannot|will not|unable to|not able to|not going to) (make|meet|hit|manage) (the |my |this |our )?(\w+ ){0,3}(deadline|due date)|\b(get|have|give me|receive) (a |an )?(later|new|different|separate) (one|deadline|due date|date)\b)/,
  ],
  [
    'circumstances',
    /\b(sick|ill|illness|unwell|flu|covid|corona|hospital\w*|doctors?|medical|injur\w*|surgery|fever|migraine|mental health|burn ?out|depress\w*|anxiety|pregnan\w*|funeral|passed away|died|death|bereave\w*|family emergency|emergency|disabilit\w*|dyslexi\w*|adhd|autis\w*|accommodations?|special needs?|circumstances?|mentally|hard time|religio\w*|ramadan|athlete)\b|\b(laptop|computer|pc)\b.{0,20}\b(broke|broken|crashed|died|stolen)\b|\blost (all )?(my|our) (work|files|code|data)\b/,
  ],
  [
    'grade',
    /\bre-?grad\w*|\bre-?mark\w*|\b(discuss|review|recheck|inspect)\w* (my|our) (grade|mark|score|points|exam|result)|\b(check|look at|go over) (my|our) (grade|mark|score|points|exam|result)s? again\b|\bexam (review|inspection)\b|\b(see|view|inspect|look at|look over|go over) (my|our) (graded |marked )?(exam|test)( paper| answers)?\b(?! results?)/,
  ],
  [
    // A complaint about a grade is only a private matter when it is the student's own: "do wrong answers cost
    // points" and "is the grading unfair to part-timers" are general questions.
    'grade',
    new RegExp(
      '^(?=.*\\b(i|my|me|we|our|mine)\\b).*(' +
        [
          /\b(disagree\w*|do not agree|not happy|unhappy)\b.{0,40}\b(grade|graded|grading|mark|marked|points|score|feedback)\b/,
          /\b(complain\w*|appeal\w*|disput\w*|contest\w*|object\w*) (about |against |to )?(my |the |our )?(\w+ )?(grade|grading|mark|points|score|result|exam)/,
          /\b(wrong\w*|unfair\w*|incorrect\w*|mistakes?|errors?)\b(?! answers?\b).{0,30}\b(grade|graded|grading|mark|marked|points|score)\b/,
          /\b(grade|graded|grading|mark|marked|points|score)\b.{0,50}\b(wrong\w*|unfair\w*|incorrect\w*|too low|mistakes?)\b/,
        ]
          .map((r) => r.source)
          .join('|') +
        ')',
    ),
  ],
  [
    'private',
    /\b(private\w*|confidential\w*|personal (situation|problem|issue|matter|reason|stuff|thing|circumstance|life|arrangement)s?|(special|individual|separate|alternative) arrangements?|free ?rid\w*|exempt\w*)\b|\b(group|team|partner|teammate|groupmate)s? (member )?(for (a3|a4|assignment \w+) )?(is |are |has |have )?(just |suddenly |completely |totally |simply )?(not|never|stopped|left|dropped|quit|disappeared|vanished|ghost\w*|refus\w*)\b( (responding|contributing|working|helping|answering|replying|the group|out))?|\b(miss\w*|can not (attend|make it to|come to)) (the |my )?exam\b/,
  ],
  [
    // Requests only staff can act on: something done to the student's own record, submission or enrolment.
    'private',
    new RegExp(
      [
        // "can someone add me", "could you check" (not "will you look at my appendix": a question about grading)
        /\b(can|could|would) (you|someone|somebody|anyone|a ta|the ta|my ta|the staff|staff|the lecturer|the coordinator)( please)? (add|put|place|assign|check|fix|change|update|correct|reopen|re-open|accept|grant|move|signup|enrol\w*|unlock|replace|swap|delete|remove|undo)\b/,
        // accused of, or admitting to, misconduct (the policy on plagiarism is a general question)
        /^(?=.*\b(i|my|me|we|our)\b).*\b(plagiari\w*|fraud|accused)\b/,
        // one's own grade that does not show
        /\bmy\b.{0,40}\b(grade|mark|score|result|points|feedback)s?\b.{0,40}\bnot (yet |even )?(visible|showing|shown|there|up|online|published|posted|on canvas)\b/,
        /\b(can not|cannot|do not|does not|did not) (yet )?(see|find) (my|our) (\w+ ){0,3}(grade|mark|score|result|points|feedback)s?\b/,
        // the exam at another time or place than everyone else
        /\b(take|taking|do|doing|sit|sitting|write|writing|make|making|have|having)\b (the |my |an? )?(exam|test)s? (earlier|early|later|abroad|at (a |an )?(different|other|another|alternative|separate) (time|date|day|moment|place|location)|on (a |an )?(different|other|another) (date|day))\b/,
        /\b(leave|leaving|away|gone|not (be )?(here|around|in the country))\b.{0,30}\bbefore the exam\b/,
        // one's own result or submission that needs a person to look at it ("i got a 4.9, is there anything i can
        // do", not "if i get a 5, is there any way to pass"; "canvas says 0 but i submitted it"; "i forgot to hand
        // in a1")
        /^(?=.*(?<!\b(if|when|can|could|will|would|should|do|does|did|might|may) )\b(i|we) grade \d).*\b(anything (i|we) can do|what (can|should|do) (i|we) do|is there (a|any) (way|option|chance))\b/,
        /\bbut (i|we) (did |have |had |already |definitely )*(submit\w*|upload\w*)\b/,
        /\b(i|we) (forgot|forget|did not manage|missed the chance) to (submit|upload)\b/,
        // a grade of one's own that the student wants raised ("i got a 5.3, can the teacher round it up")
        /^(?=.*\b(i|we) grade \d).*\b(round\w*|bump\w*|rais\w*|increas\w*|push\w*) (it |that |this |my \w+ )?up\b/,
        // group members who do nothing
        /\b(group|team|partner|teammate|groupmate|member)s? (\w+ ){0,3}(do not|does not|did not|never) do (nothing|anything)\b|\b(group|team|partner|teammate|groupmate|member)s? (\w+ ){0,3}(do|does|did) nothing\b/,
        // a group member who does not take part ("one person has not replied in two weeks")
        /^(?=.*\b(group|team|groupmates?|teammates?|partners?|a3|a4|we|our)\b).*\b(member|person|one|someone|student|guy|girl|partner|teammate|groupmate)s? (of (my |our |the )?(them|us|group|team) )?(for (a3|a4|assignment \w+) )?(has |have |is |are |does |did )?(just |suddenly |completely |totally |simply )?(not|never|stopped|barely) (replied|respond\w*|answer\w*|reply\w*|contribut\w*|show\w* up|done anything|doing anything|work\w*|help\w*)\b/,
        // points taken off one's own answer ("the TA took off 3 points but my answer matches the solution")
        /^(?=.*\b(i|my|me|we|our)\b).*\b(took|taken|take|deducted|subtracted|docked|removed|lost)\b (off )?(\d+ |a |some |all )?(points?|marks?)\b|\bmy answer (is|was) (the same as|identical to|correct|right)\b/,
        // a practical group one cannot get into
        /\b(groups?|practicals?|it|everything|all) (are|is) (all |already )?(full|closed)\b|\bno (spots?|places?|seats?) left\b/,
        // a group that fell apart
        /\b(my|our) (group|team|partners?|teammates?|groupmates?)\b.{0,30}\b(split up|broke up|fell apart|fallen apart|dissolved)\b/,
        // papers only staff can issue
        /\b(letter|certificate|proof|statement|declaration)\b.{0,40}\b(that (i|we)|of (my )?(participation|enrol\w*|signup|attendance|completion))\b/,
        // a wrong answer key on one's exam
        /^(?=.*\b(i|my|we|our)\b)(?=.*\bexam\b).*\b(two|2|multiple|both|more than one) (correct|right|valid) answers\b/,
        // a date clash of one's own
        /\bsame (day|time|date|week|moment) as (my|our|an?other|another)\b/,
        // an exception asked for because of one's own situation (a general question with the situation as an aside
        // is not: "is one of them enough? i have little time because of my job")
        /^(?=.*(\b(can|could|may) (i|we)\b|\b(allowed|exceptions?|excus\w*|skip\w*|miss\w*|later|earlier|switch\w*|chang\w*|different|another|instead|exempt\w*)\b)).*\bbecause (of )?((my|i|we|our) )?(\w+ ){0,3}(work|job|schedule|health|family|kids|children|situation|condition|disabilit\w*|religio\w*|visa|commute|travel\w*)\b/,
        // arriving or starting weeks late
        /\b(i|we) (will |am going to |might |may |can only |could only )?(arrive|arriving|join|joining|be back) (\w+ ){0,3}(late|later)\b/,
        /\b(my|our) (situation|circumstances|case)\b|^(?=.*\b(i|my|me|we|our)\b).*\b(student|study) (advisor|adviser|counsell?or|dean)\b/,
        /\b(i|we) (have|am|will be|got)\b.{0,40}\b(during|on the day of|same day as|same time as) (the |my )?(exam|deadline)\b/,
        // one's own result, asked of the bot
        /\b(tell|give|send|show) me (my|our)\b.{0,20}\b(grade|mark|score|result|points)s?\b|\bwhat (did|do) (i|we) (get|score|grade)\b.{0,20}\b(for|on) (my |the )?(assignment|exam|a\d)/,
        // a wrong file handed in
        /\b(submit\w*|upload\w*) (the |a )?wrong (file|version|pdf|document|assignment|report)\b/,
        /\b(please )?(add|enrol|signup) me\b/,
        // not enrolled in the course, no access to Canvas
        /\bnot (be |been |yet |even )?signup\b.{0,30}\b(course|canvas)\b|\b(no|not have|lost|without) access\b|\b(can not|cannot|unable to) access\b/,
        // a grade of one's own that is missing or changed ("my a1 grade isnt showing up")
        /\bmy (\w+ ){0,3}(grade|mark|score|result|points|feedback)s? (is |are |has |have |was )?(still )?(not|isnt|arent|missing|never|disappeared|lost|gone|changed)\b/,
        // a submission that failed, or handing in outside Canvas
        /\b(upload\w*|submit\w*|submission)\b.{0,30}\b(fail\w*|did not work|does not work|not working|broke\w*|errors?|crash\w*|stuck|lost)\b/,
        /\b(send|submit|email)\w* (in )?(my|our|the) (assignment|report|pdf|submission|work|solution)s?\b.{0,20}\b(by|via|through|per|over|in an?) email\b|\bemail (in )?(my|our) (assignment|report|pdf|submission|work|solution)s?\b/,
        // being away for, or a clash with, an exam or deadline (a student "from abroad" is not away)
        /(?<!\bfrom )\b(abroad|travel\w*|holiday|vacation|wedding|out of the country)\b.{0,60}\b(exam|deadline|practical|submit)|\b(exam|deadline)\b.{0,60}\b(abroad|travel\w*|holiday|vacation|wedding)\b/,
        /\b(i have|my)\b.{0,40}\b(clash\w*|conflict\w*|overlap\w*)\b|\b(clash\w*|conflict\w*|overlap\w*) with my\b/,
        // reporting someone else's misconduct
        /\b(someone|somebody|classmate|student|group|partner|teammate|groupmate|friend)s?\b.{0,40}\b(copied|copying|cheated|cheating|stole|stolen)\b/,
      ]
        .map((r) => r.source)
        .join('|'),
    ),
  ],
];

/** The kind of private request, or null when the question is of general use. */
export function detectRedirect(question: string): RedirectReason | null {
  const text = canonicalText(question).replace(/\s+/g, ' ');
  for (const [reason, re] of RULES) if (re.test(text)) return reason;
  return null;
}

export const SUBJECTS: Readonly<Record<RedirectReason, string>> = {
  extension: 'Extension request',
  circumstances: 'Personal circumstances',
  grade: 'Question about my grade',
  canvas: 'Question for the course staff',
  private: 'Private question',
};

export const WHAT_TO_INCLUDE: Readonly<Record<RedirectReason, string>> = {
  extension:
    'your name and student number, which assignment, the deadline you are asking to move and why, and any documents that support it',
  circumstances:
    'your name and student number, what is going on (only as much as you are comfortable sharing), which assignments or exams it affects, and what you are asking for',
  grade:
    'your name and student number, the assignment or exam and the question(s) concerned, and why you think the grading should be looked at again',
  canvas: 'your name and student number, and your question with enough context to answer it in one reply',
  private: 'your name and student number, what it is about, and what you are asking for',
};
