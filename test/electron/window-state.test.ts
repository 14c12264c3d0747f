import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_STATE, fitWindowState, loadWindowState, saveWindowState, windowStateFile } from '../../electron/main/window-state';

const LAPTOP = { x: 0, y: 0, width: 1920, height: 1040 };
const SECOND = { x: 1920, y: 0, width: 2560, height: 1400 };

describe('window state', () => {
  it('remembers bounds and the maximised state across starts', async () => {
    const file = windowStateFile(mkdtempSync(join(tmpdir(), 'ds-window-')));
    expect(await loadWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
    const state = { x: 2000, y: 40, width: 1600, height: 1000, maximized: true };
    await saveWindowState(file, state);
    expect(await loadWindowState(file)).toEqual(state);
  });

  it('falls back to the default for a damaged file', async () => {
    const file = windowStateFile(mkdtempSync(join(tmpdir(), 'ds-window-')));
    writeFileSync(file, '{"width":"wide"');
    expect(await loadWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('keeps a window that is on a screen', () => {
    const state = { x: 2000, y: 40, width: 1600, height: 1000, maximized: false };
    expect(fitWindowState(state, [LAPTOP, SECOND])).toEqual(state);
  });

  it('centres a window whose screen was unplugged', () => {
    expect(fitWindowState({ x: 2000, y: 40, width: 1600, height: 1000, maximized: true }, [LAPTOP])).toEqual({ width: 1600, height: 1000, maximized: true });
  });

  it('shrinks a window larger than the screen and pulls it back inside', () => {
    expect(fitWindowState({ x: 1500, y: -5, width: 2400, height: 1300, maximized: false }, [LAPTOP])).toEqual({
      x: 0,
      y: 0,
      width: 1920,
      height: 1040,
      maximized: false,
    });
  });

  it('never goes below the minimum size the tables need, screen permitting', () => {
    expect(fitWindowState({ width: 300, height: 200, maximized: false }, [LAPTOP])).toEqual({ width: 960, height: 600, maximized: false });
  });
});
