import { readFile } from 'node:fs/promises';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { collectErrors, SHOT_DIR, useBrowserSession, waitForScene } from './browser.ts';
import { gifInfo, webmInfo, whiteShare } from './media-files.ts';

const session = useBrowserSession();

async function open(query = '', width = 1280, height = 720) {
  const page = await session.newPage(width, height);
  const errors = collectErrors(page);
  await page.goto(`${session.url}${query}`);
  await waitForScene(page);
  return { page, errors };
}

/** The scene's visible labels: text and box, relative to the viewport. */
const visibleLabels = (page: Page) =>
  page.$$eval('[data-label]', (els) =>
    els
      .filter((el) => (el as HTMLElement).style.visibility !== 'hidden')
      .map((el) => {
        const r = el.getBoundingClientRect();
        const layer = el.parentElement!.getBoundingClientRect();
        return {
          text: el.textContent ?? '',
          kind: (el as HTMLElement).dataset.label,
          x: r.left - layer.left,
          y: r.top - layer.top,
          width: r.width,
          height: r.height,
          layerWidth: layer.width,
          layerHeight: layer.height,
        };
      }),
  );

/** Saves what a click downloads and returns its bytes. */
async function downloaded(page: Page, click: () => Promise<void>, timeout = 120_000) {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout }), click()]);
  const path = await file.path();
  await file.saveAs(`${SHOT_DIR}/${file.suggestedFilename()}`);
  return new Uint8Array(await readFile(path));
}

describe('axes that stay honest', () => {
  it('labels the log height axis at powers of ten from the true minimum, the same on a phone', async () => {
    for (const [width, height] of [
      [1280, 720],
      [390, 844],
    ] as const) {
      const { page } = await open('?surface=lecture', width, height);
      await expect
        .poll(async () => (await visibleLabels(page)).some((l) => l.text === 'loss (log)'))
        .toBe(true);
      const ticks = (
        await page.$$eval('[data-label="tick"]', (els) => els.map((e) => e.textContent))
      )
        .map(Number)
        .filter((v) => v >= 1);
      // Height ticks are powers of ten (the odd values 35700, 2010, 113 are gone).
      const heights = ticks.filter((v) => v > 5);
      expect(heights.length).toBeGreaterThanOrEqual(1);
      for (const v of heights) expect(Math.log10(v) % 1).toBeCloseTo(0, 9);
      await page.close();
    }
  });

  it('keeps every label inside its pane and clear of the others at each listed size', async () => {
    for (const [width, height, query] of [
      [390, 844, '?panes=compare'],
      [1280, 720, '?panes=compare&present=1'],
      [1366, 768, '?panes=compare&present=1'],
      [1920, 1080, '?panes=compare&present=1'],
    ] as const) {
      const { page } = await open(query, width, height);
      await expect
        .poll(async () => (await visibleLabels(page)).filter((l) => l.kind === 'axis-name').length)
        .toBeGreaterThanOrEqual(3);
      const labels = await visibleLabels(page);
      for (const l of labels) {
        expect(l.x, l.text).toBeGreaterThanOrEqual(-0.5);
        expect(l.y, l.text).toBeGreaterThanOrEqual(-0.5);
        expect(l.x + l.width, l.text).toBeLessThanOrEqual(l.layerWidth + 0.5);
        expect(l.y + l.height, l.text).toBeLessThanOrEqual(l.layerHeight + 0.5);
      }
      // No two labels of a pane overlap (each pane has its own layer; boxes are layer-relative).
      const byLayer = await page.$$eval('.label-layer', (layers) =>
        layers.map((layer) =>
          [...layer.querySelectorAll<HTMLElement>('[data-label]')]
            .filter((el) => el.style.visibility !== 'hidden')
            .map((el) => el.getBoundingClientRect())
            .map((r) => ({ x: r.left, y: r.top, w: r.width, h: r.height })),
        ),
      );
      for (const boxes of byLayer)
        for (let i = 0; i < boxes.length; i++)
          for (let j = i + 1; j < boxes.length; j++) {
            const [a, b] = [boxes[i]!, boxes[j]!];
            const apart =
              a.x + a.w <= b.x + 0.5 ||
              b.x + b.w <= a.x + 0.5 ||
              a.y + a.h <= b.y + 0.5 ||
              b.y + b.h <= a.y + 0.5;
            expect(apart).toBe(true);
          }
      await page.screenshot({ path: `${SHOT_DIR}/labels-compare-${width}x${height}.png` });
      await page.close();
    }
  });

  it('stops a run that leaves the surface at its box, with a marker and a label', async () => {
    const { page, errors } = await open('?surface=lecture&lr=0.5');
    await page.getByTestId('step').first().click();
    await expect
      .poll(async () => (await visibleLabels(page)).find((l) => l.kind === 'exit')?.text, {
        timeout: 30_000,
      })
      .toMatch(/^left the surface at step \d+$/);
    await page
      .locator('[data-testid="scene"]')
      .screenshot({ path: `${SHOT_DIR}/left-surface.png` });
    await page.getByRole('button', { name: '中文' }).click();
    await expect
      .poll(async () => (await visibleLabels(page)).find((l) => l.kind === 'exit')?.text)
      .toMatch(/^在第 \d+ 步離開曲面$/);
    expect(errors).toEqual([]);
  });
});

describe('charts', () => {
  it('read out step and loss on hover; their text is ≥ 18 px when presenting at 1080p', async () => {
    const { page, errors } = await open('?surface=lecture&speed=50');
    await page.getByTestId('play').first().click();
    await expect
      .poll(async () => Number(await page.getByTestId('readout-step').first().innerText()))
      .toBeGreaterThan(20);
    await page.getByTestId('play').first().click();
    const chart = page.getByTestId('loss-chart');
    await chart.scrollIntoViewIfNeeded();
    await expect.poll(() => chart.getAttribute('data-empty')).toBe('false');
    const box = (await chart.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.4);
    await expect
      .poll(() => page.getByTestId('loss-chart-readout').innerText())
      .toMatch(/^step \d+ · L − L\* · Run 1: \S+/);
    await page.locator('figure.chart').screenshot({ path: `${SHOT_DIR}/loss-chart-hover.png` });
    await page.close();

    const presenting = await open('?surface=lecture&present=1', 1920, 1080);
    const presented = presenting.page.getByTestId('loss-chart');
    await expect.poll(() => presented.getAttribute('data-font-size')).not.toBeNull();
    expect(Number(await presented.getAttribute('data-font-size'))).toBeGreaterThanOrEqual(18);
    expect([...errors, ...presenting.errors]).toEqual([]);
  });
});

describe('slides-ready export', () => {
  it('saves a PNG with the axis labels drawn in, at 1x and 2x', async () => {
    const { page, errors } = await open('?surface=lecture');
    const name = (await visibleLabels(page)).find((l) => l.text === 'loss (log)')!;
    const scene = (await page.locator('[data-testid="scene"]').boundingBox())!;
    for (const scale of [1, 2]) {
      const bytes = await downloaded(page, () =>
        page.getByTestId(scale === 1 ? 'export-png' : 'export-png-2x').click(),
      );
      const png = PNG.sync.read(Buffer.from(bytes));
      expect(png.width).toBe(Math.round(scene.width) * scale);
      // The axis name's pixels are in the image (white text), where the on-screen label is.
      const box = {
        x: name.x * scale,
        y: name.y * scale,
        width: name.width * scale,
        height: name.height * scale,
      };
      expect(whiteShare(png, box)).toBeGreaterThan(0.05);
    }
    expect(errors).toEqual([]);
  });

  for (const format of ['gif', 'webm'] as const) {
    it(`records the animation as ${format} at the chosen size and length`, async () => {
      // A small page: software WebGL redraws the on-screen view after every recorded frame.
      const { page, errors } = await open('?surface=lecture&speed=50', 640, 480);
      const panel = page.getByTestId('video-export');
      await panel.getByLabel('Size').selectOption('640x360');
      await panel.getByLabel('Length').selectOption('2');
      await panel.getByLabel('Format').selectOption(format);
      const bytes = await downloaded(page, async () => {
        await page.getByTestId('video-run').click();
        await expect.poll(() => page.getByTestId('video-progress').count()).toBe(1);
      });
      expect(bytes.length).toBeGreaterThan(1000);
      const info = format === 'gif' ? gifInfo(bytes) : webmInfo(bytes);
      expect(info.width).toBe(640);
      expect(info.height).toBe(360);
      // 2 s at 25 frames/s. A GIF has exactly its frames; MediaRecorder's encoder may drop one
      // or two when it is busy (software rendering here), so WebM is checked to within 10 %.
      if (format === 'gif') expect(info.frames).toBe(50);
      else expect(info.frames).toBeGreaterThanOrEqual(45);
      expect(info.frames).toBeLessThanOrEqual(50);
      expect(errors).toEqual([]);
    });
  }
});
