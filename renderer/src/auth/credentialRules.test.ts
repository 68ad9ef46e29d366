import { describe, expect, it } from 'vitest';
import { MIN_PASSWORD_LENGTH, newAccountProblem, newPasswordProblem } from './credentialRules';

const account = { username: 'rita', displayName: '李复核', password: 'long-enough', again: 'long-enough' };

describe('new passwords', () => {
  it('need the contract minimum and the same text twice', () => {
    expect(MIN_PASSWORD_LENGTH).toBe(8);
    expect(newPasswordProblem('short', 'short')).toBe('passwordTooShort');
    expect(newPasswordProblem('long-enough', 'long-enougH')).toBe('passwordMismatch');
    expect(newPasswordProblem('long-enough', 'long-enough')).toBeNull();
  });
});

describe('new accounts', () => {
  it('accept letters (any script), digits and . _ @ - in the user name', () => {
    expect(newAccountProblem(account)).toBeNull();
    expect(newAccountProblem({ ...account, username: '王.主管@corp-1' })).toBeNull();
    expect(newAccountProblem({ ...account, username: 'has space' })).toBe('usernameInvalid');
    expect(newAccountProblem({ ...account, username: '' })).toBe('usernameInvalid');
  });

  it('report the first problem in form order', () => {
    expect(newAccountProblem({ ...account, displayName: '  ', password: 'x', again: 'y' })).toBe('displayNameMissing');
    expect(newAccountProblem({ ...account, password: 'x', again: 'y' })).toBe('passwordTooShort');
  });
});
