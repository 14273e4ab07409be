import { Alert, Spin } from 'antd';
import { useEffect } from 'react';
import { AppShell } from './layout/AppShell';
import { ChangePasswordScreen } from './screens/ChangePasswordScreen';
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
  if (status.user.mustChangePassword) return <ChangePasswordScreen user={status.user} />;
  return <AppShell user={status.user} />;
}
