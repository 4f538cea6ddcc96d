// Names targets derive from the spec, defined once so that validation checks exactly the names
// the targets will declare.

/** `createApiKey` → `CreateApiKey`, the prefix of an operation's generated type names. */
export function operationTypeName(operationId: string): string {
  return operationId.charAt(0).toUpperCase() + operationId.slice(1);
}
