import { setupWorker } from 'msw/browser';
import { createHandlers } from './handlers';
import type { SeedSize } from './seed';
import { seed } from './seed';
import { Store, type Changes } from './store';

// The demo backend in the browser: the seed is rebuilt at each load from a fixed date, and only
// what users changed is kept in localStorage, so a reload keeps every change and a reset is cheap.

const KEY = 'binome.demo';

interface Saved {
  seedDate: string;
  size: SeedSize;
  changes: Changes;
}

function load(size: SeedSize): Saved {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Saved | null;
    if (saved?.size === size) return saved;
  } catch {
    // A corrupt save starts over from the seed.
  }
  return { seedDate: new Date().toISOString(), size, changes: {} };
}

export interface DemoBackend {
  size: SeedSize;
  /** Forgets every change and reloads the page on fresh demo data. */
  reset(): void;
}

export async function startDemoBackend(size: SeedSize): Promise<DemoBackend> {
  const saved = load(size);
  const store = new Store(seed(size, new Date(saved.seedDate)));
  store.apply(saved.changes);

  let timer: ReturnType<typeof setTimeout> | undefined;
  store.onChange(() => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      try {
        localStorage.setItem(KEY, JSON.stringify({ ...saved, changes: store.changesSinceSeed() }));
      } catch {
        // Storage full or disabled: the demo goes on, unsaved.
      }
    }, 100);
  });

  const worker = setupWorker(...createHandlers({ store, now: () => new Date() }));
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true });

  return {
    size,
    reset() {
      clearTimeout(timer);
      localStorage.removeItem(KEY);
      document.cookie = 'binome_session=; Path=/; Max-Age=0';
      location.assign('/');
    },
  };
}
