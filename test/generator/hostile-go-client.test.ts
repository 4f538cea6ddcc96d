// The hostile-strings spec (test/fixtures/specs/hostile/) through the go-client target: the
// generated module must be gofmt-clean, pass go vet, and carry hostile member names and
// values through JSON unchanged.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { GO_CLIENT_DIR } from '../../generator/targets/go-client.ts';
import { runGo } from '../clients/go-run.ts';
import { generateInto, ROOT, scratchDir } from './temp-output.ts';

const SPEC = join(ROOT, 'test', 'fixtures', 'specs', 'hostile', 'openapi.yaml');
let client: string;

beforeAll(async () => {
  const { outDir } = await generateInto(SPEC, scratchDir('hostile-go'));
  client = join(outDir, GO_CLIENT_DIR);
});

describe('hostile strings in the Go client', () => {
  it('is gofmt-clean', () => {
    const fmt = runGo(['gofmt', '-l', '.'], client);
    expect(fmt.status, fmt.output).toBe(0);
    expect(fmt.output).toBe('');
  });

  it('passes go vet', () => {
    const vet = runGo(['vet', './...'], client);
    expect(vet.status, vet.output).toBe(0);
  });

  it('round-trips hostile member names and values through its types', () => {
    // Go source written here by hand: the names are the escaped ones the generator chose.
    writeFileSync(
      join(client, 'hostile_test.go'),
      `package keyway

import (
	"encoding/json"
	"testing"
)

func TestHostileRoundTrip(t *testing.T) {
	input := \`{"*/":"x","a-b":1,"with space":"s","\${x}":"t","kind":"\${x}","ünï":"u"}\`
	var thing HostileThingV2
	if err := json.Unmarshal([]byte(input), &thing); err != nil {
		t.Fatal(err)
	}
	out, err := json.Marshal(thing)
	if err != nil {
		t.Fatal(err)
	}
	var got, want map[string]any
	_ = json.Unmarshal(out, &got)
	_ = json.Unmarshal([]byte(input), &want)
	if len(got) != len(want) {
		t.Fatalf("got %s, want %s", out, input)
	}
	for k, v := range want {
		if got[k] != v {
			t.Fatalf("member %q: got %v, want %v", k, got[k], v)
		}
	}
}
`,
    );
    const test = runGo(['test', '-count=1', './...'], client);
    expect(test.status, test.output).toBe(0);
  });
});
