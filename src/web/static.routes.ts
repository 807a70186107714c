import express, { Router } from 'express';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Scripts and stylesheets the pages load, all from this origin (the pages carry no inline script, so a
 * `script-src 'self'` policy holds). The page files live beside this module in public/ — `npm run build`
 * copies them to dist/src/web/public — and Chart.js is served from its package in node_modules.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
export const PUBLIC_DIR = path.join(here, 'public');
const chartJsFile = path.join(path.dirname(createRequire(import.meta.url).resolve('chart.js')), 'chart.umd.min.js');

export const CHART_JS_PATH = '/static/vendor/chart.umd.min.js';

export function staticRoutes(): Router {
  const router = Router();
  router.get(CHART_JS_PATH, (_req, res) => {
    res.sendFile(chartJsFile, { maxAge: '1d', headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
  });
  router.use('/static', express.static(PUBLIC_DIR, { maxAge: '10m', index: false, fallthrough: true }));
  return router;
}
