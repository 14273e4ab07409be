import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { useChineseValidationMessages } from '../../shared/contract/zod-locale';
import { App } from './App';
import { centreQueryClient } from './shell/centre-query-client';

dayjs.locale('zh-cn');
// eslint-disable-next-line react-hooks/rules-of-hooks -- not a hook: sets zod's messages once, at start
useChineseValidationMessages();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={centreQueryClient}>
      <ConfigProvider locale={zhCN} theme={{ token: { fontSize: 14 } }}>
        <AntApp>
          <App />
        </AntApp>
      </ConfigProvider>
    </QueryClientProvider>
  </StrictMode>,
);
