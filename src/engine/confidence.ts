// The tuned decision numbers of the engine, in one place with the reasoning behind them.

/**
 * Minimum confidence (search-index.ts: 0.55 x coverage + 0.3 x closest-variant similarity + 0.15 x relative BM25)
 * for answering. Measured on the development set and on test/engine/questions.yaml (held out, 80 questions):
 * correct answers scored 0.48 and up (most above 0.75), while off-topic questions peaked at 0.36, because their
 * own words ("thesis", "password", "library") are unknown to the FAQ and weigh as much as the rarest FAQ word.
 * 0.42 sits in that gap, nearer the off-topic side because a wrong answer costs more than a fallback that points
 * to the discussion board. Changing it: run `npm run eval` on both sets and keep the gap on both sides.
 */
export const ANSWER_THRESHOLD = 0.45;

/** A second entry within this share of the best one is mentioned as "See also". */
export const SEE_ALSO_RATIO = 0.85;

/** On a fallback, entries at or above this are offered as "closest entries". */
export const NEAR_THRESHOLD = 0.25;

/**
 * When words the FAQ never uses carry more than this share of a question's weight, it is about something the
 * FAQ does not cover ("can I bring a calculator to the exam"), however well its other words match. Measured:
 * answerable questions with an unknown word stay at or below 0.52 ("whats the deal with the star questions"),
 * off-topic ones with some course words start at 0.57.
 */
export const MAX_UNKNOWN_SHARE = 0.55;
