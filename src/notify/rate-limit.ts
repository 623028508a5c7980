// Teams' Bot API limits, enforced before each request leaves: per conversation at most 7 per
// second and 60 per 30 seconds (one request at a time per conversation), and per app 50 requests
// per second overall, evenly spaced. p-queue's strict mode counts in sliding windows, so no
// window of the given length ever holds more than the cap. Retries go through the limiter again, ahead of first
// attempts (priority), so a throttled post is not stuck behind the whole queue.
import PQueue from 'p-queue';

export interface RateLimits {
  /** Requests per second for the whole app (Teams: 50). */
  globalPerSecond: number;
  /** Requests per second per conversation (Teams: about 7). */
  conversationPerSecond: number;
  /** Requests per 30 seconds per conversation (Teams: 60). */
  conversationPer30s: number;
}

export const TEAMS_LIMITS: RateLimits = { globalPerSecond: 50, conversationPerSecond: 7, conversationPer30s: 60 };

interface ConversationQueues {
  second: PQueue;
  halfMinute: PQueue;
}

export class RateLimiter {
  private readonly global: PQueue;
  private readonly conversations = new Map<string, ConversationQueues>();

  constructor(private readonly limits: RateLimits = TEAMS_LIMITS) {
    // Evenly spaced: one start per 1000/limit ms (20 ms for 50/s), so no one-second window ever
    // holds more than the limit. Measured against a stand-in with Teams-like sliding windows: the
    // limit used in bursts (50 per second, or even 5 per 100 ms) leaves the process unevenly
    // (busy event loop, connection set-up), reaches the service bunched and trips its window.
    this.global = new PQueue({ intervalCap: 1, interval: Math.ceil(1000 / limits.globalPerSecond), strict: true });
  }

  private queuesFor(conversationId: string): ConversationQueues {
    let q = this.conversations.get(conversationId);
    if (!q) {
      if (this.conversations.size >= 10_000) this.forgetIdle();
      q = {
        second: new PQueue({
          concurrency: 1,
          intervalCap: this.limits.conversationPerSecond,
          interval: 1000,
          strict: true,
        }),
        halfMinute: new PQueue({ intervalCap: this.limits.conversationPer30s, interval: 30_000, strict: true }),
      };
      this.conversations.set(conversationId, q);
    }
    return q;
  }

  /** Drops queues of conversations with nothing queued (a long-running server posts to many). */
  private forgetIdle(): void {
    for (const [id, q] of this.conversations) {
      if (q.second.size === 0 && q.second.pending === 0 && q.halfMinute.size === 0 && q.halfMinute.pending === 0)
        this.conversations.delete(id);
    }
  }

  /** Runs `request` when the conversation's and the app's limits allow. */
  async schedule<T>(conversationId: string, request: () => Promise<T>, opts: { retry?: boolean } = {}): Promise<T> {
    const priority = opts.retry ? 1 : 0;
    const q = this.queuesFor(conversationId);
    return q.second.add(() => q.halfMinute.add(() => this.global.add(request, { priority }), { priority }), {
      priority,
    });
  }

  /** Requests waiting for a slot (for logs). */
  get waiting(): number {
    return this.global.size;
  }
}
