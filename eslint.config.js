import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import path from 'node:path';
import tseslint from 'typescript-eslint';

const root = import.meta.dirname;

/** Which part of the project a file belongs to, for the import rules of ARCHITECTURE.md. */
function layerOf(file) {
  const rel = path.relative(root, file).split(path.sep).join('/');
  const feature = rel.match(/^src\/features\/([^/]+)\//);
  if (feature) return { name: 'feature', feature: feature[1] };
  if (rel === 'src/main.tsx') return { name: 'main' };
  for (const name of ['app', 'components', 'lib', 'api', 'domain']) {
    if (rel.startsWith(`src/${name}/`)) return { name };
  }
  if (rel.startsWith('mocks/')) return { name: 'mocks' };
  if (rel.startsWith('seed/')) return { name: 'seed' };
  if (rel === 'server/main.ts' || rel.startsWith('server/node/')) return { name: 'server-node' };
  if (rel.startsWith('server/')) return { name: 'server' };
  return { name: 'other' };
}

const ALLOWED = {
  main: ['app', 'mocks', 'main'],
  app: ['app', 'feature', 'components', 'lib', 'api', 'domain'],
  feature: ['feature', 'components', 'lib', 'api', 'domain'],
  components: ['components', 'lib', 'api', 'domain'],
  lib: ['lib', 'domain'],
  api: ['api'],
  domain: ['domain'],
  // MSW hands requests to the server's own app: there is no second backend.
  mocks: ['mocks', 'server', 'seed'],
  seed: ['seed', 'domain'],
  // The app runs in Node and in the browser: web-standard APIs only (checked below).
  server: ['server', 'domain', 'api', 'seed'],
  // What only Node has: the port, the pool, files, signals.
  'server-node': ['server-node', 'server', 'domain', 'api', 'seed'],
};

const boundaries = {
  meta: { type: 'problem', schema: [] },
  create(context) {
    const from = layerOf(context.filename);
    // Tests beside the code may also use the shared harness in tests/ (and compose the app) and
    // the seed; the suites in tests/ may also set up the server and its database.
    const isTest = /\.test\.tsx?$/.test(context.filename);
    const allowed = isTest
      ? [
          ...(ALLOWED[from.name] ?? []),
          'other',
          'app',
          'seed',
          ...(from.name === 'other' ? ['mocks', 'server', 'server-node'] : []),
        ]
      : ALLOWED[from.name];
    const check = (node) => {
      const source = node.source?.value;
      if (!allowed || typeof source !== 'string' || !source.startsWith('.')) return;
      const to = layerOf(path.resolve(path.dirname(context.filename), source));
      const crossFeature =
        from.name === 'feature' && to.name === 'feature' && to.feature !== from.feature;
      const apiTypesOnly =
        (from.name === 'server' || from.name === 'server-node') &&
        to.name === 'api' &&
        !/(schema|operations)\.gen$/.test(source);
      if (!allowed.includes(to.name) || crossFeature || apiTypesOnly) {
        context.report({
          node,
          message: `${from.name}${from.feature ? ` "${from.feature}"` : ''} may not import ${to.name}${to.feature ? ` "${to.feature}"` : ''} (see ARCHITECTURE.md, import rules).`,
        });
      }
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

const kebabFileNames = {
  meta: { type: 'suggestion', schema: [] },
  create(context) {
    return {
      Program(node) {
        const base = path.basename(context.filename);
        if (!/^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+)*$/.test(base)) {
          context.report({ node, message: `File names are kebab-case: ${base}` });
        }
        if (base.startsWith('index.') && layerOf(context.filename).name === 'feature') {
          context.report({ node, message: 'No barrel files inside features.' });
        }
      },
    };
  },
};

export default tseslint.config(
  {
    ignores: [
      '**/*.tmp.*',
      'dist/',
      'dist-server/',
      'coverage/',
      'public/mockServiceWorker.js',
      'src/api/schema.gen.ts',
      'node_modules/',
      'bench/.tmp/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: {
      'react-hooks': reactHooks,
      'jsx-a11y': jsxA11y,
      binome: { rules: { boundaries, 'kebab-file-names': kebabFileNames } },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      'binome/boundaries': 'error',
      'binome/kebab-file-names': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  {
    files: ['scripts/**', 'bench/**', 'tests/**', 'server/**'],
    rules: { 'no-console': 'off' },
  },
  {
    // The server's app runs in the browser demo too: Node's modules stay in main.ts and node/.
    files: ['server/**'],
    ignores: ['server/main.ts', 'server/node/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'pg', '@hono/node-server', '@hono/node-server/*'],
              message: 'Node only: put it in server/node/ and inject it into the app.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'process', 'Buffer'],
    },
  },
);
