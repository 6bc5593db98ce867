import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

// Validates responses against api/openapi.yaml: the status must be one the operation declares,
// and the body must match the declared schema.

type Json = Record<string, unknown>;
export const doc = parse(
  readFileSync(new URL('../../api/openapi.yaml', import.meta.url), 'utf8'),
) as Json;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ $id: 'openapi', ...doc });

const pointer = (...segments: string[]) =>
  segments.map((s) => encodeURIComponent(s.replace(/~/g, '~0').replace(/\//g, '~1'))).join('/');

export function operationOf(method: string, template: string) {
  const paths = doc.paths as Record<string, Record<string, Json>>;
  const operation = paths[template]?.[method.toLowerCase()];
  if (!operation) throw new Error(`The contract has no ${method} ${template}`);
  return operation;
}

export function contractErrors(
  method: string,
  template: string,
  status: number,
  contentType: string | null,
  body: unknown,
): string[] {
  const responses = operationOf(method, template).responses as Record<string, Json>;
  const declared = responses[String(status)] ?? (status >= 500 ? responses.default : undefined);
  if (!declared)
    return [
      `${method} ${template} does not declare status ${status} (declares ${Object.keys(responses).join(', ')})`,
    ];
  const resolved = (declared.$ref ? resolveRef(declared.$ref as string) : declared) as Json;
  const content = resolved.content as Record<string, Json> | undefined;
  if (!content)
    return body === null
      ? []
      : [`${status} declares no body, got ${JSON.stringify(body).slice(0, 200)}`];
  const type = contentType?.split(';')[0]?.trim() ?? '';
  if (!content[type])
    return [
      `${status} declares ${Object.keys(content).join(', ')}, got ${type || 'no content type'}`,
    ];
  if (type === 'text/csv') return [];
  const ref = declared.$ref
    ? `openapi#/${pointer('components', 'responses', (declared.$ref as string).split('/').pop()!, 'content', type, 'schema')}`
    : `openapi#/${pointer('paths', template, method.toLowerCase(), 'responses', responses[String(status)] ? String(status) : 'default', 'content', type, 'schema')}`;
  const validate = ajv.getSchema(ref) ?? ajv.compile({ $ref: ref });
  if (validate(body)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
}

export function resolveRef(ref: string): unknown {
  return ref
    .replace(/^#\//, '')
    .split('/')
    .reduce<unknown>((node, key) => (node as Json)[key], doc);
}

/** Every operation of the contract: its method, path template and description. */
export const contractOperations = Object.entries(
  doc.paths as Record<string, Record<string, Record<string, unknown>>>,
).flatMap(([template, item]) =>
  ['get', 'post', 'put', 'patch', 'delete']
    .filter((m) => m in item)
    .map((m) => ({ method: m.toUpperCase(), template, spec: item[m]! })),
);
