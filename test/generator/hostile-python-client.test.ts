// The hostile-strings fixture through the python-client target: every generated .py file must
// compile (`python -m py_compile`), import, and carry the hostile strings unchanged (enum values,
// wire names, docstrings), and pyproject.toml must stay valid TOML.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generate } from '../../generator/generate.ts';
import { PYTHON_KEYWORDS } from '../../generator/handlebars/helpers-python.ts';
import { writeGenerated } from '../../generator/write-generated.ts';
import { ROOT, scratchDir } from './temp-output.ts';

const SPEC = join(ROOT, 'test', 'fixtures', 'specs', 'hostile', 'openapi.yaml');
const source = parse(readFileSync(SPEC, 'utf8'));
const thing = source.components.schemas['Hostile-Thing.v2'];
const PYTHON = process.env.PYTHON ?? 'python3';

let packageDir: string;

function python(args: string[], cwd = packageDir) {
  const result = spawnSync(PYTHON, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1', PYTHONPATH: packageDir },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}`, stdout: result.stdout };
}

function pythonFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) return pythonFiles(dir, path);
    return path.endsWith('.py') ? [path] : [];
  });
}

beforeAll(async () => {
  const outDir = join(scratchDir('hostile-python'), 'generated');
  const { files } = await generate({ specPath: SPEC, outDir, targets: ['python-client'] });
  writeGenerated(outDir, files, { sweep: false });
  packageDir = join(outDir, 'clients', 'python');
});

describe('hostile strings in the Python client', () => {
  it('compiles every generated .py file', () => {
    const files = pythonFiles(packageDir);
    expect(files).toContain('keyway_client/models.py');
    expect(files).toContain('keyway_client/client.py');
    // py_compile writes the bytecode it checks; the scratch directory is thrown away.
    const { status, output } = python(['-m', 'py_compile', ...files]);
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  it('imports, and keeps enum values, wire names and docstrings intact', () => {
    const { status, output, stdout } = python([
      '-c',
      `
import dataclasses, json, typing
import tomllib
from keyway_client import Client, models
thing = models.HostileThingV2
hints = typing.get_type_hints(thing)
fields = dataclasses.fields(thing)
print(json.dumps({
    "wires": [f.metadata["wire"] for f in fields],
    "names": [f.name for f in fields],
    "kinds": list(typing.get_args(hints[[f.name for f in fields if f.metadata["wire"] == "kind"][0]])),
    "doc": Client.get_thing.__doc__,
    "methods": [name for name in ("get_thing", "create_thing") if callable(getattr(Client, name, None))],
    "version": tomllib.load(open("pyproject.toml", "rb"))["project"]["version"],
    "roundtrip": thing.from_dict({"kind": "*/", "*/": "x", "a-b": 1}).to_dict(),
}))
`,
    ]);
    expect(status, output).toBe(0);
    const got = JSON.parse(stdout);
    expect([...got.wires].sort()).toEqual(
      Object.keys(thing.properties)
        .filter((n) => n !== '__proto__' && n !== 'constructor')
        .sort(),
    );
    expect(new Set(got.names).size).toBe(got.names.length);
    for (const name of got.names) expect(name).toMatch(/^[a-z][a-z0-9_]*$/);
    expect(got.kinds).toEqual(thing.properties.kind.enum);
    const summary: string = source.paths['/things/{thing_id}'].get.summary;
    expect(got.doc).toContain(summary);
    expect(got.methods).toEqual(['get_thing', 'create_thing']);
    // The spec's version is not PEP 440, so the package gets a placeholder pip accepts.
    expect(got.version).toBe('0.0.0');
    expect(got.roundtrip).toEqual({ kind: '*/', '*/': 'x', 'a-b': 1 });
  });

  it('escapes the keywords of the local Python', () => {
    const { stdout } = python(['-c', 'import json, keyword; print(json.dumps(keyword.kwlist))'], ROOT);
    expect([...PYTHON_KEYWORDS].sort()).toEqual([...JSON.parse(stdout)].sort());
  });
});
