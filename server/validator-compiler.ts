// Request validation with two Ajv instances: JSON bodies are typed, so nothing is coerced;
// path, query and header parameters and form bodies arrive as strings and are coerced to the
// schema's types. Fastify's default is one coercing instance for everything.
import Ajv, { type Options } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';
import { ajvOptions, jsonBodyAjvOptions } from '../generated/server/routes.ts';
import { componentSchemas } from '../generated/server/schemas.ts';
import { isJsonMediaType } from './media-type.ts';

function createAjv(options: Options): Ajv {
  const ajv = new Ajv(options);
  addFormats(ajv);
  ajv.addSchema(componentSchemas);
  return ajv;
}

export function createValidatorCompiler(): FastifySchemaCompiler<unknown> {
  const typed = createAjv({ ...jsonBodyAjvOptions });
  const coercing = createAjv({ ...ajvOptions });
  return ({ schema, httpPart, contentType }) => {
    const ajv = httpPart === 'body' && isJsonMediaType(contentType ?? 'application/json') ? typed : coercing;
    return ajv.compile(schema as object) as ReturnType<FastifySchemaCompiler<unknown>>;
  };
}
