// Closing with unsaved changes asks 保存 / 不保存 / 取消. 保存 hands the save to the renderer (it
// owns the project and may need the save dialog) and closes once the renderer confirms success.
export type CloseChoice = 'save' | 'discard' | 'cancel';

export interface CloseGuardDeps {
  /** The native question; resolves with the user's choice. */
  ask(): Promise<CloseChoice>;
  /** Sends the 'saveAndClose' menu action to the renderer. */
  requestSave(): void;
  /** Closes the window again; the guard lets it through this time. */
  close(): void;
}

export class CloseGuard {
  private dirty = false;
  private allowed = false;
  private asking = false;
  private awaitingSave = false;

  constructor(private readonly deps: CloseGuardDeps) {}

  setDirty(dirty: boolean): void {
    this.dirty = dirty;
  }

  get isDirty(): boolean {
    return this.dirty;
  }

  /** From the window's close event: true lets the close go ahead, false prevents it (for now). */
  onCloseAttempt(): boolean {
    if (this.allowed || !this.dirty) return true;
    if (!this.asking) {
      this.asking = true;
      this.awaitingSave = false;
      void this.deps.ask().then((choice) => this.decide(choice), () => this.decide('cancel'));
    }
    return false;
  }

  /** The renderer saved after 'saveAndClose'; a confirmation nobody asked for is ignored. */
  confirmClose(): void {
    if (!this.awaitingSave) return;
    this.awaitingSave = false;
    this.allowed = true;
    this.deps.close();
  }

  private decide(choice: CloseChoice): void {
    this.asking = false;
    switch (choice) {
      case 'save':
        this.awaitingSave = true;
        this.deps.requestSave();
        return;
      case 'discard':
        this.allowed = true;
        this.deps.close();
        return;
      case 'cancel':
        return;
    }
  }
}
