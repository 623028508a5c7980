// What a notification run did: sent, updated in place, skipped (already sent), failed (with the
// reason), references removed, and what a dry run would do. Printed by the CLI, returned by
// POST /api/notify, logged.
import { formatNumber } from '../domain/format.js';
import type { EntityId } from '../domain/model.js';

export interface FailedPost {
  /** Conversation id or webhook id. */
  target: string;
  /** Webhook name, when it has one. */
  name?: string;
  reason: string;
  attempts: number;
}

export interface NotifyReport {
  update: string;
  year: number;
  /** Sectors the update was limited to; "alle" for every subscription's own choice. */
  sectors: EntityId[] | 'alle';
  datasetVersion: string;
  dryRun: boolean;
  /** Conversations with a subscription that covers the update. */
  planned: number;
  sent: number;
  /** Earlier posts of this update replaced because the figures changed. */
  updated: number;
  /** Already posted with the same content. */
  skipped: number;
  failed: FailedPost[];
  /**
   * "Onzeker": posts whose request went out and whose answer was lost (time-out, connection
   * reset, 5xx): they may have been delivered. Not retried in this run; the next run of the same
   * update sends them again (at-least-once) and counts them in `possibleDuplicates`.
   */
  uncertain: FailedPost[];
  /**
   * Delivered posts of this run that may have arrived twice: sent again after an uncertain or
   * interrupted earlier attempt, or delivered after a 502/504 whose post may also have gone through.
   */
  possibleDuplicates: number;
  /**
   * Conversations set aside because the connector said the bot was removed there (error code
   * BotNotInConversationRoster, ConversationBlockedByUser or ConversationNotFound); recoverable
   * for `removedRetentionDays` (the next message or install restores them).
   */
  removed: string[];
  removedRetentionDays: number;
  /** Posts a crashed run left pending, sent again in this run (also counted as possible duplicates). */
  recovered: number;
  /** Not attempted because the run was stopped (SIGINT/SIGTERM). */
  interrupted: number;
  /** HTTP requests made (retries included). */
  requests: number;
  durationMs: number;
}

export function emptyReport(
  base: Pick<NotifyReport, 'update' | 'year' | 'sectors' | 'datasetVersion' | 'dryRun'>,
): NotifyReport {
  return {
    ...base,
    planned: 0,
    sent: 0,
    updated: 0,
    skipped: 0,
    failed: [],
    uncertain: [],
    possibleDuplicates: 0,
    removed: [],
    removedRetentionDays: 30,
    recovered: 0,
    interrupted: 0,
    requests: 0,
    durationMs: 0,
  };
}

const n = (v: number) => formatNumber(v, 0);

/** The report as Dutch lines for the terminal. */
export function formatReport(r: NotifyReport): string {
  const head = r.dryRun ? 'Proefrun (er is niets verstuurd)' : 'Notificatie';
  const lines = [
    `${head}: ${r.year}, ${r.sectors === 'alle' ? 'alle sectoren' : r.sectors.join(', ')}, datasetversie ${r.datasetVersion}`,
    `Update: ${r.update}`,
    `Gesprekken met een passend abonnement: ${n(r.planned)}`,
    `${r.dryRun ? 'Zou versturen' : 'Verstuurd'}: ${n(r.sent)}`,
    `${r.dryRun ? 'Zou bijwerken' : 'Bijgewerkt (gecorrigeerde cijfers)'}: ${n(r.updated)}`,
    `Overgeslagen (al verstuurd): ${n(r.skipped)}`,
    `Mislukt: ${n(r.failed.length)}`,
    ...r.failed.map(
      (f) =>
        `  - ${f.name ? `${f.name} (${f.target})` : f.target}: ${f.reason} (${n(f.attempts)} ${f.attempts === 1 ? 'poging' : 'pogingen'})`,
    ),
  ];
  if (r.uncertain.length || !r.dryRun)
    lines.push(
      `Onzeker (antwoord verloren, mogelijk wel afgeleverd): ${n(r.uncertain.length)}`,
      ...r.uncertain.map(
        (f) =>
          `  - ${f.name ? `${f.name} (${f.target})` : f.target}: ${f.reason}; de volgende run van deze update verstuurt het opnieuw`,
      ),
    );
  if (r.possibleDuplicates)
    lines.push(`Mogelijk dubbel afgeleverd (opnieuw verstuurd na een onzekere poging): ${n(r.possibleDuplicates)}`);
  if (r.removed.length)
    lines.push(
      `Apart gezet (bot niet meer in het gesprek): ${n(r.removed.length)}; ${n(r.removedRetentionDays)} dagen herstelbaar: een nieuw bericht of een nieuwe installatie daar zet gesprek en abonnement terug`,
    );
  if (r.recovered) lines.push(`Hersteld na een onderbroken run: ${n(r.recovered)}`);
  if (r.interrupted)
    lines.push(`Niet meer geprobeerd (run gestopt): ${n(r.interrupted)}; draai opnieuw om af te maken`);
  lines.push(`Verzoeken: ${n(r.requests)}, duur: ${formatNumber(r.durationMs / 1000, 1)} s`);
  return lines.join('\n');
}
