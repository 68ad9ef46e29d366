import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export type OutlineItem = { key: string; title: string; dest: string | unknown[] | null; items: OutlineItem[] };

type Props = { item: OutlineItem; depth: number; onOpen: (dest: string | unknown[]) => void };

/** One outline entry; top-level entries start expanded, deeper ones collapsed. */
export function OutlineNode({ item, depth, onOpen }: Props) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState(depth === 0);
  const hasChildren = item.items.length > 0;
  const { dest } = item;

  return (
    <li role="treeitem" aria-expanded={hasChildren ? expanded : undefined} className="outline-node">
      <div className="outline-row" style={{ paddingLeft: 4 + depth * 14 }}>
        {hasChildren ? (
          <button
            type="button"
            className={`outline-toggle${expanded ? ' expanded' : ''}`}
            aria-label={t(expanded ? 'sidebar.collapse' : 'sidebar.expand')}
            onClick={() => setExpanded(!expanded)}
          />
        ) : (
          <span className="outline-toggle-spacer" />
        )}
        <button
          type="button"
          className="outline-title"
          data-testid="outline-item"
          title={item.title}
          disabled={dest === null}
          onClick={() => dest !== null && onOpen(dest)}
        >
          {item.title}
        </button>
      </div>
      {hasChildren && expanded && (
        <ul role="group" className="outline-children">
          {item.items.map((child) => (
            <OutlineNode key={child.key} item={child} depth={depth + 1} onOpen={onOpen} />
          ))}
        </ul>
      )}
    </li>
  );
}
