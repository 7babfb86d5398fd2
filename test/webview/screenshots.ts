// Screenshots of the Heap view in VS Code's dark, light and high-contrast
// themes, into test/webview/screenshots/ (look at them after a UI change):
//   node --import tsx test/webview/screenshots.ts [dark|light|hc ...]

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startHarness, fixture, runtimeRecording, stop, ROOT, type HeapPage } from './harness';
import type { ThemeName } from './themes';
import { bigSnapshot } from './fixtures/big';

const OUT = join(ROOT, 'test', 'webview', 'screenshots');

async function settle(p: HeapPage): Promise<void> {
  await p.page.evaluate(() => new Promise<void>((r) => (globalThis as unknown as { requestAnimationFrame(cb: () => void): void }).requestAnimationFrame(() => r())));
  await p.page.waitForTimeout(150);
}

async function main(): Promise<void> {
  const themes = (process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['dark', 'light', 'hc']) as ThemeName[];
  mkdirSync(OUT, { recursive: true });
  const H = await startHarness();
  const shots: string[] = [];
  const shot = async (p: HeapPage, name: string) => {
    await settle(p);
    const path = join(OUT, `${name}.png`);
    await p.page.screenshot({ path });
    shots.push(path);
  };
  try {
    for (const theme of themes) {
      const cycle = fixture('cycle');
      const containers = fixture('containers');
      const closure = fixture('closure');

      // Wide: the editor area or a wide panel.
      let p = await H.newPage({ theme, width: 1280, height: 720 });
      await shot(p, `${theme}-empty`);
      await p.send(stop(cycle, 3));
      const n2 = cycle.steps[3].globals.find((g) => g.name === 'node2')!.id!;
      await p.page.locator(`.obj[data-id="${n2}"] .obj-head`).click();
      await shot(p, `${theme}-graph-cycle`);
      await p.send(stop(cycle, 5));
      await p.page.locator('#tab-gc').click();
      await shot(p, `${theme}-gc`);
      await p.page.locator('.gc .btn-cycles').click();
      await shot(p, `${theme}-graph-cycles-shown`);
      await p.send(stop(cycle, 6));
      await p.page.keyboard.press('Escape');
      await shot(p, `${theme}-graph-freed`);
      await p.close();

      p = await H.newPage({ theme, width: 1280, height: 720 });
      await p.send(stop(containers, 5));
      await shot(p, `${theme}-graph-containers`);
      // "Copy as SVG": the posted document, rendered on a page of its own.
      await p.page.locator('.btn-copy-svg').click();
      const copied = (await p.posted()).at(-1) as { type: string; svg?: string };
      if (copied.type !== 'copySvg' || !copied.svg) throw new Error('Copy as SVG posted nothing');
      writeFileSync(join(OUT, `${theme}-graph.svg`), copied.svg);
      const svgPage = await H.browser.newPage({ viewport: { width: 1280, height: 720 } });
      await svgPage.setContent(`<!DOCTYPE html><body style="margin:0;background:#888">${copied.svg.replace(/^<\?xml[^>]*\?>/, '')}</body>`);
      await svgPage.screenshot({ path: join(OUT, `${theme}-graph-svg.png`) });
      shots.push(join(OUT, `${theme}-graph-svg.png`));
      await svgPage.close();
      await p.send(stop(containers, 6));
      const a = containers.steps[6].globals.find((g) => g.name === 'a')!.id!;
      await p.page.locator(`.obj[data-id="${a}"] .obj-head`).click();
      await p.page.locator('#tab-memory').click();
      await p.page.locator('.details .btn-show-memory').click();
      await shot(p, `${theme}-memory`);
      await p.page.locator('.memory').evaluate((e) => (e as unknown as { parentElement: { scrollTop: number; scrollHeight: number } }).parentElement.scrollTop = 10000);
      await shot(p, `${theme}-memory-lower`);
      await p.page.locator('#tab-objects').click();
      await shot(p, `${theme}-objects`);
      await p.close();

      // A pool after gc.collect() freed two Nodes: its free list numbered, the untouched tail.
      const rec = runtimeRecording('cycle');
      const lastStop = rec.steps.length - 1;
      const freedNode = rec.steps[lastStop - 1].objects.find((o) => o.type === 'Node')!;
      p = await H.newPage({ theme, width: 1280, height: 720 });
      await p.send(stop(rec, lastStop));
      await p.page.locator('#tab-memory').click();
      await p.page.locator(`.pool[data-pool="${freedNode.block.pool}"]`).click();
      await shot(p, `${theme}-memory-pool`);
      await p.close();

      // Narrow: the Run and Debug sidebar.
      p = await H.newPage({ theme, width: 420, height: 820 });
      await p.send(stop(closure, 2));
      await shot(p, `${theme}-sidebar-closure`);
      await p.page.locator('.zoom-fit').click();
      await shot(p, `${theme}-sidebar-fit`);
      const cell = closure.steps[2].frames[1].cells[0].cell!;
      await p.page.locator(`.obj[data-id="${cell}"] .obj-head`).click();
      await shot(p, `${theme}-sidebar-details`);
      await p.send({ type: 'ended' });
      await shot(p, `${theme}-sidebar-ended`);
      await p.close();

      if (theme === themes[0]) {
        const { snapshot, previous } = bigSnapshot(10000);
        p = await H.newPage({ theme, width: 1280, height: 720 });
        await p.send({ type: 'snapshot', step: snapshot.step, snapshot, previous });
        await shot(p, `${theme}-graph-10000`);
        await p.close();
      }
    }
  } finally {
    await H.close();
  }
  for (const s of shots) console.log(s);
}

main().catch((e) => { console.error(e); process.exitCode = 1; });
