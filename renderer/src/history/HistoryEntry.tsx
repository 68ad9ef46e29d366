import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { REVIEW_STATUSES, type AuditEntry } from '../../../shared/api/contract';
import { formatDateTime } from '../format';
import { describeChange } from './describeChange';

type Props = { entry: AuditEntry; onShowTarget?: (targetKey: string) => void };

const isReviewStatus = (value: string | null): value is (typeof REVIEW_STATUSES)[number] =>
  value !== null && (REVIEW_STATUSES as readonly string[]).includes(value);

/** Words for what the core records: actions, entities and fields it knows, the raw name otherwise. */
function known(t: TFunction, group: 'actions' | 'entities' | 'fields', name: string): string {
  return t(`history.${group}.${name}`, { defaultValue: name });
}

/** Status words a correction, an annotation or a user record carries; any other value is the user's own text, shown as is. */
const STATUS_VALUES = ['pending', 'approved', 'rejected', 'withdrawn', 'open', 'resolved', 'true', 'false'] as const;
const isStatusValue = (text: string): text is (typeof STATUS_VALUES)[number] => (STATUS_VALUES as readonly string[]).includes(text);

/** One audit row: when, who, what (and on which figure), the change and the reason. */
export function HistoryEntry({ entry, onShowTarget }: Props) {
  const { t, i18n } = useTranslation();
  const lines = describeChange(entry.oldValue, entry.newValue);
  const value = (text: string) => {
    if (entry.entity === 'filing' && isReviewStatus(text)) return t(`review.status.${text}`);
    return isStatusValue(text) ? t(`history.values.${text}`) : text;
  };

  return (
    <li className="history-entry" data-testid="history-entry" data-action={entry.action} data-entity={entry.entity} data-id={entry.id}>
      <div className="history-entry-head">
        <time className="history-time mono" dateTime={entry.at} title={entry.at}>
          {formatDateTime(entry.at, i18n.language)}
        </time>
        <span className="history-actor">{entry.actor}</span>
        <span className={`history-action history-action-${entry.action}`}>{known(t, 'actions', entry.action)}</span>
        <span className="history-entity">
          {known(t, 'entities', entry.entity)}
          {entry.entityId && <span className="history-entity-id">#{entry.entityId}</span>}
        </span>
        {entry.targetKey && (
          <span className="history-target mono" title={t('history.targetTitle')}>
            {entry.targetKey}
          </span>
        )}
        {entry.targetKey && onShowTarget && (
          <button type="button" className="link-button history-target-link" data-testid="history-show-target" onClick={() => onShowTarget(entry.targetKey!)}>
            {t('history.showTarget')}
          </button>
        )}
      </div>
      {lines.length > 0 && (
        <ul className="history-changes">
          {lines.map((line, index) => (
            <li key={line.field ?? index} className="history-change">
              {line.field && <span className="history-field">{known(t, 'fields', line.field)}</span>}
              {line.from !== null && <span className="diff-old">{value(line.from)}</span>}
              {line.from !== null && line.to !== null && <span className="diff-arrow" aria-hidden="true">→</span>}
              {line.to !== null && <span className="diff-new">{value(line.to)}</span>}
            </li>
          ))}
        </ul>
      )}
      {entry.reason && <p className="history-reason">{t('review.reasonShown', { reason: entry.reason })}</p>}
    </li>
  );
}
