// The answers API: Query → Answer (facts, text, view, card). `ask` parses with the NLU parser and
// never throws; `answer` takes a typed query (e.g. from a card button); `welcome` greets.
import type { Dataset } from '../domain/model.js';
import { createParser } from '../nlu/index.js';
import type { Query } from '../nlu/query.js';
import { draftFor } from './answer.js';
import type { Answer } from './answer.types.js';
import { compose } from './compose.js';
import { failure } from './errors.js';
import { welcome } from './help.js';
import { createKit, type ErrorReporter } from './kit.js';

export type { Answer, Fact } from './answer.types.js';
export { EXAMPLES } from './help.js';
export type { ErrorReporter } from './kit.js';

export interface Answerer {
  /** Parse and answer; never throws. */
  ask(question: string): Answer;
  /** Answer a typed query; never throws. */
  answer(query: Query, question?: string): Answer;
  /** Welcome/install message with example questions. */
  welcome(): Answer;
}

export interface AnswererOptions {
  /** The question parser (default: the NLU parser built from the dataset's sectors). */
  parse?: (text: string) => Query;
  /** Told about unexpected failures (the answer is then a calm Dutch apology). Never given the question. */
  onError?: ErrorReporter;
}

export function createAnswerer(dataset: Dataset, options: AnswererOptions = {}): Answerer {
  const kit = createKit(dataset, options.onError);
  const parse =
    options.parse ?? createParser(dataset.sectors, { years: [...new Set(dataset.figures.map((f) => f.year))] });

  const answer = (query: Query, question = ''): Answer => {
    try {
      return compose(kit, query, question, draftFor(kit, query));
    } catch (error) {
      kit.report(error, query.intent);
      return compose(kit, query, question, failure());
    }
  };

  return {
    ask(question: string): Answer {
      const text = typeof question === 'string' ? question : '';
      let query: Query;
      try {
        query = parse(text);
      } catch (error) {
        kit.report(error, 'parse');
        query = { intent: 'unknown' };
      }
      return answer(query, text);
    },
    answer,
    welcome: () => compose(kit, { intent: 'greeting' }, '', welcome()),
  };
}
