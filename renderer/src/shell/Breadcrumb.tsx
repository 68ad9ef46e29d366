import { useTranslation } from 'react-i18next';
import { goToLibrary, leaveApprovalQueue, useQueueRoute } from '../queue/queueRoute';
import { useFiling } from '../state/filing';
import { showLibrary } from '../state/navigation';

/** Where the user is: the library, the approval queue, or one filing (opened from either); earlier crumbs go back. */
export function Breadcrumb() {
  const { t } = useTranslation();
  const openId = useFiling((state) => state.openId);
  const summary = useFiling((state) => state.summary);
  const queueOpen = useQueueRoute((state) => state.open);
  const fromQueue = useQueueRoute((state) => state.filingFromQueue !== null && state.filingFromQueue === openId);

  const crumbs: Array<{ label: string; go?: () => void }> = [];
  if (openId === null) {
    crumbs.push({ label: t('library.title'), go: queueOpen ? leaveApprovalQueue : undefined });
    if (queueOpen) crumbs.push({ label: t('queue.title') });
  } else {
    crumbs.push({ label: t('library.title'), go: fromQueue ? goToLibrary : showLibrary });
    if (fromQueue) crumbs.push({ label: t('queue.title'), go: showLibrary });
    const name = [summary?.securityCode, summary?.shortName].filter(Boolean).join(' ');
    crumbs.push({ label: name || t('filing.breadcrumb', { id: openId }) });
  }

  return (
    <nav className="breadcrumb" aria-label={t('library.title')}>
      {crumbs.map((crumb, index) => (
        // The trail is rebuilt whole on every move: a crumb's place is its identity.
        <Crumb key={index} label={crumb.label} go={crumb.go} first={index === 0} />
      ))}
    </nav>
  );
}

function Crumb({ label, go, first }: { label: string; go?: () => void; first: boolean }) {
  return (
    <>
      {!first && <span className="crumb-separator" aria-hidden="true" />}
      {go ? (
        <button type="button" className="crumb crumb-link" onClick={go}>
          {label}
        </button>
      ) : (
        <span className="crumb crumb-current">{label}</span>
      )}
    </>
  );
}
