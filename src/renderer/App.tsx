import { Alert, Spin } from 'antd';
import { lazy, Suspense, useEffect } from 'react';
import { ChangePasswordScreen } from './screens/ChangePasswordScreen';
import { LoginScreen } from './screens/LoginScreen';
import { SetupScreen } from './screens/SetupScreen';
import { useSession } from './stores/session-store';

// The pages behind the login (charts, forms, tables) load after it, not before the first screen.
const AppShell = lazy(() => import('./layout/AppShell').then((module) => ({ default: module.AppShell })));

export function RootScreen() {
  const { status, loadError, refresh } = useSession();
  useEffect(() => void refresh(), [refresh]);

  if (loadError) return <Alert type="error" showIcon title={loadError} className="form-alert" />;
  if (!status) return <Spin className="page-spinner" />;
  if (!status.setupDone) return <SetupScreen />;
  if (!status.user) return <LoginScreen />;
  if (status.user.mustChangePassword) return <ChangePasswordScreen user={status.user} />;
  return (
    <Suspense fallback={<Spin className="page-spinner" />}>
      <AppShell user={status.user} />
    </Suspense>
  );
}
