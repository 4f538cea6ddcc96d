// Fail-fast checks for what the targets cannot represent (STYLE.md §2). Each error names the
// JSON pointer of the offending spot in the bundled document.
import { pointer } from '../json-pointer.ts';
import { INHERITED_NAMES } from './json-schema.ts';
import { operationTypeName } from './names.ts';
import type { ApiModel, Diagnostic, Operation } from './types.ts';

/**
 * A name every target can use as a method, function or type name, and that Fastify's router can
 * capture as a path parameter.
 */
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Characters Fastify's router reads as wildcards or regular expressions in a path's literal part. */
const UNROUTABLE = /[*()?#]/;

export function validateModel(model: ApiModel, document: Record<string, unknown>): void {
  const { diagnostics } = model;
  checkNames(model.operations, diagnostics);
  checkRoutes(model.operations, diagnostics);
  checkSecurity(model, diagnostics);
  checkSecretFormats(model, diagnostics);
  checkDiscriminators(document, diagnostics);
  const catalogue = new Set(model.scopes.map((s) => s.name));
  for (const role of model.roles) {
    for (const [j, scope] of role.scopes.entries()) {
      if (!catalogue.has(scope)) {
        diagnostics.push({
          severity: 'error',
          pointer: `${role.pointer}/scopes/${j}`,
          message: `role "${role.name}" grants "${scope}", which is not in the scope catalogue`,
        });
      }
    }
  }
}

function checkNames(operations: Operation[], diagnostics: Diagnostic[]): void {
  const seen = new Map<string, string>();
  // Type names are the operationId with its first letter upper-cased, so `getThing` and
  // `GetThing` would both declare `GetThingRequest`.
  const typeNames = new Map<string, string>();
  for (const op of operations) {
    const at = `${op.pointer}/operationId`;
    const typeName = operationTypeName(op.operationId);
    if (op.operationId === '') {
      diagnostics.push({ severity: 'error', pointer: op.pointer, message: 'operation has no operationId' });
    } else if (!IDENTIFIER.test(op.operationId)) {
      diagnostics.push({
        severity: 'error',
        pointer: at,
        message: `operationId ${JSON.stringify(op.operationId)} is not an identifier (letters, digits, _)`,
      });
    } else if (INHERITED_NAMES.has(op.operationId)) {
      diagnostics.push({
        severity: 'error',
        pointer: at,
        message: `operationId "${op.operationId}" is a name every JavaScript object already has; choose another`,
      });
    } else if (seen.has(op.operationId)) {
      diagnostics.push({
        severity: 'error',
        pointer: at,
        message: `duplicate operationId "${op.operationId}" (first used at ${seen.get(op.operationId)})`,
      });
    } else if (typeNames.has(typeName)) {
      diagnostics.push({
        severity: 'error',
        pointer: at,
        message: `operationId "${op.operationId}" differs only in its first letter's case from the one at ${typeNames.get(typeName)}`,
      });
    } else {
      seen.set(op.operationId, at);
      typeNames.set(typeName, at);
    }
  }
}

function checkRoutes(operations: Operation[], diagnostics: Diagnostic[]): void {
  const routes = new Map<string, string>();
  for (const op of operations) {
    const itemPointer = op.pointer.slice(0, op.pointer.lastIndexOf('/'));
    const parts = op.path.split(/(\{[^}]*\})/);
    const templated = parts.filter((p) => p.startsWith('{')).map((p) => p.slice(1, -1));
    const literal = parts.filter((p) => !p.startsWith('{')).join('');
    if (/\}\{/.test(op.path)) {
      diagnostics.push({
        severity: 'error',
        pointer: itemPointer,
        message: `path ${op.path} has two parameters with nothing between them; the router cannot split them`,
      });
    }
    if (UNROUTABLE.test(literal)) {
      diagnostics.push({
        severity: 'error',
        pointer: itemPointer,
        message: `path ${op.path} has a character (* ( ) ? #) the router would read as a pattern`,
      });
    }
    for (const name of templated) {
      if (!IDENTIFIER.test(name)) {
        diagnostics.push({
          severity: 'error',
          pointer: itemPointer,
          message: `path parameter "{${name}}" cannot be routed: use letters, digits and _`,
        });
      } else if (!op.parameters.path.some((p) => p.name === name)) {
        diagnostics.push({
          severity: 'error',
          pointer: op.pointer,
          message: `path parameter "{${name}}" is not declared in parameters`,
        });
      }
    }
    for (const p of op.parameters.path) {
      if (!templated.includes(p.name)) {
        diagnostics.push({
          severity: 'error',
          pointer: `${op.pointer}/parameters`,
          message: `path parameter "${p.name}" does not appear in the path template ${op.path}`,
        });
      }
    }
    // `/a/{x}` and `/a/{y}` are one route to the router.
    const key = `${op.method} ${op.path.replace(/\{[^}]*\}/g, '{}')}`;
    const first = routes.get(key);
    if (first === undefined) routes.set(key, op.pointer);
    else {
      diagnostics.push({
        severity: 'error',
        pointer: op.pointer,
        message: `${op.method.toUpperCase()} ${op.path} matches the same requests as ${first}`,
      });
    }
    if (op.responses.length === 0) {
      diagnostics.push({
        severity: 'error',
        pointer: `${op.pointer}/responses`,
        message: 'operation declares no responses',
      });
    }
  }
}

function checkSecurity(model: ApiModel, diagnostics: Diagnostic[]): void {
  const catalogue = new Set(model.scopes.map((s) => s.name));
  const schemes = new Set(model.securitySchemes.map((s) => s.name));
  // OpenID Connect scopes come from the provider's discovery document, not from this spec.
  const openIdConnect = new Set(
    model.securitySchemes.filter((s) => s.type === 'openIdConnect').map((s) => s.name),
  );
  for (const op of model.operations) {
    const scopeSets = new Set<string>();
    for (const alt of op.security) {
      if (alt.schemes.length > 0)
        scopeSets.add(JSON.stringify([...new Set(alt.schemes.flatMap((s) => s.scopes))].sort()));
      for (const scheme of alt.schemes) {
        const at = `${alt.pointer}${pointer(scheme.name).slice(1)}`;
        if (!schemes.has(scheme.name)) {
          diagnostics.push({
            severity: 'error',
            pointer: at,
            message: `security scheme "${scheme.name}" is not defined in components.securitySchemes`,
          });
        }
        for (const [j, scope] of scheme.scopes.entries()) {
          if (catalogue.size > 0 && !openIdConnect.has(scheme.name) && !catalogue.has(scope)) {
            diagnostics.push({
              severity: 'error',
              pointer: `${at}/${j}`,
              message: `scope "${scope}" is not in the scope catalogue (the oauth2 scheme's scopes)`,
            });
          }
        }
      }
    }
    if (scopeSets.size > 1) {
      diagnostics.push({
        severity: 'warning',
        pointer: op.security[0]?.pointer.replace(/\/\d+$/, '') ?? op.pointer,
        message: `the security alternatives of ${op.operationId || op.pointer} name different scopes; \`scopes\` lists their union, enforcement must read each alternative`,
      });
    }
  }
}

function checkSecretFormats(model: ApiModel, diagnostics: Diagnostic[]): void {
  for (const [i, format] of model.secretFormats.entries()) {
    for (const other of model.secretFormats.slice(0, i)) {
      // A secret is recognised by its prefix, so no prefix may start another.
      const clash =
        format.kind === other.kind
          ? `repeats the kind "${format.kind}"`
          : format.prefix.startsWith(other.prefix) || other.prefix.startsWith(format.prefix)
            ? `has a prefix that overlaps "${other.prefix}" of ${other.schema}`
            : null;
      if (clash !== null) {
        diagnostics.push({
          severity: 'error',
          pointer: pointer('components', 'schemas', format.schema),
          message: `secret format ${format.schema} ${clash}`,
        });
      }
    }
  }
}

/**
 * A discriminator mapping value may name a schema (`Dog`) instead of referencing it; the types
 * target needs the reference, and guessing would type the discriminator property wrongly.
 */
function checkDiscriminators(document: Record<string, unknown>, diagnostics: Diagnostic[]): void {
  const visit = (node: unknown, at: string) => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const [i, child] of node.entries()) visit(child, `${at}/${i}`);
      return;
    }
    const record = node as Record<string, unknown>;
    const mapping = (record.discriminator as { mapping?: unknown } | undefined)?.mapping;
    if (mapping !== null && typeof mapping === 'object') {
      for (const [value, target] of Object.entries(mapping)) {
        if (typeof target !== 'string' || !target.startsWith('#/')) {
          diagnostics.push({
            severity: 'error',
            pointer: `${at}/discriminator/mapping${pointer(value).slice(1)}`,
            message: `discriminator mapping "${value}" must be a reference such as "#/components/schemas/${String(target)}"`,
          });
        }
      }
    }
    for (const [key, child] of Object.entries(record)) visit(child, `${at}${pointer(key).slice(1)}`);
  };
  visit(document.paths, '#/paths');
  visit(document.components, '#/components');
}
