// The only module that touches ipcMain. Every payload is checked against the contract's schema
// before a handler sees it; a bad one is answered with 'invalid' and goes no further.
import { ipcMain } from 'electron';
import type { z } from 'zod';
import {
  fail,
  invokeContract,
  sendContract,
  type DocumentState,
  type InvokeVerb,
  type IpcErrorCode,
  type Result,
  type SendVerb,
} from '../../shared/ipc/contract';
import type { InvokeHandlers } from './handlers';

export interface SendHandlers {
  setDocumentState(state: DocumentState): void;
  confirmClose(): void;
}

/** Whether a message comes from our own page (not from a frame that navigated elsewhere). */
export type SenderCheck = (frameUrl: string | undefined) => boolean;

/** What an unexpected exception in a handler is reported as. */
const FAILURE: Record<InvokeVerb, IpcErrorCode> = {
  openProject: 'readFailed',
  openProjectPath: 'readFailed',
  saveProject: 'writeFailed',
  autosave: 'writeFailed',
  takeRecovery: 'readFailed',
  discardRecovery: 'writeFailed',
  recentProjects: 'readFailed',
  pickWorkbook: 'readFailed',
  pickExportFolder: 'readFailed',
  writePackage: 'writeFailed',
  openFolder: 'readFailed',
};

function parseWith<S extends z.ZodType>(schema: S, raw: unknown): { ok: true; data: z.output<S> } | { ok: false; detail: string } {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, data: parsed.data };
  return { ok: false, detail: parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
}

function isInvokeVerb(key: string): key is InvokeVerb {
  return Object.hasOwn(invokeContract, key);
}

function isSendVerb(key: string): key is SendVerb {
  return Object.hasOwn(sendContract, key);
}

export const INVOKE_VERBS: readonly InvokeVerb[] = Object.keys(invokeContract).filter(isInvokeVerb);
export const SEND_VERBS: readonly SendVerb[] = Object.keys(sendContract).filter(isSendVerb);

type Bound = (raw: unknown[]) => Promise<Result<unknown>>;

/** A handler behind its schema: it only ever sees arguments that passed the check. */
function bind<A extends unknown[], V>(verb: InvokeVerb, schema: z.ZodType<A>, handler: (...args: A) => Promise<Result<V>>): Bound {
  return async (raw) => {
    const args = parseWith(schema, raw);
    if (!args.ok) return fail('invalid', args.detail);
    try {
      return await handler(...args.data);
    } catch (error) {
      return fail(FAILURE[verb], error instanceof Error ? error.message : undefined);
    }
  };
}

function bindAll(h: InvokeHandlers): Record<InvokeVerb, Bound> {
  const c = invokeContract;
  return {
    openProject: bind('openProject', c.openProject.args, h.openProject),
    openProjectPath: bind('openProjectPath', c.openProjectPath.args, h.openProjectPath),
    saveProject: bind('saveProject', c.saveProject.args, h.saveProject),
    autosave: bind('autosave', c.autosave.args, h.autosave),
    takeRecovery: bind('takeRecovery', c.takeRecovery.args, h.takeRecovery),
    discardRecovery: bind('discardRecovery', c.discardRecovery.args, h.discardRecovery),
    recentProjects: bind('recentProjects', c.recentProjects.args, h.recentProjects),
    pickWorkbook: bind('pickWorkbook', c.pickWorkbook.args, h.pickWorkbook),
    pickExportFolder: bind('pickExportFolder', c.pickExportFolder.args, h.pickExportFolder),
    writePackage: bind('writePackage', c.writePackage.args, h.writePackage),
    openFolder: bind('openFolder', c.openFolder.args, h.openFolder),
  };
}

/** Registers every verb of the contract; returns the function that removes them again. */
export function registerIpc(handlers: InvokeHandlers, send: SendHandlers, trusted: SenderCheck): () => void {
  const bound = bindAll(handlers);
  for (const verb of INVOKE_VERBS) {
    ipcMain.handle(invokeContract[verb].channel, (event, ...raw: unknown[]) =>
      trusted(event.senderFrame?.url) ? bound[verb](raw) : Promise.resolve(fail('denied')),
    );
  }
  ipcMain.on(sendContract.setDocumentState.channel, (event, ...raw: unknown[]) => {
    if (!trusted(event.senderFrame?.url)) return;
    const args = parseWith(sendContract.setDocumentState.args, raw);
    if (args.ok) send.setDocumentState(...args.data);
  });
  ipcMain.on(sendContract.confirmClose.channel, (event, ...raw: unknown[]) => {
    if (!trusted(event.senderFrame?.url)) return;
    if (parseWith(sendContract.confirmClose.args, raw).ok) send.confirmClose();
  });
  return () => {
    for (const verb of INVOKE_VERBS) ipcMain.removeHandler(invokeContract[verb].channel);
    for (const verb of SEND_VERBS) ipcMain.removeAllListeners(sendContract[verb].channel);
  };
}
