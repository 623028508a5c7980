// `npm run data:passages`: split the five source documents (../shared/sources/) into quotable
// passages by section and write data/passages.json and data/passage-index.json. Run it when a source is added or changed;
// `npm run data:check` and test/data/passages.test.ts fail while the file is out of date.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SOURCES_DIR } from '../src/cli/data-check.js';
import { DEFAULT_DATA_DIR, loadDataset, PASSAGE_INDEX_FILE } from '../src/data/load.js';
import { passagesOf, readSourceTexts, serializePassageIndex } from '../src/data/passages.js';

const data = loadDataset();
const texts = readSourceTexts(data.sources, DEFAULT_SOURCES_DIR);
if (texts.size < data.sources.length) {
  process.stderr.write(`Niet alle brondocumenten gevonden in ${DEFAULT_SOURCES_DIR}\n`);
  process.exit(1);
}
const passages = passagesOf(data.sources, texts);
writeFileSync(join(DEFAULT_DATA_DIR, 'passages.json'), `${JSON.stringify(passages, null, 2)}\n`);
writeFileSync(join(DEFAULT_DATA_DIR, PASSAGE_INDEX_FILE), `${serializePassageIndex(passages)}\n`);
process.stdout.write(`${passages.length} passages geschreven naar data/passages.json\n`);
