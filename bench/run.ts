import { build } from 'vite';
import { bundleSize } from './bundle-size';
import { contentionFigures } from './contention';
import { codeSizeFigures } from './code-size';
import { demoLoadFigures } from './demo-load';
import { followUpFigures } from './follow-up';
import { inboxFigures } from './inbox';
import { matchingFigures } from './matching';
import { report } from './results';
import { serverLoad, withPgliteServer, withScaleServer } from './server-load';

// `npm run bench`: every benchmark, each figure printed as `name: value unit` and kept in
// bench/results.json. Figures are measurements to compare, never pass/fail thresholds.
const figures = [
  ...(await codeSizeFigures()),
  ...(await bundleSize()),
  ...(await demoLoadFigures()),
  ...(await matchingFigures()),
];
// The server serves dist/: build it as `npm start` does, for the inbox in a real browser.
await build({ mode: 'server', logLevel: 'error' });
figures.push(
  ...(await withPgliteServer((base) => contentionFigures(base, 'pglite'))),
  ...(await withScaleServer(async (server) => [
    ...(await serverLoad(server)),
    ...(await contentionFigures(server.base, 'postgresql')),
    ...(await inboxFigures(server)),
    ...(await followUpFigures(server)),
  ])),
);
await report(figures);
