// Opens a URL in the person's browser, best effort: the URL is also printed, so any failure
// (no display, no xdg-open) is ignored. The URL is passed as an argument, never through a shell.
import { spawn } from 'node:child_process';

/** BROWSER=none turns opening off; any other BROWSER value is the program to run (as `gh` does). */
export function openBrowser(url: string, env: NodeJS.ProcessEnv, platform = process.platform): void {
  const command = browserCommand(url, env, platform);
  if (command === undefined) return;
  try {
    const child = spawn(command.file, command.args, {
      detached: true,
      stdio: 'ignore',
      windowsVerbatimArguments: command.verbatim,
    });
    child.on('error', () => {});
    child.unref();
  } catch {
    // spawn throws synchronously for some invalid arguments; the printed URL is the fallback.
  }
}

export interface BrowserCommand {
  file: string;
  args: string[];
  /** Windows only: pass args to cmd.exe as they are (they are escaped here). */
  verbatim: boolean;
}

/** The program and arguments that open `url`, or undefined when the browser should not be opened. */
export function browserCommand(
  url: string,
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform,
): BrowserCommand | undefined {
  let href: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
    // Percent-encodes spaces, quotes and angle brackets.
    href = parsed.href;
  } catch {
    return undefined;
  }
  if (env.BROWSER === 'none') return undefined;
  if (env.BROWSER) return { file: env.BROWSER, args: [href], verbatim: false };
  if (platform === 'darwin') return { file: 'open', args: [href], verbatim: false };
  if (platform === 'win32') {
    // `start` is a cmd.exe built-in, so cmd parses this line: escape & ( ) with ^, and refuse a
    // URL with anything else cmd interprets (% and ! would expand environment variables into it).
    if (!/^[A-Za-z0-9\-._~:/?#[\]@$'*+,;=&()]+$/.test(href)) return undefined;
    return { file: 'cmd', args: ['/c', 'start', '""', href.replace(/[&()]/g, '^$&')], verbatim: true };
  }
  return { file: 'xdg-open', args: [href], verbatim: false };
}
