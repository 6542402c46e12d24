/**
 * The import rules of the layout (README: Architecture), checked in `npm run lint`:
 * domain/ is pure and shared; the SPA, the server and the seeds never reach into each other.
 */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'domain/ holds rules only: no IO, no React, no Knex, no server or SPA code',
      severity: 'error',
      from: { path: '^domain/' },
      to: { pathNot: '^domain/' },
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
