import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { useChineseValidationMessages } from '../shared/contract/zod-locale';
import { RootScreen } from './App';
import './styles.css';

dayjs.locale('zh-cn');
// eslint-disable-next-line react-hooks/rules-of-hooks -- not a hook: sets zod's messages once, at start
useChineseValidationMessages();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConfigProvider locale={zhCN} theme={{ token: { fontSize: 14 } }}>
      <AntApp>
        <RootScreen />
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
