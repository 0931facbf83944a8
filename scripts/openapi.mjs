#!/usr/bin/env node
// Generates docs/api/openapi.json (OpenAPI 3.1) from the contract: the route table
// (packages/core/src/contract/routes.ts) and the zod/mini schemas, through zod's toJSONSchema.
//   node scripts/openapi.mjs           writes the file
//   node scripts/openapi.mjs --check   exits 1 when the file is missing or out of date
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const target = join(root, 'docs/api/openapi.json');

/** Bundles the contract with its own copy of zod (toJSONSchema must see the same zod as the schemas). */
async function loadContract() {
  const entry = [
    "export * from './packages/core/src/contract/index.ts';",
    "export { PasswordPolicySchema } from './packages/core/src/validators/password.ts';",
    "export { toJSONSchema, registry } from 'zod/mini';",
  ].join('\n');
  const result = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts', sourcefile: 'openapi-entry.ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    conditions: ['source'],
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

const COMPONENT_TYPES = new Set(['object', 'union', 'enum', 'record', 'array', 'literal']);
/** Strings worth a component of their own (long date patterns written once). */
const SHARED_STRINGS = new Set(['IsoDateSchema', 'IsoDateTimeSchema']);

/**
 * OpenAPI `readOnly` means "never in a request": zod's readonly (immutable values) is not that. `$id` and
 * `$schema` are noise inside an OpenAPI document.
 */
const DROPPED_KEYS = new Set(['readOnly', '$id', '$schema']);
function stripReadOnly(value) {
  if (Array.isArray(value)) return value.map(stripReadOnly);
  if (!value || typeof value !== 'object') return value;
  const out = {};
  for (const [key, inner] of Object.entries(value)) if (!DROPPED_KEYS.has(key)) out[key] = stripReadOnly(inner);
  return out;
}

function pathParams(path) {
  return [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
}

async function generate() {
  const contract = await loadContract();
  const { ROUTES, toJSONSchema, registry } = contract;
  const components = registry();
  const names = new Map();
  for (const [exportName, value] of Object.entries(contract).sort(([a], [b]) => a.localeCompare(b))) {
    if (!exportName.endsWith('Schema') || !value?._zod) continue;
    if (!COMPONENT_TYPES.has(value._zod.def.type) && !SHARED_STRINGS.has(exportName)) continue;
    const id = exportName.slice(0, -'Schema'.length);
    components.add(value, { id });
    names.set(value, id);
  }
  const { schemas } = toJSONSchema(components, {
    target: 'draft-2020-12',
    // Input mode: objects stay open (no additionalProperties: false), so a back end may add fields.
    io: 'input',
    uri: (id) => `#/components/schemas/${id}`,
    unrepresentable: 'any',
  });
  const componentSchemas = Object.fromEntries(Object.entries(schemas).map(([id, s]) => [id, stripReadOnly(s)]).sort(([a], [b]) => a.localeCompare(b)));
  const ref = (schema) => ({ $ref: `#/components/schemas/${names.get(schema)}` });
  const resolved = (schema) => JSON.parse(JSON.stringify(componentSchemas[names.get(schema)]));

  const errorResponse = (description) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } } });
  const paths = {};
  for (const [name, route] of Object.entries(ROUTES)) {
    const params = pathParams(route.path);
    const unsafe = route.method !== 'GET';
    const operation = {
      operationId: name,
      tags: [route.tag],
      summary: route.summary,
      parameters: params.map((p) => ({ name: p, in: 'path', required: true, schema: { type: 'string' } })),
    };
    if (route.idempotencyKey) {
      operation.parameters.push({
        name: 'Idempotency-Key', in: 'header', required: true, schema: { type: 'string', minLength: 8, maxLength: 128 },
        description: 'The same key returns the first result; with another body, 409.',
      });
    }
    if (route.input === 'binary') {
      operation.parameters.push({ name: 'X-File-Name', in: 'header', required: true, schema: { type: 'string' }, description: 'The file name, URL-encoded.' });
      operation.requestBody = { required: true, content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } }, 'application/pdf': {}, 'image/jpeg': {}, 'image/png': {} } };
    } else if (route.input) {
      const input = resolved(route.input);
      const omit = new Set([...params, ...(route.idempotencyKey ? ['idempotencyKey'] : [])]);
      const properties = Object.fromEntries(Object.entries(input.properties ?? {}).filter(([key]) => !omit.has(key)));
      const required = (input.required ?? []).filter((key) => !omit.has(key));
      if (route.method === 'GET' || route.method === 'DELETE') {
        for (const [key, schema] of Object.entries(properties)) operation.parameters.push({ name: key, in: 'query', required: required.includes(key), schema });
      } else if (Object.keys(properties).length > 0) {
        const body = omit.size === 0 ? ref(route.input) : { ...input, properties, ...(required.length ? { required } : {}) };
        if (omit.size > 0 && !required.length) delete body.required;
        operation.requestBody = { required: true, content: { 'application/json': { schema: body } } };
      }
    }
    if (operation.parameters.length === 0) delete operation.parameters;
    operation.responses = route.output
      ? { 200: { description: 'OK', content: { 'application/json': { schema: ref(route.output) } } } }
      : { 204: { description: 'Done (no content)' } };
    if (route.session) operation.responses[401] = errorResponse('No session, or it expired');
    if (unsafe) operation.responses[403] = errorResponse('Missing CSRF header, or not allowed');
    if (route.input) operation.responses[422] = errorResponse('Invalid input: `fieldErrors` per field');
    if (route.idempotencyKey) operation.responses[409] = errorResponse('Idempotency key reused with another body');
    operation.responses.default = errorResponse('Other errors: 404, 409, 429 (Retry-After), 5xx');
    const security = [];
    if (route.session) security.push(unsafe ? { sessionCookie: [], csrfHeader: [] } : { sessionCookie: [] });
    else if (unsafe) security.push({ csrfHeader: [] });
    operation.security = security;
    (paths[route.path] ??= {})[route.method.toLowerCase()] = operation;
  }

  const version = JSON.parse(readFileSync(join(root, 'packages/core/package.json'), 'utf8')).version;
  const document = {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'moncompte-ui adapter REST API',
      version,
      description: [
        'The REST routes the HTTP adapter (`@moncompte/adapters/http`) calls, generated from the adapter contract (`packages/core/src/contract`). A back end that implements them works with every moncompte-ui element.',
        '',
        '- Session: a cookie (HttpOnly, SameSite=Lax); requests are sent with credentials. Unsafe requests (POST, PUT, DELETE) carry a CSRF header (`X-Requested-With` by default).',
        '- Dates are ISO `YYYY-MM-DD`, instants ISO 8601; money is in euros as a number (`134.55`); texts are plain text; links are plain strings (elements keep only `https:` and relative URLs).',
        '- Errors: a JSON `ErrorBody`; 401 unauthorized, 403 forbidden, 404 not-found, 409 conflict, 422 validation (`fieldErrors`: problems with i18n keys per field), 429 rate-limited (`Retry-After`), 5xx server.',
        '- No user enumeration: log-in answers one `invalid-credentials` outcome, the forgotten-password request the same challenge whatever the identifier.',
        '- Demo accounts of the reference server: see docs/adapters.md.',
      ].join('\n'),
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/api', description: 'Relative to the portal (the reference server serves the routes at its root unless given a basePath)' }],
    tags: [...new Set(Object.values(ROUTES).map((r) => r.tag))].map((name) => ({ name })),
    paths,
    components: {
      schemas: componentSchemas,
      securitySchemes: {
        sessionCookie: { type: 'apiKey', in: 'cookie', name: 'mc_session', description: 'Session cookie set by the log-in routes.' },
        csrfHeader: { type: 'apiKey', in: 'header', name: 'X-Requested-With', description: 'Any value; a custom header forces a CORS preflight.' },
      },
    },
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

const text = await generate();
if (process.argv.includes('--check')) {
  const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (current !== text) {
    console.error('docs/api/openapi.json is out of date with the adapter contract: run `npm run openapi`.');
    process.exit(1);
  }
  console.log('docs/api/openapi.json is up to date.');
} else {
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
  console.log(`Wrote ${target.slice(root.length)} (${Object.keys(JSON.parse(text).paths).length} paths).`);
}
