import { describe, expect, it } from 'vitest';
import { CloseGuard, type CloseChoice } from '../../electron/main/close-guard';

function setup(choice: CloseChoice) {
  const log: string[] = [];
  let answer: (c: CloseChoice) => void = () => undefined;
  const guard = new CloseGuard({
    ask: () => {
      log.push('ask');
      return new Promise((resolve) => (answer = resolve));
    },
    requestSave: () => log.push('saveAndClose'),
    close: () => log.push('close'),
  });
  const decide = async (): Promise<void> => {
    answer(choice);
    await Promise.resolve();
  };
  return { guard, log, decide };
}

describe('closing with unsaved changes', () => {
  it('closes at once when nothing is unsaved', () => {
    const { guard, log } = setup('cancel');
    expect(guard.onCloseAttempt()).toBe(true);
    expect(log).toEqual([]);
  });

  it('保存: asks the renderer to save and closes after it confirms', async () => {
    const { guard, log, decide } = setup('save');
    guard.setDirty(true);
    expect(guard.onCloseAttempt()).toBe(false);
    await decide();
    expect(log).toEqual(['ask', 'saveAndClose']);
    guard.confirmClose();
    expect(log).toEqual(['ask', 'saveAndClose', 'close']);
    expect(guard.onCloseAttempt()).toBe(true);
  });

  it('保存 then a cancelled save dialog: the window stays', async () => {
    const { guard, log, decide } = setup('save');
    guard.setDirty(true);
    guard.onCloseAttempt();
    await decide();
    expect(log).not.toContain('close');
    expect(guard.onCloseAttempt()).toBe(false);
  });

  it('不保存: closes without saving', async () => {
    const { guard, log, decide } = setup('discard');
    guard.setDirty(true);
    guard.onCloseAttempt();
    await decide();
    expect(log).toEqual(['ask', 'close']);
    expect(guard.onCloseAttempt()).toBe(true);
  });

  it('取消: stays open and asks again next time', async () => {
    const { guard, log, decide } = setup('cancel');
    guard.setDirty(true);
    guard.onCloseAttempt();
    await decide();
    expect(guard.onCloseAttempt()).toBe(false);
    expect(log).toEqual(['ask', 'ask']);
  });

  it('asks once while the question is open, and ignores a confirmation nobody asked for', () => {
    const { guard, log } = setup('cancel');
    guard.setDirty(true);
    guard.confirmClose();
    guard.onCloseAttempt();
    guard.onCloseAttempt();
    expect(log).toEqual(['ask']);
  });
});
