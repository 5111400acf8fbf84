export * from './print-request';
export * from './pdf-page';
