import { contextBridge, ipcRenderer } from 'electron';

/**
 * The renderer's only door to the back end. Sandboxed preloads are CommonJS and may require
 * nothing but 'electron', so this file imports nothing else: the channel names are repeated
 * here rather than imported from ipc-bridge.ts.
 */
contextBridge.exposeInMainWorld('halldesk', {
  invoke: (channel: string, input: unknown) => ipcRenderer.invoke('halldesk:invoke', { channel, input }),
  /** The back end's pushes; the renderer parses each with push-events.ts. Returns the unsubscribe. */
  subscribe: (listener: (event: unknown) => void) => {
    const forward = (_event: unknown, push: unknown) => listener(push);
    ipcRenderer.on('halldesk:push', forward);
    return () => void ipcRenderer.removeListener('halldesk:push', forward);
  },
  shell: 'electron',
});
