// A promise a test opens by hand: one side awaits `opened`, the other calls `open()` when it
// is time (hold a transaction until later events are written, say).
export interface Latch {
  opened: Promise<void>;
  open(): void;
}

export function latch(): Latch {
  let open = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}
