// Target `bundle`: the bundled spec as generated/openapi.json and generated/openapi.yaml.
import type { Target } from './target.ts';

export const bundleTarget: Target = {
  name: 'bundle',
  description: 'the bundled spec: openapi.json and openapi.yaml',
  async render({ document, provenance }) {
    // js-yaml is loaded already (Redocly parsed the spec with it) and dumps twice as fast as `yaml`.
    const { dump } = await import('js-yaml');
    // JSON has no comments: the provenance line is an OpenAPI extension, first, where the drift
    // check looks for it (a spec's own `x-generated` is replaced rather than allowed to move it).
    const { 'x-generated': _replaced, ...rest } = document;
    const withProvenance = { 'x-generated': provenance, ...rest };
    return [
      { path: 'openapi.json', contents: `${JSON.stringify(withProvenance, null, 2)}\n` },
      {
        path: 'openapi.yaml',
        contents: `# ${provenance}\n${dump(rest, { lineWidth: -1, noRefs: true })}`,
      },
    ];
  },
};
