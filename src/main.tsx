import '@mantine/core/styles.css';
import './app/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import type { DemoControls } from './app/demo';

async function start() {
  let demo: DemoControls | null = null;
  if (import.meta.env.VITE_BACKEND !== 'server') {
    // The one import of mocks/ from src: lazy, so the real build never loads the demo backend.
    const { startDemoBackend } = await import('../mocks/browser');
    demo = await startDemoBackend(import.meta.env.VITE_SEED === 'scale' ? 'scale' : 'demo');
  }
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App demo={demo} />
    </StrictMode>,
  );
}

void start();
