// Everything that needs botbuilder and teams-ai, built in one place: the adapter, the teams-ai
// Application, the /api/messages and /api/notify handlers, and the notifier. Loading these two
// SDKs costs most of the server's start (about 2 s and 80 MB here), so src/server.ts imports this
// module only when it is first needed (npm start: the first Teams request, a notification that is
// due, the schedule firing); tests build it at once.
import type { RequestHandler } from 'express';
import type { Notifier } from '../notify/notifier.js';
import { type BotAdapter, createAdapter } from './adapter.js';
import { createBotApp } from './app.js';
import type { BotDeps } from './deps.js';
import { messagesRoute } from './http/messages-route.js';
import { notifyRoute } from './http/notify-route.js';
import { notifierFor } from './proactive/notifier.js';
import { addRequestTimeout } from './proactive/transport.js';

export interface BotRuntime {
  adapter: BotAdapter;
  /** POST /api/messages. */
  messages: RequestHandler;
  /** POST /api/notify. */
  notify: RequestHandler;
  /** The one notifier of this state store (shared by the route, the start-up check and the schedule). */
  notifier(): Notifier;
}

export function createRuntime(deps: BotDeps): BotRuntime {
  const adapter = createAdapter(deps.config);
  // Replies within a turn get the same time-out as proactive posts: a connector that never
  // answers ends the turn (and its HTTP request) instead of holding it.
  adapter.use(async (context, next) => {
    addRequestTimeout(context, deps.config.connectorTimeoutMs);
    await next();
  });
  const app = createBotApp(deps, adapter);
  const messages = messagesRoute({ deps, adapter, app });
  // Not a copy of deps: its dataset (and answerer) is replaced when a new version is loaded
  // (src/teams/proactive/dataset-reload.ts), and the notify route and notifier must see that.
  const proactive: BotDeps & { adapter: BotAdapter } = Object.create(deps, {
    adapter: { value: adapter, enumerable: true },
  });
  return {
    adapter,
    messages: (req, res) => messages(req, res),
    notify: notifyRoute(proactive),
    notifier: () => notifierFor(proactive),
  };
}
