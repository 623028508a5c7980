// Follow-ups as people type them after a question ("en in 2023?", "vergelijk ze", "ons tekort"):
// read in every context by test/answers/follow-up-properties.test.ts and timed by bench/ask.bench.ts.
export const FOLLOW_UPS: readonly string[] = [
  'en in 2023?',
  'en vorig jaar?',
  'en een jaar later?',
  'en defensie?',
  'en het hbo?',
  'en de realisatie?',
  'en het percentage?',
  'en het tekort?',
  'hoeveel mist die nog?',
  'en het slechtst?',
  'vergelijk ze',
  'vergelijk met 2023',
  'hoe ging dat sinds 2022?',
  'waarom?',
  'ons tekort',
  'hoe doen wij het t.o.v. het hbo?',
  'en in het onderwijs?',
  'top 3',
];
