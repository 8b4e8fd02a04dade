import { accountNameProblem, isEmail, type AccountNameProblem } from '../../core/validation.js';

/** Why an entry typed in the invitation box cannot be sent, or null when it can. */
export type InviteeProblem =
  | { kind: 'email' }
  | { kind: 'account'; problem: AccountNameProblem }
  | { kind: 'duplicate' }
  | { kind: 'member' }
  | { kind: 'pending' };

export interface ParsedInvitee {
  /** As typed, trimmed. */
  value: string;
  type: 'email' | 'account';
  problem: InviteeProblem | null;
}

export interface InviteeChecks {
  /** True when an account name or e-mail already belongs to a member. */
  isMember?: (value: string) => boolean;
  /** True when an invitation to it is already pending. */
  isPending?: (value: string) => boolean;
}

/**
 * Splits what was typed (commas, semicolons, spaces or new lines between
 * entries) into invitees, each checked: an e-mail address by its shape, an
 * account name by the account-name rule; the second and later copies of an
 * entry (case ignored) are duplicates.
 */
export function parseInvitees(text: string, checks: InviteeChecks = {}): ParsedInvitee[] {
  const seen = new Set<string>();
  return text
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((value): ParsedInvitee => {
      const type = value.includes('@') ? 'email' : 'account';
      const folded = value.toLowerCase();
      let problem: InviteeProblem | null = null;
      if (seen.has(folded)) problem = { kind: 'duplicate' };
      else if (type === 'email' && !isEmail(value)) problem = { kind: 'email' };
      else if (type === 'account') {
        const p = accountNameProblem(value);
        if (p) problem = { kind: 'account', problem: p };
      }
      if (!problem && checks.isMember?.(value)) problem = { kind: 'member' };
      if (!problem && checks.isPending?.(value)) problem = { kind: 'pending' };
      seen.add(folded);
      return { value, type, problem };
    });
}
