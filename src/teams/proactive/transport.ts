// Proactive posts through the Bot Framework: `adapter.continueConversationAsync(appId, reference,
// logic)` with a stored conversation reference, sending the card (or updating an earlier post).
// Connector errors become DeliveryErrors with the HTTP status and Retry-After, which the notify
// engine maps to retry / give up / drop the reference. The SDK's own retry policy is switched off
// per request: retries and rate limits are the notify engine's (one request per attempt, counted).
//
// The Notifier that uses these transports: ./notifier.ts.

import type { TeamsAdapter } from '@microsoft/teams-ai';
import { CardFactory, type ConversationReference, type TurnContext } from 'botbuilder';
import type { Config } from '../../config.js';
import { DeliveryError, parseRetryAfter } from '../../notify/delivery-error.js';
import type { OutgoingPost, Transport, Transports } from '../../notify/transport.js';
import { webhookTransport } from '../../notify/webhook.js';
import type { StoredConversation } from '../../store/state.js';
import { LOCALE } from '../reply.js';

/**
 * A connector error as a DeliveryError. RestError: statusCode, response.headers, and `code`, which
 * is the network error code without a response (ECONNRESET, …) or the error code of the response
 * body ({ error: { code: 'ConversationNotFound' } }) with one. A time-out (the pipeline aborts the
 * request) is ETIMEDOUT.
 */
function toDeliveryError(err: unknown): DeliveryError {
  if (err instanceof DeliveryError) return err;
  const e = err as {
    name?: unknown;
    statusCode?: unknown;
    status?: unknown;
    code?: unknown;
    message?: unknown;
    response?: {
      headers?: { get?(name: string): string | undefined | null };
      parsedBody?: { error?: { code?: unknown } };
    };
  };
  const status =
    typeof e?.statusCode === 'number' ? e.statusCode : typeof e?.status === 'number' ? e.status : undefined;
  const retryAfter = parseRetryAfter(e?.response?.headers?.get?.('retry-after') ?? undefined);
  const message = typeof e?.message === 'string' ? e.message : String(err);
  if (status === undefined) {
    const timedOut = e?.name === 'AbortError' || e?.name === 'TimeoutError';
    const code = timedOut ? 'ETIMEDOUT' : typeof e?.code === 'string' ? e.code : undefined;
    return new DeliveryError(message, undefined, retryAfter, code);
  }
  const bodyCode = e?.response?.parsedBody?.error?.code;
  const serviceCode = typeof bodyCode === 'string' ? bodyCode : typeof e?.code === 'string' ? e.code : undefined;
  return new DeliveryError(message, status, retryAfter, undefined, serviceCode);
}

interface PipelineLike {
  removePolicy?(o: { phase: string }): unknown;
  addPolicy?(policy: {
    name: string;
    sendRequest(request: { timeout: number }, next: (r: unknown) => unknown): unknown;
  }): void;
  getOrderedPolicies?(): { name: string }[];
}

const TIMEOUT_POLICY = 'banenbotRequestTimeout';

/** This turn's connector pipeline, when botbuilder made one. */
function pipelineOf(context: TurnContext): PipelineLike | undefined {
  const connector = context.turnState.get(context.adapter.ConnectorClientKey) as
    | { client?: { pipeline?: PipelineLike } }
    | undefined;
  return connector?.client?.pipeline;
}

/**
 * A time-out on every request of this turn's connector client (the pipeline aborts it). Also
 * used for replies within a turn (src/teams/runtime.ts), which keep the SDK's own retries.
 */
export function addRequestTimeout(context: TurnContext, timeoutMs: number): void {
  const pipeline = pipelineOf(context);
  if (pipeline?.addPolicy && !pipeline.getOrderedPolicies?.().some((p) => p.name === TIMEOUT_POLICY)) {
    pipeline.addPolicy({
      name: TIMEOUT_POLICY,
      sendRequest: (request, next) => {
        request.timeout = timeoutMs;
        return next(request);
      },
    });
  }
}

/**
 * This turn's connector client for a proactive post: without the Azure pipeline's built-in retry
 * policy (retries are the notify engine's), and with the time-out.
 */
function tuneConnector(context: TurnContext, timeoutMs: number): void {
  pipelineOf(context)?.removePolicy?.({ phase: 'Retry' });
  addRequestTimeout(context, timeoutMs);
}

/** Rejects with a time-out (ETIMEDOUT) when `work` takes longer than `ms`; the work itself goes on. */
async function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => reject(new DeliveryError(`geen antwoord binnen ${ms} ms`, undefined, undefined, 'ETIMEDOUT')),
      ms,
    );
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function messageOf(post: OutgoingPost) {
  return {
    type: 'message' as const,
    locale: LOCALE,
    summary: post.summary,
    attachments: [CardFactory.adaptiveCard(post.card)],
  };
}

/** Default time-out of one proactive request (CONNECTOR_TIMEOUT_MS). */
const DEFAULT_CONNECTOR_TIMEOUT_MS = 15_000;

/**
 * Posts and updates through the Bot Connector of each conversation's stored reference. Every
 * request has a time-out (`timeoutMs`): the HTTP request is aborted after it, and the whole turn
 * (token, request, answer) gives up a second later at the latest; either way the post counts as
 * uncertain (it may have arrived), and the run, and the notify lock, move on.
 */
function botTransport(
  adapter: TeamsAdapter,
  appId: string,
  timeoutMs: number = DEFAULT_CONNECTOR_TIMEOUT_MS,
): Transport {
  const inConversation = (target: StoredConversation, logic: (context: TurnContext) => Promise<void>) =>
    within(timeoutMs + 1_000, turn(target, logic));
  const turn = async (target: StoredConversation, logic: (context: TurnContext) => Promise<void>) => {
    // The failure is caught inside the turn: thrown out of it, the adapter's onTurnError (the
    // chat handler's apology) would swallow it, and the engine would count a failed post as sent.
    let failure: unknown;
    let failed = false;
    try {
      await adapter.continueConversationAsync(
        appId,
        target.reference as Partial<ConversationReference>,
        async (context) => {
          tuneConnector(context, timeoutMs);
          try {
            await logic(context);
          } catch (err) {
            failure = err;
            failed = true;
          }
        },
      );
    } catch (err) {
      throw toDeliveryError(err);
    }
    if (failed) throw toDeliveryError(failure);
  };
  return {
    async post(target, post) {
      let activityId: string | undefined;
      await inConversation(target, async (context) => {
        activityId = (await context.sendActivity(messageOf(post)))?.id;
      });
      return activityId ? { activityId } : {};
    },
    async update(target, activityId, post) {
      await inConversation(target, async (context) => {
        await context.updateActivity({ ...messageOf(post), id: activityId });
      });
    },
  };
}

export function proactiveTransports(adapter: TeamsAdapter, config: Config): Transports {
  return {
    bot: botTransport(adapter, config.bot?.id ?? '', config.connectorTimeoutMs),
    webhook: webhookTransport({ timeoutMs: config.connectorTimeoutMs }),
  };
}
