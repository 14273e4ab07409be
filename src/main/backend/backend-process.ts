import { defaultDataDir } from '../paths';
import { keychainCredentialKey } from '../sync/credential-key';
import { electronPdfSetup } from '../services/printing/default-renderer';
import { openBackend } from './backend';
import { parentPortSealer } from './keychain-sealer';
import { toBackendSchema, type FromBackend } from './process-protocol';

/**
 * Entry of the back end when Electron hosts it in a utilityProcess (as Actual Budget does).
 * `process.parentPort` is Electron's, typed here so this file needs no electron import.
 */
interface ParentPort {
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: FromBackend): void;
}

const parentPort = (process as unknown as { parentPort?: ParentPort }).parentPort;
if (!parentPort) throw new Error('backend-process must run inside an Electron utilityProcess');

try {
  const dataDir = defaultDataDir();
  // The sync credential's key is sealed by the OS keychain, through main's safeStorage.
  const credentialKey = await keychainCredentialKey(dataDir, parentPortSealer(parentPort));
  if (credentialKey.source === 'file-no-keychain' || credentialKey.source === 'unreadable-replaced') {
    console.warn(`sync credential key: ${credentialKey.source}`);
  }
  const backend = openBackend({ dataDir, credentialKey: credentialKey.key, pdf: electronPdfSetup(parentPort) });
  parentPort.on('message', (event) => {
    const parsed = toBackendSchema.safeParse(event.data);
    if (!parsed.success) return;
    const { id, channel, input, sessionKey } = parsed.data;
    void backend.dispatch({ channel, input, sessionKey }).then((result) => parentPort.postMessage({ type: 'result', id, result }));
  });
  backend.pushes.subscribe((event) => parentPort.postMessage({ type: 'push', event }));
  process.on('exit', () => backend.close());
  parentPort.postMessage({ type: 'ready' });
} catch (error) {
  parentPort.postMessage({ type: 'fatal', message: error instanceof Error ? error.message : String(error) });
}
