export { PrintDocument } from './PrintDocument';
export { cssString, documentCss, pageCss, printFontFamily } from './styles';
