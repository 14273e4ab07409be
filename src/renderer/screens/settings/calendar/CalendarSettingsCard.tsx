import { Alert, App, Button, Card, InputNumber, Space, Tag, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { calendarOriginLabels } from '../../../../shared/calendar/calendar-status';
import {
  noticeFromYear,
  noticeProblems,
  noticeToCalendarData,
  noticeYear,
  type HolidayNotice,
} from '../../../../shared/calendar/holiday-notice';
import type { CalendarStatus } from '../../../../shared/calendar/calendar-status';
import type { CalendarImportResult } from '../../../../shared/contract/calendar-endpoints';
import type { InputOf } from '../../../../shared/contract/api';
import { call } from '../../../api/client';
import { useCallQuery, useInvalidate } from '../../../data/use-call';
import { useCalendarFocus } from '../../../stores/calendar-store';
import { HolidayRows, MakeUpRows } from './NoticeRows';
import { YearPreview } from './YearPreview';
import './calendar.css';

const emptyNotice = (year: number): HolidayNotice => ({ year, holidays: [{ name: '', from: '', to: '' }], workdays: [] });

function yearNotice(status: CalendarStatus | undefined, year: number): HolidayNotice {
  const stored = status?.years.find((y) => y.year === year);
  return stored ? noticeFromYear(year, stored) : emptyNotice(year);
}

function resultMessage(result: CalendarImportResult): string {
  const recomputed = result.recomputedCases.length > 0 ? `，${result.recomputedCases.length} 件暂定案件的承诺日期已重新核定` : '';
  return `已保存 ${result.years.join('、')} 年节假日安排${recomputed}`;
}

/**
 * 节假日安排: the years the desk knows and where each comes from, the State Council's notice
 * typed in by hand with a preview of the year, and the import of a calendar file. Both save
 * through calendar.import; the centre's published years still win over them.
 */
export function CalendarSettingsCard() {
  const { message } = App.useApp();
  const status = useCallQuery('calendar.status', {}).data;
  const invalidate = useInvalidate();
  const focusTick = useCalendarFocus((s) => s.focusTick);
  // What the administrator is typing; until they start, next year's arrangement as stored.
  const [edited, setNotice] = useState<HolidayNotice | null>(null);
  const nextYear = useMemo(() => (status ? yearNotice(status, Number(status.today.slice(0, 4)) + 1) : null), [status]);
  const notice = edited ?? nextYear;
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const cardRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (focusTick > 0) cardRef.current?.scrollIntoView({ block: 'start' });
  }, [focusTick]);

  const pickYear = (year: number) => {
    setNotice(yearNotice(status, year));
    setProblems([]);
  };

  const preview = useMemo(
    () =>
      notice
        ? noticeYear({
            ...notice,
            holidays: notice.holidays.filter((p) => noticeProblems({ ...notice, holidays: [p], workdays: [] }).length === 0),
          })
        : null,
    [notice],
  );

  const save = async (data: InputOf<'calendar.import'>) => {
    setBusy(true);
    try {
      const result = await call('calendar.import', data);
      // Cases with a provisional promised date were recomputed: their lists and clocks too.
      await invalidate('clockSettings', 'caseChange');
      void message.success(resultMessage(result));
      if (result.shadowedByCentre.length > 0)
        void message.warning(`${result.shadowedByCentre.join('、')} 年以中心发布的安排为准，本机录入的不生效`);
      setProblems([]);
    } catch (error) {
      setProblems([(error as Error).message]);
    } finally {
      setBusy(false);
    }
  };

  const saveNotice = () => {
    if (!notice) return;
    const found = noticeProblems(notice);
    setProblems(found);
    if (found.length === 0) void save(noticeToCalendarData(notice));
  };

  const importFile = async (file: File) => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(await file.text());
    } catch {
      setProblems(['工作日历文件有误：不是有效的 JSON 文件']);
      return;
    }
    await save(parsed as InputOf<'calendar.import'>);
    setNotice(null);
  };

  return (
    <Card title="节假日安排（工作日历）" className="calendar-card" data-testid="calendar-settings" ref={cardRef}>
      <div className="calendar-years">
        <Typography.Text type="secondary">已有年份：</Typography.Text>
        {status?.years.map((y) => (
          <Tag
            key={y.year}
            color={y.origin === 'centre' ? 'green' : y.origin === 'desk' ? 'blue' : 'default'}
            data-testid={`calendar-year-${y.year}`}
          >
            {y.year}（{calendarOriginLabels[y.origin]}）
          </Tag>
        ))}
        <Typography.Text type="secondary">同一年份以中心发布的为准，其次本机导入，最后随软件提供的。</Typography.Text>
      </div>
      {problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          className="form-alert"
          data-testid="calendar-problems"
          title={problems.length === 1 ? problems[0] : `有 ${problems.length} 处需要核对`}
          description={problems.length > 1 ? problems.join('；') : undefined}
        />
      )}
      {notice && preview && (
        <div className="calendar-layout">
          <div className="calendar-form">
            <Space className="calendar-row">
              <span>年份</span>
              <InputNumber
                min={2000}
                max={2100}
                value={notice.year}
                onChange={(value) => value && pickYear(value)}
                data-testid="calendar-year"
              />
              <Button onClick={() => fileInput.current?.click()} loading={busy} data-testid="calendar-import-file">
                导入文件
              </Button>
              <input
                ref={fileInput}
                type="file"
                accept=".json,application/json"
                hidden
                onChange={(e) => e.target.files?.[0] && void importFile(e.target.files[0])}
                data-testid="calendar-file"
              />
            </Space>
            <Typography.Paragraph type="secondary">
              按国务院办公厅《关于{notice.year}年部分节假日安排的通知》录入每段放假和每个调休上班日。
            </Typography.Paragraph>
            <Typography.Text strong>放假</Typography.Text>
            <HolidayRows rows={notice.holidays} onChange={(holidays) => setNotice({ ...notice, holidays })} />
            <Button
              size="small"
              onClick={() => setNotice({ ...notice, holidays: [...notice.holidays, { name: '', from: '', to: '' }] })}
              data-testid="add-holiday"
            >
              添加放假
            </Button>
            <div className="calendar-gap" />
            <Typography.Text strong>调休上班</Typography.Text>
            <MakeUpRows rows={notice.workdays} onChange={(workdays) => setNotice({ ...notice, workdays })} />
            <Button
              size="small"
              onClick={() => setNotice({ ...notice, workdays: [...notice.workdays, { name: '', date: '' }] })}
              data-testid="add-makeup"
            >
              添加调休上班日
            </Button>
            <div className="calendar-gap" />
            <Button type="primary" onClick={saveNotice} loading={busy} data-testid="calendar-save">
              保存{notice.year}年安排
            </Button>
          </div>
          <YearPreview year={notice.year} entry={preview} />
        </div>
      )}
    </Card>
  );
}
