// Reader: the words that mark a follow-up question, for conversation context (issue 10): a
// leading "en" ("en in 2023?", "en defensie?"), a pronoun standing for the sector(s) of the
// previous answer ("die", "ze", "dat", "hij", "zij", "hun"), and "wij/we/ons/onze" (the sector
// a conversation speaks for). Read from the words as typed; nothing here decides an intent.

export interface FollowUpCues {
  /** The question starts with "en" or "en dan" ("en in 2023?"). */
  leadingAnd: boolean;
  /** A pronoun that points back: "hoeveel mist die nog?", "vergelijk ze". */
  pronoun?: string;
  /** "wij", "we", "ons", "onze": the conversation's own sector. */
  we: boolean;
  /** "vorig antwoord"-style references: "hetzelfde", "dezelfde", "ook", "daarvan". */
  same: boolean;
}

const PRONOUNS = new Set(['die', 'ze', 'zij', 'dat', 'hij', 'hun', 'hen', 'deze', 'diens', 'ervan', 'daarvan']);
const WE = new Set(['wij', 'we', 'ons', 'onze']);
const SAME = new Set(['hetzelfde', 'dezelfde', 'zelfde', 'ook', 'idem']);

export function readFollowUp(typed: readonly string[]): FollowUpCues {
  const cues: FollowUpCues = { leadingAnd: typed[0] === 'en', we: false, same: false };
  for (const t of typed) {
    if (cues.pronoun === undefined && PRONOUNS.has(t)) cues.pronoun = t;
    if (WE.has(t)) cues.we = true;
    if (SAME.has(t)) cues.same = true;
  }
  return cues;
}
