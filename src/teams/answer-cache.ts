// Answers depend only on the dataset, the question and the conversation's context (previous
// query, "wij", recent subjects), so the same question in the same context gets the same Answer: keep recent ones
// instead of parsing, computing and building the card again. A new dataset version gets a new
// answerer with its own, empty cache (src/teams/proactive/dataset-reload.ts), so no answer outlives its
// figures. Bounded (ANSWER_CACHE_SIZE entries, least recently used dropped first); 0 turns it off.
// Cached answers are shared: nothing may change an Answer after it is made.
import { LRUCache } from 'lru-cache';
import type { Answer, Answerer, SubscriptionCommand } from '../answers/index.js';

export function cachingAnswerer(answerer: Answerer, max: number): Answerer {
  if (max <= 0) return answerer;
  const asked = new LRUCache<string, Answer>({ max });
  const responded = new LRUCache<string, Answer | SubscriptionCommand>({ max });
  const answered = new LRUCache<string, Answer>({ max });
  const keyOf = (question: string, context: Parameters<Answerer['ask']>[1]) =>
    context
      ? JSON.stringify([question, context.previous, context.speaksFor, context.assumedSpeaksFor, context.recent])
      : question;
  let welcome: Answer | undefined;
  return {
    ask(question, context) {
      const key = keyOf(question, context);
      let answer = asked.get(key);
      if (!answer) {
        answer = answerer.ask(question, context);
        asked.set(key, answer);
      }
      return answer;
    },
    // The same for a conversation that carries out subscription commands (kept apart: there a
    // subscription command is returned, not answered).
    respond(question, context) {
      const key = keyOf(question, context);
      let response = responded.get(key);
      if (!response) {
        response = answerer.respond(question, context);
        responded.set(key, response);
      }
      return response;
    },
    answer(query, question) {
      const key = JSON.stringify([query, question ?? '']);
      let answer = answered.get(key);
      if (!answer) {
        answer = answerer.answer(query, question);
        answered.set(key, answer);
      }
      return answer;
    },
    welcome() {
      welcome ??= answerer.welcome();
      return welcome;
    },
    // Each confirmation says what one command did: nothing to reuse.
    confirmSubscription: (outcome, query, question) => answerer.confirmSubscription(outcome, query, question),
    // Digests are built per notify run and per refresh: no cache needed.
    digest: (request) => answerer.digest(request),
  };
}
