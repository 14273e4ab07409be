export { GuidePrintButton, PrintButtons, type PrintButtonsProps } from './PrintButtons';
export { PrintPreviewModal, type PrintPreviewModalProps, type PrintSource } from './PrintPreviewModal';
export { downloadCaseDocument, isDesktopShell, printCaseDocument } from './print-actions';
