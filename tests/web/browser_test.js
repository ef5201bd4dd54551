// Opens the built site (build-web/site) in Debian's headless Chromium through
// puppeteer-core and checks what a student does: the page reaches its first frame
// with no GL or JavaScript error, a paused step matches its golden image, a drag
// orbits the body and a click opens guided mode. Then a short bench (bench=1) prints
// frame times. Usage (scripts/test-web.sh sets NODE_PATH to puppeteer-core and pngjs):
//   node tests/web/browser_test.js SITE_DIR GOLDEN_DIR OUT_DIR [--update]
'use strict';
const fs = require('fs');
const http = require('http');
const path = require('path');
const puppeteer = require('puppeteer-core');
const { PNG } = require('pngjs');

const [siteDir, goldenDir, outDir] = process.argv.slice(2, 5);
const update = process.argv.includes('--update');
if (!outDir) {
  console.error('usage: browser_test.js SITE_DIR GOLDEN_DIR OUT_DIR [--update]');
  process.exit(2);
}
fs.mkdirSync(outDir, { recursive: true });

// The render tests' rule (tests/render/GLTestContext.h): per channel within 8/255, at
// most 0.5 % of the pixels over it.
const kTolerance = 8;
const kMaxOverFraction = 0.005;
const kStartUrl = '/?technique=spine-line&time=10&view=back&pressure=gentle';
const kSize = { width: 1280, height: 720 };

const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.data': 'application/octet-stream' };
function serve(root) {
  const server = http.createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = path.join(path.resolve(root), name === '/' ? 'index.html' : name);
    if (!file.startsWith(path.resolve(root)) || !fs.existsSync(file)) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { 'Content-Type': types[path.extname(file)] || 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function differingPixels(a, b) {
  let over = 0;
  for (let p = 0; p < a.width * a.height; ++p)
    for (let c = 0; c < 3; ++c)
      if (Math.abs(a.data[p * 4 + c] - b.data[p * 4 + c]) > kTolerance) { ++over; break; }
  return over;
}

function diffImage(a, b) {
  const out = new PNG({ width: a.width, height: a.height });
  for (let p = 0; p < a.width * a.height; ++p) {
    let bad = false;
    for (let c = 0; c < 3; ++c) bad = bad || Math.abs(a.data[p * 4 + c] - b.data[p * 4 + c]) > kTolerance;
    out.data.set(bad ? [255, 0, 255, 255] : [a.data[p * 4] / 3, a.data[p * 4 + 1] / 3, a.data[p * 4 + 2] / 3, 255], p * 4);
  }
  return out;
}

const failures = [];
function check(ok, what) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
}

async function main() {
  const server = await serve(siteDir);
  const base = `http://127.0.0.1:${server.address().port}`;
  const profile = fs.mkdtempSync('/tmp/backrub-chromium-');
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    userDataDir: profile,
    args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking',
           '--disable-component-update', '--no-first-run', `--window-size=${kSize.width},${kSize.height}`],
  });
  try {
    const page = await browser.newPage();
    await page.setViewport({ ...kSize, deviceScaleFactor: 1 });
    const errors = [];
    const lines = [];
    page.on('console', (m) => {
      lines.push(m.text());
      if (m.type() === 'error' || /GL error|INVALID_|WebGL: /.test(m.text())) errors.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
    const state = async () => JSON.parse(await page.evaluate(() => Module.ccall('backrub_state', 'string')));
    const waitFrames = async (n) => {
      const start = (await state()).frames;
      await page.waitForFunction((s, k) => JSON.parse(Module.ccall('backrub_state', 'string')).frames >= s + k,
        { timeout: 30000, polling: 50 }, start, n);
    };
    const shot = async (name) => {
      const file = path.join(outDir, name);
      await page.screenshot({ path: file });
      return PNG.sync.read(fs.readFileSync(file));
    };

    const t0 = Date.now();
    await page.goto(base + kStartUrl);
    await page.waitForFunction(() => window.Module && Module.ccall && Module.backrubStorageReady, { timeout: 60000, polling: 50 });
    await page.waitForFunction(() => JSON.parse(Module.ccall('backrub_state', 'string')).frames >= 1, { timeout: 60000, polling: 50 });
    const firstFrame = lines.find((l) => l.startsWith('backrub: first frame')) || '';
    console.log(`     ${lines.filter((l) => l.startsWith('backrub:')).join('\n     ')}`);
    console.log(`     first frame seen by the test ${Date.now() - t0} ms after navigation`);
    check(firstFrame !== '', 'the page reaches its first frame ("backrub: first frame")');

    // The paused step: the full-detail picture is drawn once the view holds still.
    await waitFrames(30);
    await new Promise((r) => setTimeout(r, 1500));
    await waitFrames(5);
    const s0 = await state();
    check(s0.technique === 'spine-line' && Math.abs(s0.time - 10) < 1e-6 && !s0.playing,
      `the URL chose technique, time and paused playback (${JSON.stringify(s0)})`);
    const still = await shot('web_spine-line_10s.png');
    const goldenFile = path.join(goldenDir, 'web_spine-line_10s.png');
    if (process.env.CI && (update || !fs.existsSync(goldenFile))) {
      check(false, `${path.basename(goldenFile)} exists (CI does not write golden images)`);
    } else if (update || !fs.existsSync(goldenFile)) {
      fs.copyFileSync(path.join(outDir, 'web_spine-line_10s.png'), goldenFile);
      console.log(`     golden written: ${goldenFile}`);
    } else {
      const golden = PNG.sync.read(fs.readFileSync(goldenFile));
      const same = golden.width === still.width && golden.height === still.height;
      const over = same ? differingPixels(golden, still) : Infinity;
      if (same && over > 0) fs.writeFileSync(path.join(outDir, 'web_spine-line_10s_diff.png'), PNG.sync.write(diffImage(golden, still)));
      check(over <= kMaxOverFraction * still.width * still.height,
        `the paused step matches ${path.basename(goldenFile)} (${over} pixels over ${kTolerance}/255)`);
    }

    // A drag with the left button orbits the camera around the body.
    const cx = kSize.width * 0.55, cy = kSize.height * 0.5;
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    for (let i = 1; i <= 10; ++i) {
      await page.mouse.move(cx + i * 20, cy + i * 3);
      await waitFrames(1);
    }
    await page.mouse.up();
    await waitFrames(5);
    const orbited = await shot('web_orbited.png');
    const moved = differingPixels(still, orbited);
    check(moved > 0.05 * still.width * still.height, `a drag orbits the body (${moved} pixels changed)`);

    // A click on "Guided mode (G)" opens the guided panel.
    const before = await state();
    check(Array.isArray(before.guidedButton), 'the guided-mode button is on screen');
    if (before.guidedButton) {
      const [x0, y0, x1, y1] = before.guidedButton;
      await page.mouse.click((x0 + x1) / 2, (y0 + y1) / 2);
      await waitFrames(5);
      check((await state()).guided, 'a click opens guided mode');
      await shot('web_guided.png');
    }
    check(errors.length === 0, `no GL or JavaScript errors in the console${errors.length ? ':\n  ' + errors.join('\n  ') : ''}`);

    // Frame times on this machine's software renderer, playing (printed, not checked).
    const bench = await browser.newPage();
    await bench.setViewport({ ...kSize, deviceScaleFactor: 1 });
    const benchLines = [];
    bench.on('console', (m) => { if (m.text().startsWith('backrub:')) benchLines.push(m.text()); });
    await bench.goto(base + '/?technique=circular-kneading&bench=1');
    await bench.waitForFunction(() => window.Module && Module.ccall && Module.backrubStorageReady &&
      JSON.parse(Module.ccall('backrub_state', 'string')).frames >= 250, { timeout: 120000, polling: 200 });
    console.log(`     ${benchLines.join('\n     ')}`);
  } finally {
    await browser.close();
    server.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  if (failures.length) {
    console.error(`web test: ${failures.length} failed (pictures in ${outDir})`);
    process.exit(1);
  }
  console.log('web test: all passed');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
