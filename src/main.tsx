import '@mantine/core/styles.css';
import './app/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import type { DemoControls } from './app/demo';
import { DemoLoading } from './app/demo-loading';

async function start() {
  const root = createRoot(document.getElementById('root')!);
  let demo: DemoControls | null = null;
  if (import.meta.env.VITE_BACKEND !== 'server') {
    // The one import of mocks/ from src: lazy, so the real build never loads the demo backend.
    root.render(<DemoLoading progress={0} />);
    const { startDemoBackend } = await import('../mocks/browser');
    const backend = await startDemoBackend(
      import.meta.env.VITE_SEED === 'scale' ? 'scale' : 'demo',
      (progress) => root.render(<DemoLoading progress={progress} />),
    );
    try {
      await backend.ready;
    } catch {
      root.render(<DemoLoading progress={0} failed />);
      return;
    }
    demo = backend;
  }
  root.render(
    <StrictMode>
      <App demo={demo} />
    </StrictMode>,
  );
}

void start();
