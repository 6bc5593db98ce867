import { bundleSize } from './bundle-size';
import { report } from './results';
import { serverLoad } from './server-load';

// `npm run bench`: every benchmark, each figure printed as `name: value unit` and kept in
// bench/results.json. Figures are measurements to compare, never pass/fail thresholds.
const figures = [...(await bundleSize()), ...(await serverLoad())];
await report(figures);
