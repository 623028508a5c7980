// `npm run notify -- [--year 2024] [--sectors politie,mbo] [--message "…"] [--dry-run]`: post the
// digest to every subscribed conversation, exactly once per update (see src/notify/update.ts),
// and print the report. Re-running the same update posts nothing new; a run that was stopped or
// crashed is completed by running it again. Ctrl-C stops starting new posts and finishes the
// ones in flight.
//
// Webhooks for channels without the bot:
//   npm run notify -- --add-webhook <url> --name "Netwerk Banenafspraak" [--sectors rijk,defensie]
//   npm run notify -- --remove-webhook <url of naam>
//   npm run notify -- --list            (subscriptions and webhooks)
//
// Exit codes: 0 done, 1 failures (or stopped), 2 wrong arguments or configuration.
import { parseArgs } from 'node:util';
import { type Config, ConfigError, loadConfig } from '../config.js';
import { DatasetError, loadDataset } from '../data/load.js';
import type { Dataset } from '../domain/model.js';
import { createLogger } from '../log.js';
import { Notifier } from '../notify/notifier.js';
import { formatReport } from '../notify/report.js';
import { NotifyRequestError, resolveSectors, toNotifyRequest } from '../notify/request.js';
import { openStateStore } from '../store/open-store.js';
import { type StateStore, StoreError } from '../store/state.js';
import { createAdapter } from '../teams/adapter.js';
import { proactiveTransports } from '../teams/proactive/transport.js';

const USAGE = [
  'Gebruik: npm run notify -- [--year <jaar>] [--sectors <id,alias,…>] [--message "<tekst>"] [--dry-run]',
  '       npm run notify -- --add-webhook <url> --name "<naam>" [--sectors <id,alias,…>]',
  '       npm run notify -- --remove-webhook <url of naam>',
  '       npm run notify -- --list',
  '  --year            jaar van de cijfers (standaard het laatste jaar in de dataset)',
  '  --sectors         alleen deze sectoren (id of naam, komma-gescheiden); standaard elk abonnement zijn eigen keuze',
  '  --message         korte tekst boven de cijfers',
  '  --dry-run         laat zien wat er zou gebeuren, zonder iets te versturen',
  '  --add-webhook     Teams Workflows-webhook voor een kanaal zonder de bot (met --name en eventueel --sectors)',
  '  --remove-webhook  webhook verwijderen (URL, naam of id)',
  '  --list            abonnementen en webhooks tonen',
  '',
].join('\n');

interface Options {
  year?: string;
  sectors?: string;
  message?: string;
  'dry-run'?: boolean;
  'add-webhook'?: string;
  'remove-webhook'?: string;
  name?: string;
  list?: boolean;
  help?: boolean;
}

const out = (text: string) => process.stdout.write(`${text}\n`);
const err = (text: string) => process.stderr.write(`${text}\n`);

/** https, or http on this machine only (tests, a local relay). */
function webhookUrlProblem(raw: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return `"${raw}" is geen geldige URL.`;
  }
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local))
    return 'Een webhook-URL moet met https:// beginnen.';
  return undefined;
}

async function listTargets(store: StateStore, dataset: Dataset): Promise<void> {
  const [subs, conversations] = await Promise.all([store.listSubscriptions(), store.listConversations()]);
  const byId = new Map(conversations.map((c) => [c.id, c]));
  if (!subs.length) {
    out('Geen abonnementen.');
    return;
  }
  const names = new Map(dataset.sectors.map((s) => [s.id, s.shortName]));
  for (const s of subs) {
    const c = byId.get(s.conversationId);
    const what = c?.webhookUrl ? `webhook "${c.name ?? c.id}"` : c ? c.kind : 'onbekend gesprek';
    out(
      `${s.conversationId} (${what}): ${s.sectors.length ? s.sectors.map((id) => names.get(id) ?? id).join(', ') : 'alle sectoren'}`,
    );
  }
}

async function notify(values: Options, config: Config, dataset: Dataset, store: StateStore): Promise<number> {
  let year: number | undefined;
  if (values.year !== undefined) {
    year = Number(values.year);
    if (!Number.isInteger(year)) {
      err(`--year moet een jaartal zijn, niet "${values.year}".\n${USAGE}`);
      return 2;
    }
  }
  let request;
  try {
    request = toNotifyRequest(
      {
        ...(year !== undefined ? { year } : {}),
        ...(values.sectors ? { sectors: [values.sectors] } : {}),
        ...(values.message ? { message: values.message } : {}),
      },
      dataset,
    );
  } catch (e) {
    if (e instanceof NotifyRequestError) {
      err(e.message);
      return 2;
    }
    throw e;
  }
  const log = createLogger({ level: config.logLevel, destination: process.stderr, base: { component: 'notify-cli' } });
  const notifier = new Notifier({
    store,
    dataset,
    log,
    transports: proactiveTransports(createAdapter(config), config),
  });
  const stop = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    if (stop.signal.aborted) process.exit(130);
    err(
      `${signal}: er worden geen nieuwe berichten meer gestart; de berichten die onderweg zijn worden afgemaakt (nogmaals om direct te stoppen).`,
    );
    stop.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const report = await notifier.run(request, { dryRun: values['dry-run'] === true, signal: stop.signal });
    out(formatReport(report));
    return report.failed.length || report.uncertain.length || report.interrupted ? 1 : 0;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

export async function run(argv: string[]): Promise<number> {
  let values: Options;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        year: { type: 'string' },
        sectors: { type: 'string' },
        message: { type: 'string' },
        'dry-run': { type: 'boolean' },
        'add-webhook': { type: 'string' },
        'remove-webhook': { type: 'string' },
        name: { type: 'string' },
        list: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (e) {
    err(`Onbekende of onvolledige optie: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    out(USAGE);
    return 0;
  }

  let config: Config;
  let dataset: Dataset;
  let store: StateStore;
  try {
    config = loadConfig();
    dataset = loadDataset(config.dataDir);
    store = await openStateStore(config, { onWarning: (message) => err(message) });
  } catch (e) {
    if (e instanceof ConfigError) {
      err(e.message);
      return 2;
    }
    if (e instanceof DatasetError || e instanceof StoreError) {
      err(e.message);
      return 1;
    }
    throw e;
  }

  if (values.list) {
    await listTargets(store, dataset);
    return 0;
  }
  if (values['remove-webhook']) {
    const removed = await store.removeWebhook(values['remove-webhook']);
    if (!removed) {
      err(`Geen webhook gevonden voor "${values['remove-webhook']}". Bekijk ze met --list.`);
      return 1;
    }
    out(`Webhook ${removed} verwijderd; het kanaal krijgt geen updates meer.`);
    return 0;
  }
  if (values['add-webhook']) {
    const url = values['add-webhook'];
    const problem = webhookUrlProblem(url);
    if (problem) {
      err(problem);
      return 2;
    }
    let sectors;
    try {
      sectors = values.sectors ? resolveSectors([values.sectors], dataset) : [];
    } catch (e) {
      err((e as Error).message);
      return 2;
    }
    const name = values.name?.trim() || new URL(url).hostname;
    const id = await store.addWebhook({ name, url, sectors });
    const names = sectors.map((s) => dataset.sectors.find((x) => x.id === s)?.shortName ?? s);
    out(`Webhook "${name}" toegevoegd als ${id}: updates over ${names.length ? names.join(', ') : 'alle sectoren'}.`);
    return 0;
  }
  return notify(values, config, dataset, store);
}
