// Teams' Bot API limits, enforced before each request leaves: per conversation at most 7 per
// second and 60 per 30 seconds (one request at a time per conversation), and per app 50 requests
// per second overall. p-queue's strict mode counts in sliding windows, so no window of the given
// length ever holds more than the cap. Retries go through the limiter again, ahead of first
// attempts (priority), so a throttled post is not stuck behind the whole queue.
//
// The app-wide limit is two gates: a sliding one-second window of 50 (the limit itself, checked
// last, when the request starts) behind a spacing of one request per 16 ms (so the 50 are spread
// over the second, not sent in a burst). Measured against a stand-in with Teams-like sliding
// windows: 50 in a burst (or even 5 per 100 ms) leaves the process unevenly (busy event loop,
// connection set-up), reaches the service bunched and trips its window. Spacing alone (one per
// 20 ms, as before) lost every late timer for good: each start waited 20 ms after the previous
// one *started*, so a timer 5 ms late under CPU load meant 40 requests a second instead of 50
// (bench:fanout on a loaded machine: 39–43 posts/s). With the window as the limit, a late start
// is made up within the same second.
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

/** The spacing between two app-wide starts, as a share of 1000 ms / limit (16 ms at 50/s). */
const SPACING = 0.8;
/**
 * The app-wide window is this much longer than a second: a request that leaves a little late
 * and one that arrives a little early must not land in one second of the service's window.
 */
const JITTER_MS = 20;

interface ConversationQueues {
  second: PQueue;
  halfMinute: PQueue;
}

export class RateLimiter {
  private readonly spacing: PQueue;
  private readonly global: PQueue;
  private readonly conversations = new Map<string, ConversationQueues>();

  constructor(private readonly limits: RateLimits = TEAMS_LIMITS) {
    this.spacing = new PQueue({
      intervalCap: 1,
      interval: Math.max(1, Math.floor((SPACING * 1000) / limits.globalPerSecond)),
      strict: true,
    });
    this.global = new PQueue({ intervalCap: limits.globalPerSecond, interval: 1000 + JITTER_MS, strict: true });
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
    const app = () => this.spacing.add(() => this.global.add(request, { priority }), { priority });
    return q.second.add(() => q.halfMinute.add(app, { priority }), { priority });
  }

  /** Requests waiting for a slot (for logs). */
  get waiting(): number {
    return this.spacing.size + this.global.size;
  }
}
