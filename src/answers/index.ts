// The answers API: Query → Answer (facts, text, view, card). `ask` parses with the NLU parser and
// never throws; `respond` is `ask` for a conversation that carries out subscription commands
// (src/teams); `answer` takes a typed query (e.g. from a card button); `welcome` greets;
// `confirmSubscription` says what a carried-out subscription command did; `digest` is what a
// subscribed conversation receives. Every answer is composed here (./compose.ts), from one kit.
import type { Dataset, EntityId } from '../domain/model.js';
import { createResolver, type Query, type Resolution } from '../nlu/index.js';
import type { Answer, Draft } from './answer.types.js';
import { compose } from './compose.js';
import { assumedWij, focusOf, headingOf, withPicked } from './conversation.js';
import { buildDigest, type Digest, type DigestRequest } from './digest.js';
import { draftAnswer } from './draft.js';
import { failure } from './intents/fallbacks.js';
import { welcome } from './intents/help.js';
import {
  isSubscriptionQuery,
  type SubscriptionOutcome,
  type SubscriptionQuery,
  subscriptionDraft,
} from './intents/subscription.js';
import { createKit, type ErrorReporter } from './kit.js';

export type { Answer, Citation } from './answer.types.js';
export { RECENT_SUBJECTS, recentSubjects, remembered, wijChosen } from './conversation.js';
export type { Digest, DigestRequest } from './digest.js';
export { EXAMPLES } from './intents/help.js';
export type { SubscriptionOutcome, SubscriptionQuery } from './intents/subscription.js';
export { isSubscriptionQuery } from './intents/subscription.js';
export type { ErrorReporter } from './kit.js';

/** What a conversation brings to a question (src/teams loads it from the state store). */
export interface AskContext {
  /** The previous resolved query of this conversation (or thread); undefined when none or expired. */
  previous?: Query;
  /** The sector "wij/ons" stands for here ("wij zijn het mbo"). */
  speaksFor?: EntityId;
  /** A sector "wij" may be taken to be without a declaration (a channel subscribed to exactly one sector). */
  assumedSpeaksFor?: EntityId;
  /** The sectors of the last few answers here, distinct, most recent last (see recentSubjects). */
  recent?: readonly EntityId[];
}

/** A subscription command read from a message, to carry out where it was asked (src/teams). */
export interface SubscriptionCommand {
  command: SubscriptionQuery;
  question: string;
}

export interface Answerer {
  /**
   * Parse and answer; never throws. With a context, a follow-up ("en in 2023?", "hoeveel mist die
   * nog?") is answered as the question it completes: `answer.query` is the resolved query (to
   * remember for the next one) and `answer.fromContext` says the context was used.
   */
  ask(question: string, context?: AskContext): Answer;
  /**
   * `ask` in a conversation that carries out subscription commands (Teams): a subscription
   * command is returned to carry out (then `confirmSubscription`), not answered.
   */
  respond(question: string, context?: AskContext): Answer | SubscriptionCommand;
  /** Answer a typed query; never throws. */
  answer(query: Query, question?: string): Answer;
  /** Welcome/install message with example questions. */
  welcome(): Answer;
  /** The confirmation of a subscription command carried out in a conversation; never throws. */
  confirmSubscription(outcome: SubscriptionOutcome, query: SubscriptionQuery, question?: string): Answer;
  /** The digest a subscribed conversation gets for a year and its sectors (also a card's refresh). */
  digest(request: DigestRequest): Digest;
}

export interface AnswererOptions {
  /** The question parser (default: the NLU parser built from the dataset's sectors). */
  parse?: (text: string) => Query;
  /** Told about unexpected failures (the answer is then a calm Dutch apology). Never given the question. */
  onError?: ErrorReporter;
}

export function createAnswerer(dataset: Dataset, options: AnswererOptions = {}): Answerer {
  const kit = createKit(dataset, options.onError);
  const custom = options.parse;
  const resolver = createResolver(dataset.sectors, {
    years: [...new Set(dataset.figures.map((f) => f.year))],
    inSources: (word) => kit.passages()?.has(word) ?? false,
  });
  const resolve = (text: string, context: AskContext | undefined): Resolution => {
    if (custom) return { query: custom(text), fromContext: false };
    // Without a context the question is the first of its conversation: a follow-up asks back.
    const previous = context?.previous;
    return resolver(text, {
      ...context,
      focus: previous ? () => focusOf(kit, previous) : undefined,
      order: (query) => focusOf(kit, query).sectors,
    });
  };

  const composed = (query: Query, question: string, draft: () => Draft): Answer => {
    try {
      return compose(kit, query, question, draft());
    } catch (error) {
      kit.report(error, query.intent);
      return compose(kit, query, question, failure());
    }
  };
  const answerQuery = (query: Query, question: string, shape?: (draft: Draft) => Draft): Answer =>
    composed(query, question, () => {
      const draft = draftAnswer(kit, query);
      return shape ? shape(draft) : draft;
    });
  const read = (text: string, context: AskContext | undefined): Resolution => {
    try {
      return resolve(text, context);
    } catch (error) {
      kit.report(error, 'parse');
      return { query: { intent: 'unknown' }, fromContext: false };
    }
  };
  const answerResolution = (text: string, resolution: Resolution): Answer => {
    const { query, fromContext, assumedSpeaksFor, picked } = resolution;
    if (!fromContext) return answerQuery(query, text);
    const result = answerQuery(query, text, (draft) => {
      // The heading names the whole question as understood ("Defensie · 2023 · tekort").
      const title = headingOf(kit, query, draft);
      const shown = picked ? withPicked(kit, picked, draft) : draft;
      const titled = title ? { ...shown, view: { ...shown.view, title } } : shown;
      return assumedSpeaksFor ? assumedWij(kit, assumedSpeaksFor, titled) : titled;
    });
    return { ...result, fromContext: true };
  };
  const textOf = (question: unknown): string => (typeof question === 'string' ? question : '');

  return {
    ask(question: string, context?: AskContext): Answer {
      const text = textOf(question);
      return answerResolution(text, read(text, context));
    },
    respond(question: string, context?: AskContext): Answer | SubscriptionCommand {
      const text = textOf(question);
      const resolution = read(text, context);
      if (isSubscriptionQuery(resolution.query)) return { command: resolution.query, question: text };
      return answerResolution(text, resolution);
    },
    answer: (query, question = '') => answerQuery(query, question),
    welcome: () => compose(kit, { intent: 'greeting' }, '', welcome()),
    confirmSubscription: (outcome, query, question = '') =>
      composed(query, question, () => subscriptionDraft(kit, outcome)),
    digest: (request) => buildDigest(kit, request),
  };
}
