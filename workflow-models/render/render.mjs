// Renders every model of workflow-models into docs/workflow/: BPMN as SVG and PNG (bpmn-js),
// DMN decision tables as PNG (dmn-js), in the machine's headless Chromium, offline.
// Usage (from the repository root):
//   npm ci --prefix workflow-models/render && node workflow-models/render/render.mjs
// CHROMIUM overrides the browser (default /usr/bin/chromium, Debian package "chromium").
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const here = dirname(fileURLToPath(import.meta.url));
const models = join(here, '..', 'src', 'main', 'resources');
const out = join(here, '..', '..', 'docs', 'workflow');
const modules = join(here, 'node_modules');
mkdirSync(out, { recursive: true });

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run']
});

async function page(scripts, styles) {
  const p = await browser.newPage();
  await p.setViewport({ width: 1800, height: 1000, deviceScaleFactor: 1 });
  await p.setContent('<html><body style="margin:0;background:#fff"><div id="canvas" style="width:1800px;height:1000px"></div></body></html>');
  for (const style of styles) {
    await p.addStyleTag({ path: join(modules, style) });
  }
  for (const script of scripts) {
    await p.addScriptTag({ path: join(modules, script) });
  }
  return p;
}

function files(folder, extension) {
  return readdirSync(join(models, folder)).filter(name => name.endsWith(extension)).sort();
}

for (const name of files('bpmn', '.bpmn')) {
  const xml = readFileSync(join(models, 'bpmn', name), 'utf8');
  const p = await page(['bpmn-js/dist/bpmn-viewer.production.min.js'],
    ['bpmn-js/dist/assets/diagram-js.css', 'bpmn-js/dist/assets/bpmn-js.css']);
  const svg = await p.evaluate(async (xml) => {
    const viewer = new window.BpmnJS({ container: '#canvas' });
    const { warnings } = await viewer.importXML(xml);
    if (warnings.length) {
      throw new Error(warnings.map(w => w.message).join('; '));
    }
    const canvas = viewer.get('canvas');
    canvas.zoom('fit-viewport', 'auto');
    return (await viewer.saveSVG()).svg;
  }, xml);
  writeFileSync(join(out, basename(name, '.bpmn') + '.svg'), svg);
  await (await p.$('#canvas')).screenshot({ path: join(out, basename(name, '.bpmn') + '.png') });
  await p.close();
  console.log('rendered bpmn/' + name);
}

for (const name of files('dmn', '.dmn')) {
  const xml = readFileSync(join(models, 'dmn', name), 'utf8');
  const p = await page(['dmn-js/dist/dmn-viewer.production.min.js'],
    ['dmn-js/dist/assets/diagram-js.css', 'dmn-js/dist/assets/dmn-js-shared.css', 'dmn-js/dist/assets/dmn-js-drd.css',
      'dmn-js/dist/assets/dmn-js-decision-table.css', 'dmn-js/dist/assets/dmn-font/css/dmn-embedded.css']);
  await p.evaluate(async (xml) => {
    const canvas = document.getElementById('canvas');
    canvas.style.height = 'auto';
    const viewer = new window.DmnJS({ container: canvas });
    const { warnings } = await viewer.importXML(xml);
    if (warnings.length) {
      throw new Error(warnings.map(w => w.message).join('; '));
    }
    const table = viewer.getViews().find(view => view.type === 'decisionTable');
    await viewer.open(table);
  }, xml);
  await (await p.$('#canvas')).screenshot({ path: join(out, basename(name, '.dmn') + '.png') });
  await p.close();
  console.log('rendered dmn/' + name);
}

await browser.close();
