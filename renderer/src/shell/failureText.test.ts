import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { failureText, formProblem } from './failureText';

/** Answers the key itself, so the test sees which sentence was chosen. */
const t = ((key: string) => key) as unknown as TFunction;

describe('failure text', () => {
  it('says the everyday refusals of the core in the UI language, without the English detail', () => {
    expect(failureText(t, { code: 'UNAUTHORIZED', message: 'wrong user name or password' }, 'zh-CN')).toEqual({ text: 'auth.errors.wrongCredentials', detail: null });
    expect(failureText(t, { code: 'CONFLICT', message: 'admin is the last active administrator; make another one first' }, 'zh-CN').text).toBe('users.errors.lastAdmin');
    expect(failureText(t, { code: 'FORBIDDEN', message: 'you proposed correction #4; another supervisor must decide it' }, 'zh-CN').text).toBe('review.errors.ownWork');
  });

  it('needs the code to match as well as the words', () => {
    expect(failureText(t, { code: 'INTERNAL', message: 'wrong user name or password' }, 'zh-CN')).toEqual({ text: 'errors.INTERNAL', detail: 'wrong user name or password' });
  });

  it('falls back to the sentence for the code, keeping the core’s words as detail', () => {
    expect(failureText(t, { code: 'NOT_FOUND', message: 'no user #9' }, 'zh-CN')).toEqual({ text: 'errors.NOT_FOUND', detail: 'no user #9' });
  });

  it('shows a form’s own problem as it is', () => {
    expect(failureText(t, formProblem('两次输入的密码不一致'), 'zh-CN')).toEqual({ text: '两次输入的密码不一致', detail: null });
  });
});
