// The main window's size, position and maximised state, remembered in userData between starts.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../../shared/node/atomic-write';

export interface Area {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const windowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof windowStateSchema>;

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 800, maximized: false };
export const MIN_WIDTH = 960;
export const MIN_HEIGHT = 600;

export function windowStateFile(userDataDir: string): string {
  return join(userDataDir, 'window-state.json');
}

function overlap(a: Area, b: Area): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Keeps a remembered window usable on today's screens: a monitor may have been unplugged or the
 * resolution lowered. Off-screen positions are dropped (the window is centred), sizes shrink to fit.
 */
export function fitWindowState(state: WindowState, workAreas: readonly Area[]): WindowState {
  if (workAreas.length === 0) return state;
  const largest = workAreas.reduce((a, b) => (b.width * b.height > a.width * a.height ? b : a));
  const width = Math.max(Math.min(state.width, largest.width), Math.min(MIN_WIDTH, largest.width));
  const height = Math.max(Math.min(state.height, largest.height), Math.min(MIN_HEIGHT, largest.height));
  const base = { width, height, maximized: state.maximized };
  if (state.x === undefined || state.y === undefined) return base;
  const rect = { x: state.x, y: state.y, width, height };
  const home = workAreas.reduce((a, b) => (overlap(rect, b) > overlap(rect, a) ? b : a));
  // The title bar must be reachable: at least a strip of 100 × 40 px on some screen.
  if (overlap({ x: rect.x, y: rect.y, width: rect.width, height: 40 }, home) < 100 * 40) return base;
  const x = Math.min(Math.max(rect.x, home.x), home.x + home.width - width);
  const y = Math.min(Math.max(rect.y, home.y), home.y + home.height - height);
  return { ...base, x, y };
}

export async function loadWindowState(file: string): Promise<WindowState> {
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    return parsed.success ? parsed.data : DEFAULT_WINDOW_STATE;
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
}

export async function saveWindowState(file: string, state: WindowState): Promise<void> {
  // Losing the window position is harmless; never let it disturb closing.
  await writeFileAtomic(file, JSON.stringify(state)).catch(() => undefined);
}
