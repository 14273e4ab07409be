import { AppError } from '../../../shared/errors';

/** What a second-generation ID card reader returns (the photo is not kept by the desk). */
export interface IdCardData {
  name: string;
  sex: string;
  nation: string;
  birthDate: string;
  address: string;
  idNumber: string;
}

/**
 * Vendors ship readers as Windows DLLs wrapped in a local HTTP or WebSocket service; each is an
 * adapter behind this interface. Manual entry always works, with or without one.
 */
export interface IdCardReader {
  read(): Promise<IdCardData>;
}

export const noReader: IdCardReader = {
  read: () => Promise.reject(new AppError('NOT_FOUND', '未配置身份证读卡器，请手工录入申请人信息')),
};

/** Always returns the same card; used by tests and demonstrations. */
export const fakeReader: IdCardReader = {
  read: () =>
    Promise.resolve({
      name: '张三',
      sex: '男',
      nation: '汉',
      birthDate: '1949-12-31',
      address: '北京市朝阳区建国路88号',
      idNumber: '11010519491231002X',
    }),
};

export function idReaderOf(kind: string | undefined): IdCardReader {
  return kind === 'fake' ? fakeReader : noReader;
}
