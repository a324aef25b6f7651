// Course vocabulary: phrases joined into one term and informal or alternative words mapped to the word the FAQ uses.

/**
 * Chat spellings of function words, applied first: "wat", "hw many", "pts 2 pass", "penalty 4 late". Short forms
 * are too short for the typo corrector, and left alone they count as words the FAQ never uses, which sends an
 * answerable question to the fallback. Digits are only read as "to"/"for" before words that cannot be counted.
 */
export const INFORMAL: readonly [RegExp, string][] = [
  [/\b(?:wat|wut|wht|wot|waht|whta)\b/g, 'what'],
  [/\b(?:wats|wuts|whts)\b/g, 'whats'],
  [/\b(?:asking for a friend|just curious|just wondering|out of curiosity)\b/g, ' '],
  [/\bml\b/g, 'machine learning'],
  // typos of function words: too short for the typo corrector, and unknown words weigh as a subject
  [/\b(?:teh|hte|th)\b/g, 'the'],
  [/\b(?:adn|nad)\b/g, 'and'],
  [/\b(?:fo)\b/g, 'of'],
  // "what's the deal with X" asks about X
  [/\bwhat(?:s| is) (?:the )?(?:deal|story|thing|situation) (?:with|about)\b/g, 'what about'],
  [/\ba (?:bunch|couple|load|ton|lot)s? of\b/g, ' '],
  [/\b(?:wich|whcih|whih)\b/g, 'which'],
  [/\b(?:ther|thier)\b/g, 'there'],
  [/\b(?:hw|hoe|hwo|hou)(?= (?:many|much|long|do|does|did|is|are|can|should|to|will|would)\b)/g, 'how'],
  [/\bpts\b/g, 'points'],
  // a question's own modesty says nothing about it ("sorry if this is a dumb question but ...")
  [
    /\b(?:sorry (?:if|for) (?:this is |asking )?|this (?:is|might be|may be) |probably |maybe )?an? (?:dumb|stupid|silly|noob|basic|quick) question\b/g,
    ' ',
  ],
  [/\b(?:bc|b\/c|bcs|cuz|coz)\b/g, 'because'],
  [/\byrs?\b/g, 'year'],
  [/\bq'?s\b/g, 'questions'],
  // chat shortenings of "assignment", before the assignment numbers are read ("asgn 3", "last asgn")
  [/\b(?:asgn|assgn|asgmt|asgnmt|assgnmt|assignmt|asmt|asg)(?:s)?\b/g, 'assignment'],
  // apologies for one's English say nothing about the question ("is the exam in english" does)
  [
    /\b(?:sorry|apologies|excuse me) (?:for )?(?:my )?(?:bad |poor )?english\b|\benglish is not my (?:first|native) language\b/g,
    ' ',
  ],
  [
    /\b(?:thanks|thank you|thx|ty)(?: so much| a lot)? for (?:the |your |all the |all your )?help\b/g,
    'thanks',
  ],
  [/\b(can|could|do|does|did|is|are|was|were|wo|should|would|have|has)nt\b/g, '$1 not'],
  [/\bwo not\b/g, 'will not'],
  [/\bb4\b/g, 'before'],
  [
    /\br(?= (?:u|you|we|they|there|the|these|those|assignments?|practicals?|lectures?|exams?|groups?)\b)/g,
    'are',
  ],
  [
    /\b2(?= (?:pass|get|do|be|submit|use|hand|have|bring|know|ask|contact|sign|join|make|study|prepare|see|find|work)\b)/g,
    'to',
  ],
  [/\b4(?= (?:late|lateness|the|a|an|me|us|this|that|it|each|every|my|our|being)\b)/g, 'for'],
];

/** Applied to the lower-cased text before splitting into words, longest phrases first. */
export const PHRASES: readonly [RegExp, string][] = [
  [
    /\b(?:cheat[- ]?sheets?|crib[- ]?sheets?|formula[- ]?sheets?|cheatsheets?)\b|\b(?:sheets?|page|paper) (?:of|with|for) (?:my )?(?:formulas|formulae|equations|notes)\b/g,
    ' cheatsheet ',
  ],
  [/\b(?:e[- ]?mails?|emailing|emailed|mails?)\b/g, ' email '],
  // "what is the e-mail address": the address is the e-mail, not a subject of its own
  [/\bemail\s+add?ress(?:es)?\b/g, ' email '],
  // handing in "after the deadline" is handing in late, whatever the deadline-pattern entry's words say
  [/\b(?:after|past|beyond) (?:the |my |our )?(?:deadline|due date)s?\b/g, ' late deadline '],
  // not being at a session is missing it ("can't make it to", "unable to attend", "skip")
  [
    /\b(?:can not|could not|cannot|will not|unable to|not able to|not be able to) (?:make it|attend|come|go|join|be there)\b|\bskip(?:ping|ped)? (?=(?:the |a |my |this |that )?(?:lecture|session|qa|practical|class|live))/g,
    ' miss ',
  ],
  [/\b(?:beforehand|in advance|ahead of time|upfront|up front|prior)\b/g, ' before '],
  // "my exam is a 5", "got a 6.5 for the assignments": a number given as a result is a grade
  [
    /\b(?:is|are|was|were|get|gets|got|getting|score|scored|have|had) (?:an? )?(\d{1,2}(?:[.,]\d{1,2})?)(?! (?:points?|pts|days?|hours?|weeks?|questions?|people|students)\b)\b/g,
    ' grade $1 ',
  ],
  // "can a good assignment grade make up for a bad exam"
  [
    /\b(?:make|makes|making) up for\b|\b(?:compensat\w*|offset\w*|counterbalanc\w*)\b|\b(?:balance|cancel|average)s? out\b/g,
    ' compensate ',
  ],
  [/\b(?:q ?& ?a|q and a|qa|q\/a)\b/g, ' qa '],
  // the course's code is an identifier, not program code ("what is the course code")
  [/\b(?:course|class|module) ?codes?\b/g, ' coursecode '],
  // "open book" is how the exam is run; "is there a book" asks about a textbook
  [/\b(?:open|closed)[- ]book\b/g, ' closedbook '],
  [/\b(?:multiple[- ]choice|mcq?s?)\b/g, ' multiplechoice '],
  [/\b(?:in[- ]person|on[- ]campus|on[- ]site|physical(?:ly)?)\b/g, ' inperson '],
  [/\b(?:chat ?gpt|gpt-?\d?|llms?|copilot|claude|gemini|generative ai|ai tools?|ai)\b/g, ' chatgpt '],
  [/\b(?:back[- ]?prop(?:agation)?|back[- ]?propagat\w*)\b/g, ' backprop '],
  // training settings are theory, not the size of a group ("what batch size should i use")
  [/\b(?:batch|mini-?batch|hidden|layer|embedding|kernel|window|step) ?sizes?\b/g, ' batchsize '],
  [/\b(?:linear algebra|lin ?alg)\b/g, ' linearalgebra '],
  [/\bchain[- ]rule\b/g, ' chainrule '],
  // the FAQ's pass mark is the exam's; a pass threshold "for the assignments" is their pass points (the windows
  // are bounded so that long answer texts are not scanned back and forth)
  [
    /(?<!\bassign\w*\b.{0,60})\b(?:pass(?:ing)?[- ]?(?:mark|score|threshold|grade for the exam)|cut[- ]?off)\b(?!.{0,60}\bassign)/g,
    ' passmark ',
  ],
  [/\b(?:pass(?:ing)?[- ]?(?:mark|score|threshold)|cut[- ]?off)\b/g, ' pass points '],
  [/\bform(?:ing|ed)? (?:a |our |my )?(?:group|team)s?\b/g, ' group '],
  [/\b(?:discussion[- ]?(?:board|forum|page)s?|forums?|message ?board)\b/g, ' discussionboard '],
  [/\b(?:teaching assistants?|tas|ta)\b/g, ' ta '],
  [
    /\b(?:hand(?:ed|ing)? ?in|turn(?:ed|ing)? ?in|handin|(?:hand|turn)(?:ed|ing)? (?:it|them|this|that|mine|ours) in)\b/g,
    ' submit ',
  ],
  [/\b(?:sign(?:ed|ing)? ?up|signup|enrol+\w*|regist\w*)\b/g, ' signup '],
  [
    /\b(?:brush(?:ing)? up|catch(?:ing)? up|refresh(?:er)?|rusty|revise|(?:get|getting|come|coming) back (?:up )?to speed|up to speed|relearn\w*)\b/g,
    ' brushup ',
  ],
  // what to know "before starting" the course is a prerequisite
  [
    /\b(?:before|prior to) (?:starting|the start|we start|i start|beginning|the course starts?)\b/g,
    ' prerequisites ',
  ],
  // asking a question (of staff, on the board) is one thing; what the exam "asks about" is another
  [
    /\b(?:ask|asking) (?:a |my |our |some |your |general |these |the )?(?:questions?|qs)\b/g,
    ' question askquestion ',
  ],
  [
    /\b(post|posting|send|sending|put) (?:a |my |our |some |your |general |these |the )?(?:questions?|qs)\b/g,
    ' $1 question askquestion ',
  ],
  // where to raise something ("found a typo in the a2 pdf, where should i post that") is where to ask
  [
    /\bwhere (?:should|can|do|could|would) (?:i|we) (?:post|ask|report|raise|put|mention|share) (?:that|this|it|them|those|these)\b/g,
    ' post question askquestion ',
  ],
  // working alone
  [
    /\bon (?:my|our|your|their|his|her) own\b|\bby (?:myself|ourselves|yourself|yourselves|themselves)\b/g,
    ' individual ',
  ],
  // how much work an assignment is ("time" alone is a stopword)
  [/\btime[- ]consuming\b|\bhow (?:demanding|intensive|heavy|hard|much work|much effort)\b/g, ' workload '],
  // "how much time" asks "how long" ("time" alone is a stopword, so it would leave only "much"); "how much time is
  // left" stays a deadline question
  [/\bhow much time\b(?!.{0,20}\b(?:left|remain\w*)\b)/g, ' how long '],
  [/\b(?:extra credit)\b/g, ' bonus '],
  [/\b(?:from scratch)\b/g, ' scratch '],
  // "not finished" ends the clause: "i have not done calculus in years" is not about an unfinished assignment
  [
    /\b(?:can not|cannot|will not|unable to|not able to|(?:ran|run|running) out of time to|not think (?:i|we) (?:can|will|could)) (?:finish|complete)\b|\b(?:ran|run|running) out of time\b|\bsubmit\s+what\s+(?:i|we)\s+(?:have|got)\b|\bnot (?:yet )?(?:finished|completed?|done)(?= *(?:$|[,.?!;]|yet\b|in time\b|on time\b|by\b|before\b|with\b))|\b(?:half[- ]done|half[- ]finished|unfinished|incomplete|partial(?:ly)?)\b|\bhalf (?:an?|of (?:the|my|an?)) (?=assignment|questions?\b)/g,
    ' partial ',
  ],
  [
    /\b(?:old exams?|past (?:exams?|papers?)|mock exams?|sample exams?|example exams?|practi[cs]e exams?|exam practi[cs]e|(?:practi[cs]e|sample|example|mock|old) (?:exam )?(?:questions|problems))\b/g,
    ' practiceexam ',
  ],
  [/\b(?:in charge|responsible)\b/g, ' coordinator '],
  [/\b(?:from home|at home|remote(?:ly)?|via zoom|over zoom)\b/g, ' online '],
  [/\bq(\d{1,2})\b/g, ' question $1 '],
  // "who are the TAs this year": the current year is the default, not a topic, unless the question asks what is
  // new or changed (windows bounded, as above)
  [
    /(?<!\b(?:new|newly|added|introduc\w*|removed|change\w*|different|differ\w*|diffrent|update\w*|last|previous)\b.{0,50})\b(?:this|the current|current) (?:year|semester|term|period|edition)\b(?!.{0,50}\b(?:new|newly|added|introduc\w*|removed|change\w*|different|differ\w*|update\w*|last|previous)\b)/g,
    ' ',
  ],
  // "what is assignment 3 about?" asks for the topic
  [/\babout\s*[?.!]*\s*$/g, ' topic '],
];

/** Word-level synonyms, applied to single words before stemming. */
export const WORDS: Readonly<Record<string, string>> = {
  homework: 'assignment',
  hw: 'assignment',
  assignement: 'assignment',
  assigment: 'assignment',
  assignments: 'assignment',
  coursework: 'assignment',
  test: 'exam',
  tests: 'exam',
  finals: 'exam',
  examination: 'exam',
  exams: 'exam',
  lab: 'practical',
  labs: 'practical',
  tutorial: 'practical',
  tutorials: 'practical',
  workgroup: 'practical',
  workgroups: 'practical',
  practicum: 'practical',
  professor: 'lecturer',
  professors: 'lecturer',
  prof: 'lecturer',
  profs: 'lecturer',
  teacher: 'lecturer',
  teachers: 'lecturer',
  instructor: 'lecturer',
  instructors: 'lecturer',
  lecturers: 'lecturer',
  math: 'maths',
  mathematics: 'maths',
  mathematical: 'maths',
  submission: 'submit',
  submissions: 'submit',
  submitting: 'submit',
  submitted: 'submit',
  upload: 'submit',
  deliverable: 'submit',
  overdue: 'late',
  delay: 'late',
  delayed: 'late',
  tardy: 'late',
  deduction: 'penalty',
  deducted: 'penalty',
  due: 'deadline',
  team: 'group',
  teams: 'group',
  teammate: 'group',
  teammates: 'group',
  groupmate: 'group',
  groupmates: 'group',
  partner: 'group',
  partners: 'group',
  alone: 'individual',
  solo: 'individual',
  individually: 'individual',
  remote: 'online',
  remotely: 'online',
  zoom: 'online',
  virtual: 'online',
  site: 'website',
  webpage: 'website',
  homepage: 'website',
  url: 'website',
  asterisk: 'star',
  asterisks: 'star',
  starred: 'star',
  prerequisite: 'prerequisites',
  prereq: 'prerequisites',
  prereqs: 'prerequisites',
  background: 'prerequisites',
  basics: 'prerequisites',
  fundamentals: 'prerequisites',
  torch: 'pytorch',
  marks: 'points',
  score: 'points',
  scores: 'points',
  mark: 'grade',
  grades: 'grade',
  handwritten: 'hand-written',
  recordings: 'recorded',
  recording: 'recorded',
  records: 'recorded',
  record: 'recorded',
  vids: 'videos',
  vid: 'videos',
  ppt: 'slides',
  calc: 'calculus',
  derivative: 'derivatives',
  prob: 'probability',
  type: 'kind',
  types: 'kind',
  nn: 'network',
  nns: 'network',
  net: 'network',
  guess: 'guessing',
  qs: 'questions',
  determine: 'calculated',
  determined: 'calculated',
  computed: 'calculated',
  compute: 'calculated',
  calculate: 'calculated',
  decided: 'calculated',
  learn: 'study',
  revise: 'study',
  disagree: 'complain',
  coordinate: 'coordinator',
  coordinates: 'coordinator',
  coordinating: 'coordinator',
  coordination: 'coordinator',
  module: 'package',
  modules: 'package',
  libraries: 'package',
  import: 'package',
  rewatch: 'recorded',
  replay: 'recorded',
  separately: 'both',
  separate: 'both',
  attend: 'join',
  attending: 'join',
  stream: 'hybrid',
  streamed: 'hybrid',
  livestream: 'hybrid',
  livestreamed: 'hybrid',
  slot: 'group',
  slots: 'group',
  negative: 'penalty',
  negatively: 'penalty',
  minus: 'penalty',
  dl: 'deep',
  material: 'materials',
  begin: 'start',
  begins: 'start',
  beginning: 'start',
  commence: 'start',
  kick: 'start',
  guessed: 'guessing',
  fixed: 'set',
  weekday: 'day',
  weekdays: 'day',
  avg: 'average',
  // exam slang
  bomb: 'fail',
  bombed: 'fail',
  flunk: 'fail',
  flunked: 'fail',
  ace: 'pass',
  aced: 'pass',
  prep: 'prepare',
  msg: 'message',
  msgs: 'messages',
  // British spellings of words the FAQ writes the American way, and the reverse
  practise: 'practice',
  practising: 'practicing',
  practised: 'practiced',
  prelim: 'preliminaries',
  prelims: 'preliminaries',
  preliminary: 'preliminaries',
};

/** Words that say nothing about the topic of a question. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an the is are was were be been being am do does did doing done i me my mine myself we us our ours you your ' +
    'yours he she it its they them their this that these those to of in on for with at by from about as and or ' +
    'but if so than then what whats which who whom whose when where why how can could should would will shall ' +
    'may might must have has had having there here any some get got getting please hi hello hey thanks thank ' +
    'just also im ive id u ur pls plz yo ok okay like know tell need needs want wanna gonna into out up down ' +
    'over under again very really much many more most such only own same too s t not no nor dont cant isnt ' +
    'arent wont didnt doesnt one ones thing things anything something someone anyone way bit lot guys going go ' +
    'let lets make sure during via through using while vs versus consider considered think link links require required requires needed ' +
    'confused confusing wondering wonder explain explained explanation someone somebody anybody quick btw ' +
    'info information details detail regarding concerning tell ourselves yourself themselves time does do actually exactly still course class even else every each other ' +
    // Filler of long or non-native questions ("sorry for my english", "roughly", "is that a problem"): unknown to
    // the FAQ, they would otherwise weigh as an off-topic subject and push an answerable question to the fallback.
    'sorry apologies apologise apologize pardon excuse dear sir madam kindly regards cheers appreciate ' +
    'around roughly approximately approx about usually normally typically generally general basically literally ' +
    'honestly seriously currently now right yet already soon maybe perhaps possibly probably possible enough ' +
    'people person everyone everybody folks look looking try trying tried seem seems seemed anyway anyways ' +
    'however though although because cause cuz coz since whether specific specifically particular ' +
    'particularly certain certainly good bad great problem thx thnx ty wondered noticed far away somewhere anywhere everywhere somehow anyhow ' +
    // words that only carry a sentence ("lots of maths", "when are practicals held")
    'lots plenty held ' +
    // hearsay and chat asides ("my friend told me ..., is that true?", "feels unfair tbh")
    'true told said says heard hear feel feels felt tbh imo idk lol never kinda sorta bother pretty gets ran saw seen mentioned rn atm'
  ).split(' '),
);
