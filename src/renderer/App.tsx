import { Alert, Spin } from 'antd';
import { useEffect } from 'react';
import { AppShell } from './layout/AppShell';
import { LoginScreen } from './screens/LoginScreen';
import { SetupScreen } from './screens/SetupScreen';
import { useSession } from './stores/session-store';

export function RootScreen() {
  const { status, loadError, refresh } = useSession();
  useEffect(() => void refresh(), [refresh]);

  if (loadError) return <Alert type="error" showIcon title={loadError} className="form-alert" />;
  if (!status) return <Spin className="page-spinner" />;
  if (!status.setupDone) return <SetupScreen />;
  if (!status.user) return <LoginScreen />;
  return <AppShell user={status.user} />;
}
