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
  mocks: ['mocks', 'domain', 'api'],
  // The server loads the same demo data as the mock backend: mocks/seed only (checked below).
  server: ['server', 'domain', 'api', 'mocks'],
};

const boundaries = {
  meta: { type: 'problem', schema: [] },
  create(context) {
    const from = layerOf(context.filename);
    // Tests beside the code may also use the shared harness in tests/ (and compose the app);
    // the suites in tests/ may also set up the server's database.
    const isTest = /\.test\.tsx?$/.test(context.filename);
    const allowed = isTest
      ? [
          ...(ALLOWED[from.name] ?? []),
          'other',
          'app',
          'mocks',
          ...(from.name === 'other' ? ['server'] : []),
        ]
      : ALLOWED[from.name];
    const check = (node) => {
      const source = node.source?.value;
      if (!allowed || typeof source !== 'string' || !source.startsWith('.')) return;
      const to = layerOf(path.resolve(path.dirname(context.filename), source));
      const crossFeature =
        from.name === 'feature' && to.name === 'feature' && to.feature !== from.feature;
      const apiTypesOnly =
        (from.name === 'mocks' || from.name === 'server') &&
        to.name === 'api' &&
        !/(schema|operations)\.gen$/.test(source);
      const serverIntoMocks =
        from.name === 'server' && to.name === 'mocks' && !/mocks\/seed$/.test(source);
      if (!allowed.includes(to.name) || crossFeature || apiTypesOnly || serverIntoMocks) {
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
);
