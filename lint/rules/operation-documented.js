// spec/README.md rule 1: every operation has a lowerCamelCase operationId (it becomes a function
// name in the generated server and clients), a summary, and at least one tag declared at the root.
import { visitOperations } from '../helpers.js';

/** @import { Oas3Rule, UserContext } from '@redocly/openapi-core' */

// lowerCamelCase is always a valid JavaScript identifier; reserved words are not usable as names.
const LOWER_CAMEL_CASE = /^[a-z][A-Za-z0-9]*$/;
const RESERVED = new Set(
  (
    'await break case catch class const continue debugger default delete do else enum export extends ' +
    'false finally for function if implements import in instanceof interface let new null package ' +
    'private protected public return static super switch this throw true try typeof var void while with yield'
  ).split(' '),
);

/** @type {Oas3Rule} */
export const OperationDocumented = () => {
  /** @type {Set<string>} */
  let declaredTags = new Set();
  return {
    Root: {
      /** @param {any} root */
      enter(root) {
        const tags = Array.isArray(root.tags) ? root.tags : [];
        declaredTags = new Set(tags.map((/** @type {any} */ tag) => tag?.name));
      },
    },
    ...visitOperations((operation, ctx, { label }) => {
      checkOperationId(operation.operationId, ctx, label);

      if (typeof operation.summary !== 'string' || operation.summary.trim() === '') {
        ctx.report({
          message: `${label} has no summary.`,
          location: operation.summary === undefined ? ctx.location.key() : ctx.location.child('summary'),
        });
      }

      const tags = operation.tags;
      if (!Array.isArray(tags) || tags.length === 0) {
        ctx.report({
          message: `${label} has no tag; give it one of the root's tags.`,
          location: tags === undefined ? ctx.location.key() : ctx.location.child('tags'),
        });
        return;
      }
      tags.forEach((tag, index) => {
        if (!declaredTags.has(tag)) {
          ctx.report({
            message: `${label} has tag \`${tag}\`, which is not declared in the root's \`tags\`.`,
            location: ctx.location.child(['tags', index]),
          });
        }
      });
    }),
  };
};

/**
 * @param {unknown} operationId
 * @param {UserContext} ctx
 * @param {string} label
 */
function checkOperationId(operationId, ctx, label) {
  if (operationId === undefined) {
    ctx.report({ message: `${label} has no operationId.`, location: ctx.location.key() });
  } else if (typeof operationId !== 'string' || !LOWER_CAMEL_CASE.test(operationId)) {
    ctx.report({
      message: `${label}: operationId \`${operationId}\` is not a lowerCamelCase JavaScript identifier.`,
      location: ctx.location.child('operationId'),
    });
  } else if (RESERVED.has(operationId)) {
    ctx.report({
      message: `${label}: operationId \`${operationId}\` is a JavaScript reserved word.`,
      location: ctx.location.child('operationId'),
    });
  }
}
