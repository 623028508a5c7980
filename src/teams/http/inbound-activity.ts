// The edge check for POST /api/messages: what an incoming Bot Framework activity must carry
// before botbuilder sees it. botbuilder itself throws (→ 500) on `{}` or a missing `type`, and
// the handlers need a conversation, a sender, a recipient and a service URL to answer, so a
// body without them is a 400 here. Everything else passes through untouched.
import { z } from 'zod';

const account = z.object({ id: z.string().min(1).max(1_000) }).passthrough();

const InboundActivitySchema = z
  .object({
    type: z.string().min(1).max(100),
    id: z.string().max(1_000).optional(),
    channelId: z.string().min(1).max(100),
    serviceUrl: z.string().url().max(2_000),
    from: account,
    recipient: account,
    conversation: z.object({ id: z.string().min(1).max(1_000) }).passthrough(),
    text: z.string().optional(),
  })
  .passthrough();

/** null when the body is an acceptable activity, else a short English reason for the 400 body. */
export function inboundActivityProblem(body: unknown): string | null {
  const result = InboundActivitySchema.safeParse(body);
  if (result.success) return null;
  const issue = result.error.issues[0];
  if (!issue) return 'invalid activity';
  return `${issue.path.join('.') || 'body'}: ${issue.message}`;
}
