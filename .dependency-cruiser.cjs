/**
 * The import rules of the layout (README: Architecture), checked in `npm run lint`:
 * domain/ is pure and shared; the SPA, the server and the seeds never reach into each other.
 */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'domain/ holds rules only: no server, SPA, seed or test code',
      severity: 'error',
      from: { path: '^domain/' },
      to: { path: '^(server|admin|seeds|migrations|test)/' },
    },
    {
      name: 'domain-has-no-node',
      comment: 'domain/ runs the same in the browser, the server and the seeds: no Node built-ins',
      severity: 'error',
      from: { path: '^domain/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'domain-has-no-io',
      comment: 'domain/ holds rules, not UI or storage: no React, no database, no HTTP',
      severity: 'error',
      from: { path: '^domain/' },
      to: { path: 'node_modules/(react|react-dom|react-admin|ra-[a-z-]+|@mui/[a-z-]+|knex|pg|sqlite3|express|pino)/' },
    },
    {
      name: 'server-not-spa',
      comment: 'the server and the seeds share rules through domain/, never through the SPA',
      severity: 'error',
      from: { path: '^(server|seeds|migrations)/' },
      to: { path: '^admin/' },
    },
    {
      name: 'spa-not-server',
      comment: 'the SPA talks to the server over HTTP (its data provider) only',
      severity: 'error',
      from: { path: '^admin/' },
      to: { path: '^(server|seeds|migrations|test)/' },
    },
    {
      name: 'no-circular',
      comment: 'cycles make module load order matter',
      severity: 'error',
      from: { path: '^(domain|server|admin|seeds)/' },
      to: { circular: true },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
