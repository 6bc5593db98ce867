// Writes the zod schemas of src/domain into api/openapi.yaml (components.schemas), then the
// TypeScript types of the whole contract into src/api/schema.gen.ts.
// `--check` writes nothing and fails when either file is stale.
import { readFile, writeFile } from 'node:fs/promises';
import openapiTS, { astToString } from 'openapi-typescript';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { apiSchemas } from '../src/domain/schemas/index';

const CONTRACT = new URL('../api/openapi.yaml', import.meta.url);
const TYPES = new URL('../src/api/schema.gen.ts', import.meta.url);
const check = process.argv.includes('--check');

function componentSchemas(): Record<string, unknown> {
  const { schemas } = z.toJSONSchema(apiSchemas, {
    uri: (id) => `#/components/schemas/${id}`,
    io: 'input',
  }) as { schemas: Record<string, Record<string, unknown>> };
  return Object.fromEntries(
    Object.keys(schemas)
      .sort()
      .map((id) => {
        const { $schema: _s, $id: _i, id: _id, ...schema } = schemas[id]!;
        return [id, schema];
      }),
  );
}

const yamlText = await readFile(CONTRACT, 'utf8');
const doc = parseDocument(yamlText);
doc.setIn(['components', 'schemas'], doc.createNode(componentSchemas()));
const nextYaml = doc.toString({ lineWidth: 0 });

const ast = await openapiTS(parseDocument(nextYaml).toJS(), { alphabetize: true });
const nextTypes =
  '// Generated from api/openapi.yaml by `npm run api:generate`. Do not edit.\n' + astToString(ast);

const stale: string[] = [];
for (const [url, next] of [
  [CONTRACT, nextYaml],
  [TYPES, nextTypes],
] as const) {
  const current = await readFile(url, 'utf8').catch(() => '');
  if (current === next) continue;
  stale.push(url.pathname);
  if (!check) await writeFile(url, next);
}

if (check && stale.length) {
  console.error(`Stale generated files: ${stale.join(', ')}. Run npm run api:generate.`);
  process.exit(1);
}
console.log(stale.length ? `Wrote ${stale.length} file(s).` : 'Contract and types are up to date.');
