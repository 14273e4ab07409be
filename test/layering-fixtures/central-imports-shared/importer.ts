// src/central using src/shared: allowed (the control for central-imports-main).
import { AppError } from '../../../src/shared/errors';

export const error = new AppError('CONFLICT', '示例');
