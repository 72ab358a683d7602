// `npm run lint`: a few rules that catch real bugs, and the layers of api/ (docs/decisions/016).
// Not a style guide: no formatting rule, no recommended set switched on wholesale.
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

const LAYERS_MESSAGE = 'a request flows one way: HTTP -> resolvers -> loaders -> repositories -> executor (README, "How a request flows")';
const neo4jDriver = { name: 'neo4j-driver', message: `only api/db/ talks to Neo4j; ${LAYERS_MESSAGE}`, allowTypeImports: true };
const graphql = { name: 'graphql', message: `only api/graphql/ knows GraphQL; ${LAYERS_MESSAGE}`, allowTypeImports: true };
const graphqlLayer = { group: ['**/graphql/**'], message: `below the GraphQL layer; ${LAYERS_MESSAGE}`, allowTypeImports: true };
const dbCode = {
  group: ['**/db/**'],
  message: `resolvers reach the database through loaders and repositories from the context; only types may be imported; ${LAYERS_MESSAGE}`,
  allowTypeImports: true,
};
const restricted = (paths, patterns = []) => ['error', { paths, patterns }];


export default defineConfig(
  { ignores: ['dist/**', 'node_modules/**', '.neo4j/**', 'test-artifacts/**', 'data/**'] },
  {
    files: ['**/*.ts'],
    languageOptions: {
      parser: tseslint.parser,
      // Each file is checked with the tsconfig.json nearest to it (web/ has its own).
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { '@typescript-eslint': tseslint.plugin },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // A promise nobody awaits loses its error and its ordering.
      // (node:test's describe and it return promises that the runner itself awaits.)
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['describe', 'it', 'test', 'suite', 'before', 'after', 'beforeEach', 'afterEach'] }] },
      ],
      // An async function where a plain callback is expected (an event handler, a forEach): its rejection goes nowhere.
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
    },
  },
  {
    // The plain JavaScript that runs before dependencies exist: no types to check with.
    files: ['**/*.mjs', '**/*.js'],
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', caughtErrors: 'none' }] },
  },
  {
    // In V8 what an object with an own getter or setter holds survives minor collections: a
    // per-request object built so (the loaders once) had its whole request's rows promoted
    // (docs/decisions/033). Lazy members belong to a class, whose accessors sit on the prototype.
    files: ['api/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'ObjectExpression > Property[kind=/^(get|set)$/]', message: 'no accessors in object literals on the request path: a class keeps its instances young (docs/decisions/033)' },
        {
          selector: "CallExpression[callee.object.name='Object'][callee.property.name=/^define/] Property[key.name=/^(get|set)$/]",
          message: 'no own accessors defined on objects on the request path: a class keeps its instances young (docs/decisions/033)',
        },
      ],
    },
  },
  {
    // The resolvers are where untyped GraphQL arguments enter the code: they get a type there.
    files: ['api/graphql/resolvers/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'error' },
  },
  // The layers of api/ (test/unit/architecture.test.ts states the first four). One block per
  // folder: a later block's no-restricted-imports replaces an earlier one's, it does not add to it.
  {
    files: ['api/**/*.ts'],
    ignores: ['api/db/**', 'api/graphql/**', 'api/loaders/**'],
    rules: { '@typescript-eslint/no-restricted-imports': restricted([neo4jDriver, graphql]) },
  },
  {
    files: ['api/db/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restricted(
        [graphql],
        [graphqlLayer, { group: ['**/loaders/**', '@apollo/**'], message: `repositories never call back up; ${LAYERS_MESSAGE}`, allowTypeImports: true }],
      ),
    },
  },
  {
    files: ['api/loaders/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': restricted([neo4jDriver, graphql], [graphqlLayer]) },
  },
  {
    files: ['api/graphql/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': restricted([neo4jDriver], [dbCode]) },
  },
);
