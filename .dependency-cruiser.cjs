// Import direction rules (run by test/architecture.test.ts): dependencies point inwards.
// domain ← data ← nlu ← cards ← answers ← teams/store/notify ← server.ts/cli.ts
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'src/domain imports nothing of ours outside src/domain, and no I/O or Teams modules.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { pathNot: '^src/domain/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'domain-no-io',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { path: '^(node:)?(fs|http|https|net|child_process)$|botbuilder|teams-ai|lowdb|express' },
    },
    {
      name: 'only-teams-knows-teams',
      comment: 'Only src/teams (and the server entry point) import botbuilder or teams-ai.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(teams/|server\\.ts$)' },
      to: { path: 'node_modules/(botbuilder|@microsoft/teams-ai|botframework)' },
    },
    {
      name: 'core-does-not-import-edges',
      comment: 'domain, data, nlu, cards and answers never import teams, store, notify, server or cli.',
      severity: 'error',
      from: { path: '^src/(domain|data|nlu|cards|answers)/' },
      to: { path: '^src/(teams|store|notify|cli)/|^src/(server|cli)\\.ts$' },
    },
    {
      name: 'inner-layers-point-inwards',
      comment: 'data → domain only; nlu → domain/data; cards → domain/nlu (types).',
      severity: 'error',
      from: { path: '^src/(data|nlu|cards)/' },
      to: { path: '^src/answers/' },
    },
    {
      name: 'through-the-index',
      comment:
        'src/nlu, src/cards and src/answers are used from outside through their index.ts, their public API ' +
        '(the other folders have no index: their modules are imported as they are).',
      severity: 'error',
      from: { path: '^src/([^/]+)' },
      to: { path: '^src/(nlu|cards|answers)/', pathNot: ['^src/$1/', '^src/(nlu|cards|answers)/index\\.ts$'] },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true, dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    parser: 'swc',
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.json'] },
  },
};
