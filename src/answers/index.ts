// The answers API: Query → Answer (facts, text, view, card). `ask` parses with the NLU parser and
// never throws; `answer` takes a typed query (e.g. from a card button); `welcome` greets.
import type { Dataset, EntityId } from '../domain/model.js';
import { createResolver, type Resolution } from '../nlu/index.js';
import type { Query } from '../nlu/query.js';
import type { Answer, Draft } from './answer.types.js';
import { compose } from './compose.js';
import { assumedWij, focusOf, headingOf } from './conversation.js';
import { buildDigest, type Digest, type DigestRequest } from './digest.js';
import { draftAnswer } from './draft.js';
import { failure } from './intents/fallbacks.js';
import { welcome } from './intents/help.js';
import { createKit, type ErrorReporter } from './kit.js';

export type { Answer, Fact } from './answer.types.js';
export { remembered, wijChosen } from './conversation.js';
export type { Digest, DigestRequest } from './digest.js';
export { EXAMPLES } from './intents/help.js';
export type { ErrorReporter } from './kit.js';

/** What a conversation brings to a question (src/teams loads it from the state store). */
export interface AskContext {
  /** The previous resolved query of this conversation (or thread); undefined when none or expired. */
  previous?: Query;
  /** The sector "wij/ons" stands for here ("wij zijn het mbo"). */
  speaksFor?: EntityId;
  /** A sector "wij" may be taken to be without a declaration (a channel subscribed to exactly one sector). */
  assumedSpeaksFor?: EntityId;
}

export interface Answerer {
  /**
   * Parse and answer; never throws. With a context, a follow-up ("en in 2023?", "hoeveel mist die
   * nog?") is answered as the question it completes: `answer.query` is the resolved query (to
   * remember for the next one) and `answer.fromContext` says the context was used.
   */
  ask(question: string, context?: AskContext): Answer;
  /** Answer a typed query; never throws. */
  answer(query: Query, question?: string): Answer;
  /** Welcome/install message with example questions. */
  welcome(): Answer;
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
    return resolver(text, { ...context, focus: previous ? () => focusOf(kit, previous) : undefined });
  };

  const respond = (query: Query, question: string, shape?: (draft: Draft) => Draft): Answer => {
    try {
      const draft = draftAnswer(kit, query);
      return compose(kit, query, question, shape ? shape(draft) : draft);
    } catch (error) {
      kit.report(error, query.intent);
      return compose(kit, query, question, failure());
    }
  };
  const answer = (query: Query, question = ''): Answer => respond(query, question);

  return {
    ask(question: string, context?: AskContext): Answer {
      const text = typeof question === 'string' ? question : '';
      let resolution: Resolution;
      try {
        resolution = resolve(text, context);
      } catch (error) {
        kit.report(error, 'parse');
        resolution = { query: { intent: 'unknown' }, fromContext: false };
      }
      const { query, fromContext, assumedSpeaksFor } = resolution;
      if (!fromContext) return respond(query, text);
      const result = respond(query, text, (draft) => {
        // The heading names the whole question as understood ("Defensie · 2023 · tekort").
        const title = headingOf(kit, query, draft);
        const titled = title ? { ...draft, view: { ...draft.view, title } } : draft;
        return assumedSpeaksFor ? assumedWij(kit, assumedSpeaksFor, titled) : titled;
      });
      return { ...result, fromContext: true };
    },
    answer,
    welcome: () => compose(kit, { intent: 'greeting' }, '', welcome()),
    digest: (request) => buildDigest(kit, request),
  };
}
