// `npm run ask -- "realisatie politie 2024?"`: the answer as a person reads it.
// `--json "…"`: one JSON object (question, intent, query, text, speak, facts, card).
// `--jsonl`: questions from stdin, one per line; one JSON object per line on stdout, same order,
// nothing else. The dataset is loaded and the parser built once. `--dir` picks another dataset.
// Exit codes: 0 ok, 1 dataset problem (message on stderr), 2 bad arguments.
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { type Answer, type Answerer, createAnswerer } from '../answers/index.js';
import { DatasetError, DEFAULT_DATA_DIR, loadDataset } from '../data/load.js';

const USAGE =
  'Gebruik: ask [--json] [--dir <map met de dataset>] "<vraag>"  |  ask --jsonl [--dir <map>] < vragen.txt\n';

/** The JSON contract other tools read: one object per question. */
export function answerJson(answer: Answer): string {
  return JSON.stringify({
    question: answer.question,
    intent: answer.intent,
    query: answer.query,
    text: answer.text,
    speak: answer.speak,
    facts: answer.facts,
    card: answer.card,
  });
}

function write(chunk: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(chunk)) resolve();
    else process.stdout.once('drain', () => resolve());
  });
}

async function jsonl(answerer: Answerer): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let buffer = '';
  for await (const line of lines) {
    buffer += `${answerJson(answerer.ask(line))}\n`;
    if (buffer.length > 1 << 16) {
      await write(buffer);
      buffer = '';
    }
  }
  if (buffer) await write(buffer);
}

export async function run(argv: string[]): Promise<number> {
  let values: { json?: boolean; jsonl?: boolean; dir?: string };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      options: { json: { type: 'boolean' }, jsonl: { type: 'boolean' }, dir: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    }));
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  const question = positionals.join(' ').trim();
  if (values.jsonl ? positionals.length > 0 : !question) {
    process.stderr.write(USAGE);
    return 2;
  }
  let answerer: Answerer;
  try {
    answerer = createAnswerer(loadDataset(values.dir ?? DEFAULT_DATA_DIR));
  } catch (err) {
    if (err instanceof DatasetError) {
      process.stderr.write(`${err.message}\n`);
      return 1;
    }
    throw err;
  }
  if (values.jsonl) {
    await jsonl(answerer);
    return 0;
  }
  const answer = answerer.ask(question);
  await write(values.json ? `${answerJson(answer)}\n` : `${answer.text}\n`);
  return 0;
}
