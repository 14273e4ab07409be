import { useMutation } from '@tanstack/react-query';
import { App as AntApp } from 'antd';
import { signOutRoute } from '../../contract/accounts-contract';
import { callCentre } from '../centre-api';
import { showSession } from './use-centre-session';

/** 退出登录: the centre ends the session and clears the cookie; the app forgets what this account saw. */
export function useSignOut() {
  const { message } = AntApp.useApp();
  return useMutation({
    mutationFn: () => callCentre(signOutRoute, {}),
    onSuccess: () => showSession(null),
    onError: (error) => void message.error(error.message),
  });
}
