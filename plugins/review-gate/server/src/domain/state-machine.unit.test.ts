import { AWAITED_STEP, STATES, STEPS, TRANSITIONS, firstMissingStep, next, passedSteps, stepsMissingBefore } from './state-machine';

// R10: the table is the regime. These pin its shape: strictly ordered steps, a rejection
// or void always returns to draft, nothing skips a step.
describe('review state machine (R10)', () => {
  it('approves the steps only in order 初审 → 复审 → 终审', () => {
    let state = next('draft', 'submit')!;
    expect(state).toBe('submitted');
    for (const step of STEPS) {
      for (const other of STEPS.filter((s) => s !== step)) expect(next(state, `approve:${other}`)).toBeNull();
      state = next(state, `approve:${step}`)!;
    }
    expect(state).toBe('final_approved');
  });

  it('rejects only the awaited step, and rejection and void go back to draft', () => {
    for (const state of STATES) {
      const awaited = AWAITED_STEP[state];
      for (const step of STEPS) expect(next(state, `reject:${step}`)).toBe(step === awaited ? 'draft' : null);
      expect(next(state, 'void')).toBe(state === 'draft' ? null : 'draft');
    }
  });

  it('every transition lands on a known state, and only a draft can be submitted', () => {
    for (const [from, row] of Object.entries(TRANSITIONS)) {
      for (const to of Object.values(row)) expect(STATES).toContain(to);
      expect(next(from as any, 'submit')).toBe(from === 'draft' ? 'submitted' : null);
    }
  });

  it('names what is missing', () => {
    expect(firstMissingStep('draft')).toBe('first');
    expect(firstMissingStep('first_approved')).toBe('second');
    expect(firstMissingStep('final_approved')).toBeNull();
    expect(passedSteps('second_approved')).toEqual(['first', 'second']);
    expect(stepsMissingBefore('submitted', 'final')).toEqual(['first', 'second']);
    expect(stepsMissingBefore('first_approved', 'final')).toEqual(['second']);
    expect(stepsMissingBefore('second_approved', 'final')).toEqual([]);
  });
});
