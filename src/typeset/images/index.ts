export { preparePrintImage, PRINT_DPI, type PrintImage, type PrintImageOptions } from './prepare-print-image.ts';
