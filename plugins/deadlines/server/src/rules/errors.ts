// Errors raised when an item lacks what its deadline rule needs (R20–R25). Chinese message.
import type { RuleId } from './types';

export class DeadlineRuleError extends Error {
  readonly rule: RuleId;
  /** Field of the item at fault, e.g. 'signedOn'. */
  readonly field: string;

  constructor(rule: RuleId, field: string, message: string) {
    super(message);
    this.name = 'DeadlineRuleError';
    this.rule = rule;
    this.field = field;
  }
}
