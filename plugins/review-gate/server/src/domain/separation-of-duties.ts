import { STEP_LABEL, type Step } from './state-machine';
import type { Actor } from './actor';

// R10 separation of duties: the author (the document's creator and everyone who edited
// the version under review) decides no step; one person decides at most one step of
// one version (the same content hash), across review rounds — roles held do not
// matter, a super admin holding all three roles is bound the same way.

export interface SeparationFacts {
  actor: Actor;
  step: Step;
  /** createdBy of the draft (admin user id), when known. */
  creatorId: number | null;
  /** Editors of the version since its last publication (Actor keys). */
  editorKeys: string[];
  /** Decisions already made on this exact version (any round): who decided which step. */
  decisionsOnVersion: Array<{ userId: number | null; step: Step }>;
}

export function separationViolation(f: SeparationFacts): string | null {
  if (f.actor.kind !== 'admin' || f.actor.id === null) return '只有后台管理员账号可以作出审核决定（R10）';
  if (f.creatorId !== null && f.creatorId === f.actor.id) return '您是该稿件的创建人，作者不能审核自己的稿件（R10）';
  if (f.editorKeys.includes(f.actor.key)) return '您编辑过该版本，作者不能审核自己的稿件（R10）';
  const other = f.decisionsOnVersion.find((d) => d.userId === f.actor.id && d.step !== f.step);
  if (other) {
    return `同一人不能审核同一版本的两个步骤：您已对该版本作出${STEP_LABEL[other.step]}决定，不能再作${STEP_LABEL[f.step]}决定（R10）`;
  }
  return null;
}
