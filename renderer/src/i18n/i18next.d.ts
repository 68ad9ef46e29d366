// Types every t() key against the default locale, so a typo is a compile error.
import 'i18next';
import type zhCN from './zh-CN.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof zhCN };
  }
}
