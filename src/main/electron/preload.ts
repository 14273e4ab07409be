import { contextBridge, ipcRenderer } from 'electron';

/**
 * The renderer's only door to the back end. Sandboxed preloads are CommonJS and may require
 * nothing but 'electron', so this file imports nothing else: the channel name is repeated here
 * rather than imported from ipc-bridge.ts.
 */
contextBridge.exposeInMainWorld('halldesk', {
  invoke: (channel: string, input: unknown) => ipcRenderer.invoke('halldesk:invoke', { channel, input }),
  shell: 'electron',
});
