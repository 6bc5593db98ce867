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
import { versusReactAdmin } from './versus-react-admin';

// `npm run bench`: every benchmark, each figure printed as `name: value unit` and kept in
// bench/results.json. Figures are measurements to compare, never pass/fail thresholds.
// `npm run bench -- versus` runs only the side-by-side with react-admin (on the scale server);
// `npm run bench -- matching` only the matching, in process.
if (process.argv.includes('matching')) {
  await report(await matchingFigures());
  process.exit(0);
}
const onlyVersus = process.argv.includes('versus');
const figures = onlyVersus
  ? []
  : [
      ...(await codeSizeFigures()),
      ...(await bundleSize()),
      ...(await demoLoadFigures()),
      ...(await matchingFigures()),
    ];
// The server serves dist/, and runs built: as `npm start` does.
await build({ mode: 'server', logLevel: 'error' });
await build({ configFile: 'vite.server.config.ts' });
figures.push(
  ...(onlyVersus ? [] : await withPgliteServer((base) => contentionFigures(base, 'pglite'))),
  ...(await withScaleServer(async (server) =>
    onlyVersus
      ? versusReactAdmin(server)
      : [
          ...(await serverLoad(server)),
          ...(await contentionFigures(server.base, 'postgresql')),
          ...(await inboxFigures(server)),
          ...(await followUpFigures(server)),
          ...(await versusReactAdmin(server)),
        ],
  )),
);
await report(figures);
