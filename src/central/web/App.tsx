import { Button, Result, Spin } from 'antd';
import { ChangePasswordScreen } from './account/ChangePasswordScreen';
import { LoginScreen } from './login/LoginScreen';
import { CentreLayout } from './shell/CentreLayout';
import { useCentreSession } from './shell/use-centre-session';

/** Signed out: the sign-in screen; a first or reset password: the change screen and nothing else; then the work screens. */
export function App() {
  const session = useCentreSession();
  if (session.isPending) return <Spin fullscreen tip="正在连接中心平台…" />;
  if (session.isError)
    return (
      <Result
        status="error"
        title="无法连接中心平台"
        subTitle={session.error.message}
        extra={
          <Button type="primary" onClick={() => void session.refetch()}>
            重试
          </Button>
        }
      />
    );
  if (session.data === null) return <LoginScreen />;
  if (session.data.mustChangePassword) return <ChangePasswordScreen forced />;
  return <CentreLayout session={session.data} />;
}
