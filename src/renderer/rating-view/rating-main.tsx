import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { useChineseValidationMessages } from '../../shared/contract/zod-locale';
import { queryClient } from '../data/query-client';
import { RatingScreen } from './RatingScreen';
import './rating-view.css';

/**
 * The applicant-facing rating screen (评价器): a page of its own at /rating-view/rating.html,
 * opened on the second screen that faces the applicant (a second window in the desktop app).
 * It shows nothing of the desk but the invited case's items and the clerk's name and number.
 */
// eslint-disable-next-line react-hooks/rules-of-hooks -- not a hook: sets zod's messages once, at start
useChineseValidationMessages();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <ConfigProvider locale={zhCN} theme={{ token: { fontSize: 20, controlHeight: 48 } }}>
        <AntApp>
          <RatingScreen />
        </AntApp>
      </ConfigProvider>
    </QueryClientProvider>
  </StrictMode>,
);
