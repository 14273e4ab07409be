import { z } from 'zod';
import { notificationSchema, urgeInputSchema } from '../notifications/notification-schemas';
import { endpoint } from './endpoint';
import { idSchema, okOutput, emptyInput } from './fields';

export const notificationEndpoints = {
  /** 催办 from the 督办 board: the case's clerk is notified until they read it. */
  'supervision.urge': endpoint({
    title: '催办',
    access: ['supervisor', 'admin'],
    input: urgeInputSchema,
    output: z.object({ notified: z.object({ staffNo: z.string(), name: z.string() }) }),
  }),
  'notifications.unread': endpoint({ title: '查看提醒', access: 'session', input: emptyInput, output: z.array(notificationSchema) }),
  'notifications.markRead': endpoint({ title: '标记提醒已读', access: 'session', input: z.object({ id: idSchema }), output: okOutput }),
};
