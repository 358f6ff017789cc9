// The 三审 regime as data (R10): states, the transitions between them, and what each
// state still lacks. Every handler asks this table; no handler keeps its own flags.

export const STEPS = ['first', 'second', 'final'] as const;
export type Step = (typeof STEPS)[number];

export const STATES = ['draft', 'submitted', 'first_approved', 'second_approved', 'final_approved'] as const;
export type State = (typeof STATES)[number];

export type Transition =
  | 'submit'
  | `approve:${Step}`
  | `reject:${Step}`
  | 'void';

export const STEP_LABEL: Record<Step, string> = { first: '初审', second: '复审', final: '终审' };

export const STATE_LABEL: Record<State, string> = {
  draft: '草稿（未送审）',
  submitted: '已送审，待初审',
  first_approved: '初审通过，待复审',
  second_approved: '复审通过，待终审',
  final_approved: '终审通过',
};

/** Allowed transitions: state → transition → next state. Anything absent is refused. */
export const TRANSITIONS: Record<State, Partial<Record<Transition, State>>> = {
  draft: { submit: 'submitted' },
  submitted: { 'approve:first': 'first_approved', 'reject:first': 'draft', void: 'draft' },
  first_approved: { 'approve:second': 'second_approved', 'reject:second': 'draft', void: 'draft' },
  second_approved: { 'approve:final': 'final_approved', 'reject:final': 'draft', void: 'draft' },
  final_approved: { void: 'draft' },
};

/** The step a state waits for; null when nothing is awaited (draft, or all passed). */
export const AWAITED_STEP: Record<State, Step | null> = {
  draft: null,
  submitted: 'first',
  first_approved: 'second',
  second_approved: 'final',
  final_approved: null,
};

export function isStep(value: unknown): value is Step {
  return typeof value === 'string' && (STEPS as readonly string[]).includes(value);
}

export function isState(value: unknown): value is State {
  return typeof value === 'string' && (STATES as readonly string[]).includes(value);
}

export function next(state: State, transition: Transition): State | null {
  return TRANSITIONS[state]?.[transition] ?? null;
}

/** Steps passed in a state, in order. */
export function passedSteps(state: State): Step[] {
  const awaited = AWAITED_STEP[state];
  if (state === 'draft') return [];
  if (!awaited) return [...STEPS];
  return STEPS.slice(0, STEPS.indexOf(awaited));
}

/** The first step a state still lacks before release; null when 终审 has passed. */
export function firstMissingStep(state: State): Step | null {
  if (state === 'draft') return 'first';
  return AWAITED_STEP[state];
}

/** Steps that must pass before `step` may be decided, but have not in `state`. */
export function stepsMissingBefore(state: State, step: Step): Step[] {
  const passed = passedSteps(state);
  return STEPS.slice(0, STEPS.indexOf(step)).filter((s) => !passed.includes(s));
}

export function label(steps: Step[]): string {
  return steps.map((s) => STEP_LABEL[s]).join('、');
}
