// Fail-fast checks for what the targets cannot represent (STYLE.md §2). Each error names the
// JSON pointer of the offending spot in the bundled document.
import { pointer } from '../json-pointer.ts';
import type { ApiModel } from './types.ts';

/** A name that every target can use as a method or function name. */
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** What a path template parameter may be called so that Fastify's router can capture it. */
const PATH_PARAMETER = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function validateModel(model: ApiModel, document: Record<string, unknown>): void {
  const { diagnostics } = model;
  const catalogue = new Set(model.scopes.map((s) => s.name));
  const schemes = new Set(model.securitySchemes.map((s) => s.name));
  const seen = new Map<string, string>();

  for (const op of model.operations) {
    const at = (...tokens: (string | number)[]) => `${op.pointer}${pointer(...tokens).slice(1)}`;
    if (op.operationId === '') {
      diagnostics.push({ severity: 'error', pointer: op.pointer, message: 'operation has no operationId' });
    } else if (!IDENTIFIER.test(op.operationId)) {
      diagnostics.push({
        severity: 'error',
        pointer: at('operationId'),
        message: `operationId ${JSON.stringify(op.operationId)} is not an identifier (letters, digits, _)`,
      });
    } else if (seen.has(op.operationId)) {
      diagnostics.push({
        severity: 'error',
        pointer: at('operationId'),
        message: `duplicate operationId "${op.operationId}" (first used at ${seen.get(op.operationId)})`,
      });
    } else {
      seen.set(op.operationId, at('operationId'));
    }

    op.security.forEach((alt, i) => {
      for (const scheme of alt.schemes) {
        if (!schemes.has(scheme.name)) {
          diagnostics.push({
            severity: 'error',
            pointer: at('security', i, scheme.name),
            message: `security scheme "${scheme.name}" is not defined in components.securitySchemes`,
          });
        }
        scheme.scopes.forEach((scope, j) => {
          if (catalogue.size > 0 && !catalogue.has(scope)) {
            diagnostics.push({
              severity: 'error',
              pointer: at('security', i, scheme.name, j),
              message: `scope "${scope}" is not in the scope catalogue (the oauth2 scheme's scopes)`,
            });
          }
        });
      }
    });

    const templated = [...op.path.matchAll(/\{([^}]*)\}/g)].map((m) => m[1] ?? '');
    for (const name of templated) {
      if (!PATH_PARAMETER.test(name)) {
        diagnostics.push({
          severity: 'error',
          pointer: op.pointer.slice(0, op.pointer.lastIndexOf('/')),
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
          pointer: at('parameters'),
          message: `path parameter "${p.name}" does not appear in the path template ${op.path}`,
        });
      }
    }
    if (op.responses.length === 0) {
      diagnostics.push({
        severity: 'error',
        pointer: at('responses'),
        message: 'operation declares no responses',
      });
    }
  }

  model.roles.forEach((role, i) => {
    role.scopes.forEach((scope, j) => {
      if (!catalogue.has(scope)) {
        diagnostics.push({
          severity: 'error',
          pointer: rolesPointer(document, i, j),
          message: `role "${role.name}" grants "${scope}", which is not in the scope catalogue`,
        });
      }
    });
  });
}

function rolesPointer(document: Record<string, unknown>, role: number, scope: number): string {
  const schemes = (document.components as Record<string, Record<string, Record<string, unknown>>> | undefined)
    ?.securitySchemes;
  const owner =
    Object.entries(schemes ?? {}).find(([, s]) => Array.isArray(s['x-keyway-roles']))?.[0] ?? 'oauth2';
  return pointer('components', 'securitySchemes', owner, 'x-keyway-roles', role, 'scopes', scope);
}
