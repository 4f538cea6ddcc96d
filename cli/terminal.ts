// Writing to the terminal: server-supplied text made safe to print, and the "waiting" indicator.

/**
 * Text from the server (names, codes, URLs) with control characters removed, so a hostile
 * server cannot move the cursor or rewrite earlier lines with escape sequences.
 */
export function printable(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
}

export interface Progress {
  /** Replaces the message (a spinner shows it at its next frame; plain output prints it). */
  update(message: string): void;
  /** Stops the indicator and clears its line. */
  stop(): void;
}

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

/**
 * A spinner on `stream` when it is a terminal; otherwise each distinct message once, as a plain
 * line, so CI logs hold no escape codes and no carriage-return noise.
 */
export function startProgress(stream: NodeJS.WriteStream, message: string): Progress {
  if (!stream.isTTY) {
    let last = '';
    const print = (text: string) => {
      if (text !== last) stream.write(`${text}\n`);
      last = text;
    };
    print(message);
    return { update: print, stop() {} };
  }
  let current = message;
  let frame = 0;
  const draw = () => {
    stream.write(`\r\u001b[2K${FRAMES[frame % FRAMES.length]} ${current}`);
    frame += 1;
  };
  draw();
  const timer = setInterval(draw, 100);
  return {
    update(text) {
      current = text;
    },
    stop() {
      clearInterval(timer);
      stream.write('\r\u001b[2K');
    },
  };
}
