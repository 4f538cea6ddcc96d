// Target `types`: TypeScript types for every schema, path and operation, from
// openapi-typescript's programmatic API (types by AST, not by template; STYLE.md §3).
import { createRequire } from 'node:module';
import type * as OpenapiTypescript from 'openapi-typescript';
import type { Target } from './target.ts';

// Loaded through require(): importing openapi-typescript's ESM build makes Node scan the 9 MB
// CommonJS `typescript` module for named exports, which costs about a second per run.
const require = createRequire(import.meta.url);

export const typescriptTypesTarget: Target = {
  name: 'types',
  description: 'TypeScript types (openapi-typescript): types.ts',
  async render({ document, provenance }) {
    const { default: openapiTS, astToString } = require('openapi-typescript') as typeof OpenapiTypescript;
    const nodes = await openapiTS(structuredClone(document) as Parameters<typeof OpenapiTypescript.default>[0], {
      // Our own model has already validated the document; openapi-typescript's redocly pass
      // would bundle it a second time.
      redocly: undefined,
      alphabetize: false,
      exportType: false,
    });
    return [{ path: 'types.ts', contents: `// ${provenance}\n\n${astToString(nodes)}` }];
  },
};
