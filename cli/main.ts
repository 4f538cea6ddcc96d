// `keyway <command>`: each command lives in its own module and has its own --help.
import { generateCommand } from './generate-command.ts';
import { lintCommand } from './lint-command.ts';
import { loginCommand } from './login-command.ts';
import { logoutCommand } from './logout-command.ts';
import { serveCommand } from './serve-command.ts';
import { signingKeysCommand } from './signing-keys-command.ts';
import { whoamiCommand } from './whoami-command.ts';

export interface Command {
  name: string;
  summary: string;
  usage: string;
  run(args: string[]): Promise<number>;
}

/** Only commands that work are listed; later issues add conformance, diff, docs and init. */
const COMMANDS: readonly Command[] = [
  generateCommand,
  lintCommand,
  loginCommand,
  logoutCommand,
  serveCommand,
  signingKeysCommand,
  whoamiCommand,
];

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'Usage: keyway <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    "Run `keyway <command> --help` for a command's options.",
  ].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage());
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (command === undefined) {
    console.error(`keyway: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(command.usage);
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    // Expected failures (bad spec, bad flags, bad configuration) carry a message for people.
    console.error(`keyway ${name}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
