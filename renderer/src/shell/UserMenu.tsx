import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChangePasswordDialog } from '../auth/ChangePasswordDialog';
import { useMay } from '../auth/permissions';
import { useSession } from '../state/session';
import { ManageUsersDialog } from '../users/ManageUsersDialog';

type OpenDialog = 'password' | 'users' | null;

/** Who is signed in, and what they can do about it: change password, manage users, switch user, sign out. */
export function UserMenu() {
  const { t } = useTranslation();
  const user = useSession((state) => state.user);
  const signOut = useSession((state) => state.signOut);
  const admin = useMay('admin');
  const [menuOpen, setMenuOpen] = useState(false);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!menuOpen) return;
    const closeOutside = (event: MouseEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setMenuOpen(false);
    };
    document.addEventListener('mousedown', closeOutside);
    return () => document.removeEventListener('mousedown', closeOutside);
  }, [menuOpen]);

  if (!user) return null;
  const choose = (next: () => void) => () => {
    setMenuOpen(false);
    next();
  };

  return (
    <div
      ref={rootRef}
      className="user-menu"
      onKeyDown={(event) => {
        if (!menuOpen) return;
        if (event.key === 'Escape') {
          event.stopPropagation();
          setMenuOpen(false);
          rootRef.current?.querySelector<HTMLElement>('.user-menu-button')?.focus();
        } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
          event.preventDefault();
          moveMenuFocus(rootRef.current, event.key === 'ArrowDown' ? 1 : -1);
        }
      }}
    >
      <button
        type="button"
        className="user-menu-button"
        data-testid="user-menu"
        data-username={user.username}
        data-role={user.role}
        aria-haspopup="menu"
        aria-expanded={menuOpen}
        onClick={() => setMenuOpen((open) => !open)}
      >
        <span className="user-avatar" aria-hidden="true">
          {Array.from(user.displayName)[0] ?? '?'}
        </span>
        <span className="user-menu-name">{user.displayName}</span>
        <span className={`role-tag role-${user.role}`}>{t(`users.roles.${user.role}`)}</span>
      </button>
      {menuOpen && (
        <div className="menu" role="menu" data-testid="user-menu-items">
          <div className="menu-header">
            <span className="menu-header-name">{user.displayName}</span>
            <span className="menu-header-detail">
              {user.username} · {t(`users.roles.${user.role}`)}
            </span>
          </div>
          <MenuItem testId="change-password" onClick={choose(() => setDialog('password'))}>
            {t('auth.menu.changePassword')}
          </MenuItem>
          {admin && (
            <MenuItem testId="manage-users" onClick={choose(() => setDialog('users'))}>
              {t('auth.menu.manageUsers')}
            </MenuItem>
          )}
          <div className="menu-separator" role="separator" />
          <MenuItem testId="switch-user" onClick={choose(() => void signOut('switchUser'))}>
            {t('auth.menu.switchUser')}
          </MenuItem>
          <MenuItem testId="sign-out" onClick={choose(() => void signOut('signedOut'))}>
            {t('auth.menu.signOut')}
          </MenuItem>
        </div>
      )}
      {dialog === 'password' && <ChangePasswordDialog onClose={() => setDialog(null)} />}
      {dialog === 'users' && <ManageUsersDialog onClose={() => setDialog(null)} />}
    </div>
  );
}

/** Arrow keys walk the menu's items, round from the last to the first. */
function moveMenuFocus(root: HTMLElement | null, step: 1 | -1): void {
  const items = [...(root?.querySelectorAll<HTMLElement>('.menu-item') ?? [])];
  if (items.length === 0) return;
  const at = items.indexOf(document.activeElement as HTMLElement);
  const next = at === -1 ? (step === 1 ? 0 : items.length - 1) : (at + step + items.length) % items.length;
  items[next]?.focus();
}

function MenuItem({ testId, onClick, children }: { testId: string; onClick: () => void; children: string }) {
  return (
    <button type="button" className="menu-item" role="menuitem" data-testid={testId} onClick={onClick}>
      {children}
    </button>
  );
}
