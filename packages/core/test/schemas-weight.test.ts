import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { jsonSchemas } from '../src/index.js';

const coreDir = fileURLToPath(new URL('..', import.meta.url));

/** What a partner page downloads to validate a call, as a bundler builds it from @qmi/core (minified). */
async function pageValidatingACall(): Promise<{ code: string; inputs: string[] }> {
  const result = await build({
    stdin: {
      contents: `import { CallDefinition } from './src/index.ts';
        export const valid = (data) => CallDefinition.safeParse(data).success;`,
      resolveDir: coreDir,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const [output] = Object.values(result.metafile.outputs);
  const kept = Object.entries(output!.inputs).filter(([, input]) => input.bytesInOutput > 0);
  return { code: result.outputFiles[0]!.text, inputs: kept.map(([file]) => file) };
}

test('a page that validates a call loads zod/mini, not the classic build nor the API documentation', async () => {
  const { code, inputs } = await pageValidatingACall();
  assert.deepEqual(
    inputs.filter((file) => /zod\/v4\/(classic\/|locales\/(?!index))/.test(file)),
    [],
    'zod classic and its locales stay on the server',
  );
  // Descriptions are for readers of the JSON Schema and the OpenAPI document (json-schema-descriptions.ts).
  assert.equal(code.includes('Everything a call for expressions of interest asks'), false);
  assert.equal(code.includes('The editable part of a dossier'), false);
  // 33.8 KB with classic zod (issue 17); about 13 KB with zod/mini.
  const gzip = gzipSync(code, { level: 9 }).length;
  assert.ok(gzip <= 16 * 1024, `validating a call costs ${(gzip / 1024).toFixed(1)} KB gzipped`);
});

test('the JSON Schema still tells its readers what the schemas mean', () => {
  const schemas = jsonSchemas('#/$defs/') as Record<string, { description?: string; properties?: Record<string, any> }>;
  assert.equal(schemas.CallDefinition!.description, 'Everything a call for expressions of interest asks and when.');
  assert.match(schemas.Session!.description!, /7 days unused, 30 days in all/);
  assert.match(schemas.Credentials!.properties!.password.description, /password_too_weak/);
  assert.match(schemas.SignUpRequest!.properties!.continueUrl.description, /<qmi-session>/);
  // No min(1) in the schema (a blank body gets no_visible_text), but readers learn that it may not be empty.
  assert.equal(schemas.SendMessageRequest!.properties!.body.minLength, 1);
  assert.equal(schemas.Milestone!.description, undefined);
});
